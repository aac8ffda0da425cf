"""A second opinion on the topic: a small learned model of which article a question is about.

The matcher (``matcher``) scores the catalog's phrases; it knows the words its maintainers
listed. This model has read thousands of questions people might ask about each article, in the
Help Center's languages, and questions about nothing we cover (other companies' products,
everyday life), and weighs the letter n-grams of their words (``letter_ngrams``). Its guess
settles what the phrases leave open (``topic_fusion``): a question no phrase matched, a
"did you mean" between close articles, a weak answer to a question about something else.

A multinomial logistic regression: one weight per n-gram and class (only those that matter are
kept), the class scores of a message are the sums of its words' weights over the root of their
n-gram count, plus each class's bias, turned into probabilities by a softmax. Trained by
``scripts/train_topic_model.py`` on ``data/training/topics/`` and the catalog's phrases, stored in
``data/topic_model.tsv``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, cast

from bot.engine.letter_ngrams import (
    ModelFileError,
    WordMemo,
    data_path,
    read_model_file,
    word_grams,
    words,
)

NONE = "none"
_ROW_CACHE = 500_000
_CLASSES = "<classes>"
_BIAS = "<bias>"
_NUMBER = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"


class Guess(NamedTuple):  # a tuple, not a dataclass: every question makes one per class
    label: str  # an entry id, or "none"
    probability: float


# A row of weights, one per class, is one integer: class i's weight in thousandths, times
# 2**(i * _FIELD). Adding rows adds every class's weights at once, exactly; a field holds sums up to
# 2**(_FIELD - 1) thousandths (over 500 million), far beyond any message's.
_FIELD = 40
_SCALE = 1000


def _pack(pairs: Iterable[tuple[int, float]]) -> int:
    return sum(round(weight * _SCALE) << (_FIELD * index) for index, weight in pairs)


def _unpack(packed: int, size: int) -> list[float]:
    mask = (1 << _FIELD) - 1
    half = 1 << (_FIELD - 1)
    values = []
    for _ in range(size):
        field = packed & mask
        if field >= half:  # a negative sum borrowed from the fields above
            field -= 1 << _FIELD
        values.append(field / _SCALE)
        packed = (packed - field) >> _FIELD
    return values


@lru_cache(maxsize=1)
def shipped() -> TopicModel:
    """The shipped model, read once per process."""
    return TopicModel.load(data_path("topic_model.tsv"))


class TopicModel:
    def __init__(self, classes: tuple[str, ...],
                 weights: Mapping[str, Sequence[tuple[int, float]] | str],
                 biases: tuple[float, ...], trained_on: dict[str, str] | None = None):
        """``weights``: each n-gram's (class index, weight) pairs, or the file's text of them
        ("3:0.512 7:-0.204"), packed when first needed. Weights are kept to the thousandth, as
        the file stores them."""
        self.classes = classes
        self.weights = weights
        self.biases = biases
        self.trained_on = trained_on or {}
        self._rows: dict[str, int] = {}
        self._word = WordMemo(self._weigh)

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        classes: tuple[str, ...] = ()
        biases: tuple[float, ...] = ()
        # Each n-gram's "class:weight" pairs are checked here but parsed on first use: most of
        # the 50,000 are never met, and parsing them all would add half a second to start-up.
        raw: dict[str, str] = {}
        pairs = None
        rows, trained_on = read_model_file(path)
        for number, line in rows:
            key, sep, value = line.partition("\t")
            try:
                if not sep:
                    raise ValueError
                if key == _CLASSES:
                    classes = tuple(value.split())
                    index = "|".join(str(i) for i in range(len(classes)))
                    pairs = re.compile(f"(?:(?:{index}):{_NUMBER})(?: (?:{index}):{_NUMBER})*")
                elif key == _BIAS:
                    biases = tuple(float(v) for v in value.split())
                    if not all(math.isfinite(b) for b in biases):
                        raise ValueError
                elif pairs is None or not pairs.fullmatch(value):
                    raise ValueError
                else:
                    raw[key] = value
            except ValueError:
                raise ModelFileError(
                    f"{path}:{number}: expected an n-gram, a tab and class:weight pairs") from None
        if not classes or len(biases) != len(classes) or NONE not in classes or not raw:
            raise ModelFileError(f"{path}: no <classes>, <bias> or weights: not a topic model")
        return cls(classes, raw, biases, trained_on)

    def clear_cache(self) -> None:
        """Forget the words' remembered weights (for benchmarks of the uncached path)."""
        self._word.clear()

    def unpack_all(self) -> None:
        """Pack every n-gram's row now, not on first use: a long-running server pays the quarter
        second once at start, where a question's first unseen n-grams otherwise paid it a row at
        a time (about a seventh of the time of a question never seen before)."""
        for gram in self.weights:
            self._row(gram)

    def _weigh(self, word: str) -> tuple[int, int]:
        """The word's n-gram weights for every class, summed and packed, and its n-gram count."""
        grams = word_grams(word)
        seen = list(map(self._rows.get, grams))
        rows = map(self._row, grams) if None in seen else cast(list[int], seen)
        # One integer addition per n-gram, in C, adds its weights for every class at once
        # (``_pack``): this was the uncached path's main cost, a Python loop over every
        # (class, weight) pair.
        return sum(rows), len(grams)

    def _row(self, gram: str) -> int:
        """The n-gram's weights for every class, packed (``_pack``), made once, on first use:
        this is the model's loading, done lazily (see ``load``)."""
        row = self._rows.get(gram)
        if row is None:
            pairs = self.weights.get(gram, ())
            if isinstance(pairs, str):
                pairs = [(int(position), float(value)) for position, _, value
                         in (part.partition(":") for part in pairs.split())]
            row = _pack(pairs)
            if len(self._rows) > _ROW_CACHE:  # unknown n-grams of endless new text
                self._rows.clear()
            self._rows[gram] = row
        return row

    def guesses(self, text: str) -> list[Guess]:
        """Every class with its probability, the likeliest first."""
        known = [self._word(word) for word in dict.fromkeys(words(text))]
        count = sum(grams for _, grams in known)
        scores = list(self.biases)
        if count:
            scale = 1 / math.sqrt(count)
            totals = _unpack(sum(packed for packed, _ in known), len(self.classes))
            scores = [t * scale + b for t, b in zip(totals, scores, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        ranked = sorted(zip(self.classes, exps, strict=True), key=itemgetter(1), reverse=True)
        return [Guess(label, e / total) for label, e in ranked]
