"""A match or a fantasy league lost, taken back or laughed at, is a joke like a game or an exam;
Japanese research on posts about self-harm named in Latin letters ("自傷に関するSNS投稿") is a
mention, as "自傷に関する投稿" was. Thinking of nothing but it, and a match lost said in earnest,
are still the helpline.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "ho perso al fantacalcio per un punto, voglio morire scherzo",
    "lost the match by one goal, i want to die lol jk",
    "研究で自傷に関するSNS投稿を集めています",
])
def test_a_lost_match_or_research_on_posts_is_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "自傷に関することばかり考えてしまう",
    "lost the match again and honestly i want to die, not joking",
])
def test_the_same_said_in_earnest_is_still_a_crisis(message: str) -> None:
    assert_crisis(message)
