"""The reply outbox: the replies the bot owes, one row each, until Slack has them.

A row says where a reply goes (surface, channel, thread, ``response_url``, user or view) and what
it is made of, by ids only: the decision, the catalog entries and their confidences, the question
id, the crisis kind and level, a few option words. **Never the question text**: the reply is
rendered again from the ids when it is sent (``bot.slack.delivery``), so a database dump holds
nothing anyone typed.

Delivery state: ``step`` (how many of the reply's Slack calls are done), ``attempts``,
``next_attempt_at``, a lease (``lease_owner``, ``lease_until``) and how it ended: ``delivered_at``,
``expired_at`` (no longer useful) or ``failed_at`` (Slack refused it for good).

Exactly one process sends a row: it sends only while it holds the row's lease, and it takes a
lease either by writing the row (the listener's process, which sends it at once) or by claiming
due rows whose lease is free or expired (``claim``): ``SELECT … FOR UPDATE SKIP LOCKED`` then
``UPDATE`` on PostgreSQL, so concurrent claimers skip each other's rows; SQLite's transaction
holds the write lock from its first statement (``BEGIN IMMEDIATE``), so claims there take turns.
Every later update names the owner (``WHERE lease_owner = :me``): a process whose lease was taken
over learns it from the row count instead of overwriting the new owner's state. Times are Unix
seconds from the replicas' clocks (keep them in sync with NTP; leases are tens of seconds).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Update, and_, bindparam, delete, func, or_, select, update

from bot.store.database import Database, PendingWrite
from bot.store.tables import outbox

DELIVERED, EXPIRED, FAILED = "delivered", "expired", "failed"
_ENDED = {DELIVERED: outbox.c.delivered_at, EXPIRED: outbox.c.expired_at,
          FAILED: outbox.c.failed_at}
_UNFINISHED = and_(outbox.c.delivered_at.is_(None), outbox.c.expired_at.is_(None),
                   outbox.c.failed_at.is_(None))


def _words(values: tuple[str, ...] | frozenset[str]) -> str | None:
    return " ".join(sorted(values) if isinstance(values, frozenset) else values) or None


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


@dataclass(frozen=True)
class OutboxRow:
    """One owed reply. What each field means for each ``kind`` is the Slack layer's business
    (``bot.slack.delivery.owed``); here they are ids, Slack timestamps and small words."""

    id: str
    kind: str
    surface: str
    created_at: float
    deliver_by: float
    channel: str | None = None
    thread_ts: str | None = None
    message_ts: str | None = None
    response_url: str | None = None
    user_id: str | None = None
    team_id: str | None = None
    view_id: str | None = None
    decision: str | None = None
    entry_ids: tuple[str, ...] = ()
    # Of the entries, then of the ranked candidates.
    confidences: tuple[float, ...] = ()
    ranked_ids: tuple[str, ...] = ()
    crisis_kind: str | None = None
    crisis_level: str | None = None
    question_id: str | None = None
    options: frozenset[str] = field(default_factory=frozenset)
    escalate_id: str | None = None
    locale: str = "en"
    step: int = 0
    attempts: int = 0
    last_error: str | None = None

    def values(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "surface": self.surface,
            "created_at": self.created_at, "deliver_by": self.deliver_by,
            "channel": self.channel, "thread_ts": self.thread_ts,
            "message_ts": self.message_ts, "response_url": self.response_url,
            "user_id": self.user_id, "team_id": self.team_id, "view_id": self.view_id,
            "decision": self.decision,
            "entry_ids": _words(self.entry_ids),
            "confidences": " ".join(f"{c:.4f}" for c in self.confidences) or None,
            "ranked_ids": _words(self.ranked_ids), "crisis_kind": self.crisis_kind,
            "crisis_level": self.crisis_level, "question_id": self.question_id,
            "options": _words(self.options), "escalate_id": self.escalate_id,
            "locale": self.locale, "step": self.step, "attempts": self.attempts,
            "last_error": self.last_error,
        }

    @classmethod
    def from_mapping(cls, row: Mapping[str, Any]) -> OutboxRow:
        return cls(
            id=row["id"], kind=row["kind"], surface=row["surface"],
            created_at=float(row["created_at"]), deliver_by=float(row["deliver_by"]),
            channel=row["channel"], thread_ts=row["thread_ts"], message_ts=row["message_ts"],
            response_url=row["response_url"], user_id=row["user_id"], team_id=row["team_id"],
            view_id=row["view_id"],
            decision=row["decision"], entry_ids=_split(row["entry_ids"]),
            confidences=tuple(float(c) for c in _split(row["confidences"])),
            ranked_ids=_split(row["ranked_ids"]), crisis_kind=row["crisis_kind"],
            crisis_level=row["crisis_level"], question_id=row["question_id"],
            options=frozenset(_split(row["options"])), escalate_id=row["escalate_id"],
            locale=row["locale"], step=int(row["step"]), attempts=int(row["attempts"]),
            last_error=row["last_error"],
        )


class Outbox:
    """The outbox table, for this process (``database.owner``) and its leases.

    Every method queues one operation on the database's writers and returns it
    (``PendingWrite``): callers choose how long to wait for it.
    """

    def __init__(self, database: Database, *, lease_seconds: float):
        self.database = database
        self.owner = database.owner
        self.lease_seconds = lease_seconds

    def insert(self, row: OutboxRow, now: float) -> PendingWrite[None]:
        """Write a new row, leased to this process, which sends it at once."""
        values = {**row.values(), "next_attempt_at": now, "lease_owner": self.owner,
                  "lease_until": now + self.lease_seconds}

        def op(connection: Connection) -> None:
            connection.execute(_INSERT, values)

        return self.database.submit(op, what="outbox")

    def claim(self, limit: int, now: float) -> PendingWrite[list[OutboxRow]]:
        """Lease up to ``limit`` rows that are due and that nobody holds (a dead replica's
        lease has expired), oldest due first."""

        def op(connection: Connection) -> list[OutboxRow]:
            due = (select(outbox.c.id)
                   .where(_UNFINISHED, outbox.c.next_attempt_at <= now,
                          or_(outbox.c.lease_until.is_(None), outbox.c.lease_until <= now))
                   .order_by(outbox.c.next_attempt_at).limit(limit))
            if connection.dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)
            ids = list(connection.execute(due).scalars())
            if not ids:
                return []
            connection.execute(update(outbox).where(outbox.c.id.in_(ids)).values(
                lease_owner=self.owner, lease_until=now + self.lease_seconds))
            rows = connection.execute(select(outbox).where(outbox.c.id.in_(ids))
                                      .order_by(outbox.c.next_attempt_at)).mappings()
            return [OutboxRow.from_mapping(dict(row)) for row in rows]

        return self.database.submit(op, what="outbox claim", rows=0)

    def renew(self, row_id: str, now: float) -> PendingWrite[bool]:
        """Extend this process's lease on a row; False when the lease is no longer its own."""
        return self._update(row_id, "outbox lease", lease_until=now + self.lease_seconds)

    def progress(self, row_id: str, step: int, error: str | None) -> PendingWrite[bool]:
        """Record that the row's first ``step`` Slack calls are done (``error``: how the last
        one ended, when Slack refused it; the next call may depend on it)."""
        return self._update(row_id, "outbox", step=step, last_error=error)

    def finish(self, row_id: str, outcome: str, now: float, *, step: int,
               error: str | None = None) -> PendingWrite[bool]:
        """Mark the row ``DELIVERED``, ``EXPIRED`` or ``FAILED``, once: False when it was already
        marked or is leased to another process now."""
        return self._update(row_id, "outbox", **{_ENDED[outcome].name: now}, step=step,
                            last_error=error, lease_owner=None, lease_until=None)

    def retry_later(self, row_id: str, *, step: int, attempts: int, at: float,
                    error: str) -> PendingWrite[bool]:
        """Give the row back, due again at ``at`` (any process may take it then)."""
        return self._update(row_id, "outbox", step=step, attempts=attempts, next_attempt_at=at,
                            last_error=error, lease_owner=None, lease_until=None)

    def release(self) -> PendingWrite[int]:
        """Give back every unfinished row this process holds (when it stops), so that another
        replica, or the next start, sends them without waiting for the leases to run out."""

        def op(connection: Connection) -> int:
            result = connection.execute(update(outbox).where(
                outbox.c.lease_owner == self.owner, _UNFINISHED).values(
                lease_owner=None, lease_until=None))
            return int(result.rowcount)

        return self.database.submit(op, what="outbox release", rows=0)

    def purge(self, before: float) -> PendingWrite[int]:
        """Delete finished rows that ended before ``before`` (they only held ids anyway)."""

        def op(connection: Connection) -> int:
            ended = or_(outbox.c.delivered_at < before, outbox.c.expired_at < before,
                        outbox.c.failed_at < before)
            return int(connection.execute(delete(outbox).where(ended)).rowcount)

        return self.database.submit(op, what="outbox purge", rows=0)

    def summary(self) -> dict[str, int]:
        """How many rows are pending, delivered, expired and failed (waits for the database)."""

        def op(connection: Connection) -> dict[str, int]:
            counts = connection.execute(select(
                func.count().filter(_UNFINISHED),
                func.count(outbox.c.delivered_at), func.count(outbox.c.expired_at),
                func.count(outbox.c.failed_at))).one()
            return dict(zip(("pending", DELIVERED, EXPIRED, FAILED), map(int, counts),
                            strict=True))

        return self.database.run(op, what="outbox summary", rows=0)

    def backlog(self) -> tuple[int, float | None]:
        """Rows not yet finished and the creation time of the oldest (for the metrics)."""

        def op(connection: Connection) -> tuple[int, float | None]:
            count, oldest = connection.execute(
                select(func.count(), func.min(outbox.c.created_at)).where(_UNFINISHED)).one()
            return int(count), None if oldest is None else float(oldest)

        return self.database.run(op, what="outbox backlog", rows=0)

    def _update(self, row_id: str, what: str, **values: Any) -> PendingWrite[bool]:
        statement = _update_statement(tuple(sorted(values)))
        parameters = {"row_id": row_id, "row_owner": self.owner,
                      **{f"new_{name}": value for name, value in values.items()}}

        def op(connection: Connection) -> bool:
            return bool(connection.execute(statement, parameters).rowcount == 1)

        return self.database.submit(op, what=what, rows=0)


# Statements built once, run with parameters: building one per write (and SQLAlchemy's cache key
# for it) cost more CPU than the write itself, and a replica makes several per reply.
_INSERT = outbox.insert()
_UPDATES: dict[tuple[str, ...], Update] = {}


def _update_statement(names: tuple[str, ...]) -> Update:
    """Update the named columns of one row, only while this process holds it unfinished."""
    statement = _UPDATES.get(names)
    if statement is None:
        statement = update(outbox).where(
            outbox.c.id == bindparam("row_id"), outbox.c.lease_owner == bindparam("row_owner"),
            _UNFINISHED).values({name: bindparam(f"new_{name}") for name in names})
        _UPDATES[names] = statement
    return statement
