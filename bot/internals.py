"""Every use of another library's private or undocumented internals, in one place.

The rest of ``bot/`` calls only the small functions here, never ``obj._x`` of a library's object;
``tests/test_internals.py`` exercises each on real objects and names the library, its version and
the attribute when one moves. ``pyproject.toml`` pins these libraries below their next minor
release: raise a pin only after that test passes against the new version.

Checked against slack-bolt 1.30.0, waitress 3.0.2 and CPython 3.11.7 (``concurrent.futures``,
whose private names used here have not changed from 3.10 to 3.13).

Why each reach is needed:

slack-bolt
- ``signing_secret``: ``App._signing_secret``. A request refused before Bolt sees it (a shape Slack
  never sends) must still be told 401 when its signature is wrong, so the check Bolt makes is made
  with the secret Bolt verifies with; Bolt offers no accessor for it.
- ``bolt_context``: ``slack_bolt.request.internals.build_context``. When the bot re-parses a form
  body Bolt misread, the request's context (team, user, channel) is rebuilt the way Bolt builds it.
- ``registered_listeners``: ``App._listeners``, the listeners in registration order (tests prove
  that none is registered beyond those the manifest declares).

concurrent.futures.ThreadPoolExecutor
- ``executor_threads``: ``_threads``. The executor has no "shut down, waiting at most N seconds":
  joining its threads with a timeout is the only way to bound a drain.
- ``queued_tasks``: ``_work_queue``, to report how many tasks wait for a thread.
- ``shutdown_with_deadline``: the one drain-with-deadline built on ``executor_threads``.

waitress (``create_server`` and ``run`` are its public API; nothing stops ``run`` cleanly)
- ``waitress_address``: ``effective_host``/``effective_port``, the address bound (port 0).
- ``waitress_socket_map``, ``waitress_poll_once``, ``waitress_close_all``: ``server._map`` and
  ``wasyncore``. The bot runs waitress's socket loop itself, one iteration at a time, so the loop
  can stop on a flag and close its own files in its own thread (closing them from another thread,
  the only way to stop ``run()``, races with the loop and with request threads).
- ``waitress_stop_accepting``: ``wasyncore.dispatcher.close(server)`` closes only the listening
  socket; the server's own ``close()`` also closes the wake-up pipe request threads still use.
- ``waitress_in_flight``: ``task_dispatcher.queue``/``active_count`` and
  ``HTTPChannel.requests``/``total_outbufs_len``, to stop only once every request taken has been
  answered and its answer written out.
- ``waitress_finish_tasks``: ``task_dispatcher.shutdown(cancel_pending=False)``, so the request
  threads finish what they hold instead of cancelling it.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.listener import Listener
from slack_bolt.request.internals import build_context
from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer

# -- slack-bolt ------------------------------------------------------------------------------------


def signing_secret(app: App) -> str:
    """The secret ``app`` verifies request signatures with ("" when it has none)."""
    secret: str = app._signing_secret
    return secret


def bolt_context(body: dict[str, Any]) -> BoltContext:
    """A fresh request context for ``body``, as Bolt builds it when it parses a request."""
    return build_context(BoltContext({}), body)


def registered_listeners(app: App) -> list[Listener]:
    """The listeners registered on ``app``, in registration order (a copy)."""
    return list(app._listeners)


# -- concurrent.futures.ThreadPoolExecutor --------------------------------------------------------


def executor_threads(executor: ThreadPoolExecutor) -> list[threading.Thread]:
    """The worker threads ``executor`` has started (a copy)."""
    return list(executor._threads)


def queued_tasks(executor: ThreadPoolExecutor) -> int:
    """Tasks submitted to ``executor`` and not yet running (approximate)."""
    return executor._work_queue.qsize()


def shutdown_with_deadline(executor: ThreadPoolExecutor, deadline: float | None, *,
                           wait: bool = True) -> int:
    """Shut ``executor`` down, letting queued and running tasks finish; returns how many of its
    threads were still running when it gave up.

    ``deadline`` (a ``time.monotonic()`` value): wait until then at most; None: wait for all.
    ``wait=False``: do not wait at all (0 is returned).
    """
    executor.shutdown(wait=wait and deadline is None)
    if not wait or deadline is None:
        return 0
    # Its threads exit once the queue is empty: join them, each within what is left.
    threads = executor_threads(executor)
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return sum(thread.is_alive() for thread in threads)


# -- waitress --------------------------------------------------------------------------------------


def waitress_address(server: BaseWSGIServer) -> tuple[str, int]:
    """The host and port ``server`` listens on (the port picked, when asked for port 0)."""
    return str(server.effective_host), int(server.effective_port)


def waitress_socket_map(server: BaseWSGIServer) -> dict[int, Any]:
    """The files ``server``'s socket loop watches: the listening socket, its wake-up pipe and one
    channel per connection, by file descriptor (the live map: empty once all are closed)."""
    socket_map: dict[int, Any] = server._map
    return socket_map


def waitress_poll_once(server: BaseWSGIServer, timeout: float) -> None:
    """One iteration of ``server``'s socket loop, sleeping at most ``timeout`` seconds when idle
    (it wakes at once for traffic); what ``server.run()`` repeats forever."""
    wasyncore.loop(timeout=timeout, map=waitress_socket_map(server),
                   use_poll=server.adj.asyncore_use_poll, count=1)


def waitress_stop_accepting(server: BaseWSGIServer) -> None:
    """Close the listening socket only: connections taken and the wake-up pipe stay open."""
    wasyncore.dispatcher.close(server)


def waitress_in_flight(server: BaseWSGIServer) -> bool:
    """A request queued, being handled, or its answer not yet written to its socket."""
    tasks = server.task_dispatcher
    return bool(tasks.queue or tasks.active_count) or any(
        isinstance(channel, HTTPChannel) and bool(channel.requests or channel.total_outbufs_len)
        for channel in list(waitress_socket_map(server).values()))


def waitress_finish_tasks(server: BaseWSGIServer) -> None:
    """Stop ``server``'s request threads once they have handled the requests they hold (waitress
    waits up to 5 s for them)."""
    server.task_dispatcher.shutdown(cancel_pending=False)


def waitress_close_all(server: BaseWSGIServer) -> None:
    """Close every file ``server``'s socket loop watches (call once the loop has stopped)."""
    wasyncore.close_all(waitress_socket_map(server))
