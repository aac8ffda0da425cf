"""People counted in figures, the subject named in the plural, and a game or program's bug
report are subjects, not anyone's distress: "in 2022, 1,204 people took their own lives in the
region" and "les suicides sont les premiers motifs d'urgence" are reports; "[Bug] the suicide
command respawns the player" is a program's. Nothing else of the writer's changes: a
writer who says "I" beside a figure, or writes their own distress in a bug report, is still
read as a crisis.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis_text import read
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "El informe anual registró 3,412 suicidios en la provincia, un 4.2 por ciento más.",
    "Letztes Jahr nahmen sich 9.215 Menschen das Leben, meldet das Landesamt.",
    "작년 한 해 동안 41명이 스스로 목숨을 끊었다고 보건소가 밝혔다.",
    "県内では昨年、312人が自ら命を絶った。",
    "Tahun lalu 2.300 orang bunuh diri di provinsi itu menurut dinas kesehatan.",
])
def test_people_counted_in_figures_are_a_report(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "I have attempted suicide 3 times and tonight I am thinking about it again",
    "i tried suicide twice this year, 2 times, and i want to try again",
    "我今年已经自杀过2次了，现在又想死",
    "our team of 12 people is great but I want to kill myself every single day",
])
def test_a_writer_beside_a_figure_is_still_in_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "[Bug] NPC suicide animation plays twice after loading a save",
    "The suicide verb ignores armor. Steps to reproduce: equip the helmet, use suicide, check log",
    "Bots can still suicide while stunned. Tested with the latest nightly build on linux.",
    "[Bug] 角色自杀后存档无法读取",
    "Expected behavior: the suicide button is greyed out for ghosts. Actual behavior: it works.",
])
def test_a_games_bug_report_is_the_programs(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "[Bug] the editor crashed and ate my thesis. honestly i want to kill myself",
    "Steps to reproduce: none. I just want to die, nothing works anymore",
    "[Bug] 又闪退了，我真的不想活了",
])
def test_the_writers_own_distress_in_a_bug_report_is_still_a_crisis(message: str) -> None:
    assert_crisis(message)


def test_a_decimal_point_or_a_thousands_comma_does_not_end_a_sentence() -> None:
    words = read("a rate of 4.9 per 100,000 people. next")
    assert [w.sentence for w in words] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert [w.clause for w in words[:9]] == [0] * 9


def test_german_im_is_not_an_english_im() -> None:
    """"im Forum" is "in the forum": the writer is not in a sentence that counts suicides."""
    assert_not_crisis("im Forum wurde gefragt, wie hoch die Zahl der Suizide ist und ob sie "
                      "steigt")
    assert_crisis("Im Moment will ich mich einfach nur umbringen")


@pytest.mark.parametrize("message", [
    "Les suicides et tentatives de suicide sont les premiers motifs d'urgence psychiatrique.",
    "Suicides among veterans are a national tragedy that the documentary explores.",
    "Selbstmorde unter Soldaten sind ein Tabuthema, über das kaum berichtet wird.",
])
def test_the_subject_named_in_the_plural_is_many_peoples(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "so many suicides in my family, i think i'm next",
    "ho pensieri suicidi da settimane",
    "recaí con las autolesiones otra vez",
])
def test_a_plural_beside_the_writer_or_an_adjective_is_still_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "the linter flags words listed in Suicide.yml, can we split that file?",
    "please review self_harm_terms.json before the release",
])
def test_a_files_name_is_quoted_to_a_program(message: str) -> None:
    assert_not_crisis(message)


def test_a_file_name_inside_the_writers_words_keeps_them() -> None:
    assert_crisis("i want to die.txt")
    words = read("open Suicide.yml now")
    assert [(w.text, w.code) for w in words] == [
        ("open", False), ("suicide", True), ("yml", True), ("now", False)]


@pytest.mark.parametrize("message", [
    "¿Cuántos suicidios se registraron en Chile el año pasado según las estadísticas oficiales?",
    "A taxa de suicídios entre jovens subiu, segundo o IBGE",
])
def test_a_look_alike_of_the_subjects_name_is_read_as_that_name(message: str) -> None:
    """"suicidios", "suicídios" are found by their likeness to "suicidio": a count all the same."""
    assert_not_crisis(message)


def test_a_look_alike_in_the_writers_own_sentence_is_still_a_crisis() -> None:
    assert_crisis("pienso en el suicidiio todo el tiempo")
