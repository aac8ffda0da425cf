"""The weekly digest: once every ISO week (UTC), one message to ``SAFEGUARDS_DIGEST_CHANNEL`` with
the week's counts (asked, answered, declined, crisis replies), the largest gap groups and, when
``SAFEGUARDS_DRIFT_SOURCE`` is set, whether the catalog still matches the Help Center. Never a
question's text.

Exactly one replica sends it, and only once a week:

1. Every process checks every ``CHECK_SECONDS`` (and at start) whether this week's digest is
   recorded (``bot/store/digests.py``: one row per week). If not, it takes the ``weekly-digest``
   lease (``bot/store/leases.py``); a replica that does not get it does nothing.
2. The holder checks drift (a file read or a URL fetch, with a timeout: work for this thread, not
   for a transaction or a delivery thread), then, in one transaction, writes the week's row and the
   outbox row that posts the digest. The week's primary key makes a second write impossible, so
   even a lease that ran out mid-check cannot make two digests.
3. The outbox delivers it like any reply (``bot.slack.delivery``): leased to whichever replica
   polls first, retried when Slack fails, never sent twice. The message is rendered when it is
   sent, from the database: the counts of the 7 days before the row was written.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection

from bot.engine.catalog import Catalog
from bot.engine.drift import UnreadablePage, drift_of_page
from bot.help_center_source import SourceError, read_source
from bot.slack.delivery.owed import DIGEST
from bot.slack.delivery.render import WEB_API, SlackCall
from bot.slack.delivery.service import Delivery, RenderLater
from bot.slack.render.digest import digest_message
from bot.store import digests, leases
from bot.store.database import Database, describe_error
from bot.store.gaps import GapGroup, gap_groups
from bot.store.outbox import OutboxRow
from bot.store.question_counts import decision_counts

log = logging.getLogger("bot.slack.digest")

LEASE = "weekly-digest"
CHECK_SECONDS = 600.0
LEASE_SECONDS = 120.0
PERIOD = timedelta(days=7)
# A digest Slack cannot take for a day is not worth sending late.
DIGEST_TTL_SECONDS = 86_400.0
DRIFT_TIMEOUT_SECONDS = 10.0
_WAIT_SECONDS = 10.0


class WeeklyDigest:
    def __init__(self, *, database: Database, delivery: Delivery, channel: str,
                 catalog: Callable[[], Catalog], drift_source: str | None = None,
                 check_seconds: float = CHECK_SECONDS, lease_seconds: float = LEASE_SECONDS,
                 clock: Callable[[], float] = time.time):
        self.database = database
        self.delivery = delivery
        self.channel = channel
        self.drift_source = drift_source
        self._catalog = catalog
        self._check_seconds = check_seconds
        self._lease_seconds = lease_seconds
        self._clock = clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="weekly-digest", daemon=True)

    # -- control --------------------------------------------------------------------------------
    def start(self) -> WeeklyDigest:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=DRIFT_TIMEOUT_SECONDS + _WAIT_SECONDS)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception as exc:  # the database is down: the next check tries again
                log.warning("weekly digest: not checked: %s", describe_error(exc))
            self._stop.wait(self._check_seconds)

    # -- the week's digest ----------------------------------------------------------------------
    def tick(self) -> bool:
        """Owe this week's digest if nobody has: True when this process recorded it."""
        now = self._clock()
        week = digests.week_of(now)
        if self._run_op(lambda c: digests.recorded(c, week)) is not None:
            return False
        owner = self.database.owner
        if not self._run_op(lambda c: leases.take(c, LEASE, owner, now=now,
                                                  seconds=self._lease_seconds)):
            return False
        try:
            drift, changes = self._drift()
            row = self.delivery.row(DIGEST, "digest", channel=self.channel)
            row = replace(row, created_at=now, deliver_by=now + DIGEST_TTL_SECONDS)
            owed = bool(self._run_op(lambda c: digests.owe(
                c, week, row, owner=owner, now=now, drift=drift, drift_changes=changes)))
        finally:
            self._run_op(lambda c: leases.release(c, LEASE, owner))
        if owed:
            log.info("weekly digest for %s owed to %s (drift: %s)", week, self.channel, drift)
        return owed

    def _run_op(self, op: Callable[[Connection], object]) -> object:
        return self.database.run(op, what="weekly digest", rows=0, timeout=_WAIT_SECONDS)

    def _drift(self) -> tuple[str, int | None]:
        if not self.drift_source:
            return digests.DRIFT_OFF, None
        try:
            text, fetched_from = read_source(self.drift_source, timeout=DRIFT_TIMEOUT_SECONDS)
            drift = drift_of_page(text, self._catalog(), base_url=fetched_from,
                                  where=self.drift_source)
        except (SourceError, UnreadablePage) as exc:
            log.warning("weekly digest: drift not checked: %s", exc)
            return digests.DRIFT_UNREADABLE, None
        if drift.in_sync:
            return digests.DRIFT_NONE, 0
        return digests.DRIFT_FOUND, len(drift.drifted)

    # -- sending (a delivery renderer for kind "digest") ----------------------------------------
    def render(self, row: OutboxRow, catalog: Catalog) -> SlackCall | None:
        """The digest of the 7 days before ``row`` was written, read from the database now."""
        if row.channel is None:
            return None
        until = datetime.fromtimestamp(row.created_at, timezone.utc)
        since = until - PERIOD

        def read(connection: Connection) -> tuple[dict[str, int], list[GapGroup],
                                                  digests.DigestRecord | None]:
            return (decision_counts(connection, since, until),
                    gap_groups(connection, since, until),
                    digests.of_outbox_row(connection, row.id))

        try:
            counts, groups, record = self.database.run(read, what="weekly digest", rows=0,
                                                       timeout=_WAIT_SECONDS)
        except Exception as exc:
            raise RenderLater(f"database: {describe_error(exc)}") from None
        reply = digest_message(catalog, counts, groups, since=since, until=until,
                               drift=record.drift if record else None,
                               changes=record.drift_changes if record else None)
        return SlackCall(WEB_API, "chat.postMessage", {
            "channel": row.channel, "unfurl_links": False, "unfurl_media": False,
            **reply.message()}, channel=row.channel)
