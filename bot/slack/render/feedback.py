"""After Helpful / Not helpful: thanks in place of the buttons, and after "Not helpful" the other
candidates and the support page."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.catalog import Catalog, Entry
from bot.slack.blocks import MAX_MESSAGE_BLOCKS, Block, Reply, cap, context, escape, link, section
from bot.slack.button_values import MAX_ALTERNATIVES
from bot.slack.render.answer import FEEDBACK_BLOCK, answer_blocks, answer_text, share_actions
from bot.text import wording


def feedback_thanks(catalog: Catalog, *, helpful: bool, others: Iterable[str] = ()) -> list[Block]:
    """What replaces the feedback buttons: thanks, and after "Not helpful" the other candidates
    and the support page."""
    blocks = [context(escape(wording.FEEDBACK_THANKS))]
    if helpful:
        return blocks
    entries = [catalog.get(i) for i in others if i in catalog][:MAX_ALTERNATIVES]
    lines = [f"*{escape(wording.NOT_HELPFUL_OTHERS)}*",
             *(f"• {link(e.url, e.title)}" for e in entries), ""] if entries else []
    fallback = catalog.fallback
    lines += [escape(wording.NOT_HELPFUL_SUPPORT), f"*{link(fallback.url, fallback.title)}*"]
    return [*blocks, section("\n".join(lines))]


def with_feedback_thanks(blocks: object, thanks: list[Block]) -> list[Block] | None:
    """A posted answer's blocks (as Slack sends them back with the click), the feedback buttons
    replaced by ``thanks``; None when there are no feedback buttons to replace."""
    if not isinstance(blocks, list):
        return None
    kept = [b for b in blocks if isinstance(b, dict)]
    at = next((i for i, b in enumerate(kept) if b.get("block_id") == FEEDBACK_BLOCK), None)
    if at is None:
        return None
    return cap([*kept[:at], *thanks, *kept[at + 1:]], MAX_MESSAGE_BLOCKS, wording.FEEDBACK_THANKS)


def answer_after_feedback(entry: Entry, catalog: Catalog, *, helpful: bool,
                          others: Iterable[str] = (), shareable: bool) -> Reply:
    """The answer rebuilt from ids with the thanks in place of the buttons: Slack does not send a
    private (ephemeral) message back with a click, so it cannot be edited block by block."""
    blocks = answer_blocks(entry, catalog, confidence=None)
    if shareable:
        blocks.append(share_actions(entry))
    blocks += feedback_thanks(catalog, helpful=helpful, others=others)
    return Reply(answer_text(entry), blocks)
