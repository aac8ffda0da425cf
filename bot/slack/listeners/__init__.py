"""Slack listeners, one module per surface; ``register`` wires them all to a Bolt app.

Each module names what it handles (``COMMANDS``, ``EVENTS``, ``ACTIONS``, ``SHORTCUTS``) and its
``register(app)`` registers exactly that; ``tests/test_manifest.py`` checks those names against
``app.yaml``. Listeners are module-level functions taking Bolt's injected arguments; what else they
need comes through the context (``deps.Deps``). ``fallback`` comes last: it acknowledges whatever
the surfaces leave (see its docstring).
"""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, events, fallback, maintainers, shortcuts

SURFACES = (commands, events, shortcuts, actions, maintainers)


def register(app: App) -> None:
    for surface in SURFACES:
        surface.register(app)
    fallback.register(app)  # last: Bolt runs the first listener that matches
