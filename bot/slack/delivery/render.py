"""An outbox row's next Slack call, rendered again from its ids with the catalog in service.

Pure: no client, no I/O. ``call_for`` turns the row's current step (``owed.STEPS``) into a
``SlackCall`` (a Web API method and its arguments, a ``response_url`` post, or an escalation
notice), or None when that step has nothing to do (no escalation topic, no modal to annotate). The
Block Kit comes from ``bot/slack/render``, exactly as when a listener answered in person, and in
the row's language (``OutboxRow.locale``, chosen when the question was asked), so a reply retried
later or taken over by another replica reads the same; an article removed from the catalog since
the row was written is answered as "nothing relevant".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.engine.catalog import Catalog, Entry
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Decision, Match, Result
from bot.slack.blocks import Reply
from bot.slack.button_values import ButtonRef
from bot.slack.delivery.owed import (
    ANSWER,
    DECLINED,
    FEEDBACK,
    HOME,
    PICK,
    SHARE,
    STEPS,
    TRIAGE_NOTE,
    TRIAGE_POST,
    Extras,
)
from bot.slack.escalation import Origin
from bot.slack.render.answer import declined, for_result, picked, shared
from bot.slack.render.catalog_views import article_list, home_view, how_to_ask
from bot.slack.render.feedback import answer_after_feedback, feedback_thanks, with_feedback_thanks
from bot.slack.render.triage import (
    triage_gone,
    triage_not_posted,
    triage_noted,
    triage_posted,
    triage_reply,
)
from bot.store.outbox import OutboxRow
from bot.text import wording
from bot.text.words import Words

REFUSED = "refused:"  # how a row remembers that Slack refused its previous call, and why

WEB_API = "web_api"
RESPONSE_URL = "response_url"
ESCALATION = "escalation"


@dataclass(frozen=True)
class SlackCall:
    """``how``: ``WEB_API`` (``method`` with ``args``), ``RESPONSE_URL`` (``args`` posted to
    ``url``) or ``ESCALATION`` (the notice about ``entry`` asked at ``origin``).
    ``channel``: the channel a message appears in, for pacing (None: not paced)."""

    how: str
    method: str
    args: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    channel: str | None = None
    entry: Entry | None = None
    origin: Origin | None = None

    @property
    def name(self) -> str:
        return self.method if self.how == WEB_API else self.how


def step_name(row: OutboxRow) -> str | None:
    steps = STEPS.get(row.kind, ())
    return steps[row.step] if row.step < len(steps) else None


def pace_key(row: OutboxRow, escalation_channel: str | None) -> str | None:
    """The channel the row's next call posts into, when that call is a message Slack paces."""
    step = step_name(row)
    if step == "escalation":
        return escalation_channel
    posts = {(ANSWER, "reply"): row.response_url is None, (SHARE, "post"): True,
             (TRIAGE_POST, "post"): True,
             (FEEDBACK, "edit"): "ephemeral" not in row.options}
    return row.channel if posts.get((row.kind, step or "")) else None


def _entry(row: OutboxRow, catalog: Catalog, index: int = 0) -> Entry | None:
    ids = row.entry_ids
    return catalog.get(ids[index]) if len(ids) > index and ids[index] in catalog else None


def result_of(row: OutboxRow, catalog: Catalog) -> Result:
    """The matcher's result again, from the row's ids and confidences."""
    # The row's confidences are those of its entries, then of its ranked candidates.
    confidences = dict(zip((*row.entry_ids, *row.ranked_ids), row.confidences, strict=False))
    matches = tuple(Match(catalog.get(i), confidences.get(i, 0.0)) for i in row.entry_ids
                    if i in catalog)
    decision = Decision(row.decision) if row.decision in {d.value for d in Decision} else None
    if decision is None or (decision is not Decision.NONE and not matches):
        return Result(Decision.NONE, (), ())
    ranked = tuple(Match(catalog.get(i), confidences.get(i, 0.0)) for i in row.ranked_ids
                   if i in catalog)
    kinds, levels = {k.value: k for k in CrisisKind}, {v.value: v for v in CrisisLevel}
    return Result(decision, matches, ranked or matches,
                  crisis_kind=kinds.get(row.crisis_kind or ""),
                  crisis_level=levels.get(row.crisis_level or ""))


