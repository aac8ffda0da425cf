""""The safeguard fired" in the words people use for it: Claude's safety checks flagging a harmless
request (the user safety article), said in Korean, Japanese, French, Indonesian, Spanish and
German. The same words about another company's product stay out of scope.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "클로드 쓰는데 번역만 시켜도 세이프가드에 걸려요",
    "Claude のセーフガードが発動して作業が止まる、なぜ?",
    "Sur Claude, le safeguard se déclenche dès que je parle de pare-feu",
    "Claude kena safeguard terus padahal cuma minta rangkuman",
    "En Claude el safeguard se activó con una pregunta de química básica",
    "Bei Claude wird ständig ein Safeguard ausgelöst, obwohl ich nur Tests schreibe",
])
def test_a_safeguard_that_fired_finds_the_user_safety_article(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    "ChatGPT 세이프가드에 걸려서 이미지 생성이 안 돼요",
    "Instagram safeguard triggered on my post",
    "Safeguard ausgelöst bei ChatGPT, warum?",
])
def test_another_products_safeguard_stays_out_of_scope(question: str) -> None:
    assert_answers(question, "none")
