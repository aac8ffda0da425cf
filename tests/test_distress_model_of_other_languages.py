"""The second distress model: it reads a message in no language the Help Center publishes in
(Czech, Swahili, Vietnamese, Ukrainian...), where the catalog's rules and the first model know
little, and never a message in one of the Help Center's languages, whose verdicts stay those of
the first model alone. And the denials the other languages' phrases now read inside themselves
("nechci umřít", "marna nahin chahta"), which hold that model back.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.crisis import CrisisDetector, CrisisLevel
from bot.engine.distress_model import DistressModel, shipped_for_other_languages
from bot.engine.letter_ngrams import fingerprint
from tests.support.crisis import CATALOG, MATCHER, assert_crisis, assert_not_crisis

ROOT = Path(__file__).resolve().parents[1]
# Models written by hand: one that finds nothing anywhere, one that finds distress everywhere.
NOTHING = DistressModel({"zz": 0.0}, bias=-10.0)
EVERYTHING = DistressModel({"zz": 0.0}, bias=10.0)


def detector() -> CrisisDetector:
    return CrisisDetector(CATALOG.crisis, NOTHING, other_languages_model=EVERYTHING,
                          language_of=MATCHER.language_of)


@pytest.mark.parametrize("message", [
    "Nimechoka na kazi hii, nataka kwenda nyumbani mapema leo",  # Swahili
    "Dnes jsem unavená, jdu brzy spát",  # Czech
    "Hôm nay mình mệt quá, đi ngủ sớm thôi",  # Vietnamese
    "Сьогодні я дуже втомилася, піду спати раніше",  # Ukrainian (Cyrillic, not Russian)
    "Днес съм много уморена, ще си легна рано",  # Bulgarian (its ъ is a vowel)
])
def test_a_message_in_no_help_center_language_is_read_by_the_second_model(message: str) -> None:
    verdict = detector().assess(message)
    assert verdict is not None and verdict.level is CrisisLevel.GENTLE, message


@pytest.mark.parametrize("message", [
    "Je suis fatiguée aujourd'hui, je vais me coucher tôt",
    "Heute bin ich müde, ich gehe früh schlafen",
    "Сегодня я очень устала, пойду спать пораньше",  # Russian
    "Объявление: съезд отменён, подъезд закрыт",  # Russian with its ъ before a vowel
    "今日はとても疲れたので早く寝ます",
    "I'm tired today, going to bed early",
])
def test_a_help_center_language_is_never_read_by_it(message: str) -> None:
    assert detector().assess(message) is None, message


@pytest.mark.parametrize("message", [
    "Sina nguvu tena, kila siku ni mzigo, natamani nilale nisiamke kabisa",
    "Jsem z toho všeho tak unavená, nejradši bych usnula a už se neprobudila",
])
def test_distress_no_phrase_holds_is_offered_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)
    assert any(s.startswith("model of other languages:")
               for s in MATCHER.distress_signals(message)), message


@pytest.mark.parametrize("message", [
    "Nechci umřít, jen chci zpátky svůj účet, prosím",  # Czech: the negation joined to the verb
    "Nenoriu mirti, tik noriu atgauti savo paskyrą",  # Lithuanian
    "Nechcem zomrieť, len chcem späť svoj účet",  # Slovak
    "bhai main marna nahin chahta, bas mera account wapas chahiye",  # Hindi: inside the phrase
    "مرنا نہیں چاہتا، بس میرا اکاؤنٹ واپس چاہیے",  # Urdu
])
def test_a_denial_inside_a_phrase_holds_the_model_back(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "chci umřít, už nemůžu",
    "noriu mirti, nebegaliu",
    "main marna chahta hoon, ab aur nahi hota",
])
def test_the_same_phrases_said_plainly_still_count(message: str) -> None:
    assert_crisis(message)


def test_the_shipped_model_of_other_languages_was_trained_on_the_corpus_in_the_repository() -> None:
    folders = [ROOT / "data" / "training" / name
               for name in ("distress", "distress_other_languages")]
    training = [path for folder in folders for path in sorted(folder.glob("*.yaml"))]
    expected = fingerprint(path.read_text(encoding="utf-8") for path in training)
    assert shipped_for_other_languages().trained_on.get("training") == expected, (
        "data/distress_model_other_languages.tsv is older than its training corpus: "
        "run scripts/train_distress_model.py")
