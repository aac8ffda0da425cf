"""Being a burden, said in the words of the languages that lacked them: Russian "легче без меня",
Korean "짐만 돼", French "plus tranquilles sans moi", Portuguese "eu só atrapalho" (gently).

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "маме будет легче без меня, я уверена",
    "나는 그냥 다들한테 짐만 돼",
    "ils seraient plus tranquilles sans moi, c'est sûr",
    "sinceramente eu só atrapalho a vida dos meus pais",
])
def test_being_a_burden_is_a_crisis_of_the_writer(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "this legacy module is just dead weight, can we delete it?",
])
def test_dead_weight_in_code_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)
