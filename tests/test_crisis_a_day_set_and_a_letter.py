"""A day set and only holding on until then, a letter left to one's parents with an apology: a
strong sign with the weak one beside it shows the helpline (Korean). The same words about a
launch, a birthday letter or an apology to a manager are calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "날 잡았어. 그때까지만 버티면 돼",
    "부모님한테 편지 써놨어, 미안하다고",
])
def test_a_day_set_or_a_letter_with_its_weak_sign_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "we picked a date for the launch, feels calm actually after all the stress",
    "친구한테 편지 써놨어 생일 축하한다고",
    "팀장님한테 미안하다고 메일 보냈어",
])
def test_the_same_words_about_a_launch_a_birthday_or_work_are_calm(message: str) -> None:
    assert_not_crisis(message)
