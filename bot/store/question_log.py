"""The privacy-safe question log: one row per question, written without ever slowing the bot.

What is kept: time, surface, decision, article, confidence, feedback and a keyed hash of the Slack
user id (so "how many people" can be counted, but nobody can be looked up). Question text is kept
only when the operator opts in, and then only for the questions a maintainer must read to improve
the catalog: those the bot declined ("none") and those a person marked "Not helpful". Text of a
crisis question is never kept, whatever the setting: it is the most sensitive thing anyone types.

``record()`` runs inside a Slack acknowledgement, which must happen within three seconds whatever
the disk is doing. So it only prepares a row and puts it on a bounded queue; one background thread
writes batches. A full queue drops the row (counted, logged by number); a failing or locked file
loses the batch (counted, logged now and then). Neither ever reaches the caller.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import queue
import re
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType

from bot.engine.catalog import CRISIS_ID
from bot.engine.question import question_text
from bot.store.question_db import BUSY_TIMEOUT_SECONDS, DECISIONS, connect_for_writing, utc_text

log = logging.getLogger(__name__)

_QUESTION_ID = re.compile(r"^[0-9a-f]{32}$")
_SURFACE_MAX = 40


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


@dataclass(frozen=True)
class _Insert:
    row: tuple[str, str, str, str, str | None, float | None, str | None, str | None]


@dataclass(frozen=True)
class _Feedback:
    question_id: str
    feedback: str
    text: str | None


@dataclass(frozen=True)
class _Barrier:
    done: threading.Event


_STOP = object()

_INSERT_SQL = (
    "INSERT INTO questions "
    "(id, created_at, surface, decision, article_id, confidence, user_hash, text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# The crisis guard is repeated in SQL so that no future caller can store crisis text by mistake.
# "Helpful" after an earlier "Not helpful" makes it no gap any more: its text goes too.
_FEEDBACK_SQL = """
    UPDATE questions SET
        feedback = :feedback,
        text = CASE
            WHEN :text IS NOT NULL AND decision != 'crisis'
                 AND coalesce(article_id, '') != :crisis_id THEN :text
            WHEN :feedback = 'helpful' AND decision != 'none' THEN NULL
            ELSE text
        END
    WHERE id = :id
