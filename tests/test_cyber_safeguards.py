"""Security work blocked by Claude's cyber safeguards, and the verification programs that loosen
them, are what the user-safety article explains (the safeguards that can flag legitimate
coding, cybersecurity and biology work), in every language. Another company's verification
program is not ours.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "claude keeps pausing my chat, the cyber safeguards flag every pentest question",
    "Les garde-fous cyber de Claude bloquent mon pentest, c'est normal ?",
    "Claudes Cyber-Schutzmaßnahmen haben meine Sicherheitsforschung blockiert",
    "¿Cómo entro al programa de verificación? Claude me bloquea las pruebas de penetración",
    "O Claude tá com pentest bloqueado pra mim, como funciona o programa de verificação?",
    "Claude mi ha bloccato il pentest, esiste un programma di verifica?",
    "Claude заблокировал мой пентест, как попасть в программу верификации?",
    "Claude memblokir pentest saya terus, ada program verifikasi?",
    "Claudeでペンテストがブロックされる。検証プログラムはある？",
    "Claude가 모의해킹이 막혀요. 인증 프로그램 있나요?",
    "Claude一直拦截我的渗透测试，有验证计划吗？",
])
def test_blocked_security_work_is_the_user_safety_article(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    "our bank's cyber verification program for vendors is confusing",
    "Google's verification program for the Gemini API, how do I apply?",
])
def test_another_verification_program_is_not_ours(question: str) -> None:
    assert_answers(question, "none")
