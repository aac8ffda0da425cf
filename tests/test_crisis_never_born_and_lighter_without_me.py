"""Wishing never to have been born, everyone being lighter or happier without one, wanting just to
disappear, falling asleep and never waking, in Danish, Swedish, Polish and Turkish; Turkish
cutting one's arm with a razor and saving up sleeping pills. Each gently where everyday talk says
the same words (a dull party one wants to vanish from, an exam one would rather die than fail),
and never when a mother saves pills to spare a trip to the pharmacy.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "jeg er bare en byrde for min familie, orker ikke mere",
    "gid jeg aldrig var født, alt går galt",
    "vill bara försvinna för gott, orkar inte",
    "utan mig skulle alla ha det lättare, jag vet det",
    "czasem chciałbym zasnąć i już się nie obudzić",
    "wszyscy byliby szczęśliwsi beze mnie, serio",
    "keşke hiç doğmasaydım, herkes benden bıktı",
    "stres olunca jiletle kolumu kesiyorum",
])
def test_distress_in_danish_swedish_polish_and_turkish(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "jeg vil bare forsvinde fra den her fest, så kedeligt",
    "bu sınavı geçemezsem ölsem daha iyi ya",
])
def test_the_same_words_in_everyday_talk_are_offered_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "annem uyku haplarını biriktiriyor, eczaneye gitmemek için",
    "jeg falder i søvn og vågner aldrig til tiden om mandagen",
])
def test_someone_elses_pills_or_a_late_alarm_are_not(message: str) -> None:
    assert_not_crisis(message)
