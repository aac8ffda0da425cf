"""Maintainers' suggestions: "these questions belong to article X", recorded from Slack, reviewed
and applied from the terminal (``safeguards-bot suggestions``).

A suggestion names an article and the gap group it was made from (its nearest candidate and the
period shown), and lists the ids of the questions that were in the group at the click, never their
text: the text stays in the question log, kept only where the workspace opted in and purged after
the retention period like any other. ``apply`` reads whatever text is still there when a person
runs it, and marks the suggestion applied; nothing here changes the catalog.

Who suggested is the maintainer's Slack user id (an audit trail of a maintainer's action, not of
anyone who asked a question).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select, update

from bot.store.gaps import gap_groups
from bot.store.question_db import parse_utc_text, utc_text
from bot.store.tables import questions, suggestions

OPEN, APPLIED = "open", "applied"


@dataclass(frozen=True)
class Suggestion:
    id: int
    created_at: float
    article_id: str
    candidate_id: str | None
    question_ids: tuple[str, ...]
    since: str
    until: str
    suggested_by: str | None
    status: str
    applied_at: float | None = None
    phrases_added: int | None = None


def _from_row(row: Row[Any]) -> Suggestion:
    values = row._mapping
    return Suggestion(
        id=int(values["id"]), created_at=float(values["created_at"]),
        article_id=values["article_id"], candidate_id=values["candidate_id"],
        question_ids=tuple((values["question_ids"] or "").split()),
        since=values["since_at"], until=values["until_at"],
        suggested_by=values["suggested_by"], status=values["status"],
        applied_at=values["applied_at"], phrases_added=values["phrases_added"])


def record(connection: Connection, *, article_id: str, candidate_id: str | None,
           since: datetime, until: datetime, suggested_by: str | None,
           now: float) -> Suggestion | None:
    """Record that the gaps nearest ``candidate_id`` from ``since`` to ``until`` belong to
    ``article_id``: the group's questions as they are now. The same open suggestion made twice
    (a double click) is recorded once. None when the group has no question any more."""
    groups = gap_groups(connection, since, until, candidate_id=candidate_id,
                        only_candidate=True)
    if not groups:
        return None
    [group] = groups
    ids = " ".join(group.question_ids)
    existing = connection.execute(select(suggestions).where(
        suggestions.c.status == OPEN, suggestions.c.article_id == article_id,
        suggestions.c.question_ids == ids)).first()
    if existing is not None:
        return _from_row(existing)
    result = connection.execute(suggestions.insert().values(
        created_at=now, article_id=article_id, candidate_id=candidate_id, question_ids=ids,
        since_at=utc_text(since), until_at=utc_text(until), suggested_by=suggested_by,
        status=OPEN))
    new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
    row = connection.execute(select(suggestions).where(suggestions.c.id == new_id)).one()
    return _from_row(row)


def listed(connection: Connection, ids: Iterable[int] = (), *,
           status: str | None = None) -> list[Suggestion]:
    """Suggestions, oldest first: those of ``ids`` (all when empty), of ``status`` if given."""
    query = select(suggestions).order_by(suggestions.c.id)
    wanted = list(ids)
    if wanted:
        query = query.where(suggestions.c.id.in_(wanted))
    if status is not None:
        query = query.where(suggestions.c.status == status)
    return [_from_row(row) for row in connection.execute(query)]


def open_since(connection: Connection, since: datetime) -> list[Suggestion]:
    """Open suggestions made for periods ending after ``since`` (the Home marks their groups)."""
    return [s for s in listed(connection, status=OPEN) if parse_utc_text(s.until) >= since]


def texts_of(connection: Connection, question_ids: Sequence[str]) -> dict[str, str]:
    """The text still kept for each of ``question_ids`` (missing: never kept, or purged)."""
    if not question_ids:
        return {}
    rows = connection.execute(select(questions.c.id, questions.c.text).where(
        questions.c.id.in_(list(question_ids)), questions.c.text.is_not(None)))
    return {question_id: question for question_id, question in rows}


def mark_applied(connection: Connection, suggestion_id: int, *, now: float,
                 phrases_added: int) -> bool:
    """Mark an open suggestion applied; False when it was not open (applied meanwhile)."""
    result = connection.execute(update(suggestions).where(
        suggestions.c.id == suggestion_id, suggestions.c.status == OPEN).values(
        status=APPLIED, applied_at=now, phrases_added=phrases_added))
    return bool(result.rowcount == 1)
