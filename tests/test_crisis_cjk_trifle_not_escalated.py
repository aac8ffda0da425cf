"""A short Chinese, Japanese or Korean message that wishes to die over homework, an exam or
overtime is said of the trifle most of the time: the helpline is still shown, gently, and the
specialists are not told. Said "really" ("我真的想死"), it stays a confident crisis.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis


@pytest.mark.parametrize("message", [
    "作业写不完了 想死",
    "論文の締め切りが明日で死にたい",
    "과제 세 개 마감이 내일이라 죽고 싶다",
    "又要加班 好想死啊",
])
def test_a_wish_over_a_trifle_in_few_words_is_gentle(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "考试又考砸了 我真的想死 不想回家",
    "宿題もできないし本当に死にたい",
])
def test_said_really_it_stays_confident(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
