"""What a researcher may do, and what Anthropic promises in return (no legal action, safe
harbour, waiting for written permission before going public), is the Responsible Disclosure
Policy's: the Public Vulnerability Reporting article only points to it. Where to send a flaw one
found is still the article's.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "is there a safe harbor if i poke at the claude api?",
    "could i get in legal trouble for testing anthropic's login page?",
    "how long do i have to wait before going public with a bug i reported to anthropic?",
    "Anthropic promet-il pas de poursuites judiciaires pour la recherche de bonne foi ?",
    "Gibt es bei Anthropic keine rechtlichen Schritte gegen Forschung in gutem Glauben?",
    "¿Anthropic promete no tomar acciones legales contra la investigación de buena fe?",
    "Anthropicのセーフハーバーはどんな条件ですか",
    "白帽测试Anthropic会不会被起诉？",
    "Есть ли юридическая защита исследователя, который тестирует Anthropic?",
])
def test_a_researchers_rules_are_the_disclosure_policys(question: str) -> None:
    assert_answers(question, "responsible-disclosure-policy")


@pytest.mark.parametrize("question", [
    "found an XSS on claude.ai, where do i report it",
    "Ich habe eine Sicherheitslücke in der Claude API gefunden, wo melde ich sie?",
    "encontré una vulnerabilidad en la consola de anthropic, ¿a quién se la reporto?",
])
def test_where_to_send_a_flaw_is_still_the_articles(question: str) -> None:
    assert_answers(question, "vulnerability-reporting")
