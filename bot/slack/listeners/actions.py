"""Buttons: pick a suggestion, "None of these", "Share in channel", Helpful / Not helpful, and the
triage modal's "Reply in thread".

Buttons on messages answer through the action's response_url where they can: ``replace_original``
swaps the message the button was on (ephemeral or not) with no channel membership needed. A
feedback click on a posted answer is the exception: it edits the message with chat.update, which
keeps every other block exactly as posted and works however late the click comes. Buttons in a
modal have no response_url; the modal is updated with views.update.

Listeners acknowledge and decide here; the Web API calls go to the reply pool as one task per
click, in order (``bot/slack/reply_pool.py``), so a slow Slack never delays the next click's ack.

Every button carries ids only (see ``bot/slack/button_values.py``); values are checked against the
catalog before use, since a button can outlive a catalog edit.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.engine.catalog import Entry
from bot.slack.blocks import Block
from bot.slack.button_values import ButtonRef, TriageContext
from bot.slack.escalation import Origin
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import (
    ACTION_IDS,
    HELPFUL,
    NONE_OF_THESE,
    NOT_HELPFUL,
    PICK,
    REPLY_IN_THREAD,
    SHARE,
)
from bot.slack.render.answer import declined, picked, shared
from bot.slack.render.feedback import answer_after_feedback, feedback_thanks, with_feedback_thanks
from bot.slack.render.triage import (
    TRIAGE_GONE,
    TRIAGE_POSTED,
    triage_not_posted,
    triage_noted,
    triage_reply,
)
from bot.slack.slack_errors import WEB_API_ERRORS, error_code
from bot.text import wording

log = logging.getLogger(__name__)

ACTIONS = ACTION_IDS


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool(_object(body.get("container")).get("is_ephemeral"))


def _click_origin(surface: str, body: dict[str, Any]) -> Origin:
    """Where a button was clicked: the channel, and the message unless it was private."""
    container = _object(body.get("container"))
    channel = container.get("channel_id") or _object(body.get("channel")).get("id")
    message_ts = None if _is_ephemeral(body) else container.get("message_ts")
    return Origin(surface, channel if isinstance(channel, str) else None,
                  message_ts if isinstance(message_ts, str) else None)


def _unknown(deps: Deps, respond: Respond) -> None:
    # A button older than a catalog edit can name an entry that is gone: offer support.
    log.info("action entry=unknown")
    message = declined(deps.answers.catalog).message()
    deps.pool.submit("unknown", lambda: respond(replace_original=True, **message))


@guarded
def pick(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
         client: WebClient, context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    catalog = deps.answers.catalog
    ref = ButtonRef.decode(action.get("value"))
    if ref.entry_id not in catalog:
        return _unknown(deps, respond)
    entry = catalog.get(ref.entry_id)
    log.info("action pick entry=%s", entry.id)
    reply = picked(entry, catalog, shareable=_is_ephemeral(body), ref=ref)
    origin = _click_origin("pick", body)

    def send() -> None:
        try:
            respond(replace_original=True, unfurl_links=False, **reply.message())
        finally:
            if entry.escalate:
                deps.answers.escalate(client, entry, origin)

    deps.pool.submit("pick", send)


@guarded
def none_of_these(ack: Ack, action: dict[str, Any], respond: Respond,
                  context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    log.info("action none_of_these")
    # No suggestion fitted: that is "not helpful" for the question, and a gap to fill.
    deps.answers.feedback(ButtonRef.decode(action.get("value")).question_id, helpful=False)
    message = declined(deps.answers.catalog).message()
    deps.pool.submit("none_of_these", lambda: respond(replace_original=True, **message))


@guarded
def share(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
          context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    catalog = deps.answers.catalog
    entry_id = action.get("value") or ""
    if entry_id not in catalog:
        return _unknown(deps, respond)
    log.info("action share entry=%s", entry_id)
    user_id = (body.get("user") or {}).get("id", "")
    reply = shared(catalog.get(entry_id), catalog, user_id)

    def send() -> None:
        respond(response_type="in_channel", replace_original=False, unfurl_links=False,
                **reply.message())
        # Only once shared (a failure above skips it): the private copy has done its job,
        # and leaving it would show the answer twice.
        respond(delete_original=True)

    deps.pool.submit("share", send)


def _rebuilt(deps: Deps, entry: Entry | None, thanks: list[Block], helpful: bool,
             ref: ButtonRef, *, shareable: bool) -> dict[str, Any]:
    if entry is None:
        return {"text": wording.FEEDBACK_THANKS, "blocks": thanks}
    return answer_after_feedback(entry, deps.answers.catalog, helpful=helpful,
                                 others=ref.others, shareable=shareable).message()


def _feedback(deps: Deps, helpful: bool, body: dict[str, Any], action: dict[str, Any],
              respond: Respond | None, client: WebClient) -> None:
    catalog = deps.answers.catalog
    ref = ButtonRef.decode(action.get("value"))
    entry = catalog.get(ref.entry_id) if ref.entry_id in catalog else None
    deps.answers.feedback(ref.question_id, helpful=helpful)
    log.info("action feedback helpful=%s entry=%s", "yes" if helpful else "no",
             entry.id if entry else "unknown")
    thanks = feedback_thanks(catalog, helpful=helpful, others=ref.others)
    message = _object(body.get("message"))
    if _is_ephemeral(body) or not message:
        # Slack does not send a private message back with the click: rebuild it from ids.
        if respond is not None:
            rebuilt = _rebuilt(deps, entry, thanks, helpful, ref, shareable=True)
            deps.pool.submit("feedback", lambda: respond(replace_original=True,
                                                         unfurl_links=False, **rebuilt))
        return
    blocks = with_feedback_thanks(message.get("blocks"), thanks)
    edited = ({"text": message.get("text") or wording.FEEDBACK_THANKS, "blocks": blocks}
              if blocks is not None else _rebuilt(deps, entry, thanks, helpful, ref,
                                                  shareable=False))
    container = _object(body.get("container"))
    channel, ts = container.get("channel_id"), container.get("message_ts")

    def send() -> None:
        try:
            client.chat_update(channel=str(channel or ""), ts=str(ts or ""), **edited)
        except WEB_API_ERRORS as exc:
            log.warning("feedback not shown in place: chat.update error=%s", error_code(exc))
            if respond is not None:  # say thanks privately rather than not at all
                respond(response_type="ephemeral", replace_original=False,
                        text=wording.FEEDBACK_THANKS, blocks=thanks)

    deps.pool.submit("feedback", send)


@guarded
def helpful(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
            client: WebClient, context: BoltContext) -> None:
    ack()
    _feedback(Deps.of(context), True, body, action, respond, client)


@guarded
def not_helpful(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond,
                client: WebClient, context: BoltContext) -> None:
    ack()
    _feedback(Deps.of(context), False, body, action, respond, client)


@guarded
def reply_in_thread(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient,
                    context: BoltContext) -> None:
    ack()
    deps = Deps.of(context)
    view = _object(body.get("view"))
    origin = TriageContext.from_metadata(view.get("private_metadata"))
    catalog = deps.answers.catalog
    entry_id = action.get("value")
    if origin is None or not isinstance(entry_id, str) or entry_id not in catalog:
        # Not a modal this bot opened, or an article removed since: nothing to post.
        log.warning("reply in thread refused: unknown message or article")
        deps.pool.submit("reply_in_thread", lambda: note_in_view(
            client, view, str(entry_id), TRIAGE_GONE, posted=False))
        return
    entry = catalog.get(entry_id)
    others = tuple(c for c in origin.candidates if c != entry.id)
    ref = ButtonRef(entry.id, origin.question_id, others)
    agent = _object(body.get("user")).get("id")
    reply = triage_reply(entry, catalog, agent if isinstance(agent, str) else "", ref)
    # The agent's pick is the escalation, posted or not; crisis wins over the topic.
    topic = catalog.crisis if origin.crisis else entry if entry.escalate else None
    where = origin  # narrowed to TriageContext for the task below

    def send() -> None:
        # In order: the post, then the modal says how it went, then the notice.
        try:
            client.chat_postMessage(channel=where.channel, thread_ts=where.reply_ts,
                                    unfurl_links=False, unfurl_media=False, **reply.message())
        except WEB_API_ERRORS as exc:
            code = error_code(exc)
            log.warning("reply in thread not posted: chat.postMessage error=%s", code)
            note_in_view(client, view, entry.id, triage_not_posted(code), posted=False)
        else:
            log.info("action reply_in_thread entry=%s", entry.id)
            note_in_view(client, view, entry.id, TRIAGE_POSTED, posted=True)
        finally:
            deps.answers.escalate(client, topic,
                                  Origin("shortcut", where.channel, where.message_ts))

    deps.pool.submit("reply_in_thread", send)


def note_in_view(client: WebClient, view: dict[str, Any], entry_id: str, note: str, *,
                 posted: bool) -> None:
    """Show ``note`` under the candidate in the triage modal the agent is looking at."""
    view_id = view.get("id")
    if not isinstance(view_id, str) or not view_id:
        return
    try:
        client.views_update(view_id=view_id,
                            view=triage_noted(view, entry_id, note, posted=posted))
    except WEB_API_ERRORS as exc:
        log.warning("triage modal not updated: views.update error=%s", error_code(exc))


def register(app: App) -> None:
    app.action(PICK)(pick)
    app.action(NONE_OF_THESE)(none_of_these)
    app.action(SHARE)(share)
    app.action(HELPFUL)(helpful)
    app.action(NOT_HELPFUL)(not_helpful)
    app.action(REPLY_IN_THREAD)(reply_in_thread)
