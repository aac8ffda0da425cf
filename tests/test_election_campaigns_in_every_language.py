"""Political campaigning and election material are among the Usage Policy's restricted uses:
asked as "may I" in any of the Help Center's languages, the Usage Policy answers. The police
asking for one's conversations, in Russian, is the law enforcement article's. An election in the
news is nobody's question to us.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER


@pytest.mark.parametrize("question", [
    "클로드로 선거 운동 문자 써도 되나요?",
    "Posso usar o Claude para a minha campanha eleitoral?",
    "¿Se puede usar Claude para una campaña política?",
    "Peut-on utiliser Claude pour une campagne électorale ?",
    "Darf ich Claude für Wahlkampf-Texte nutzen?",
    "Posso usare Claude per la mia campagna elettorale?",
    "選挙運動のビラをClaudeで作ってもいいですか",
    "Boleh pakai Claude buat kampanye pemilu?",
    "Можно ли использовать Claude для предвыборной агитации?",
])
def test_campaigning_with_claude_is_the_usage_policys(question: str) -> None:
    assert_answers(question, "usage-policy")


def test_the_police_asking_for_ones_chats_in_russian() -> None:
    assert_answers("Полиция может получить мои переписки с Claude?", "law-enforcement")


def test_an_election_in_the_news_is_declined() -> None:
    assert MATCHER.match("who won the election last night").lead_id == "none"
