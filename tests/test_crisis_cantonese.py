"""Distress in Cantonese, as Hong Kong writes it (the Help Center's Traditional Chinese serves
it): not wanting to live on, being surplus or a burden to one's family, everyone better off
without one, "don't look for me", never bothering anyone again, cutting. The same words about a
broken phone or a night's goodbye are calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "我真係唔想再活落去",
    "我覺得我係多餘，屋企冇人需要我",
    "冇咗我佢哋會好啲嘅",
    "以後都唔會再煩你哋",
    "琴晚又𠝹手",
    "唔好再搵我",
    "有時覺得我死咗去算",
])
def test_distress_in_cantonese_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "呢部機死咗佢算，聽日買過部新嘅",
    "我今晚唔會再煩你哋啦，聽日見",
])
def test_the_same_words_about_a_phone_or_a_night_are_calm(message: str) -> None:
    assert_not_crisis(message)
