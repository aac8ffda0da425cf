"""Block Kit primitives: sections, context lines, buttons, links, and escaping of what people typed.

Two rules hold for everything built from these:

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

from bot.engine.question import one_line

Block = dict[str, Any]

MAX_SECTION_CHARS = 3000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BUTTON_CHARS = 75
MAX_MODAL_TITLE_CHARS = 24
MAX_PRIVATE_METADATA_CHARS = 3000
# Enough of the question to recognise it; the person typed it, they don't need all of it back.
MAX_ECHO_CHARS = 300


@dataclass(frozen=True)
class Reply:
    """A message: ``text`` is the plain fallback for notifications and screen readers."""

    text: str
    blocks: list[Block]

    def message(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def escape(text: str) -> str:
    """Slack's three control characters as entities (what Slack asks of every app)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user_text(raw: str, limit: int = MAX_ECHO_CHARS) -> str:
    """What a person typed, safe to show: one line, bounded, escaped exactly once."""
    # one_line decodes the entities Slack sends, so "Q&amp;A" is shown as "Q&A" and not as
    # "Q&amp;A"; real markup (<!channel>) is escaped again here, and only here.
    return escape(fit(one_line(raw), limit))


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def filled(template: str, **markup: str) -> str:
    """A translated ``template`` as mrkdwn: its own words escaped, each ``{name}`` replaced by
    ``markup[name]``, which is Slack markup already (a mention, a link, escaped user text). The
    order of the placeholders is the translation's own."""
    parts = _PLACEHOLDER.split(template)
    return "".join(escape(part) if i % 2 == 0 else markup[part] for i, part in enumerate(parts))


def link(url: str, label: str) -> str:
    return f"<{url}|{escape(label)}>"


def fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": fit(text, limit), "emoji": True}


def section(text: str, **extra: Any) -> Block:
    # Callers keep links whole by packing lines (see pack); this cut is the last line of defence.
    return {"type": "section", "text": {"type": "mrkdwn", "text": fit(text, MAX_SECTION_CHARS)},
            **extra}


def context(*texts: str, verbatim: bool = False) -> Block:
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": fit(t, MAX_SECTION_CHARS), "verbatim": verbatim}
            for t in texts
        ],
    }


def button(text: str, action_id: str, value: str, *, label: str | None = None,
           style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": plain(text, MAX_BUTTON_CHARS),
        "action_id": action_id,
        "value": value,
    }
    if label:
        element["accessibility_label"] = fit(label, MAX_BUTTON_CHARS)
    if style:
        element["style"] = style
    return element


def pack(lines: Iterable[str], limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Join lines into as few texts as fit in a section each, never splitting a line."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = fit(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def cap(blocks: list[Block], limit: int, overflow: str) -> list[Block]:
    """At most ``limit`` blocks, the last saying there was more."""
    if len(blocks) <= limit:
        return blocks
    return [*blocks[: limit - 1], section(overflow)]
