"""Is a signed request's body in a shape Slack sends? Checked before Bolt sees it.

Why: Bolt 1.30 indexes into the payload while routing (its authorization middleware, its
argument builder, its listener matchers) and raises on an ``event`` that is not an object, an
empty ``actions`` list or an action without ``action_id``, a ``view`` without ``type``: a 500
and a stack trace in the log. Slack never sends these, so they are refused with 400, after the
signature check (a forged request still gets 401).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ROUTING_FIELDS = ("type", "command", "callback_id")


def problem(body: Mapping[str, Any]) -> str | None:
    """What is wrong with ``body`` (a parsed request body), or None when Bolt can route it."""
    if not isinstance(body, Mapping):
        return None  # not a payload at all: Bolt finds no listener and says so (404)
    if "event" in body:
        event = body["event"]
        if not isinstance(event, Mapping):
            return "event is not an object"
        if not isinstance(event.get("type"), str):
            return "event has no type"
    # Bolt matches listeners on these with regular expressions, which raise on anything else.
    for name in ROUTING_FIELDS:
        if name in body and not isinstance(body[name], str):
            return f"{name} is not a string"
    if "actions" in body:
        actions = body["actions"]
        if not isinstance(actions, list) or not actions:
            return "actions is not a non-empty list"
        if not all(isinstance(a, Mapping) and isinstance(a.get("action_id"), str)
                   for a in actions):
            return "an action is not an object with an action_id"
    if "view" in body:
        view = body["view"]
        if not isinstance(view, Mapping) or not isinstance(view.get("type"), str):
            return "view is not an object with a type"
        if "callback_id" in view and not isinstance(view["callback_id"], str):
            return "view callback_id is not a string"
    return None
