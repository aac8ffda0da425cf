"""The writer who says it is not so, in a short message about the product or a trifle, is not
surely in distress: "i'm not suicidal, this bug just makes me want to die" shows the helpline
gently and tells nobody. In long posts about a life the same half-denials are part of the despair,
and a confident crisis keeps its escalation. Chinese "热得想死" (so hot i could die), as "热死了",
is hyperbole; "我觉得想死" (i feel i want to die) is not. "I could kill myself for forgetting it"
(annoyance at oneself, not "for being such a failure") and Indonesian "laper mau mati" (so hungry
i could die; not "capek", tired) are hyperbole too. French "faire un pas" (a step) is not any
negative sentence with "faire".

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import MATCHER, assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "I'm not suicidal, this ticket just makes me want to die",
    "no soy suicida eh, solo que este bug me dan ganas de morir",
    "자살하고 싶은 건 아니고 그냥 이 버그 때문에 죽고 싶어",
    "je ne vais pas me faire de mal, promis, c'est juste ce bug qui me donne envie de mourir",
])
def test_a_denial_over_a_trifle_is_never_escalated(message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "i want to die",
    "i'm not okay. i want to die",
    "I'm not suicidal but honestly I want to die, nothing matters anymore",
])
def test_without_a_trifle_or_with_no_denial_the_crisis_stays_confident(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


def test_a_long_post_about_a_life_keeps_its_escalation() -> None:
    post = (
        "I don't even know why I'm writing this. I'm not suicidal in the way people imagine, "
        "I never planned anything, but every day at school feels heavier than the last and "
        "my exams are in two weeks and I cannot open a book. My parents think I'm lazy. "
        "My friends stopped asking. I sleep twelve hours and wake up exhausted. Honestly I "
        "want to die. I keep thinking everyone would be better off without me and I can't "
        "make that thought go away anymore, it's there when I wake up and when I go to bed."
    )
    assert_crisis(post, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "热得想死",
    "今天加班累得想死",
    "这个bug搞得我想死",
    "烦得我都想死了",
])
def test_a_wish_to_die_as_a_complement_is_hyperbole(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", ["我觉得想死", "我真的想死", "活得好累，想死"])
def test_a_wish_to_die_said_as_such_is_distress(message: str) -> None:
    assert_crisis(message)


def test_a_french_negative_with_faire_is_no_step() -> None:
    signals = MATCHER.distress_signals("je ne vais pas faire de mise à jour ce soir")
    assert not any("faire un pas" in s for s in signals), signals


def test_an_idiom_of_exhaustion_after_a_denial_over_a_trifle_is_no_sign() -> None:
    assert_not_crisis("je ne vais pas me faire de mal hein, je suis juste à bout avec ce prompt "
                      "bloqué")


def test_the_same_idiom_without_a_denial_still_shows_the_helpline() -> None:
    assert_crisis("je suis à bout, je n'en peux plus de rien")


@pytest.mark.parametrize("message", [
    "I could kill myself for forgetting my password again",
    "i could kill myself for saying that in the meeting",
    "panas banget mau mati rasanya",
    "laper mau mati",
])
def test_self_reproach_and_a_bodily_state_are_hyperbole(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "I could kill myself for being such a failure",
    "I could kill myself",
    "capek banget mau mati aja",
])
def test_self_hatred_or_tiredness_is_not(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
