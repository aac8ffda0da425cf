"""The one path every Slack surface takes: Slack text → question → matcher → reply.

Listeners stay thin by calling ``Answers``: ``reply_to`` for a question asked of the bot, ``triage``
for a message an agent looks up, ``feedback`` for a click on Helpful / Not helpful, ``escalate``
to tell the specialists. It is also the single place that logs and records what happened to a
question (surface, decision, article ids, confidence) and, by design, never logs the question
itself: people ask a safety bot things they would not want in a log file. Whether any text is
kept in the question log is the log's own rule (opt-in, gaps only, never crisis).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot import metrics
from bot.engine.catalog import Catalog, Entry
from bot.engine.crisis import CrisisLevel
from bot.engine.help_center import DEFAULT_LOCALE, reply_locale
from bot.engine.matcher import Decision, Matcher, Result
from bot.engine.question import question_text
from bot.slack.blocks import Reply
from bot.slack.render.answer import for_result
from bot.slack.render.catalog_views import how_to_ask
from bot.slack.render.triage import triage_view
from bot.store.question_log import QuestionLog
from bot.text.words import Words

log = logging.getLogger(__name__)

# A matcher, or a function returning the current one (so a reloaded catalog takes effect on the
# next question without re-registering listeners).
MatcherSource = Matcher | Callable[[], Matcher]


@dataclass(frozen=True)
class Answer:
    reply: Reply
    # The article the specialists should hear about (crisis, CSAM, ...), or None.
    escalate: Entry | None = None
    # What the reply is made of, for the outbox to render it again (None: how to ask).
    result: Result | None = None
    question_id: str | None = None
    # The reply's language: the question's, else the asker's, else the workspace's.
    locale: str = DEFAULT_LOCALE


def _nobody() -> str | None:
    return None


def escalation_for(result: Result, catalog: Catalog) -> Entry | None:
    """A confident crisis escalates; otherwise an answer whose article is marked ``escalate``.
    Suggestions do not (yet): the person's pick does, if it is one of those.

    A crisis the check is unsure of (found by similarity alone, weak signs, an everyday idiom,
    a question about "someone" in general) shows the helpline gently and tells nobody, and so
    does a question *about* the helpline feature answered with its article: the specialists
    hear of people in distress, through the crisis check, not of questions about a banner."""
    if result.decision is Decision.CRISIS:
        return None if result.crisis_level is CrisisLevel.GENTLE else catalog.crisis
    if result.decision is Decision.ANSWER and result.matches[0].entry.escalate:
        entry = result.matches[0].entry
        return None if entry.id == catalog.crisis.id else entry
    return None


class Answers:
    def __init__(self, matcher: MatcherSource, *, question_log: QuestionLog | None = None,
                 default_locale: str = DEFAULT_LOCALE):
        """``question_log``: where questions and feedback are recorded (None: nowhere).
        ``default_locale``: the workspace's language, for a question whose own and whose
        asker's are not known. (Escalation notices are sent by delivery, not from here.)"""
        self._source = matcher
        self._log = question_log
        self.default_locale = default_locale

    def locale_for(self, raw: str, user_locale: Callable[[], str | None] = _nobody) -> str:
        """The language to answer ``raw`` in (``help_center.reply_locale``); ``user_locale``
        is asked only when the question's own language is not clear."""
        return reply_locale(self._language_of(raw), user_locale, self.default_locale)

    def _language_of(self, raw: str) -> str | None:
        """The question's own language, when it is clear (None for an empty question)."""
        return self.matcher.language_of(raw) if question_text(raw) else None

    @property
    def matcher(self) -> Matcher:
        source = self._source
        return source if isinstance(source, Matcher) else source()

    @property
    def catalog(self) -> Catalog:
        return self.matcher.catalog

    def reply_to(self, raw: str, *, surface: str, user_id: str | None = None,
                 shareable: bool = False, echo: bool = False,
                 user_locale: Callable[[], str | None] = _nobody) -> Answer:
        """The answer to ``raw`` (Slack text, markup and all) asked by ``user_id`` on ``surface``.

        ``shareable``: the reply is private, so an answer offers "Share in channel".
        ``echo``: show the question (escaped) because the person can't see it next to the reply.
        ``user_locale``: the asker's Slack language, asked for only if the question's is unclear.
        """
        matcher = self.matcher  # one catalog for the whole reply, even during a reload
        # Detected once: it decides the reply's language and is counted in the question log.
        language = self._language_of(raw)
        locale = reply_locale(language, user_locale, self.default_locale)
        words = Words(locale)
        if not question_text(raw):
            log.info("question surface=%s decision=empty", surface)
            return Answer(how_to_ask(matcher.catalog, words), locale=locale)
        result = _timed_match(matcher, raw)
        question_id = self._record(result, surface, user_id, raw, language)
        reply = for_result(result, matcher.catalog, shareable=shareable,
                           question=raw if echo else None, question_id=question_id, words=words)
        return Answer(reply, escalation_for(result, matcher.catalog), result, question_id,
                      locale)

    def triage(self, raw: str, *, user_id: str | None, channel: str, message_ts: str,
               thread_ts: str | None = None,
               user_locale: Callable[[], str | None] = _nobody) -> dict[str, Any]:
        """The triage modal for a message with text ``raw``, looked up by agent ``user_id``:
        in the agent's language (``user_locale``), its "Reply in thread" in the message's."""
        matcher = self.matcher
        agent = user_locale() or self.default_locale
        words = Words(agent)
        language = self._language_of(raw)
        post_in = reply_locale(language, lambda: agent, self.default_locale)
        if not question_text(raw):
            log.info("question surface=shortcut decision=empty")
            return triage_view(None, matcher.catalog, channel=channel, message_ts=message_ts,
                               thread_ts=thread_ts, words=words, reply_locale=post_in)
        result = _timed_match(matcher, raw)
        # The row counts the agent, who used the bot; the author of the message never did.
        question_id = self._record(result, "shortcut", user_id, raw, language)
        return triage_view(result, matcher.catalog, channel=channel, message_ts=message_ts,
                           thread_ts=thread_ts, question_id=question_id, words=words,
                           reply_locale=post_in)

    def feedback(self, question_id: str | None, *, helpful: bool) -> None:
        if question_id and self._log is not None:
            self._log.record_feedback(question_id, helpful)

    def _record(self, result: Result, surface: str, user_id: str | None, raw: str,
                language: str | None) -> str:
        """Log the decision (never the text) and queue its row; returns the question's id."""
        metrics.DECISIONS.labels(result.decision.value, surface).inc()
        log.info(
            "question surface=%s decision=%s articles=%s confidence=%s",
            surface,
            result.decision.value,
            ",".join(m.entry.id for m in result.matches) or "-",
            ",".join(f"{m.confidence:.2f}" for m in result.matches) or "-",
        )
        top = result.top
        if self._log is None:
            # Same-looking buttons with or without a log; the id just leads nowhere.
            return uuid.uuid4().hex
        # record() only queues the row: it never blocks, raises or slows the reply.
        return self._log.record(surface=surface, decision=result.decision.value,
                                article_id=top.entry.id if top else None,
                                confidence=top.confidence if top else None,
                                user_id=user_id, text=raw,
                                # The nearest entry even when nothing was answered: what the
                                # maintainers' gap groups are grouped by.
                                candidate_id=result.ranked[0].entry.id if result.ranked else None,
                                language=language)



def _timed_match(matcher: Matcher, raw: str) -> Result:
    started = time.perf_counter()
    try:
        return matcher.match(raw)
    finally:
        metrics.MATCH_SECONDS.observe(time.perf_counter() - started)
