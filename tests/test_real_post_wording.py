"""How real posts word their questions (data/eval/realposts_dev.yaml, read after its first run):
pasted error messages, adverbs between a Chinese or Japanese topic's words, feature requests for
some other product.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher
from bot.engine.normalize import tokens

MATCHER = Matcher(load_catalog())


@pytest.mark.parametrize("question", [
    "Claude Code stopped with API Error: Output blocked by content filtering policy, while I "
    "was renaming database columns",
    "every second prompt gets 'unable to respond to this request, which appears to violate our "
    "Usage Policy' and I'm only writing unit tests",
])
def test_a_pasted_safety_filter_error_is_about_the_safety_filters(question: str) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "user-safety"


@pytest.mark.parametrize("question", [
    "我的claude账号又被封了，怎么办",
    "账号突然被封了，能申诉吗",
    "我的Claude账号也被封了",
    "claude的账户被封了，怎么申诉",
    "my claude account has been blocked, what now",
    "Claudeのアカウントがいきなり停止された",
    "클로드 계정이 갑자기 정지됐어요",
])
def test_an_adverb_between_the_words_of_a_banned_account(question: str) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "appeals"


def test_adverbs_are_dropped_on_both_sides_alike() -> None:
    assert tokens("账号又被封") == tokens("账号被封")
    assert tokens("アカウントが突然停止") == tokens("アカウントが停止")


@pytest.mark.parametrize("question", [
    "feature request: our forum needs a page listing suicide prevention hotlines per country",
    "[feat] publish a yearly report of how many government data requests we received",
    "user story: as a parent I want a sign-up flow that asks for consent for kids under 13",
])
def test_a_feature_request_for_some_other_product_is_not_ours(question: str) -> None:
    assert MATCHER.match(question).decision is Decision.NONE


def test_a_feature_request_naming_claude_stays_ours() -> None:
    result = MATCHER.match("feature request: let Claude users report a harmful response "
                           "straight from the chat")
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "reporting-content"


def test_asking_a_projects_maintainers_is_not_ours() -> None:
    result = MATCHER.match("Hello maintainers, I found a security vulnerability in this repo. "
                           "Is there a private channel to report it?")
    assert result.decision is Decision.NONE


def test_asking_about_claude_code_and_its_repo_stays_ours() -> None:
    result = MATCHER.match("I found a security vulnerability in Claude Code, is there a private "
                           "channel to report it rather than this repo's public issues?")
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "vulnerability-reporting"
