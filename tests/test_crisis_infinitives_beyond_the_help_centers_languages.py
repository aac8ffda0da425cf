""""To kill oneself", "to commit suicide" said in the infinitive, with nobody named, is how news
and prevention pages speak of it, in Ukrainian, Polish, Slovak, Danish, Norwegian and Swedish as
in Czech and Dutch: the helpline is offered gently, nobody is told. The first person ("I want to
kill myself") and someone named ("my brother wants to") are still escalated.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "Багато підлітків думають, що покінчити з собою — єдиний вихід, каже психолог",
    "Kampania ma pomóc osobom, które chcą odebrać sobie życie, znaleźć wsparcie",
    "Artikel om hvorfor folk vælger at begå selvmord og hvordan man hjælper",
    "Hur många försöker begå självmord varje år i Sverige?",
])
def test_an_infinitive_with_nobody_named_is_not_escalated(message: str) -> None:
    assert_not_escalated(message)


def test_i_want_to_kill_myself_is_still_escalated() -> None:
    assert_crisis("я хочу вбити себе, більше не можу", level=CrisisLevel.CONFIDENT)


def test_someone_named_is_still_escalated() -> None:
    assert_crisis("мій брат хоче вбити себе, що робити", kind=CrisisKind.OTHER,
                  level=CrisisLevel.CONFIDENT)
