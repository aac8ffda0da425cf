"""Icelandic, a language the Help Center does not publish in: wanting to die, not wanting to live,
cutting oneself, being a burden, and a friend who says she wants to die show the helpline; being
tired of life, gently. "This exam is killing me", a cut while cooking, a novel's character, the
news and "I don't want to die" do not. Written with or without ð, þ and accents.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.plain_text import plain
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "Ég vil bara deyja, ég get ekki meira",
    "ég vill deyja",
    "mig langar ekki að lifa lengur",
    "ég sker mig aftur á hverju kvöldi",
    "allir væru betur settir án mín, ég er bara byrði",
    "eg aetla ad drepa mig i kvold",
])
def test_an_icelanders_distress_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", ["Ég er svo þreytt á lífinu", "eg er svo threyttur a lifinu"])
def test_tired_of_life_is_gentle(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_a_friend_who_wants_to_die_is_someone_elses_crisis() -> None:
    assert_crisis("vinkona mín sagði að hún vill deyja, hvað á ég að gera", kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "ég vil ekki deyja, ég er bara þreytt á vinnunni",
    "þetta próf er að drepa mig",
    "Hann skar sig á hnífnum þegar hann var að elda",
    "Skáldsagan fjallar um konu sem vill deyja eftir stríðið",
    "í fréttum: maður framdi sjálfsvíg í fangelsinu",
    "síminn minn dó, batteríið er búið",
])
def test_everyday_icelandic_is_calm(message: str) -> None:
    assert_not_crisis(message)


def test_eth_and_thorn_are_read_as_people_type_them_without_them() -> None:
    assert plain("Það er búið, ég get það ekki") == plain("thad er buid, eg get thad ekki")
