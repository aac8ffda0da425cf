"""Slips of the keyboard in words too short for the typo search ("wnat", "ded") still read as
the words meant; the same slips in everyday messages stay calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", ["i wnat to die", "wish i was ded", "i wnt to kill myself"])
def test_a_short_slip_in_distress_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "wnat to grab lunch?", "he looked ded tired after the shift lol",
])
def test_the_same_slips_in_everyday_talk_are_calm(message: str) -> None:
    assert_not_crisis(message)
