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

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.engine.catalog import CRISIS_ID, Catalog, Entry
from bot.engine.matcher import Decision, Match, Result
from bot.engine.thresholds import NONE_BELOW
from bot.text import wording
from bot.text.plain_reply import render

Block = dict[str, Any]

APP_NAME = "Safeguards"  # the bot user's display name in app.yaml
COMMAND = "/safeguards"

MAX_SECTION_CHARS = 3000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BUTTON_CHARS = 75
MAX_MODAL_TITLE_CHARS = 24
MAX_PRIVATE_METADATA_CHARS = 3000
MAX_SUMMARY_CHARS = 1500
# Enough of the question to recognise it; the person typed it, they don't need all of it back.
MAX_ECHO_CHARS = 300

# Action ids of the buttons below; bot/listeners/actions.py registers one listener for each.
SHARE = "share_answer"
PICK = "pick_suggestion"
NONE_OF_THESE = "none_of_these"
HELPFUL = "feedback_helpful"
NOT_HELPFUL = "feedback_not_helpful"
REPLY_IN_THREAD = "reply_in_thread"
ACTION_IDS = (SHARE, PICK, NONE_OF_THESE, HELPFUL, NOT_HELPFUL, REPLY_IN_THREAD)

# The message shortcut (app.yaml's features.shortcuts; bot/listeners/shortcuts.py).
FIND_ARTICLE = "find_article"
FIND_ARTICLE_NAME = "Find Safeguards article"

# The block a feedback click replaces with the thanks.
FEEDBACK_BLOCK = "feedback"
# "Not helpful" offers this many other articles: enough to find the right one, few enough to read.
MAX_ALTERNATIVES = 2
# The triage modal shows the top three, as an agent can weigh three at a glance.
TRIAGE_CANDIDATES = 3
MAX_TRIAGE_SUMMARY_CHARS = 400
_TRIAGE_BLOCK = "triage_"
_TRIAGE_NOTE = "triage_note_"

_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
# Channels a notice may name as <#C…>; DMs (D…) are nobody else's business.
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
_CONVERSATION_ID = re.compile(r"^[CDG][A-Z0-9]{2,}$")
_MESSAGE_TS = re.compile(r"^[0-9]{1,12}\.[0-9]{1,9}$")
_ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QUESTION_ID = re.compile(r"^[0-9a-f]{32}$")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


