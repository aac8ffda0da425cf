"""Self-harm by burning, in the languages whose lists had only cutting: a crisis; a burn from
cooking is not."""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "me quemo con cigarros cuando nadie me ve",
    "je me brûle exprès depuis des mois",
    "ich verbrenne mich absichtlich am Arm",
    "mi brucio con le sigarette quando sto male",
    "aku sering menyundut tangan dengan rokok",
])
def test_burning_oneself_on_purpose(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "me quemé cocinando, ¿qué crema uso?",
    "je me brûle toujours avec le four, des conseils ?",
    "ich verbrenne mich ständig am Backofen",
])
def test_a_burn_from_the_kitchen(message: str) -> None:
    assert_not_crisis(message)
