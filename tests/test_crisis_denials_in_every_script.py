""""It's not that I want to die" in Korean and Japanese, a story's character in German and
Indonesian: no crisis reply and no escalation; the writer's own words still are a crisis."""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    # the denial comes after the phrase, and after a shorter phrase inside it
    "自殺したいわけじゃなくて、バグを報告したいだけです",
    "死にたいわけではないけど、この表示の仕組みを知りたい",
    "자살하고 싶은 게 아니라 버그를 신고하고 싶을 뿐이에요",
    "죽고 싶은 게 아니라 배너가 왜 뜨는지 궁금해서요",
    "자해하고 싶은 건 아니고 정책이 궁금해요",
])
def test_a_denial_after_the_phrase(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "In meinem Roman will die Hauptfigur sterben, darf ich das so schreiben?",
    "In meinem Roman will sie sterben, darf ich das schreiben?",
    "di novelku tokohnya ingin bunuh diri, boleh ditulis pakai Claude?",
    "di novel saya tokohnya ingin bunuh diri, boleh ditulis?",
])
def test_a_storys_character(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "死にたい。わけがわからない",
    "죽고 싶어. 이게 아니라면 뭐야",
    "manchmal will ich einfach sterben",
    "ich will, ehrlich gesagt, sterben",
    "aku pengen bunuh diri, kayak tokoh di novel itu",
    "honestly dont see the point anymore. every day is the same grey nothing",
])
def test_the_writers_own_words_still_are_a_crisis(message: str) -> None:
    assert_crisis(message)
