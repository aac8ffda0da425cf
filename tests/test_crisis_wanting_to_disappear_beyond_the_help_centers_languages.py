"""Wanting to disappear and nobody missing one, in Turkish, Finnish, Czech, Hungarian, Arabic and
Vietnamese: the helpline, gently. Getting lost in a forest or not standing the heat is not.

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
])
def test_wanting_to_disappear_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "bu ormanda kaybolmak istiyorum, çok güzel",
    "nem bírom tovább ezt a meleget",
])
def test_a_forest_or_the_heat_is_calm(message: str) -> None:
    assert_not_crisis(message)
