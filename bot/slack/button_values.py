"""What buttons and modals carry back to the bot: catalog ids and question-log ids, never words.

Slack sends a button's ``value`` and a view's ``private_metadata`` back with every click, and a
request can carry anything: decoding never raises, and keeps only values of the right shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.engine.catalog import ENTRY_ID
from bot.engine.help_center import LOCALES
from bot.slack.id_patterns import CONVERSATION_ID, MESSAGE_TS
from bot.store.question_log import QUESTION_ID

# "Not helpful" offers this many other articles: enough to find the right one, few enough to read.
MAX_ALTERNATIVES = 2


@dataclass(frozen=True)
class ButtonRef:
    """What a button carries back to the bot.

    Encoded as ids separated by spaces ("appeals 3f2a… usage-policy get-support @fr"), which no
    id can contain; the last, after "@", is the language the message was written in, so what a
    click shows next is in the same language. A bare entry id, as buttons posted before feedback
    existed carry, still decodes.
    """

    entry_id: str
    question_id: str | None = None
    # Other articles to offer after "Not helpful" (or the other suggestions, for a pick).
    others: tuple[str, ...] = ()
    locale: str | None = None

    def encode(self) -> str:
        parts = [self.entry_id]
        if self.question_id or self.others:
            parts.append(self.question_id or "-")
        parts += self.others[:MAX_ALTERNATIVES]
        if self.locale in LOCALES:
            parts.append(f"@{self.locale}")
        return " ".join(parts)

    @classmethod
    def decode(cls, value: object) -> ButtonRef:
        """Never raises: the value comes back from Slack, but a request can carry anything."""
        parts = value.split(" ") if isinstance(value, str) else []
        locale = None
        if parts and parts[-1].startswith("@"):
            tail = parts.pop()[1:]
            locale = tail if tail in LOCALES else None
        entry = parts[0] if parts else ""
        question = parts[1] if len(parts) > 1 and QUESTION_ID.match(parts[1]) else None
        others = tuple(p for p in parts[2:2 + MAX_ALTERNATIVES] if ENTRY_ID.match(p))
        return cls(entry, question, others, locale)


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
    # The language to post "Reply in thread" in (the message's), and the modal's (the agent's).
    locale: str | None = None
    modal_locale: str | None = None

    @property
    def reply_ts(self) -> str:
        """The thread to reply in: the message's own thread, or a new one under it."""
        return self.thread_ts or self.message_ts

    def to_metadata(self) -> str:
        return json.dumps({"channel": self.channel, "ts": self.message_ts,
                           "thread_ts": self.thread_ts, "question_id": self.question_id,
                           "crisis": self.crisis, "candidates": list(self.candidates),
                           "locale": self.locale, "modal": self.modal_locale},
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
        if not (isinstance(channel, str) and CONVERSATION_ID.match(channel)
                and isinstance(ts, str) and MESSAGE_TS.match(ts)):
            return None
        if not (isinstance(thread_ts, str) and MESSAGE_TS.match(thread_ts)):
            thread_ts = None
        question_id = data.get("question_id")
        if not (isinstance(question_id, str) and QUESTION_ID.match(question_id)):
            question_id = None
        candidates = data.get("candidates")
        if not isinstance(candidates, list):
            candidates = []
        locale, modal = data.get("locale"), data.get("modal")
        return cls(channel, ts, thread_ts, question_id, data.get("crisis") is True,
                   tuple(c for c in candidates if isinstance(c, str) and ENTRY_ID.match(c)),
                   locale if locale in LOCALES else None, modal if modal in LOCALES else None)
