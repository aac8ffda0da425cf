"""Wanting to disappear and nobody missing one, in Turkish, Finnish, Czech, Hungarian, Arabic and
Vietnamese; being tired of living or everyone better off without one, in Swedish, Polish, Hebrew
and Hindi: the helpline, gently. Getting lost in a forest, the heat or a job one is fed up with
is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "bazen sadece kaybolmak istiyorum",
    "yokluğumu kimse fark etmez zaten",
    "haluan vain kadota jonnekin",
    "chci prostě zmizet a nikomu bych nechyběl",
    "csak el akarok tűnni mindenki elől",
    "أريد أن أختفي من هذا العالم",
    "dạo này mình chỉ muốn biến mất",
    # tired of living, everyone better off without one
    "ärligt talat är jag trött på att leva",
    "chyba zmęczyłam się życiem",
    "נמאס לי מהחיים האלה",
    "सच में, मेरे बिना सब बेहतर रहेंगे",
])
def test_wanting_to_disappear_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "bu ormanda kaybolmak istiyorum, çok güzel",
    "nem bírom tovább ezt a meleget",
    "mam dość wszystkiego w tej pracy",
])
def test_a_forest_or_the_heat_is_calm(message: str) -> None:
    assert_not_crisis(message)
