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
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from bot.store import migrations, tables

log = logging.getLogger("bot.store.database")

T = TypeVar("T")
Operation = Callable[[Connection], T]

# SQLite waits this long for another process's lock before a write fails ("database is locked").
BUSY_TIMEOUT_SECONDS = 5.0
# PostgreSQL: how long to wait for a connection, and the longest any one statement may run.
CONNECT_TIMEOUT_SECONDS = 3
STATEMENT_TIMEOUT_MS = 10_000
POSTGRES_WRITERS = 4
MAX_BATCH = 200
# While writes fail, a small real write is tried this often to notice the recovery.
PROBE_SECONDS = 0.5
# A write running longer than this means the database is not answering: callers stop waiting.
STALL_SECONDS = 1.0
REPORT_SECONDS = 60.0


class DatabaseUrlError(ValueError):
    """A database URL the bot cannot use; the message is one line, safe to print."""


class WriteGivenUp(Exception):
    """The caller stopped waiting for a write, which will never be made."""


def parse_url(text: str) -> URL:
    """``sqlite:///PATH`` or ``postgresql://…`` (``postgres://`` too), as SQLAlchemy URLs with the
    drivers the bot uses: the standard ``sqlite3`` and psycopg 3."""
    usage = ("must be sqlite:///PATH (a file) or postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError(f"the database URL {usage}") from None
    backend = url.drivername.split("+", 1)[0]
    if backend == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise DatabaseUrlError(f"the database URL names no SQLite file: it {usage}")
        return url.set(drivername="sqlite")
    if backend in ("postgresql", "postgres"):
        if not url.database:
            raise DatabaseUrlError(f"the database URL names no database: it {usage}")
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseUrlError(f"the database URL {usage}")


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
                 in_transaction: bool = True):
        self.op = op
        # False: run on a connection outside any transaction (SQLite's checkpoint needs that).
        self.in_transaction = in_transaction
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
            # One connection per writer, and a few for reads (reports, tests).
            self.url, pool_size=self._writers + 2,
            max_overflow=8, pool_pre_ping=True, pool_recycle=1800,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "application_name": "safeguards-bot",
                "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            })

    # -- writing ---------------------------------------------------------------------------------
    def submit(self, op: Operation[T], *, what: str, rows: int = 1,
               in_transaction: bool = True) -> PendingWrite[T]:
        """Queue ``op``; it runs on a writer thread inside a transaction with others."""
        pending = PendingWrite(op, what, rows, in_transaction=in_transaction)
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
            together = [p for p in live if p.in_transaction]
            if together:
                self._execute(together)
            for pending in live:
                if not pending.in_transaction:
                    self._execute([pending])
            self._maintain()
            if stop:
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

    def _execute(self, live: list[PendingWrite[Any]]) -> None:
        with self._running_lock:
            self._running.extend(live)
        try:
            try:
                self._prepare()
                if live[0].in_transaction:
                    with self.engine.begin() as connection:
                        results = [pending.op(connection) for pending in live]
                else:
                    with self.engine.connect() as connection:
                        results = [live[0].op(connection)]
            except Exception as exc:
                if len(live) > 1 and _one_bad_operation(exc):
                    for pending in live:  # one bad write must not sink the others
                        self._execute([pending])
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
                self.engine.dispose()  # our connections still point at the deleted file
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


def open_for_reading(location: str | os.PathLike[str]) -> tuple[Engine, str]:
    """An engine that only reads ``location`` (a database URL, or the path of a SQLite file),
    and the name to show for it. A SQLite file is opened read-only and must exist: reading never
    creates, migrates or locks it. Raises ``DatabaseUrlError`` or ``FileNotFoundError``."""
    text = os.fspath(location)
    url = parse_url(text if "://" in text else f"sqlite:///{text}")
    if url.drivername != "sqlite":
        engine = create_engine(url, pool_size=1, connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "safeguards-bot",
            "options": "-c default_transaction_read_only=on"})
        return engine, url.render_as_string(hide_password=True)
    path = Path(url.database or "")
    if not path.is_file():
        raise FileNotFoundError(str(path))
    uri = path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                               check_same_thread=False)

    return create_engine("sqlite://", creator=connect), str(path)
