"""Recognise a person in distress, in every language the catalog has distress phrases for.

Kept apart from topic matching on purpose: it runs first, on the whole message, and its verdict
wins over any topic. A false alarm costs a kind word and a helpline link; a miss can cost a life.
"""

from __future__ import annotations

from bot import normalize
from bot.catalog import Entry
from bot.phrase_index import PhraseIndex
from bot.thresholds import DISTRESS_TYPO_MIN_LENGTH, DISTRESS_TYPO_MIN_RATIO


class CrisisDetector:
    def __init__(self, crisis_entry: Entry):
        phrases = [(0, p) for items in crisis_entry.distress.values() for p in items]
        self._index = PhraseIndex(
            phrases,
            keep_stopwords=True,
            weighted=False,
            typo_min_length=DISTRESS_TYPO_MIN_LENGTH,
            typo_min_ratio=DISTRESS_TYPO_MIN_RATIO,
            # A misspelt distress word is still distress: full credit, so the phrase counts.
            typo_similarity=1.0,
            prefix_min_length=None,
        )

    def clear_cache(self) -> None:
        self._index.clear_cache()

    def in_distress(self, text: str) -> bool:
        return self.in_distress_words(normalize.tokens(text, keep_stopwords=True))

    def in_distress_words(self, words: list[str]) -> bool:
        """``words`` as ``normalize.tokens(text, keep_stopwords=True)`` gives them."""
        return bool(self._index.complete(words))

    def matched_phrases(self, text: str) -> list[str]:
        """The distress phrases found in ``text`` (for maintainers' debugging, never logged)."""
        words = normalize.tokens(text, keep_stopwords=True)
        return [self._index.phrases[i].text for i in self._index.complete(words)]
