"""``safeguards-bot report``: what the question log says about the last N days.

``build_report`` is pure data (JSON-ready) so the CLI's ``--json``, the terminal view and the tests
all read the same figures. The terminal view is rich tables with bar charts; when the output is
not a terminal (piped, CI logs) it is plain text at a fixed width, with no colour codes.
The database is opened read-only: a report never creates, migrates or locks the log.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from io import StringIO
from pathlib import Path
from typing import Any

from rich import box
from rich.bar import Bar
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from bot.store.question_db import (
    DECISIONS,
    SCHEMA_VERSION,
    connect_for_reading,
    question_columns,
    schema_version,
    utc_text,
)

TOP_UNANSWERED = 10
# A century: further back than any log, and within what date arithmetic can represent.
MAX_DAYS = 36_500
PLAIN_WIDTH = 100
BAR_WIDTH = 24

_LABELS = {"answer": "answered", "suggest": "suggested", "none": "declined", "crisis": "crisis"}
_SPACES = re.compile(r"\s+")
_END_PUNCTUATION = "?!.。？！ "


class ReportError(Exception):
    """The report cannot be made; the message is one line for the person at the terminal."""


def normalize_question(text: str) -> str:
    """Group "How do I appeal?" with "how do i  appeal": same question, different typing."""
    return _SPACES.sub(" ", text.casefold()).strip().rstrip(_END_PUNCTUATION)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def build_report(
    db_path: str | os.PathLike[str], days: int, now: datetime | None = None
) -> dict[str, Any]:
    """The report's figures for questions asked in the ``days`` up to ``now`` (default: now)."""
    if not 1 <= days <= MAX_DAYS:
        raise ReportError(f"--days must be between 1 and {MAX_DAYS}")
    path = Path(db_path)
    if not path.is_file():
        raise ReportError(f"no question log at {path} (the bot creates it when it first runs)")
    until = now or datetime.now(timezone.utc)
    since = until - timedelta(days=days)
    try:
        db = connect_for_reading(path)
    except sqlite3.Error as exc:
        raise ReportError(f"cannot open the question log {path}: {exc}") from None
    try:
        return _figures(db, path, days, since, until)
    except sqlite3.DatabaseError as exc:
        raise ReportError(f"cannot read the question log {path}: {exc}") from None
    finally:
        db.close()


def _figures(
    db: sqlite3.Connection, path: Path, days: int, since: datetime, until: datetime
) -> dict[str, Any]:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise ReportError(f"{path} was written by a newer safeguards-bot (schema {version}); "
                          f"upgrade to read it")
    columns = question_columns(db)
    if not columns:
        raise ReportError(f"{path} is not a safeguards-bot question log")
    window = "created_at >= :since AND created_at <= :until"
    bounds = {"since": utc_text(since), "until": utc_text(until)}
    gap = "(decision = 'none' OR feedback = 'not_helpful')"

    total, people, helpful, not_helpful, gaps = db.execute(
        f"""SELECT count(*), count(DISTINCT user_hash),
                   coalesce(sum(feedback = 'helpful'), 0),
                   coalesce(sum(feedback = 'not_helpful'), 0),
                   coalesce(sum({gap}), 0)
            FROM questions WHERE {window}""", bounds).fetchone()
    by_decision = dict(db.execute(
        f"SELECT decision, count(*) FROM questions WHERE {window} GROUP BY decision", bounds))
    articles = [
        {"article_id": row[0], "questions": row[1], "share": _share(row[1], total),
         "helpful": row[2], "not_helpful": row[3]}
        for row in db.execute(
            f"""SELECT article_id, count(*) AS n, coalesce(sum(feedback = 'helpful'), 0),
                       coalesce(sum(feedback = 'not_helpful'), 0)
                FROM questions WHERE {window} AND article_id IS NOT NULL
                GROUP BY article_id ORDER BY n DESC, article_id""", bounds)
    ]
    surfaces = [
        {"surface": row[0], "questions": row[1], "share": _share(row[1], total)}
        for row in db.execute(
            f"""SELECT surface, count(*) AS n FROM questions WHERE {window}
                GROUP BY surface ORDER BY n DESC, surface""", bounds)
    ]
    texts: Counter[str] = Counter()
    if "text" in columns:  # a version 1 file, read before the bot upgraded it, has no texts
        for (text,) in db.execute(
                f"SELECT text FROM questions WHERE {window} AND {gap} AND text IS NOT NULL",
                bounds):
            key = normalize_question(text)
            if key:
                texts[key] += 1
    helpful_ratio = round(helpful / (helpful + not_helpful), 4) if helpful + not_helpful else None
    return {
        "database": str(path),
        "days": days,
        "since": utc_text(since),
        "until": utc_text(until),
        "questions": total,
        "people": people,
        "decisions": {
            d: {"questions": by_decision.get(d, 0), "share": _share(by_decision.get(d, 0), total)}
            for d in DECISIONS
        },
        "feedback": {"helpful": helpful, "not_helpful": not_helpful,
                     "helpful_ratio": helpful_ratio},
        "gaps": gaps,
        "articles": articles,
        "surfaces": surfaces,
        "unanswered_texts": sum(texts.values()),
        "top_unanswered": [
            {"text": text, "questions": n}
            for text, n in sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_UNANSWERED]
        ],
    }


