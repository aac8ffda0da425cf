"""The weekly digest's record: one row per ISO week, written in the same transaction as the
outbox row that will post it, so a week's digest is owed once however many replicas try.

The row also keeps what the digest says about Help Center drift (a status word and the number of
changes), found before the row was written: the digest is rendered from the database when it is
sent, and the drift check reads a file or a URL, which is no work for a delivery thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from bot.store.outbox import OutboxRow
from bot.store.tables import digests, outbox, upsert

# What the digest says about drift.
DRIFT_OFF = "off"  # no drift source configured
DRIFT_NONE = "in_sync"
DRIFT_FOUND = "drift"
DRIFT_UNREADABLE = "unreadable"


@dataclass(frozen=True)
class DigestRecord:
    week: str
    created_at: float
    owner: str
    outbox_id: str
    drift: str | None
    drift_changes: int | None


def week_of(moment: float) -> str:
    """The ISO week of a Unix time, in UTC: ``2025-W09``."""
    year, week, _ = datetime.fromtimestamp(moment, timezone.utc).isocalendar()
    return f"{year}-W{week:02d}"


def recorded(connection: Connection, week: str) -> DigestRecord | None:
    row = connection.execute(select(digests).where(digests.c.week == week)).first()
    return None if row is None else DigestRecord(**row._mapping)


def of_outbox_row(connection: Connection, outbox_id: str) -> DigestRecord | None:
    row = connection.execute(select(digests).where(digests.c.outbox_id == outbox_id)).first()
    return None if row is None else DigestRecord(**row._mapping)


def owe(connection: Connection, week: str, row: OutboxRow, *, owner: str, now: float,
        drift: str, drift_changes: int | None) -> bool:
    """Record ``week``'s digest and the outbox row that posts it, in the caller's transaction;
    False (and nothing written) when the week has its digest already. The outbox row is left
    unleased and due now: whichever process polls the outbox first sends it."""
    # RETURNING, not the row count, says whether it was written (as for the delivery keys).
    claimed = connection.execute(upsert(connection, digests).values(
        week=week, created_at=now, owner=owner, outbox_id=row.id, drift=drift,
        drift_changes=drift_changes).on_conflict_do_nothing(index_elements=[digests.c.week])
        .returning(digests.c.week)).first()
    if claimed is None:
        return False
    connection.execute(outbox.insert().values(**row.values(), next_attempt_at=now))
    return True
