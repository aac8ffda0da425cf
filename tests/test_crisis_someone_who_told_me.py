"""Someone named who told the writer ("mi mejor amigo me dijo que se corta", "my best friend
told me she has been cutting") is the one in danger when no phrase says whose distress it is:
the reply is worded for a helper. "Me" is only who was told; a mother who told the writer to
eat less, beside "ya no quiero vivir", leaves the distress the writer's.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import MATCHER, assert_crisis


@pytest.mark.parametrize("message", [
    "mi mejor amigo me dijo que se corta desde hace meses",
    "my best friend told me she has been cutting for months, what do i do",
])
def test_someone_who_told_the_writer_is_the_one_in_danger(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "mi mamá me dijo que no coma tanto, ya no quiero vivir",
    "my mom would be so sad, but i want to die",
])
def test_the_writers_own_distress_stays_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_indonesian_aku_before_its_verb_is_the_one_saying() -> None:
    # "pacarku ga tau, aku bilang jatuh": I told my boyfriend I fell; the bruises are mine
    result = MATCHER.match("kalau stres aku mukul diri sendiri sampai memar. pacarku ga tau, "
                           "aku bilang jatuh dari motor")
    assert result.crisis_kind is CrisisKind.SELF


@pytest.mark.parametrize("message", [
    "我女儿说“我不想活了”，我该怎么办",
    "딸이 \"죽고 싶어\"라고 했어요",
    "my daughter said \"want to die\" and went to her room",
])
def test_words_quoted_after_someone_named_are_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "我说“我不想活了”，没人理我",
    "「死にたい」って毎日思う",
])
def test_the_writers_own_quoted_words_stay_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)
