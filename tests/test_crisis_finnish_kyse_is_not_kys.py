"""Finnish "kyse" ("what it is about"), one of its commonest words, was read as the English
"kys" (kill yourself) by the rule that joins "take" and "taking": every Finnish message saying
what something is about escalated. The rule now needs a vowel where English verbs of that shape
have one; "kys" itself, and "take" and "cope" folded, are as before.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

from bot.engine import crisis_lang
from tests.support.crisis import assert_crisis, assert_not_crisis


def test_kyse_is_calm() -> None:
    assert_not_crisis("En ymmärrä mistä tässä sähköpostissa on kyse, voitko selittää?")


def test_kys_is_still_a_crisis() -> None:
    assert_crisis("honestly i should just kys")


def test_take_and_cope_still_fold() -> None:
    assert crisis_lang.en_keys("take") == crisis_lang.en_keys("taking")
    assert crisis_lang.en_keys("cope") == crisis_lang.en_keys("coping")
