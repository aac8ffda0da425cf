"""An insult, a slur or a racist joke in Claude's reply is something to report, in every language:
the reporting article. The same words about a coworker, a Discord user or a profanity filter of
one's own app are not about Claude.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "claude called me stupid in its answer, where can I report that?",
    "Claude told a racist joke when I asked for a pun, how do I let Anthropic know?",
    "Claude m'a insulté dans sa réponse, je le signale où ?",
    "Claude hat mich beschimpft, wo kann ich das melden?",
    "Claude me insultó en una respuesta, ¿dónde lo reporto?",
    "O Claude me xingou numa resposta, onde eu denuncio?",
    "Claude mi ha insultato in una risposta, dove lo segnalo?",
    "Claude нагрубил мне в ответе, куда пожаловаться?",
    "Claude menghina saya di jawabannya, lapor ke mana?",
    "Claudeに暴言を吐かれた。どこに報告すればいいですか",
    "Claude가 답변에서 막말을 했어요, 어디에 신고해요?",
    "Claude在回答里骂我，去哪里举报？",
    "Claude在回答裡罵我，要去哪裡舉報？",
])
def test_an_insult_in_claudes_reply_is_reported(question: str) -> None:
    assert_answers(question, "reporting-content")


@pytest.mark.parametrize("question", [
    "my coworker insulted me in a meeting, how do I report him to HR",
    "a user on our discord keeps posting slurs, how do I ban them",
    "kami lagi bikin aplikasi dan butuh filter kata kasar buat komentar, ada library-nya?",
])
def test_insults_elsewhere_are_not_about_claude(question: str) -> None:
    assert_answers(question, "none")
