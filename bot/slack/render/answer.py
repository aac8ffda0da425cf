"""Replies to a question: an answer, "Did you mean", nothing relevant, a crisis; and their later
forms (a picked suggestion, "None of these", an answer shared in the channel).

Every function takes the reader's ``Words`` (``bot.text.words``): the whole reply is in one
language, links and titles included; buttons carry that language on (``ButtonRef.locale``).
"""

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
    filled,
    fit,
    link,
    section,
    user_text,
)
from bot.slack.button_values import MAX_ALTERNATIVES, ButtonRef
from bot.slack.id_patterns import USER_ID
from bot.slack.manifest_ids import COMMAND, HELPFUL, NONE_OF_THESE, NOT_HELPFUL, PICK, SHARE
from bot.text import wording
from bot.text.plain_reply import link_text, render
from bot.text.words import ENGLISH, Words

MAX_SUMMARY_CHARS = 1500
# The block a feedback click replaces with the thanks.
FEEDBACK_BLOCK = "feedback"


def entry_link(entry: Entry, words: Words = ENGLISH) -> str:
    """The entry's title as a link to its page in the reader's language ("(in English)" after
    a page that has none)."""
    text = link(words.url(entry), words.title(entry))
    return f"{text} {escape(words(wording.IN_ENGLISH))}" if words.in_english(entry) else text


def entry_text(entry: Entry, words: Words = ENGLISH) -> str:
    return f"*{entry_link(entry, words)}*\n{escape(fit(words.summary(entry), MAX_SUMMARY_CHARS))}"


def _asked(question: str, words: Words) -> Block:
    # verbatim: Slack must not turn anything in it into a link or a mention.
    return context(filled(words(wording.YOU_ASKED), question=user_text(question)),
                   verbatim=True)


def _related(entry: Entry, catalog: Catalog, words: Words) -> Block | None:
    links = [entry_link(catalog.get(ref), words) for ref in entry.related if ref in catalog]
    if not links:
        return None
    return context(f"{escape(words(wording.RELATED_LEAD))} " + " · ".join(links))


def answer_blocks(entry: Entry, catalog: Catalog, confidence: float | None,
                  words: Words = ENGLISH) -> list[Block]:
    blocks = [section(escape(words(wording.ANSWER_LEAD))), section(entry_text(entry, words))]
    if confidence is not None:
        blocks.append(context(escape(words.confidence(confidence))))
    related = _related(entry, catalog, words)
    if related:
        blocks.append(related)
    return blocks


def answer_text(entry: Entry, words: Words = ENGLISH) -> str:
    """The notification text of an answer shown again from its id."""
    return f"{words(wording.ANSWER_LEAD)} {link_text(entry, words)}"


def _alternatives(ranked: Iterable[Match], catalog: Catalog, chosen: str) -> tuple[str, ...]:
    """The next best articles to offer if ``chosen`` does not help, those worth a look only. The
    crisis article is offered by crisis detection alone, never as a "maybe"; the support page is
    linked anyway."""
    skip = {chosen, CRISIS_ID, catalog.fallback_id}
    return tuple(m.entry.id for m in ranked
                 if m.entry.id not in skip and m.confidence >= ALTERNATIVE_AT)[:MAX_ALTERNATIVES]


def feedback_actions(ref: ButtonRef, title: str, words: Words = ENGLISH) -> Block:
    value = ButtonRef(ref.entry_id, ref.question_id, ref.others, words.locale).encode()
    return {
        "type": "actions",
        "block_id": FEEDBACK_BLOCK,
        "elements": [
            button(words(wording.HELPFUL_BUTTON), HELPFUL, value,
                   label=words(wording.HELPFUL_LABEL, title=title)),
            button(words(wording.NOT_HELPFUL_BUTTON), NOT_HELPFUL, value,
                   label=words(wording.NOT_HELPFUL_LABEL, title=title)),
        ],
    }


def share_actions(entry: Entry, words: Words = ENGLISH) -> Block:
    # Only the catalog id (and the language) travels in the button, never the question.
    return {
        "type": "actions",
        "block_id": "answer_actions",
        "elements": [button(words(wording.SHARE_BUTTON), SHARE,
                            ButtonRef(entry.id, locale=words.locale).encode(),
                            label=words(wording.SHARE_LABEL, title=words.title(entry)))],
    }


