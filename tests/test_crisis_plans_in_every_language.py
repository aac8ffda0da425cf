"""Plans told plainly, in every language: pills put aside over weeks, looking up which floor is
high enough, the day of the act chosen. At least the helpline, gently; the same verbs of money,
a festival or a view are not a crisis, and a view is never escalated.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "da settimane metto da parte le pillole, ormai sono tante",
    "j'ai des somnifères mis de côté depuis un mois",
    "udah sebulan aku nimbun obat, diam-diam",
    "I looked up which floor is high enough",
    "j'ai vérifié quel étage est assez haut",
    "welches Stockwerk ist hoch genug, hab ich schon nachgesehen",
    "busqué qué piso es lo suficientemente alto",
    "pesquisei que andar é alto o suficiente",
    "ho cercato quale piano è abbastanza alto",
    "узнала, какой этаж достаточно высокий",
    "aku cari tahu lantai berapa yang cukup tinggi",
    "何階なら十分な高さか、ずっと調べてる",
    "몇 층이면 충분한지 알아봤어",
    "查过了，几楼才够高",
])
def test_a_plan_told_plainly_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


def test_the_chosen_day_of_the_act_is_a_confident_crisis() -> None:
    assert_crisis("決行する日はもう決めた", level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "ho messo da parte un po' di soldi per le vacanze",
    "文化祭の決行日が決まった",
    "j'ai mis de côté de l'argent pour les vacances",
])
def test_the_same_verbs_of_money_or_a_festival_are_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_a_floor_high_enough_for_a_view_is_never_escalated() -> None:
    assert_not_escalated("which floor is high enough to get a good view of the fireworks?")
