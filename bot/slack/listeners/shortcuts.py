"""The "Find Safeguards article" message shortcut: an agent's private lookup for a message.

Why a modal and not an ephemeral message: the agent runs the shortcut on a customer's message in
channels the bot is often not in (private channels, shared channels, group DMs). views.open with
the shortcut's trigger_id works in every one of them and is seen by the agent alone, whereas
chat.postEphemeral needs the bot in the channel and an ephemeral message vanishes on reload. The
modal also stays put while the agent posts ("Reply in thread", in bot/slack/listeners/actions.py)
and then shows what was posted.

The modal remembers the message by ids only (channel, ts, thread, question id) in its
private_metadata; the message text is matched here and never stored in the view or logged.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import FIND_ARTICLE
from bot.slack.slack_errors import WEB_API_ERRORS, error_code

log = logging.getLogger(__name__)

SHORTCUTS = (FIND_ARTICLE,)

# Integrations (form tools, ticketing bots) often post a report as attachments with no text.
_ATTACHMENT_FIELDS = ("pretext", "title", "text", "fallback")


def message_text(message: dict[str, Any]) -> str:
    """The text to match for a message: its text, or else its attachments' text."""
    text = message.get("text")
    if isinstance(text, str) and text.strip():
        return text
    parts: list[str] = []
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        fields = [attachment.get(f) for f in _ATTACHMENT_FIELDS]
        found = [f for f in fields[:3] if isinstance(f, str) and f.strip()]
        # "fallback" repeats the others in plain text; only use it when they are empty.
        if not found and isinstance(fields[3], str):
            found = [fields[3]]
        parts += found
    return "\n".join(parts)


# views.open stays in the listener, unlike every other reply, which goes to the reply pool. Its
# trigger_id expires 3 s after the click, so it is this request's real deadline, like an ack;
# queued behind a backlog of replies to a slow Slack it would expire, the modal never opening.
# It is one call per click on a shortcut only agents use: a rare listener.
@guarded
def find_article(ack: Ack, shortcut: dict[str, Any], client: WebClient,
                 context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    message, channel, user = (_object(shortcut.get(k)) for k in ("message", "channel", "user"))
    agent = _text(user.get("id"))
    view = deps.answers.triage(
        message_text(message), user_id=agent, channel=_text(channel.get("id")),
        message_ts=_text(message.get("ts") or shortcut.get("message_ts")),
        thread_ts=_text(message.get("thread_ts")) or None,
        # The modal in the agent's Slack language (one users.info, cached).
        user_locale=deps.user_locales.asker(client, agent),
    )
    trigger_id = _text(shortcut.get("trigger_id"))
    if not trigger_id:
        log.warning("triage modal not opened: the shortcut had no trigger_id")
        return
    try:
        # The trigger_id expires 3 s after the click; matching takes milliseconds.
        client.views_open(trigger_id=trigger_id, view=view)
    except WEB_API_ERRORS as exc:
        log.error("triage modal not opened: views.open error=%s", error_code(exc))


def register(app: App) -> None:
    app.shortcut(FIND_ARTICLE)(find_article)


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
