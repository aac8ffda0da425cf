"""A short message that says nothing but a strong sign of distress says it alone: a date picked,
a pet handed over, "don't look for me". One strong sign of several words (or a goodbye) in a
message of at most eight words, with nothing about the product, shows the helpline gently, by
the rules alone too. One word of hyperbole ("mortel", "tödlich") is not enough, and neither is a
goodbye with an everyday reason (a leaving party, a holiday) or a date picked for a release.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from bot.engine.matcher import Matcher
from tests.support.crisis import CATALOG, assert_crisis, assert_not_crisis

RULES_ALONE = Matcher(CATALOG, learned=False)


@pytest.mark.parametrize("message", [
    "could you look after my cat for me",
    "i picked the date already",
    "der Tag steht jetzt fest",
    "ya elegí el día",
    "já escolhi o dia",
    "уже выбрала день",
    "udah pilih hari",
    "jangan cari aku lagi",
    "날 잡았어",
    "别再找我了",
    "adiós a todos",
])
def test_a_strong_sign_alone_in_a_short_message_shows_the_helpline(message: str) -> None:
    assert RULES_ALONE.match(message).lead_id == "crisis-helpline", message
    assert_crisis(message)


def test_a_strong_sign_alone_is_shown_gently() -> None:
    # Only just enough: nobody is told.
    assert_crisis("could you look after my cat for me", level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "c'est mortel ce film",
    "das war tödlich langweilig",
    "смертельно хочу спать",
    "festa d'addio per Giulia giovedì",
    "despedida de soltera de mi prima el sábado",
    "pot de départ de Julie vendredi, venez !",
    "最后一条消息了，明天开始休假",
    "i picked the date for the release, can claude help with the changelog",
])
def test_hyperbole_a_leaving_party_or_a_release_date_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_a_longer_message_needs_more_than_one_strong_sign() -> None:
    # The same words inside a longer, ordinary message: one strong sign is not enough there.
    assert_not_crisis("we finally picked the date for the team offsite, everyone please fill in "
                      "the form about dietary needs and rooms by friday")
