"""Slack listeners, one module per surface; ``register`` wires them all to a Bolt app.

Each module names what it handles (``COMMANDS``, ``EVENTS``, ``ACTIONS``, ``SHORTCUTS``) and
registers exactly that; ``tests/test_manifest.py`` checks those names against ``app.yaml``.
``fallback`` comes last: it acknowledges whatever the surfaces leave (see its docstring).
"""

from __future__ import annotations

from slack_bolt import App

from bot.slack.answers import Answers
from bot.slack.listeners import actions, commands, events, fallback, shortcuts
from bot.slack.reply_pool import ReplyPool

SURFACES = (commands, events, shortcuts, actions)


def register(app: App, answers: Answers, pool: ReplyPool) -> None:
    """``pool``: where listeners send their Web API calls, so they return right after ack."""
    for surface in SURFACES:
        surface.register(app, answers, pool)
    fallback.register(app)  # last: Bolt runs the first listener that matches
