"""The one path every Slack surface takes: Slack text → question → matcher → reply.

Listeners stay thin by calling ``Answers.reply_to``; it is also the single place that logs what
happened to a question (surface, decision, article ids, confidence) and, by design, never the
question itself: people ask a safety bot things they would not want in a log file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot import replies
from bot.catalog import Catalog
from bot.matcher import Matcher
from bot.question import question_text

log = logging.getLogger("bot.answers")

# A matcher, or a function returning the current one (so a reloaded catalog takes effect on the
# next question without re-registering listeners).
MatcherSource = Matcher | Callable[[], Matcher]


class Answers:
    def __init__(self, matcher: MatcherSource):
        self._source = matcher

    @property
    def matcher(self) -> Matcher:
        source = self._source
        return source if isinstance(source, Matcher) else source()

    @property
    def catalog(self) -> Catalog:
        return self.matcher.catalog

    def reply_to(self, raw: str, *, surface: str, shareable: bool = False,
                 echo: bool = False) -> replies.Reply:
        """The reply to ``raw`` (Slack text, markup and all) asked on ``surface``.

        ``shareable``: the reply is private, so an answer offers "Share in channel".
        ``echo``: show the question (escaped) because the person can't see it next to the reply.
        """
        matcher = self.matcher  # one catalog for the whole reply, even during a reload
        if not question_text(raw):
            log.info("question surface=%s decision=empty", surface)
            return replies.how_to_ask(matcher.catalog)
        result = matcher.match(raw)
        log.info(
            "question surface=%s decision=%s articles=%s confidence=%s",
            surface,
            result.decision.value,
            ",".join(m.entry.id for m in result.matches) or "-",
            ",".join(f"{m.confidence:.2f}" for m in result.matches) or "-",
        )
        return replies.for_result(result, matcher.catalog, shareable=shareable,
                                  question=raw if echo else None)
