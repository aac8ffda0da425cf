"""Other companies named as people write them at home (트위터, ツイッター, 苹果, Clubhouse,
"Twitter rules") make a question someone else's, like ChatGPT does; "post it on twitter", a bounty
hunter's threat to disclose a jailbreak, keeps a bounty question ours.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher
from tests.support.answers import assert_answers

MATCHER = Matcher(load_catalog())


@pytest.mark.parametrize("question", [
    "트위터 계정이 일시정지됐어요. 이의 제기는 어떻게 하나요?",
    "ツイッターのアカウントが凍結されました、異議申し立ての方法は？",
    "苹果说我的账号违反了条款被停用了，怎么申诉",
    "my bot's twitter account got suspended for spam, how do i appeal",
    "Clubhouseの年齢制限は何歳からですか",
])
def test_another_companys_account_or_rules_are_declined(question: str) -> None:
    assert MATCHER.match(question).decision is Decision.NONE


def test_posting_a_jailbreak_on_twitter_is_still_a_bounty_question() -> None:
    assert_answers("found a universal jailbreak, do you pay for it or should i just post it on "
                   "twitter?", "bug-bounty")
