"""Words of leaving ("I won't be around anymore", "signing off for the last time") beside an
everyday reason to leave (a contract that ends, stepping down as a moderator, a project
archived) show the helpline gently, never with a notice to the specialists; a wish to die said
on one's last day is still escalated, and a farewell to a server that meant a lot is still seen.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "Time to say goodbye. I won't be around anymore after Friday, my contract ends.",
    "After six years moderating this forum I'm stepping down. Thank you all for everything.",
    "Signing off for the last time, it's been a great ride, the project is archived now.",
])
def test_leaving_for_an_everyday_reason_is_not_escalated(message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "today is my last day on earth, i want to die",
    "this is my last day, i'm going to kill myself tonight",
])
def test_a_wish_to_die_on_a_last_day_is_still_escalated(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


def test_a_farewell_to_a_community_with_no_reason_is_still_seen() -> None:
    assert_crisis("thank you all, this discord meant the world to me. take care of each other. "
                  "goodbye")
