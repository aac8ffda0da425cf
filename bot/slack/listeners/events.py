"""Events: @-mentions in channels, direct messages, and the App Home tab.

Bolt acknowledges events itself before running these listeners (in its thread pool), so they
have no ``ack`` to call. They still hand their Web API calls to the reply pool: a listener held
by a slow Slack would keep the next slash command's listener, and so its ack, waiting.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.answers import Answer, Answers
from bot.slack.blocks import Reply
from bot.slack.escalation import Origin
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.render.catalog_views import home_view

log = logging.getLogger(__name__)

EVENTS = ("app_mention", "message", "app_home_opened")


def without_mention(text: str, bot_user_id: str | None) -> str:
    """The mention's text minus the bot's own ``<@U…>`` (or ``<@U…|name>``)."""
    if not bot_user_id:
        return text
    return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)


def _post(client: WebClient, channel: str, reply: Reply, thread_ts: str | None) -> None:
    extra: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
    # Help Center previews would dwarf the answer; the link and summary say enough.
    client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False,
                            **extra, **reply.message())


def _deliver(answers: Answers, client: WebClient, answer: Answer, channel: str,
             thread_ts: str | None, origin: Origin) -> None:
    """Post the reply where the question was asked, then any escalation notice."""
    try:
        _post(client, channel, answer.reply, thread_ts)
    finally:
        # Even if the reply failed: the specialists then matter all the more.
        answers.escalate(client, answer.escalate, origin)


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
    answer = deps.answers.reply_to(question, surface="mention", user_id=event.get("user"))
    ts = event["ts"]
    # In the thread of the mention, or the thread it was written in: never the channel.
    thread_ts = event.get("thread_ts") or ts
    origin = Origin("mention", channel, ts, user_id=event.get("user"),
                    team_id=context.team_id)
    deps.pool.submit("mention", lambda: _deliver(deps.answers, client, answer, channel,
                                                 thread_ts, origin))


@guarded
def direct_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    # Bolt hands every message event here (it matches on type only), so filter: DMs only,
    # and only plain new messages from people: no edits, deletions, joins or bot posts.
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
        return
    deps = Deps.of(context)
    answer = deps.answers.reply_to(event.get("text") or "", surface="dm",
                                   user_id=event.get("user"))
    channel, ts, thread_ts = event["channel"], event.get("ts"), event.get("thread_ts")
    origin = Origin("dm", channel, ts, user_id=event.get("user"), team_id=context.team_id)
    deps.pool.submit("dm", lambda: _deliver(deps.answers, client, answer, channel, thread_ts,
                                            origin))


@guarded
def home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    # The same event fires for the Messages tab; only the Home tab has a view to publish.
    if event.get("tab") != "home":
        return
    deps = Deps.of(context)
    user, view = event["user"], home_view(deps.answers.catalog)

    def send() -> None:
        client.views_publish(user_id=user, view=view)
        log.info("home published")

    deps.pool.submit("home", send)


def register(app: App) -> None:
    app.event("app_mention")(mention)
    app.event("message")(direct_message)
    app.event("app_home_opened")(home_opened)
