"""The privacy-safe question log: one row per question, written without ever slowing the bot.

What is kept: time, surface, decision, article, confidence, feedback and a keyed hash of the Slack
user id (so "how many people" can be counted, but nobody can be looked up); the matcher's nearest
entry even below the answer threshold (an id: the maintainers' gap groups) and the question's
language when it is clear (a locale code: the report's counts). Question text is kept
only when the operator opts in, and then only for the questions a maintainer must read to improve
the catalog: those the bot declined ("none") and those a person marked "Not helpful". Text of a
crisis question is never kept, whatever the setting: it is the most sensitive thing anyone types.

``record()`` runs inside a Slack acknowledgement, which must happen within three seconds whatever
the disk is doing. So it only prepares a row and hands it to the background writer
(``bot.store.question_log_writer``), which queues it and writes batches. A full queue drops the row
(counted, logged by number); a failing or locked file loses the batch (counted, logged now and
then). Neither ever reaches the caller.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType

from bot.engine.catalog import CRISIS_ID, ENTRY_ID
from bot.engine.question import question_text
from bot.store.database import BUSY_TIMEOUT_SECONDS, Database
from bot.store.question_db import DECISIONS, utc_text
from bot.store.question_log_writer import FeedbackUpdate, Insert, QuestionLogWriter
from bot.store.settings_paths import sqlite_url

log = logging.getLogger(__name__)

# What a question id looks like: ``record()`` makes them (uuid4().hex), and feedback buttons carry
# them back from Slack.
QUESTION_ID = re.compile(r"^[0-9a-f]{32}$")
_SURFACE_MAX = 40
# A locale code ("fr", "pt-BR", "zh-TW"): nothing else may reach the language column.
_LOCALE = re.compile(r"^[a-z]{2}(?:-[A-Za-z]{2,4})?$")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class LogStats:
    """Counters since start: rows written, and rows or updates that never reached the file."""

    written: int
    dropped: int
    failed: int
    queued: int
    pending_texts: int


class _PendingTexts:
    """Texts that become worth keeping only if "Not helpful" arrives: bounded in number and age.

    Every item lives for the same TTL, so insertion order is expiry order and the oldest item is
    always first: eviction is a pop from the front.
    """

    def __init__(self, ttl_seconds: float, max_items: int):
        self._ttl = ttl_seconds
        self._max = max_items
        self._items: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, text: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._items[key] = (now + self._ttl, text)
            while self._items and (
                len(self._items) > self._max or next(iter(self._items.values()))[0] <= now
            ):
                self._items.popitem(last=False)

    def pop(self, key: str) -> str | None:
        with self._lock:
            item = self._items.pop(key, None)
        if item is None or item[0] <= time.monotonic():
            return None
        return item[1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class QuestionLog:
    """Record questions and feedback into the database; see the module docstring for the rules.

    ``where``: the shared ``Database`` (whoever opened it closes it), or the path of a SQLite file
    this log opens for itself (and closes, reporting its own write failures).
    ``salt`` keys the user-id hash: keep it secret and stable (a new salt makes every user look
    new). ``store_text`` opts in to keeping the text of gaps for ``text_retention_days``.
    """

    def __init__(
        self,
        where: Database | str | os.PathLike[str],
        *,
        salt: str | bytes,
        store_text: bool = False,
        text_retention_days: int = 30,
        queue_size: int = 10_000,
        batch_size: int = 500,
        pending_ttl_seconds: float = 3600.0,
        pending_max: int = 10_000,
        purge_interval_seconds: float = 3600.0,
        error_log_interval_seconds: float = 60.0,
        busy_timeout_seconds: float = BUSY_TIMEOUT_SECONDS,
        clock: Callable[[], datetime] = _utc_now,
    ):
        if not salt:
            # An unsalted hash of a Slack user id can be reversed by hashing every id in the
            # workspace; refusing to start is better than a log that only looks anonymous.
            raise ValueError("the question log needs a non-empty salt for the user-id hash")
        if text_retention_days < 0:
            raise ValueError("text_retention_days must be 0 or more")
        if isinstance(where, Database):
            self.database, self._owns_database = where, False
        else:
            # Its own file: its writer's lines say what failed, so the database stays quiet.
            self.database = Database(sqlite_url(where), busy_timeout=busy_timeout_seconds,
                                     report_failures=False)
            self._owns_database = True
        # The SQLite file, when there is one (reports and tests read it).
        self.path = self.database.path or Path(self.database.name)
        self.store_text = store_text
        self.text_retention = timedelta(days=text_retention_days)
        self._salt = salt.encode("utf-8") if isinstance(salt, str) else bytes(salt)
        self._clock = clock
        self._pending = _PendingTexts(pending_ttl_seconds, pending_max)
        # Set before the pending texts are cleared, so none is added after that; the writer then
        # refuses rows on its own.
        self._closed = False
        self._writer = QuestionLogWriter(
            self.database,
            text_retention=self.text_retention,
            clock=clock,
            queue_size=queue_size,
            batch_size=batch_size,
            purge_interval_seconds=purge_interval_seconds,
            error_log_interval_seconds=error_log_interval_seconds,
        )

    # -- the caller's side: cheap, never raises ------------------------------------------------
    def record(
        self,
        *,
        surface: str,
        decision: str,
        article_id: str | None = None,
        confidence: float | None = None,
        user_id: str | None = None,
        text: str | None = None,
        candidate_id: str | None = None,
        language: str | None = None,
    ) -> str:
        """Queue one question; returns its id at once (for a feedback button's value).
        ``candidate_id``: the matcher's best candidate, even below the answer threshold (what
        the maintainers' gap groups are grouped by); ``language``: the question's locale code
        when it is clear (the report counts them)."""
        question_id = uuid.uuid4().hex
        try:
            self._record(question_id, surface, decision, article_id, confidence, user_id, text,
                         candidate_id, language)
        except Exception as exc:
            # A bug or a bad argument here must cost a statistics row, never the person's answer.
            # Only the exception type is logged: its message might quote the arguments.
            self._writer.count_dropped()
            log.error("question log: a question was not recorded (%s)", type(exc).__name__)
        return question_id

    def record_feedback(self, question_id: str, helpful: bool) -> None:
        """Queue a Helpful / Not helpful click; "Not helpful" keeps the text if it is allowed."""
        try:
            if not isinstance(question_id, str) or not QUESTION_ID.fullmatch(question_id):
                # Button values come back from Slack; anything else is not one of ours.
                log.warning("question log: feedback for an unknown question id ignored")
                return
            text = self._pending.pop(question_id)
            self._put(FeedbackUpdate(question_id, "helpful" if helpful else "not_helpful",
                                     None if helpful else text))
        except Exception as exc:
            self._writer.count_dropped()
            log.error("question log: feedback was not recorded (%s)", type(exc).__name__)

    def _record(
        self,
        question_id: str,
        surface: str,
        decision: str,
        article_id: str | None,
        confidence: float | None,
        user_id: str | None,
        text: str | None,
        candidate_id: str | None = None,
        language: str | None = None,
    ) -> None:
        # Decision enums subclass str; store their plain value.
        decision = str(getattr(decision, "value", decision))
        if decision not in DECISIONS:
            raise ValueError("unknown decision")
        store_now, keep_for_feedback = self._text_policy(decision, article_id, text)
        row = (
            question_id,
            utc_text(self._clock()),
            str(surface)[:_SURFACE_MAX],
            decision,
            article_id or None,
            None if confidence is None else float(confidence),
            self._hash_user(user_id),
            store_now,
            candidate_id if candidate_id and ENTRY_ID.match(candidate_id) else None,
            language if language and _LOCALE.match(language) else None,
        )
        if self._put(Insert(row)) and keep_for_feedback is not None:
            self._pending.put(question_id, keep_for_feedback)

    def _text_policy(
        self, decision: str, article_id: str | None, text: str | None
    ) -> tuple[str | None, str | None]:
        """(text to store now, text to hold until feedback): both None unless allowed."""
        if not self.store_text or not text:
            return None, None
        if decision == "crisis" or article_id == CRISIS_ID:
            return None, None
        # question_text drops Slack markup, and with it any <@U123> mention of a colleague.
        cleaned = question_text(text)
        if not cleaned:
            return None, None
        if decision == "none":
            return cleaned, None
        return None, cleaned

    def _hash_user(self, user_id: str | None) -> str | None:
        if not user_id:
            return None
        # HMAC is the keyed form of a salted SHA-256: same cost, and no length-extension tricks.
        return hmac.new(self._salt, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()

    def _put(self, op: Insert | FeedbackUpdate) -> bool:
        if self._closed:
            self._writer.count_dropped()
            return False
        return self._writer.put(op)

    # -- control -------------------------------------------------------------------------------
    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued before this call has been written (or given up on)."""
        return self._writer.flush(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writer. Later records are dropped and counted."""
        if self._closed:
            return
        self._closed = True
        self._pending.clear()
        self._writer.close(timeout)
        if self._owns_database:
            self.database.close(timeout)

    def __enter__(self) -> QuestionLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def stats(self) -> LogStats:
        counts = self._writer.stats()
        return LogStats(counts.written, counts.dropped, counts.failed, counts.queued,
                        len(self._pending))

    def purge_expired(self, now: datetime | None = None) -> int:
        """Clear question texts older than the retention period; returns how many were cleared.

        The writer does this at start and every ``purge_interval_seconds``. This public form is
        for maintenance and tests, never a Slack handler: it waits for the database and raises
        its errors like any maintenance command should.
        """
        return self._writer.purge_expired(now)
