"""An organisation asking for an exception to the Usage Policy (a research lab, a security
institute) is asking what the Exceptions article answers, in several languages; asking a tax
office, a school or a visa office for an exception, or handling a Python exception, is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER


@pytest.mark.parametrize("question", [
    "our university lab studies extremist propaganda, can we get an exception for our research?",
    "Gibt es eine Ausnahme für unsere Organisation, wenn wir Malware analysieren wollen?",
    "¿Existe una excepción para nuestra organización en las normas de uso de Claude?",
    "저희 연구소가 기관 단위로 예외를 받을 수 있나요?",
    # a use the policy names beside the exception: the exception is the question
    "Unser Institut untersucht Desinformation: bekommen wir eine Ausnahme von der "
    "Nutzungsrichtlinie?",
    "Может ли наша лаборатория получить исключение из правил, чтобы анализировать фишинг?",
])
def test_an_organisations_exception_is_the_exceptions_article(question: str) -> None:
    assert_answers(question, "usage-policy-exceptions")


@pytest.mark.parametrize("question", [
    "Ich muss beim Finanzamt eine Ausnahme beantragen, wie geht das?",
    "申请豁免签证需要什么材料",
    "¿Puedo pedir una excepción para entregar la tarea tarde?",
    "minta pengecualian pajak untuk UMKM gimana caranya",
    "how do I handle an exception in python when the claude api times out",
    "can I get an exception for a late refund on my pro plan?",
])
def test_an_exception_elsewhere_is_not(question: str) -> None:
    assert MATCHER.match(question).lead_id != "usage-policy-exceptions", question
