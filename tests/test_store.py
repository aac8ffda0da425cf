"""The shared database and its stores, on SQLite and on a real PostgreSQL server alike: the
schema and its migrations, deduplication keys, the reply outbox and its leases, and loud faults.

Two ``Database`` objects on one database play two processes (each has its own owner id, writer
threads and connections), which is all a replica is to the database."""

from __future__ import annotations

import logging
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Connection, inspect, text

from bot.cli.report import build_report
from bot.store import tables
from bot.store.database import Database, PendingWrite, WriteGivenUp
from bot.store.migrations import SCHEMA_VERSION
from bot.store.outbox import DELIVERED, EXPIRED, Outbox, OutboxRow
from bot.store.question_log import QuestionLog
from bot.store.seen_keys import DatabaseSeenStore
from bot.store.settings_paths import sqlite_url

OpenDatabase = Callable[..., Database]
T = TypeVar("T")
MARKER = "zanzibar marmalade question"


@pytest.fixture
def open_database(database_url: str) -> Iterator[OpenDatabase]:
    """Open the test's database, as many times as the test wants processes."""
    opened: list[Database] = []

    def open_(**options: object) -> Database:
        database = Database(database_url, **options)  # type: ignore[arg-type]
        opened.append(database)
        return database

    yield open_
    for database in opened:
        database.close()


def ready(database: Database) -> Database:
    database.run(lambda connection: None, what="test")
    return database


def result(pending: PendingWrite[T]) -> T | None:
    """Wait for a write and return what it returned."""
    assert pending.wait(20), "no answer from the database"
    assert pending.ok, pending.error
    return pending.result


def row(number: int = 0, now: float | None = None, **fields: object) -> OutboxRow:
    now = time.time() if now is None else now
    values: dict[str, object] = {
        "id": f"{number:032x}", "kind": "answer", "surface": "mention", "created_at": now,
        "deliver_by": now + 3600, "channel": "C0GENERAL", "thread_ts": "1700000000.000100",
        "decision": "answer", "entry_ids": ("appeals",), "confidences": (0.9,)}
    values.update(fields)
    return OutboxRow(**values)  # type: ignore[arg-type]


# -- schema -----------------------------------------------------------------------------------
def test_migrations_make_every_table_as_the_stores_see_it(open_database: OpenDatabase) -> None:
    database = ready(open_database())
    with database.engine.connect() as connection:
        found = inspect(connection)
        for table in tables.metadata.tables.values():
            assert {c["name"] for c in found.get_columns(table.name)} == set(table.c.keys())
        versions = [r[0] for r in connection.execute(text("SELECT version FROM schema_version"))]
    assert sorted(versions) == list(range(1, SCHEMA_VERSION + 1))


def test_two_processes_migrating_at_once_do_it_once(open_database: OpenDatabase) -> None:
    first, second = open_database(), open_database()
    done = [first.submit(lambda c: None, what="test"), second.submit(lambda c: None, what="t")]
    assert all(p.wait(20) and p.ok for p in done), [p.error for p in done]


def test_a_question_log_file_of_the_last_release_is_upgraded_with_its_rows(
        tmp_path: Path) -> None:
    path = tmp_path / "questions.sqlite3"
    with sqlite3.connect(path) as db:  # what the previous safeguards-bot left: user_version 2
        db.executescript("""
            CREATE TABLE questions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL,
                surface TEXT NOT NULL, decision TEXT NOT NULL, article_id TEXT, confidence REAL,
                feedback TEXT, user_hash TEXT, text TEXT);
            CREATE INDEX questions_created_at ON questions (created_at);
            PRAGMA user_version = 2;""")
        db.execute("INSERT INTO questions VALUES ('a', '2025-02-01T00:00:00.000000Z', 'dm', "
                   "'none', NULL, NULL, NULL, 'h', 'kept')")
    database = ready(Database(sqlite_url(path)))
    database.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT id, text FROM questions").fetchall() == [("a", "kept")]
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == \
            SCHEMA_VERSION


def test_a_new_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "bot.sqlite3"
    ready(Database(sqlite_url(path))).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- deduplication keys -----------------------------------------------------------------------