"""
_PURGE_SQL = "UPDATE questions SET text = NULL WHERE text IS NOT NULL AND created_at < ?"


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


class _Throttle:
    """Say something at most once per interval, with how often it happened in between."""

    def __init__(self, interval_seconds: float):
        self._interval = interval_seconds
        self._next = 0.0
        self.suppressed = 0

    def ready(self) -> bool:
        now = time.monotonic()
        if now < self._next:
            self.suppressed += 1
            return False
        self._next = now + self._interval
        return True


class QuestionLog:
    """Record questions and feedback into a SQLite file; see the module docstring for the rules.

    ``salt`` keys the user-id hash: keep it secret and stable (a new salt makes every user look
    new). ``store_text`` opts in to keeping the text of gaps for ``text_retention_days``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
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
        self.path = Path(path)
        self.store_text = store_text
        self.text_retention = timedelta(days=text_retention_days)
        self._salt = salt.encode("utf-8") if isinstance(salt, str) else bytes(salt)
        self._clock = clock
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._batch_size = batch_size
        self._pending = _PendingTexts(pending_ttl_seconds, pending_max)
        self._purge_interval = purge_interval_seconds
        self._busy_timeout = busy_timeout_seconds
        self._error_throttle = _Throttle(error_log_interval_seconds)
        self._drop_throttle = _Throttle(error_log_interval_seconds)
        self._counts_lock = threading.Lock()
        self._dropped = 0
        self._dropped_reported = 0
        self._failed = 0
        self._written = 0
        self._closed = False
        self._db: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="question-log-writer", daemon=True)
        self._thread.start()

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
    ) -> str:
        """Queue one question; returns its id at once (for a feedback button's value)."""
        question_id = uuid.uuid4().hex
        try:
            self._record(question_id, surface, decision, article_id, confidence, user_id, text)
        except Exception as exc:
            # A bug or a bad argument here must cost a statistics row, never the person's answer.
            # Only the exception type is logged: its message might quote the arguments.
            self._count_dropped()
            log.error("question log: a question was not recorded (%s)", type(exc).__name__)
        return question_id

    def record_feedback(self, question_id: str, helpful: bool) -> None:
        """Queue a Helpful / Not helpful click; "Not helpful" keeps the text if it is allowed."""
        try:
            if not isinstance(question_id, str) or not _QUESTION_ID.fullmatch(question_id):
                # Button values come back from Slack; anything else is not one of ours.
                log.warning("question log: feedback for an unknown question id ignored")
                return
            text = self._pending.pop(question_id)
            self._put(_Feedback(question_id, "helpful" if helpful else "not_helpful",
                                None if helpful else text))
        except Exception as exc:
            self._count_dropped()
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
        )
        if self._put(_Insert(row)) and keep_for_feedback is not None:
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

    def _put(self, op: object) -> bool:
        if self._closed:
            self._count_dropped()
            return False
        try:
            self._queue.put_nowait(op)
        except queue.Full:
            self._count_dropped()
            return False
        return True

    def _count_dropped(self) -> None:
        with self._counts_lock:
            self._dropped += 1

    # -- control -------------------------------------------------------------------------------
    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued before this call has been written (or given up on)."""
        if not self._thread.is_alive():
            return self._queue.empty()
        barrier = _Barrier(threading.Event())
        deadline = time.monotonic() + timeout
        try:
            self._queue.put(barrier, timeout=timeout)
        except queue.Full:
            return False
        return barrier.done.wait(max(0.0, deadline - time.monotonic()))

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writer. Later records are dropped and counted."""
        if self._closed:
            return
        self._closed = True
        self._pending.clear()
        with contextlib.suppress(queue.Full):
            self._queue.put(_STOP, timeout=timeout)
        self._thread.join(timeout)

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
        with self._counts_lock:
            return LogStats(self._written, self._dropped, self._failed, self._queue.qsize(),
                            len(self._pending))

    def purge_expired(self, now: datetime | None = None) -> int:
        """Clear question texts older than the retention period; returns how many were cleared.

        The writer does this at start and every ``purge_interval_seconds``. This public form is
        for maintenance and tests, never a Slack handler: it opens its own connection, waits for
        locks and raises ``sqlite3.Error`` / ``OSError`` like any maintenance command should.
        """
        db = connect_for_writing(self.path, self._busy_timeout)
        try:
            return self._purge(db, now or self._clock())
        finally:
            db.close()

    def _purge(self, db: sqlite3.Connection, now: datetime) -> int:
        cleared = db.execute(_PURGE_SQL, (utc_text(now - self.text_retention),)).rowcount
        if cleared:
            # The old pages with the text live on in the write-ahead log until it is reset;
            # truncating it (secure_delete, set on connect, zeroes freed space in the main file)
            # makes the purge real on disk. Best effort: a reader in the WAL just delays it.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            log.info("question log: cleared %d question text(s) past the retention period",
                     cleared)
        return cleared

    # -- the writer thread ---------------------------------------------------------------------
    def _run(self) -> None:
        next_purge = 0.0
        stop = False
        while not stop:
            timeout = max(0.05, min(next_purge - time.monotonic(), 60.0))
            batch: list[object] = []
            with contextlib.suppress(queue.Empty):
                batch.append(self._queue.get(timeout=timeout))
                while len(batch) < self._batch_size:
                    batch.append(self._queue.get_nowait())
            stop = _STOP in batch
            writes = [op for op in batch if isinstance(op, (_Insert, _Feedback))]
            try:
                if writes:
                    self._write(writes)
                if time.monotonic() >= next_purge:
                    next_purge = time.monotonic() + self._purge_interval
                    self._purge_in_writer()
                self._report_drops()
            except Exception as exc:
                # The writer must outlive anything: a dead writer would fill the queue for good.
                self._report_error("unexpected error", exc)
            for op in batch:
                if isinstance(op, _Barrier):
                    op.done.set()
        self._report_drops(force=True)
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect_for_writing(self.path, self._busy_timeout)
        return self._db

    def _write(self, ops: list[object]) -> None:
        inserted = 0
        try:
            db = self._connection()
            db.execute("BEGIN IMMEDIATE")
            try:
                for op in ops:
                    if isinstance(op, _Insert):
                        db.execute(_INSERT_SQL, op.row)
                        inserted += 1
                    elif isinstance(op, _Feedback):
                        db.execute(_FEEDBACK_SQL, {
                            "id": op.question_id, "feedback": op.feedback, "text": op.text,
                            "crisis_id": CRISIS_ID,
                        })
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as exc:
            with self._counts_lock:
                self._failed += len(ops)
            self._reset_connection()
            self._report_error("cannot write", exc)
            return
        with self._counts_lock:
            self._written += inserted

    def _purge_in_writer(self) -> None:
        try:
            self._purge(self._connection(), self._clock())
        except (sqlite3.Error, OSError) as exc:
            self._reset_connection()
            self._report_error("cannot purge old question texts in", exc)

    def _reset_connection(self) -> None:
        # After a failure the connection may be mid-transaction or pointing at a replaced file;
        # a fresh one on the next batch is cheap and always consistent.
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def _report_error(self, what: str, exc: BaseException) -> None:
        if not self._error_throttle.ready():
            return
        with self._counts_lock:
            failed = self._failed
        # SQLite's messages ("database is locked", "disk is full") never quote bound values.
        log.error("question log: %s %s: %s: %s (%d write(s) lost so far, %d similar error(s) "
                  "not shown)", what, self.path, type(exc).__name__, exc, failed,
                  self._error_throttle.suppressed)
        self._error_throttle.suppressed = 0

    def _report_drops(self, force: bool = False) -> None:
        with self._counts_lock:
            dropped = self._dropped
        new = dropped - self._dropped_reported
        if new <= 0 or not (force or self._drop_throttle.ready()):
            return
        self._dropped_reported = dropped
        log.warning("question log: queue full or closed, %d question(s) dropped (%d in total)",
                    new, dropped)
