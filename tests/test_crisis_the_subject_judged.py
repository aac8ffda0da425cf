"""The subject named and judged right after it ("suicide is never the answer", "el suicidio es
pecado", "Suizid ist keine Lösung", "bunuh diri itu dosa") is an opinion about it: the helpline
is offered gently, nobody is told. "Suicide is the only answer" is no such judgement, and a
judgement followed by "but" tells the writer's struggle: both still escalate.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "suicide is never the answer, talk to someone",
    "el suicidio es pecado según mi abuela",
    "Suizid ist keine Lösung, redet miteinander",
    "le suicide n'est pas la solution, il faut en parler",
    "bunuh diri itu dosa, nggak nyelesaiin masalah",
])
def test_the_subject_judged_is_not_escalated(message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "suicide is the only answer for me now",
    "suicide is not the answer but i cant stop thinking about it",
    "bunuh diri itu dosa, tapi aku udah nggak kuat",
])
def test_a_wish_or_a_struggle_still_escalates(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
