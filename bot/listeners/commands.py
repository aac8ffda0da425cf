"""The ``/safeguards`` slash command: a private answer, help, or the list of articles.

Replies go through ``respond`` (the command's response_url) rather than chat.postEphemeral:
it works in any channel, private ones and DMs included, without the bot being a member.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond

from bot import replies
from bot.answers import Answers

log = logging.getLogger("bot.listeners.commands")

COMMANDS = (replies.COMMAND,)


def register(app: App, answers: Answers) -> None:
    @app.command(replies.COMMAND)
    def safeguards(ack: Ack, command: dict, respond: Respond) -> None:
        ack()
        text = (command.get("text") or "").strip()
        word = text.lower()
        if word in ("", "help"):
            reply = replies.how_to_ask(answers.catalog)
        elif word == "list":
            reply = replies.article_list(answers.catalog)
        else:
            reply = answers.reply_to(text, surface="command", shareable=True, echo=True)
        sent = respond(response_type="ephemeral", unfurl_links=False, unfurl_media=False,
                       **reply.message())
        if sent.status_code != 200:
            log.warning("command reply not delivered status=%s", sent.status_code)
