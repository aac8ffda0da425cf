"""The person named just before a wish to die may be a story's: "the character wants to kill
herself in chapter 2" asks about writing, not about anyone's life, and gets no crisis reply and no
escalation notice. A hero is also what a real person is to someone ("my hero, my dad"): only a
story being written makes the hero a story's. Someone named nearer the wish is who it is about,
and a story named elsewhere in the message does not make a person of the writer's own a story's
("my sister loves movies, and last night she told me she wants to die"). Someone in a book or a
play the writer asks Claude about gets the helpline gently, never an escalation notice, unless the
writer names a person of their own."""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "Je dois écrire une nouvelle où le héros veut se suicider, Claude refuse ?",
    "the character wants to kill herself in chapter 2, can claude write it?",
    "the heroine of my screenplay wants to die, is that ok to write with claude?",
    "Escribo un relato en el que el héroe quiere quitarse la vida, ¿Claude lo escribe?",
    "my character's sister wants to die in my novel, can claude write it?",
])
def test_a_wish_of_the_storys_person(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "my hero wants to die",
    "mon héros veut se suicider, c'est mon père",
    "mon héros c'est mon père et il veut se suicider",
    "my hero, my dad, told me he wants to kill himself",
    "my sister loves movies, and last night she told me she wants to die",
    "mi hermana estaba viendo una serie y me dijo que quiere suicidarse",
    "my friend is writing a novel but honestly he told me he wants to kill himself for real",
    "mon ami écrit un roman mais il m'a dit qu'il veut vraiment mourir",
    "teman saya suka nonton film, tapi kemarin dia bilang mau bunuh diri",
])
def test_a_real_persons_wish(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "mi libro trata de una chica que se quiere suicidar, claude me ayudaría con los diálogos?",
    "im writing a play where the dad wants to die, will claude refuse?",
    "In meinem Buch will das Mädchen nicht mehr leben, schreibt Claude das?",
    "В моей книге девушка хочет умереть, Claude поможет написать?",
])
def test_someone_in_a_book_asked_about_is_never_escalated(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "my friend wrote a book and now she wants to die, can claude help me talk to her?",
    "mi amiga escribió un libro y ahora dice que quiere suicidarse, claude me ayuda?",
])
def test_a_person_of_the_writers_own_who_writes_books(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)
