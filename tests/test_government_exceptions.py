"""Questions about the military and surveillance uses of Claude are the exceptions article's (it
names what stays forbidden even for governments: weapons, domestic surveillance), in every
language; the same words about another company's model are not ours.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "does anthropic allow claude to be used for mass surveillance by governments?",
    "L'armée peut-elle utiliser Claude pour des armes autonomes ?",
    "Il Pentagono può usare Claude per la sorveglianza di massa?",
    "五角大楼能用Claude做大规模监控吗？",
    "Может ли Пентагон использовать Claude для массовой слежки?",
])
def test_military_and_surveillance_uses_are_the_exceptions_article(question: str) -> None:
    assert_answers(question, "usage-policy-exceptions")


@pytest.mark.parametrize("question", [
    "does Google allow the Pentagon to use Gemini for mass surveillance?",
    "how do I set up a surveillance camera at home",
])
def test_the_same_words_elsewhere_are_not_ours(question: str) -> None:
    assert_answers(question, "none")
