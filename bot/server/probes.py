"""What operators and orchestrators ask a running bot: ``/healthz`` and ``/metrics``.

Served on the Slack port in HTTP mode (``http_app``), and on a port of their own in Socket Mode
(``serve --health-port P``), where the bot has no HTTP server otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from slack_bolt import App

from bot import metrics
from bot.server.wsgi import StartResponse, WsgiApp, respond
from bot.slack.app import health_problem

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"


def probe(app: App, path: str, method: str) -> tuple[int, str, bytes] | None:
    """(status, content type, body) for a probe request, or None when it is not one."""
    if method not in ("GET", "HEAD"):
        return None
    if path == HEALTH_PATH:
        # 503 while the database cannot be written: replies still go out (from memory), but a
        # crash would lose them, and deduplication is this process's alone.
        problem = health_problem(app)
        if problem is not None:
            return 503, "text/plain; charset=utf-8", f"unhealthy: {problem}\n".encode()
        return 200, "text/plain; charset=utf-8", b"ok\n"
    if path == METRICS_PATH:
        return 200, metrics.CONTENT_TYPE, metrics.render()
    return None


def probes_app(app: App) -> WsgiApp:
    """A WSGI application serving the probes alone (404 for anything else)."""

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        answer = probe(app, environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET"))
        if answer is None:
            return respond(start_response, 404, "text/plain; charset=utf-8", b"Not Found\n")
        return respond(start_response, *answer)

    return application
