"""Wiring what maintainers get from the running app: the gaps in their Home (``maintainer_home``)
and the weekly digest (``digest``), from the settings, for ``build_app``.

Both need the database: the gaps are read from the question log, the digest's week and lease are
rows in it. Without ``SAFEGUARDS_MAINTAINERS`` every Home is the usual one; without
``SAFEGUARDS_DIGEST_CHANNEL`` (or without a shared database and outbox) there is no digest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient

from bot.engine.catalog import Catalog
from bot.slack.config import Settings
from bot.slack.delivery.owed import DIGEST, HOME
from bot.slack.delivery.service import Delivery
from bot.slack.digest import WeeklyDigest
from bot.slack.maintainer_home import MaintainerHome
from bot.slack.maintainers import GROUP_TIMEOUT_SECONDS, Maintainers
from bot.store.database import Database

log = logging.getLogger("bot.slack.maintainers")


@dataclass
class Upkeep:
    home: MaintainerHome | None = None
    digest: WeeklyDigest | None = None

    def stop(self) -> None:
        """Stop the digest's checks (before the delivery drains)."""
        if self.digest is not None:
            self.digest.stop()


def set_up(settings: Settings, delivery: Delivery, database: Database | None,
           catalog: Callable[[], Catalog], *, start: bool = True) -> Upkeep:
    """The maintainers' Home and the digest the settings ask for, registered with ``delivery``
    (and the digest's checks started, with ``start``)."""
    upkeep = Upkeep()
    if settings.maintainers:
        if database is None:
            log.warning("SAFEGUARDS_MAINTAINERS is set but there is no database to read the "
                        "gaps from: maintainers see the usual Home")
        else:
            client = WebClient(token=settings.bot_token,
                               base_url=settings.api_url or WebClient.BASE_URL,
                               timeout=GROUP_TIMEOUT_SECONDS, retry_handlers=[])
            upkeep.home = MaintainerHome(Maintainers(settings.maintainers, client), database,
                                         gap_days=settings.gap_days,
                                         show_text=settings.store_text)
            delivery.render_kind(HOME, upkeep.home.render)
    if settings.digest_channel:
        if database is None or delivery.outbox is None:
            log.warning("SAFEGUARDS_DIGEST_CHANNEL is set but there is no shared database: no "
                        "weekly digest")
        else:
            upkeep.digest = WeeklyDigest(database=database, delivery=delivery,
                                         channel=settings.digest_channel, catalog=catalog,
                                         drift_source=settings.drift_source)
            delivery.render_kind(DIGEST, upkeep.digest.render)
            if start:
                upkeep.digest.start()
    return upkeep
