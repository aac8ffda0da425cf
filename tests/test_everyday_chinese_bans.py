"""The everyday Chinese for "my account got banned" is ours when it names nothing else, even if
the topic model, trained on many other services' bans, doubts it; a game's or Instagram's ban is
not."""

from __future__ import annotations

import pytest

from bot.engine.matcher import Matcher


@pytest.mark.parametrize("question", [
    "我的号被封了怎么办",
    "我的账号被封了怎么办",
    "为什么我的提示被标记为违反使用政策",
])
def test_in_our_words_alone(question: str, matcher: Matcher) -> None:
    assert matcher.match(question).lead_id in ("appeals", "user-safety")


@pytest.mark.parametrize("question", [
    "我的游戏号被封了怎么办",
    "遊戲帳號被封了怎麼辦",
    "IG帳號被盜又被停權，怎麼辦",
    "my game account got banned, how to appeal",
    "antigravity账号被封了怎么办",
    "codex账号被封了还能申诉吗",
    "我的mj账号又被封了",
])
def test_someone_elses_account(question: str, matcher: Matcher) -> None:
    assert matcher.match(question).lead_id == "none"


def test_claudes_own_safety_review_is_the_user_safety_article(matcher: Matcher) -> None:
    result = matcher.match("claude自带的安全审查机制太严了,什么都做不了")
    assert result.lead_id == "user-safety"
