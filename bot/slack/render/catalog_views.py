"""What the bot shows about itself: how to ask (``/safeguards help``), every article
(``/safeguards list``) and the App Home tab."""

from __future__ import annotations

from typing import Any

from bot.engine.catalog import Catalog
from bot.slack.blocks import (
    MAX_MESSAGE_BLOCKS,
    MAX_VIEW_BLOCKS,
    Block,
    Reply,
    cap,
    escape,
    link,
    pack,
    plain,
    section,
)
from bot.slack.manifest_ids import APP_NAME, COMMAND
from bot.text import wording


def _how_to_ask_lines() -> list[str]:
    return [
        f"• `{COMMAND} your question`: a private answer, which you can share in the channel",
        f"• Mention *@{APP_NAME}* with your question in a channel: the answer goes in the thread",
        "• Send me a direct message",
        f"• `{COMMAND} list`: every article; `{COMMAND} help`: this message",
    ]


def how_to_ask(catalog: Catalog) -> Reply:
    topics = [f"• {escape(topic.name)}" for topic in catalog.topics]
    blocks = [
        section(escape(wording.EMPTY_TEXT)),
        section("*How to ask*\n" + "\n".join(_how_to_ask_lines())),
        *[section(chunk) for chunk in pack(["*Topics I can help with*", *topics])],
    ]
    text = wording.EMPTY_TEXT + " Topics: " + ", ".join(t.name for t in catalog.topics) + "."
    return Reply(text, cap(blocks, MAX_MESSAGE_BLOCKS, f"…and more: see `{COMMAND} list`."))


def _catalog_lines(catalog: Catalog, *, kinds: tuple[str, ...]) -> list[list[str]]:
    groups = []
    for topic, entries in catalog.by_topic():
        shown = [e for e in entries if e.kind in kinds]
        if shown:
            groups.append([f"*{escape(topic.name)}*",
                           *(f"• {link(e.url, e.title)}" for e in shown)])
    return groups


def article_list(catalog: Catalog) -> Reply:
    blocks = [section("*Every Safeguards article*, by topic:")]
    for lines in _catalog_lines(catalog, kinds=("article",)):
        blocks += [section(chunk) for chunk in pack(lines)]
    text = "Every Safeguards article: " + "; ".join(
        f"{e.title} <{e.url}>" for e in catalog.articles)
    overflow = f"…and more in the *{APP_NAME}* app's Home tab."
    return Reply(text, cap(blocks, MAX_MESSAGE_BLOCKS, overflow))


def home_view(catalog: Catalog) -> dict[str, Any]:
    """The App Home tab: what the bot does, how to ask, the catalog by topic with links."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(f"{APP_NAME} answers", 150)},
        section("I answer safety questions with the right article from the Claude Help Center's "
                "Safeguards collection, and point you to the support team when no article fits. "
                f"Answers to `{COMMAND}` are private until you share them."),
        section("*How to ask*\n" + "\n".join(_how_to_ask_lines())),
        {"type": "divider"},
        {"type": "header", "text": plain("Articles by topic", 150)},
    ]
    for lines in _catalog_lines(catalog, kinds=("article", "resource")):
        blocks += [section(chunk) for chunk in pack(lines)]
    blocks = cap(blocks, MAX_VIEW_BLOCKS, f"…and more: try `{COMMAND} list`.")
    return {"type": "home", "blocks": blocks}
