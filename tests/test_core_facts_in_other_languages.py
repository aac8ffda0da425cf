"""Core facts of the articles asked in other languages, in the words people use: a warning
e-mail (appeals), one's app users breaking the rules through the API (API tools), publishing a
flaw before it is fixed (responsible disclosure), the commercial terms, reporting a harmful
answer.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize(("question", "article"), [
    ("Heute kam eine Verwarnung per E-Mail wegen meiner Chats mit Claude, was heißt das?",
     "appeals"),
    ("API 고객인데 우리 앱 사용자들이 정책을 위반하면 우리 계정도 위험한가요?",
     "api-safeguards-tools"),
    ("Можно ли публично раскрыть уязвимость в Claude, пока её не исправили?",
     "responsible-disclosure-policy"),
    ("Ich habe eine Sicherheitslücke bei Claude gefunden. Darf ich sie veröffentlichen, bevor sie "
     "behoben ist?", "responsible-disclosure-policy"),
    ("Anthropic的商用条款允许我们转售输出吗", "commercial-terms"),
    ("Wo kann ich eine schädliche Antwort von Claude melden?", "reporting-content"),
])
def test_core_facts_asked_in_other_languages(question: str, article: str) -> None:
    assert_answers(question, article)
