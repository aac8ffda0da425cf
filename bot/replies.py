"""Slack replies as Block Kit: pure functions from a matcher ``Result`` (or the catalog) to blocks.

No client, no I/O: every surface (slash command, mention, DM, buttons, App Home) builds its message
here, so they all look alike and can be tested without Slack. Two rules hold everywhere:

- Text that came from a person is escaped (``&``, ``<``, ``>``) and marked ``verbatim``, so it can
  never ping (``<!channel>``, ``<@U123>``) or pose as a link (``<https://evil|https://safe>``).
- Slack's limits are respected: 3,000 characters a section, 50 blocks a message, 100 a view,
  75 characters a button label. Slack rejects a message that breaks one (``invalid_blocks``),
  which would leave the person with no answer at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot import wording
from bot.catalog import Catalog, Entry
from bot.matcher import Decision, Match, Result
from bot.plain_reply import render

Block = dict[str, Any]

APP_NAME = "Safeguards"  # the bot user's display name in app.yaml
COMMAND = "/safeguards"

MAX_SECTION_CHARS = 3000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BUTTON_CHARS = 75
MAX_SUMMARY_CHARS = 1500
# Enough of the question to recognise it; the person typed it, they don't need all of it back.
MAX_ECHO_CHARS = 300

# Action ids of the buttons below; bot/listeners/actions.py registers one listener for each.
SHARE = "share_answer"
PICK = "pick_suggestion"
NONE_OF_THESE = "none_of_these"
ACTION_IDS = (SHARE, PICK, NONE_OF_THESE)

_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


@dataclass(frozen=True)
class Reply:
    """A message: ``text`` is the plain fallback for notifications and screen readers."""

    text: str
    blocks: list[Block]

    def message(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


# -- text helpers -----------------------------------------------------------------------------


def escape(text: str) -> str:
    """Slack's three control characters as entities (what Slack asks of every app)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user_text(raw: str, limit: int = MAX_ECHO_CHARS) -> str:
    """What a person typed, safe to show: one line, bounded, escaped exactly once."""
    # Slack sends the &, < and > a person typed as entities already; decode first so that
    # "Q&amp;A" is shown as "Q&A" and not as "Q&amp;A". Real markup (<!channel>) is escaped below.
    text = raw.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _SPACE_OR_CONTROL.sub(" ", text).strip()
    return escape(_fit(text, limit))


def link(url: str, label: str) -> str:
    return f"<{url}|{escape(label)}>"


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": _fit(text, limit), "emoji": True}


def section(text: str, **extra: Any) -> Block:
    # Callers keep links whole by packing lines (see _pack); this cut is the last line of defence.
    return {"type": "section", "text": {"type": "mrkdwn", "text": _fit(text, MAX_SECTION_CHARS)},
            **extra}


def context(*texts: str, verbatim: bool = False) -> Block:
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": _fit(t, MAX_SECTION_CHARS), "verbatim": verbatim}
            for t in texts
        ],
    }


def button(text: str, action_id: str, value: str, *, label: str | None = None,
           style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": _plain(text, MAX_BUTTON_CHARS),
        "action_id": action_id,
        "value": value,
    }
    if label:
        element["accessibility_label"] = _fit(label, MAX_BUTTON_CHARS)
    if style:
        element["style"] = style
    return element


