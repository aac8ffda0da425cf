"""Situations the catalog names (`situations`), which settle a question's article.

Some questions are about a situation whose usual words belong to another article. "Will using my
Max plan in OpenCode get me banned?" is about using a subscription through another program,
which the agents article governs; its "banned" alone pulls it to appeals. A situation is named by
its own words (``when``) said together with a worry they come with (``about``); words that show
the question is about something else after all (``unless``: "appeal") leave it to the phrases.
"""

from __future__ import annotations

from bot.engine.catalog import Situation
from bot.engine.word_runs import WordRuns


class Situations:
    def __init__(self, situations: tuple[Situation, ...]):
        self._found = [
            (s.article, WordRuns(s.when), WordRuns(s.about), WordRuns(s.unless))
            for s in situations
        ]

    def article_for(self, every_word: list[str]) -> str | None:
        """The article of the first situation the question's words describe, or None."""
        for article, when, about, unless in self._found:
            if (when.first_in(every_word) is not None
                    and about.first_in(every_word) is not None
                    and unless.first_in(every_word) is None):
                return article
        return None
