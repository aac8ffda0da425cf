"""Match a question to catalog entries: a pure function of the catalog and the text.

``Matcher(catalog).match(question)`` returns a ``Result``: the decision (answer, suggest, none or
crisis) and the entries to show, each with a confidence in [0, 1]. No Slack, no I/O, no logging of
the question: the same object serves the CLI, every Slack surface and the benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot import normalize
from bot.catalog import Catalog, Entry
from bot.crisis import CrisisDetector
from bot.phrase_index import PhraseIndex
from bot.question import question_text
from bot.thresholds import (
    ANSWER_AT,
    ANSWER_MARGIN,
    COVERAGE_POWER,
    MAX_QUESTION_CHARS,
    NONE_BELOW,
    PREFIX_MIN_LENGTH,
    PREFIX_SIMILARITY,
    RESOURCE_WEIGHT,
    SECOND_PHRASE_BONUS,
    SPECIFICITY_HALF,
    SUBSTITUTION_MIN_LENGTH,
    SUGGEST_MAX,
    SUGGEST_WINDOW,
    TYPO_MIN_LENGTH,
    TYPO_MIN_RATIO,
    TYPO_SIMILARITY,
)

RANKED_MAX = 5


class Decision(str, Enum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    NONE = "none"
    CRISIS = "crisis"


@dataclass(frozen=True)
class Match:
    entry: Entry
    confidence: float


@dataclass(frozen=True)
class Result:
    """What to tell the person.

    ``matches`` is what the reply shows: the answer; two or three suggestions; nothing; or, for a
    crisis, the helpline article first (then the topical answer, if the question also had one).
    ``ranked`` is the best few candidates whatever the decision, for triage and "not helpful".
    """

    decision: Decision
    matches: tuple[Match, ...]
    ranked: tuple[Match, ...]

    @property
    def top(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def lead_id(self) -> str:
        """The id the reply leads with, or "none" (what evaluations compare)."""
        return self.matches[0].entry.id if self.matches else "none"


class Matcher:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._entries = catalog.entries
        self._index = PhraseIndex(
            ((i, phrase) for i, entry in enumerate(self._entries) for phrase in entry.all_phrases()),
            keep_stopwords=False,
            weighted=True,
            typo_min_length=TYPO_MIN_LENGTH,
            typo_min_ratio=TYPO_MIN_RATIO,
            typo_similarity=TYPO_SIMILARITY,
            prefix_min_length=PREFIX_MIN_LENGTH,
            prefix_similarity=PREFIX_SIMILARITY,
            synonyms=catalog.synonyms,
            substitution_min_length=SUBSTITUTION_MIN_LENGTH,
        )
        self._crisis = CrisisDetector(catalog.crisis)

    def rank(self, question: str) -> list[Match]:
        """Every entry the question relates to, best first, with its score."""
        return [Match(self._entries[owner], score) for owner, score, _ in self._scored(question)]

    def explain(self, question: str) -> list[tuple[Match, list[str]]]:
        """Ranked entries with the catalog phrases that earned their score (for maintainers)."""
        return [
            (Match(self._entries[owner], score), [self._index.phrases[i].text for i in phrases])
            for owner, score, phrases in self._scored(question)
        ]

    def _scored(self, question: str) -> list[tuple[int, float, list[int]]]:
        words = normalize.tokens(question_text(question))
        if not words:
            return []
        # owner -> [(phrase score, phrase index)], best two kept
        best: dict[int, list[tuple[float, int]]] = {}
        for index, share in self._index.coverage(words).items():
            phrase = self._index.phrases[index]
            matched_weight = share * phrase.total
            score = share**COVERAGE_POWER * matched_weight / (matched_weight + SPECIFICITY_HALF)
            top_two = best.setdefault(phrase.owner, [])
            top_two.append((score, index))
            if len(top_two) > 2:
                top_two.sort(reverse=True)
                top_two.pop()
        scored = []
        for owner, top_two in best.items():
            top_two.sort(reverse=True)
            first = top_two[0][0]
            second = top_two[1][0] if len(top_two) > 1 else 0.0
            score = min(1.0, first + SECOND_PHRASE_BONUS * second)
            if self._entries[owner].kind == "resource":
                score *= RESOURCE_WEIGHT
            scored.append((owner, score, [i for _, i in top_two]))
        scored.sort(key=lambda row: (-row[1], self._entries[row[0]].id))
        return scored

    def match(self, question: str) -> Result:
        text = question_text(question)
        ranked = self.rank(text)
        shortlist = tuple(ranked[:RANKED_MAX])
        # Distress is looked for in the raw text too: stripping markup may only ever lose words.
        if self._crisis.in_distress(question[:MAX_QUESTION_CHARS]) or self._crisis.in_distress(text):
            return self._crisis_result(ranked, shortlist)
        if not ranked or ranked[0].confidence < NONE_BELOW:
            return Result(Decision.NONE, (), shortlist)
        first = ranked[0]
        runner_up = ranked[1].confidence if len(ranked) > 1 else 0.0
        close = [
            m for m in ranked[:SUGGEST_MAX]
            if m.confidence >= max(NONE_BELOW, first.confidence - SUGGEST_WINDOW)
        ]
        clearly_ahead = first.confidence - runner_up >= ANSWER_MARGIN
        if len(close) == 1 or (first.confidence >= ANSWER_AT and clearly_ahead):
            return Result(Decision.ANSWER, (first,), shortlist)
        return Result(Decision.SUGGEST, tuple(close), shortlist)

    def _crisis_result(self, ranked: list[Match], shortlist: tuple[Match, ...]) -> Result:
        crisis = self.catalog.crisis
        matches = [Match(crisis, 1.0)]
        topical = [m for m in ranked if m.entry.id != crisis.id]
        if topical and topical[0].confidence >= ANSWER_AT:
            matches.append(topical[0])
        return Result(Decision.CRISIS, tuple(matches), shortlist)
