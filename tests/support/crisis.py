"""The real catalog's matcher, and what a crisis (or a calm) message must come out as: shared by
the crisis test modules."""

from __future__ import annotations

from bot.engine.catalog import load_catalog
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Decision, Matcher, Result
from bot.slack.answers import escalation_for

CATALOG = load_catalog()
MATCHER = Matcher(CATALOG)


def assert_crisis(message: str, *, kind: CrisisKind | None = None,
                  level: CrisisLevel | None = None) -> Result:
    result = MATCHER.match(message)
    assert result.decision is Decision.CRISIS, (message, MATCHER.distress_signals(message))
    assert result.lead_id == "crisis-helpline", message
    if kind is not None:
        assert result.crisis_kind is kind, (message, result.crisis_kind)
    if level is not None:
        assert result.crisis_level is level, (message, result.crisis_level)
    return result


def assert_not_crisis(message: str) -> Result:
    """Not a crisis reply, and no escalation notice either."""
    result = MATCHER.match(message)
    assert result.decision is not Decision.CRISIS, (message, MATCHER.distress_signals(message))
    assert escalation_for(result, CATALOG) is None, message
    return result


def assert_not_escalated(message: str) -> Result:
    """At most the helpline, gently: nobody is told."""
    result = MATCHER.match(message)
    assert result.crisis_level is not CrisisLevel.CONFIDENT, (
        message, MATCHER.distress_signals(message))
    assert escalation_for(result, CATALOG) is None, message
    return result
