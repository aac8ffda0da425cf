"""The third look: a small learned model of how distress reads, for wordings no phrase holds.

Phrases and signs (``crisis_phrases``) know the words the catalog lists and their forms; the
similarity look (``crisis_similarity``) knows what is a letter or two away from them. Neither knows
a sentence nobody listed ("tired of existing, not sleepy tired", "i've run out of reasons"). This
model has read many whole messages, in every language the catalog covers, some written by people
in distress and many that only look like it (idioms, games, professionals, questions about the
helpline), and weighs the pieces of words they are made of.

It is a logistic regression over the letter n-grams of the message's different words
(``letter_ngrams``), counted, the count vector divided by the square root of its sum: a
message's score is the sum of its words' weights over the root of their n-gram count, and each
word is weighed once. Trained by ``scripts/train_distress_model.py`` on
``data/training/distress/`` (a snapshot of the catalog's phrases among them, as calm text),
stored as one weight per n-gram in ``data/distress_model.tsv``. Its score alone never
escalates: above ``DISTRESS_MODEL_GENTLE`` it offers the helpline gently, and only when the rules
found nothing that says otherwise (a denial, a story, a joke, a professional, an everyday mishap).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from bot.engine.catalog import Catalog
from bot.engine.letter_ngrams import (
    ModelFileError,
    WordMemo,
    data_path,
    read_model_file,
    word_grams,
    words,
)

# Long messages are scored in windows of this many words (half overlapping), and the message
# by its most worrying window: two alarming lines in a long ticket must not be diluted by the
# rest of it.
WINDOW = 60


@lru_cache(maxsize=1)
def shipped() -> DistressModel:
    """The shipped model, read once per process: it does not change when the catalog does."""
    return DistressModel.load(data_path("distress_model.tsv"))


@lru_cache(maxsize=1)
def shipped_for_other_languages() -> DistressModel:
    """The model for messages in no language the Help Center publishes in: trained on the same
    corpus and on messages in thirty other languages besides
    (``data/training/distress_other_languages/``). Kept apart so that the Help Center
    languages' messages are weighed exactly as before it."""
    return DistressModel.load(data_path("distress_model_other_languages.tsv"))


def calm_phrases(catalog: Catalog) -> list[str]:
    """What people call the catalog's entries (titles, phrases, keywords, other languages):
    questions about a topic, which the model learns as calm text."""
    return [phrase for entry in catalog.entries for phrase in entry.all_phrases()]


def _windows(word_list: Sequence[str]) -> Iterator[Sequence[str]]:
    if len(word_list) <= WINDOW:
        yield word_list
        return
    step = WINDOW // 2
    for start in range(0, len(word_list) - step, step):
        yield word_list[start : start + WINDOW]


class DistressModel:
    def __init__(self, weights: dict[str, float], bias: float,
                 trained_on: dict[str, str] | None = None):
        self._weights = weights
        self._bias = bias
        # Fingerprints of what it was trained on ("training", "catalog"), from the file's header.
        self.trained_on = trained_on or {}
        self._word = WordMemo(self._weigh)

    @classmethod
    def load(cls, path: Path) -> DistressModel:
        weights: dict[str, float] = {}
        bias: float | None = None
        rows, trained_on = read_model_file(path)
        for number, line in rows:
            gram, sep, value = line.rpartition("\t")
            try:
                weight = float(value)
            except ValueError:
                weight = math.nan
            if not sep or not math.isfinite(weight):
                raise ModelFileError(f"{path}:{number}: expected an n-gram, a tab and a weight")
            if gram == "<bias>":
                bias = weight
            else:
                weights[gram] = weight
        if bias is None or not weights:
            raise ModelFileError(f"{path}: no <bias> line or no weights: not a distress model")
        return cls(weights, bias, trained_on)

    def score(self, text: str) -> float:
        """How much ``text`` reads like a message from a person in distress, from 0 to 1."""
        return max((self._score_words(w) for w in _windows(words(text))), default=0.0)

    def clear_cache(self) -> None:
        """Forget the words' remembered weights (for benchmarks of the uncached path)."""
        self._word.clear()

    def _weigh(self, word: str) -> tuple[float, int]:
        """The word's summed n-gram weights and its n-gram count."""
        grams = word_grams(word)
        return sum(map(self._weights.get, grams, repeat(0.0, len(grams)))), len(grams)

    def _score_words(self, word_list: Sequence[str]) -> float:
        total = count = 0.0
        for word in dict.fromkeys(word_list):
            weight, grams = self._word(word)
            total += weight
            count += grams
        if not count:
            return 0.0
        return 1.0 / (1.0 + math.exp(-(total / math.sqrt(count) + self._bias)))
