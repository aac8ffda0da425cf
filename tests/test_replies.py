"""The Block Kit builders alone: Slack's limits on an oversized catalog, and escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.catalog import Catalog, Entry, Topic
from bot.engine.matcher import Decision, Match, Result
from bot.engine.thresholds import ALTERNATIVE_AT
from bot.slack.blocks import MAX_ECHO_CHARS, MAX_MESSAGE_BLOCKS, MAX_VIEW_BLOCKS, Reply, user_text
from bot.slack.button_values import ButtonRef
from bot.slack.render.answer import FEEDBACK_BLOCK, declined, for_result, picked, shared
from bot.slack.render.catalog_views import article_list, home_view, how_to_ask
from bot.testing.fake_slack import block_problems

TRICKY = "Q&A <for> teams & <!channel>"


def entry(eid: str, *, topic: str = "big", kind: str = "article", title: str | None = None,
          summary: str = "Short summary.", related: tuple[str, ...] = ()) -> Entry:
    return Entry(id=eid, kind=kind, title=title or eid.title(), topic=topic, summary=summary,
                 url=f"https://support.example.com/{eid}", related=related)


@pytest.fixture(scope="module")
def big() -> Catalog:
    """Far more, and longer, entries than the real catalog: every limit gets tested."""
    many = [entry(f"article-{i}", title=f"{TRICKY} number {i} " + "x" * 100,
                  summary="A long summary & more. " * 150, related=("get-support",))
            for i in range(1000)]
    return Catalog(
        path=Path("big.yaml"),
        entries=(*many, entry("get-support", kind="resource", topic="small"),
                 entry("crisis-helpline", topic="small")),
        topics=(Topic("big", "Everything & more <b>"), Topic("small", "Support")),
        fallback_id="get-support",
    )


def all_replies(catalog: Catalog) -> dict[str, Reply]:
    first, second, third = (Match(catalog.entries[i], 0.7) for i in range(3))
    crisis = Match(catalog.crisis, 1.0)
    results = {
        "answer": Result(Decision.ANSWER, (first,), (first,)),
        "suggest": Result(Decision.SUGGEST, (first, second, third), ()),
        "none": Result(Decision.NONE, (), ()),
        "crisis": Result(Decision.CRISIS, (crisis, first), ()),
    }
    built = {name: for_result(r, catalog, shareable=True, question="x" * 50_000)
             for name, r in results.items()}
    built.update(help=how_to_ask(catalog), list=article_list(catalog),
                 picked=picked(first.entry, catalog, shareable=True),
                 declined=declined(catalog),
                 shared=shared(first.entry, catalog, "U0ASKER01"))
    return built


def test_every_reply_fits_slacks_limits_even_for_a_huge_catalog(big: Catalog) -> None:
    for name, reply in all_replies(big).items():
        assert block_problems(reply.blocks, MAX_MESSAGE_BLOCKS) == [], name
        assert reply.text, name
    view = home_view(big)
    assert block_problems(view["blocks"], MAX_VIEW_BLOCKS) == []


def test_long_lists_are_packed_without_breaking_a_link(big: Catalog) -> None:
    listed = article_list(big)
    assert len(listed.blocks) == MAX_MESSAGE_BLOCKS
    assert "Home tab" in listed.blocks[-1]["text"]["text"]  # says there is more, and where
    for block in listed.blocks:
        text = block["text"]["text"]
        assert text.count("<") == text.count(">"), "a link was cut in half"


def mrkdwn_texts(node: object) -> list[str]:
    """Every mrkdwn text in a block tree (plain_text is never parsed for mentions or links)."""
    if isinstance(node, list):
        return [t for item in node for t in mrkdwn_texts(item)]
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "mrkdwn" else []
        return own + [t for value in node.values() for t in mrkdwn_texts(value)]
    return []


def test_catalog_text_is_escaped_too(big: Catalog) -> None:
    texts = " ".join(mrkdwn_texts(all_replies(big)["answer"].blocks))
    assert "<!channel>" not in texts
    assert "Q&amp;A &lt;for&gt; teams &amp; &lt;!channel&gt;" in texts


@pytest.mark.parametrize(("typed", "shown"), [
    ("<!channel> hi", "&lt;!channel&gt; hi"),
    ("<@U123|bob> and <!subteam^S1|@team>", "&lt;@U123|bob&gt; and &lt;!subteam^S1|@team&gt;"),
    ("<https://evil|https://support.claude.com>", "&lt;https://evil|https://support.claude.com&gt;"),
    ("Q&amp;A &lt;b&gt;", "Q&amp;A &lt;b&gt;"),  # Slack's own entities are not escaped twice
    ("line\none\ttab\x00nul\u202eRTL", "line one tab nul RTL"),
])
def test_user_text_is_shown_as_typed_but_inert(typed: str, shown: str) -> None:
    assert user_text(typed) == shown


@given(st.text())
def test_user_text_can_never_contain_markup(raw: str) -> None:
    shown = user_text(raw)
    assert "<" not in shown and ">" not in shown
    # Every & starts one of the three entities, so nothing can decode into markup.
    assert re.sub(r"&(amp|lt|gt);", "", shown).count("&") == 0
    assert len(shown) <= MAX_ECHO_CHARS * 5  # bounded even when all of it is escaped
    assert "\n" not in shown


def test_shared_by_names_only_a_real_user_id(big: Catalog) -> None:
    first = big.entries[0]
    assert "<@U0ASKER01>" in json.dumps(shared(first, big, "U0ASKER01").blocks)
    assert "Shared by" not in json.dumps(shared(first, big, "<!channel>").blocks)


def test_not_helpful_offers_only_articles_worth_a_look(catalog: Catalog) -> None:
    appeals, csam, minors = (catalog.get(i) for i in ("appeals", "csam", "minors"))
    answer = Match(appeals, 0.9)
    result = Result(Decision.ANSWER, (answer,),
                    (answer, Match(minors, ALTERNATIVE_AT + 0.05), Match(csam, 0.13)))
    reply = for_result(result, catalog, question_id="0" * 32)
    [feedback] = [b for b in reply.blocks if b.get("block_id") == FEEDBACK_BLOCK]
    ref = ButtonRef.decode(feedback["elements"][1]["value"])
    assert ref.others == ("minors",)  # CSAM at 0.13 is no help to someone asking to appeal
