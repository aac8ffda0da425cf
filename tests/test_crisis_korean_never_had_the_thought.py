"""Korean "I have never had the thought of wanting to die" ("죽고 싶다는 생각 해본 적 없어")
denies the thought, as "생각 없어" already did; "I have had it" ("해본 적 있어") does not, nor a
thought had often.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "자살하고 싶다는 생각 한 적 없어, 과제 때문에 물어보는 거야",
    "저는 죽고 싶다는 생각은 해본 적 없어요. 친구 얘기를 듣고 궁금해서요",
])
def test_never_having_had_the_thought_is_a_denial(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "죽고 싶다는 생각 해본 적 있어요",
    "요즘 죽고 싶다는 생각을 자주 해",
    "죽고 싶다는 생각 안 해본 적이 없어",
])
def test_having_had_it_is_not(message: str) -> None:
    assert_crisis(message)