@dataclass(frozen=True)
class Reply:
    """A message: ``text`` is the plain fallback for notifications and screen readers."""

    text: str
    blocks: list[Block]

    def message(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


@dataclass(frozen=True)
class ButtonRef:
    """What a button carries back to the bot: catalog ids and the question-log id, never words.

    Encoded as ids separated by spaces ("appeals 3f2a… usage-policy get-support"), which no id can
    contain. A bare entry id, as buttons posted before feedback existed carry, still decodes.
    """

    entry_id: str
    question_id: str | None = None
    # Other articles to offer after "Not helpful" (or the other suggestions, for a pick).
    others: tuple[str, ...] = ()

    def encode(self) -> str:
        parts = [self.entry_id]
        if self.question_id or self.others:
            parts.append(self.question_id or "-")
        return " ".join([*parts, *self.others[:MAX_ALTERNATIVES]])

    @classmethod
    def decode(cls, value: object) -> ButtonRef:
        """Never raises: the value comes back from Slack, but a request can carry anything."""
        parts = value.split(" ") if isinstance(value, str) else []
        entry = parts[0] if parts else ""
        question = parts[1] if len(parts) > 1 and _QUESTION_ID.match(parts[1]) else None
        others = tuple(p for p in parts[2:2 + MAX_ALTERNATIVES] if _ENTRY_ID.match(p))
        return cls(entry, question, others)


@dataclass(frozen=True)
class TriageContext:
    """What the triage modal remembers about the message it was opened on: ids, never its text.

    Kept in the view's ``private_metadata``, which Slack sends back with every click in it.
    """

    channel: str
    message_ts: str
    thread_ts: str | None = None
    question_id: str | None = None
    crisis: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def reply_ts(self) -> str:
        """The thread to reply in: the message's own thread, or a new one under it."""
        return self.thread_ts or self.message_ts

    def to_metadata(self) -> str:
        return json.dumps({"channel": self.channel, "ts": self.message_ts,
                           "thread_ts": self.thread_ts, "question_id": self.question_id,
                           "crisis": self.crisis, "candidates": list(self.candidates)},
                          separators=(",", ":"))

    @classmethod
    def from_metadata(cls, text: object) -> TriageContext | None:
        """The context, or None for anything this bot did not write (never raises)."""
        try:
            data = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        channel, ts, thread_ts = data.get("channel"), data.get("ts"), data.get("thread_ts")
        if not (isinstance(channel, str) and _CONVERSATION_ID.match(channel)
                and isinstance(ts, str) and _MESSAGE_TS.match(ts)):
            return None
        if not (isinstance(thread_ts, str) and _MESSAGE_TS.match(thread_ts)):
            thread_ts = None
        question_id = data.get("question_id")
        if not (isinstance(question_id, str) and _QUESTION_ID.match(question_id)):
            question_id = None
        candidates = data.get("candidates")
        if not isinstance(candidates, list):
            candidates = []
        return cls(channel, ts, thread_ts, question_id, data.get("crisis") is True,
                   tuple(c for c in candidates if isinstance(c, str) and _ENTRY_ID.match(c)))


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


def _alternatives(ranked: Iterable[Match], catalog: Catalog, chosen: str) -> tuple[str, ...]:
    """The next best articles to offer if ``chosen`` does not help. The crisis article is offered
    by crisis detection alone, never as a "maybe"; the support page is linked anyway."""
    skip = {chosen, CRISIS_ID, catalog.fallback_id}
    return tuple(m.entry.id for m in ranked if m.entry.id not in skip)[:MAX_ALTERNATIVES]


def _feedback_actions(ref: ButtonRef, title: str) -> Block:
    value = ref.encode()
    return {
        "type": "actions",
        "block_id": FEEDBACK_BLOCK,
        "elements": [
            button("Helpful", HELPFUL, value, label=f"{title}: helpful"),
            button("Not helpful", NOT_HELPFUL, value, label=f"{title}: not helpful"),
        ],
    }


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
               question: str | None = None, question_id: str | None = None) -> Reply:
    """The reply to ``result``. ``shareable``: it is private, offer "Share in channel".
    ``question``: echo it (escaped) where the person cannot otherwise see what they asked.
    ``question_id``: its question-log id, for the feedback buttons of an answer."""
    text = render(result, catalog)
    if result.decision is Decision.CRISIS:
        # No echo, no buttons: warm words first, nothing that reads like a ticket or a survey.
        return Reply(text, crisis_blocks(result.matches))
    head = [_asked(question)] if question else []
    if result.decision is Decision.ANSWER:
        match = result.matches[0]
        blocks = head + _answer_blocks(match.entry, catalog, match.confidence)
        if shareable:
            blocks.append(_share_actions(match.entry))
        if question_id:
            others = _alternatives(result.ranked, catalog, match.entry.id)
            blocks.append(_feedback_actions(ButtonRef(match.entry.id, question_id, others),
                                            match.entry.title))
        return Reply(text, blocks)
    if result.decision is Decision.SUGGEST:
        return Reply(text, head + suggest_blocks(result.matches, question_id=question_id))
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


def suggest_blocks(matches: tuple[Match, ...], *, question_id: str | None = None) -> list[Block]:
    """"Did you mean": each button carries its entry, the question id and the other suggestions,
    so the picked answer can take feedback and offer the others after "Not helpful"."""
    ids = [m.entry.id for m in matches]
    blocks = [section(escape(wording.SUGGEST_LEAD))]
    for match in matches:
        entry = match.entry
        others = tuple(i for i in ids if i != entry.id) if question_id else ()
        value = ButtonRef(entry.id, question_id, others).encode()
        blocks.append(section(
            _entry_text(entry),
            block_id=f"suggest_{entry.id}",
            accessory=button("This one", PICK, value, label=f"Show {entry.title}"),
        ))
    blocks.append({
        "type": "actions",
        "block_id": "suggest_actions",
        "elements": [button("None of these", NONE_OF_THESE,
                            ButtonRef("none", question_id).encode())],
    })
    return blocks


def none_blocks(catalog: Catalog) -> list[Block]:
    fallback = catalog.fallback
    return [section(f"{escape(wording.NONE_TEXT)}\n*{link(fallback.url, fallback.title)}*")]


def picked(entry: Entry, catalog: Catalog, *, shareable: bool,
           ref: ButtonRef | None = None) -> Reply:
    """A suggestion the person chose: it replaces the "Did you mean" message. ``ref``: what the
    suggestion's button carried; with a question id, the answer takes feedback."""
    blocks = _answer_blocks(entry, catalog, confidence=None)
    if shareable:
        blocks.append(_share_actions(entry))
    if ref is not None and ref.question_id:
        blocks.append(_feedback_actions(ButtonRef(entry.id, ref.question_id, ref.others),
                                        entry.title))
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