def words_of(row: OutboxRow) -> Words:
    """The words of the row's language."""
    return Words(row.locale)


def answer_reply(row: OutboxRow, catalog: Catalog, extras: Extras) -> Reply:
    words = words_of(row)
    if row.decision == "help":
        return how_to_ask(catalog, words)
    if row.decision == "list":
        return article_list(catalog, words)
    return for_result(result_of(row, catalog), catalog, shareable="shareable" in row.options,
                      question=extras.echo, question_id=row.question_id, words=words)


def _refused_code(row: OutboxRow) -> str | None:
    error = row.last_error or ""
    return error[len(REFUSED):] if error.startswith(REFUSED) else None


def _respond(row: OutboxRow, channel: str | None = None, **args: Any) -> SlackCall | None:
    if row.response_url is None:
        return None
    return SlackCall(RESPONSE_URL, RESPONSE_URL, args, url=row.response_url, channel=channel)


def _message(method: str, channel: str, **args: Any) -> SlackCall:
    # Help Center previews would dwarf the answer; the link and summary say enough.
    return SlackCall(WEB_API, method, {"channel": channel, "unfurl_links": False,
                                       "unfurl_media": False, **args}, channel=channel)


def _escalation(row: OutboxRow, catalog: Catalog, surface: str) -> SlackCall | None:
    if row.escalate_id is None or row.escalate_id not in catalog:
        return None
    entry = catalog.get(row.escalate_id)
    # Who asked is named to the specialists, for a question asked of the bot (a pick's or an
    # agent's lookup names the message instead).
    asker = row.user_id if surface in ("command", "mention", "dm") else None
    return SlackCall(ESCALATION, ESCALATION, entry=entry, origin=Origin(
        surface, row.channel, row.message_ts, user_id=asker, team_id=row.team_id))


def call_for(row: OutboxRow, catalog: Catalog, extras: Extras) -> SlackCall | None:
    """The Slack call for the row's current step; None when the step has nothing to do."""
    step = step_name(row)
    if row.kind == ANSWER:
        if step == "escalation":
            return _escalation(row, catalog, row.surface)
        message = answer_reply(row, catalog, extras).message()
        if row.response_url is not None:
            return _respond(row, response_type="ephemeral", unfurl_links=False,
                            unfurl_media=False, **message)
        if row.channel is None:
            return None
        extra = {"thread_ts": row.thread_ts} if row.thread_ts else {}
        return _message("chat.postMessage", row.channel, **extra, **message)
    if row.kind == HOME:
        if row.user_id is None:
            return None
        return SlackCall(WEB_API, "views.publish",
                         {"user_id": row.user_id, "view": home_view(catalog, words_of(row))})
    if row.kind == PICK:
        if step == "escalation":
            return _escalation(row, catalog, "pick")
        entry = _entry(row, catalog)
        words = words_of(row)
        if entry is None:
            return _respond(row, replace_original=True, **declined(catalog, words).message())
        ref = ButtonRef(entry.id, row.question_id, row.ranked_ids)
        reply = picked(entry, catalog, shareable="shareable" in row.options, ref=ref,
                       words=words)
        return _respond(row, replace_original=True, unfurl_links=False, **reply.message())
    if row.kind == DECLINED:
        return _respond(row, replace_original=True,
                        **declined(catalog, words_of(row)).message())
    if row.kind == SHARE:
        return _share(row, catalog, step)
    if row.kind == FEEDBACK:
        return _feedback(row, catalog, extras, step)
    if row.kind == TRIAGE_POST:
        return _triage(row, catalog, extras, step)
    if row.kind == TRIAGE_NOTE:
        return _note(row, extras, row.entry_ids[0] if row.entry_ids else "",
                     triage_gone(Words(extras.view_locale or row.locale)), posted=False)
    return None


