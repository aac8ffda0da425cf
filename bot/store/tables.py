"""The tables as SQLAlchemy Core sees them, for the stores' statements (the DDL that makes them is
``bot/store/migrations.py``; the two are checked against each other by the tests)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Column, Connection, Float, Integer, MetaData, Table, Text
from sqlalchemy.dialects import postgresql, sqlite

metadata = MetaData()

questions = Table(
    "questions", metadata,
    Column("id", Text, primary_key=True),
    Column("created_at", Text, nullable=False),
    Column("surface", Text, nullable=False),
    Column("decision", Text, nullable=False),
    Column("article_id", Text),
    Column("confidence", Float),
    Column("feedback", Text),
    Column("user_hash", Text),
    Column("text", Text),
    Column("best_candidate", Text),
    Column("language", Text),
)

seen_keys = Table(
    "seen_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("expires_at", Float, nullable=False),
)

outbox = Table(
    "outbox", metadata,
    Column("id", Text, primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("kind", Text, nullable=False),
    Column("surface", Text, nullable=False),
    Column("channel", Text),
    Column("thread_ts", Text),
    Column("message_ts", Text),
    Column("response_url", Text),
    Column("user_id", Text),
    Column("team_id", Text),
    Column("view_id", Text),
    Column("decision", Text),
    Column("entry_ids", Text),
    Column("confidences", Text),
    Column("ranked_ids", Text),
    Column("crisis_kind", Text),
    Column("crisis_level", Text),
    Column("question_id", Text),
    Column("options", Text),
    Column("escalate_id", Text),
    Column("locale", Text, nullable=False),
    Column("step", Integer, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", Float, nullable=False),
    Column("deliver_by", Float, nullable=False),
    Column("lease_owner", Text),
    Column("lease_until", Float),
    Column("last_error", Text),
    Column("delivered_at", Float),
    Column("expired_at", Float),
    Column("failed_at", Float),
)

replicas = Table(
    "replicas", metadata,
    Column("owner", Text, primary_key=True),
    Column("started_at", Float, nullable=False),
    Column("seen_at", Float, nullable=False),
)

suggestions = Table(
    "suggestions", metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("article_id", Text, nullable=False),
    Column("candidate_id", Text),
    Column("question_ids", Text, nullable=False),
    Column("since_at", Text, nullable=False),
    Column("until_at", Text, nullable=False),
    Column("suggested_by", Text),
    Column("status", Text, nullable=False),
    Column("applied_at", Float),
    Column("phrases_added", Integer),
)

leases = Table(
    "leases", metadata,
    Column("name", Text, primary_key=True),
    Column("owner", Text, nullable=False),
    Column("lease_until", Float, nullable=False),
)

digests = Table(
    "digests", metadata,
    Column("week", Text, primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("owner", Text, nullable=False),
    Column("outbox_id", Text, nullable=False),
    Column("drift", Text),
    Column("drift_changes", Integer),
)


def upsert(connection: Connection | str, table: Table) -> Any:
    """``INSERT`` with ``ON CONFLICT`` clauses, in the connected engine's (or the named) dialect."""
    dialect = connection if isinstance(connection, str) else connection.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def heartbeat(connection: Connection, owner: str) -> None:
    """Say ``owner`` is alive: a small real write, which also tells whether writes work."""
    now = time.time()
    statement = upsert(connection, replicas).values(owner=owner, started_at=now, seen_at=now)
    connection.execute(statement.on_conflict_do_update(
        index_elements=[replicas.c.owner], set_={"seen_at": now}))
