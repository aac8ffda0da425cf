"""Match a question to catalog entries: a pure function of the catalog and the text.

``Matcher(catalog).match(question)`` returns a ``Result``: the decision (answer, suggest, none or
crisis) and the entries to show, each with a confidence in [0, 1]. No Slack, no I/O, no logging of
the question: the same object serves the CLI, every Slack surface and the benchmarks.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from bot.engine import (
    disclaimers,
    distress_model,
    flaw_owner,
    foreign_links,
    form_fields,
    help_center,
    normalize,
    topic_fusion,
    topic_model,
)
from bot.engine.catalog import Catalog, Entry
from bot.engine.crisis import CrisisDetector, CrisisKind, CrisisLevel, Verdict, stronger
from bot.engine.language import LanguageDetector
from bot.engine.phrase_index import PhraseIndex
from bot.engine.question import question_text
from bot.engine.situations import Situations
from bot.engine.thresholds import (
    ANSWER_AT,
    ANSWER_MARGIN,
    COVERAGE_POWER,
    ELSEWHERE_ANSWER_AT,
    EVIDENCE_BONUS,
    EVIDENCE_HALF,
    EXPLAINED_FLOOR,
    LONE_WORD_PENALTY,
    MAX_QUESTION_CHARS,
    MIN_SHARE,
    NONE_BELOW,
    PREFIX_MIN_LENGTH,
    PREFIX_SIMILARITY,
    RESOURCE_WEIGHT,
    SPECIFICITY_HALF,
    SUBSTITUTION_MIN_LENGTH,
    SUGGEST_MAX,
    SUGGEST_WINDOW,
    TYPO_MIN_LENGTH,
    TYPO_MIN_RATIO,
    TYPO_SIMILARITY,
)
from bot.engine.word_runs import WordRuns

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
    # A crisis only: whose distress (the writer's, or someone they are helping) and how sure the
    # check is (only a confident crisis is escalated). None when not a crisis.
    crisis_kind: CrisisKind | None = None
    crisis_level: CrisisLevel | None = None

    @property
    def top(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def lead_id(self) -> str:
        """The id the reply leads with, or "none" (what evaluations compare)."""
        return self.matches[0].entry.id if self.matches else "none"


class _Lazy:
    """A question's topic guesses, worked out on first use (``functools.cache`` over a
    ``partial`` did the same, but building them cost more than most questions' guesses)."""

    __slots__ = ("_text", "_value", "_work")

    def __init__(self, work: Callable[[str], list[topic_model.Guess]], text: str):
        self._work = work
        self._text = text
        self._value: list[topic_model.Guess] | None = None

    def __call__(self) -> list[topic_model.Guess]:
        if self._value is None:
            self._value = self._work(self._text)
        return self._value


def _explained_share(asked: list[tuple[float, set[str]]], known: frozenset[str]) -> float:
    """The weighted share of the question's words that an entry's phrases know."""
    total = sum(weight for weight, _ in asked)
    if not total:
        return 1.0
    return sum(weight for weight, similar in asked if similar & known) / total