def test_a_key_is_claimed_once_across_processes_and_threads(open_database: OpenDatabase) -> None:
    stores = [DatabaseSeenStore(ready(open_database()), wait_seconds=5.0) for _ in range(2)]
    wins: list[bool] = []
    lock = threading.Lock()

    def claim(store: DatabaseSeenStore, key: str) -> None:
        first = store.first_time(key)
        with lock:
            wins.append(first)

    threads = [threading.Thread(target=claim, args=(stores[n % 2], f"event:E{n // 8}"))
               for n in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(wins) == 8  # one winner per key, among 8 claimants in two processes


def test_deliveries_claimed_in_opposite_orders_by_two_processes_win_once_each(
        open_database: OpenDatabase) -> None:
    """Two replicas receive the same deliveries in different orders, under load. Claims that
    shared one transaction with other writes (group commit) held their keys' locks until it
    committed, so two processes could each hold a key the other wanted: PostgreSQL then cancels
    one transaction (deadlock), its claims fail and both replicas answer. Each is its own."""
    stores = [DatabaseSeenStore(ready(open_database()), wait_seconds=20.0) for _ in range(2)]
    deliveries = [[f"event:E{n}", f"msg:C1:{n}.000", f"cmsg:{n}"] for n in range(120)]
    wins = [0] * len(deliveries)
    lock = threading.Lock()

    def claim_all(store: DatabaseSeenStore, order: list[int]) -> None:
        for n in order:
            if store.claim(deliveries[n]):
                with lock:
                    wins[n] += 1

    forward, backward = list(range(len(deliveries))), list(reversed(range(len(deliveries))))
    threads = [threading.Thread(target=claim_all, args=(stores[side], order[part::4]))
               for side, order in enumerate((forward, backward)) for part in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wins == [1] * len(deliveries)
    assert [store.database.health.problem() for store in stores] == [None, None]


def test_a_transaction_postgresql_cancels_in_a_deadlock_is_run_again(postgres_url: str) -> None:
    """Two processes' batches each hold a row the other wants: PostgreSQL cancels one of the two
    transactions. Its writes are run again instead of being lost."""
    first, second = (ready(Database(postgres_url)) for _ in range(2))
    # Generous: on a loaded machine the second process's writer can take seconds to connect.
    both_hold_one = threading.Barrier(2, timeout=60)

    def lock_in_order(order: tuple[str, str]) -> Callable[[Connection], str]:
        runs = []

        def op(connection: Connection) -> str:
            runs.append(1)
            for n, key in enumerate(order):
                connection.execute(text("INSERT INTO seen_keys (key, expires_at) VALUES (:k, 0) "
                                        "ON CONFLICT (key) DO UPDATE SET expires_at = 1"),
                                   {"k": key})
                if n == 0 and len(runs) == 1:
                    both_hold_one.wait()  # only the first time: a retry does not wait
            return f"ran {len(runs)} time(s)"

        return op

    try:
        writes = [first.submit(lock_in_order(("k1", "k2")), what="test"),
                  second.submit(lock_in_order(("k2", "k1")), what="test")]
        assert all(write.wait(120) for write in writes), "no answer from the database"
        runs = sorted(int(str(result(write)).split()[1]) for write in writes)
        # Both landed; at least one was cancelled and run again. Its rerun races the other
        # transaction, so PostgreSQL may cancel one of them once more: never fewer, never lost.
        assert runs[0] >= 1 and sum(runs) >= 3, runs
        assert first.health.problem() is None and second.health.problem() is None
    finally:
        first.close()
        second.close()


def test_a_key_expires(open_database: OpenDatabase) -> None:
    now = [1000.0]
    store = DatabaseSeenStore(ready(open_database()), ttl=600, wait_seconds=5.0,
                              clock=lambda: now[0])
    assert store.first_time("trigger:T1") and not store.first_time("trigger:T1")
    now[0] += 601
    assert store.first_time("trigger:T1")


# -- the outbox -------------------------------------------------------------------------------
def test_each_due_row_is_claimed_by_exactly_one_process(open_database: OpenDatabase) -> None:
    writer = Outbox(ready(open_database()), lease_seconds=60)
    now = time.time()
    for number in range(200):
        assert writer.insert(row(number, now), now - 120).wait(10)
    # Inserted two minutes ago with a one-minute lease: every lease has run out.
    outboxes = [Outbox(ready(open_database()), lease_seconds=60) for _ in range(3)]
    claimed: list[list[str]] = [[] for _ in outboxes]

    def take(n: int) -> None:
        while True:
            pending = outboxes[n].claim(7, time.time())
            assert pending.wait(20) and pending.ok, pending.error
            if not pending.result:
                return
            claimed[n] += [r.id for r in pending.result]

    threads = [threading.Thread(target=take, args=(n,)) for n in range(len(outboxes))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for ids in claimed for i in ids]
    assert len(every) == 200 and len(set(every)) == 200


def test_a_held_lease_is_respected_and_an_expired_one_taken_over(
        open_database: OpenDatabase) -> None:
    alive, other = (Outbox(ready(open_database()), lease_seconds=30) for _ in range(2))
    now = time.time()
    assert alive.insert(row(1), now).wait(10)
    assert result(other.claim(10, now + 1)) == []
    taken = result(other.claim(10, now + 31))  # the lease ran out: a dead replica's row
    assert [r.id for r in taken or []] == [row(1).id]
    # The first process, back from a pause, can neither renew nor mark it any more.
    assert result(alive.renew(row(1).id, now + 32)) is False
    assert result(alive.finish(row(1).id, DELIVERED, now + 32, step=1)) is False


def test_a_delivered_row_is_marked_once(open_database: OpenDatabase) -> None:
    outbox = Outbox(ready(open_database()), lease_seconds=30)
    now = time.time()
    assert outbox.insert(row(2), now).wait(10)
    first = outbox.finish(row(2).id, DELIVERED, now + 1, step=2)
    again = outbox.finish(row(2).id, EXPIRED, now + 2, step=2)
    assert first.wait(10) and again.wait(10)
    assert (first.result, again.result) == (True, False)
    assert outbox.summary() == {"pending": 0, DELIVERED: 1, EXPIRED: 0, "failed": 0}


def test_a_retry_is_given_back_due_later_and_a_stopping_process_releases_its_rows(
        open_database: OpenDatabase) -> None:
    mine, theirs = (Outbox(ready(open_database()), lease_seconds=30) for _ in range(2))
    now = time.time()
    for number in (3, 4):
        assert mine.insert(row(number), now).wait(10)
    assert mine.retry_later(row(3).id, step=0, attempts=1, at=now + 5, error="http_503").wait(10)
    assert result(theirs.claim(10, now + 1)) == []  # row 3 is not due, row 4 is leased
    assert mine.release().wait(10)
    claimed = theirs.claim(10, now + 6)
    assert claimed.wait(10)
    got = {r.id: r for r in claimed.result or []}
    assert set(got) == {row(3).id, row(4).id}
    assert (got[row(3).id].attempts, got[row(3).id].last_error) == (1, "http_503")


def test_a_row_round_trips_and_holds_ids_only(open_database: OpenDatabase) -> None:
    database = ready(open_database())
    outbox = Outbox(database, lease_seconds=30)
    original = row(5, response_url="https://hooks.slack.com/actions/T1/1/abc",
                   options=frozenset({"shareable"}), ranked_ids=("appeals", "minors"),
                   confidences=(0.9, 0.9, 0.4), question_id="ab" * 16, escalate_id="appeals",
                   crisis_kind=None, user_id="U0ASKER01", team_id="T0SAFEGRD")
    assert outbox.insert(original, time.time()).wait(10)
    claimed = outbox.claim(10, time.time() + 31)
    assert claimed.wait(10) and claimed.result == [original]
    with database.engine.connect() as connection:
        dumped = str([tuple(r) for r in connection.execute(text("SELECT * FROM outbox"))])
    assert MARKER not in dumped


# -- loud faults ------------------------------------------------------------------------------
def test_a_deleted_sqlite_file_is_created_again_and_said_so(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "bot.sqlite3"
    database = ready(Database(sqlite_url(path)))
    seen = DatabaseSeenStore(database, wait_seconds=5.0)
    assert seen.first_time("event:E1")
    path.unlink()
    assert seen.first_time("event:E2")  # written to a new file, not into the deleted one
    database.close()
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as db:
        assert [r[0] for r in db.execute("SELECT key FROM seen_keys")] == ["event:E2"]
    assert "deleted or replaced while in use" in caplog.text


def test_a_database_that_cannot_be_written_is_loud_and_counts_every_lost_write(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("where the database's folder should be")
    database = Database(sqlite_url(blocker / "bot.sqlite3"), report_seconds=0.2)
    failed = [database.submit(lambda c: None, what="outbox") for _ in range(3)]
    assert all(p.wait(10) and not p.ok for p in failed)
    assert database.problem() is not None and "cannot be written" in str(database.problem())
    assert not database.available()
    started = time.monotonic()
    with pytest.raises(WriteGivenUp):
        database.run(lambda c: None, what="dedup", timeout=0.0)
    assert time.monotonic() - started < 0.1
    for _ in range(5):
        database.health.lost("dedup", 1, "the database is failing")
    deadline = time.monotonic() + 5
    while "since the last report" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.05)
    database.close()
    assert database.health.lost_total == 9 and database.health.lost_by_kind["dedup"] == 6
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("cannot write" in line for line in lines), lines
    assert any(" since start" in line for line in lines), lines
    assert len(lines) <= 4, "logged now and then, not once per write"


def test_the_question_log_and_its_report_work_on_postgresql(postgres_url: str) -> None:
    database = Database(postgres_url)
    qlog = QuestionLog(database, salt="s" * 20, store_text=True)
    question = qlog.record(surface="dm", decision="none", text="how do I export my data?")
    qlog.record_feedback(question, helpful=False)
    crisis = qlog.record(surface="dm", decision="crisis", article_id="crisis-helpline",
                         text=MARKER)
    qlog.record_feedback(crisis, helpful=False)
    assert qlog.flush()
    assert qlog.purge_expired() == 0
    qlog.close()
    database.close()
    report = build_report(postgres_url, days=1)
    assert report["questions"] == 2 and report["gaps"] == 2
    assert report["top_unanswered"] == [{"text": "how do i export my data", "questions": 1}]
    assert "***" in report["database"] or "@" in report["database"]


def test_a_write_refused_as_locked_is_tried_again(tmp_path: Path) -> None:
    # SQLite refuses a lock it cannot grant in time (or at once, where waiting could deadlock):
    # nothing was written, and the writer tries again instead of losing the write.
    path = tmp_path / "bot.sqlite3"
    database = ready(Database(sqlite_url(path), busy_timeout=0.5))
    try:
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN EXCLUSIVE")
        released = threading.Timer(0.6, lambda: other.execute("ROLLBACK"))
        released.start()
        pending = database.submit(lambda c: c.execute(text("SELECT 1")).scalar(), what="test")
        assert result(pending) == 1
        released.join()
        other.close()
        assert database.health.lost_total == 0
    finally:
        database.close()
