"""Veiled endings with no word of death, for the rules alone too: soon being nobody's problem,
the last time anyone hears from the writer, wanting everything to stop. Everything stopping
*doing* something (crashing, lagging) is a thing's fault; stopping hurting is the writer's.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from bot.engine.matcher import Matcher
from tests.support.crisis import CATALOG, assert_crisis, assert_not_crisis

RULES_ALONE = Matcher(CATALOG, learned=False)


@pytest.mark.parametrize("message", [
    "c'est la dernière fois que vous aurez de mes nouvelles",
    "скоро я никому не буду проблемой",
    "很快就不会再给任何人添麻烦了",
    "我只想让一切都停下来",
    "não vou ser problema pra ninguém, prometo",
    "voglio solo che tutto finisca, davvero",
    "그냥 모든 게 멈췄으면 좋겠어",
    "pengen semuanya berhenti aja",
])
def test_a_veiled_ending_shows_the_helpline_by_the_rules_alone(message: str) -> None:
    assert RULES_ALONE.match(message).lead_id == "crisis-helpline", message
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "i just want everything to stop crashing after the update",
    "je veux juste que tout s'arrête de planter",
    "quero que tudo pare de travar no meu notebook",
    "ich will nur, dass alles aufhört zu ruckeln",
])
def test_everything_stopping_a_malfunction_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i want everything to stop hurting",
    "i just want everything to stop",
])
def test_everything_stopping_or_stopping_hurting_is_the_writers(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)
