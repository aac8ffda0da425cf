"""Deduplication keys in the shared database, so replicas and restarts answer each delivery once.

``DatabaseSeenStore`` satisfies ``bot.slack.dedup.SeenStore`` (``first_time(key) -> bool``) without
importing it (a protocol is structural, and storage knows nothing of Slack). A claim is one
statement, atomic on both engines: insert the key unless it is there and unexpired
(``INSERT … ON CONFLICT (key) DO UPDATE … WHERE expires_at <= now RETURNING key``); the one
caller whose statement changed a row is the first. Keys expire ``ttl`` seconds after their
claim and are deleted now and then.

A claim runs inside a Slack acknowledgement, so it waits for a slow database at most
``wait_seconds`` and for a failing one not at all; past that it is given up (counted as a lost
write) and the process's own memory decides (``local``): repeats reaching this process are still
dropped, a repeat reaching another replica during the outage is answered again. Answering twice
is better than not answering.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from sqlalchemy import Connection, delete

from bot.store.database import Database
from bot.store.tables import seen_keys, upsert

# Slack retries an event at once, after 1 minute and after 5 minutes: ten minutes covers them all.
DEFAULT_TTL_SECONDS = 600.0
# An acknowledgement waits at most this long for a claim. The database answers in about 1 ms, but
# a busy one (replicas under load on a small machine) can take hundreds of milliseconds; giving
# up then lets two replicas answer the same delivery: a double reply, which the suite's replica
# test caught with waits of 20 ms and 500 ms. 1.5 s still leaves half of Slack's 3 s for the
# ack, and a database that is failing outright is not waited for at all.
DEFAULT_WAIT_SECONDS = 1.5
PURGE_EVERY_SECONDS = 60.0
# Keys longer than this (a button's value can be 2,000 characters) are stored as their hash.
_MAX_KEY_CHARS = 200


def _claim(connection: Connection, key: str, now: float, ttl: float) -> bool:
    statement = upsert(connection, seen_keys).values(key=key, expires_at=now + ttl)
    statement = statement.on_conflict_do_update(
        index_elements=[seen_keys.c.key], set_={"expires_at": now + ttl},
        where=seen_keys.c.expires_at <= now)
    # RETURNING rather than the row count, which psycopg does not report for this statement.
    return connection.execute(statement.returning(seen_keys.c.key)).first() is not None


class DatabaseSeenStore:
    def __init__(self, database: Database, *, ttl: float = DEFAULT_TTL_SECONDS,
                 wait_seconds: float = DEFAULT_WAIT_SECONDS,
                 local: Callable[[str], bool] | None = None,
                 clock: Callable[[], float] = time.time):
        """``local``: this process's own ``first_time``, asked first (and alone when the
        database cannot answer in time)."""
        self.database = database
        self._ttl = ttl
        self._wait = wait_seconds
        self._local = local
        self._clock = clock
        self._next_purge = 0.0
        self._lock = threading.Lock()
        self.given_up = 0

    def first_time(self, key: str) -> bool:
        if len(key) > _MAX_KEY_CHARS:
            key = "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
        if self._local is not None and not self._local(key):
            return False
        now = self._clock()
        self._purge_now_and_then(now)
        # Only a database whose writes fail is skipped at once. A slow one (a write running for
        # over a second, which ``available()`` also reports) is waited for: skipping it lets two
        # replicas both answer one delivery.
        if self.database.health.failing:
            return self._give_up("the database is failing")
        pending = self.database.submit(lambda connection: _claim(connection, key, now, self._ttl),
                                       what="dedup")
        if not pending.wait(self._wait):
            if pending.abandon():
                return self._give_up("a claim waited too long")
            pending.wait()  # running: its answer is a moment away
        if not pending.ok:
            return True  # failed: counted as lost by the database; memory decided
        return bool(pending.result)

    def _give_up(self, reason: str) -> bool:
        with self._lock:
            self.given_up += 1
        self.database.health.lost("dedup", 1, reason)
        return True

    def _purge_now_and_then(self, now: float) -> None:
        with self._lock:
            if now < self._next_purge:
                return
            self._next_purge = now + PURGE_EVERY_SECONDS
        self.database.submit(
            lambda connection: connection.execute(
                delete(seen_keys).where(seen_keys.c.expires_at <= now)).rowcount,
            what="dedup purge", rows=0)
