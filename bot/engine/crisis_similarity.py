"""The second look: a stretch of the message that *looks like* a distress phrase.

Word forms and gaps (``crisis_phrases``) find the catalog's phrases however they are conjugated;
this finds what is close to one in its letters: an idiom said a little differently ("j'en peux
plus" for "je n'en peux plus"), an inflection no rule knows ("suicidaires"), a missing or extra
small word. Each phrase is a set of letter trigrams (each word padded with spaces, so word
beginnings and ends count); unspaced scripts use their character pairs. A stretch of the message
about as long as the phrase is similar when the Dice coefficient of their sets reaches
``DISTRESS_SIMILARITY``.

Finding candidates must cost little, because this runs on every message that is not already a
crisis: a phrase can only reach the threshold if it shares enough of its trigrams with the message,
so it is filed only under its rarest trigrams, enough that any phrase able to reach the threshold
is found through at least ``_HITS`` of them (prefix filtering).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from bot.engine.crisis_text import Word
from bot.engine.crisis_words import FIRST_PERSON
from bot.engine.thresholds import (
    DISTRESS_SIMILARITY,
    DISTRESS_SIMILARITY_MIN_GRAMS,
    DISTRESS_SIMILARITY_WORD,
)

# Words this long must each have a look-alike in the stretch: "dont want to live" is not
# "dont want to die", nor "wants to use" "wants to die", however much else they share.
_LONG_WORD = 3
# Candidates must share this many of their rarest trigrams with the message.
_HITS = 4
# English puts a reflexive after its verb: "himself to kill" is not "kill himself" however
# alike their letters (``crisis_phrases`` keeps the same order).
_REFLEXIVES = frozenset(("myself", "yourself", "himself", "herself", "themselves", "themself"))
# "je vais te tuer" is a threat, not "je vais me tuer": a stretch that says "you" where the
# phrase does not is another sentence, however alike its letters.
_YOU = frozenset((
    "you", "your", "yourself", "te", "tu", "toi", "ton", "ta", "tes", "dich", "dir", "du", "dein",
    "deine", "ti", "tuo", "tua", "voce", "vc", "tebe", "тебя", "тебе", "ты", "kamu", "kau", "lu"))
# Long messages are looked at in pieces this long (in words), overlapping by more than any
# phrase's stretch, so no stretch is cut in two.
_PIECE = 60
_OVERLAP = 16


@lru_cache(maxsize=65536)
def grams(word: str, cjk: bool) -> frozenset[str]:
    if cjk:
        return frozenset((word,))
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _nearest(word: frozenset[str], stretch: list[frozenset[str]]) -> int:
    """Where in the stretch the word with most of ``word``'s trigrams stands."""
    return max(range(len(stretch)), key=lambda i: len(word & stretch[i]))


@dataclass(frozen=True)
class Similar:
    index: int  # of the phrase, in the order given
    start: int
    end: int
    own: frozenset[int]
    score: float


