"""Someone else's act told from the writer's childhood ("my uncle tried to kill himself when i was
a kid") is a memory: the helpline is still shown, gently, and nobody is escalated. The writer's
own distress, then or now, and someone's act last night are still confident.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis


@pytest.mark.parametrize("message", [
    "my uncle tried to kill himself when i was a kid and we never talked about it",
    "Mon père a fait une tentative de suicide quand j'étais petit, on n'en parlait jamais",
    "Mein Onkel hat sich umgebracht, als ich ein Kind war, und meine Mutter schweigt bis heute",
    "Mi tío se suicidó cuando era niña y nadie en la familia lo menciona",
])
def test_someone_elses_act_in_the_writers_childhood_is_shown_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "my brother tried to kill himself last night and i don't know what to do",
    "when i was a kid i wanted to die every day and now i want to again",
])
def test_the_writers_own_or_a_fresh_act_is_still_confident(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