def _share(row: OutboxRow, catalog: Catalog, step: str | None) -> SlackCall | None:
    entry = _entry(row, catalog)
    words = words_of(row)
    if step == "post":
        if entry is None:  # removed from the catalog since the click: offer support instead
            return _respond(row, replace_original=True, **declined(catalog, words).message())
        reply = shared(entry, catalog, row.user_id or "", words)
        return _respond(row, channel=row.channel, response_type="in_channel",
                        replace_original=False, unfurl_links=False, **reply.message())
    # Only once shared: the private copy has done its job, and leaving it would show the
    # answer twice. (A refused share keeps it.)
    if entry is None or _refused_code(row) is not None:
        return None
    return _respond(row, delete_original=True)


def _feedback(row: OutboxRow, catalog: Catalog, extras: Extras,
              step: str | None) -> SlackCall | None:
    helpful = "helpful" in row.options
    entry = _entry(row, catalog)
    words = words_of(row)
    thanks = feedback_thanks(catalog, helpful=helpful, others=row.ranked_ids, words=words)
    thanked = words(wording.FEEDBACK_THANKS)

    def rebuilt(shareable: bool) -> dict[str, Any]:
        if entry is None:
            return {"text": thanked, "blocks": thanks}
        return answer_after_feedback(entry, catalog, helpful=helpful, others=row.ranked_ids,
                                     shareable=shareable, words=words).message()

    private = "ephemeral" in row.options or row.channel is None or row.message_ts is None
    if step == "edit":
        if private:
            # Slack does not send a private message back with the click: rebuild it from ids.
            return _respond(row, replace_original=True, unfurl_links=False, **rebuilt(True))
        blocks = with_feedback_thanks(extras.message_blocks, thanks, words)
        edited = ({"text": extras.message_text or thanked, "blocks": blocks}
                  if blocks is not None else rebuilt(False))
        return SlackCall(WEB_API, "chat.update", {"channel": row.channel, "ts": row.message_ts,
                                                  **edited}, channel=row.channel)
    # "thanks": only when the edit in place was refused: say thanks privately instead.
    if private or _refused_code(row) is None:
        return None
    return _respond(row, response_type="ephemeral", replace_original=False,
                    text=thanked, blocks=thanks)


def _triage(row: OutboxRow, catalog: Catalog, extras: Extras,
            step: str | None) -> SlackCall | None:
    entry = _entry(row, catalog)
    if step == "escalation":
        return _escalation(row, catalog, "shortcut")
    if entry is None or row.channel is None:
        return None
    if step == "post":
        ref = ButtonRef(entry.id, row.question_id, row.ranked_ids)
        reply = triage_reply(entry, catalog, row.user_id or "", ref, words_of(row))
        return _message("chat.postMessage", row.channel, thread_ts=row.thread_ts,
                        **reply.message())
    # The note is for the agent, in the modal's language (kept in the extras with the modal).
    refused = _refused_code(row)
    words = Words(extras.view_locale or row.locale)
    note = triage_posted(words) if refused is None else triage_not_posted(refused, words)
    return _note(row, extras, entry.id, note, posted=refused is None)


def _note(row: OutboxRow, extras: Extras, entry_id: str, note: str, *,
          posted: bool) -> SlackCall | None:
    """The note under a candidate of the triage modal the agent is looking at, when this process
    still has the modal (only it knows the modal's blocks)."""
    if row.view_id is None or extras.view is None:
        return None
    return SlackCall(WEB_API, "views.update", {
        "view_id": row.view_id,
        "view": triage_noted(extras.view, entry_id, note, posted=posted)})
