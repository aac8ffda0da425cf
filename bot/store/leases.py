"""Leases: one process at a time does a job that every replica could do (the weekly digest).

A lease is one row per job name: who holds it and until when. ``take`` succeeds when the row is
free, expired, or already this owner's (renewed); the statement is one atomic upsert, so two
replicas taking it at once cannot both succeed. A lease only says who *works* on a job; whether
the job was done is recorded by the job itself (the digest's row per week), so a holder that
dies mid-job leaves it to whoever takes the lease after it expires. Times are Unix seconds from
the replicas' clocks, like the outbox's leases.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, or_, select

from bot.store.tables import leases, upsert


def take(connection: Connection, name: str, owner: str, *, now: float, seconds: float) -> bool:
    """Hold the lease ``name`` for ``seconds`` from ``now``: True when it is ``owner``'s now."""
    until = now + seconds
    statement = upsert(connection, leases).values(name=name, owner=owner, lease_until=until)
    connection.execute(statement.on_conflict_do_update(
        index_elements=[leases.c.name], set_={"owner": owner, "lease_until": until},
        where=or_(leases.c.lease_until <= now, leases.c.owner == owner)))
    held = connection.execute(select(leases.c.owner, leases.c.lease_until).where(
        leases.c.name == name)).one()
    return bool(held.owner == owner and held.lease_until == until)


def release(connection: Connection, name: str, owner: str) -> None:
    """Give the lease back at once (if ``owner`` still holds it)."""
    connection.execute(delete(leases).where(leases.c.name == name, leases.c.owner == owner))
