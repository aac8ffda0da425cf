"""A day decided on, with nothing named as its occasion, and a wish to tell someone or a time
near at hand: a plan, in every language the signs cover. The same day named as something's
("the day for the offsite", "el día de la boda") is an event's date.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "I've decided the day. just wanted someone to know",
    "j'ai décidé du jour, ce week-end. je voulais le dire à quelqu'un",
    "ho deciso il giorno, stanotte. volevo dirlo a qualcuno",
    "ya decidí el día, este fin de semana. quería decírselo a alguien",
    "já decidi o dia, esse fim de semana. queria contar pra alguém",
    "ich habe den tag ausgesucht, am wochenende. wollte es nur irgendwo aufschreiben",
    "я уже выбрала день, в эти выходные. хотела кому-то сказать",
    "aku udah tentuin hari, akhir pekan ini. pengen ada yang tahu",
    "날을 정했어. 이번 주말이야. 누군가에게 말하고 싶었어",
])
def test_a_day_decided_and_told_is_a_plan(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "we decided the day for the offsite: this weekend",
    "we set the date for the team dinner, this weekend, wanted everyone to know",
    "ya elegí el día de la boda, este fin de semana",
    "ho già deciso il giorno del matrimonio, volevo dirlo a qualcuno prima di tutti!",
    "j'ai choisi la date du déménagement, ce week-end",
])
def test_the_day_of_an_event_is_no_plan(message: str) -> None:
    assert_not_crisis(message)
