"""Deduplication keys in the shared database, so replicas and restarts answer each delivery once.

``DatabaseSeenStore`` satisfies ``bot.slack.dedup.SeenStore`` (``claim(keys) -> bool``) without
importing it (a protocol is structural, and storage knows nothing of Slack). Claiming a key is one
statement, atomic on both engines: insert the key unless it is there and unexpired
(``INSERT … ON CONFLICT (key) DO UPDATE … WHERE expires_at <= now RETURNING key``); the one
caller whose statement changed a row is the first. A delivery's keys are claimed in one
transaction of their own (see ``claim``). Keys expire ``ttl`` seconds after their claim and are
deleted now and then.

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
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete

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


def _claim_statement(dialect: str) -> Any:
    """Insert the key unless it is there and unexpired, returning it when this call did."""
    statement = _CLAIM.get(dialect)
    if statement is None:
        insert = upsert(dialect, seen_keys).values(key=bindparam("claim_key"),
                                                   expires_at=bindparam("claim_until"))
        # RETURNING rather than the row count, which psycopg does not report for this statement.
        statement = insert.on_conflict_do_update(
            index_elements=[seen_keys.c.key], set_={"expires_at": insert.excluded.expires_at},
            where=seen_keys.c.expires_at <= bindparam("claim_now")).returning(seen_keys.c.key)
        # Built once per dialect: building a statement per call (and SQLAlchemy's cache key for
        # it) cost more CPU than running it.
        _CLAIM[dialect] = statement
    return statement


_CLAIM: dict[str, Any] = {}


def _claim(connection: Connection, keys: Sequence[str], now: float, ttl: float) -> bool:
    """Claim ``keys`` in order, stopping at the first one already claimed: True when every key
    was new. One transaction of its own per delivery (see ``DatabaseSeenStore.claim``)."""
    statement = _claim_statement(connection.dialect.name)
    for key in keys:
        found = connection.execute(statement, {"claim_key": key, "claim_until": now + ttl,
                                               "claim_now": now}).first()
        if found is None:
            return False
    return True


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
        return self.claim([key])

    def claim(self, keys: Sequence[str]) -> bool:
        """Claim a delivery's keys, most specific first; True when it is new (see
        ``bot.slack.dedup.is_duplicate`` for why the order and the early stop matter).

        All of a delivery's keys in one round trip and one transaction of their own. Batched
        with other writes, a claim's new keys stayed locked until the whole batch committed: a
        replica's claim of the same delivery waited for that, and two replicas' batches could
        each hold a key the other wanted (a deadlock PostgreSQL resolves by cancelling one).
        Keys always come in the same order of kinds (event, message, client message), so two
        claims never wait on each other in a circle.
        """
        keys = [key if len(key) <= _MAX_KEY_CHARS
                else "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest() for key in keys]
        if not keys:
            return True
        if self._local is not None and not all(self._local(key) for key in keys):
            return False
        now = self._clock()
        self._purge_now_and_then(now)
        # Only a database whose writes fail is skipped at once. A slow one (a write running for
        # over a second, which ``available()`` also reports) is waited for: skipping it lets two
        # replicas both answer one delivery.
        if self.database.health.failing:
            return self._give_up("the database is failing")
        pending = self.database.submit(
            lambda connection: _claim(connection, keys, now, self._ttl), what="dedup",
            alone=True)
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
