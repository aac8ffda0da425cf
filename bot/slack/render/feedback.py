"""After Helpful / Not helpful: thanks in place of the buttons, and after "Not helpful" the other
candidates and the support page, in the language of the answer clicked."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.catalog import Catalog, Entry
from bot.slack.blocks import MAX_MESSAGE_BLOCKS, Block, Reply, cap, context, escape, section
from bot.slack.button_values import MAX_ALTERNATIVES
from bot.slack.render.answer import (
    FEEDBACK_BLOCK,
    answer_blocks,
    answer_text,
    entry_link,
    share_actions,
)
from bot.text import wording
from bot.text.words import ENGLISH, Words


def feedback_thanks(catalog: Catalog, *, helpful: bool, others: Iterable[str] = (),
                    words: Words = ENGLISH) -> list[Block]:
    """What replaces the feedback buttons: thanks, and after "Not helpful" the other candidates
    and the support page."""
    blocks = [context(escape(words(wording.FEEDBACK_THANKS)))]
    if helpful:
        return blocks
    entries = [catalog.get(i) for i in others if i in catalog][:MAX_ALTERNATIVES]
    lines = [f"*{escape(words(wording.NOT_HELPFUL_OTHERS))}*",
             *(f"• {entry_link(e, words)}" for e in entries), ""] if entries else []
    lines += [escape(words(wording.NOT_HELPFUL_SUPPORT)),
              f"*{entry_link(catalog.fallback, words)}*"]
    return [*blocks, section("\n".join(lines))]


def with_feedback_thanks(blocks: object, thanks: list[Block],
                         words: Words = ENGLISH) -> list[Block] | None:
    """A posted answer's blocks (as Slack sends them back with the click), the feedback buttons
    replaced by ``thanks``; None when there are no feedback buttons to replace."""
    if not isinstance(blocks, list):
        return None
    kept = [b for b in blocks if isinstance(b, dict)]
    at = next((i for i, b in enumerate(kept) if b.get("block_id") == FEEDBACK_BLOCK), None)
    if at is None:
        return None
    return cap([*kept[:at], *thanks, *kept[at + 1:]], MAX_MESSAGE_BLOCKS,
               escape(words(wording.FEEDBACK_THANKS)))


def answer_after_feedback(entry: Entry, catalog: Catalog, *, helpful: bool,
                          others: Iterable[str] = (), shareable: bool,
                          words: Words = ENGLISH) -> Reply:
    """The answer rebuilt from ids with the thanks in place of the buttons: Slack does not send a
    private (ephemeral) message back with a click, so it cannot be edited block by block."""
    blocks = answer_blocks(entry, catalog, None, words)
    if shareable:
        blocks.append(share_actions(entry, words))
    blocks += feedback_thanks(catalog, helpful=helpful, others=others, words=words)
    return Reply(answer_text(entry, words), blocks)
