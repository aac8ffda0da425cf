"""Property-based: the matcher never crashes and always returns a well-formed result."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher

MATCHER = Matcher(load_catalog())
SLACK_MARKUP = st.sampled_from([
    "<!channel>", "<!here>", "<!everyone>", "<!subteam^S1|@team>", "<@U123>", "<#C1|general>",
    "<https://evil.example|https://support.claude.com>", "<mailto:a@b.c>", "&lt;", "&amp;",
])
WORDS = st.sampled_from([
    "banned", "appeal", "police", "suicide", "want to die", "xss", "jailbreak", "account",
    "死にたい", "アカウント", "경찰", "полиция", "compte", "\u202e", "\x00", "🙂", " ", "\n",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, SLACK_MARKUP, st.text(max_size=8)), max_size=40).map(" ".join),
)


def check(result, text: str) -> None:
    assert isinstance(result.decision, Decision)
    for match in result.matches + result.ranked:
        assert 0.0 <= match.confidence <= 1.0
    if result.decision is Decision.ANSWER:
        assert len(result.matches) == 1
    elif result.decision is Decision.SUGGEST:
        assert 2 <= len(result.matches) <= 3
    elif result.decision is Decision.NONE:
        assert result.matches == ()
    else:
        assert result.matches[0].entry.id == "crisis-helpline"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_never_crashes_and_is_well_formed(text: str) -> None:
    check(MATCHER.match(text), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_distress_anywhere_in_a_message_is_a_crisis(before: str, after: str) -> None:
    result = MATCHER.match(f"{before}\n i want to die \n{after}")
    assert result.decision is Decision.CRISIS


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=100))
def test_deterministic(text: str) -> None:
    assert MATCHER.match(text) == MATCHER.match(text)


def test_huge_and_empty_inputs() -> None:
    assert MATCHER.match("").decision is Decision.NONE
    assert MATCHER.match("   \n\t ").decision is Decision.NONE
    assert MATCHER.match("🙂" * 50).decision is Decision.NONE
    huge = "lorem ipsum dolor " * 3000 + " my account got banned, can i appeal"
    check(MATCHER.match(huge), huge)
    buried = "x " * 19_000 + "i want to kill myself"
    assert len(buried) > 38_000
    assert MATCHER.match(buried).decision is Decision.CRISIS
