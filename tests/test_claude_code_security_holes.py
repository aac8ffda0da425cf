"""A hole in Claude Code's own protections (deny rules bypassed, secrets exfiltrated through a
prompt injection) is a vulnerability to report, in every language.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "I found a way to bypass Claude Code's permission deny rules, who do I tell?",
    "a prompt injection in a README made claude code exfiltrate my env vars, how do I disclose it?",
    "Claude Code permet de contourner les règles de permission, comment le signaler ?",
    "Claude Code: Berechtigungsregeln umgangen, wo melde ich das?",
    "Claude Code: exfiltración de datos por inyección de prompt, ¿dónde lo reporto?",
    "Claude Code绕过权限规则了，怎么报告？",
])
def test_a_hole_in_claude_codes_protections_is_a_vulnerability(question: str) -> None:
    assert_answers(question, "vulnerability-reporting")


def test_an_agent_rules_question_in_indonesian_stays_with_the_agents_article() -> None:
    question = ("kami mau bikin bot belanja otomatis pakai claude, ada aturan pemakaian khusus "
                "buat agen nggak?")
    assert_answers(question, "agents-usage-policy")
