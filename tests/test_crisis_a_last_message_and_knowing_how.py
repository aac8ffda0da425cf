"""A short "this is my last message" and "I already know how I'll do it", in German, Portuguese,
Russian, Indonesian, Japanese, Korean, Traditional Chinese, English, French, Spanish and Italian:
the helpline, gently. The same words before a holiday, a move to a new blog or a spreadsheet are
calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "ok, meine letzte Nachricht hier",
    "fica aqui minha última mensagem",
    "пусть это будет моё последнее сообщение",
    "ini pesan terakhirku",
    "これが最後のメッセージ",
    "이게 마지막 메시지야",
    "最後一則訊息了",
    "honestly i know how i'll do it",
    "je sais déjà comment je vais faire",
    "sé cómo lo voy a hacer",
    "so già come farlo",
    "ich verschenke meine Sachen",
])
def test_a_last_message_or_a_way_decided_is_gentle(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "das ist meine letzte Nachricht vor dem Urlaub, bis in zwei Wochen!",
    "i know exactly how i'd do it: refactor the parser first",
    "ya sé cómo lo voy a hacer, con una tabla dinámica",
    "これが最後の投稿です。新しいブログに引っ越します",
    "이게 마지막 글이야 다음부터는 새 카페에서 봐요",
    "ini pesan terakhirku sebelum cuti ya guys",
])
def test_the_same_words_before_a_holiday_or_a_task_are_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", ["ce soir je passe à l'acte", "heute Nacht zieh ich's durch"])
def test_going_through_with_it_tonight_is_gentle(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "le criminel est passé à l'acte hier soir selon la police",
    "das Projekt zieh ich durch, egal was der Chef sagt",
])
def test_a_criminal_or_a_project_is_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "this is my last message before my vacation",
    "this is my last message here, im leaving the company tomorrow",
    "this is my last message before i log off for the weekend",
    "logging off, goodbye everyone, see you tomorrow",
])
def test_a_last_message_before_a_holiday_or_logging_off_is_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "goodbye everyone. i wont log off this time, its over",
    "this is my last message. i wont see you tomorrow",
])
def test_a_departure_denied_is_still_a_farewell(message: str) -> None:
    assert_crisis(message)