def _pack(lines: Iterable[str], limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Join lines into as few texts as fit in a section each, never splitting a line."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = _fit(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def _cap(blocks: list[Block], limit: int, overflow: str) -> list[Block]:
    if len(blocks) <= limit:
        return blocks
    return [*blocks[: limit - 1], section(overflow)]


# -- pieces -----------------------------------------------------------------------------------


def _entry_text(entry: Entry) -> str:
    return f"*{link(entry.url, entry.title)}*\n{escape(_fit(entry.summary, MAX_SUMMARY_CHARS))}"


def _asked(question: str) -> Block:
    # verbatim: Slack must not turn anything in it into a link or a mention.
    return context(f"You asked: {user_text(question)}", verbatim=True)


def _related(entry: Entry, catalog: Catalog) -> Block | None:
    links = [link(catalog.get(ref).url, catalog.get(ref).title)
             for ref in entry.related if ref in catalog]
    if not links:
        return None
    return context(f"{wording.RELATED_LEAD} " + " · ".join(links))


def _how_to_ask_lines() -> list[str]:
    return [
        f"• `{COMMAND} your question`: a private answer, which you can share in the channel",
        f"• Mention *@{APP_NAME}* with your question in a channel: the answer goes in the thread",
        "• Send me a direct message",
        f"• `{COMMAND} list`: every article; `{COMMAND} help`: this message",
    ]


def _answer_blocks(entry: Entry, catalog: Catalog, confidence: float | None) -> list[Block]:
    blocks = [section(escape(wording.ANSWER_LEAD)), section(_entry_text(entry))]
    if confidence is not None:
        blocks.append(context(f"Confidence: {wording.confidence_label(confidence)}"))
    related = _related(entry, catalog)
    if related:
        blocks.append(related)
    return blocks


def _share_actions(entry: Entry) -> Block:
    # Only the catalog id travels in the button, never the question: nothing private in payloads.
    return {
        "type": "actions",
        "block_id": "answer_actions",
        "elements": [button("Share in channel", SHARE, entry.id,
                            label=f"Share {entry.title} in this channel")],
    }


# -- replies to a question --------------------------------------------------------------------


def for_result(result: Result, catalog: Catalog, *, shareable: bool = False,
               question: str | None = None) -> Reply:
    """The reply to ``result``. ``shareable``: it is private, offer "Share in channel".
    ``question``: echo it (escaped) where the person cannot otherwise see what they asked."""
    text = render(result, catalog)
    if result.decision is Decision.CRISIS:
        # No echo, no buttons: warm words first, nothing that reads like a ticket.
        return Reply(text, crisis_blocks(result.matches))
    head = [_asked(question)] if question else []
    if result.decision is Decision.ANSWER:
        match = result.matches[0]
        blocks = head + _answer_blocks(match.entry, catalog, match.confidence)
        if shareable:
            blocks.append(_share_actions(match.entry))
        return Reply(text, blocks)
    if result.decision is Decision.SUGGEST:
        return Reply(text, head + suggest_blocks(result.matches))
    return Reply(text, head + none_blocks(catalog))


def crisis_blocks(matches: tuple[Match, ...]) -> list[Block]:
    crisis, *topical = matches
    blocks = [
        section(escape(wording.CRISIS_OPENING)),
        section(escape(wording.CRISIS_HELP)),
        section(f"{escape(wording.CRISIS_ARTICLE_LEAD)}\n{_entry_text(crisis.entry)}"),
    ]
    for match in topical:
        blocks.append(section(f"{escape(wording.CRISIS_TOPIC_LEAD)}\n{_entry_text(match.entry)}"))
    return blocks


def suggest_blocks(matches: tuple[Match, ...]) -> list[Block]:
    blocks = [section(escape(wording.SUGGEST_LEAD))]
    for match in matches:
        entry = match.entry
        blocks.append(section(
            _entry_text(entry),
            block_id=f"suggest_{entry.id}",
            accessory=button("This one", PICK, entry.id, label=f"Show {entry.title}"),
        ))
    blocks.append({
        "type": "actions",
        "block_id": "suggest_actions",
        "elements": [button("None of these", NONE_OF_THESE, "none")],
    })
    return blocks


def none_blocks(catalog: Catalog) -> list[Block]:
    fallback = catalog.fallback
    return [section(f"{escape(wording.NONE_TEXT)}\n*{link(fallback.url, fallback.title)}*")]


def picked(entry: Entry, catalog: Catalog, *, shareable: bool) -> Reply:
    """A suggestion the person chose: it replaces the "Did you mean" message."""
    blocks = _answer_blocks(entry, catalog, confidence=None)
    if shareable:
        blocks.append(_share_actions(entry))
    return Reply(f"{wording.ANSWER_LEAD} {entry.title} <{entry.url}>", blocks)


def declined(catalog: Catalog) -> Reply:
    """After "None of these": the get-support link, replacing the suggestions."""
    fallback = catalog.fallback
    return Reply(f"{wording.NONE_TEXT} {fallback.title} <{fallback.url}>", none_blocks(catalog))


def shared(entry: Entry, catalog: Catalog, user_id: str) -> Reply:
    """The answer as posted for everyone by "Share in channel": no question, no confidence."""
    blocks = _answer_blocks(entry, catalog, confidence=None)
    if _SLACK_USER_ID.match(user_id):
        blocks.append(context(f"Shared by <@{user_id}> with `{COMMAND}`"))
    return Reply(f"{wording.ANSWER_LEAD} {entry.title} <{entry.url}>", blocks)


# -- help, list, home -------------------------------------------------------------------------


def how_to_ask(catalog: Catalog) -> Reply:
    topics = [f"• {escape(topic.name)}" for topic in catalog.topics]
    blocks = [
        section(escape(wording.EMPTY_TEXT)),
        section("*How to ask*\n" + "\n".join(_how_to_ask_lines())),
        *[section(chunk) for chunk in _pack(["*Topics I can help with*", *topics])],
    ]
    text = wording.EMPTY_TEXT + " Topics: " + ", ".join(t.name for t in catalog.topics) + "."
    return Reply(text, _cap(blocks, MAX_MESSAGE_BLOCKS, f"…and more: see `{COMMAND} list`."))


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
        blocks += [section(chunk) for chunk in _pack(lines)]
    text = "Every Safeguards article: " + "; ".join(
        f"{e.title} <{e.url}>" for e in catalog.articles)
    overflow = f"…and more in the *{APP_NAME}* app's Home tab."
    return Reply(text, _cap(blocks, MAX_MESSAGE_BLOCKS, overflow))


def home_view(catalog: Catalog) -> dict[str, Any]:
    """The App Home tab: what the bot does, how to ask, the catalog by topic with links."""
    blocks: list[Block] = [
        {"type": "header", "text": _plain(f"{APP_NAME} answers", 150)},
        section("I answer safety questions with the right article from the Claude Help Center's "
                "Safeguards collection, and point you to the support team when no article fits. "
                "Answers to `/safeguards` are private until you share them."),
        section("*How to ask*\n" + "\n".join(_how_to_ask_lines())),
        {"type": "divider"},
        {"type": "header", "text": _plain("Articles by topic", 150)},
    ]
    for lines in _catalog_lines(catalog, kinds=("article", "resource")):
        blocks += [section(chunk) for chunk in _pack(lines)]
    blocks = _cap(blocks, MAX_VIEW_BLOCKS, f"…and more: try `{COMMAND} list`.")
    return {"type": "home", "blocks": blocks}
