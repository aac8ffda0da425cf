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
    SECOND_PHRASE_BONUS,
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
        )
        self._crisis = CrisisDetector(catalog.crisis)

    def rank(self, question: str) -> list[Match]:
        """Every entry the question relates to, best first, with its score."""
        words = normalize.tokens(question_text(question))
        if not words:
            return []
        best: dict[int, list[float]] = {}
        for index, share in self._index.coverage(words).items():
            owner = self._index.phrases[index].owner
            score = share**COVERAGE_POWER
            top_two = best.setdefault(owner, [0.0, 0.0])
            if score > top_two[0]:
                top_two[0], top_two[1] = score, top_two[0]
            elif score > top_two[1]:
                top_two[1] = score
        scored = [
            Match(self._entries[owner], min(1.0, first + SECOND_PHRASE_BONUS * second))
            for owner, (first, second) in best.items()
        ]
        scored.sort(key=lambda m: (-m.confidence, m.entry.id))
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
