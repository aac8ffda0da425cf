"""Run the bot: Socket Mode (``serve``) or HTTP (``serve --http``) behind waitress.

``run`` is what the CLI calls. HTTP: the routes and their checks are ``bot/server/http_app.py``,
the waitress server and the drain of the app's pools ``bot/server/http_server.py``.

Start-up: one ``auth.test``; a refused token or an unreachable Slack is one line and exit status 2.
Stop: SIGTERM or SIGINT stops accepting, answers the requests taken, sends the replies queued
(at most ``SHUTDOWN_GRACE_SECONDS``; what is left stays in the outbox for another replica or the
next start), closes the question log and the database and exits 0.
"""

from __future__ import annotations

import gc
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient

from bot.engine import topic_model
from bot.engine.catalog import CatalogError
from bot.server import log_privacy
from bot.server.catalog_reloader import CatalogReloader
from bot.server.http_app import EVENTS_PATH
from bot.server.http_server import SHUTDOWN_GRACE_SECONDS, HttpServer, drain_listeners
from bot.server.probes import HEALTH_PATH, METRICS_PATH, probes_app
from bot.server.socket_mode_close import close_socket_mode
from bot.slack.app import WEB_API_TIMEOUT_SECONDS, build_app, retry_handlers
from bot.slack.config import Settings, SettingsError, load_settings
from bot.slack.slack_errors import WEB_API_ERRORS, error_code
from bot.store.database import Database
from bot.store.hash_salt import resolve_salt
from bot.store.question_log import QuestionLog

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler

log = logging.getLogger("bot.server.serve")

# auth.test answers these when the bot token is wrong, revoked or its workspace is gone: no
# request could ever be answered, so serve refuses to start.
BAD_TOKEN_ERRORS = ("invalid_auth", "not_authed", "token_revoked", "account_inactive",
                    "token_expired", "not_allowed_token_type")


def _on_stop_signal(stop: Callable[[], None]) -> None:
    """Call ``stop`` on SIGTERM (docker stop, Kubernetes, systemd) and SIGINT (Ctrl-C): both
    end the process gracefully, instead of SIGINT's KeyboardInterrupt landing mid-request."""

    def handle(signum: int, frame: object) -> None:
        log.info("%s: stopping after the requests and replies in flight",
                 signal.Signals(signum).name)
        stop()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def _bind_problem(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None. (The server binds again right after:
    this is for the one clear line, the server's own bind stays the real test.)"""
    try:
        with socket.create_server((host, port)):
            return None
    except OSError as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def _settle_memory() -> None:
    """Keep the garbage collector off the long-lived objects made at start (the catalog, its
    phrase index, Bolt, SQLAlchemy): a full collection walked all of them and paused every
    thread, acknowledgements included, for tens of milliseconds under load."""
    gc.collect()
    gc.freeze()


def _serve_http(app: App, host: str, port: int) -> int:
    try:
        server = HttpServer(app, host, port)
    except OSError:  # taken between the check in run() and now
        print(f"safeguards-bot: {_bind_problem(host, port) or 'cannot listen'}", file=sys.stderr)
        return 2
    _on_stop_signal(server.stop_gracefully)
    log.info("listening on %s (Slack: %s, health: %s, metrics: %s)", server.url, EVENTS_PATH,
             HEALTH_PATH, METRICS_PATH)
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


def _serve_socket_mode(app: App, settings: Settings, probes: HttpServer | None) -> int:
    handler = socket_mode_handler(app, settings)
    stopping = threading.Event()
    _on_stop_signal(stopping.set)
    if probes is not None:
        probes.start()
        log.info("health and metrics on %s (%s, %s)", probes.url, HEALTH_PATH, METRICS_PATH)
    log.info("connecting to Slack in Socket Mode")
    try:
        handler.connect()  # not start(): it blocks on an Event of its own that no signal sets
        while not stopping.wait(1.0):
            pass
    finally:
        # Disconnect first (no new envelopes), then let the listeners finish their replies.
        close_socket_mode(handler)
        drain_listeners(app, grace=SHUTDOWN_GRACE_SECONDS)
        if probes is not None:  # last: an orchestrator sees the process alive while it drains
            probes.close()
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
    log_privacy.configure_logging(settings.log_level, fmt=settings.log_format)
    # Bolt logs a refused request's whole body at INFO, and a genuine but late one carries a
    # person's question; wsgi_app logs the refusal without it.
    logging.getLogger("slack_bolt.RequestVerification").setLevel(logging.WARNING)
    # waitress warns once per request that waits for a free thread: under load, a line per
    # request (and the CPU to format it) while the acknowledgement latency is already measured
    # by safeguards_ack_seconds in /metrics.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)


# How often each process writes its heartbeat (the replicas table), which also checks that the
# database can be written while the bot is idle: /healthz then tells, within seconds.
HEARTBEAT_SECONDS = 5.0


def open_database(settings: Settings) -> Database:
    """The database the settings name. Never fails and never waits: the file, the connection
    and the schema come with the first write, and a database that cannot be written costs writes
    (counted, logged, /healthz 503), never the answers."""
    return Database(settings.database, heartbeat_seconds=HEARTBEAT_SECONDS)


def open_question_log(settings: Settings, database: Database) -> QuestionLog:
    """The question log, in ``database``; its salt is the setting, or kept next to a SQLite file
    (with PostgreSQL the setting is required: see ``bot/slack/config.py``)."""
    salt_beside = database.path or settings.db_path
    return QuestionLog(database, salt=resolve_salt(salt_beside, settings.hash_salt),
                       store_text=settings.store_text,
                       text_retention_days=settings.text_retention_days)


def run(http: bool, host: str, port: int, *, catalog_path: str | None = None,
        health_port: int | None = None) -> int:
    """Serve until interrupted; 2 (after one line on stderr) when settings or catalog are bad.

    ``health_port``: in Socket Mode, serve ``/healthz`` and ``/metrics`` on this port (HTTP
    mode serves them on ``port``).

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
    token_problem = check_token(settings)
    if token_problem is not None:
        print(f"safeguards-bot: {token_problem}", file=sys.stderr)
        return 2
    # Before anything is opened or logged: a port in use is the commonest start-up mistake.
    probe_port = port if http else health_port
    bind_problem = None if probe_port is None else _bind_problem(host, probe_port)
    if bind_problem is not None:
        print(f"safeguards-bot: {bind_problem}", file=sys.stderr)
        return 2
    configure_logging(settings)
    database = open_database(settings)
    question_log = open_question_log(settings, database)
    if settings.catalog_reload_seconds > 0:
        reloader.start()
        log.info("watching %s for edits every %gs", reloader.path,
                 settings.catalog_reload_seconds)
    try:
        # .current, not a matcher: each question gets the catalog in service when it arrives.
        app = build_app(settings, reloader.current, question_log=question_log,
                        database=database)
        topic_model.shipped().unpack_all()  # before _settle_memory: the rows live as long
        _settle_memory()
        if http:
            return _serve_http(app, host, port)
        probes = None if health_port is None else HttpServer(
            app, host, health_port, wsgi=probes_app(app))
        return _serve_socket_mode(app, settings, probes)
    finally:
        # After the server (which waits for the listeners and the replies): their last rows are
        # queued by now.
        reloader.stop()
        question_log.close()
        database.close()
