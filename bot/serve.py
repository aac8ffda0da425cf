"""Run the bot: Socket Mode (``serve``) or HTTP (``serve --http``) behind waitress.

HTTP routes:
- ``POST /slack/events``: slash commands, events and interactivity, all through Bolt, which checks
  the signature (401 otherwise) and acknowledges before the listener does its work.
- ``GET /healthz``: 200 while the process serves (for load balancers and orchestrators).

``HttpServer`` is usable in-process on port 0 (tests, benchmarks); ``run`` is what the CLI calls.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import waitress
from slack_bolt import App, BoltContext
from slack_bolt.request import BoltRequest
from slack_bolt.request.internals import build_context
from slack_bolt.response import BoltResponse
from waitress import wasyncore

from bot.app import build_app, listener_executor
from bot.catalog import CatalogError
from bot.catalog_reloader import CatalogReloader
from bot.config import Settings, SettingsError, load_settings
from bot.hash_salt import resolve_salt
from bot.question_log import QuestionLog

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler

log = logging.getLogger("bot.serve")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

# Request threads only verify, parse and wait for ack() (milliseconds: listeners run in the app's
# own pool), so a handful serves hundreds of requests a second.
HTTP_THREADS = 8
# Slack's largest payloads (a 40,000-character message with blocks) stay far below this.
MAX_BODY_BYTES = 1024 * 1024

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
        while not self._stop.is_set() and server._map:
            wasyncore.loop(timeout=self.LOOP_TIMEOUT_SECONDS, map=server._map,
                           use_poll=server.adj.asyncore_use_poll, count=1)
        wasyncore.close_all(server._map)  # on an exception (Ctrl-C), close() does it

    def start(self) -> HttpServer:
        """Serve from a background thread (tests, benchmarks)."""
        self._thread = threading.Thread(target=self.serve_forever, name="http-server",
                                        daemon=True)
        self._thread.start()
        return self

    def close(self, *, wait_for_listeners: bool = True) -> None:
        """Stop serving, then let running listeners finish their replies."""
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
        listener_executor(self.app).shutdown(wait=wait_for_listeners)

    def __enter__(self) -> HttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve_http(app: App, host: str, port: int) -> int:
    server = HttpServer(app, host, port)
    log.info("listening on %s (Slack: %s, health: %s)", server.url, EVENTS_PATH, HEALTH_PATH)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def socket_mode_handler(app: App, settings: Settings) -> BaseSocketModeHandler:
    """Slack's WebSocket client feeding envelopes to ``app.dispatch`` (the same listeners)."""
    # Imported here: only Socket Mode needs the WebSocket client.
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    # The app's WebClient (and so SLACK_API_URL) also opens the connection (apps.connections.open).
    return SocketModeHandler(app, app_token=settings.app_token, web_client=app.client)


def _serve_socket_mode(app: App, settings: Settings) -> int:
    handler = socket_mode_handler(app, settings)
    log.info("connecting to Slack in Socket Mode")
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
        listener_executor(app).shutdown(wait=True)
    return 0


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
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
    configure_logging()
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
