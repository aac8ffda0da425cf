"""Macedonian and Latvian join the languages beyond the Help Center's (phrases of oneself and of
others, signs, negations, "he"/"she", the words that frame news and films), with Romanian and
Malay wanting to disappear and cutting one's arm. Each probed with everyday sentences: a party
one wants to leave, a traffic jam on a bridge, a film's heroine, "I don't want to die", a rubber
tapper, a cook who cut a finger.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "сакам да умрам, не можам повеќе",
    "само сум товар за моите, без мене ќе им биде полесно",
    "се сечам по рацете кога ми е тешко",
    "Понекогаш посакувам да заспијам и да не се разбудам повеќе.",
    "es gribu nomirt, nav vairs spēka",
    "esmu tikai nasta saviem vecākiem",
    "dažreiz gribētos aizmigt un vairs nepamosties",
    "vreau doar să dispar, m-am săturat de tot",
    "aku nak hilang je dari dunia ni",
    "aku toreh tangan bila stress",
])
def test_distress_in_macedonian_latvian_romanian_and_malay(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "мојот брат сака да се убие, што да правам",
    "mans draugs runā par pašnāvību, ko man darīt",
])
def test_someone_elses_distress(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "на мостот имаше голем метеж утрово",
    "не сакам да умрам, само сум уморен од испитите",
    "уморен сум од работа оваа недела",
    "uz tilta bija sastrēgums visu rītu",
    "negribu nomirt, vienkārši esmu noguris no eksāmeniem",
    "esmu noguris no darba šonedēļ",
    "ayah aku toreh getah setiap pagi",
])
def test_everyday_words_are_not_distress(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "филмот е за девојка која сака да се убие",
    "filmā varone grib nogalināties, ļoti skumji",
    "сакам да умрам од смеење хахаха",
])
def test_a_film_or_laughter_is_never_escalated(message: str) -> None:
    assert_not_escalated(message)


def test_a_lone_cut_in_romanian_is_offered_gently() -> None:
    assert_crisis("mă tai pe mână când mă cert cu mama", level=CrisisLevel.GENTLE)
