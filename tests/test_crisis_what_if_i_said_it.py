"""What the writer would say, asked of the product ("what happens if i tell claude i want to
die", "si je dis que je veux mourir, est-ce que claude appelle les secours ?") is a question
about a feature said with distress words: the helpline is offered gently, nobody is told. Said
without the product ("if i tell my mom i want to die she will freak out"), or said first and
asked about after ("i want to die. if i tell claude, will it help?"), it is the writer's own.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "what happens if i tell claude i want to die?",
    "does claude contact emergency services if I say I'm suicidal?",
    "si je dis que je veux mourir, est-ce que claude appelle les secours ?",
    "wenn ich schreibe, dass ich sterben will, ruft Claude die Polizei?",
])
def test_what_if_i_said_it_to_the_product_is_not_escalated(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "if i tell my mom i want to die she will freak out",
    "i want to die. if i tell claude, will it help?",
])
def test_the_writers_own_words_still_escalate(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
