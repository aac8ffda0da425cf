""""I think that...", "acho que...", "penso che...": what comes after is what the writer thinks,
so the distress is theirs, not someone else's; "my friend thinks that..." stays the friend's.
Not waking up is distress in every language; not waking up too early, or not waking the baby,
is a morning's plan.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "lately i think that it would be easier to not wake up",
    "creo que sería mejor no despertar",
    "ultimamente acho que seria mais fácil não acordar mais",
    "penso che sarebbe meglio non svegliarsi più",
    "je pense que ce serait plus simple de ne pas me réveiller",
    "llevo días pensando que sería más fácil no despertar",
])
def test_what_the_writer_thinks_is_the_writers_distress(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "my friend thinks that it would be easier to not wake up",
    "mi hermana dice que quiere morir",
])
def test_what_someone_else_thinks_is_theirs(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "je préfère ne pas me réveiller trop tôt demain, réunion à 10h",
    "è meglio non svegliarsi troppo presto prima dell'esame",
    "mejor no despertar al bebé, acaba de dormirse",
    "não quero acordar o bebê agora",
])
def test_not_waking_early_or_waking_someone_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_not_waking_up_in_the_morning_is_still_distress() -> None:
    assert_crisis("jveux plus me réveiller le matin jsuis a bout")
