"""Refused requests, logged at a bounded rate: one line at once, then at most one a minute.

Anyone on the internet can send requests to the bot's HTTP port. Each refusal is worth knowing
about (a rotated signing secret refuses every real request), but one line per refusal would let
a flood of forged requests fill the disk. The line carries the reason and a count, never anything
from the request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable

# How often a run of refusals is summed up in one line.
INTERVAL_SECONDS = 60.0


class RefusalLog:
    def __init__(self, logger: logging.Logger, *, interval: float = INTERVAL_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self._log = logger
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: Counter[str] = Counter()
        self._last: float | None = None

    def refused(self, reason: str) -> None:
        """Count one refusal for ``reason`` (a fixed phrase of ours, never request content)."""
        with self._lock:
            self._pending[reason] += 1
            now = self._clock()
            if self._last is not None and now - self._last < self._interval:
                return
            counts, self._pending = self._pending, Counter()
            self._last = now
        for why, count in sorted(counts.items()):
            self._log.warning("refused %d request(s): %s", count, why)
