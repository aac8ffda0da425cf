"""The benchmark's uncached figures are uncached: every word memo in the process is emptied."""

from __future__ import annotations

from functools import _lru_cache_wrapper

from bot.cli.bench import SAMPLE_QUESTIONS, forget_words
from bot.engine import crisis_lang, crisis_similarity, letter_ngrams, normalize
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Matcher

MODULE_MEMOS: tuple[_lru_cache_wrapper[object], ...] = (
    normalize.stem, crisis_lang.message_keys, crisis_lang.family_keys, crisis_similarity.grams,
    letter_ngrams.word_grams, letter_ngrams.words)


def test_forget_words_empties_every_word_memo() -> None:
    matcher = Matcher(load_catalog())
    for question in SAMPLE_QUESTIONS:
        matcher.match(question)
    assert all(memo.cache_info().currsize > 0 for memo in MODULE_MEMOS)
    forget_words(matcher)
    assert [memo.cache_info().currsize for memo in MODULE_MEMOS] == [0] * len(MODULE_MEMOS)


def test_sample_questions_are_of_realistic_length() -> None:
    # The development set's questions have a median of 9 words; a list of short ones made the
    # figures look a third better than they are.
    lengths = sorted(len(q.split()) for q in SAMPLE_QUESTIONS if q)
    assert lengths[len(lengths) // 2] >= 9
    assert max(lengths) >= 40
