"""The reply pool: where the Web API calls that deliver replies and notices run.

Why a pool of its own: Bolt runs each listener in its listener pool, and a slash command or a
button is only acknowledged once its listener has called ``ack()``. When the listener also made
its reply's Web API calls, a slow Slack (200 ms-1 s a call) filled that pool with replies being
sent, and new requests' listeners, acknowledgements included, queued behind them: a load test
saw acknowledgements take up to 10 s where Slack allows 3. Now a listener acknowledges, matches
(milliseconds) and hands one task to this pool; the listener pool stays free for acknowledging.

One task per interaction, doing its calls in order: a reply before its escalation notice, a shared
answer before its private copy is deleted. A failed task logs one line (the task, the Web API
method and Slack's error code, or the exception's class and where it was raised), never the
message, as ``bot/slack/listeners/guard.py`` does for listeners.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from bot.internals import queued_tasks, shutdown_with_deadline
from bot.slack.slack_errors import WEB_API_ERRORS, error_code, method_of, where

log = logging.getLogger(__name__)

# Threads needed = replies a second x seconds a call: 100 a second against a Slack taking 300-600 ms
# (a reply and its notice) is 30-60 calls in flight. Threads mostly wait on sockets, so 64 is cheap
# (~64 small stacks) and leaves headroom for bursts.
REPLY_THREADS = 64
# Tasks waiting for a thread, beyond those running: ~15 s of backlog at 64 replies a second. A
# bound, so an outage of Slack's Web API cannot grow memory without limit.
MAX_QUEUED = 1000
# When the queue is full, a listener waits this long for room before giving its reply up: the wait
# slows acknowledgements (back-pressure) only when Slack has been failing for a while already.
SUBMIT_WAIT_SECONDS = 2.0

Task = Callable[[], object]


class ReplyPool:
    """A bounded ``ThreadPoolExecutor`` for reply tasks, with logging and a timed drain."""

    def __init__(self, threads: int = REPLY_THREADS, max_queued: int = MAX_QUEUED, *,
                 submit_wait: float = SUBMIT_WAIT_SECONDS):
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="reply")
        # One slot per task running or queued; the executor's own queue has no bound.
        self._slots = threading.BoundedSemaphore(threads + max_queued)
        self._submit_wait = submit_wait
        self._closed = False

    def submit(self, name: str, task: Task) -> bool:
        """Run ``task`` (named ``name`` in the log) on a reply thread; False if it was dropped
        (the queue stayed full, or the pool is shut down). Never raises."""
        if self._closed:
            log.warning("reply %s not sent: the bot is stopping", name)
            return False
        if not self._slots.acquire(timeout=self._submit_wait):
            log.error("reply %s not sent: %d replies already waiting for Slack", name,
                      self.pending)
            return False
        try:
            self._executor.submit(self._run, name, task)
        except RuntimeError:  # shut down between the check above and here
            self._slots.release()
            log.warning("reply %s not sent: the bot is stopping", name)
            return False
        return True

    @property
    def pending(self) -> int:
        """Tasks queued, not yet running (approximate: for logs and tests)."""
        return queued_tasks(self._executor)

    def _run(self, name: str, task: Task) -> None:
        try:
            task()
        except WEB_API_ERRORS as exc:
            log.error("reply %s: %s failed error=%s", name, method_of(exc), error_code(exc))
        except Exception as exc:
            log.error("reply %s failed: %s at %s", name, type(exc).__name__, where(exc))
        finally:
            self._slots.release()

    def drain(self, *, wait: bool = True, grace: float | None = None) -> bool:
        """Take no more tasks and let queued and running ones finish (for at most ``grace``
        seconds, if given); False if some were still running when it gave up."""
        self._closed = True
        deadline = None if grace is None else time.monotonic() + grace
        running = shutdown_with_deadline(self._executor, deadline, wait=wait)
        if running:
            log.warning("stopping with %d reply thread(s) still sending after %gs", running,
                        grace)
        return not running
