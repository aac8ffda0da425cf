"""``safeguards-bot report``: what the question log says about the last N days.

``build_report`` is pure data (JSON-ready) so the CLI's ``--json``, the terminal view and the tests
all read the same figures. The terminal view is rich tables with bar charts; when the output is
not a terminal (piped, CI logs) it is plain text at a fixed width, with no colour codes.
The database (a SQLite file or a PostgreSQL URL, ``bot.store.database``) is opened read-only: a
report never creates, migrates or locks the log.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from io import StringIO
from typing import Any

from rich import box
from rich.bar import Bar
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from bot.store.database import DatabaseUrlError, describe_error, open_for_reading
from bot.store.gaps import gap_groups, normalize_question
from bot.store.migrations import SCHEMA_VERSION, schema_version
from bot.store.question_counts import decisions_per_day, language_counts
from bot.store.question_db import DECISIONS, utc_text

TOP_UNANSWERED = 10
# A century: further back than any log, and within what date arithmetic can represent.
MAX_DAYS = 36_500
PLAIN_WIDTH = 100
BAR_WIDTH = 24

_LABELS = {"answer": "answered", "suggest": "suggested", "none": "declined", "crisis": "crisis"}


class ReportError(Exception):
    """The report cannot be made; the message is one line for the person at the terminal."""


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def build_report(
    db_path: str | os.PathLike[str], days: int, now: datetime | None = None
) -> dict[str, Any]:
    """The report's figures for questions asked in the ``days`` up to ``now`` (default: now).
    ``db_path``: a SQLite file, or a database URL."""
    if not 1 <= days <= MAX_DAYS:
        raise ReportError(f"--days must be between 1 and {MAX_DAYS}")
    until = now or datetime.now(timezone.utc)
    since = until - timedelta(days=days)
    try:
        engine, name = open_for_reading(db_path)
    except FileNotFoundError as exc:
        raise ReportError(f"no question log at {exc} (the bot creates it when it first runs)"
                          ) from None
    except DatabaseUrlError as exc:
        raise ReportError(str(exc)) from None
    try:
        with engine.connect() as db:
            return _figures(db, name, days, since, until)
    except SQLAlchemyError as exc:
        raise ReportError(f"cannot read the question log {name}: {describe_error(exc)}"
                          ) from None
    finally:
        engine.dispose()


def _figures(
    db: Connection, path: str, days: int, since: datetime, until: datetime
) -> dict[str, Any]:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise ReportError(f"{path} was written by a newer safeguards-bot (schema {version}); "
                          f"upgrade to read it")
    columns = ({c["name"] for c in inspect(db).get_columns("questions")}
               if inspect(db).has_table("questions") else set())
    if not columns:
        raise ReportError(f"{path} is not a safeguards-bot question log")
    window = "created_at >= :since AND created_at <= :until"
    bounds = {"since": utc_text(since), "until": utc_text(until)}
    gap = "(decision = 'none' OR feedback = 'not_helpful')"

    # CASE rather than sum(condition): PostgreSQL has no sum of booleans.
    def count_of(condition: str) -> str:
        return f"coalesce(sum(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"

    helpful_sql, not_helpful_sql = (count_of("feedback = 'helpful'"),
                                    count_of("feedback = 'not_helpful'"))
    total, people, helpful, not_helpful, gaps = db.execute(text(
        f"""SELECT count(*), count(DISTINCT user_hash), {helpful_sql}, {not_helpful_sql},
                   {count_of(gap)}
            FROM questions WHERE {window}"""), bounds).one()
    by_decision = {row[0]: row[1] for row in db.execute(text(
        f"SELECT decision, count(*) FROM questions WHERE {window} GROUP BY decision"), bounds)}
    articles = [
        {"article_id": row[0], "questions": row[1], "share": _share(row[1], total),
         "helpful": row[2], "not_helpful": row[3]}
        for row in db.execute(text(
            f"""SELECT article_id, count(*) AS n, {helpful_sql}, {not_helpful_sql}
                FROM questions WHERE {window} AND article_id IS NOT NULL
                GROUP BY article_id ORDER BY n DESC, article_id"""), bounds)
    ]
    surfaces = [
        {"surface": row[0], "questions": row[1], "share": _share(row[1], total)}
        for row in db.execute(text(
            f"""SELECT surface, count(*) AS n FROM questions WHERE {window}
                GROUP BY surface ORDER BY n DESC, surface"""), bounds)
    ]
    texts: Counter[str] = Counter()
    if "text" in columns:  # a version 1 file, read before the bot upgraded it, has no texts
        for (question,) in db.execute(text(
                f"SELECT text FROM questions WHERE {window} AND {gap} AND text IS NOT NULL"),
                bounds):
            key = normalize_question(question)
            if key:
                texts[key] += 1
    helpful_ratio = round(helpful / (helpful + not_helpful), 4) if helpful + not_helpful else None
    return {
        "database": path,
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
        # For the HTML report's charts (counts only).
        "per_day": decisions_per_day(db, since, until),
        "languages": language_counts(db, since, until),
        "gap_groups": [
            {"candidate_id": g.candidate_id, "questions": g.questions, "declined": g.declined,
             "not_helpful": g.not_helpful} for g in gap_groups(db, since, until)],
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
