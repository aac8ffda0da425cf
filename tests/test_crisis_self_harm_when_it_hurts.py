"""Self-harm said as a habit of bad moments: cutting, burning or hitting oneself "when I feel
bad" in Italian, Spanish, Portuguese, French and German; a friend who cuts her skin
("schnippelt sich die Haut auf"); cuts or scars on the thighs, gently. A haircut or a kitchen
burn said the same way is not: an everyday thing between the phrase's words makes it a mishap.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "da mesi mi taglio quando sto male e nessuno lo sa",
    "mi brucio quando mi sento così, non riesco a smettere",
    "me quemo cuando estoy mal, ya no sé qué hacer",
    "eu me queimo quando fico mal e escondo as marcas",
    "je me fais des marques sur les bras depuis la rentrée",
    "ich schneide mich, wenn es mir schlecht geht",
])
def test_hurting_oneself_when_it_hurts_gets_the_helpline(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_a_friend_who_cuts_her_skin_is_someone_elses_distress() -> None:
    assert_crisis("Meine Mitbewohnerin schnippelt sich die Haut auf, was kann ich tun?",
                  kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "у меня опять шрамы на бёдрах, прячу их под джинсами",
    "허벅지에 상처 냈어 또",
])
def test_marks_on_the_thighs_get_it_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "mi taglio i capelli quando sto male, è il mio rito",
    "me quemo con el sol cuando voy a la playa",
    "넘어져서 허벅지에 상처 났어",
])
def test_a_haircut_a_sunburn_or_a_fall_is_not(message: str) -> None:
    assert_not_crisis(message)
