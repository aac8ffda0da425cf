"""The ``/safeguards`` slash command: a private answer, help, or the list of articles.

Replies go through the command's response_url rather than chat.postEphemeral: it works in any
channel, private ones and DMs included, without the bot being a member. The listener matches,
records the reply it owes in the outbox (``bot.slack.delivery``) and only then acknowledges: once
Slack has its 200 the reply is on record, and a crash cannot lose it.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.delivery.owed import ANSWER, Extras, answer_fields
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import COMMAND

COMMANDS = (COMMAND,)


@guarded
def safeguards(ack: Ack, command: dict[str, Any], client: WebClient,
               context: BoltContext) -> None:
    deps = Deps.of(context)
    text = (command.get("text") or "").strip()
    word = text.lower()
    asker = deps.user_locales.asker(client, command.get("user_id"))
    answer = None
    if word not in ("", "help", "list"):
        answer = deps.answers.reply_to(text, surface="command", user_id=command.get("user_id"),
                                       shareable=True, echo=True, user_locale=asker)
    delivery = deps.delivery
    # Help and the list have no question to tell the language by: the asker's Slack language.
    locale = answer.locale if answer is not None else deps.answers.locale_for("", asker)
    row = delivery.row(
        ANSWER, "command", response_url=command.get("response_url"),
        channel=command.get("channel_id"), user_id=command.get("user_id"),
        team_id=command.get("team_id"), options=frozenset({"shareable"}), locale=locale,
        **answer_fields(answer, "list" if word == "list" else "help"))
    # The question is echoed back to the person, from this process's memory only.
    delivery.owe(row, Extras(echo=text if answer is not None else None))
    ack()


def register(app: App) -> None:
    app.command(COMMAND)(safeguards)
