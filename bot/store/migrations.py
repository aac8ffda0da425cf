"""Every schema change of the bot's database, in order, for SQLite and PostgreSQL alike.

``MIGRATIONS`` is an ordered tuple of functions; migration ``n`` (1-based) turns a version ``n - 1``
database into a version ``n`` one, and the ``schema_version`` table records each version applied.
Never edit a released migration: add a new one, since databases in the field are already at the
old version and only ever run the steps after it. The statements are plain SQL that both engines
accept (``TEXT``, ``INTEGER``, ``DOUBLE PRECISION``, partial indexes), written out here rather than
generated from the current table definitions (``bot/store/tables.py``), which change over time.

Files made before this module (the question log alone) kept their version in SQLite's
``PRAGMA user_version`` (1 or 2): that is where their history starts, and their rows stay. On
SQLite the version is still mirrored there, so an older safeguards-bot, which reads only that,
refuses a newer file instead of writing into a layout it does not know.

``migrate`` runs inside the writer's transaction, which holds the write lock on SQLite (``BEGIN
IMMEDIATE``) and an advisory lock on PostgreSQL: replicas starting together never run a step twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import Connection, inspect, text


class SchemaTooNew(Exception):
    """Written by a newer safeguards-bot: an older one must not guess its layout."""


def _execute(connection: Connection, *statements: str) -> None:
    for statement in statements:
        connection.execute(text(statement))


def _v1_questions(connection: Connection) -> None:
    _execute(connection, """
        CREATE TABLE questions (
            id          TEXT PRIMARY KEY,
            created_at  TEXT NOT NULL,
            surface     TEXT NOT NULL,
            decision    TEXT NOT NULL CHECK (decision IN ('answer', 'suggest', 'none', 'crisis')),
            article_id  TEXT,
            confidence  REAL,
            feedback    TEXT CHECK (feedback IN ('helpful', 'not_helpful')),
            user_hash   TEXT
        )""")


def _v2_text_and_time_index(connection: Connection) -> None:
    # The opt-in question text came after the first release; reports filter on time.
    _execute(connection, "ALTER TABLE questions ADD COLUMN text TEXT",
             "CREATE INDEX questions_created_at ON questions (created_at)")


def _v3_seen_keys(connection: Connection) -> None:
    # Deduplication keys shared by replicas and kept across restarts; times are Unix seconds.
    _execute(connection, """
        CREATE TABLE seen_keys (
            key         TEXT PRIMARY KEY,
            expires_at  DOUBLE PRECISION NOT NULL
        )""", "CREATE INDEX seen_keys_expires_at ON seen_keys (expires_at)")


def _v4_outbox_and_replicas(connection: Connection) -> None:
    # The replies owed to people, by ids only (never what anyone typed), and who is alive.
    _execute(connection, """
        CREATE TABLE outbox (
            id              TEXT PRIMARY KEY,
            created_at      DOUBLE PRECISION NOT NULL,
            kind            TEXT NOT NULL,
            surface         TEXT NOT NULL,
            channel         TEXT,
            thread_ts       TEXT,
            message_ts      TEXT,
            response_url    TEXT,
            user_id         TEXT,
            team_id         TEXT,
            view_id         TEXT,
            decision        TEXT,
            entry_ids       TEXT,
            confidences     TEXT,
            ranked_ids      TEXT,
            crisis_kind     TEXT,
            crisis_level    TEXT,
            question_id     TEXT,
            options         TEXT,
            escalate_id     TEXT,
            locale          TEXT NOT NULL DEFAULT 'en',
            step            INTEGER NOT NULL DEFAULT 0,
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DOUBLE PRECISION NOT NULL,
            deliver_by      DOUBLE PRECISION NOT NULL,
            lease_owner     TEXT,
            lease_until     DOUBLE PRECISION,
            last_error      TEXT,
            delivered_at    DOUBLE PRECISION,
            expired_at      DOUBLE PRECISION,
            failed_at       DOUBLE PRECISION
        )""", """
        CREATE INDEX outbox_due ON outbox (next_attempt_at)
            WHERE delivered_at IS NULL AND expired_at IS NULL AND failed_at IS NULL""",
        "CREATE INDEX outbox_created_at ON outbox (created_at)", """
        CREATE TABLE replicas (
            owner       TEXT PRIMARY KEY,
            started_at  DOUBLE PRECISION NOT NULL,
            seen_at     DOUBLE PRECISION NOT NULL
        )""")


def _v5_gaps_suggestions_and_digest(connection: Connection) -> None:
    # Gaps a maintainer can act on: the matcher's best candidate for every question, even below
    # the answer threshold (an entry id, never text), and the question's language when it is
    # clear (a locale code); the suggestions maintainers record from Slack; a lease, and one row
    # per week, so exactly one replica owes the weekly digest.
    # The one difference between the engines: how an integer key numbers itself.
    key = "INTEGER PRIMARY KEY" if connection.dialect.name == "sqlite" else "SERIAL PRIMARY KEY"
    _execute(connection, "ALTER TABLE questions ADD COLUMN best_candidate TEXT",
             "ALTER TABLE questions ADD COLUMN language TEXT", f"""
        CREATE TABLE suggestions (
            id              {key},
            created_at      DOUBLE PRECISION NOT NULL,
            article_id      TEXT NOT NULL,
            candidate_id    TEXT,
            question_ids    TEXT NOT NULL,
            since_at        TEXT NOT NULL,
            until_at        TEXT NOT NULL,
            suggested_by    TEXT,
            status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied')),
            applied_at      DOUBLE PRECISION,
            phrases_added   INTEGER
        )""", """
        CREATE TABLE leases (
            name            TEXT PRIMARY KEY,
            owner           TEXT NOT NULL,
            lease_until     DOUBLE PRECISION NOT NULL
        )""", """
        CREATE TABLE digests (
            week            TEXT PRIMARY KEY,
            created_at      DOUBLE PRECISION NOT NULL,
            owner           TEXT NOT NULL,
            outbox_id       TEXT NOT NULL,
            drift           TEXT,
            drift_changes   INTEGER
        )""")


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1_questions,
    _v2_text_and_time_index,
    _v3_seen_keys,
    _v4_outbox_and_replicas,
    _v5_gaps_suggestions_and_digest,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Any constant: two replicas migrating a PostgreSQL database at once take turns on it.
_ADVISORY_LOCK = 7_216_354_001


def schema_version(connection: Connection) -> int:
    """The version of the connected database: 0 when empty."""
    version = 0
    if connection.dialect.name == "sqlite":
        version = int(connection.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    if inspect(connection).has_table("schema_version"):
        recorded = connection.execute(text("SELECT max(version) FROM schema_version")).scalar()
        version = max(version, int(recorded or 0))
    return version


def migrate(connection: Connection) -> int:
    """Bring the database up to ``SCHEMA_VERSION`` in the caller's transaction; returns the
    version it had before. ``SchemaTooNew`` for a database from a newer safeguards-bot."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK})"))
    before = schema_version(connection)
    if before > SCHEMA_VERSION:
        raise SchemaTooNew(f"schema version {before}; this safeguards-bot knows up to "
                           f"{SCHEMA_VERSION}: upgrade it")
    if before == SCHEMA_VERSION and inspect(connection).has_table("schema_version"):
        return before
    for step in MIGRATIONS[before:]:
        step(connection)
    _execute(connection, """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            applied_at  DOUBLE PRECISION
        )""")
    recorded = {row[0] for row in connection.execute(text("SELECT version FROM schema_version"))}
    now = time.time()
    for version in range(1, SCHEMA_VERSION + 1):
        if version not in recorded:
            # Versions reached before this table existed have no time.
            connection.execute(text("INSERT INTO schema_version (version, applied_at) "
                                    "VALUES (:v, :at)"),
                               {"v": version, "at": now if version > before else None})
    if connection.dialect.name == "sqlite":
        # PRAGMA takes no parameters; the value is our own integer constant.
        connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
    return before
