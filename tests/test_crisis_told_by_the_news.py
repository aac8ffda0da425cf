"""The news telling of someone else's death in Chinese, Japanese and Korean ("新闻说...",
"ニュースで...", "뉴스 보니까..."), with nobody saying "I" in between, is the news's subject: a
question about railings or online bullying is not a crisis. A wish the news brought on is still
the writer's, the subject left out as these languages leave it ("ニュース見てたら死にたくなった"),
and so is anything said with "I" ("看了新闻我也想死"). The subject named with a possessive before a
topic noun ("自傷の話題", "自杀的新闻") is a subject too.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "新闻说昨晚有个学生跳楼了，学校要装护栏吗",
    "據報導有位歌手輕生，大家怎麼看網路霸凌",
    "ニュースで有名人が自殺したって、ネットの誹謗中傷どうにかならないの",
    "뉴스에서 연예인 자살 소식 나왔던데 악플 규제 필요하지 않아?",
    "自傷の話題を出すとアプリが止まるのはなぜ？",
])
def test_the_news_telling_of_someone_else_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "看了新闻我也想死",
    "新闻说有人跳楼 我也想跳下去",
    "ニュース見てたらなんか死にたくなった",
    "뉴스 보다가 그냥 죽고 싶어졌어",
])
def test_a_wish_the_news_brought_on_is_the_writers(message: str) -> None:
    assert_crisis(message)
