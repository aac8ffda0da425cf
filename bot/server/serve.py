"""Run the bot: Socket Mode (``serve``) or HTTP (``serve --http``) behind waitress.

HTTP routes:
- ``POST /slack/events``: slash commands, events and interactivity, all through Bolt, which checks
  the signature (401 otherwise) and acknowledges before the listener does its work.
- ``GET /healthz``: 200 while the process serves (for load balancers and orchestrators).

``HttpServer`` is usable in-process on port 0 (tests, benchmarks); ``run`` is what the CLI calls.

Start-up: one ``auth.test``; a refused token or an unreachable Slack is one line and exit status 2.
Stop: SIGTERM or SIGINT stops accepting, answers the requests taken, lets the listeners send
their replies (at most ``SHUTDOWN_GRACE_SECONDS``), closes the question log and exits 0.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import waitress
from slack_bolt import App, BoltContext
from slack_bolt.request import BoltRequest
from slack_bolt.request.internals import build_context
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier
from waitress import wasyncore
from waitress.channel import HTTPChannel

from bot.engine.catalog import CatalogError
from bot.server import log_privacy
from bot.server.catalog_reloader import CatalogReloader
from bot.server.config import Settings, SettingsError, load_settings
from bot.slack import request_shape
from bot.slack.app import (
    WEB_API_TIMEOUT_SECONDS,
    build_app,
    listener_executor,
    reply_pool,
    retry_handlers,
)
from bot.slack.slack_errors import WEB_API_ERRORS, error_code
from bot.store.hash_salt import resolve_salt
from bot.store.question_log import QuestionLog

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler

log = logging.getLogger("bot.server.serve")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

# Request threads only verify, parse and wait for ack() (milliseconds: listeners run in the app's
# own pool), so a handful serves hundreds of requests a second.
HTTP_THREADS = 8
# Slack's largest payloads (a 40,000-character message with blocks) stay far below this.
MAX_BODY_BYTES = 1024 * 1024

# How long a SIGTERM waits for requests and replies in flight. Kubernetes kills after 30 s and
# systemd after 90 s; 20 s leaves room for a reply that meets a 429 or a slow Slack.
SHUTDOWN_GRACE_SECONDS = 20.0
# auth.test answers these when the bot token is wrong, revoked or its workspace is gone: no
# request could ever be answered, so serve refuses to start.
BAD_TOKEN_ERRORS = ("invalid_auth", "not_authed", "token_revoked", "account_inactive",
                    "token_expired", "not_allowed_token_type")

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def _plain(start_response: StartResponse, status: int, text: str) -> list[bytes]:
    body = text.encode()
    start_response(_status_line(status), [("Content-Type", "text/plain; charset=utf-8"),
                                          ("Content-Length", str(len(body)))])
    return [body]


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    headers = {k[5:].lower().replace("_", "-"): v for k, v in environ.items()
               if k.startswith("HTTP_")}
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.lower().replace("_", "-")] = environ[key]
    return headers


def _bolt_request(raw: str, query: str, headers: dict[str, str]) -> BoltRequest:
    request = BoltRequest(body=raw, query=query, headers=headers)
    # Bolt reads any form body containing the word "payload" as an interactivity payload, so a
    # slash command asking about a "jailbreak payload" parsed as {} and went unanswered (404).
    if request.body == {} and "payload" in raw and not raw.lstrip().startswith("{"):
        fields = dict(parse_qsl(raw, keep_blank_values=True))
        if fields and "payload" not in fields:
            request.body = fields
            request.context = build_context(BoltContext({}), fields)
    return request


def _signed(app: App, raw: str, request: BoltRequest) -> bool:
    """The signature check Bolt makes, for a request refused before Bolt sees it: a forged
    request must still be told 401, not that its shape is wrong."""
    # Bolt keeps the secret it verifies with but offers no accessor for it.
    verifier = SignatureVerifier(app._signing_secret)
    headers = {k: v[0] for k, v in request.headers.items() if v}
    return bool(app._signing_secret) and verifier.is_valid_request(raw, headers)


def wsgi_app(app: App) -> WsgiApp:
    """A WSGI application: ``/healthz`` and Slack's ``/slack/events`` (through Bolt)."""

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _plain(start_response, 200, "ok\n")
        if path != EVENTS_PATH:
            return _plain(start_response, 404, "Not Found\n")
        if method != "POST":
            return _plain(start_response, 405, "Method Not Allowed\n")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        # Undecodable bytes become U+FFFD: the signature check then fails (401) as it should.
        raw = environ["wsgi.input"].read(min(length, MAX_BODY_BYTES)).decode("utf-8", "replace")
        try:
            request = _bolt_request(raw, environ.get("QUERY_STRING", ""), _headers(environ))
        except Exception:  # a body Bolt cannot parse: Slack never sends one, so say so plainly
            log.warning("unparseable request body (%d bytes)", length)
            return _plain(start_response, 400, "Bad Request\n")
        shape_problem = request_shape.problem(request.body)
        if shape_problem is not None and _signed(app, raw, request):
            log.warning("refused a signed request Slack would not send: %s", shape_problem)
            return _plain(start_response, 400, "Bad Request\n")
        response: BoltResponse = app.dispatch(request)
        if response.status == 401:
            log.info("refused a request with a missing, wrong or stale signature")
        body = (response.body or "").encode()
        headers = [(name, value) for name, values in response.headers.items()
                   for value in values if name not in ("content-length",)]
        headers.append(("Content-Length", str(len(body))))
        start_response(_status_line(response.status), headers)
        return [body]

    return application


