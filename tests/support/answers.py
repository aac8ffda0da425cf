"""What a question must be answered with by the real catalog's matcher: shared by the tests of
the topics' wording."""

from __future__ import annotations

from bot.engine.matcher import Decision, Result
from tests.support.crisis import MATCHER


def assert_answers(question: str, article: str) -> Result:
    """Answered (not a crisis, not "did you mean") with ``article``; "none" for a decline."""
    result = MATCHER.match(question)
    if article == "none":
        assert result.decision is Decision.NONE, (question, result.lead_id)
    else:
        assert result.decision is Decision.ANSWER, (question, result.decision, result.lead_id)
    assert result.lead_id == article, (question, result.lead_id)
    return result
