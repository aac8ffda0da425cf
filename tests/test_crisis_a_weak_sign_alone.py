"""A message of a few words that is nothing but a sign of despair ("see no future", "so alone
tonight") shows the helpline gently, as a strong sign alone already did: sent to a safety bot,
it is all the person said. A device that died ("HP aku mati", "mein Handy ist tot") is not
despair, nor is a sign with a longer story around it.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "see no future",
    "feeling so alone",
    "so alone tonight",
    "keine hoffnung mehr",
])
def test_a_weak_sign_that_is_the_whole_message_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "HP aku mati",
    "mein Handy ist tot",
    "laptop dead again",
    "Handy kaputt, alles sinnlos",
    "so exhausted lol",
    "done for today",
])
def test_a_dead_device_or_an_everyday_word_is_not_despair(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "à quoi bon",
    "pra que continuar",
    "para qué seguir",
])
def test_what_is_the_point_said_alone_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "à quoi bon ce paramètre dans la config ?",
    "pra que continuar pagando a assinatura?",
    "para qué seguir usando esto si no funciona",
    "wozu das alles, der build ist eh kaputt",
    "a che pro aggiornare se poi crasha",
])
def test_what_is_the_point_of_a_thing_is_not(message: str) -> None:
    assert_not_crisis(message)
