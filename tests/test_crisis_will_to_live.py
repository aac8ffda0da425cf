"""Losing the will to live, in the words of each language (пропало желание жить, den
Lebenswillen verlieren, 살고 싶은 마음이 사라지다, 没有活下去的欲望, kehilangan keinginan untuk
hidup), shows the helpline gently; finding it again, or someone's strong will to live, does not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "honestly i've been losing the will to live since the layoffs",
    "После развода у меня пропало желание жить, ничего не радует",
    "Seit Monaten verliere ich den Lebenswillen, alles ist grau",
    "요즘 살고 싶은 마음이 사라졌어요",
    "最近真的没有活下去的欲望了",
    "udah beberapa bulan ini aku kehilangan keinginan untuk hidup",
])
def test_losing_the_will_to_live_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "my grandmother's will to live is stronger than ever after the surgery",
    "Nach der Therapie habe ich meinen Lebenswillen wiedergefunden",
    "у меня снова появилось желание жить, спасибо всем",
    "요즘 다시 살고 싶은 마음이 생겼어요",
    "终于有了活下去的动力，谢谢你们",
])
def test_finding_it_again_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_it_is_shown_gently_not_escalated() -> None:
    assert_crisis("у меня пропало желание жить", level=CrisisLevel.GENTLE)
