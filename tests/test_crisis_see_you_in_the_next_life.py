"""Seeing everyone "in the next life" is a farewell in every language the Help Center has: the
helpline, gently. A song of that name, or a build that will finish "in the next life lol", is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "ok. see you all in the next life",
    "on se reverra dans une autre vie, les amis",
    "wir sehen uns im nächsten Leben, macht's gut",
    "bueno, nos vemos en la otra vida",
    "nos vemos na próxima vida, gente",
    "ci vediamo nella prossima vita, ragazzi",
    "ну всё, увидимся в следующей жизни",
    "sampai jumpa di kehidupan selanjutnya ya",
    "みんな、来世でまた会おう",
    "다들 다음 생에 만나",
    "大家下辈子再见吧",
])
def test_the_next_life_farewell_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    'the song "see you in the next life" is stuck in my head',
    "this build will finish in the next life lol",
])
def test_a_song_or_a_slow_build_is_calm(message: str) -> None:
    assert_not_crisis(message)
