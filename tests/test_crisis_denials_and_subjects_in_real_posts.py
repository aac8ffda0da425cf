"""What a development set of real posts in ten languages taught (data/eval/stress/
realposts_distress_dev.yaml, read this round), and last round's written set (nineteenth.yaml,
read after its two runs): a Japanese writer who never had the thought ("自殺なんて考えたことない")
but not one who has it every day ("考えない日はない"); suicide cases in the news, a short story, a
list of flagged words and a relative's death are subjects or someone else's; a farewell letter
and "at my limit" are shown gently, not escalated; self-harm in Russian and Portuguese, being a
burden at home in Spanish; a German main character ("Hauptfigur") is a story's, and "does it
break the rules" in other languages asks about the Usage Policy.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.answers import assert_answers
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "残業ばかりの会社だったけど、自殺なんか考えなかったですよ",
    "自殺なんて考えたことないです。ただバナーが出た理由を知りたい",
    "自殺なんて考えたことがありません",
    "死にたいとは思わないけど、仕事が本当にきつい",
])
def test_a_japanese_writer_who_never_had_the_thought(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "自殺を考えない日はない",
    "死にたいなんて思わない日はない",
])
def test_not_a_day_without_the_thought_is_a_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "berita tentang maraknya kasus bunuh diri mahasiswa bikin sedih",
    "Cerpen: Jangan Kau Bunuh Diri, karya anak kelas sembilan",
    "some self harm words get flagged wrongly, like 'skilled' containing 'killed'",
    "self-harm word list review for the moderation bot",
])
def test_cases_in_the_news_a_short_story_and_flagged_words_are_subjects(message: str) -> None:
    assert_not_crisis(message)


def test_a_relatives_suicide_is_someone_elses() -> None:
    assert_crisis("ein Verwandter hat letztes Jahr Selbstmord begangen", kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "una carta de despedida para mi ex, ¿me ayudas a corregirla?",
    "会社がブラックで、もう限界かもしれない",
])
def test_a_farewell_letter_and_at_my_limit_are_shown_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "смотрю на шрамы на руках и вспоминаю, как провёл лезвием по руке",
    "cortes no pulso e na coxa de novo, só pra aliviar",
    "não consigo parar de me automutilar",
    "en mi casa soy un bulto, nadie me necesita",
])
def test_self_harm_and_being_a_burden(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "у меня шрамы на руках после ожога на кухне",
    "fiz cortes na barriga do peixe antes de assar",
    "perdón si soy una molestia, ¿me ayudas con este código?",
])
def test_the_same_words_in_everyday_use_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize(("question", "article"), [
    ("meine Hauptfigur will sich umbringen – verstößt das gegen die Regeln, wenn Claude mir "
     "beim Schreiben hilft?", "usage-policy"),
    ("mi personaje se quiere morir en el capítulo 3, ¿escribirlo con Claude va contra las "
     "reglas?", "usage-policy"),
    ("estou escrevendo um roteiro em que a personagem tenta suicídio; o Claude pode ajudar ou "
     "isso viola as regras?", "usage-policy"),
])
def test_a_main_character_and_the_rules_in_other_languages(question: str, article: str) -> None:
    assert_answers(question, article)


@pytest.mark.parametrize("message", [
    "a relative, who I barely knew, committed suicide",
    "Ein Verwandter, mit dem ich nur wenig zu tun hatte, hat Selbstmord begangen.",
    "mi amiga, con la que hablo cada día, quiere suicidarse",
])
def test_the_writer_in_a_relative_clause_does_not_make_it_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "I, who never complain, want to kill myself",
    "honestly, that i can say, i want to die",
])
def test_the_writers_own_words_around_a_relative_clause_stay_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "ein Freund von mir will sich umbringen",
    "eine Freundin von mir will nicht mehr leben, was soll ich tun?",
])
def test_a_german_friend_of_mine_is_someone_else(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "mein Kumpel will sich umbringen, was mache ich?",
    "mi vecina dice que se quiere morir",
    "моя соседка говорит, что не хочет жить",
    "tetangga saya bilang mau bunuh diri",
])
def test_pals_partners_and_neighbours_are_someone_else(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "ich will sterben, mein Kumpel weiß nichts davon",
    # a husband is so often in the writer's own story
    "муж опять бьёт, уйти некуда, я больше не хочу жить",
])
def test_the_writer_who_names_a_pal_or_a_husband_is_still_the_writer(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "mi amiga me dijo que se quiere morir",
    "minha amiga me disse que quer morrer",
])
def test_the_me_someone_told_is_not_the_me_of_the_phrase(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


def test_the_writers_own_me_still_counts() -> None:
    assert_crisis("ya no aguanto más, me quiero morir", kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "Depois do caso de suicídio na escola, a diretoria mudou o protocolo de atendimento",
    "il caso di suicidio in caserma è finito in tribunale",
])
def test_a_case_of_it_in_the_singular_is_a_subject_too(message: str) -> None:
    assert_not_crisis(message)


def test_the_writers_own_wish_beside_a_case_is_still_a_crisis() -> None:
    assert_crisis("no es un caso de suicidio, es que me quiero morir")
