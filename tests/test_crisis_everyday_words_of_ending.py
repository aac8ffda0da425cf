"""Everyday words of wanting to die, of hurting oneself and of being gone by tomorrow, in the
languages that had none for them: French "je veux crever", Portuguese "me ferir", Korean
"ㅈㅅ 생각" and "존재 자체가 민폐", Chinese "不该出生", Japanese "明日にはもういない". The same
verbs of heat, a game or a wedding are not a crisis, and a word that only looks like a person
("o dia", the day) does not make the writer someone else.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "franchement je veux crever, j'en peux plus",
    "jveux crever ce soir",
    "tô com vontade de me ferir de novo",
    "ontem eu quis me ferir",
    "요즘 ㅈㅅ 생각밖에 안 나",
    "내 존재 자체가 민폐 같아",
    "我觉得我根本不应该出生",
    "我真的不該被生下來",
    "明日にはもういないと思う",
    "내일이면 나는 없을 거야",
])
def test_everyday_words_of_ending_are_a_crisis_of_the_writer(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "日子已經決定好了。走之前想把帳號都刪掉",
    "aku udah nentuin tanggalnya, sebelum itu mau hapus semua akun",
])
def test_a_chosen_day_and_clearing_everything_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "je vais crever de chaud dans ce bureau",
    "cette appli me fait crever de rire",
    "o jogador se feriu no jogo de ontem",
    "já escolhi o dia do casamento!",
])
def test_the_same_words_of_heat_a_game_or_a_wedding_are_not(message: str) -> None:
    assert_not_crisis(message)


def test_the_day_chosen_in_portuguese_is_the_writers_plan() -> None:
    # "o dia" is the day, not Indonesian "dia" (he, she): the plan is the writer's own
    assert_crisis("já escolhi o dia e escrevi cartas de despedida pra todo mundo",
                  kind=CrisisKind.SELF, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "j'ai envie de crever l'abcès avec mon manager",
    "je veux crever un pneu de son vélo pour rire",
])
def test_crever_with_an_object_bursts_something(message: str) -> None:
    assert_not_crisis(message)


def test_crever_before_a_time_is_still_dying() -> None:
    assert_crisis("je veux crever la nuit prochaine", kind=CrisisKind.SELF)
