"""Being gone, in Japanese, said of a subject that is not the writer
("部長がいなくなったら楽になる": work would be easier with the boss gone) is relief at another's
leaving: never an escalation.
Said of the writer, or with no subject, it is the writer's wish to be gone, as before.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "部長がいなくなったら楽になる",
    "あの上司がいなくなれば楽なのに",
    "隣の席の人が消えたら楽になるのにな",
])
def test_someone_else_gone_is_no_escalation(message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "私がいなくなればみんな楽になる",
    "わたしがいなくなったら楽になるのかな",
    "あたしがいなくなれば楽",
    "自分が消えたらみんな楽になる",
    "もういなくなりたい",
])
def test_the_writer_gone_is_still_a_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


def test_someone_elses_wish_to_be_gone_is_their_distress() -> None:
    assert_crisis("友達がいなくなりたいって言ってる")
