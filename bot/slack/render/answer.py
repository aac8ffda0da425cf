"""Replies to a question: an answer, "Did you mean", nothing relevant, a crisis; and their later
forms (a picked suggestion, "None of these", an answer shared in the channel)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.catalog import CRISIS_ID, Catalog, Entry
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Decision, Match, Result
from bot.engine.thresholds import ALTERNATIVE_AT
from bot.slack.blocks import (
    Block,
    Reply,
    button,
    context,
    escape,
    fit,
    link,
    section,
    user_text,
)
from bot.slack.button_values import MAX_ALTERNATIVES, ButtonRef
from bot.slack.id_patterns import USER_ID
from bot.slack.manifest_ids import COMMAND, HELPFUL, NONE_OF_THESE, NOT_HELPFUL, PICK, SHARE
from bot.text import wording
from bot.text.plain_reply import render

MAX_SUMMARY_CHARS = 1500
# The block a feedback click replaces with the thanks.
FEEDBACK_BLOCK = "feedback"


def entry_text(entry: Entry) -> str:
    return f"*{link(entry.url, entry.title)}*\n{escape(fit(entry.summary, MAX_SUMMARY_CHARS))}"


def _asked(question: str) -> Block:
    # verbatim: Slack must not turn anything in it into a link or a mention.
    return context(f"You asked: {user_text(question)}", verbatim=True)


def _related(entry: Entry, catalog: Catalog) -> Block | None:
    links = [link(catalog.get(ref).url, catalog.get(ref).title)
             for ref in entry.related if ref in catalog]
    if not links:
        return None
    return context(f"{wording.RELATED_LEAD} " + " · ".join(links))


def answer_blocks(entry: Entry, catalog: Catalog, confidence: float | None) -> list[Block]:
    blocks = [section(escape(wording.ANSWER_LEAD)), section(entry_text(entry))]
    if confidence is not None:
        blocks.append(context(f"Confidence: {wording.confidence_label(confidence)}"))
    related = _related(entry, catalog)
    if related:
        blocks.append(related)
    return blocks


def answer_text(entry: Entry) -> str:
    """The notification text of an answer shown again from its id."""
    return f"{wording.ANSWER_LEAD} {entry.title} <{entry.url}>"


def _alternatives(ranked: Iterable[Match], catalog: Catalog, chosen: str) -> tuple[str, ...]:
    """The next best articles to offer if ``chosen`` does not help, those worth a look only. The
    crisis article is offered by crisis detection alone, never as a "maybe"; the support page is
    linked anyway."""
    skip = {chosen, CRISIS_ID, catalog.fallback_id}
    return tuple(m.entry.id for m in ranked
                 if m.entry.id not in skip and m.confidence >= ALTERNATIVE_AT)[:MAX_ALTERNATIVES]


def feedback_actions(ref: ButtonRef, title: str) -> Block:
    value = ref.encode()
    return {
        "type": "actions",
        "block_id": FEEDBACK_BLOCK,
        "elements": [
            button("Helpful", HELPFUL, value, label=f"{title}: helpful"),
            button("Not helpful", NOT_HELPFUL, value, label=f"{title}: not helpful"),
        ],
    }


def share_actions(entry: Entry) -> Block:
    # Only the catalog id travels in the button, never the question: nothing private in payloads.
    return {
        "type": "actions",
        "block_id": "answer_actions",
        "elements": [button("Share in channel", SHARE, entry.id,
                            label=f"Share {entry.title} in this channel")],
    }


def for_result(result: Result, catalog: Catalog, *, shareable: bool = False,
               question: str | None = None, question_id: str | None = None) -> Reply:
    """The reply to ``result``. ``shareable``: it is private, offer "Share in channel".
    ``question``: echo it (escaped) where the person cannot otherwise see what they asked.
    ``question_id``: its question-log id, for the feedback buttons of an answer."""
    text = render(result, catalog)
    if result.decision is Decision.CRISIS:
        # No echo, no buttons: warm words first, nothing that reads like a ticket or a survey.
        return Reply(text, crisis_blocks(result.matches, kind=result.crisis_kind,
                                         level=result.crisis_level))
    head = [_asked(question)] if question else []
    if result.decision is Decision.ANSWER:
        match = result.matches[0]
        blocks = head + answer_blocks(match.entry, catalog, match.confidence)
        if shareable:
            blocks.append(share_actions(match.entry))
        if question_id:
            others = _alternatives(result.ranked, catalog, match.entry.id)
            blocks.append(feedback_actions(ButtonRef(match.entry.id, question_id, others),
                                           match.entry.title))
        return Reply(text, blocks)
    if result.decision is Decision.SUGGEST:
        return Reply(text, head + suggest_blocks(result.matches, question_id=question_id))
    return Reply(text, head + none_blocks(catalog))


def crisis_blocks(matches: tuple[Match, ...], *, kind: CrisisKind | None = None,
                  level: CrisisLevel | None = None) -> list[Block]:
    """Warm words, the help line, then the helpline article (and the topical answer, if any).
    ``kind`` and ``level`` choose the words: for the person (the default), for someone helping
    another person, or gently when the check is unsure."""
    crisis, *topical = matches
    opening, help_line = wording.crisis_words(kind, level)
    blocks = [
        section(escape(opening)),
        section(escape(help_line)),
        section(f"{escape(wording.CRISIS_ARTICLE_LEAD)}\n{entry_text(crisis.entry)}"),
    ]
    for match in topical:
        blocks.append(section(f"{escape(wording.CRISIS_TOPIC_LEAD)}\n{entry_text(match.entry)}"))
    return blocks


def suggest_blocks(matches: tuple[Match, ...], *, question_id: str | None = None) -> list[Block]:
    """"Did you mean": each button carries its entry, the question id and the other suggestions,
    so the picked answer can take feedback and offer the others after "Not helpful"."""
    ids = [m.entry.id for m in matches]
    blocks = [section(escape(wording.SUGGEST_LEAD))]
    for match in matches:
        entry = match.entry
        others = tuple(i for i in ids if i != entry.id) if question_id else ()
        value = ButtonRef(entry.id, question_id, others).encode()
        blocks.append(section(
            entry_text(entry),
            block_id=f"suggest_{entry.id}",
            accessory=button("This one", PICK, value, label=f"Show {entry.title}"),
        ))
    blocks.append({
        "type": "actions",
        "block_id": "suggest_actions",
        "elements": [button("None of these", NONE_OF_THESE,
                            ButtonRef("none", question_id).encode())],
    })
    return blocks


def none_blocks(catalog: Catalog) -> list[Block]:
    fallback = catalog.fallback
    return [section(f"{escape(wording.NONE_TEXT)}\n*{link(fallback.url, fallback.title)}*")]


def picked(entry: Entry, catalog: Catalog, *, shareable: bool,
           ref: ButtonRef | None = None) -> Reply:
    """A suggestion the person chose: it replaces the "Did you mean" message. ``ref``: what the
    suggestion's button carried; with a question id, the answer takes feedback."""
    blocks = answer_blocks(entry, catalog, confidence=None)
    if shareable:
        blocks.append(share_actions(entry))
    if ref is not None and ref.question_id:
        blocks.append(feedback_actions(ButtonRef(entry.id, ref.question_id, ref.others),
                                       entry.title))
    return Reply(answer_text(entry), blocks)


def declined(catalog: Catalog) -> Reply:
    """After "None of these": the get-support link, replacing the suggestions."""
    fallback = catalog.fallback
    return Reply(f"{wording.NONE_TEXT} {fallback.title} <{fallback.url}>", none_blocks(catalog))


def shared(entry: Entry, catalog: Catalog, user_id: str) -> Reply:
    """The answer as posted for everyone by "Share in channel": no question, no confidence."""
    blocks = answer_blocks(entry, catalog, confidence=None)
    if USER_ID.match(user_id):
        blocks.append(context(f"Shared by <@{user_id}> with `{COMMAND}`"))
    return Reply(answer_text(entry), blocks)