# -- feedback -----------------------------------------------------------------------------------


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
    return _cap([*kept[:at], *thanks, *kept[at + 1:]], MAX_MESSAGE_BLOCKS, wording.FEEDBACK_THANKS)


def answer_after_feedback(entry: Entry, catalog: Catalog, *, helpful: bool,
                          others: Iterable[str] = (), shareable: bool) -> Reply:
    """The answer rebuilt from ids with the thanks in place of the buttons: Slack does not send a
    private (ephemeral) message back with a click, so it cannot be edited block by block."""
    blocks = _answer_blocks(entry, catalog, confidence=None)
    if shareable:
        blocks.append(_share_actions(entry))
    blocks += feedback_thanks(catalog, helpful=helpful, others=others)
    return Reply(f"{wording.ANSWER_LEAD} {entry.title} <{entry.url}>", blocks)


# -- triage: the "Find Safeguards article" message shortcut ---------------------------------------


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
    for entry, fit in candidates:
        summary = escape(_fit(entry.summary, MAX_TRIAGE_SUMMARY_CHARS))
        blocks.append(section(
            f"*{link(entry.url, entry.title)}*\n{summary}",
            block_id=f"{_TRIAGE_BLOCK}{entry.id}",
            accessory=button("Reply in thread", REPLY_IN_THREAD, entry.id,
                             label=f"Reply in the thread with {entry.title}"),
        ))
        blocks.append(context(escape(fit)))
    blocks.append(context("*Reply in thread* posts the article under the message, for everyone "
                          "in the conversation, credited to you."))
    return _modal(blocks, origin.to_metadata())


def _modal(blocks: list[Block], metadata: str) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": FIND_ARTICLE,
        "title": _plain(f"{APP_NAME} articles", MAX_MODAL_TITLE_CHARS),
        "close": _plain("Close", MAX_MODAL_TITLE_CHARS),
        "private_metadata": metadata[:MAX_PRIVATE_METADATA_CHARS],
        "blocks": _cap(blocks, MAX_VIEW_BLOCKS, "…and more."),
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


TRIAGE_POSTED = ":white_check_mark: Posted in the thread."
TRIAGE_GONE = f"This can't be posted any more: run *{FIND_ARTICLE_NAME}* on the message again."


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
    blocks = _answer_blocks(entry, catalog, confidence=None)
    if _SLACK_USER_ID.match(agent_id):
        blocks.append(context(f"Shared by <@{agent_id}> with *{FIND_ARTICLE_NAME}*"))
    if ref is not None and ref.question_id:
        blocks.append(_feedback_actions(ref, entry.title))
    return Reply(f"{wording.ANSWER_LEAD} {entry.title} <{entry.url}>", blocks)


# -- escalation ---------------------------------------------------------------------------------

_SURFACE_NAMES = {
    "command": f"`{COMMAND}`",
    "mention": "a mention of the bot",
    "dm": "a direct message to the bot",
    "shortcut": f"*{FIND_ARTICLE_NAME}* on a message",
    "pick": "a suggestion the person picked",
}


def escalation_notice(entry: Entry, surface: str, channel: str | None, permalink: str | None,
                      *, has_message: bool = True) -> Reply:
    """The notice for the escalation channel: topic, surface, link. Never the question: whoever
    reads the channel opens the message where Slack's own permissions decide who may see it.
    ``has_message``: False when there is no message to link (a private answer)."""
    how = _SURFACE_NAMES.get(surface, "Slack")
    where = f" in <#{channel}>" if channel and _CHANNEL_ID.match(channel) else ""
    if permalink:
        follow = f"<{permalink}|Open the message>"
    elif surface == "command":
        follow = f"There is no message to link: `{COMMAND}` answers are private."
    elif not has_message:
        follow = "There is no message to link: the answer was private."
    else:
        follow = "No link: Slack did not give one."
    blocks = [
        section(f":rotating_light: *A question needs a specialist:* "
                f"*{link(entry.url, entry.title)}*"),
        section(f"Asked via {how}{where}. {follow}"),
        context("The question is not copied here: open the message to read it."),
    ]
    text = (f"A question needs a specialist: {entry.title}, asked via {how}{where}"
            + (f": {permalink}" if permalink else "."))
    return Reply(text, blocks)


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
