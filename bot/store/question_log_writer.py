"""The question log's background writer: one thread hands queued rows to the database in batches.

``QuestionLog`` (``bot.store.question_log``) decides what goes into a row; this module gets it into
the shared database (``bot.store.database``) without the caller ever waiting or seeing an error.
``put()`` only adds to a bounded queue; a full queue drops the row (counted, logged by number). The
thread takes up to a batch at a time and writes it in one transaction; a failing or locked
database loses the batch (counted; logged at once, then once a minute with the true count of
writes lost since). The same thread clears question texts past their retention period, at start
and then every ``purge_interval_seconds``.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, text

from bot.engine.catalog import CRISIS_ID
from bot.store import tables
from bot.store.database import Database, describe_error
from bot.store.question_db import utc_text

# The question log's logger: its name is in every log line, wherever the code lives.
log = logging.getLogger("bot.store.question_log")


@dataclass(frozen=True)
class Insert:
    """A new question: the columns of ``_INSERT_SQL`` in order."""

    row: tuple[str, str, str, str, str | None, float | None, str | None, str | None,
               str | None, str | None]


@dataclass(frozen=True)
class FeedbackUpdate:
    """A Helpful / Not helpful click, with the question's text when it may now be kept."""

    question_id: str
    feedback: str
    text: str | None


@dataclass(frozen=True)
class WriterStats:
    written: int
    dropped: int
    failed: int
    queued: int


@dataclass(frozen=True)
class _Barrier:
    done: threading.Event


_STOP = object()

_COLUMNS = ("id", "created_at", "surface", "decision", "article_id", "confidence", "user_hash",
            "text", "best_candidate", "language")
# The crisis guard is repeated in SQL so that no future caller can store crisis text by mistake.
# "Helpful" after an earlier "Not helpful" makes it no gap any more: its text goes too. (The casts
# tell PostgreSQL the type of a parameter that may be NULL.)
_FEEDBACK_SQL = """
    UPDATE questions SET
        feedback = :feedback,
        text = CASE
            WHEN CAST(:text AS TEXT) IS NOT NULL AND decision != 'crisis'
                 AND coalesce(article_id, '') != :crisis_id THEN CAST(:text AS TEXT)
            WHEN :feedback = 'helpful' AND decision != 'none' THEN NULL
            ELSE text
        END
    WHERE id = :id
"""
_PURGE_SQL = "UPDATE questions SET text = NULL WHERE text IS NOT NULL AND created_at < :before"


def _apply(connection: Connection, ops: Sequence[Insert | FeedbackUpdate]) -> int:
    """Write ``ops`` in order on ``connection`` (inside the writer's transaction); returns how
    many rows were inserted. Consecutive inserts go in one executemany."""
    inserted = 0
    rows: list[dict[str, object]] = []
    for op in ops:
        if isinstance(op, Insert):
            rows.append(dict(zip(_COLUMNS, op.row, strict=True)))
            continue
        if rows:  # feedback may be about a question inserted just before it
            connection.execute(tables.questions.insert(), rows)
            inserted, rows = inserted + len(rows), []
        connection.execute(text(_FEEDBACK_SQL), {
            "id": op.question_id, "feedback": op.feedback, "text": op.text,
            "crisis_id": CRISIS_ID})
    if rows:
        connection.execute(tables.questions.insert(), rows)
        inserted += len(rows)
    return inserted


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


