"""The maintainers' Home, rendered when it is sent, and the suggestions they record from it.

The Home tab is an outbox reply like any other (kind ``home``: ``bot.slack.delivery``), owed by the
``app_home_opened`` listener with the person's id only. When it is sent, this renderer asks whether
that person is a maintainer (``bot.slack.maintainers``) and, if so, reads the gap groups of the last
``gap_days`` from the database and puts them above the usual Home. Reading at send time keeps the
listener fast and the outbox free of text, and a Home sent by another replica, or after a restart,
shows the gaps as they are then. When the database does not answer, the Home is sent without them,
saying so.

``record`` is the click: it looks the group up again and stores a suggestion with the ids of its
questions (``bot/store/suggestions.py``), waiting for the database at most ``RECORD_WAIT_SECONDS``
(the acknowledgement waits on it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection

from bot.engine.catalog import Catalog
from bot.slack.delivery.owed import Extras
from bot.slack.delivery.render import SlackCall, call_for
from bot.slack.maintainers import Maintainers
from bot.slack.render.maintainers import gaps_section, with_gaps
from bot.slack.suggestion_values import SuggestionRef
from bot.store import suggestions
from bot.store.database import Database, describe_error
from bot.store.gaps import GapGroup, gap_groups
from bot.store.outbox import OutboxRow

log = logging.getLogger("bot.slack.maintainers")

READ_WAIT_SECONDS = 5.0
RECORD_WAIT_SECONDS = 2.0


class MaintainerHome:
    def __init__(self, maintainers: Maintainers, database: Database, *, gap_days: int,
                 show_text: bool, clock: Callable[[], float] = time.time):
        self.maintainers = maintainers
        self.database = database
        self.gap_days = gap_days
        self.show_text = show_text
        self._clock = clock

    def _period(self) -> tuple[datetime, datetime]:
        until = datetime.fromtimestamp(self._clock(), timezone.utc)
        return until - timedelta(days=self.gap_days), until

    # -- the Home (a delivery renderer for kind "home") -----------------------------------------
    def render(self, row: OutboxRow, catalog: Catalog) -> SlackCall | None:
        """The usual Home; for a maintainer, with the gaps above it."""
        call = call_for(row, catalog, Extras())
        if call is None or not self.maintainers.includes(row.user_id):
            return call
        since, until = self._period()

        def read(connection: Connection) -> tuple[list[GapGroup], list[suggestions.Suggestion]]:
            return (gap_groups(connection, since, until, with_text=self.show_text),
                    suggestions.open_since(connection, since))

        problem = None
        groups: list[GapGroup] = []
        open_ones: list[suggestions.Suggestion] = []
        try:
            groups, open_ones = self.database.run(read, what="gaps", rows=0,
                                                  timeout=READ_WAIT_SECONDS)
        except Exception as exc:
            problem = "the database is not answering"
            log.warning("maintainers' home: gaps not read: %s", describe_error(exc))
        suggested: dict[str | None, list[suggestions.Suggestion]] = {}
        for suggestion in open_ones:
            suggested.setdefault(suggestion.candidate_id, []).append(suggestion)
        blocks = gaps_section(catalog, groups, days=self.gap_days, since=since, until=until,
                              show_text=self.show_text, suggested=suggested,
                              open_suggestions=len(open_ones), problem=problem)
        view = with_gaps(call.args["view"], blocks)
        return SlackCall(call.how, call.method, {**call.args, "view": view})

    # -- a click ------------------------------------------------------------------------------
    def record(self, ref: SuggestionRef, user_id: str) -> suggestions.Suggestion | None:
        """Store the suggestion ``ref`` by maintainer ``user_id``; None when the group has no
        question left in its period. Raises when the database cannot take it in time."""
        now = self._clock()
        return self.database.run(
            lambda connection: suggestions.record(
                connection, article_id=ref.article_id, candidate_id=ref.candidate_id,
                since=ref.since, until=ref.until, suggested_by=user_id, now=now),
            what="suggestion", timeout=RECORD_WAIT_SECONDS)
