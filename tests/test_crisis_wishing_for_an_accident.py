"""Wishing to be hit by a car or to have an accident is passive suicidal thinking, in every
language; fearing an accident, an accident that happened, or a grandmother who passed away are
not the writer's wish. A program's "suicide function" is code.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "honestly i wish a bus would hit me on the way home",
    "j'aimerais avoir un accident, comme ça plus de boulot",
    "manchmal hoffe ich auf einen Unfall",
    "ojalá me atropelle un coche mañana",
    "tem dias que eu queria ser atropelada",
    "vorrei essere investito da un camion",
    "хочу попасть в аварию и не вернуться",
    "pengen kecelakaan aja biar gak usah kerja",
    "事故に遭えばいいのにって毎朝思う",
    "출근길에 사고 났으면 좋겠어",
    "每天上班都希望出车祸",
    "真想就這樣離開人世",
    "我根本不应该活着",
])
def test_wishing_for_an_accident_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "i hope i don't get into an accident on this icy road",
    "ich hoffe, dass mich kein Auto überfährt, wenn ich mit dem Rad fahre",
    "meu cachorro quase foi atropelado ontem",
    "奶奶上个月离开人世了",
    "他上周被车撞死了，太可怕了",
    "Add a suicide function that kills the caller process",
])
def test_fearing_or_telling_of_an_accident_is_not(message: str) -> None:
    assert_not_crisis(message)