class QuestionLogWriter:
    """A bounded queue of writes and the one thread that hands it to the database in batches.

    Starts its thread at once. ``put()`` and ``count_dropped()`` are for any thread and never
    raise or block; everything that touches the database runs on the writer thread, except
    ``purge_expired()``, which is for maintenance.
    """

    def __init__(
        self,
        database: Database,
        *,
        text_retention: timedelta,
        clock: Callable[[], datetime],
        queue_size: int,
        batch_size: int,
        purge_interval_seconds: float,
        error_log_interval_seconds: float,
    ):
        self.database = database
        self._text_retention = text_retention
        self._clock = clock
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_size)
        self._batch_size = batch_size
        self._purge_interval = purge_interval_seconds
        # One throttle per kind of error: a failed purge must not hide the first failed write.
        self._error_interval = error_log_interval_seconds
        self._error_throttles: dict[str, _Throttle] = {}
        self._error_throttle = self._throttle_for("cannot write")
        self._drop_throttle = _Throttle(error_log_interval_seconds)
        self._counts_lock = threading.Lock()
        self._dropped = 0
        self._dropped_reported = 0
        self._failed = 0
        self._failed_reported = 0
        self._last_error = ""
        self._written = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="question-log-writer", daemon=True)
        self._thread.start()

    # -- any thread: cheap, never raises -------------------------------------------------------
    def put(self, op: Insert | FeedbackUpdate) -> bool:
        """Queue a write; False (and counted as dropped) when the queue is full or closed."""
        if self._closed:
            self.count_dropped()
            return False
        try:
            self._queue.put_nowait(op)
        except queue.Full:
            self.count_dropped()
            return False
        return True

    def count_dropped(self) -> None:
        with self._counts_lock:
            self._dropped += 1

    def stats(self) -> WriterStats:
        with self._counts_lock:
            return WriterStats(self._written, self._dropped, self._failed, self._queue.qsize())

    # -- control -------------------------------------------------------------------------------
    def flush(self, timeout: float) -> bool:
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

    def close(self, timeout: float) -> None:
        """Write what is queued, then stop the thread. Later writes are dropped and counted."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(queue.Full):
            self._queue.put(_STOP, timeout=timeout)
        self._thread.join(timeout)

    def purge_expired(self, now: datetime | None = None) -> int:
        """Clear texts past the retention period, waiting for the database (and may raise)."""
        before = utc_text((now or self._clock()) - self._text_retention)
        cleared: int = self.database.run(
            lambda connection: connection.execute(text(_PURGE_SQL), {"before": before}).rowcount,
            what="question log purge", rows=0)
        if cleared:
            # The old pages with the text live on in SQLite's write-ahead log until it is reset;
            # truncating it (secure_delete, set on connect, zeroes freed space in the main file)
            # makes the purge real on disk.
            self.database.checkpoint()
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
            writes = [op for op in batch if isinstance(op, (Insert, FeedbackUpdate))]
            try:
                if writes:
                    self._write(writes)
                if time.monotonic() >= next_purge:
                    next_purge = time.monotonic() + self._purge_interval
                    self._purge_in_writer()
                self._report_drops()
                self._report_failures()
            except Exception as exc:
                # The writer must outlive anything: a dead writer would fill the queue for good.
                self._report_error("unexpected error", exc)
            for op in batch:
                if isinstance(op, _Barrier):
                    op.done.set()
        self._report_drops(force=True)
        self._report_failures(force=True)

    def _write(self, ops: Sequence[Insert | FeedbackUpdate]) -> None:
        try:
            inserted = self.database.run(lambda connection: _apply(connection, ops),
                                         what="question log", rows=len(ops))
        except Exception as exc:
            with self._counts_lock:
                self._failed += len(ops)
            self._report_error("cannot write", exc)
            return
        with self._counts_lock:
            self._written += inserted

    def _purge_in_writer(self) -> None:
        try:
            self.purge_expired()
        except Exception as exc:
            self._report_error("cannot purge old question texts in", exc)

    def _throttle_for(self, what: str) -> _Throttle:
        if what not in self._error_throttles:
            self._error_throttles[what] = _Throttle(self._error_interval)
        return self._error_throttles[what]

    def _report_error(self, what: str, exc: BaseException) -> None:
        # Only the error's class and first line: never the statement or its values.
        self._last_error = f"{what} {self.database.name}: {describe_error(exc)}"
        throttle = self._throttle_for(what)
        if not throttle.ready():
            return
        with self._counts_lock:
            failed = self._failed
            self._failed_reported = failed
        log.error("question log: %s (%d write(s) lost so far, %d similar error(s) not shown)",
                  self._last_error, failed, throttle.suppressed)
        throttle.suppressed = 0

    def _report_failures(self, force: bool = False) -> None:
        """Once a minute, the true number of writes lost since the last line said so."""
        with self._counts_lock:
            failed = self._failed
        new = failed - self._failed_reported
        if new <= 0 or not (force or self._error_throttle.ready()):
            return
        self._failed_reported = failed
        log.error("question log: %d more write(s) lost (%d in total): %s", new, failed,
                  self._last_error)
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
