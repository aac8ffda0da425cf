"""The question log's columns and time format, shared by the writer (``bot.store.question_log``)
and the reader (``bot.cli.report``) so both agree on them. The schema itself, and its history, is
``bot/store/migrations.py``."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.store.migrations import SCHEMA_VERSION, SchemaTooNew

__all__ = ["DECISIONS", "FEEDBACK", "SCHEMA_VERSION", "SchemaTooNew", "parse_utc_text",
           "utc_text"]

DECISIONS = ("answer", "suggest", "none", "crisis")
FEEDBACK = ("helpful", "not_helpful")

# Fixed width and always UTC, so that text order is time order and `WHERE created_at >= ?` works
# on the index without parsing dates, in SQLite and PostgreSQL alike.
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("question log times must be timezone-aware")
    return moment.astimezone(timezone.utc).strftime(_TIME_FORMAT)


def parse_utc_text(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=timezone.utc)
