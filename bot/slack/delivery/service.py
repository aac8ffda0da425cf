"""``Delivery``: every reply a listener owes reaches Slack once, or is logged as given up. The
steps and the guarantees are in ``bot/slack/delivery/__init__.py``."""

from __future__ import annotations

import heapq
import itertools
import logging
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_sdk import WebClient

from bot import metrics
from bot.engine.catalog import Catalog
from bot.slack.delivery.jobs import REPLY_OUTCOMES, DeliveryStats, Job, Renderer, RenderLater
from bot.slack.delivery.owed import HOME, LABELS, STEPS, Extras, owed
from bot.slack.delivery.pacing import Pacer
from bot.slack.delivery.render import REFUSED, WEB_API, SlackCall, call_for, pace_key
from bot.slack.delivery.sender import RETRY, SENT, Outcome, Sender
from bot.slack.delivery.timings import KEEP_FINISHED_SECONDS as KEEP_FINISHED
from bot.slack.delivery.timings import (
    MAX_EXTRAS,
    MAX_LATE_WRITES,
    PURGE_EVERY_SECONDS,
    DeliveryTimings,
)
from bot.slack.escalation import Escalation
from bot.slack.slack_errors import where
from bot.store.database import PendingWrite
from bot.store.outbox import DELIVERED, EXPIRED, FAILED, Outbox, OutboxRow

log = logging.getLogger("bot.slack.delivery")