# -- the terminal view ---------------------------------------------------------------------------
def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _bar(value: float, largest: float) -> Bar:
    return Bar(size=largest or 1, begin=0, end=value, width=BAR_WIDTH)


def _table(*headers: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for header in headers:
        numeric = header in ("Questions", "Share", "Helpful", "Not helpful")
        table.add_column(header, justify="right" if numeric else "left",
                         width=BAR_WIDTH if header == "" else None, no_wrap=header != "Question")
    return table


def _section(heading: str, table: Table) -> list[RenderableType]:
    return [Text(heading, style="bold"), table, Text("")]


def report_renderables(report: dict[str, Any]) -> list[RenderableType]:
    """The report as rich renderables, for any Console."""
    days, total = report["days"], report["questions"]
    title = Text(f"Safeguards bot: the last {days} day{'s' if days != 1 else ''}", style="bold")
    title.append(f"  ({report['since'][:10]} to {report['until'][:10]})", style="dim")
    if not total:
        return [title, Text("No questions were logged in this period.")]
    parts: list[RenderableType] = [
        title,
        Text(f"{total:,} question{'s' if total != 1 else ''} from {report['people']:,} "
             f"{'person' if report['people'] == 1 else 'people'}"),
        Text(""),
    ]
    decisions = _table("Decision", "Questions", "Share", "")
    for decision in DECISIONS:
        row = report["decisions"][decision]
        decisions.add_row(_LABELS[decision], f"{row['questions']:,}", _percent(row["share"]),
                          _bar(row["questions"], total))
    parts += _section("Decisions", decisions)

    feedback = report["feedback"]
    ratio = feedback["helpful_ratio"]
    parts += [
        Text(f"Helpful ratio: {'n/a' if ratio is None else _percent(ratio)} "
             f"({feedback['helpful']:,} helpful, {feedback['not_helpful']:,} not helpful)"),
        Text(f"Gaps (declined or not helpful): {report['gaps']:,}"),
        Text(""),
    ]

    if report["articles"]:
        articles = _table("Article", "Questions", "Share", "", "Helpful", "Not helpful")
        largest = report["articles"][0]["questions"]
        for row in report["articles"]:
            articles.add_row(Text(row["article_id"]), f"{row['questions']:,}",
                             _percent(row["share"]), _bar(row["questions"], largest),
                             f"{row['helpful']:,}", f"{row['not_helpful']:,}")
        parts += _section("Questions per article", articles)

    surfaces = _table("Surface", "Questions", "Share", "")
    largest = report["surfaces"][0]["questions"]
    for row in report["surfaces"]:
        surfaces.add_row(Text(row["surface"]), f"{row['questions']:,}", _percent(row["share"]),
                         _bar(row["questions"], largest))
    parts += _section("Questions per surface", surfaces)

    if report["top_unanswered"]:
        top = _table("Questions", "Question")
        for row in report["top_unanswered"]:
            # Text(), never markup: a stored question like "[bold]" must print as typed.
            top.add_row(f"{row['questions']:,}", Text(row["text"]))
        parts += _section("Most frequent unanswered questions", top)
    else:
        parts.append(Text("No unanswered question texts stored in this period "
                          "(text is kept only when the operator opts in).", style="dim"))
    return parts


def render_report(report: dict[str, Any], *, width: int = PLAIN_WIDTH) -> str:
    """The report as plain text (no colour codes) at a fixed width."""
    out = StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False,
                      legacy_windows=False)
    console.print(Group(*report_renderables(report)))
    return out.getvalue()


def run_report(db_path: str, days: int, as_json: bool) -> int:
    """The CLI command: 0 with the report on stdout, 1 with one line on stderr."""
    try:
        report = build_report(db_path, days)
    except ReportError as exc:
        print(f"safeguards-bot report: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    # In a terminal rich sizes to the window and uses colour; piped, a fixed width keeps CI logs
    # and `| less` readable instead of wrapping at whatever COLUMNS happens to be.
    console = Console(width=None if sys.stdout.isatty() else PLAIN_WIDTH)
    console.print(Group(*report_renderables(report)))
    return 0
