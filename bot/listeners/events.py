"""Events: @-mentions in channels, direct messages, and the App Home tab.

Bolt acknowledges events itself before running these listeners (in its thread pool), so they
have no ``ack`` to call; Slack's 3-second limit is met whatever the reply costs.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import replies
from bot.answers import Answers
from bot.escalation import Origin
from bot.listeners.guard import guarded

log = logging.getLogger("bot.listeners.events")

EVENTS = ("app_mention", "message", "app_home_opened")


def without_mention(text: str, bot_user_id: str | None) -> str:
    """The mention's text minus the bot's own ``<@U…>`` (or ``<@U…|name>``)."""
    if not bot_user_id:
        return text
    return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)


def _post(client: WebClient, channel: str, reply: replies.Reply, thread_ts: str | None) -> None:
    extra: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
    # Help Center previews would dwarf the answer; the link and summary say enough.
    client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False,
                            **extra, **reply.message())


def register(app: App, answers: Answers) -> None:
    @app.event("app_mention")
    @guarded
    def mention(event: dict, client: WebClient, context: BoltContext) -> None:
        # Bots (even friendly ones) could loop with us; edits would answer twice.
        if event.get("bot_id") or event.get("subtype"):
            return
        channel = event["channel"]
        # A mention in a DM with the bot also arrives as message.im, answered there.
        if channel.startswith("D"):
            return
        question = without_mention(event.get("text") or "", context.bot_user_id)
        answer = answers.reply_to(question, surface="mention", user_id=event.get("user"))
        try:
            # In the thread of the mention, or the thread it was written in: never the channel.
            _post(client, channel, answer.reply, event.get("thread_ts") or event["ts"])
        finally:
            # Even if the reply failed: the specialists then matter all the more.
            answers.escalate(client, answer.escalate, Origin("mention", channel, event["ts"]))

    @app.event("message")
    @guarded
    def direct_message(event: dict, client: WebClient) -> None:
        # Bolt hands every message event here (it matches on type only), so filter: DMs only,
        # and only plain new messages from people: no edits, deletions, joins or bot posts.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        answer = answers.reply_to(event.get("text") or "", surface="dm", user_id=event.get("user"))
        try:
            _post(client, event["channel"], answer.reply, event.get("thread_ts"))
        finally:
            answers.escalate(client, answer.escalate,
                             Origin("dm", event["channel"], event.get("ts")))

    @app.event("app_home_opened")
    @guarded
    def home_opened(event: dict, client: WebClient) -> None:
        # The same event fires for the Messages tab; only the Home tab has a view to publish.
        if event.get("tab") != "home":
            return
        client.views_publish(user_id=event["user"], view=replies.home_view(answers.catalog))
        log.info("home published")
