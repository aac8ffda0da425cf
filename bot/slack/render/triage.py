"""The "Find Safeguards article" modal: an agent's private list of candidates for a message, and
what "Reply in thread" posts under it.

The modal is in the agent's language; what it posts is in the language of the message it answers
(``TriageContext.locale``), since everyone in that conversation reads it.
"""

from __future__ import annotations

from typing import Any

from bot.engine.catalog import CRISIS_ID, Catalog, Entry
from bot.engine.matcher import Decision, Match, Result
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
    filled,
    fit,
    plain,
    section,
)
from bot.slack.button_values import ButtonRef, TriageContext
from bot.slack.id_patterns import USER_ID
from bot.slack.manifest_ids import (
    APP_NAME,
    COMMAND,
    FIND_ARTICLE,
    FIND_ARTICLE_NAME,
    REPLY_IN_THREAD,
)
from bot.slack.render.answer import (
    answer_blocks,
    answer_text,
    crisis_blocks,
    entry_link,
    feedback_actions,
    shared_by,
)
from bot.text import wording
from bot.text.plain_reply import link_text
from bot.text.words import ENGLISH, Words

# The modal shows the top three, as an agent can weigh three at a glance.
TRIAGE_CANDIDATES = 3
MAX_TRIAGE_SUMMARY_CHARS = 400
_TRIAGE_BLOCK = "triage_"
_TRIAGE_NOTE = "triage_note_"


def triage_posted(words: Words = ENGLISH) -> str:
    return f":white_check_mark: {escape(words(wording.TRIAGE_POSTED))}"


def triage_gone(words: Words = ENGLISH) -> str:
    return filled(words(wording.TRIAGE_GONE), shortcut=f"*{FIND_ARTICLE_NAME}*")


def triage_candidates(result: Result | None, catalog: Catalog,
                      words: Words = ENGLISH) -> list[tuple[Entry, str]]:
    """The articles to offer an agent, best first, each with what to say about its fit."""
    if result is None:  # nothing to match: the support page is the one thing to offer
        return [(catalog.fallback, words(wording.TRIAGE_SUPPORT_ANYTHING))]
    crisis = result.decision is Decision.CRISIS
    chosen: list[tuple[Entry, str]] = []
    if crisis:
        chosen.append((catalog.crisis, words(wording.TRIAGE_FLAGGED)))
    ranked = [m for m in result.ranked if not (crisis and m.entry.id == CRISIS_ID)]
    chosen += [(m.entry, words.triage_confidence(m.confidence))
               for m in ranked[:TRIAGE_CANDIDATES]]
    weak = result.decision is Decision.NONE or not ranked
    if weak and all(entry.id != catalog.fallback_id for entry, _ in chosen):
        chosen.append((catalog.fallback, words(wording.TRIAGE_SUPPORT_NO_FIT)))
    return chosen


def triage_view(result: Result | None, catalog: Catalog, *, channel: str, message_ts: str,
                thread_ts: str | None = None, question_id: str | None = None,
                words: Words = ENGLISH, reply_locale: str | None = None) -> dict[str, Any]:
    """The modal an agent sees (in ``words``' language): the top articles for a message
    (``result``; None when the message had no text), each with "Reply in thread", a crisis flag
    first when the message is one. ``reply_locale``: the language to post in."""
    candidates = triage_candidates(result, catalog, words)
    crisis = result is not None and result.decision is Decision.CRISIS
    origin = TriageContext(channel, message_ts, thread_ts, question_id, crisis,
                           tuple(entry.id for entry, _ in candidates), reply_locale,
                           words.locale)
    blocks: list[Block] = []
    if crisis:
        blocks.append(section(f"*{escape(words(wording.TRIAGE_CRISIS_FLAG))}*",
                              block_id="triage_crisis"))
    if result is None:
        lead = filled(words(wording.TRIAGE_NO_TEXT), command=f"`{COMMAND}`")
    elif result.decision is Decision.NONE or not result.ranked:
        lead = escape(words(wording.TRIAGE_NONE))
    else:
        lead = escape(words(wording.TRIAGE_LEAD))
    blocks.append(section(lead))
    for entry, fit_note in candidates:
        summary = escape(fit(words.summary(entry), MAX_TRIAGE_SUMMARY_CHARS))
        blocks.append(section(
            f"*{entry_link(entry, words)}*\n{summary}",
            block_id=f"{_TRIAGE_BLOCK}{entry.id}",
            accessory=button(words(wording.TRIAGE_REPLY_BUTTON), REPLY_IN_THREAD, entry.id,
                             label=words(wording.TRIAGE_REPLY_LABEL, title=words.title(entry))),
        ))
        blocks.append(context(escape(fit_note)))
    reply = f"*{escape(words(wording.TRIAGE_REPLY_BUTTON))}*"
    blocks.append(context(filled(words(wording.TRIAGE_FOOTER), reply_in_thread=reply)))
    return _modal(blocks, origin.to_metadata(), words)


def _modal(blocks: list[Block], metadata: str, words: Words) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": FIND_ARTICLE,
        "title": plain(words(wording.TRIAGE_TITLE, app=APP_NAME), MAX_MODAL_TITLE_CHARS),
        "close": plain(words(wording.CLOSE), MAX_MODAL_TITLE_CHARS),
        "private_metadata": metadata[:MAX_PRIVATE_METADATA_CHARS],
        "blocks": cap(blocks, MAX_VIEW_BLOCKS, escape(words(wording.MORE))),
    }


def triage_noted(view: object, entry_id: str, note: str, *, posted: bool,
                 words: Words = ENGLISH) -> dict[str, Any]:
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
    modal = _modal(blocks, metadata if isinstance(metadata, str) else "", words)
    # The modal keeps the title it was opened with (the agent's language then).
    if isinstance(view.get("title"), dict) and view["title"].get("text"):
        modal["title"] = plain(str(view["title"]["text"]), MAX_MODAL_TITLE_CHARS)
    if isinstance(view.get("close"), dict) and view["close"].get("text"):
        modal["close"] = plain(str(view["close"]["text"]), MAX_MODAL_TITLE_CHARS)
    return modal


def triage_not_posted(error: str, words: Words = ENGLISH) -> str:
    """The note when "Reply in thread" failed; ``error`` is Slack's error code."""
    code = filled(words(wording.SLACK_SAID), code=f"`{escape(error.replace('`', ''))}`")
    if error in ("not_in_channel", "channel_not_found"):
        return filled(words(wording.TRIAGE_NOT_IN_CHANNEL), invite=f"`/invite @{APP_NAME}`",
                      slack_said=code)
    return filled(words(wording.TRIAGE_NOT_POSTED), slack_said=code)


def triage_reply(entry: Entry, catalog: Catalog, agent_id: str,
                 ref: ButtonRef | None = None, words: Words = ENGLISH) -> Reply:
    """The article posted in the message's thread by "Reply in thread", for everyone to see."""
    if entry.id == CRISIS_ID:
        # The words the bot itself opens a crisis reply with; no credit line and no buttons.
        opening, help_line = words.crisis(None, None)
        text = f"{opening} {help_line} {link_text(entry, words)}"
        return Reply(text, crisis_blocks((Match(entry, 1.0),), words=words))
    blocks = answer_blocks(entry, catalog, None, words)
    if USER_ID.match(agent_id):
        blocks.append(context(shared_by(agent_id, f"*{FIND_ARTICLE_NAME}*", words)))
    if ref is not None and ref.question_id:
        blocks.append(feedback_actions(ref, words.title(entry), words))
    return Reply(answer_text(entry, words), blocks)

