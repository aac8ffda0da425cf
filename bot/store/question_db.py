"""The question log's SQLite file: its schema, the migrations that build it, how to connect.

Shared by the writer (``bot.store.question_log``) and the reader (``bot.cli.report``) so both agree on the
column names and the time format. The schema version is SQLite's own ``PRAGMA user_version``: it
lives in the file header, so no extra table can disagree with it. Migrations are an ordered tuple
of functions; migration ``n`` (1-based) turns a version ``n - 1`` file into a version ``n`` one.
Never edit a released migration: add a new one, because files in the field are already at the old
version and only ever run the steps after it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

# A writer waits this long for another connection's lock before giving up on a batch. Long enough
# to ride out a report or a second bot process committing; short enough that a stuck lock shows up
# in the log within seconds, while the bounded queue absorbs the questions meanwhile.
BUSY_TIMEOUT_SECONDS = 5.0

DECISIONS = ("answer", "suggest", "none", "crisis")
FEEDBACK = ("helpful", "not_helpful")

# Fixed width and always UTC, so that text order is time order and `WHERE created_at >= ?` works
# on the index without parsing dates.
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class SchemaTooNew(sqlite3.DatabaseError):
    """The file was written by a newer safeguards-bot; an older one must not guess its layout."""


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("question log times must be timezone-aware")
    return moment.astimezone(timezone.utc).strftime(_TIME_FORMAT)


def parse_utc_text(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=timezone.utc)


def _v1_questions(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE questions (
            id          TEXT PRIMARY KEY,
            created_at  TEXT NOT NULL,
            surface     TEXT NOT NULL,
            decision    TEXT NOT NULL CHECK (decision IN ('answer', 'suggest', 'none', 'crisis')),
            article_id  TEXT,
            confidence  REAL,
            feedback    TEXT CHECK (feedback IN ('helpful', 'not_helpful')),
            user_hash   TEXT
        )
        """
    )


def _v2_text_and_time_index(db: sqlite3.Connection) -> None:
    # The opt-in question text came after the first release; reports filter on time.
    db.execute("ALTER TABLE questions ADD COLUMN text TEXT")
    db.execute("CREATE INDEX questions_created_at ON questions (created_at)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_questions,
    _v2_text_and_time_index,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection) -> int:
    """Bring the file up to ``SCHEMA_VERSION``; returns the version it had before.

    ``BEGIN IMMEDIATE`` takes the write lock before reading the version, so two bot processes
    starting together cannot both run the same step. The connection must be in autocommit mode
    (``isolation_level=None``) so this explicit transaction is the only one.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        before = schema_version(db)
        if before > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"schema version {before}; this safeguards-bot knows up to {SCHEMA_VERSION}")
        for step in MIGRATIONS[before:]:
            step(db)
        # PRAGMA takes no parameters; the value is our own integer constant.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return before


def connect_for_writing(
    path: str | os.PathLike[str], busy_timeout: float = BUSY_TIMEOUT_SECONDS
) -> sqlite3.Connection:
    """Open (creating the folder and file if needed) and migrate the question log."""
    where = Path(path)
    where.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(where, timeout=busy_timeout, isolation_level=None)
    try:
        # WAL lets a report read while the bot writes, and a writer never waits for readers.
        db.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL loses at most the last commits on power loss, never the file: fine for
        # statistics, and it saves an fsync per batch.
        db.execute("PRAGMA synchronous = NORMAL")
        # Purged question text must not linger in freed pages of the file.
        db.execute("PRAGMA secure_delete = ON")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def connect_for_reading(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an existing question log read-only: a report must never create or change it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    db.row_factory = sqlite3.Row
    return db


def question_columns(db: sqlite3.Connection) -> set[str]:
    return {row[1] for row in db.execute("PRAGMA table_info(questions)")}
