"""The WSGI application the HTTP server runs, and its checks before a request reaches Bolt.

Routes:
- ``POST /slack/events``: slash commands, events and interactivity, all through Bolt, which
  acknowledges before the listener does its work.
- ``GET /healthz``: 200 while the process serves (for load balancers and orchestrators); 503 with
  the reason while its database cannot be written.

The signature is checked first, on the raw bytes, before anything parses the body: a request that
cannot be verified (no secret, a wrong or stale signature, a timestamp that is not a number) is
401 and nothing of it is parsed or logged. Refusals carry ``X-Slack-No-Retry: 1``: Slack would
only send the same request again, and be refused again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

from bot import metrics
from bot.internals import bolt_context, signing_secret
from bot.server.probes import probe
from bot.server.refusal_log import RefusalLog
from bot.server.wsgi import StartResponse, WsgiApp, respond, status_line
from bot.slack import request_shape

# The name these lines have been logged under since before serving was split into modules.
log = logging.getLogger("bot.server.serve")

EVENTS_PATH = "/slack/events"

# Slack's largest payloads (a 40,000-character message with blocks) stay far below this.
MAX_BODY_BYTES = 1024 * 1024



def _plain(start_response: StartResponse, status: int, text: str) -> list[bytes]:
    return respond(start_response, status, "text/plain; charset=utf-8", text.encode())


def _headers(environ: dict[str, Any]) -> dict[str, str | Sequence[str]]:
    headers: dict[str, str | Sequence[str]] = {
        k[5:].lower().replace("_", "-"): v for k, v in environ.items() if k.startswith("HTTP_")}
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.lower().replace("_", "-")] = environ[key]
    return headers


def _bolt_request(raw: str, query: str, headers: dict[str, str | Sequence[str]]) -> BoltRequest:
    request = BoltRequest(body=raw, query=query, headers=headers)
    # Bolt reads any form body containing the word "payload" as an interactivity payload, so a
    # slash command asking about a "jailbreak payload" parsed as {} and went unanswered (404).
    if request.body == {} and "payload" in raw and not raw.lstrip().startswith("{"):
        fields = dict(parse_qsl(raw, keep_blank_values=True))
        if fields and "payload" not in fields:
            request.body = fields
            request.context = bolt_context(fields)
    return request


def _signed(secret: str, raw: str, environ: dict[str, Any]) -> bool:
    """Slack's signature check on the raw body; False for anything unverifiable, never raises."""
    if not secret:  # Socket Mode: nothing arrives signed over HTTP
        return False
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE")
    if not (isinstance(timestamp, str) and timestamp.isdigit() and len(timestamp) <= 12
            and isinstance(signature, str)):
        return False
    try:
        return SignatureVerifier(secret).is_valid(raw, timestamp, signature)
    except (ValueError, TypeError, OverflowError):
        return False


def _refuse(start_response: StartResponse, status: int, text: str, reason: str) -> list[bytes]:
    metrics.REFUSED.labels(reason).inc()
    return respond(start_response, status, "text/plain; charset=utf-8", text.encode(),
                   [("X-Slack-No-Retry", "1")])


def wsgi_app(app: App) -> WsgiApp:
    """A WSGI application: the probes and Slack's ``/slack/events`` (through Bolt)."""
    secret = signing_secret(app)
    refusals = RefusalLog(log)

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        answer = probe(app, path, method)
        if answer is not None:
            return respond(start_response, *answer)
        if path != EVENTS_PATH:
            return _plain(start_response, 404, "Not Found\n")
        if method != "POST":
            return _plain(start_response, 405, "Method Not Allowed\n")
        try:
            length = max(0, int(environ.get("CONTENT_LENGTH") or 0))
        except ValueError:
            length = 0
        # Undecodable bytes become U+FFFD: the signature check then fails (401) as it should.
        raw = environ["wsgi.input"].read(min(length, MAX_BODY_BYTES)).decode("utf-8", "replace")
        if not _signed(secret, raw, environ):
            refusals.refused("missing, wrong or stale signature")
            return _refuse(start_response, 401, "Unauthorized\n", "signature")
        try:
            request = _bolt_request(raw, environ.get("QUERY_STRING", ""), _headers(environ))
        except Exception:  # a body Bolt cannot parse: Slack never sends one, so say so plainly
            refusals.refused("signed, but the body could not be parsed")
            return _refuse(start_response, 400, "Bad Request\n", "unparseable")
        shape_problem = request_shape.problem(request.body)
        if shape_problem is not None:
            refusals.refused(f"signed, but in a shape Slack does not send ({shape_problem})")
            return _refuse(start_response, 400, "Bad Request\n", "shape")
        response: BoltResponse = app.dispatch(request)
        if response.status == 401:  # Bolt's own check, a moment later: the 5 minutes ran out
            refusals.refused("stale signature")
        body = (response.body or "").encode()
        headers = [(name, value) for name, values in response.headers.items()
                   for value in values if name not in ("content-length",)]
        headers.append(("Content-Length", str(len(body))))
        start_response(status_line(response.status), headers)
        return [body]

    return application
