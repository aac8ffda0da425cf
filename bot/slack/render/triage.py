"""The "Find Safeguards article" modal: an agent's private list of candidates for a message, and
what "Reply in thread" posts under it."""

from __future__ import annotations

from typing import Any

from bot.engine.catalog import CRISIS_ID, Catalog, Entry
from bot.engine.matcher import Decision, Match, Result
from bot.engine.thresholds import NONE_BELOW
from bot.slack.blocks import (
    MAX_MODAL_TITLE_CHARS,
    MAX_PRIVATE_METADATA_CHARS,
    MAX_VIEW_BLOCKS,
    Block,
    Reply,
    button,
    cap,
    context,
    escape,
    fit,
    link,
    plain,
    section,
)
from bot.slack.button_values import ButtonRef, TriageContext
from bot.slack.id_patterns import USER_ID
from bot.slack.manifest_ids import APP_NAME, FIND_ARTICLE, FIND_ARTICLE_NAME, REPLY_IN_THREAD
from bot.slack.render.answer import answer_blocks, answer_text, crisis_blocks, feedback_actions
from bot.text import wording

# The modal shows the top three, as an agent can weigh three at a glance.
TRIAGE_CANDIDATES = 3
MAX_TRIAGE_SUMMARY_CHARS = 400
_TRIAGE_BLOCK = "triage_"
_TRIAGE_NOTE = "triage_note_"

TRIAGE_POSTED = ":white_check_mark: Posted in the thread."
TRIAGE_GONE = f"This can't be posted any more: run *{FIND_ARTICLE_NAME}* on the message again."


def triage_candidates(result: Result | None, catalog: Catalog) -> list[tuple[Entry, str]]:
    """The articles to offer an agent, best first, each with what to say about its fit."""
    if result is None:  # nothing to match: the support page is the one thing to offer
        return [(catalog.fallback, "The support team, for anything no article covers")]
    crisis = result.decision is Decision.CRISIS
    chosen: list[tuple[Entry, str]] = []
    if crisis:
        chosen.append((catalog.crisis, "Flagged: this message reads as someone in distress"))
    ranked = [m for m in result.ranked if not (crisis and m.entry.id == CRISIS_ID)]
    chosen += [(m.entry, _triage_confidence(m.confidence)) for m in ranked[:TRIAGE_CANDIDATES]]
    weak = result.decision is Decision.NONE or not ranked
    if weak and all(entry.id != catalog.fallback_id for entry, _ in chosen):
        chosen.append((catalog.fallback, "The support team, when no article fits"))
    return chosen


def _triage_confidence(confidence: float) -> str:
    # Candidates below the "none" threshold are shown to an agent (who judges), labelled Low.
    label = wording.confidence_label(confidence) if confidence >= NONE_BELOW else "Low"
    return f"Confidence: {label} ({round(confidence * 100)}%)"


def triage_view(result: Result | None, catalog: Catalog, *, channel: str, message_ts: str,
                thread_ts: str | None = None, question_id: str | None = None) -> dict[str, Any]:
    """The modal an agent sees: the top articles for a message (``result``; None when the message
    had no text), each with "Reply in thread", a crisis flag first when the message is one."""
    candidates = triage_candidates(result, catalog)
    crisis = result is not None and result.decision is Decision.CRISIS
    origin = TriageContext(channel, message_ts, thread_ts, question_id, crisis,
                           tuple(entry.id for entry, _ in candidates))
    blocks: list[Block] = []
    if crisis:
        blocks.append(section(f"*{escape(wording.TRIAGE_CRISIS_FLAG)}*", block_id="triage_crisis"))
    if result is None:
        lead = wording.TRIAGE_NO_TEXT
    elif result.decision is Decision.NONE or not result.ranked:
        lead = wording.TRIAGE_NONE
    else:
        lead = wording.TRIAGE_LEAD
    blocks.append(section(escape(lead)))
    for entry, fit_note in candidates:
        summary = escape(fit(entry.summary, MAX_TRIAGE_SUMMARY_CHARS))
        blocks.append(section(
            f"*{link(entry.url, entry.title)}*\n{summary}",
            block_id=f"{_TRIAGE_BLOCK}{entry.id}",
            accessory=button("Reply in thread", REPLY_IN_THREAD, entry.id,
                             label=f"Reply in the thread with {entry.title}"),
        ))
        blocks.append(context(escape(fit_note)))
    blocks.append(context("*Reply in thread* posts the article under the message, for everyone "
                          "in the conversation, credited to you."))
    return _modal(blocks, origin.to_metadata())


def _modal(blocks: list[Block], metadata: str) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": FIND_ARTICLE,
        "title": plain(f"{APP_NAME} articles", MAX_MODAL_TITLE_CHARS),
        "close": plain("Close", MAX_MODAL_TITLE_CHARS),
        "private_metadata": metadata[:MAX_PRIVATE_METADATA_CHARS],
        "blocks": cap(blocks, MAX_VIEW_BLOCKS, "…and more."),
    }


def triage_noted(view: object, entry_id: str, note: str, *, posted: bool) -> dict[str, Any]:
    """The modal again (as Slack sent it back with the click) with ``note`` under ``entry_id``'s
    candidate; once ``posted``, its button goes, so one click posts once."""
    view = view if isinstance(view, dict) else {}
    block_id, note_id = f"{_TRIAGE_BLOCK}{entry_id}", f"{_TRIAGE_NOTE}{entry_id}"
    blocks: list[Block] = []
    for block in view.get("blocks") or []:
        if not isinstance(block, dict) or block.get("block_id") == note_id:
            continue  # an earlier note on this candidate: replaced below
        if block.get("block_id") == block_id:
            block = {k: v for k, v in block.items() if not (posted and k == "accessory")}
            blocks += [block, {**context(note), "block_id": note_id}]
        else:
            blocks.append(block)
    metadata = view.get("private_metadata")
    return _modal(blocks, metadata if isinstance(metadata, str) else "")


def triage_not_posted(error: str) -> str:
    """The note when "Reply in thread" failed; ``error`` is Slack's error code."""
    code = f"(Slack said `{escape(error.replace('`', ''))}`)"
    if error in ("not_in_channel", "channel_not_found"):
        return (f"Not posted: I'm not in that conversation. In a channel, add me with "
                f"`/invite @{APP_NAME}`, then try again. {code}")
    return f"Not posted. Try again in a moment. {code}"


def triage_reply(entry: Entry, catalog: Catalog, agent_id: str,
                 ref: ButtonRef | None = None) -> Reply:
    """The article posted in the message's thread by "Reply in thread", for everyone to see."""
    if entry.id == CRISIS_ID:
        # The words the bot itself opens a crisis reply with; no credit line and no buttons.
        text = f"{wording.CRISIS_OPENING} {wording.CRISIS_HELP} {entry.title} <{entry.url}>"
        return Reply(text, crisis_blocks((Match(entry, 1.0),)))
    blocks = answer_blocks(entry, catalog, confidence=None)
    if USER_ID.match(agent_id):
        blocks.append(context(f"Shared by <@{agent_id}> with *{FIND_ARTICLE_NAME}*"))
    if ref is not None and ref.question_id:
        blocks.append(feedback_actions(ref, entry.title))
    return Reply(answer_text(entry), blocks)