def for_result(result: Result, catalog: Catalog, *, shareable: bool = False,
               question: str | None = None, question_id: str | None = None,
               words: Words = ENGLISH) -> Reply:
    """The reply to ``result``. ``shareable``: it is private, offer "Share in channel".
    ``question``: echo it (escaped) where the person cannot otherwise see what they asked.
    ``question_id``: its question-log id, for the feedback buttons of an answer."""
    text = render(result, catalog, words=words)
    if result.decision is Decision.CRISIS:
        # No echo, no buttons: warm words first, nothing that reads like a ticket or a survey.
        return Reply(text, crisis_blocks(result.matches, kind=result.crisis_kind,
                                         level=result.crisis_level, words=words))
    head = [_asked(question, words)] if question else []
    if result.decision is Decision.ANSWER:
        match = result.matches[0]
        blocks = head + answer_blocks(match.entry, catalog, match.confidence, words)
        if shareable:
            blocks.append(share_actions(match.entry, words))
        if question_id:
            others = _alternatives(result.ranked, catalog, match.entry.id)
            blocks.append(feedback_actions(ButtonRef(match.entry.id, question_id, others),
                                           words.title(match.entry), words))
        return Reply(text, blocks)
    if result.decision is Decision.SUGGEST:
        return Reply(text, head + suggest_blocks(result.matches, question_id=question_id,
                                                 words=words))
    return Reply(text, head + none_blocks(catalog, words))


def crisis_blocks(matches: tuple[Match, ...], *, kind: CrisisKind | None = None,
                  level: CrisisLevel | None = None, words: Words = ENGLISH) -> list[Block]:
    """Warm words, the help line, then the helpline article (and the topical answer, if any).
    ``kind`` and ``level`` choose the words: for the person (the default), for someone helping
    another person, or gently when the check is unsure."""
    crisis, *topical = matches
    opening, help_line = words.crisis(kind, level)
    blocks = [
        section(escape(opening)),
        section(escape(help_line)),
        section(f"{escape(words(wording.CRISIS_ARTICLE_LEAD))}\n"
                f"{entry_text(crisis.entry, words)}"),
    ]
    for match in topical:
        blocks.append(section(f"{escape(words(wording.CRISIS_TOPIC_LEAD))}\n"
                              f"{entry_text(match.entry, words)}"))
    return blocks


def suggest_blocks(matches: tuple[Match, ...], *, question_id: str | None = None,
                   words: Words = ENGLISH) -> list[Block]:
    """"Did you mean": each button carries its entry, the question id and the other suggestions,
    so the picked answer can take feedback and offer the others after "Not helpful"."""
    ids = [m.entry.id for m in matches]
    blocks = [section(escape(words(wording.SUGGEST_LEAD)))]
    for match in matches:
        entry = match.entry
        others = tuple(i for i in ids if i != entry.id) if question_id else ()
        value = ButtonRef(entry.id, question_id, others, words.locale).encode()
        blocks.append(section(
            entry_text(entry, words),
            block_id=f"suggest_{entry.id}",
            accessory=button(words(wording.PICK_BUTTON), PICK, value,
                             label=words(wording.PICK_LABEL, title=words.title(entry))),
        ))
    blocks.append({
        "type": "actions",
        "block_id": "suggest_actions",
        "elements": [button(words(wording.NONE_OF_THESE_BUTTON), NONE_OF_THESE,
                            ButtonRef("none", question_id, locale=words.locale).encode())],
    })
    return blocks


def none_blocks(catalog: Catalog, words: Words = ENGLISH) -> list[Block]:
    return [section(f"{escape(words(wording.NONE_TEXT))}\n"
                    f"*{entry_link(catalog.fallback, words)}*")]


def picked(entry: Entry, catalog: Catalog, *, shareable: bool,
           ref: ButtonRef | None = None, words: Words = ENGLISH) -> Reply:
    """A suggestion the person chose: it replaces the "Did you mean" message. ``ref``: what the
    suggestion's button carried; with a question id, the answer takes feedback."""
    blocks = answer_blocks(entry, catalog, None, words)
    if shareable:
        blocks.append(share_actions(entry, words))
    if ref is not None and ref.question_id:
        blocks.append(feedback_actions(ButtonRef(entry.id, ref.question_id, ref.others),
                                       words.title(entry), words))
    return Reply(answer_text(entry, words), blocks)


def declined(catalog: Catalog, words: Words = ENGLISH) -> Reply:
    """After "None of these": the get-support link, replacing the suggestions."""
    return Reply(f"{words(wording.NONE_TEXT)} {link_text(catalog.fallback, words)}",
                 none_blocks(catalog, words))


def shared_by(user_id: str, tool: str, words: Words) -> str:
    """"Shared by @person with /safeguards" (the mention and ``tool`` are Slack markup)."""
    return filled(words(wording.SHARED_BY), user=f"<@{user_id}>", tool=tool)


def shared(entry: Entry, catalog: Catalog, user_id: str, words: Words = ENGLISH) -> Reply:
    """The answer as posted for everyone by "Share in channel": no question, no confidence."""
    blocks = answer_blocks(entry, catalog, None, words)
    if USER_ID.match(user_id):
        blocks.append(context(shared_by(user_id, f"`{COMMAND}`", words)))
    return Reply(answer_text(entry, words), blocks)
