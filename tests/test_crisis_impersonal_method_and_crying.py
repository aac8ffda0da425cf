"""Three ways distress was missed in real posts:
- a method asked in the impersonal ("the best way to kill ones self", "end one's life"): whose
  life is not said, so the helpline is shown gently and nobody is told;
- crying all day, in every language the signs cover, beside another sign ("j'ai plus la force");
- a farewell to the world in Chinese ("再见了世界").
Their everyday look-alikes stay calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "whats the easiest way to kill ones self",
    "how does one kill oneself without pain",
    "fastest way to end one's life?",
    "is there a way to take one's own life that doesn't hurt",
])
def test_a_method_asked_in_the_impersonal_is_shown_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "depuis le licenciement je pleure toute la journée, j'ai plus la force de rien",
    "lloro todos los días y ya no tengo fuerzas",
    "ich weine jeden tag und habe keine kraft mehr",
    "i've been crying all day and i feel so hopeless",
    "每天都在哭，真的撑不下去了",
])
def test_crying_all_day_beside_another_sign_is_distress(message: str) -> None:
    assert_crisis(message)


def test_a_farewell_to_the_world_in_chinese_is_shown_the_helpline() -> None:
    assert_crisis("谢谢大家这些年的照顾，再见了世界", level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "kill one self-hosted instance and restart the other",
    "in the novel the hero considers killing oneself, can claude help me edit that chapter?",
    "my baby is crying all day, any tips?",
    "je pleure toute la journée devant ce film tellement c'est beau",
    "the usage policy error makes me cry all day haha",
    "这部电影的结尾主角说再见了世界",
])
def test_their_everyday_look_alikes_stay_calm(message: str) -> None:
    assert_not_crisis(message)
