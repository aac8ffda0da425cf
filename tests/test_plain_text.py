"""How text in the languages beyond the Help Center's is compared with the catalog's phrases."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.plain_text import CLAUSE, QUOTE, plain


def test_plain_text_keeps_thai_and_hindi_vowels_and_drops_what_people_leave_out() -> None:
    assert plain("ไม่อยากตาย") == "ไม่อยากตาย"
    assert plain("ख़ुद को") == "खुद को"  # the nukta, often not typed
    assert plain("أُريد") == "اريد"  # vowel points and the hamza seat
    assert plain("می‌خوام") == "میخوام".replace("ی", "ي")  # one word, one yeh
    assert plain("Łódź, İstanbul") == "lodz | istanbul"


@pytest.mark.parametrize("text", [
    "Hello, World! I'm here; it's fine: ok?",
    "a_b|c-d (e) \"f\" 42",
    "",
])
def test_ascii_text_reads_the_same_by_its_fast_path(text: str) -> None:
    # The same text with one letter that is not ASCII takes the general path.
    assert plain(text + " é") == plain(text) + (" e" if plain(text) else "e")


def test_each_clause_end_is_one_mark_and_nothing_else_is() -> None:
    assert plain("Nie. Chcę umrzeć!") == f"nie {CLAUSE} chce umrzec {CLAUSE}"
    assert CLAUSE not in plain("a | b")  # a bar someone typed is no clause's end


def test_double_quotation_marks_of_every_script_are_one_mark_and_apostrophes_none() -> None:
    for text in ('"x"', "“x”", "„x“", "«x»", "「x」"):
        assert plain(text) == f"{QUOTE} x {QUOTE}", text
    assert QUOTE not in plain("l'amour c'est 'ça'")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_reads_into_words_and_marks_without_empty_ones(text: str) -> None:
    flat = plain(text)
    assert flat == " ".join(flat.split())  # single spaces, no ends
    for word in flat.split():
        # a mark of its own, or a word with a letter, digit or vowel sign in it
        assert word in (CLAUSE, QUOTE) or any(
            ch.isalnum() or unicodedata.category(ch).startswith("M") for ch in word), word
