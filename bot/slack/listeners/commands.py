"""The ``/safeguards`` slash command: a private answer, help, or the list of articles.

Replies go through ``respond`` (the command's response_url) rather than chat.postEphemeral:
it works in any channel, private ones and DMs included, without the bot being a member.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack import replies
from bot.slack.answers import Answer, Answers
from bot.slack.escalation import Origin
from bot.slack.listeners.guard import guarded
from bot.slack.reply_pool import ReplyPool

log = logging.getLogger("bot.slack.listeners.commands")

COMMANDS = (replies.COMMAND,)


def register(app: App, answers: Answers, pool: ReplyPool) -> None:
    @app.command(replies.COMMAND)
    @guarded
    def safeguards(ack: Ack, command: dict, respond: Respond, client: WebClient) -> None:
        ack()
        text = (command.get("text") or "").strip()
        word = text.lower()
        if word in ("", "help"):
            answer = Answer(replies.how_to_ask(answers.catalog))
        elif word == "list":
            answer = Answer(replies.article_list(answers.catalog))
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
                                 Origin("command", command.get("channel_id")))

        # Acknowledged and matched: the Web API calls wait on Slack in the reply pool.
        pool.submit("command", send)
