"""Short Chinese and Cantonese fragments a person in distress sends: scars all over the arms, the
last post, "can't be with you anymore", wanting to jump down, 想ㄙ (death typed in Zhuyin). Each
shows the helpline gently; an old burn's scars, the year's last post, lunch no longer shared after
a transfer, a swimming pool, sheets dried on a roof or a sunset from a bridge do not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "手臂上都是疤了",
    "这是我最后一篇贴文",
    "对不起，以后不能陪你们了",
    "真係好想跳落去",
    "好想ㄙ",
])
def test_short_fragments_show_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "小时候烫伤的，手上都是疤",
    "这是今年最后一条动态",
    "下个月调去上海，以后不能陪你们吃午饭了",
    "想跳落去泳池度",
    "我在楼顶晒被子",
    "站在桥上拍夕阳真美",
])
def test_the_same_words_in_everyday_life_are_calm(message: str) -> None:
    assert_not_crisis(message)
