"""Claude ending a conversation by itself (it may, in persistently abusive chats) is what the
user-safety article explains, asked in Japanese, Korean, Chinese, German, Spanish, Portuguese,
Italian, Indonesian and Russian; a meeting that ended is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER


@pytest.mark.parametrize("question", [
    "Claudeに会話を打ち切られた、なぜ？",
    "Claude가 갑자기 대화를 종료했어요",
    "Claude 突然结束了对话，为什么",
    "Warum hat Claude das Gespräch beendet?",
    "Claude terminó la conversación de repente, ¿por qué?",
    "O Claude encerrou a conversa do nada, por quê?",
    "Claude ha chiuso la conversazione, perché?",
    "Kenapa Claude mengakhiri percakapan?",
    "Почему Claude завершил разговор?",
])
def test_claude_ending_the_conversation_is_user_safetys(question: str) -> None:
    assert_answers(question, "user-safety")


def test_a_meeting_that_ended_is_not() -> None:
    assert MATCHER.match("会議が終了された後に議事録をまとめて").lead_id == "none"


def test_commercial_terms_of_an_api_contract_in_korean() -> None:
    assert_answers("우리 회사는 API 계약인데 어떤 약관이 적용돼요?", "commercial-terms")
