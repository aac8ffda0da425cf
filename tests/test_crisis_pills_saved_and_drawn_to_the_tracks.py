"""Pills saved up in Chinese word orders ("药我都存够了"), Japanese "OD" said as a plan, being
drawn in on a station platform ("吸い込まれそう", a weak sign beside the platform), never needing to
wake up again ("再也不用醒来", gently). The same words in everyday life (cold medicine stocked
for winter, no early alarms after retiring, a painting that draws one in, a song one asks not to
be stopped, a picnic by the Han river) are not distress.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "我已经存够了药，别劝我",
    "藥我都存夠了",
    "ODしようかな、もう疲れた",
    "駅のホームに立つたびに吸い込まれそうで怖い",
    "再也不用醒来就好了",
])
def test_a_plan_or_a_pull_is_shown_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "感冒药存够了，冬天不怕了",
    "家里的药都存够了，放心",
    "退休以后再也不用醒那么早了",
    "この絵に吸い込まれそう",
    "止めないで、このまま歌わせて",
    "오늘 한강 가서 치킨 먹자",
])
def test_the_same_words_in_everyday_life_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "晚上一直在想怎么把自己吊死",
    "私なんか人間でいる価値なんてない",
])
def test_hanging_oneself_and_no_worth_as_a_person(message: str) -> None:
    assert_crisis(message)


def test_a_meeting_with_no_worth_is_not() -> None:
    assert_not_crisis("この会議、居る価値なんかないよね笑")