class HttpServer:
    """waitress serving ``wsgi_app(app)``; ``port=0`` picks a free port (see ``.port``)."""

    # How long the socket loop sleeps when idle before checking whether it should stop.
    # It wakes at once for any traffic; this only bounds how long close() may take.
    LOOP_TIMEOUT_SECONDS = 0.05

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0, *,
                 threads: int = HTTP_THREADS):
        self.app = app
        self._server = waitress.create_server(
            wsgi_app(app), host=host, port=port, threads=threads, ident="safeguards-bot",
            max_request_body_size=MAX_BODY_BYTES, expose_tracebacks=False,
        )
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._draining = threading.Event()
        self._grace = SHUTDOWN_GRACE_SECONDS
        self._closed = False

    @property
    def host(self) -> str:
        return str(self._server.effective_host)

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

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
        while not self._stop.is_set() and server._map:
            if self._draining.is_set():
                if deadline is None:
                    # Stop accepting: only the listening socket closes (dispatcher.close, not
                    # the server's close(), which also closes the wake-up pipe still in use).
                    wasyncore.dispatcher.close(server)
                    deadline = time.monotonic() + self._grace
                if not self._in_flight() or time.monotonic() > deadline:
                    break
            wasyncore.loop(timeout=self.LOOP_TIMEOUT_SECONDS, map=server._map,
                           use_poll=server.adj.asyncore_use_poll, count=1)
        wasyncore.close_all(server._map)  # on an exception (Ctrl-C), close() does it

    def stop_gracefully(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Make ``serve_forever`` stop accepting, answer the requests it has taken (writing
        their acknowledgements out) within ``grace`` seconds, and return. Safe from a signal
        handler: it only sets a flag the socket loop looks at."""
        self._grace = grace
        self._draining.set()

    def _in_flight(self) -> bool:
        """A request queued, being handled, or its answer not yet written to its socket."""
        server = self._server
        tasks = server.task_dispatcher
        return bool(tasks.queue or tasks.active_count) or any(
            isinstance(channel, HTTPChannel) and bool(channel.requests or channel.total_outbufs_len)
            for channel in list(server._map.values()))

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
        self._server.task_dispatcher.shutdown(cancel_pending=False)
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        # The loop has stopped (or was interrupted, Ctrl-C): its files are ours to close now.
        wasyncore.close_all(self._server._map)
        drain_listeners(self.app, wait=wait_for_listeners, grace=grace)

    def __enter__(self) -> HttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def drain_listeners(app: App, *, wait: bool = True, grace: float | None = None) -> bool:
    """Shut the listener pool down, then the reply pool, letting queued and running listeners
    and replies finish (both within ``grace`` seconds in all, if given); False if some were
    still running when it gave up."""
    executor = listener_executor(app)
    executor.shutdown(wait=wait and grace is None)
    deadline = time.monotonic() + (grace or 0.0)
    running = 0
    if wait and grace is not None:
        # The pool has no "wait with a timeout": join its threads, which exit once the queue is
        # empty.
        for thread in list(executor._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        running = sum(thread.is_alive() for thread in executor._threads)
        if running:
            log.warning("stopping with %d listener(s) still running after %gs", running, grace)
    # Second: the listeners finished above have submitted their last replies by now. What is
    # left of the same grace is theirs.
    replies = reply_pool(app).drain(
        wait=wait, grace=None if grace is None else max(0.0, deadline - time.monotonic()))
    return not running and replies


def _on_stop_signal(stop: Callable[[], None]) -> None:
    """Call ``stop`` on SIGTERM (docker stop, Kubernetes, systemd) and SIGINT (Ctrl-C): both
    end the process gracefully, instead of SIGINT's KeyboardInterrupt landing mid-request."""

    def handle(signum: int, frame: object) -> None:
        log.info("%s: stopping after the requests and replies in flight",
                 signal.Signals(signum).name)
        stop()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def _serve_http(app: App, host: str, port: int) -> int:
    server = HttpServer(app, host, port)
    _on_stop_signal(server.stop_gracefully)
    log.info("listening on %s (Slack: %s, health: %s)", server.url, EVENTS_PATH, HEALTH_PATH)
    try:
        server.serve_forever()
    finally:
        # The grace left for replies: acknowledgements were written within the first part.
        server.close(grace=SHUTDOWN_GRACE_SECONDS)
    log.info("stopped")
    return 0


def socket_mode_handler(app: App, settings: Settings) -> BaseSocketModeHandler:
    """Slack's WebSocket client feeding envelopes to ``app.dispatch`` (the same listeners)."""
    # Imported here: only Socket Mode needs the WebSocket client.
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    # The app's WebClient (and so SLACK_API_URL) also opens the connection (apps.connections.open).
    return SocketModeHandler(app, app_token=settings.app_token, web_client=app.client)


def _serve_socket_mode(app: App, settings: Settings) -> int:
    handler = socket_mode_handler(app, settings)
    stopping = threading.Event()
    _on_stop_signal(stopping.set)
    log.info("connecting to Slack in Socket Mode")
    try:
        handler.connect()  # not start(): it blocks on an Event of its own that no signal sets
        while not stopping.wait(1.0):
            pass
    finally:
        # Disconnect first (no new envelopes), then let the listeners finish their replies.
        handler.close()
        drain_listeners(app, grace=SHUTDOWN_GRACE_SECONDS)
    log.info("stopped")
    return 0


def check_token(settings: Settings) -> str | None:
    """One ``auth.test`` before serving: None when the bot token works, else the one line to
    print. Never the token, never a traceback; retried like every Web API call first."""
    # A logger of its own, silenced: slack_sdk logs a failed connection (with its URL) itself,
    # and the person starting the bot should read one line, the one returned here.
    quiet = logging.getLogger("bot.server.serve.token_check")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    client = WebClient(token=settings.bot_token, base_url=settings.api_url or WebClient.BASE_URL,
                       timeout=WEB_API_TIMEOUT_SECONDS, retry_handlers=retry_handlers(),
                       logger=quiet)
    try:
        client.auth_test()
    except WEB_API_ERRORS as exc:
        code = error_code(exc)
        if code in BAD_TOKEN_ERRORS:
            return (f"Slack refused SLACK_BOT_TOKEN ({code}): copy the current Bot User OAuth "
                    "Token from the app's OAuth & Permissions page (reinstall the app if it was "
                    "revoked)")
        return (f"cannot reach Slack's Web API at {client.base_url} ({code}): check the network,"
                " the proxy and SLACK_API_URL, then start again")
    return None


def configure_logging(settings: Settings) -> None:
    # Whoever logs them, library or exception, these never reach the log (bot/log_privacy.py).
    for secret in (settings.bot_token, settings.app_token, settings.signing_secret,
                   settings.hash_salt):
        log_privacy.register_secret(secret)
    log_privacy.configure_logging(settings.log_level)
    # Bolt logs a refused request's whole body at INFO, and a genuine but late one carries a
    # person's question; wsgi_app logs the refusal without it.
    logging.getLogger("slack_bolt.RequestVerification").setLevel(logging.WARNING)


def open_question_log(settings: Settings) -> QuestionLog:
    """The question log the settings describe. Never fails on a bad path: the log reports its
    write failures itself, and the bot answers regardless."""
    return QuestionLog(settings.db_path, salt=resolve_salt(settings.db_path, settings.hash_salt),
                       store_text=settings.store_text,
                       text_retention_days=settings.text_retention_days)


def run(http: bool, host: str, port: int, *, catalog_path: str | None = None) -> int:
    """Serve until interrupted; 2 (after one line on stderr) when settings or catalog are bad.

    ``catalog_path``: the catalog to serve (default: $SAFEGUARDS_CATALOG or data/catalog.yaml).
    Edits to it go live while serving (every ``SAFEGUARDS_CATALOG_RELOAD_SECONDS``); a broken
    edit is logged with the lines ``check`` prints and the last good catalog stays in service.
    """
    try:
        settings = load_settings(http=http)
    except SettingsError as exc:
        print(f"safeguards-bot: {exc}", file=sys.stderr)
        return 2
    try:
        reloader = CatalogReloader(catalog_path,
                                   interval=settings.catalog_reload_seconds or 1.0)
    except CatalogError as exc:
        print(f"safeguards-bot: the catalog is not usable ({len(exc.problems)} problem(s); "
              "run 'safeguards-bot check'):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    problem = check_token(settings)
    if problem is not None:
        print(f"safeguards-bot: {problem}", file=sys.stderr)
        return 2
    configure_logging(settings)
    question_log = open_question_log(settings)
    if settings.catalog_reload_seconds > 0:
        reloader.start()
        log.info("watching %s for edits every %gs", reloader.path,
                 settings.catalog_reload_seconds)
    try:
        # .current, not a matcher: each question gets the catalog in service when it arrives.
        app = build_app(settings, reloader.current, question_log=question_log)
        if http:
            return _serve_http(app, host, port)
        return _serve_socket_mode(app, settings)
    finally:
        # After the server (which waits for the listeners): their last rows are queued by now.
        reloader.stop()
        question_log.close()
