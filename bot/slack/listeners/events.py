"""Events: @-mentions in channels, direct messages, and the App Home tab.

Bolt runs these listeners before it answers Slack (the app is built with
``process_before_response``) and acknowledges when they return, so the reply each one owes is in
the outbox (``bot.slack.delivery``) by the time Slack hears the event arrived: Slack never resends
an acknowledged event, and the outbox is what keeps that promise through a crash or a restart.
Listeners only match and record (milliseconds); delivery threads make the Web API calls.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.delivery.owed import ANSWER, HOME, answer_fields
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded

EVENTS = ("app_mention", "message", "app_home_opened")


def without_mention(text: str, bot_user_id: str | None) -> str:
    """The mention's text minus the bot's own ``<@U…>`` (or ``<@U…|name>``)."""
    if not bot_user_id:
        return text
    return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)


@guarded
def mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    # Bots (even friendly ones) could loop with us; edits would answer twice.
    if event.get("bot_id") or event.get("subtype"):
        return
    channel = event["channel"]
    # A mention in a DM with the bot also arrives as message.im, answered there.
    if channel.startswith("D"):
        return
    deps = Deps.of(context)
    question = without_mention(event.get("text") or "", context.bot_user_id)
    answer = deps.answers.reply_to(question, surface="mention", user_id=event.get("user"),
                                   user_locale=deps.user_locales.asker(client, event.get("user")))
    ts = event["ts"]
    # In the thread of the mention, or the thread it was written in: never the channel.
    deps.delivery.owe(deps.delivery.row(
        ANSWER, "mention", channel=channel, thread_ts=event.get("thread_ts") or ts,
        message_ts=ts, user_id=event.get("user"), team_id=context.team_id,
        locale=answer.locale, **answer_fields(answer)))


@guarded
def direct_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    # Bolt hands every message event here (it matches on type only), so filter: DMs only,
    # and only plain new messages from people: no edits, deletions, joins or bot posts.
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
        return
    deps = Deps.of(context)
    answer = deps.answers.reply_to(event.get("text") or "", surface="dm",
                                   user_id=event.get("user"),
                                   user_locale=deps.user_locales.asker(client, event.get("user")))
    deps.delivery.owe(deps.delivery.row(
        ANSWER, "dm", channel=event["channel"], thread_ts=event.get("thread_ts"),
        message_ts=event.get("ts"), user_id=event.get("user"), team_id=context.team_id,
        locale=answer.locale, **answer_fields(answer)))


@guarded
def home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    # The same event fires for the Messages tab; only the Home tab has a view to publish.
    if event.get("tab") != "home":
        return
    deps = Deps.of(context)
    # In the person's Slack language (there is no question to tell it by).
    locale = deps.answers.locale_for("", deps.user_locales.asker(client, event.get("user")))
    deps.delivery.owe(deps.delivery.row(HOME, "home", user_id=event.get("user"), locale=locale))


def register(app: App) -> None:
    app.event("app_mention")(mention)
    app.event("message")(direct_message)
    app.event("app_home_opened")(home_opened)
