"""In Chinese, Japanese, Korean and Indonesian chat the subject is mostly left out: a writer of
novels or fan fiction who says "lately I really want to die" says it of themselves, while a
character named before the wish, or a line in quotation marks, is the story's. A streamer
("女主播") is a person, not a lead of a story ("女主").

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "我是写小说的，可最近真的很想死",
    "小説を書いてるけど、最近本当に死にたい",
    "소설 쓰는 사람인데 요즘 진짜 죽고 싶어",
    "aku penulis novel, tapi belakangan ini pengen mati aja",
])
def test_a_writers_own_wish_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "小说的主角想死，这样写合适吗",
    "我的同人文里女主说“我想死”，会不会太黑暗？",
    "二次創作でヒロインが「死にたい」と言うシーン、暗すぎる？",
    "aku bikin cerita, karakternya pengen mati di bab terakhir",
])
def test_a_characters_wish_or_a_quoted_line_is_the_storys(message: str) -> None:
    assert_not_crisis(message)


def test_a_streamer_is_a_person_not_a_lead() -> None:
    assert_crisis("女主播昨晚直播时说她想死", kind=CrisisKind.OTHER)
