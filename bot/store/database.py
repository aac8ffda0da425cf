"""The shared database: one SQLite file or one PostgreSQL server, written by a few writer threads.

Why SQLAlchemy Core: the question log, the deduplication keys and the reply outbox are the same
tables and the same statements on both engines, so one code path serves the embedded default
(SQLite, through Python's own ``sqlite3``) and the shared server replicas need (PostgreSQL, through
psycopg 3). Core, not the ORM: the stores are a handful of explicit statements, and the few places
where the engines differ (``FOR UPDATE SKIP LOCKED``, ``ON CONFLICT``) are spelled by SQLAlchemy's
dialects instead of by string building.

Why writer threads instead of writing from the caller's thread: a Slack acknowledgement waits for
its outbox row, and must never wait long on a database that is slow, locked or gone. Every write is
an *operation* (a function of a connection) queued here; the caller waits for it at most as long as
it can afford (``PendingWrite.wait``) and otherwise gives it up (``abandon``: it is then never
written) and carries on without it. Writer threads take whatever is queued and run it in one
transaction, so a burst costs one commit, not one per request (group commit).

SQLite has one writer thread: SQLite allows one writer at a time, and a second thread would wait
for the lock in SQLite's busy handler, which sleeps in steps of up to 100 ms. Transactions there
begin with ``BEGIN IMMEDIATE``, so a transaction that reads then writes (an outbox claim) holds the
write lock from its first statement: "one writer on SQLite". PostgreSQL gets a few writer threads;
concurrent claims there are kept apart by ``FOR UPDATE SKIP LOCKED``.

Loud faults: every write that fails or is given up is counted as lost, by kind (``WriteHealth``).
The first failure is logged at once, then at most once a minute with the true count; ``problem()``
says why the database cannot be written (``/healthz`` answers 503 with it). A SQLite file deleted
or replaced while in use is noticed before the next write and created again (0600), with its
schema, and said so: SQLite itself would go on writing into the deleted file, and every row would
be lost without a word.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import secrets
import socket
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.store import migrations, tables
from bot.store.database_url import BUSY_TIMEOUT_SECONDS as BUSY_TIMEOUT_SECONDS
from bot.store.database_url import CONNECT_TIMEOUT_SECONDS
from bot.store.database_url import DatabaseUrlError as DatabaseUrlError
from bot.store.database_url import open_for_reading as open_for_reading
from bot.store.database_url import parse_url as parse_url
from bot.store.write_queue import REPORT_SECONDS, Operation, T, WriteHealth
from bot.store.write_queue import PendingWrite as PendingWrite
from bot.store.write_queue import WriteGivenUp as WriteGivenUp
from bot.store.write_queue import describe_error as describe_error

log = logging.getLogger("bot.store.database")

# PostgreSQL: the longest any one statement may run.
STATEMENT_TIMEOUT_MS = 10_000
POSTGRES_WRITERS = 4
MAX_BATCH = 200
# While writes fail, a small real write is tried this often to notice the recovery.
PROBE_SECONDS = 0.5
# A write running longer than this means the database is not answering: callers stop waiting.
STALL_SECONDS = 1.0
# A writer's connection unused this long is given back to the pool (and pinged when next taken).
KEEP_CONNECTION_SECONDS = 5.0
# Before trying again a write SQLite refused as locked.
SQLITE_RETRY_PAUSE_SECONDS = 0.05


_STOP = object()


class Database:
    """One database for every store. ``url``: see ``parse_url``.

    Nothing touches the database in the constructor: the file, the connection and the schema
    (``bot.store.migrations``) are made before the first write, so a bad path or a server that is
    down costs writes (counted, logged), never the start of the bot.
    """

    def __init__(self, url: str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS,
                 writers: int | None = None, report_failures: bool = True,
                 report_seconds: float = REPORT_SECONDS, heartbeat_seconds: float | None = None,
                 owner: str | None = None):
        self.url = parse_url(url)
        self.dialect = "sqlite" if self.url.drivername == "sqlite" else "postgresql"
        self.path = Path(self.url.database) if self.is_sqlite and self.url.database else None
        self.name = self.url.render_as_string(hide_password=True)
        # Who this process is, in leases and heartbeats: host, process and a random part (a
        # restarted container can reuse a pid).
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.health = WriteHealth(self.name, report=report_failures,
                                  report_seconds=report_seconds)
        self._busy_timeout = busy_timeout
        self._heartbeat_seconds = heartbeat_seconds
        self._writers = 1 if self.is_sqlite else (writers or POSTGRES_WRITERS)
        self.engine = self._create_engine()
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._ready = False
        self._file_id: tuple[int, int] | None = None
        self.recreated = 0
        self._closed = False
        self._running: list[PendingWrite[Any]] = []
        self._running_lock = threading.Lock()
        self._next_probe = 0.0
        # Each writer keeps its connection while it is busy: checking a pooled one out for every
        # batch cost a ping (a round trip) and pool bookkeeping on every commit, the largest
        # share of a replica's CPU under load. One idle for a while goes back to the pool, whose
        # ping on the next checkout notices a restarted server before a batch is lost to it.
        self._connections = threading.local()
        self._threads = [threading.Thread(target=self._run, name=f"db-writer-{n}", daemon=True)
                         for n in range(self._writers)]
        for thread in self._threads:
            thread.start()

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    # -- engines ---------------------------------------------------------------------------------
    def _create_engine(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, connect_args={
                "timeout": self._busy_timeout, "check_same_thread": False})

            @event.listens_for(engine, "connect")
            def _connect(dbapi_connection: Any, record: Any) -> None:
                # SQLAlchemy, not the driver, starts transactions (below), as SQLAlchemy's own
                # documentation advises for sqlite3: its implicit BEGIN comes too late to lock.
                dbapi_connection.isolation_level = None
                cursor = dbapi_connection.cursor()
                # WAL: a report reads while the bot writes, and readers never block the writer.
                cursor.execute("PRAGMA journal_mode = WAL")
                # With WAL, NORMAL can lose the last commits on power loss, never the file.
                cursor.execute("PRAGMA synchronous = NORMAL")
                # Purged question text must not linger in freed pages of the file.
                cursor.execute("PRAGMA secure_delete = ON")
                cursor.close()

            @event.listens_for(engine, "begin")
            def _begin(connection: Connection) -> None:
                # The write lock from the first statement: a claim's SELECT and its UPDATE are
                # one atomic step, and two processes never both run a migration.
                connection.exec_driver_sql("BEGIN IMMEDIATE")

            return engine
        return create_engine(
            # One connection per writer (see ``_connection``), and a few for reads.
            self.url, pool_size=self._writers + 2, max_overflow=8, pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "application_name": "safeguards-bot",
                "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            })

    # -- writing ---------------------------------------------------------------------------------
    def submit(self, op: Operation[T], *, what: str, rows: int = 1,
               in_transaction: bool = True, alone: bool = False) -> PendingWrite[T]:
        """Queue ``op``; it runs on a writer thread inside a transaction with others (``alone``:
        in one of its own, for a write whose locks must not wait for other writes' commit)."""
        pending = PendingWrite(op, what, rows, in_transaction=in_transaction, alone=alone)
        if self._closed:
            pending._end(PendingWrite._FAILED, None, WriteGivenUp("the database is closed"))
            self.health.lost(what, rows)
            return pending
        self._queue.put(pending)
        return pending

    def run(self, op: Operation[T], *, what: str, rows: int = 1,
            timeout: float | None = None, in_transaction: bool = True) -> T:
        """Run ``op`` and return its result, waiting at most ``timeout`` seconds; raises its
        error, or ``WriteGivenUp`` (and it is never run) when the wait is over first."""
        pending = self.submit(op, what=what, rows=rows, in_transaction=in_transaction)
        if not pending.wait(timeout):
            if pending.abandon():
                self.health.lost(what, rows, "a write waited too long")
                raise WriteGivenUp(f"{what}: no answer from the database within {timeout}s")
            pending.wait()  # it started: its outcome is near, and must be known
        if pending.error is not None:
            raise pending.error
        return pending.result  # type: ignore[return-value]

    def checkpoint(self) -> None:
        """SQLite: fold the write-ahead log into the file and truncate it, so that pages holding
        purged text do not live on in the log (best effort: a reader in the log delays it)."""
        if not self.is_sqlite:
            return
        with contextlib.suppress(Exception):
            # On the driver's connection: SQLAlchemy's own would begin a transaction first.
            self.run(_checkpoint, what="checkpoint", rows=0, in_transaction=False)

    def available(self) -> bool:
        """False while writes fail or one hangs: callers that cannot wait skip the database."""
        if self.health.failing:
            return False
        now = time.monotonic()
        with self._running_lock:
            return not any(p.started_at is not None and now - p.started_at > STALL_SECONDS
                           for p in self._running)

    def problem(self) -> str | None:
        """Why the database cannot be written (one line), or None."""
        problem = self.health.problem()
        if problem is None and not self.available():
            return f"the database is not answering ({self.name})"
        return problem

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writers and close the connections."""
        if self._closed:
            return
        self._closed = True
        for _ in self._threads:
            self._queue.put(_STOP)
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self.health.tick(force=True)
        self.engine.dispose()

    # -- the writer threads ----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=self._idle_seconds())
            except queue.Empty:
                item = None
            stop = item is _STOP
            batch: list[PendingWrite[Any]] = [item] if isinstance(item, PendingWrite) else []
            while not stop and len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    stop = True
                elif isinstance(more, PendingWrite):
                    batch.append(more)
            live = [p for p in batch if p._start()]
            # Writes on their own first: they are the ones acknowledgements wait for.
            for pending in live:
                if pending.alone:
                    self._execute([pending])
            together = [p for p in live if not p.alone]
            if together:
                self._execute(together)
            self._maintain()
            if stop:
                self._drop_connection()
                return

    def _idle_seconds(self) -> float:
        if self.health.failing:
            return PROBE_SECONDS
        return min(self._heartbeat_seconds or REPORT_SECONDS, REPORT_SECONDS) / 2

    def _maintain(self) -> None:
        now = time.monotonic()
        due = self._heartbeat_seconds is not None or self.health.failing
        if due and now >= self._next_probe and not self._closed:
            # A real write, so that a read-only disk or a dead server shows, and its recovery.
            interval = PROBE_SECONDS if self.health.failing else (self._heartbeat_seconds or 0)
            self._next_probe = now + interval
            probe = PendingWrite(lambda conn: tables.heartbeat(conn, self.owner),
                                 "heartbeat", 0)
            probe._start()
            self._execute([probe])
        self.health.tick()

    def _connection(self) -> Connection:
        """This writer thread's own connection, opened on first use."""
        connection: Connection | None = getattr(self._connections, "connection", None)
        now = time.monotonic()
        if connection is not None and (connection.closed or connection.invalidated or
                                       now - self._connections.used > KEEP_CONNECTION_SECONDS):
            self._drop_connection()
            connection = None
        if connection is None:
            connection = self.engine.connect()
            self._connections.connection = connection
        self._connections.used = now
        return connection

    def _drop_connection(self) -> None:
        connection: Connection | None = getattr(self._connections, "connection", None)
        self._connections.connection = None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()

    def _execute(self, live: list[PendingWrite[Any]], *, retries: int = 2) -> None:
        with self._running_lock:
            self._running.extend(live)
        try:
            try:
                self._prepare()
                connection = self._connection()
                if live[0].in_transaction:
                    with connection.begin():
                        results = [pending.op(connection) for pending in live]
                else:
                    results = [live[0].op(connection)]
                    if connection.in_transaction():  # SQLAlchemy began one on first use
                        connection.commit()
            except Exception as exc:
                if _transient(exc) and retries > 0:
                    if self.is_sqlite:
                        time.sleep(SQLITE_RETRY_PAUSE_SECONDS)  # let the lock's holder finish
                    # PostgreSQL cancelled the transaction (a deadlock with another replica's
                    # batch, a serialization failure): nothing of it was written, and each
                    # operation alone will go through. Failing them would make a replica's
                    # dedup claim fail, and then two replicas answer one delivery.
                    for pending in live:
                        self._execute([pending], retries=retries - 1)
                    return
                if len(live) > 1 and _one_bad_operation(exc):
                    for pending in live:  # one bad write must not sink the others
                        self._execute([pending], retries=retries)
                    return
                self._failed(live, exc)
                return
        finally:
            with self._running_lock:
                self._running = [p for p in self._running if p not in live]
        for pending, result in zip(live, results, strict=True):
            pending._end(PendingWrite._DONE, result, None)
        self.health.succeeded()

    def _failed(self, live: list[PendingWrite[Any]], exc: BaseException) -> None:
        self._drop_connection()
        if isinstance(exc, (OperationalError, OSError, migrations.SchemaTooNew)):
            # The file may be replaced, the server restarted: connect and check afresh.
            self._ready = False
            with contextlib.suppress(Exception):
                self.engine.dispose()
        self.health.failed(exc)
        for pending in live:
            self.health.lost(pending.what, pending.rows)
            pending._end(PendingWrite._FAILED, None, exc)

    def _prepare(self) -> None:
        """Before a write: the SQLite file where it belongs (again, if it was deleted), and the
        schema up to date."""
        if self.path is not None:
            current = _file_id(self.path)
            if self._file_id is not None and current != self._file_id:
                self._file_id = None
                self._ready = False
                self._drop_connection()  # it still points at the deleted file
                self.engine.dispose()
                self.recreated += 1
                log.error("database %s: the file was deleted or replaced while in use; "
                          "creating it again (what it held is gone; replies still in memory "
                          "are still sent)", self.path)
            if current is None:
                create_private_file(self.path)
        if not self._ready:
            with self.engine.begin() as connection:
                migrations.migrate(connection)
            self._ready = True
            if self.path is not None:
                self._file_id = _file_id(self.path)


def _checkpoint(connection: Connection) -> None:
    # On the driver's own connection: SQLAlchemy's would begin a transaction first.
    driver = connection.connection.driver_connection
    if driver is not None:
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _transient(exc: BaseException) -> bool:
    """SQLSTATE class 40, transaction rollback (deadlock, serialization failure): the server
    undid the whole transaction, and the same statements may simply be run again. Or SQLite's
    "database is locked": its lock was not granted in time, or at once where waiting could
    deadlock (two processes opening a new file, one of them switching it to WAL); nothing was
    written, and a second try goes through (one such failure was seen in CI)."""
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate.startswith("40"):
        return True
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


def _one_bad_operation(exc: BaseException) -> bool:
    """A failure of one statement (a constraint, a bug), not of the database as a whole."""
    if isinstance(exc, (OperationalError, OSError, migrations.SchemaTooNew)):
        return False
    return not (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def create_private_file(path: Path) -> None:
    """Create the SQLite file (and its folder) readable by its owner only: it holds hashes and
    perhaps question text. Stale ``-wal``/``-shm`` files of a deleted database go first: SQLite
    would otherwise replay another file's log into the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
