"""The distress model (the crisis check's third look): its file, its features and how far its word
goes. Behaviour on real messages is in test_crisis_patterns.py; here a small model written by hand
shows each rule on its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.engine.crisis import CrisisDetector, CrisisKind, CrisisLevel
from bot.engine.distress_model import WINDOW, DistressModel, shipped
from bot.engine.letter_ngrams import ModelFileError, WordMemo, features, fingerprint
from tests.support.crisis import CATALOG
from tests.support.model_files import assert_refused

ROOT = Path(__file__).resolve().parents[1]
# Every n-gram of "vanish" weighs 4: a message saying it scores high, others near the bias.
VANISH = DistressModel({g: 4.0 for g in features("vanish")}, bias=-2.0)


def detector(model: DistressModel | None = VANISH) -> CrisisDetector:
    return CrisisDetector(CATALOG.crisis, model)


def test_features_are_word_bounded_letter_ngrams_of_the_folded_text() -> None:
    assert features("Élan") == features("elan")
    assert " el" in features("elan") and "lan " in features("elan")
    assert "n e" not in features("elan elan")  # never across two words
    assert features("...") == []


def test_scores_lie_between_zero_and_one_and_rise_with_what_the_model_learned() -> None:
    plain = VANISH.score("i want a new laptop")
    worrying = VANISH.score("i just want to vanish")
    assert 0.0 < plain < worrying < 1.0
    assert VANISH.score("") == 0.0 and VANISH.score("!!!") == 0.0


def test_a_long_message_is_scored_by_its_most_worrying_window() -> None:
    filler = " ".join(["the invoice lists the seats we bought"] * 60)  # 420 words
    alone = VANISH.score("i just want to vanish")
    buried = VANISH.score(f"{filler} i just want to vanish {filler}")
    assert len(filler.split()) > 2 * WINDOW
    assert buried > 0.5 * alone
    assert VANISH.score(f"{filler} {filler}") < 0.5


def test_a_model_alone_offers_the_helpline_gently_and_never_escalates() -> None:
    verdict = detector().assess("honestly i just want to vanish vanish vanish")
    assert verdict is not None
    assert verdict.level is CrisisLevel.GENTLE
    assert verdict.kind is CrisisKind.SELF
    assert detector(None).assess("honestly i just want to vanish vanish vanish") is None


def test_the_model_is_held_back_by_a_denial_a_story_and_a_professional() -> None:
    for message in (
        "i'm not suicidal, i just want to vanish vanish vanish from this meeting",
        "in my novel the heroine wants to vanish vanish vanish",
        "as a therapist i see clients who want to vanish vanish vanish",
    ):
        assert detector().assess(message) is None, message


def test_someone_else_named_more_than_the_writer_is_a_helper() -> None:
    verdict = detector().assess("my sister says she wants to vanish vanish vanish")
    assert verdict is not None and verdict.kind is CrisisKind.OTHER


@pytest.mark.parametrize(("text", "where"), [
    ("<bias>\t-1.0\n ab\tnot-a-number\n", ":2:"),
    ("<bias>\t-1.0\n ab 0.5\n", ":2:"),
    ("# only a comment\n ab\t0.5\n", "no <bias>"),
    ("<bias>\tinf\n", ":1:"),
])
def test_a_broken_model_file_is_refused_naming_the_file_and_line(
        tmp_path: Path, text: str, where: str) -> None:
    assert_refused(DistressModel.load, tmp_path / "model.tsv", text, where)


def test_a_missing_model_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot read"):
        DistressModel.load(tmp_path / "absent.tsv")


def test_the_shipped_model_loads_and_weighs_distress_above_an_ordinary_question() -> None:
    model = shipped()
    assert model.score("how do i appeal my account ban") < 0.5
    assert model.score("i can't do this anymore, i want it all to end") > 0.5


def test_the_shipped_model_was_trained_on_the_corpus_in_the_repository() -> None:
    # Editing data/training/distress/ without retraining would ship a model of another corpus.
    training = sorted((ROOT / "data" / "training" / "distress").glob("*.yaml"))
    assert training
    expected = fingerprint(path.read_text(encoding="utf-8") for path in training)
    assert shipped().trained_on.get("training") == expected, (
        "data/distress_model.tsv is older than data/training/distress/: "
        "run scripts/train_distress_model.py")


def test_the_catalogs_phrases_are_learned_from_a_snapshot_not_the_live_catalog() -> None:
    # A catalog edit must not change what the crisis check decides: the model learns the
    # catalog's phrases as calm from a snapshot that only --refresh-calm rewrites.
    snapshot = ROOT / "data" / "training" / "distress" / "phrases_of_the_catalog.yaml"
    items = yaml.safe_load(snapshot.read_text(encoding="utf-8"))
    assert len(items) > 1000
    assert all(isinstance(i["text"], str) and i["distress"] is False for i in items)


def test_check_notes_a_new_topic_phrase_the_model_reads_as_distress(tmp_path: Path) -> None:
    # The rules see nothing in it; the model, which never learned it as calm, offers the helpline.
    phrase = "nothing matters to me anymore"
    edited = tmp_path / "catalog.yaml"
    text = (ROOT / "data" / "catalog.yaml").read_text(encoding="utf-8")
    edited.write_text(text.replace("      - crisis helpline\n",
                                   f"      - crisis helpline\n      - {phrase}\n", 1),
                      encoding="utf-8")
    shipped_catalog = str(ROOT / "data" / "catalog.yaml")
    before = subprocess.run([sys.executable, "-m", "bot", "check", shipped_catalog],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    after = subprocess.run([sys.executable, "-m", "bot", "check", str(edited)],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    assert phrase not in before.stdout
    assert f"gentle: {phrase}" in after.stdout


def test_a_words_weights_are_worked_out_once_and_forgotten_past_the_bound() -> None:
    worked: list[str] = []

    def work(word: str) -> int:
        worked.append(word)
        return len(word)

    memo = WordMemo(work, size=2)
    assert [memo("die"), memo("die"), memo("alone")] == [3, 3, 5]
    assert worked == ["die", "alone"]  # the second "die" was remembered
    memo("tired")
    memo("numb")  # past the bound: everything forgotten, then "numb" remembered
    memo("die")
    assert worked == ["die", "alone", "tired", "numb", "die"]
    memo.clear()
    memo("numb")
    assert worked[-1] == "numb"
