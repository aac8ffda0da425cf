"""How delivery paces, retries and gives up: every number in one place, each with its reason.

They are settings (``bot/slack/config.py`` reads them from the environment) so that an operator can
tune them and the tests can shrink them to milliseconds; the defaults are what production wants.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class DeliveryTimings:
    # A reply not delivered within this long is no longer useful: logged as expired, counted.
    # (SAFEGUARDS_REPLY_TTL_SECONDS; an hour: a person who asked has moved on by then.)
    reply_ttl_seconds: float = 3600.0
    # Slack accepts posts to a response_url for 30 minutes after the request: never longer.
    response_url_ttl_seconds: float = 1800.0
    # How long a listener, and so Slack's acknowledgement, waits for its outbox row to be
    # written before it sends from memory instead (SAFEGUARDS_OUTBOX_WAIT_MS). A healthy
    # database answers in about a millisecond; a failing one must not hold the ack.
    outbox_wait_seconds: float = 0.02
    # A process holds a row this long per claim; a dead replica's rows are taken over once it
    # runs out (SAFEGUARDS_OUTBOX_LEASE_SECONDS). Several times the longest Web API call.
    lease_seconds: float = 60.0
    # How often each process looks for due rows: retries, and rows of replicas that died.
    poll_seconds: float = 1.0
    # Backoff between attempts after a 5xx, a timeout or a refused connection: doubling from the
    # base up to the cap, each wait drawn at random up to that ("full jitter", so replicas that
    # failed together do not retry together). A 429's Retry-After is honoured as given.
    retry_base_seconds: float = 1.0
    retry_max_seconds: float = 60.0
    # Per channel: about one message a second, with short bursts, as Slack asks of
    # chat.postMessage (SAFEGUARDS_CHANNEL_RATE, SAFEGUARDS_CHANNEL_BURST).
    channel_rate: float = 1.0
    channel_burst: int = 5
    # Threads sending replies: they wait on Slack's answers, not on the CPU.
    workers: int = 32
    # Web API calls and response_url posts give up after this long (then retried).
    send_timeout_seconds: float = 10.0

    def timeout(self) -> float:
        """The send timeout, kept well inside a lease: a row is never sent by one process while
        another could take it over."""
        return min(self.send_timeout_seconds, self.lease_seconds / 3)

    def backoff(self, attempts: int, rng: random.Random) -> float:
        """The wait before attempt ``attempts + 1``: exponential, capped, half of it random, so
        replicas that failed together spread out."""
        ceiling = min(self.retry_max_seconds,
                      self.retry_base_seconds * 2 ** min(attempts - 1, 30))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


# In-memory extras (echoes, modals) kept for replies not yet sent; the oldest go first.
MAX_EXTRAS = 10_000
# Outbox rows still queued for the database when their ack stopped waiting are written anyway
# (the reply meanwhile goes out from memory), so a killed process leaves them in the outbox.
# Past this many at once (a database gone for minutes) the next are given up and counted as
# lost: memory stays bounded, and the replies still go out.
MAX_LATE_WRITES = 10_000
# Finished rows are deleted from the outbox a day after they ended.
KEEP_FINISHED_SECONDS = 86_400.0
PURGE_EVERY_SECONDS = 3600.0
