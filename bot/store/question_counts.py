"""Counts from the question log, never text: by decision for a period (the weekly digest) and by
day and decision (the HTML report's first chart). Pure reads on a ``Connection``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, inspect, text

from bot.store.question_db import DECISIONS, utc_text

_WINDOW = "created_at >= :since AND created_at <= :until"


def _bounds(since: datetime, until: datetime) -> dict[str, str]:
    return {"since": utc_text(since), "until": utc_text(until)}


def decision_counts(connection: Connection, since: datetime, until: datetime) -> dict[str, int]:
    """Questions asked from ``since`` to ``until`` by decision (every decision, 0 if none)."""
    found = {row[0]: int(row[1]) for row in connection.execute(text(
        f"SELECT decision, count(*) FROM questions WHERE {_WINDOW} GROUP BY decision"),
        _bounds(since, until))}
    return {decision: found.get(decision, 0) for decision in DECISIONS}


def decisions_per_day(connection: Connection, since: datetime,
                      until: datetime) -> list[dict[str, object]]:
    """One item per UTC day with questions: ``{"day": "2025-03-01", "answer": 3, ...}``, in order.
    (Times are stored as fixed-width UTC text, so the day is its first ten characters.)"""
    days: dict[str, dict[str, object]] = {}
    for day, decision, count in connection.execute(text(
            f"""SELECT substr(created_at, 1, 10) AS day, decision, count(*) FROM questions
                WHERE {_WINDOW} GROUP BY day, decision ORDER BY day"""), _bounds(since, until)):
        row = days.setdefault(day, {"day": day, **dict.fromkeys(DECISIONS, 0)})
        if decision in DECISIONS:
            row[decision] = int(count)
    return list(days.values())


def language_counts(connection: Connection, since: datetime,
                    until: datetime) -> list[dict[str, object]] | None:
    """Questions per language (``None``: the language was not clear), the most first; None for
    a log older than its ``language`` column."""
    if "language" not in {c["name"] for c in inspect(connection).get_columns("questions")}:
        return None
    rows = connection.execute(text(
        f"""SELECT language, count(*) AS n FROM questions WHERE {_WINDOW}
            GROUP BY language ORDER BY n DESC"""), _bounds(since, until))
    counts = [{"language": language, "questions": int(n)} for language, n in rows]
    return sorted(counts, key=lambda c: (-int(str(c["questions"])), c["language"] is None,
                                         str(c["language"] or "")))
