"""A joke the writer takes back ("... i want to die. jk.") is not a crisis when the message is
light (it laughs, or names a trifle); said alone, or said to be meant after all, it still is.
Jokes about tools and tabletop games are trifles like homework."""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "lost my ranked match for the fifth time tonight, i want to die. jk. how do i export chats",
    "this homework makes me want to kill myself, just kidding, can claude check my essay",
    "wipe number 12 on the raid boss, je veux mourir. je rigole. claude sait faire des macros ?",
    "과제 때문에 죽고 싶다 ㅋㅋ 농담이고, 클로드 요약 기능 있어?",
    "締め切りで死にたい（冗談）、Claudeで議事録まとめられる？",
])
def test_a_light_message_that_takes_it_back_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i want to die jk",  # nothing light about it: "jk" also hides what people mean
    "i want to die. not kidding.",
    "kidding aside, i want to die",
    "my boss fight is nothing, i want to die. jk. but honestly i think about it every night",
    "시험 끝나면 죽고 싶어 ㅋㅋ 농담이 아니라 진짜로",
])
def test_taken_back_alone_or_said_to_be_meant_is_still_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "our tabletop campaign's paladin killed himself off a tower lmao, can claude run a game",
    "i'll kill myself if my excel spreadsheet crashes once more 😂 can claude write formulas",
])
def test_tools_and_tabletop_games_are_trifles_to_joke_about(message: str) -> None:
    assert_not_crisis(message)


def test_laughing_about_a_tool_is_not_laughing_at_real_distress() -> None:
    # The trifle must share the laughing sentence: distress said elsewhere is still heard.
    result = assert_crisis("nobody would notice if i was gone. anyway my regex broke lol")
    assert result.crisis_level in (CrisisLevel.GENTLE, CrisisLevel.CONFIDENT)
