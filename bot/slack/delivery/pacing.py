"""Replies waiting for a delivery thread: paced per channel, taken fairly across channels.

Slack allows about one message a second in a channel (chat.postMessage, with short bursts) and
answers 429 beyond, so each channel has a token bucket: ``burst`` messages at once, then ``rate``
a second. A 429's Retry-After empties the channel's bucket for that long (``hold``), so the other
replies queued for it wait too instead of meeting the same 429. Calls that post nothing into a
channel (a private reply through a response_url, a modal) are not paced.

Fair: a channel receiving a flood of replies does not delay the others. Each channel (and the
unpaced calls of each channel) has a queue of its own; ``take`` goes round the queues whose head
may go now, one reply from each in turn. Nothing here ever blocks a listener: ``put`` only
appends.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")

# A bucket left full and idle is forgotten when there are more than this many.
_MAX_IDLE_BUCKETS = 10_000


@dataclass
class _Bucket:
    tokens: float
    updated: float
    held_until: float = 0.0

    def refill(self, now: float, rate: float, burst: int) -> None:
        self.tokens = min(float(burst), self.tokens + (now - self.updated) * rate)
        self.updated = now

    def wait(self, now: float, rate: float) -> float:
        """Seconds until a token is available (0: now)."""
        return max(self.held_until - now, 0.0 if self.tokens >= 1 else (1 - self.tokens) / rate)


class Pacer(Generic[Item]):
    def __init__(self, *, rate: float, burst: int,
                 clock: Callable[[], float] = time.monotonic):
        self._rate = rate
        self._burst = max(1, burst)
        self._clock = clock
        self._queues: OrderedDict[tuple[str | None, bool], deque[Item]] = OrderedDict()
        self._buckets: dict[str, _Bucket] = {}
        self._ready = threading.Condition()
        self._closed = False
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def put(self, item: Item, channel: str | None, *, paced: bool) -> None:
        with self._ready:
            self._queues.setdefault((channel, paced and channel is not None), deque()).append(item)
            self._count += 1
            self._ready.notify()

    def hold(self, channel: str | None, seconds: float) -> None:
        """Send nothing more into ``channel`` for ``seconds`` (Slack asked to wait)."""
        if channel is None or seconds <= 0:
            return
        with self._ready:
            bucket = self._bucket(channel, self._clock())
            bucket.tokens = 0.0
            bucket.held_until = max(bucket.held_until, self._clock() + seconds)

    def close(self) -> None:
        """Wake every waiting ``take``, which returns None from now on."""
        with self._ready:
            self._closed = True
            self._ready.notify_all()

    def take(self, timeout: float | None = None) -> Item | None:
        """The next item that may go now, round the channels in turn; None after ``close`` or
        when ``timeout`` passes first."""
        deadline = None if timeout is None else self._clock() + timeout
        with self._ready:
            while not self._closed:
                now = self._clock()
                item, wait = self._next(now)
                if item is not None:
                    return item
                if deadline is not None:
                    if now >= deadline:
                        return None
                    wait = min(wait, deadline - now) if wait is not None else deadline - now
                self._ready.wait(wait)
            return None

    def _bucket(self, channel: str, now: float) -> _Bucket:
        bucket = self._buckets.get(channel)
        if bucket is None:
            if len(self._buckets) > _MAX_IDLE_BUCKETS:
                self._forget_idle(now)
            bucket = self._buckets[channel] = _Bucket(float(self._burst), now)
        bucket.refill(now, self._rate, self._burst)
        return bucket

    def _next(self, now: float) -> tuple[Item | None, float | None]:
        """The item to go now (first ready queue in turn), or how long until one may."""
        soonest: float | None = None
        for key in list(self._queues):
            channel, paced = key
            if paced and channel is not None:
                bucket = self._bucket(channel, now)
                wait = bucket.wait(now, self._rate)
                if wait > 0:
                    soonest = wait if soonest is None else min(soonest, wait)
                    continue
                bucket.tokens -= 1
            queue = self._queues[key]
            item = queue.popleft()
            self._count -= 1
            if queue:
                self._queues.move_to_end(key)  # its next item waits for the others' turn
            else:
                del self._queues[key]
            return item, None
        return None, None if soonest is None else max(soonest, 1e-3)

    def _forget_idle(self, now: float) -> None:
        busy = {channel for channel, _ in self._queues}
        for channel, bucket in list(self._buckets.items()):
            bucket.refill(now, self._rate, self._burst)
            if channel not in busy and bucket.tokens >= self._burst and bucket.held_until <= now:
                del self._buckets[channel]
