"""Recognise a person in distress, in every language the catalog has distress phrases for.

Kept apart from topic matching on purpose: it runs first, on the whole message, and its verdict
wins over any topic. A false alarm costs a kind word and a helpline link; a miss can cost a life.
"""

from __future__ import annotations

from bot.engine import normalize
from bot.engine.catalog import Entry
from bot.engine.phrase_index import PhraseIndex
from bot.engine.thresholds import (
    DISTRESS_TYPO_MIN_LENGTH,
    DISTRESS_TYPO_MIN_RATIO,
    DISTRESS_WINDOW,
    SIGNS_NEEDED,
    SUBSTITUTION_MIN_LENGTH,
)


def _index(phrases: list[tuple[int, str]], *, typos: bool) -> PhraseIndex:
    return PhraseIndex(
        phrases,
        keep_stopwords=True,
        weighted=False,
        # Signs are single common words: a typo of another word ("trick") must not become one
        # ("strick"). Distress phrases are specific enough to tolerate a slip ("suicde").
        typo_min_length=DISTRESS_TYPO_MIN_LENGTH if typos else 10**6,
        typo_min_ratio=DISTRESS_TYPO_MIN_RATIO,
        # A misspelt distress word is still distress: full credit, so the phrase counts.
        typo_similarity=1.0,
        prefix_min_length=None,
        substitution_min_length=SUBSTITUTION_MIN_LENGTH,
    )


_STRONG, _WEAK = 0, 1


class CrisisDetector:
    """Distress phrases alone, or signs in combination (see ``SIGNS_NEEDED``)."""

    def __init__(self, crisis_entry: Entry):
        distress = [(0, p) for items in crisis_entry.distress.values() for p in items]
        self._phrases = _index(distress, typos=True)
        signs = crisis_entry.distress_signs
        # One index for both kinds of sign (owner 0 strong, 1 weak): one look-up per question.
        kinds = (("strong", _STRONG), ("weak", _WEAK))
        self._signs = _index(
            [(owner, p) for kind, owner in kinds
             for items in signs.get(kind, {}).values() for p in items],
            typos=False,
        )

    def clear_cache(self) -> None:
        for index in (self._phrases, self._signs):
            index.clear_cache()

    def in_distress(self, text: str) -> bool:
        return self.in_distress_words(normalize.tokens(text, keep_stopwords=True))

    def in_distress_words(self, words: list[str]) -> bool:
        """``words`` as ``normalize.tokens(text, keep_stopwords=True)`` gives them."""
        if self._phrases.complete(words, window=DISTRESS_WINDOW):
            return True
        found = self._signs.complete(words, window=DISTRESS_WINDOW)
        if not found:
            return False
        phrases = self._signs.phrases
        strong = _distinct(self._signs, [i for i in found if phrases[i].owner == _STRONG])
        weak = _distinct(self._signs, [i for i in found if phrases[i].owner == _WEAK])
        return any(strong >= s and weak >= w for s, w in SIGNS_NEEDED)

    def matched_phrases(self, text: str) -> list[str]:
        """The distress phrases and signs found in ``text`` (for maintainers, never logged)."""
        words = normalize.tokens(text, keep_stopwords=True)
        found = [f"distress: {self._phrases.phrases[i].text}"
                 for i in self._phrases.complete(words, window=DISTRESS_WINDOW)]
        for i in self._signs.complete(words, window=DISTRESS_WINDOW):
            phrase = self._signs.phrases[i]
            kind = "strong sign" if phrase.owner == _STRONG else "weak sign"
            found.append(f"{kind}: {phrase.text}")
        return found


def _distinct(index: PhraseIndex, found: list[int]) -> int:
    """How many different signs: "pills" inside "sleeping pills" is one sign, not two."""
    word_sets = {frozenset(index.phrases[i].tokens) for i in found}
    return sum(1 for w in word_sets if not any(w < other for other in word_sets))
