"""Wishing to close one's eyes and never open them again is a wish not to wake, as "never wake
up" is, in the languages that say it so; pills put aside, in Korean as in the other languages the
signs cover, are a means at hand; a burden whose family "would breathe" without them; no strength
left to go on is a weak sign; letters written to the family, for them to find tomorrow, are a plan
in every language the signs cover. The same words said of an app, a game, someone who died, a
dose of vitamins, a pet's medicine or letters sent for the holidays are not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "tô cansada demais, só queria fechar os olhos e nunca mais abrir",
    "a veces quisiera cerrar los ojos y no volver a abrirlos",
    "j'aimerais fermer les yeux et ne plus jamais les rouvrir",
    "vorrei solo chiudere gli occhi e non riaprirli più",
    "иногда хочется закрыть глаза и больше не открывать",
    "好累，想闭上眼睛再也不睁开",
    "もう二度と目を開けたくない",
    "honestly i'd like to close my eyes and never open them again",
])
def test_eyes_closed_for_good_is_a_wish_not_to_wake(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "약을 모아 뒀어. 이번 주말에 할 거야",
    "몇 달 동안 약 모았어. 오늘 밤이면 끝이야",
])
def test_pills_saved_up_with_a_time_is_a_plan_in_korean(message: str) -> None:
    assert_crisis(message)


def test_a_family_that_would_breathe_without_the_writer_is_a_burden() -> None:
    assert_crisis("je suis un poids pour eux, sans moi ils respireraient un peu")


def test_no_strength_to_go_on_with_giving_up_and_loneliness() -> None:
    assert_crisis("where do i find the strength to go on. i'm all alone and i want to give up")


@pytest.mark.parametrize("message", [
    "他闭上眼睛再也没有睁开，我们为他办了葬礼",
    "chiudere gli occhi per sempre è il titolo della canzone che sto traducendo",
    "закрыть глаза навсегда — это название песни, можно её цитировать?",
    "目を閉じて深呼吸して、二度と同じミスはしないと誓った",
    "강아지 약 모아둔 거 유통기한 지났는데 버려도 되나요",
    "할머니 약을 모아서 약국에 가져다 드렸어요",
    "약 모아서 한꺼번에 먹어도 되나요? 비타민이에요",
    "you guys could breathe without me micromanaging, i'm on leave next week",
])
def test_the_same_words_about_others_and_things_are_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "j'ai écrit des lettres à ma famille, ils les trouveront demain",
    "escribí cartas a mi familia, las encontrarán mañana",
    "escrevi cartas pra minha família, vão encontrar amanhã",
    "ho scritto lettere alla mia famiglia, le troveranno domani",
    "家族への手紙を書いた。明日見つけると思う",
    "가족들한테 편지 써놨어. 내일 발견하겠지",
    "给家人写好了信，明天他们会看到的",
    "aku udah nulis surat buat keluarga, besok mereka bakal nemu",
])
def test_letters_left_for_the_family_to_find_are_a_plan(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "j'ai écrit des lettres à ma famille pour Noël",
    "les escribí cartas a mi familia por Navidad, las envío mañana",
    "家族に手紙を書いた。来週届くと思う",
    "给家人写了信，春节寄回去",
    "mañana voy a encontrar el bug",
])
def test_letters_sent_for_the_holidays_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "真希望明天不會醒來",
    "真希望睡着了就不会再醒来",
    "그냥 내일이 안 왔으면 좋겠어",
])
def test_wishing_not_to_wake_or_no_tomorrow_in_chinese_and_korean(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "希望宝宝今晚不会醒来太多次",
    "我希望你明天不会醒来太晚",
    "希望宝宝今晚不会再醒来了",
])
def test_a_baby_or_someone_else_waking_is_not(message: str) -> None:
    assert_not_crisis(message)
