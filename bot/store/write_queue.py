"""Writes queued for the database's writer threads, and how their failures are counted.

``PendingWrite``: one queued operation a caller can wait for, or give up while it has not started
(it is then never made, and counted as lost). ``WriteHealth``: the true count of lost writes, by
kind, logged at once and then at most once a minute, and the one-line reason ``/healthz`` gives
while writes fail. ``bot.store.database`` runs the queue.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

# The name these lines have been logged under since the database module was one file.
log = logging.getLogger("bot.store.database")

T = TypeVar("T")
Operation = Callable[[Connection], T]

REPORT_SECONDS = 60.0


class WriteGivenUp(Exception):
    """The caller stopped waiting for a write, which will never be made."""


def describe_error(exc: BaseException) -> str:
    """``Class: message`` of a failed write, without SQLAlchemy's echo of the statement and its
    parameters (which could carry a stored question)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class PendingWrite(Generic[T]):
    """One queued operation: wait for it, or give it up while it has not started."""

    _QUEUED, _RUNNING, _DONE, _FAILED, _ABANDONED = range(5)

    def __init__(self, op: Operation[T], what: str, rows: int, *,
                 in_transaction: bool = True, alone: bool = False):
        self.op = op
        # False: run on a connection outside any transaction (SQLite's checkpoint needs that).
        self.in_transaction = in_transaction
        # True: in a transaction of its own, never batched with other writes.
        self.alone = alone or not in_transaction
        self.what = what
        self.rows = rows
        self.started_at: float | None = None
        self.result: T | None = None
        self.error: BaseException | None = None
        self._state = self._QUEUED
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._callbacks: list[Callable[[PendingWrite[T]], None]] = []

    @property
    def ok(self) -> bool:
        return self._state == self._DONE

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """True once it has been written or has failed (see ``ok``, ``error``)."""
        return self._done.wait(timeout)

    def abandon(self) -> bool:
        """Give it up if it has not started: True when it will never be written."""
        with self._lock:
            if self._state != self._QUEUED:
                return False
            self._state = self._ABANDONED
        self._done.set()
        return True

    def on_done(self, callback: Callable[[PendingWrite[T]], None]) -> None:
        """Call ``callback`` (on the writer thread) once it is written or failed; at once if so."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    def _start(self) -> bool:
        with self._lock:
            if self._state != self._QUEUED:
                return False
            self._state = self._RUNNING
            self.started_at = time.monotonic()
            return True

    def _end(self, state: int, result: T | None, error: BaseException | None) -> None:
        with self._lock:
            self._state, self.result, self.error = state, result, error
            callbacks, self._callbacks = self._callbacks, []
            self._done.set()
        for callback in callbacks:
            try:
                callback(self)
            except Exception as exc:  # a callback's bug must not kill the writer
                log.error("database: a write's callback failed: %s", type(exc).__name__)


class WriteHealth:
    """Whether writes succeed, why not, and how many were lost, by kind; logged once a minute."""

    def __init__(self, name: str, *, report: bool = True,
                 report_seconds: float = REPORT_SECONDS):
        self.name = name
        self._report = report
        self._interval = report_seconds
        self._lock = threading.Lock()
        self.failing = False
        self.reason: str | None = None
        self.lost_total = 0
        self.lost_by_kind: Counter[str] = Counter()
        self._unreported: Counter[str] = Counter()
        self._next_report = 0.0

    def problem(self) -> str | None:
        """Why writes fail (one line), or None while they succeed."""
        with self._lock:
            return f"the database cannot be written: {self.reason}" if self.failing else None

    def lost(self, what: str, rows: int, reason: str | None = None) -> None:
        """``rows`` writes of kind ``what`` will never reach the database."""
        if rows <= 0:
            return
        with self._lock:
            self.lost_total += rows
            self.lost_by_kind[what] += rows
            self._unreported[what] += rows
            if reason is not None and self.reason is None:
                self.reason = reason
        self.tick()

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            first = not self.failing
            self.failing = True
            self.reason = describe_error(exc)
        if first and self._report:
            log.error("database %s: cannot write: %s (writes are counted as lost until it "
                      "recovers; /healthz answers 503)", self.name, self.reason)
            self._next_report = time.monotonic() + self._interval

    def succeeded(self) -> None:
        with self._lock:
            if not self.failing:
                return
            self.failing = False
            self.reason = None
        self.tick(force=True)
        if self._report:
            log.warning("database %s: writes succeed again (%d write(s) lost since start)",
                        self.name, self.lost_total)

    def tick(self, force: bool = False) -> None:
        """Log the writes lost since the last report, at most once per interval."""
        now = time.monotonic()
        with self._lock:
            if not self._unreported or not (force or now >= self._next_report):
                return
            counts, self._unreported = self._unreported, Counter()
            self._next_report = now + self._interval
            total, reason = self.lost_total, self.reason
        if self._report:
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
            log.error("database %s: %d write(s) lost since the last report (%s), %d since "
                      "start%s", self.name, sum(counts.values()), kinds, total,
                      f": {reason}" if reason else "")
