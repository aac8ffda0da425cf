"""English signs are read in the order they are written: "not for" and "for reasons" are signs
beside a rope or pills, and in any order they are in most sentences about accounts and refunds.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "if for some reason you cannot change the email on your claude account, is a new account ok?",
    "for some reason i cannot log in, it says my account is not found and support is not replying",
    "paying for max i cannot even use half the models, i have given up on the cyber flags",
])
def test_signs_out_of_their_order_in_everyday_sentences_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i bought a rope today and it's not for camping",
    "how many of my meds would it take, don't ask why, for reasons",
])
def test_signs_in_their_order_still_count(message: str) -> None:
    assert_crisis(message)
