"""The ``/safeguards`` slash command: a private answer, help, or the list of articles.

Replies go through ``respond`` (the command's response_url) rather than chat.postEphemeral:
it works in any channel, private ones and DMs included, without the bot being a member.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.answers import Answer
from bot.slack.escalation import Origin
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import COMMAND
from bot.slack.render.catalog_views import article_list, how_to_ask

log = logging.getLogger(__name__)

COMMANDS = (COMMAND,)


@guarded
def safeguards(ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient,
               context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    answers = deps.answers
    text = (command.get("text") or "").strip()
    word = text.lower()
    if word in ("", "help"):
        answer = Answer(how_to_ask(answers.catalog))
    elif word == "list":
        answer = Answer(article_list(answers.catalog))
    else:
        answer = answers.reply_to(text, surface="command", user_id=command.get("user_id"),
                                  shareable=True, echo=True)

    def send() -> None:
        try:
            sent = respond(response_type="ephemeral", unfurl_links=False,
                           unfurl_media=False, **answer.reply.message())
            if sent.status_code != 200:
                log.warning("command reply not delivered status=%s", sent.status_code)
        finally:
            # After the answer, and even if it failed. A private answer has no message to
            # link: the notice names the channel instead.
            answers.escalate(client, answer.escalate,
                             Origin("command", command.get("channel_id"),
                                    user_id=command.get("user_id"),
                                    team_id=command.get("team_id")))

    # Acknowledged and matched: the Web API calls wait on Slack in the reply pool.
    deps.pool.submit("command", send)


def register(app: App) -> None:
    app.command(COMMAND)(safeguards)