class SimilarityIndex:
    def __init__(self, phrases: list[list[tuple[str, bool]]]):
        """``phrases``: each phrase as its words (folded text, unspaced script or not)."""
        self._grams: list[frozenset[str]] = []
        self._sizes: list[int] = []
        self._long_words: list[list[frozenset[str]]] = []
        # Trigrams of two words of a phrase that must come in this order: its verb and the
        # reflexive after it, or its first and last long words.
        self._order: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._says_you: list[bool] = []
        # A short word ending a phrase is what it says, and must be there itself: "bald nicht
        # mehr da" (soon no longer there) is not "funktioniert das bald nicht mehr" (soon no
        # longer works), however alike their letters. Not "me" or "mí": another person in its
        # place ("mejor sin ella") is someone else's distress, which the second look still finds.
        self._last_short: list[frozenset[str] | None] = []
        kept: list[int] = []
        for index, words in enumerate(phrases):
            texts = [w for w, _ in words]
            self._says_you.append(not _YOU.isdisjoint(texts))
            at = next((i for i, w in enumerate(texts) if w in _REFLEXIVES), 0)
            long_words = [w for w, cjk in words if not cjk and len(w) >= _LONG_WORD]
            if at > 0:
                self._order[index] = (grams(texts[at - 1], False), grams(texts[at], False))
            elif len(long_words) >= 2:
                # Its first and last words in their order: "here, i don't want my posts shown"
                # has every word of "don't want to be here", but not that sentence, and "they
                # all end up in a file" not "end it all".
                self._order[index] = (grams(long_words[0], False), grams(long_words[-1], False))
            found = frozenset().union(*(grams(w, cjk) for w, cjk in words)) if words else (
                frozenset())
            self._grams.append(found)
            self._sizes.append(len(words))
            self._long_words.append([grams(w, cjk) for w, cjk in words
                                     if not cjk and len(w) >= _LONG_WORD])
            last, last_cjk = words[-1] if words else ("", True)
            self._last_short.append(
                grams(last, False) if not last_cjk and len(last) < _LONG_WORD
                and last not in FIRST_PERSON else None)
            if len(found) >= DISTRESS_SIMILARITY_MIN_GRAMS:
                kept.append(index)
        frequency = Counter(g for index in kept for g in self._grams[index])
        # Dice >= t needs at least t / (2 - t) of a phrase's trigrams in the stretch.
        self._share = DISTRESS_SIMILARITY / (2 - DISTRESS_SIMILARITY)
        # At most size - ceil(share * size) of a phrase's trigrams may be missing, so among its
        # rarest size - ceil(share * size) + _HITS, at least _HITS are in any message close to it.
        by_gram: dict[str, list[int]] = {}
        for index in kept:
            ordered = sorted(self._grams[index], key=lambda g: (frequency[g], g))
            size = len(ordered)
            prefix = size - math.ceil(self._share * size) + _HITS
            for gram in ordered[:prefix]:
                by_gram.setdefault(gram, []).append(index)
        self._by_gram = by_gram
        # How many of each phrase's trigrams a message must share for it to be worth a look.
        self._needed = [self._share * len(g) for g in self._grams]
        self._indexed = frozenset(by_gram)

    def find(self, words: list[Word]) -> list[Similar]:
        """Stretches of ``words`` close to a phrase: at most one per phrase and stretch of text,
        and none that says "you" where the phrase does not (``_YOU``)."""
        return [hit for hit in self._find_all(words) if self._says_you[hit.index] or
                _YOU.isdisjoint(w.text for w in words[hit.start:hit.end + 1])]

    def _find_all(self, words: list[Word]) -> list[Similar]:
        """Every stretch close to a phrase.

        A long message is looked at in overlapping pieces of ``_PIECE`` words: in a whole
        novel-length message nearly every trigram is somewhere, and a phrase's trigrams must be
        found close together anyway.
        """
        if len(words) <= _PIECE:
            return self._find(words, 0)
        found: list[Similar] = []
        step = _PIECE - _OVERLAP
        for start in range(0, len(words) - _OVERLAP, step):
            found.extend(self._find(words[start : start + _PIECE], start))
        return found

    def _find(self, words: list[Word], offset: int) -> list[Similar]:
        unit_grams = [grams(w.text, w.cjk) for w in words]
        message = frozenset().union(*unit_grams)
        by_gram = self._by_gram
        # Counted in C: a message shares a few hundred trigrams with the index.
        hits = Counter(chain.from_iterable(map(by_gram.__getitem__, message & self._indexed)))
        found: list[Similar] = []
        phrases, needed = self._grams, self._needed
        for index in [index for index, count in hits.items() if count >= _HITS]:
            phrase = phrases[index]
            if len(phrase & message) < needed[index]:
                continue
            best = self._best_stretch(index, phrase, unit_grams)
            if best is not None:
                found.append(Similar(best.index, best.start + offset, best.end + offset,
                                     frozenset(i + offset for i in best.own), best.score)
                             if offset else best)
        return found

    def _best_stretch(self, index: int, phrase: frozenset[str],
                      unit_grams: list[frozenset[str]]) -> Similar | None:
        size = self._sizes[index]
        total = len(phrase)
        sharing = [not g.isdisjoint(phrase) for g in unit_grams]
        best: Similar | None = None
        for start, shares in enumerate(sharing):
            if not shares:
                continue
            for length in range(max(1, size - 1), size + 2):
                end = start + length
                if end > len(unit_grams):
                    break
                if not sharing[end - 1]:
                    continue  # a word unlike the phrase at the end only lowers the score
                stretch = frozenset().union(*unit_grams[start:end])
                score = 2 * len(stretch & phrase) / (total + len(stretch))
                if score >= DISTRESS_SIMILARITY and (best is None or score > best.score) and (
                        self._every_long_word_in(index, unit_grams[start:end])) and (
                        self._last_short_word_in(index, unit_grams[start:end])) and (
                        self._in_order(index, unit_grams[start:end])):
                    own = frozenset(i for i in range(start, end) if unit_grams[i] & phrase)
                    best = Similar(index, start, end - 1, own, score)
        return best

    def _in_order(self, index: int, stretch: list[frozenset[str]]) -> bool:
        order = self._order.get(index)
        if order is None:
            return True
        return _nearest(order[0], stretch) < _nearest(order[1], stretch)

    def _last_short_word_in(self, index: int, stretch: list[frozenset[str]]) -> bool:
        """The short word ending a phrase is in the stretch, after the phrase's other words:
        "ne peut pas être vrai" has the particle "ne" of its own, not the "né" that ends "pas
        être né"."""
        last = self._last_short[index]
        if last is None:
            return True
        if last not in stretch:
            return False
        before = self._long_words[index]
        if not before:
            return True
        at = max(i for i, unit in enumerate(stretch) if unit == last)
        return _nearest(before[-1], stretch) < at

    def _every_long_word_in(self, index: int, stretch: list[frozenset[str]]) -> bool:
        return all(
            any(2 * len(word & unit) >= DISTRESS_SIMILARITY_WORD * (len(word) + len(unit))
                for unit in stretch)
            for word in self._long_words[index]
        )