class Delivery:
    def __init__(self, *, client: WebClient, catalog: Callable[[], Catalog],
                 escalation: Escalation, timings: DeliveryTimings,
                 outbox: Outbox | None = None, clock: Callable[[], float] = time.time):
        """``outbox``: None keeps every reply in memory only (tests, embedded use)."""
        self.timings = timings
        self.outbox = outbox
        self._catalog = catalog
        self._escalation_channel = escalation.channel
        self._sender = Sender(client, escalation, timeout=timings.timeout())
        self._clock = clock
        self._random = random.Random()
        self._pacer: Pacer[Job] = Pacer(rate=timings.channel_rate, burst=timings.channel_burst)
        self._timers: list[tuple[float, int, Job]] = []
        self._sequence = itertools.count()
        self._changed = threading.Condition()
        self._alive = 0  # jobs queued, waiting for a retry or being sent, here
        self._extras: OrderedDict[str, Extras] = OrderedDict()
        self._unmarked: list[tuple[str, str, int, str | None]] = []
        self._late = 0  # outbox rows still being written after their ack stopped waiting
        self._stopping = threading.Event()
        self._closed = False
        self._counts = dict.fromkeys(("owed", "in_memory", "calls", "retries", DELIVERED,
                                      FAILED, EXPIRED, "lease_lost"), 0)
        self._threads: list[threading.Thread] = []
        self._started = False
        self._renderers: dict[str, Renderer] = {}

    def render_kind(self, kind: str, render: Renderer) -> None:
        """Render rows of ``kind`` with ``render`` instead of ``render.call_for`` (it runs on a
        delivery thread, may read the database, and raises ``RenderLater`` to be retried)."""
        self._renderers[kind] = render

    # -- the listeners' side --------------------------------------------------------------------
    def row(self, kind: str, surface: str, **fields: Any) -> OutboxRow:
        """A new outbox row (see ``owed.owed``), due now."""
        return owed(kind, surface, self.timings, self._clock(), **fields)

    def owe(self, row: OutboxRow, extras: Extras | None = None) -> None:
        """Record the reply ``row`` and queue it; returns within ``outbox_wait_seconds``. Never
        raises: a reply that cannot be recorded is sent from memory."""
        extras = extras or Extras()
        self._count("owed")
        if extras != Extras():
            self._remember(row.id, extras)
        if self.outbox is None:
            self._adopt(Job(row, extras, durable=False))
            return
        database = self.outbox.database
        now = self._clock()
        job = Job(row, extras, durable=False)
        if database.health.failing:
            database.health.lost("outbox", 1, "the database is failing")
        else:
            pending = self.outbox.insert(row, now)
            if pending.wait(self.timings.outbox_wait_seconds):
                if pending.ok:
                    job.durable, job.lease_until = True, now + self.outbox.lease_seconds
                    self._adopt(job)
                    return
            else:
                self._write_late(job, pending, now)
        self._count("in_memory")
        self._adopt(job)

    def _write_late(self, job: Job, pending: PendingWrite[None], now: float) -> None:
        """The ack could not wait for the row: the reply goes out from memory now, and the row is
        still written when the database gets to it, so that a process killed before the reply
        is sent leaves it in the outbox (a slow database delays the record, never drops it)."""
        assert self.outbox is not None
        with self._changed:
            keep = self._late < MAX_LATE_WRITES
            if keep:
                self._late += 1
        if not keep and pending.abandon():
            self.outbox.database.health.lost("outbox", 1, "the database did not answer in time")
            return
        pending.on_done(lambda done: self._written_late(job, done, now, counted=keep))

    def _written_late(self, job: Job, pending: PendingWrite[None], written_at: float, *,
                      counted: bool) -> None:
        if counted:
            with self._changed:
                self._late -= 1
        if not pending.ok or self.outbox is None:
            return
        with job.lock:
            ended = job.ended
            if ended is None:
                job.durable, job.lease_until = True, written_at + self.outbox.lease_seconds
        if ended is not None:  # already sent from memory: the row only needs its mark
            self.outbox.finish(job.row.id, ended, self._clock(), step=job.row.step)

    # -- control ----------------------------------------------------------------------------------
    def start(self) -> Delivery:
        if self._started:
            return self
        self._started = True
        targets: list[tuple[str, Callable[[], None]]] = [
            (f"delivery-{n}", self._work) for n in range(self.timings.workers)]
        targets.append(("delivery-timers", self._run_timers))
        if self.outbox is not None:
            targets.append(("delivery-poller", self._poll))
        for name, target in targets:
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def drain(self, *, grace: float | None = None, wait: bool = True) -> bool:
        """Stop taking rows from the outbox, send what is queued here (for at most ``grace``
        seconds, if given), then give the outbox rows still held back to the other processes.
        False if replies were left: those in the outbox wait for another replica or the next
        start; those held only in memory are lost (and logged)."""
        self._stopping.set()
        deadline = None if grace is None else time.monotonic() + grace
        with self._changed:
            while wait and self._alive > 0:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._changed.wait(left)
            alive = self._alive
            jobs = [job for _, _, job in self._timers]
        self._closed = True
        self._pacer.close()
        with self._changed:
            self._changed.notify_all()
        for thread in self._threads:
            thread.join(timeout=1.0)
        if self.outbox is not None:
            released = self.outbox.release()
            released.wait(2.0)
            self._flush_unmarked(wait=1.0)
        if alive:
            in_memory = sum(not job.durable for job in jobs)
            log.warning("stopping with %d reply(s) not sent after %gs: those in the outbox go "
                        "out from another replica or the next start; %d held only in memory "
                        "are lost", alive, grace or 0, in_memory)
        return alive == 0

    def stats(self) -> DeliveryStats:
        with self._changed:
            counts, alive = dict(self._counts), self._alive
        return DeliveryStats(counts["owed"], counts["in_memory"], counts["calls"],
                             counts["retries"], counts[DELIVERED], counts[FAILED],
                             counts[EXPIRED], counts["lease_lost"], alive)

    def problem(self) -> str | None:
        """Why replies cannot be recorded right now (one line), or None."""
        return None if self.outbox is None else self.outbox.database.problem()

    # -- queues ----------------------------------------------------------------------------------
    def _count(self, name: str, n: int = 1) -> None:
        with self._changed:
            self._counts[name] += n
        if name in REPLY_OUTCOMES:
            metrics.REPLIES.labels(REPLY_OUTCOMES[name]).inc(n)

    def _remember(self, row_id: str, extras: Extras) -> None:
        with self._changed:
            self._extras[row_id] = extras
            while len(self._extras) > MAX_EXTRAS:
                self._extras.popitem(last=False)

    def _adopt(self, job: Job) -> None:
        """A job enters this process."""
        with self._changed:
            self._alive += 1
        self._queue(job)

    def _queue(self, job: Job) -> None:
        channel = pace_key(job.row, self._escalation_channel)
        key = channel if channel is not None else job.row.channel
        self._pacer.put(job, key, paced=channel is not None)

    def _leave(self, job: Job) -> None:
        """A job leaves this process (ended, given back to the outbox, or taken over)."""
        with self._changed:
            self._alive -= 1
            if job.ended:
                self._extras.pop(job.row.id, None)
            self._changed.notify_all()

    def _schedule(self, job: Job, delay: float) -> None:
        with self._changed:
            heapq.heappush(self._timers, (time.monotonic() + delay, next(self._sequence), job))
            self._changed.notify_all()

    def _run_timers(self) -> None:
        with self._changed:
            while not self._closed:
                now = time.monotonic()
                while self._timers and self._timers[0][0] <= now:
                    _, _, job = heapq.heappop(self._timers)
                    self._queue(job)
                wait = self._timers[0][0] - now if self._timers else None
                self._changed.wait(wait)

    # -- sending ---------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._pacer.take()
            if job is None:
                return
            try:
                self._attempt(job)
            except Exception as exc:  # a bug must cost this reply, not the delivery thread
                log.error("%s failed: %s at %s", LABELS[job.row.kind], type(exc).__name__,
                          where(exc))
                self._end(job, FAILED, type(exc).__name__)

    def _attempt(self, job: Job) -> None:
        row = job.row
        now = self._clock()
        if now >= row.deliver_by:
            self._end(job, EXPIRED, row.last_error or "not sent in time")
            return
        if job.durable and not self._lease_held(job, now):
            return
        render = self._renderers.get(row.kind)
        try:
            call = (render(row, self._catalog()) if render is not None
                    else call_for(row, self._catalog(), job.extras))
        except RenderLater as exc:
            self._retry(job, SlackCall(WEB_API, f"{row.kind} rendering"),
                        Outcome(RETRY, str(exc)[:100]))
            return
        if call is None:
            self._advance(job, None)
            return
        self._count("calls")
        outcome = self._sender.send(call)
        if outcome.status == SENT:
            if row.kind == HOME:
                log.info("home published")
            self._advance(job, None)
        elif outcome.status == RETRY:
            self._retry(job, call, outcome)
        else:
            log.warning("%s not posted: %s error=%s", LABELS[row.kind], call.name,
                        outcome.code)
            job.refused_first = job.refused_first or row.step == 0
            self._advance(job, REFUSED + outcome.code)

    def _lease_held(self, job: Job, now: float) -> bool:
        """Whether this process may send the job's row now (renewing its lease if it is short)."""
        assert self.outbox is not None
        # The lease must outlast the send *and* the write that marks the row delivered: a row
        # whose lease runs out between the two is free for another replica, which sends it
        # again. A quarter of the lease (15 s by default) covers a slow database.
        safe = self.timings.timeout() + max(1.0, self.outbox.lease_seconds / 4)
        if job.lease_until - now > safe:
            return True
        pending = self.outbox.renew(job.row.id, now)
        if pending.wait(1.0) and pending.ok:
            if pending.result:
                job.lease_until = now + self.outbox.lease_seconds
                return True
            self._count("lease_lost")
            log.warning("%s: taken over by another process while queued here (its lease ran "
                        "out); not sent from here", LABELS[job.row.kind])
            self._leave(job)
            return False
        # The database is not answering: sending on a short lease could let another replica
        # send too, so wait for it (the reply is late rather than double).
        pending.abandon()
        self._schedule(job, 1.0)
        return False

    def _advance(self, job: Job, error: str | None) -> None:
        row = replace(job.row, step=job.row.step + 1, last_error=error)
        job.row = row
        if row.step >= len(STEPS[row.kind]):
            self._end(job, FAILED if job.refused_first else DELIVERED, error)
            return
        if job.durable and self.outbox is not None:
            self.outbox.progress(row.id, row.step, error)
        self._queue(job)

    def _retry(self, job: Job, call: SlackCall, outcome: Outcome) -> None:
        row = job.row
        attempts = row.attempts + 1
        if outcome.retry_after is not None:
            delay = outcome.retry_after + self._random.uniform(0, 0.1)
            self._pacer.hold(call.channel, outcome.retry_after)
        else:
            delay = self.timings.backoff(attempts, self._random)
        self._count("retries")
        job.row = replace(row, attempts=attempts, last_error=outcome.code)
        at = self._clock() + delay
        log.warning("%s: %s failed error=%s (attempt %d; trying again in %.1fs)",
                    LABELS[row.kind], call.name, outcome.code, attempts, delay)
        if at >= row.deliver_by:
            self._end(job, EXPIRED, outcome.code)
            return
        if not job.durable or self.outbox is None:
            self._schedule(job, delay)
            return
        pending = self.outbox.retry_later(row.id, step=row.step, attempts=attempts, at=at,
                                          error=outcome.code)
        if pending.wait(1.0) and pending.ok and pending.result:
            self._leave(job)  # in the outbox, due at `at`: whichever process polls first
            return
        pending.abandon()
        # The database did not take it: keep retrying from here.
        self._schedule(job, delay)

    def _end(self, job: Job, outcome: str, error: str | None) -> None:
        with job.lock:
            if job.ended is not None:
                return
            job.ended = outcome
            durable = job.durable
        row = job.row
        self._count(outcome)
        if outcome == EXPIRED:
            with self._changed:
                expired = self._counts[EXPIRED]
            log.warning("%s expired: not delivered within its time after %d attempt(s) (last "
                        "error %s); %d expired since start", LABELS[row.kind], row.attempts,
                        error or "-", expired)
        if durable and self.outbox is not None:
            marked = self.outbox.finish(row.id, outcome, self._clock(), step=row.step,
                                        error=error)
            marked.on_done(lambda done: self._marked(done, row, outcome, error))
        self._leave(job)

    def _marked(self, pending: PendingWrite[bool], row: OutboxRow, outcome: str,
                error: str | None) -> None:
        if not pending.ok:
            with self._changed:  # marked on the next poll, once the database answers
                self._unmarked.append((row.id, outcome, row.step, error))
        elif not pending.result:
            log.warning("%s: marked by another process already (its lease ran out here): it "
                        "may have been sent twice", LABELS[row.kind])

    # -- the outbox ------------------------------------------------------------------------------
    def _poll(self) -> None:
        assert self.outbox is not None
        next_purge = 0.0
        first = True
        while not self._stopping.is_set():
            self._flush_unmarked(wait=1.0)
            room = 2 * self.timings.workers - len(self._pacer)
            if room > 0:
                now = self._clock()
                claim = self.outbox.claim(room, now)
                if claim.wait(5.0) and claim.ok and claim.result:
                    with self._changed:
                        unmarked = {entry[0]: entry for entry in self._unmarked}
                    for row in claim.result:
                        if row.id in unmarked:  # sent already, its mark still to be written
                            continue
                        with self._changed:
                            extras = self._extras.get(row.id, Extras())
                        lease_until = now + self.outbox.lease_seconds
                        self._adopt(Job(row, extras, durable=True, lease_until=lease_until))
                    if first:
                        log.info("outbox: took over %d undelivered reply(s)", len(claim.result))
                else:
                    claim.abandon()
            first = False
            if time.monotonic() >= next_purge:
                next_purge = time.monotonic() + PURGE_EVERY_SECONDS
                self.outbox.purge(self._clock() - KEEP_FINISHED)
            self._stopping.wait(self.timings.poll_seconds)

    def _flush_unmarked(self, wait: float) -> None:
        if self.outbox is None:
            return
        with self._changed:
            unmarked, self._unmarked = self._unmarked, []
        for row_id, outcome, step, error in unmarked:
            pending = self.outbox.finish(row_id, outcome, self._clock(), step=step, error=error)
            if not (pending.wait(wait) and pending.ok):
                pending.abandon()
                with self._changed:
                    self._unmarked.append((row_id, outcome, step, error))

