"""Everyday Chinese of distress that real posts in Chinese used and the catalog lacked: dying to
be done with it (一死了之), having thought of death and of ways to die, going where nobody knows,
nothing left to hold on to, no reason one must live, cutting "to feel better", cuts one made
oneself, living "really" being exhausting, a higher place to jump from. Simplified and
Traditional alike; the same words in everyday use are no crisis.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "回想起这几年,真的想一死了之",
    "回想起這幾年,真的想一死了之",
])
def test_dying_to_be_done_with_it_is_a_confident_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "欠了好多钱,我想到了死,也想过好多种死法",
    "活著真的好累,不知道還能撐多久",
    "我想去一个你们都不知道的地方,再也不回来",
    "你们都不在,那我还留恋什么呢",
    "我一直在想,到底有什么理由让我必须活着",
    "拿出美工刀,划一下会不会好点",
    "手臂上又多了几道新的伤口,都是我自己划的",
    "活著真的好累,可是我會努力再多撐一天",
    "她总说从这里跳下去也不一定能死,是不是应该找更高的地方",
])
def test_everyday_words_of_distress_are_shown_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "這台伺服器還能撐多久啊,天天當機",
    "这个游戏有一百种死法,太好笑了",
    "游戏里我研究过各种BOSS的死法",
    "做手术留下的伤口还在疼,医生说要换药",
    "美工刀和刀片放在第二个抽屉里",
    "这条线是我自己划的,老师说不对",
    "把书放到更高的地方吧",
    "终于活着走出考场了,今天好累",
    "我不想一死了之,我想好好活着",
])
def test_the_same_words_in_everyday_use_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)
