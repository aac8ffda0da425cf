"""Count every request Bolt handles by surface and outcome, and time it to its acknowledgement.

A Bolt global middleware, first in line, so it sees duplicates dropped and requests no listener
wanted as well as answered ones. The app runs listeners before answering Slack
(``process_before_response``) and a listener acks first, so the time ``next()`` takes is the
time to the acknowledgement, in HTTP mode and in Socket Mode alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from slack_bolt import BoltResponse

from bot import metrics

# Payload types as Slack names them, and what the metrics call them.
_SURFACES = {"block_actions": "button", "message_action": "shortcut", "shortcut": "shortcut",
             "view_submission": "view", "view_closed": "view", "url_verification": "handshake"}
_EVENT_SURFACES = {"app_mention": "mention", "message": "dm", "app_home_opened": "home"}


def surface_of(body: Mapping[str, Any]) -> str:
    """The surface a request body comes from, in a fixed vocabulary (never its content)."""
    if "command" in body:
        return "command"
    kind = body.get("type")
    if kind == "event_callback":
        event = body.get("event")
        event_type = event.get("type") if isinstance(event, Mapping) else None
        return _EVENT_SURFACES.get(event_type, "other_event") if isinstance(
            event_type, str) else "other_event"
    return _SURFACES.get(kind, "other") if isinstance(kind, str) else "other"


def _outcome(status: int) -> str:
    if status < 300:
        return "ok"
    return "not_found" if status == 404 else "error"


def request_metrics(body: dict[str, Any],
                    next_: Callable[[], BoltResponse | None]) -> BoltResponse | None:
    surface = surface_of(body)
    started = time.perf_counter()
    response = next_()
    metrics.ACK_SECONDS.labels(surface).observe(time.perf_counter() - started)
    status = response.status if response is not None else 200
    metrics.REQUESTS.labels(surface, _outcome(status)).inc()
    return response
