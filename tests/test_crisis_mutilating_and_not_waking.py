"""Mutilating oneself in French, asking not to open one's eyes again in Korean, deserving to die
in Indonesian, wanting a break from life in Japanese: the helpline. A film's soldier, a sleeping
baby, corrupt officials and a role too heavy for a newcomer are calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "je me mutile le soir quand tout le monde dort",
    "j'ai encore envie de me mutiler",
    "제발 내일은 눈 뜨지 않게 해 주세요",
    "kadang aku mikir aku pantas mati",
    "もう人生を休憩したい",
])
def test_these_show_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "le film montre un soldat qui se mutile pour échapper au front",
    "아기가 눈 뜨지 않게 조용히 해 주세요",
    "koruptor itu lebih pantas mati daripada hidup mewah",
    "この役は新人には荷が重すぎる",
])
def test_the_same_words_elsewhere_are_calm(message: str) -> None:
    assert_not_crisis(message)
