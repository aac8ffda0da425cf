"""Buttons: pick a suggestion, "None of these", "Share in channel", Helpful / Not helpful, and the
triage modal's "Reply in thread".

Buttons on messages answer through the action's response_url where they can: ``replace_original``
swaps the message the button was on (ephemeral or not) with no channel membership needed. A
feedback click on a posted answer is the exception: it edits the message with chat.update, which
keeps every other block exactly as posted and works however late the click comes. Buttons in a
modal have no response_url; the modal is updated with views.update.

Listeners decide here and record the reply they owe in the outbox before they acknowledge
(``bot.slack.delivery``): one row per click, its Slack calls made in order by a delivery thread
(a shared answer before its private copy is deleted, a post before the note saying it was made).

Every button carries ids only (see ``bot/slack/button_values.py``); values are checked against the
catalog before use, since a button can outlive a catalog edit.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.slack.button_values import ButtonRef, TriageContext
from bot.slack.delivery import owed
from bot.slack.delivery.owed import Extras
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import (
    ANSWER_ACTION_IDS,
    HELPFUL,
    NONE_OF_THESE,
    NOT_HELPFUL,
    PICK,
    REPLY_IN_THREAD,
    SHARE,
)

log = logging.getLogger(__name__)

ACTIONS = ANSWER_ACTION_IDS


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool(_object(body.get("container")).get("is_ephemeral"))


def _click(body: dict[str, Any]) -> dict[str, Any]:
    """Where a button was clicked: the channel, the message (unless it was private), who clicked
    and the response_url: the fields of an outbox row."""
    container = _object(body.get("container"))
    channel = container.get("channel_id") or _object(body.get("channel")).get("id")
    return {"channel": channel,
            "message_ts": None if _is_ephemeral(body) else container.get("message_ts"),
            "response_url": body.get("response_url"),
            "user_id": _object(body.get("user")).get("id"),
            "team_id": _object(body.get("team")).get("id")}


def _locale(deps: Deps, ref: ButtonRef) -> str:
    """The language of the message the button was on (buttons older than languages: the
    workspace's)."""
    return ref.locale or deps.answers.default_locale


def _unknown(deps: Deps, body: dict[str, Any], ref: ButtonRef) -> None:
    # A button older than a catalog edit can name an entry that is gone: offer support.
    log.info("action entry=unknown")
    deps.delivery.owe(deps.delivery.row(owed.DECLINED, "unknown", locale=_locale(deps, ref),
                                        **_click(body)))


@guarded
def pick(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext) -> None:
    deps = Deps.of(context)
    catalog = deps.answers.catalog
    ref = ButtonRef.decode(action.get("value"))
    if ref.entry_id not in catalog:
        _unknown(deps, body, ref)
        ack()
        return
    entry = catalog.get(ref.entry_id)
    log.info("action pick entry=%s", entry.id)
    deps.delivery.owe(deps.delivery.row(
        owed.PICK, "pick", entry_ids=(entry.id,), question_id=ref.question_id,
        ranked_ids=ref.others,
        options=frozenset({"shareable"}) if _is_ephemeral(body) else frozenset(),
        escalate_id=entry.id if entry.escalate else None, locale=_locale(deps, ref),
        **_click(body)))
    ack()


@guarded
def none_of_these(ack: Ack, body: dict[str, Any], action: dict[str, Any],
                  context: BoltContext) -> None:
    deps = Deps.of(context)
    log.info("action none_of_these")
    # No suggestion fitted: that is "not helpful" for the question, and a gap to fill.
    ref = ButtonRef.decode(action.get("value"))
    deps.answers.feedback(ref.question_id, helpful=False)
    deps.delivery.owe(deps.delivery.row(owed.DECLINED, "none_of_these", locale=_locale(deps, ref),
                                        **_click(body)))
    ack()


@guarded
def share(ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext) -> None:
    deps = Deps.of(context)
    ref = ButtonRef.decode(action.get("value"))  # the entry id, and the answer's language
    entry_id = ref.entry_id
    if entry_id not in deps.answers.catalog:
        _unknown(deps, body, ref)
        ack()
        return
    log.info("action share entry=%s", entry_id)
    deps.delivery.owe(deps.delivery.row(owed.SHARE, "share", entry_ids=(entry_id,),
                                        locale=_locale(deps, ref), **_click(body)))
    ack()


def _feedback(deps: Deps, helpful: bool, body: dict[str, Any], action: dict[str, Any]) -> None:
    catalog = deps.answers.catalog
    ref = ButtonRef.decode(action.get("value"))
    entry = catalog.get(ref.entry_id) if ref.entry_id in catalog else None
    deps.answers.feedback(ref.question_id, helpful=helpful)
    log.info("action feedback helpful=%s entry=%s", "yes" if helpful else "no",
             entry.id if entry else "unknown")
    message = _object(body.get("message"))
    private = _is_ephemeral(body) or not message
    options = {"helpful" if helpful else "not_helpful"} | ({"ephemeral"} if private else set())
    # The message as posted (the bot's own answer, sent back with the click) is edited from
    # memory; after a restart it is rebuilt from its article.
    blocks = message.get("blocks")
    extras = Extras(message_text=message.get("text") if isinstance(message.get("text"), str)
                    else None, message_blocks=blocks if isinstance(blocks, list) else None)
    deps.delivery.owe(deps.delivery.row(
        owed.FEEDBACK, "feedback", entry_ids=(entry.id,) if entry else (),
        question_id=ref.question_id, ranked_ids=ref.others, options=frozenset(options),
        locale=_locale(deps, ref), **_click(body)), extras)


@guarded
def helpful(ack: Ack, body: dict[str, Any], action: dict[str, Any],
            context: BoltContext) -> None:
    _feedback(Deps.of(context), True, body, action)
    ack()


@guarded
def not_helpful(ack: Ack, body: dict[str, Any], action: dict[str, Any],
                context: BoltContext) -> None:
    _feedback(Deps.of(context), False, body, action)
    ack()


@guarded
def reply_in_thread(ack: Ack, body: dict[str, Any], action: dict[str, Any],
                    context: BoltContext) -> None:
    deps = Deps.of(context)
    view = _object(body.get("view"))
    origin = TriageContext.from_metadata(view.get("private_metadata"))
    catalog = deps.answers.catalog
    entry_id = action.get("value")
    extras = Extras(view=view, view_locale=origin.modal_locale if origin else None)
    if origin is None or not isinstance(entry_id, str) or entry_id not in catalog:
        # Not a modal this bot opened, or an article removed since: nothing to post.
        log.warning("reply in thread refused: unknown message or article")
        deps.delivery.owe(deps.delivery.row(
            owed.TRIAGE_NOTE, "shortcut", view_id=view.get("id"),
            entry_ids=(entry_id,) if isinstance(entry_id, str) else ()), extras)
        ack()
        return
    entry = catalog.get(entry_id)
    log.info("action reply_in_thread entry=%s", entry.id)
    # The agent's pick is the escalation, posted or not; crisis wins over the topic.
    topic = catalog.crisis if origin.crisis else entry if entry.escalate else None
    deps.delivery.owe(deps.delivery.row(
        owed.TRIAGE_POST, "shortcut", channel=origin.channel, thread_ts=origin.reply_ts,
        message_ts=origin.message_ts, view_id=view.get("id"),
        user_id=_object(body.get("user")).get("id"), entry_ids=(entry.id,),
        question_id=origin.question_id,
        ranked_ids=tuple(c for c in origin.candidates if c != entry.id),
        escalate_id=topic.id if topic else None,
        # Posted for everyone in the conversation: in the language of the message it answers.
        locale=origin.locale or deps.answers.default_locale), extras)
    ack()


def register(app: App) -> None:
    app.action(PICK)(pick)
    app.action(NONE_OF_THESE)(none_of_these)
    app.action(SHARE)(share)
    app.action(HELPFUL)(helpful)
    app.action(NOT_HELPFUL)(not_helpful)
    app.action(REPLY_IN_THREAD)(reply_in_thread)
