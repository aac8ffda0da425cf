"""Gap groups: the questions the bot could not help with, grouped by the article they were nearest.

A *gap* is a question the bot declined (decision ``none``) or whose answer someone marked "Not
helpful" (``None of these`` counts too). Crisis questions are never gaps: the helpline is the
answer. Gaps are grouped by the matcher's best candidate for the question, recorded even below
the answer threshold (``questions.best_candidate``; rows written before it existed fall back to
the article answered, and declined ones to "no candidate"). A maintainer reads a group as "people
asked this, and the nearest article was X": either X needs the words people used, or the questions
belong to another article, or to none.

Texts are read only when the caller asks (``with_text``), and exist only where the workspace opted
in to keeping them (``SAFEGUARDS_STORE_TEXT``); never for crisis questions.

Pure reads on a ``Connection``: the maintainers' Home and the weekly digest run them on the bot's
database, the ``report`` command on a read-only one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, inspect, text

from bot.store.question_db import utc_text

# How many distinct texts a group keeps (the most frequent first).
TEXTS_PER_GROUP = 5

GAP_CONDITION = "(decision = 'none' OR feedback = 'not_helpful') AND decision != 'crisis'"
_WINDOW = "created_at >= :since AND created_at <= :until"
_SPACES = re.compile(r"\s+")
_END_PUNCTUATION = "?!.。？！ "


def normalize_question(text: str) -> str:
    """Group "How do I appeal?" with "how do i  appeal": same question, different typing."""
    return _SPACES.sub(" ", text.casefold()).strip().rstrip(_END_PUNCTUATION)


@dataclass(frozen=True)
class GapGroup:
    """The gaps nearest one entry (``candidate_id``; None: the matcher found nothing near)."""

    candidate_id: str | None
    declined: int
    not_helpful: int
    question_ids: tuple[str, ...]
    # (normalised text, how many times), the most frequent first; empty without stored text.
    texts: tuple[tuple[str, int], ...] = field(default=())

    @property
    def questions(self) -> int:
        return self.declined + self.not_helpful


def _candidate_column(connection: Connection) -> str:
    """``best_candidate``, falling back to the answered article (logs older than the column, as
    the read-only ``report`` may open, have only that)."""
    columns = {c["name"] for c in inspect(connection).get_columns("questions")}
    return ("coalesce(best_candidate, article_id)" if "best_candidate" in columns
            else "article_id")


def gap_groups(connection: Connection, since: datetime, until: datetime, *,
               with_text: bool = False, candidate_id: str | None = None,
               only_candidate: bool = False) -> list[GapGroup]:
    """The gap groups of questions asked from ``since`` to ``until``, the largest first.
    ``only_candidate``: just the group of ``candidate_id`` (None: the "no candidate" group)."""
    candidate = _candidate_column(connection)
    columns = {c["name"] for c in inspect(connection).get_columns("questions")}
    text_column = "text" if with_text and "text" in columns else "NULL"
    where = f"{_WINDOW} AND {GAP_CONDITION}"
    bounds: dict[str, object] = {"since": utc_text(since), "until": utc_text(until)}
    if only_candidate:
        if candidate_id is None:
            where += f" AND {candidate} IS NULL"
        else:
            where += f" AND {candidate} = :candidate"
            bounds["candidate"] = candidate_id
    rows = connection.execute(text(
        f"SELECT id, decision, {candidate}, {text_column} FROM questions WHERE {where} "
        "ORDER BY created_at, id"), bounds)
    declined: Counter[str | None] = Counter()
    not_helpful: Counter[str | None] = Counter()
    ids: dict[str | None, list[str]] = {}
    texts: dict[str | None, Counter[str]] = {}
    for question_id, decision, nearest, question in rows:
        (declined if decision == "none" else not_helpful)[nearest] += 1
        ids.setdefault(nearest, []).append(question_id)
        key = normalize_question(question) if question else ""
        if key:
            texts.setdefault(nearest, Counter())[key] += 1
    groups = [
        GapGroup(nearest, declined[nearest], not_helpful[nearest], tuple(question_ids),
                 tuple(sorted((texts.get(nearest) or Counter()).items(),
                              key=lambda kv: (-kv[1], kv[0]))[:TEXTS_PER_GROUP]))
        for nearest, question_ids in ids.items()
    ]
    # The largest first; "no candidate" after any named group of the same size.
    return sorted(groups, key=lambda g: (-g.questions, g.candidate_id is None,
                                         g.candidate_id or ""))
