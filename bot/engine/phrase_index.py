"""An inverted index of catalog phrases, matched word by word with typo tolerance.

A phrase is a bag of normalised words. Asking the index about a question gives, for every phrase
that shares a word with it, the *coverage*: the weighted share of the phrase's words that the
question contains. Words that many entries share weigh less (inverse document frequency), so
"account" counts for little and "subpoena" for a lot.

Typos are found without comparing the question with the whole vocabulary: every vocabulary word
is also filed under each of its one-letter deletions (the SymSpell idea), so a misspelt word finds
its candidates in a few dictionary look-ups, and RapidFuzz then scores each candidate.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.engine import normalize


@dataclass(frozen=True)
class IndexedPhrase:
    owner: int
    text: str
    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    total: float


SIMILAR_CACHE_SIZE = 50_000
_VOWELS = frozenset("aeiouy")
# Two forms of one word share at least this much of the longer one from the start.
PREFIX_SHARE = 0.7


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class PhraseIndex:
    """Phrases of several owners (catalog entries), ready to be matched against questions."""

    def __init__(
        self,
        phrases: Iterable[tuple[int, str]],
        *,
        keep_stopwords: bool,
        weighted: bool,
        typo_min_length: int,
        typo_min_ratio: float,
        typo_similarity: float,
        prefix_min_length: int | None,
        prefix_similarity: float = 0.0,
        synonyms: dict[str, str] | None = None,
        substitution_min_length: int = 0,
    ):
        self.keep_stopwords = keep_stopwords
        self.typo_min_length = typo_min_length
        self.typo_min_ratio = typo_min_ratio
        self.typo_similarity = typo_similarity
        self.prefix_min_length = prefix_min_length
        self.prefix_similarity = prefix_similarity
        self.synonyms = synonyms or {}
        self.substitution_min_length = substitution_min_length

        parsed: list[tuple[int, str, tuple[str, ...]]] = []
        owners_of: dict[str, set[int]] = defaultdict(set)
        owners: set[int] = set()
        for owner, text in phrases:
            words = tuple(dict.fromkeys(
                self.synonyms.get(w, w)
                for w in normalize.tokens(text, keep_stopwords=keep_stopwords)
            ))
            if not words:
                continue
            parsed.append((owner, text, words))
            owners.add(owner)
            for word in words:
                owners_of[word].add(owner)

        count = max(len(owners), 1)

        # A word weighs the same in every phrase that has it, so the weight is kept per word.
        self.weight_of = {
            word: math.log(1.0 + count / len(users)) if weighted else 1.0
            for word, users in owners_of.items()
        }
        self.unknown_weight = math.log(1.0 + count) if weighted else 1.0
        self.phrases: list[IndexedPhrase] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for owner, text, words in parsed:
            weights = tuple(self.weight_of[w] for w in words)
            index = len(self.phrases)
            self.phrases.append(IndexedPhrase(owner, text, words, weights, sum(weights)))
            for word in words:
                postings[word].append(index)
        # word -> indexes of the phrases that have it
        self.postings = dict(postings)
        words_of: dict[int, set[str]] = defaultdict(set)
        for phrase in self.phrases:
            words_of[phrase.owner].update(phrase.tokens)
        self.words_of = {owner: frozenset(words) for owner, words in words_of.items()}
        self._totals = [p.total for p in self.phrases]
        self._sizes = [len(p.tokens) for p in self.phrases]

        # Synonyms are vocabulary too, so a misspelt synonym still finds its group.
        self._known = set(self.postings) | {w for w, head in self.synonyms.items()
                                             if head in self.postings}
        self._by_deletion: dict[str, list[str]] = defaultdict(list)
        for word in self._known:
            if len(word) >= typo_min_length and not normalize.is_cjk_token(word):
                for variant in _deletions(word):
                    self._by_deletion[variant].append(word)
        self._by_deletion = dict(self._by_deletion)
        self._similar_cache: dict[str, list[tuple[str, float]]] = {}
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        if prefix_min_length:
            for word in self._known:
                if len(word) >= prefix_min_length and not normalize.is_cjk_token(word):
                    self._by_prefix[word[:prefix_min_length]].append(word)
        self._by_prefix = dict(self._by_prefix)

    def _substitution_ok(self, word: str, candidate: str) -> bool:
        if len(word) >= self.substitution_min_length or sorted(word) == sorted(candidate):
            return True
        # A different last letter is an inflection in many languages (suspendido/suspendida), and
        # a vowel for a vowel is how people misspell ("warrent"), rarely another real word.
        if word[:-1] == candidate[:-1]:
            return True
        diff = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
        return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS

    def clear_cache(self) -> None:
        self._similar_cache.clear()

    def similar_words(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words that ``word`` may stand for, with how much to trust each."""
        cached = self._similar_cache.get(word)
        if cached is not None:
            return cached
        found = self._find_similar(word)
        # The vocabulary never changes (a reload builds a new index), so answers can be kept;
        # the bound stops a stream of random words from growing memory without limit.
        if len(self._similar_cache) >= SIMILAR_CACHE_SIZE:
            self._similar_cache.clear()
        self._similar_cache[word] = found
        return found

    def _find_similar(self, word: str) -> list[tuple[str, float]]:
        word = self.synonyms.get(word, word)
        if word in self.postings:
            return [(word, 1.0)]
        if normalize.is_cjk_token(word) or not word.isalpha():
            return []
        found: dict[str, float] = {}
        if len(word) >= self.typo_min_length:
            candidates = set(self._by_deletion.get(word, ()))
            for variant in _deletions(word):
                if variant in self._known:
                    candidates.add(variant)
                candidates.update(self._by_deletion.get(variant, ()))
            cutoff = self.typo_min_ratio * 100
            for candidate in candidates:
                if len(candidate) == len(word) and not self._substitution_ok(word, candidate):
                    continue
                if fuzz.ratio(word, candidate, score_cutoff=cutoff):
                    found[self.synonyms.get(candidate, candidate)] = self.typo_similarity
        # Another form of a known word: "deletion" for "delet", "правоохранительных" for
        # "правоохранительные". Long shared beginnings, not short ones ("person"/"personal").
        if self.prefix_min_length and not found and len(word) > self.prefix_min_length:
            key = word[: self.prefix_min_length]
            for candidate in self._by_prefix.get(key, ()):
                shared = _shared_prefix(word, candidate)
                if shared > self.prefix_min_length and shared >= PREFIX_SHARE * max(
                    len(word), len(candidate)
                ):
                    head = self.synonyms.get(candidate, candidate)
                    found[head] = max(found.get(head, 0.0), self.prefix_similarity)
        return list(found.items())

    def expand(self, words: Iterable[str]) -> dict[str, float]:
        """The vocabulary words present in ``words`` (directly, by typo or synonym)."""
        found: dict[str, float] = {}
        for word in dict.fromkeys(words):
            for vocab_word, similarity in self.similar_words(word):
                if similarity > found.get(vocab_word, 0.0):
                    found[vocab_word] = similarity
        return found

    def coverage_of(
        self, expanded: dict[str, float], *, min_share: float = 0.0
    ) -> dict[int, float]:
        """For each phrase sharing a word with ``expanded`` (from ``expand``): the weighted share
        of it present.

        Phrases below ``min_share`` are left out: they cannot change a decision, and skipping
        them keeps big catalogs fast.
        """
        matched: dict[int, float] = {}
        get = matched.get
        postings, weight_of = self.postings, self.weight_of
        for vocab_word, similarity in expanded.items():
            credit = weight_of[vocab_word] * similarity
            for index in postings[vocab_word]:
                matched[index] = get(index, 0.0) + credit
        totals = self._totals
        return {
            index: credit / totals[index]
            for index, credit in matched.items()
            if credit >= min_share * totals[index]
        }

    def complete(self, words: Sequence[str], *, window: int | None = None) -> list[int]:
        """The phrases all of whose words are in ``words``.

        With ``window``, the words must also stand close together: within the phrase's length
        plus ``window`` consecutive words, so "cut down ... again" in a long story is not
        "cutting again".
        """
        counts: dict[int, int] = {}
        get = counts.get
        postings = self.postings
        for vocab_word in self.expand(words):
            for index in postings[vocab_word]:
                counts[index] = get(index, 0) + 1
        sizes = self._sizes
        found = [index for index, count in counts.items() if count == sizes[index]]
        if window is None or not found:
            return found
        positions = [{w for w, _ in self.similar_words(word)} for word in words]
        return [i for i in found if self._within(self.phrases[i].tokens, positions, window)]

    @staticmethod
    def _within(needed: tuple[str, ...], positions: list[set[str]], window: int) -> bool:
        if len(needed) == 1:
            return True
        span = len(needed) + window
        wanted = set(needed)
        for start, here in enumerate(positions):
            if not here & wanted:
                continue
            seen: set[str] = set()
            for later in positions[start : start + span]:
                seen |= later & wanted
            if seen == wanted:
                return True
        return False
