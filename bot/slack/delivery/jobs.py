"""What the delivery threads work on (a job: one owed reply and its state), and what they report."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.catalog import Catalog
from bot.slack.delivery.owed import Extras
from bot.slack.delivery.render import SlackCall
from bot.store.outbox import DELIVERED, EXPIRED, FAILED, OutboxRow

# The counts that are reply outcomes, as the metrics name them.
REPLY_OUTCOMES = {DELIVERED: "delivered", FAILED: "failed", EXPIRED: "expired",
                   "retries": "retried"}


@dataclass
class Job:
    row: OutboxRow
    extras: Extras
    durable: bool  # in the outbox (else: in this process's memory only)
    lease_until: float = 0.0
    refused_first: bool = False
    ended: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class DeliveryStats:
    owed: int  # replies listeners owed
    in_memory: int  # of which the outbox could not take (sent from memory)
    calls: int  # Slack calls made, retries included
    retries: int
    delivered: int
    failed: int  # refused by Slack
    expired: int  # no longer useful before they could be sent
    lease_lost: int  # taken over by another process while queued here
    pending: int  # waiting or being sent in this process


# Renders a row's Slack call from more than its ids and the catalog: the maintainers' Home and
# the weekly digest read the database when they are sent (see ``Delivery.render_kind``).
Renderer = Callable[[OutboxRow, Catalog], SlackCall | None]


class RenderLater(Exception):
    """A renderer cannot read what it needs right now: the row is retried like a 5xx."""
