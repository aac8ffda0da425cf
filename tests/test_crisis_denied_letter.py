"""A denial of a farewell letter ("das hier ist kein Abschiedsbrief") is said of the very letter
being written: it does not silence the distress model as a denial of one's state does ("ich bin
nicht suizidal"); the model still needs to be all but sure, as over a story. A letter denied
beside an everyday matter stays no crisis.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from bot.engine.crisis_phrases import PhraseFinder
from tests.support.crisis import assert_crisis, assert_not_crisis


def test_a_denied_letter_beside_an_ending_life_is_shown_gently() -> None:
    assert_crisis("Das hier ist kein Abschiedsbrief, nur meine Geschichte. Ich weiß, dass es "
                  "nicht mehr lange dauert, bis ich die letzte Seite aus meinem Leben reiße.",
                  level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "this is not a suicide note lol, just my complaint about the wifi in this dorm",
    "Das ist kein Abschiedsbrief, ich kündige nur meinen Vertrag, weil der Support schlecht ist.",
    "I'm not suicidal, I just want to know how the helpline banner decides what number to show",
])
def test_a_denial_beside_an_everyday_matter_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize(("language", "phrase", "letter"), [
    ("en", "suicide note", True), ("de", "Abschiedsbrief", True),
    ("es", "carta de despedida", True), ("zh", "遗书", True), ("ko", "유서", True),
    ("en", "want to die", False), ("en", "goodbye everyone", False),
])
def test_which_phrases_name_a_letter(language: str, phrase: str, letter: bool) -> None:
    read = PhraseFinder([(language, phrase, 0)], typos=False).phrases
    assert read
    assert all(p.letter is letter for p in read)
