"""Buttons: pick a suggestion, "None of these", and "Share in channel".

Every button answers through the action's response_url: ``replace_original`` swaps the message
the button was on (ephemeral or not) for the new one, with no channel membership needed.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond

from bot import replies
from bot.answers import Answers

log = logging.getLogger("bot.listeners.actions")

ACTIONS = replies.ACTION_IDS


def _is_ephemeral(body: dict) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def register(app: App, answers: Answers) -> None:
    def unknown(entry_id: str, respond: Respond) -> None:
        # A button older than a catalog edit can name an entry that is gone: offer support.
        log.info("action entry=unknown")
        respond(replace_original=True, **replies.declined(answers.catalog).message())

    @app.action(replies.PICK)
    def pick(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        catalog = answers.catalog
        entry_id = action.get("value") or ""
        if entry_id not in catalog:
            return unknown(entry_id, respond)
        log.info("action pick entry=%s", entry_id)
        reply = replies.picked(catalog.get(entry_id), catalog, shareable=_is_ephemeral(body))
        respond(replace_original=True, unfurl_links=False, **reply.message())

    @app.action(replies.NONE_OF_THESE)
    def none_of_these(ack: Ack, respond: Respond) -> None:
        ack()
        log.info("action none_of_these")
        respond(replace_original=True, **replies.declined(answers.catalog).message())

    @app.action(replies.SHARE)
    def share(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        catalog = answers.catalog
        entry_id = action.get("value") or ""
        if entry_id not in catalog:
            return unknown(entry_id, respond)
        log.info("action share entry=%s", entry_id)
        user_id = (body.get("user") or {}).get("id", "")
        reply = replies.shared(catalog.get(entry_id), catalog, user_id)
        respond(response_type="in_channel", replace_original=False, unfurl_links=False,
                **reply.message())
        # The private copy has done its job; leaving it would show the answer twice.
        respond(delete_original=True)
