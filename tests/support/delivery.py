"""Delivery timings for tests: the production rules (pacing, backoff, leases, expiry) at test
speed. Tests about pacing or expiry set their own numbers."""

from __future__ import annotations

from bot.slack.delivery.timings import DeliveryTimings

# Most tests send a handful of replies into one channel within milliseconds: pacing them at one
# a second would only slow the suite down; retries wait tens of milliseconds, not seconds.
FAST = DeliveryTimings(channel_rate=1000.0, channel_burst=1000, retry_base_seconds=0.05,
                       retry_max_seconds=0.4, poll_seconds=0.05, lease_seconds=6.0,
                       outbox_wait_seconds=0.5)

# The same, as the environment of a `serve` process.
FAST_ENV = {
    "SAFEGUARDS_CHANNEL_RATE": "1000", "SAFEGUARDS_CHANNEL_BURST": "1000",
    "SAFEGUARDS_RETRY_BASE_SECONDS": "0.05", "SAFEGUARDS_RETRY_MAX_SECONDS": "0.4",
    "SAFEGUARDS_OUTBOX_POLL_SECONDS": "0.05", "SAFEGUARDS_OUTBOX_LEASE_SECONDS": "6",
}
