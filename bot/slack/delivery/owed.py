"""What a listener owes: an outbox row built from ids, and what may only ever live in memory.

Each kind of reply is a short, fixed list of Slack calls (``STEPS``); a row records how many are
done (``step``), so a reply taken over after a crash resumes where it stopped. Rows are made here
from values that have the shape of Slack ids, catalog ids, question ids or a ``response_url``, and
nothing else: a value of any other shape is dropped, so no text can reach the database by mistake.

``Extras`` are what a reply may show but the database must not keep: the question echoed back to
the person who asked it (``/safeguards``), the blocks of a message being edited (Slack sends them
with the click) and the triage modal being annotated. They stay in this process's memory; a reply
sent by another replica, or after a restart, is rendered from the ids alone (no echo; an edited
message rebuilt from its article; no note in a modal that is long closed).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from bot.engine.catalog import ENTRY_ID
from bot.engine.help_center import DEFAULT_LOCALE, LOCALES
from bot.slack.answers import Answer
from bot.slack.delivery.timings import DeliveryTimings
from bot.slack.id_patterns import CONVERSATION_ID, MESSAGE_TS, TEAM_ID, USER_ID
from bot.store.outbox import OutboxRow
from bot.store.question_log import QUESTION_ID

# The kinds of reply and their Slack calls, in order.
ANSWER = "answer"  # a question's reply (command, mention, DM), then the escalation notice
HOME = "home"  # the App Home tab
PICK = "pick"  # a suggestion picked, then its escalation notice
DECLINED = "declined"  # "None of these", or a button naming an article that is gone
SHARE = "share"  # the answer posted for everyone, then the private copy deleted
FEEDBACK = "feedback"  # thanks in place of the buttons; a private thanks if that was refused
TRIAGE_POST = "triage_post"  # "Reply in thread", a note in the modal, the escalation notice
TRIAGE_NOTE = "triage_note"  # a note in the modal: the article cannot be posted any more
DIGEST = "digest"  # the weekly digest, rendered from the database when sent (bot/slack/digest.py)

STEPS: dict[str, tuple[str, ...]] = {
    ANSWER: ("reply", "escalation"),
    HOME: ("publish",),
    PICK: ("reply", "escalation"),
    DECLINED: ("reply",),
    SHARE: ("post", "delete"),
    FEEDBACK: ("edit", "thanks"),
    TRIAGE_POST: ("post", "note", "escalation"),
    TRIAGE_NOTE: ("note",),
    DIGEST: ("post",),
}

# What each kind is called in the log.
LABELS = {ANSWER: "reply", HOME: "home", PICK: "picked answer", DECLINED: "support link",
          SHARE: "shared answer", FEEDBACK: "feedback", TRIAGE_POST: "reply in thread",
          TRIAGE_NOTE: "triage note", DIGEST: "weekly digest"}

# Option words a row may carry, and nothing else.
OPTIONS = frozenset({"shareable", "ephemeral", "helpful", "not_helpful"})
# Decisions of an answer: the matcher's, plus the two replies that need no question.
DECISIONS = frozenset({"answer", "suggest", "none", "crisis", "help", "list"})
SURFACES = frozenset({"command", "mention", "dm", "home", "pick", "none_of_these", "unknown",
                      "share", "feedback", "shortcut", "digest"})
_VIEW_ID = re.compile(r"^V[A-Z0-9]{2,}$")
_RESPONSE_URL = re.compile(r"^https?://[^\s<>|\"']{1,500}$")
_WORD = re.compile(r"^[a-z_]{1,20}$")


@dataclass(frozen=True)
class Extras:
    """In memory only: see the module docstring."""

    echo: str | None = None
    message_text: str | None = None
    message_blocks: list[dict[str, Any]] | None = None
    view: dict[str, Any] | None = None
    view_locale: str | None = None  # the language of ``view`` (the agent's)


def _shaped(pattern: re.Pattern[str], value: object) -> str | None:
    return value if isinstance(value, str) and pattern.match(value) else None


def owed(kind: str, surface: str, timings: DeliveryTimings, now: float, *,
         channel: object = None, thread_ts: object = None, message_ts: object = None,
         response_url: object = None, user_id: object = None, team_id: object = None,
         view_id: object = None,
         decision: str | None = None, entry_ids: tuple[str, ...] = (),
         confidences: tuple[float, ...] = (), ranked_ids: tuple[str, ...] = (),
         crisis_kind: str | None = None, crisis_level: str | None = None,
         question_id: object = None, options: frozenset[str] = frozenset(),
         escalate_id: str | None = None, locale: str = DEFAULT_LOCALE) -> OutboxRow:
    """An outbox row of ``kind``, keeping only values of the right shape."""
    if kind not in STEPS or surface not in SURFACES:
        raise ValueError(f"unknown reply kind {kind!r} or surface {surface!r}")
    url = _shaped(_RESPONSE_URL, response_url)
    # Slack takes posts to a response_url for 30 minutes; other replies keep for the setting.
    ttl = timings.response_url_ttl_seconds if url else timings.reply_ttl_seconds
    entries = tuple(e for e in entry_ids if ENTRY_ID.match(e))
    ranked = tuple(e for e in ranked_ids if ENTRY_ID.match(e))
    return OutboxRow(
        id=uuid.uuid4().hex, kind=kind, surface=surface, created_at=now, deliver_by=now + ttl,
        channel=_shaped(CONVERSATION_ID, channel), thread_ts=_shaped(MESSAGE_TS, thread_ts),
        message_ts=_shaped(MESSAGE_TS, message_ts), response_url=url,
        user_id=_shaped(USER_ID, user_id), team_id=_shaped(TEAM_ID, team_id),
        view_id=_shaped(_VIEW_ID, view_id),
        decision=decision if decision in DECISIONS else None,
        # Confidences: of the entries, then of the ranked candidates.
        entry_ids=entries, ranked_ids=ranked,
        confidences=tuple(float(c) for c in confidences[:len(entries) + len(ranked)]),
        crisis_kind=_shaped(_WORD, crisis_kind), crisis_level=_shaped(_WORD, crisis_level),
        question_id=_shaped(QUESTION_ID, question_id), options=options & OPTIONS,
        escalate_id=escalate_id if escalate_id and ENTRY_ID.match(escalate_id) else None,
        locale=locale if locale in LOCALES else DEFAULT_LOCALE,
    )


def answer_fields(answer: Answer | None, decision: str = "help") -> dict[str, Any]:
    """The ids of an answer to a question, for ``owed`` (None: a reply that needs no question,
    ``decision`` "help" or "list")."""
    result = answer.result if answer is not None else None
    if answer is None or result is None:
        return {"decision": decision}
    return {
        "decision": result.decision.value,
        "entry_ids": tuple(m.entry.id for m in result.matches),
        "confidences": tuple(m.confidence for m in (*result.matches, *result.ranked)),
        "ranked_ids": tuple(m.entry.id for m in result.ranked),
        "crisis_kind": result.crisis_kind.value if result.crisis_kind else None,
        "crisis_level": result.crisis_level.value if result.crisis_level else None,
        "question_id": answer.question_id,
        "escalate_id": answer.escalate.id if answer.escalate else None,
    }