class Matcher:
    def __init__(self, catalog: Catalog, *, learned: bool = True):
        """``learned``: with the shipped distress and topic models (``distress_model``,
        ``topic_model``); without them, phrases and rules alone (to measure what they add)."""
        self.catalog = catalog
        self._entries = catalog.entries
        self._index = PhraseIndex(
            (
                (i, phrase)
                for i, entry in enumerate(self._entries)
                for phrase in entry.all_phrases()
            ),
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
        self._crisis = CrisisDetector(
            catalog.crisis, distress_model.shipped() if learned else None,
            other_languages_model=distress_model.shipped_for_other_languages() if learned else None,
            language_of=self.language_of)
        self._topics = topic_model.shipped() if learned else None
        self._other_products = WordRuns(catalog.other_products)
        self._own_names = WordRuns(catalog.own_names)
        self._elsewhere = WordRuns(catalog.elsewhere)
        self._known_words = frozenset(
            word for entry in self._entries for phrase in entry.all_phrases()
            for word in re.findall(r"\w+", phrase.lower()))
        self._situations = Situations(catalog.situations)
        self._by_number = {help_center.article_number(e.url): e for e in self._entries
                           if help_center.is_help_center_article(e)}
        self._language: LanguageDetector | None = None  # built on first use

    def language_of(self, question: str) -> str | None:
        """The question's Help Center locale when it is clear (``bot.engine.language``). Read
        apart from matching: no answer depends on it."""
        detector = self._language
        if detector is None:
            detector = self._language = LanguageDetector(self.catalog)
        return detector.detect(question_text(question))

    def clear_caches(self) -> None:
        """Forget remembered word look-ups (for benchmarks of the uncached path)."""
        self._index.clear_cache()
        self._crisis.clear_cache()
        if self._topics is not None:
            self._topics.clear_cache()

    def explain(self, question: str) -> list[tuple[Match, list[str]]]:
        """Ranked entries with the catalog phrases that earned their score (for maintainers)."""
        words = normalize.tokens(question_text(question))
        return [
            (Match(self._entries[owner], score), [self._index.phrases[i].text for i in phrases])
            for owner, score, phrases in self._scored(words, None)
        ]

    def distress_signals(self, question: str) -> list[str]:
        """The distress phrases and signs found in the question (for maintainers)."""
        return self._crisis.matched_phrases(question[:MAX_QUESTION_CHARS])

    def other_product(self, question: str) -> str | None:
        """The other company's product (or another organisation's site) the question is about
        (it names no product of ours)."""
        return self._not_ours(self._every_word(question), question[:MAX_QUESTION_CHARS])[0]

    def names_us(self, question: str) -> bool:
        """Whether the question names Claude or Anthropic (catalog `own_names`)."""
        return self._names_us(self._every_word(question))

    def elsewhere(self, question: str) -> str | None:
        """The asker's own context the question names (catalog `elsewhere`), if it names us not."""
        return self._not_ours(self._every_word(question), question[:MAX_QUESTION_CHARS])[1]

    def situation(self, question: str) -> str | None:
        """The article of the catalog `situation` the question describes, if any."""
        return self._situations.article_for(self._every_word(question))

    @staticmethod
    def _every_word(question: str) -> list[str]:
        return normalize.analyze(question_text(question))[0]

    def _names_us(self, every_word: list[str]) -> bool:
        return self._own_names.first_in(every_word) is not None

    def _not_ours(self, every_word: list[str], raw: str) -> tuple[str | None, str | None]:
        """The other product (or another organisation's link or inbox) and the asker's own
        context the question names, each None when there is none or when the question also
        names us (one look for our names serves both)."""
        if self._names_us(every_word):
            return None, None
        other = (self._other_products.first_in(every_word) or foreign_links.foreign_link(raw)
                 or flaw_owner.flaw_owner(raw, self._known_words))
        return other, self._elsewhere.first_in(every_word)

    def match(self, question: str) -> Result:
        text = question_text(question)
        # The topic is read without what the question says it is not about; distress, below,
        # on every word.
        topical = disclaimers.without(text)
        every_word, words = normalize.analyze(topical)
        ranked = [Match(self._entries[o], s) for o, s, _ in self._scored(words, RANKED_MAX)]
        shortlist = tuple(ranked)
        # "my chatgpt account got banned, how do i appeal" uses our words for someone else's
        # product: our articles cannot help, so it is declined (with the support link) however well
        # it scores, unless it also names Claude or Anthropic ("banned from chatgpt, will claude
        # ban me too?"). Distress still wins over this, in every message: a person in crisis gets
        # the helpline whatever product they mention, only without our topical article.
        # The question as sent, within the bound every reading of it keeps: links and distress
        # are looked for there, as stripping markup may only ever lose words.
        raw = question[:MAX_QUESTION_CHARS] if question else ""
        other_product, context = self._not_ours(every_word, raw)
        # The topic model's guesses, worked out on first use only: most questions are settled by
        # their phrases alone.
        guesses = _Lazy(self._topics.guesses, topical) if self._topics else None
        # "how do i set up parental controls on my kid's ipad", "do police need a warrant to
        # search my phone at a traffic stop": our topics' words, said of the asker's own world
        # (catalog `elsewhere`) and not of Claude. Declined like another product's question,
        # unless the question matches an article strongly (ELSEWHERE_ANSWER_AT) and the topic
        # model does not take it for one about nothing of ours ("does google hand gmail contents
        # to the police" matches our law-enforcement phrases strongly, and is about Google).
        elsewhere = context is not None and (
            not ranked or ranked[0].confidence < ELSEWHERE_ANSWER_AT
            or (guesses is not None and guesses()[0].label == topic_model.NONE))
        in_form = form_fields.is_bug_report(raw)
        verdict = self._crisis.assess(text, in_form=in_form)
        if raw != text:
            verdict = stronger(verdict, self._crisis.assess(raw, in_form=in_form))
        if verdict is not None:
            return self._crisis_result(ranked, shortlist, verdict,
                                       topical=other_product is None and not elsewhere)
        # A pasted link to one of our articles ("claude code keeps linking
        # support.claude.com/en/articles/8106465 and i don't know why") names what it is about.
        linked = next((self._by_number[n] for n in help_center.linked_numbers(raw)
                       if n in self._by_number), None)
        if linked is not None:
            return Result(Decision.ANSWER, (Match(linked, 1.0),), shortlist)
        # A situation the catalog names settles the article, even for a question set in the
        # asker's own project ("will this plugin get my max plan banned?"), but not for one about
        # another company's product.
        situation = (self._situations.article_for(every_word) if other_product is None
                     else None)
        if situation is not None:
            scored = next((m.confidence for m in ranked if m.entry.id == situation), 0.0)
            return Result(Decision.ANSWER, (Match(self.catalog.get(situation),
                                                  max(scored, ANSWER_AT)),), shortlist)
        if other_product is not None or elsewhere:
            return Result(Decision.NONE, (), shortlist)
        if not ranked or ranked[0].confidence < NONE_BELOW:
            found = topic_fusion.for_none(guesses, self.catalog) if guesses else None
            if found is not None:
                return Result(Decision.ANSWER, (Match(*found),), shortlist)
            return Result(Decision.NONE, (), shortlist)
        first = ranked[0]
        runner_up = ranked[1].confidence if len(ranked) > 1 else 0.0
        close = [
            m for m in ranked[:SUGGEST_MAX]
            if m.confidence >= max(NONE_BELOW, first.confidence - SUGGEST_WINDOW)
        ]
        clearly_ahead = first.confidence - runner_up >= ANSWER_MARGIN
        if len(close) == 1 or (first.confidence >= ANSWER_AT and clearly_ahead):
            # Naming Claude or Anthropic keeps a question ours, whatever the model thinks; so
            # does asking about the helpline ("how do i turn off the mental health popup"):
            # shown when not needed, it costs a kind word.
            if (guesses and first.entry.id != self.catalog.crisis.id
                    and topic_fusion.declines(guesses, first.entry.id, first.confidence)
                    and not self._names_us(every_word)):
                return Result(Decision.NONE, (), shortlist)
            instead = (topic_fusion.instead_of(guesses, first.entry.id, first.confidence,
                                               self.catalog) if guesses else None)
            return Result(Decision.ANSWER, (Match(*instead) if instead else first,), shortlist)
        picked = (topic_fusion.for_suggestions(guesses, [m.entry.id for m in close])
                  if guesses else None)
        if picked is not None:
            label, sure = picked
            chosen = next(m for m in close if m.entry.id == label)
            if sure:
                return Result(Decision.ANSWER, (chosen,), shortlist)
            close = [chosen, *(m for m in close if m is not chosen)]
        return Result(Decision.SUGGEST, tuple(close), shortlist)

    def _scored(self, words: list[str], limit: int | None) -> list[tuple[int, float, list[int]]]:
        """(entry index, score, its two best phrase indexes), best first."""
        if not words:
            return []
        index_ = self._index
        phrases = index_.phrases
        expanded = index_.expand(words)
        # owner -> [best score, its phrase, second score, its phrase]: floats and phrase indexes,
        # in a list updated in place because this loop runs for every phrase a question touches.
        best: dict[int, list[Any]] = {}
        for index, share in index_.coverage_of(expanded, min_share=MIN_SHARE).items():
            phrase = phrases[index]
            matched_weight = share * phrase.total
            score = share**COVERAGE_POWER * matched_weight / (matched_weight + SPECIFICITY_HALF)
            top = best.get(phrase.owner)
            if top is None:
                best[phrase.owner] = [score, index, 0.0, -1]
            elif score > top[0]:
                top[2], top[3] = top[0], top[1]
                top[0], top[1] = score, index
            elif score > top[2]:
                top[2], top[3] = score, index
        entries = self._entries
        scored = []
        weight_of = index_.weight_of
        # Only entries that could reach a decision are worth the extra look.
        floor = NONE_BELOW - EVIDENCE_BONUS
        asked: list[tuple[float, set[str]]] | None = None
        for owner, (first, first_phrase, _, second_phrase) in best.items():
            evidence = 0.0
            explained = 1.0
            if first >= floor:
                # More of the question's words that this entry knows, beyond its best phrase.
                in_best = phrases[first_phrase].tokens
                known = index_.words_of[owner]
                extra = sum(weight_of[w] * sim for w, sim in expanded.items()
                            if w in known and w not in in_best)
                evidence = EVIDENCE_BONUS * extra / (extra + EVIDENCE_HALF)
                if asked is None:
                    asked = self._question_weights(words)
                explained = _explained_share(asked, known)
            score = min(1.0, first + evidence) * min(1.0, EXPLAINED_FLOOR + explained)
            if LONE_WORD_PENALTY and evidence == 0.0 and len(phrases[first_phrase].tokens) == 1:
                # One catalog word and nothing else the entry knows, in a question mostly about
                # other things ("is there a police station near the office").
                score *= min(1.0, explained + LONE_WORD_PENALTY)
            if entries[owner].kind == "resource":
                score *= RESOURCE_WEIGHT
            used = [first_phrase] if second_phrase < 0 else [first_phrase, second_phrase]
            scored.append((owner, score, used))

        def order(row: tuple[int, float, list[int]]) -> tuple[float, str]:
            return (-row[1], entries[row[0]].id)

        if limit is not None and len(scored) > limit:
            return heapq.nsmallest(limit, scored, key=order)
        return sorted(scored, key=order)

    def _question_weights(self, words: list[str]) -> list[tuple[float, set[str]]]:
        """Each distinct question word: its weight, and the vocabulary words it stands for.

        A word the catalog does not know weighs as much as the rarest word it does: "parking" in
        "appeal a parking ticket" is exactly the kind of word that says the question is elsewhere.
        """
        index_ = self._index
        out = []
        for word in dict.fromkeys(words):
            similar = {w for w, _ in index_.similar_words(word)}
            weight = max((index_.weight_of[w] for w in similar), default=index_.unknown_weight)
            out.append((weight, similar))
        return out

    def _crisis_result(
        self, ranked: list[Match], shortlist: tuple[Match, ...], verdict: Verdict, *,
        topical: bool = True
    ) -> Result:
        crisis = self.catalog.crisis
        matches = [Match(crisis, 1.0)]
        others = [m for m in ranked if m.entry.id != crisis.id] if topical else []
        if others and others[0].confidence >= ANSWER_AT:
            matches.append(others[0])
        return Result(Decision.CRISIS, tuple(matches), shortlist,
                      crisis_kind=verdict.kind, crisis_level=verdict.level)
