"""What a question says it is not about is left out of its topic, never out of the distress check.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.disclaimers import without
from bot.engine.matcher import Decision
from tests.support.crisis import MATCHER, assert_crisis


@pytest.mark.parametrize(("question", "article"), [
    ("This isn't a security vulnerability. Claude wrote something defamatory about me, "
     "how do I get it taken down?", "reporting-content"),
    ("I'm not asking about CSAM scanning, I mean the rules for a tutoring app whose users are "
     "under 18", "minors"),
    ("it's not about the bounty money, where do I send a universal jailbreak", "bug-bounty"),
])
def test_a_disowned_topic_does_not_decide_the_article(question: str, article: str) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER, (question, result.decision)
    assert result.lead_id == article


def test_distress_is_still_read_in_the_disowned_clause() -> None:
    assert_crisis("this isn't a bug report, i honestly want to end my life")


@pytest.mark.parametrize(("text", "kept"), [
    ("This isn't a security bug. Where do I flag an answer?", " . Where do I flag an answer?"),
    ("I'm not talking about appeals, I want a new account", " , I want a new account"),
    ("nothing disowned here", "nothing disowned here"),
    ("this is not a question", "this is not a question"),  # all disclaimer: kept whole
])
def test_only_the_disowning_clause_goes(text: str, kept: str) -> None:
    assert without(text) == kept
