"""A question about writing a story with dark themes: "is it allowed" is the Usage Policy's, "will
Claude block it" the user-safety article's, and neither is a crisis of the writer's. A
character's words stay the character's, in every language, and a ban, a report or the helpline
banner keeps its own article.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER, assert_crisis, assert_not_crisis


@pytest.mark.parametrize("question", [
    "my novel's heroine wants to die in chapter three, is claude allowed to write that?",
    "can I use claude for a fanfic where the villain kills himself, or is that prohibited?",
    "J'écris une nouvelle où le personnage principal veut mourir : est-ce que Claude a le droit "
    "de m'aider ?",
    "In meiner Kurzgeschichte will sich die Hauptfigur umbringen. Ist das mit Claude erlaubt?",
    "Mi novela tiene un personaje que quiere suicidarse, ¿está permitido escribirlo con Claude?",
    "Nel mio romanzo il protagonista vuole morire, è consentito farlo scrivere a Claude?",
    "No meu livro a personagem quer se matar, é permitido pedir ajuda ao Claude com isso?",
    "В моём рассказе героиня хочет покончить с собой — можно ли писать такое с Claude?",
    "Di cerpenku tokohnya ingin bunuh diri, boleh nggak minta Claude bantu nulis?",
    "小説の主人公が死にたいと思う話、Claudeに書いてもらってもいいですか？",
    "제 소설 주인공이 죽고 싶어하는데 Claude로 써도 되나요?",
    "我的小说里主角想自杀，用Claude写这种情节违规吗？",
    "我的小說主角想輕生，用Claude寫這段可以寫嗎？",
])
def test_is_a_dark_story_allowed_is_the_usage_policys(question: str) -> None:
    assert_answers(question, "usage-policy")


@pytest.mark.parametrize("question", [
    "my screenplay has a character who overdoses, will claude refuse to write the scene?",
    "Mi personaje se suicida al final del cuento, ¿Claude me lo va a bloquear?",
    "角色扮演里我的角色想死，Claude会拒绝吗？",
])
def test_will_claude_block_a_dark_story_is_the_user_safety_articles(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    # the ban, a report, the helpline banner: each keeps its own article
    "my account got banned after writing a novel where the villain dies, is that allowed? how do "
    "I appeal",
    "I want to report what claude wrote in my story, it was not allowed content",
    "a helpline banner keeps popping up while I write my novel, is dark fiction not allowed?",
])
def test_a_story_with_a_ban_a_report_or_the_banner_keeps_its_article(question: str) -> None:
    assert MATCHER.match(question).lead_id != "usage-policy", question


@pytest.mark.parametrize("question", [
    # the reflexive of another clause ("me", "-mi") is the writer asking for help, not the
    # character's "me matar"
    "Tô escrevendo um conto em que a personagem quer se matar, o Claude pode me ajudar a revisar?",
    "Sto scrivendo un racconto in cui il personaggio vuole morire: Claude può aiutarmi?",
])
def test_the_writers_reflexive_is_not_the_characters(question: str) -> None:
    assert_not_crisis(question)


@pytest.mark.parametrize("message", [
    "eu quero me matar, alguém pode me ajudar?",
    "voglio morire, qualcuno può aiutarmi?",
])
def test_ones_own_wish_asking_for_help_stays_a_crisis(message: str) -> None:
    assert_crisis(message)
