"""waitress serving the bot's WSGI application, and the drain of the app's pools on stop.

``HttpServer`` is usable in-process on port 0 (tests, benchmarks); ``bot/server/serve.py`` runs it
for ``serve --http``. ``drain_listeners`` ends both serving modes: listeners, then their replies.
"""

from __future__ import annotations

import logging
import threading
import time

import waitress
from slack_bolt import App

from bot.internals import (
    shutdown_with_deadline,
    waitress_address,
    waitress_close_all,
    waitress_finish_tasks,
    waitress_in_flight,
    waitress_poll_once,
    waitress_socket_map,
    waitress_stop_accepting,
)
from bot.server.http_app import MAX_BODY_BYTES, wsgi_app
from bot.server.wsgi import WsgiApp
from bot.slack.app import delivery_of, listener_executor, stop_upkeep

# The name these lines have been logged under since before serving was split into modules.
log = logging.getLogger("bot.server.serve")

# Request threads verify, parse, and run the listener, which matches and records its reply in the
# outbox (milliseconds; replies are sent by delivery threads), so a handful serves hundreds of
# requests a second.
HTTP_THREADS = 8

# Connections: waitress's default of 100 lets 100 idle clients (a scanner, a slow proxy, keep-
# alives nobody closes) starve Slack and the health check; an idle connection costs a socket and a
# little memory, so allow many, and close those idle past the timeout. Slack sends a request and
# reads the reply within 3 s, so 30 s idle is generous. poll() rather than select(), which fails
# beyond 1,024 descriptors.
CONNECTION_LIMIT = 1000
IDLE_TIMEOUT_SECONDS = 30
# How often waitress looks for idle connections to close.
CLEANUP_INTERVAL_SECONDS = 10

# How long a SIGTERM waits for requests and replies in flight. Kubernetes kills after 30 s and
# systemd after 90 s; 20 s leaves room for a reply that meets a 429 or a slow Slack.
SHUTDOWN_GRACE_SECONDS = 20.0


class HttpServer:
    """waitress serving ``wsgi_app(app)``; ``port=0`` picks a free port (see ``.port``)."""

    # How long the socket loop sleeps when idle before checking whether it should stop.
    # It wakes at once for any traffic; this only bounds how long close() may take.
    LOOP_TIMEOUT_SECONDS = 0.05

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0, *,
                 threads: int = HTTP_THREADS, wsgi: WsgiApp | None = None):
        """``wsgi``: serve this instead of the app's Slack endpoint (the Socket Mode probes);
        closing such a server leaves the app's listeners and replies alone."""
        self.app = app
        self._drains = wsgi is None
        self._server = waitress.create_server(
            wsgi or wsgi_app(app), host=host, port=port, threads=threads, ident="safeguards-bot",
            max_request_body_size=MAX_BODY_BYTES, expose_tracebacks=False,
            connection_limit=CONNECTION_LIMIT, channel_timeout=IDLE_TIMEOUT_SECONDS,
            cleanup_interval=CLEANUP_INTERVAL_SECONDS, asyncore_use_poll=True,
        )
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._draining = threading.Event()
        self._grace = SHUTDOWN_GRACE_SECONDS
        self._closed = False

    @property
    def host(self) -> str:
        return waitress_address(self._server)[0]

    @property
    def port(self) -> int:
        return waitress_address(self._server)[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def serve_forever(self) -> None:
        """Serve until ``close()``; the socket loop's files are closed here, in its own thread.

        (waitress's own ``run()`` can only be stopped by closing its files from another thread,
        which races with the loop and with request threads writing to its wake-up pipe.)
        """
        server = self._server
        deadline: float | None = None
        while not self._stop.is_set() and waitress_socket_map(server):
            if self._draining.is_set():
                if deadline is None:
                    # Stop accepting: only the listening socket closes (not the server's close(),
                    # which also closes the wake-up pipe still in use).
                    waitress_stop_accepting(server)
                    deadline = time.monotonic() + self._grace
                if not waitress_in_flight(server) or time.monotonic() > deadline:
                    break
            waitress_poll_once(server, self.LOOP_TIMEOUT_SECONDS)
        waitress_close_all(server)  # on an exception (Ctrl-C), close() does it

    def stop_gracefully(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Make ``serve_forever`` stop accepting, answer the requests it has taken (writing
        their acknowledgements out) within ``grace`` seconds, and return. Safe from a signal
        handler: it only sets a flag the socket loop looks at."""
        self._grace = grace
        self._draining.set()

    def start(self) -> HttpServer:
        """Serve from a background thread (tests, benchmarks)."""
        self._thread = threading.Thread(target=self.serve_forever, name="http-server",
                                        daemon=True)
        self._thread.start()
        return self

    def close(self, *, wait_for_listeners: bool = True, grace: float | None = None) -> None:
        """Stop serving, then let running listeners finish their replies (for at most ``grace``
        seconds, if given)."""
        if self._closed:
            return
        self._closed = True
        # Request threads first: each finished request wakes the socket loop through its pipe,
        # which must still be open then. Requests being handled are completed.
        waitress_finish_tasks(self._server)
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        # The loop has stopped (or was interrupted, Ctrl-C): its files are ours to close now.
        waitress_close_all(self._server)
        if self._drains:
            drain_listeners(self.app, wait=wait_for_listeners, grace=grace)

    def __enter__(self) -> HttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def drain_listeners(app: App, *, wait: bool = True, grace: float | None = None) -> bool:
    """Shut the listener pool down, then the delivery of replies, letting queued and running
    listeners and replies finish (both within ``grace`` seconds in all, if given); False if some
    were still running when it gave up (replies left in the outbox go out from another replica
    or the next start)."""
    deadline = time.monotonic() + (grace or 0.0)
    stop_upkeep(app)  # the weekly digest owes nothing new from here
    running = shutdown_with_deadline(listener_executor(app),
                                     None if grace is None else deadline, wait=wait)
    if running:
        log.warning("stopping with %d listener(s) still running after %gs", running, grace)
    # Second: the listeners finished above have recorded their last replies by now. What is
    # left of the same grace is theirs.
    replies = delivery_of(app).drain(
        wait=wait, grace=None if grace is None else max(0.0, deadline - time.monotonic()))
    return not running and replies
