"""What the bot shows about itself: how to ask (``/safeguards help``), every article
(``/safeguards list``) and the App Home tab, in the reader's language."""

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
    filled,
    pack,
    plain,
    section,
)
from bot.slack.manifest_ids import APP_NAME, COMMAND
from bot.slack.render.answer import entry_link
from bot.text import wording
from bot.text.plain_reply import link_text
from bot.text.words import ENGLISH, Words


def _how_to_ask_lines(words: Words) -> list[str]:
    question = f"`{COMMAND} {words(wording.HOW_COMMAND_QUESTION)}`"
    return [
        "• " + filled(words(wording.HOW_COMMAND), command_question=question),
        "• " + filled(words(wording.HOW_MENTION), bot=f"*@{APP_NAME}*"),
        "• " + escape(words(wording.HOW_DM)),
        "• " + filled(words(wording.HOW_LIST), command_list=f"`{COMMAND} list`",
                      command_help=f"`{COMMAND} help`"),
    ]


def how_to_ask(catalog: Catalog, words: Words = ENGLISH) -> Reply:
    topics = [f"• {escape(words.topic(topic))}" for topic in catalog.topics]
    empty = words(wording.EMPTY_TEXT)
    blocks = [
        section(escape(empty)),
        section(f"*{escape(words(wording.HOW_TO_ASK))}*\n" + "\n".join(_how_to_ask_lines(words))),
        *[section(chunk) for chunk in
          pack([f"*{escape(words(wording.TOPICS_HEADING))}*", *topics])],
    ]
    names = ", ".join(words.topic(t) for t in catalog.topics)
    text = f"{empty} {words(wording.TOPICS_TEXT, topics=names)}"
    overflow = filled(words(wording.MORE_IN_LIST), command_list=f"`{COMMAND} list`")
    return Reply(text, cap(blocks, MAX_MESSAGE_BLOCKS, overflow))


def _catalog_lines(catalog: Catalog, words: Words, *, kinds: tuple[str, ...]) -> list[list[str]]:
    groups = []
    for topic, entries in catalog.by_topic():
        shown = [e for e in entries if e.kind in kinds]
        if shown:
            groups.append([f"*{escape(words.topic(topic))}*",
                           *(f"• {entry_link(e, words)}" for e in shown)])
    return groups


def article_list(catalog: Catalog, words: Words = ENGLISH) -> Reply:
    blocks = [section(escape(words(wording.EVERY_ARTICLE)))]
    for lines in _catalog_lines(catalog, words, kinds=("article",)):
        blocks += [section(chunk) for chunk in pack(lines)]
    text = words(wording.EVERY_ARTICLE_TEXT,
                 articles="; ".join(link_text(e, words) for e in catalog.articles))
    overflow = filled(words(wording.MORE_IN_HOME), app=f"*{APP_NAME}*")
    return Reply(text, cap(blocks, MAX_MESSAGE_BLOCKS, overflow))


def home_view(catalog: Catalog, words: Words = ENGLISH) -> dict[str, Any]:
    """The App Home tab: what the bot does, how to ask, the catalog by topic with links."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(words(wording.HOME_HEADER, app=APP_NAME), 150)},
        section(filled(words(wording.HOME_INTRO), command=f"`{COMMAND}`")),
        section(f"*{escape(words(wording.HOW_TO_ASK))}*\n" + "\n".join(_how_to_ask_lines(words))),
        {"type": "divider"},
        {"type": "header", "text": plain(words(wording.HOME_ARTICLES), 150)},
    ]
    for lines in _catalog_lines(catalog, words, kinds=("article", "resource")):
        blocks += [section(chunk) for chunk in pack(lines)]
    overflow = filled(words(wording.MORE_IN_LIST), command_list=f"`{COMMAND} list`")
    blocks = cap(blocks, MAX_VIEW_BLOCKS, overflow)
    return {"type": "home", "blocks": blocks}
