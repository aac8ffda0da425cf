"""Acknowledge-only listeners for well-formed requests no other listener handles.

Why: Bolt answers 404 to a request no listener matches; Slack then retries an event three times
and shows the person "didn't respond" on a button. Requests the bot has no use for are real:
``tokens_revoked`` and ``app_uninstalled`` (sent to every app), a button on a message posted by an
older version whose action_id has since been retired, a shortcut or command renamed in the
manifest before the code was deployed. They get a prompt 200 and one log line, nothing else.

Registered last (``bot/slack/listeners/__init__.py``): Bolt runs the first listener that matches, so
these only ever see what the surface modules leave. They are not surfaces of the app, so nothing
here is declared in ``app.yaml``; ``tests/test_manifest.py`` counts them apart (``CATCH_ALLS``).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App

from bot.slack.listeners.guard import guarded

log = logging.getLogger(__name__)

ANYTHING = re.compile(r".*", re.DOTALL)
# Slack sends these when the bot loses its access; worth a warning, the bot will hear no more.
ACCESS_LOST = ("tokens_revoked", "app_uninstalled")
# How many listeners register() adds (the manifest test allows for exactly these).
CATCH_ALLS = 5


@guarded
def other_event(event: dict[str, Any], body: dict[str, Any]) -> None:
    kind = event.get("type")
    if kind in ACCESS_LOST:
        log.warning("%s for workspace %s: the bot has lost its access there", kind,
                    body.get("team_id"))
    else:
        log.info("event %s acknowledged, not handled", kind)


@guarded
def other_action(ack: Ack, action: dict[str, Any]) -> None:
    ack()
    # A retired button (an older version's message) or a renamed one: nothing to do.
    log.info("action %s acknowledged, not handled", action.get("action_id"))


@guarded
def other_shortcut(ack: Ack, shortcut: dict[str, Any]) -> None:
    ack()
    log.info("shortcut %s acknowledged, not handled", shortcut.get("callback_id"))


@guarded
def other_command(ack: Ack, command: dict[str, Any]) -> None:
    ack()
    log.info("command %s acknowledged, not handled", command.get("command"))


@guarded
def other_view(ack: Ack, view: dict[str, Any]) -> None:
    ack()
    log.info("view %s acknowledged, not handled", view.get("callback_id"))


def register(app: App) -> None:
    app.event(ANYTHING)(other_event)
    app.action(ANYTHING)(other_action)
    app.shortcut(ANYTHING)(other_shortcut)
    app.command(ANYTHING)(other_command)
    app.view(ANYTHING)(other_view)
