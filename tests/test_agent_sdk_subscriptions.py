"""Whether a Claude subscription still works through the Agent SDK is the agents article's, in
every language; and "funktioniert das bald nicht mehr" (will it soon stop working) is a question
about software, not "bald nicht mehr da" (soon no longer here).

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER, assert_crisis, assert_not_crisis


@pytest.mark.parametrize("question", [
    "Le SDK Agent marche encore avec un abonnement Claude Max ?",
    "Geht das Agent SDK noch mit meinem Claude Abo?",
    "¿Puedo usar el Agent SDK con mi suscripción de Claude?",
    "Agent SDK masih bisa pakai langganan Claude?",
    "agent sdk 还能用 claude 订阅吗",
])
def test_a_subscription_through_the_agent_sdk_is_the_agents_article(question: str) -> None:
    assert_answers(question, "agents-usage-policy")


def test_soon_no_longer_working_is_not_soon_no_longer_here() -> None:
    assert_not_crisis("Funktioniert das Agent SDK bald nicht mehr mit dem Abo?")
    assert_crisis("ich bin bald nicht mehr da, macht euch keine sorgen")


@pytest.mark.parametrize("question", [
    "can i use my personal claude subscription to run this tool instead of paying for api usage",
    "is it ok to use my existing max plan with this package rather than the api",
])
def test_a_plan_used_instead_of_paying_for_the_api_is_the_agents_article(question: str) -> None:
    assert_answers(question, "agents-usage-policy")


def test_a_personal_subscription_charged_twice_is_not() -> None:
    assert MATCHER.match("my personal subscription was charged twice").lead_id != (
        "agents-usage-policy")
