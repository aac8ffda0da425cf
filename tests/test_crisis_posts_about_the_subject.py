"""Posts, messages and comments *about* self-harm, named by someone who moderates or studies them,
in every language: the subject named, not the writer's own distress. Thinking about it oneself
stays a crisis, and so does being alone and unable to go on; a denial with "just tired" is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("question", [
    "Unser Forum will Beiträge über Selbstverletzung automatisch markieren, geht das mit Claude?",
    "¿Podemos usar Claude para clasificar mensajes sobre autolesiones en nuestra comunidad?",
    "Vorremmo usare Claude per filtrare i commenti sull'autolesionismo nel nostro forum",
    "Можно ли с Claude автоматически отмечать посты о самоповреждении на нашем сайте?",
    "Bisa nggak Claude dipakai buat menandai postingan soal melukai diri di forum kami?",
    "掲示板の自傷に関する書き込みをClaudeで自動的に分類できますか？",
])
def test_posts_about_self_harm_are_a_subject(question: str) -> None:
    assert_not_crisis(question)


@pytest.mark.parametrize("message", [
    "ho pensato all'autolesionismo tutto il giorno",
    "Ich denke ständig über Selbstverletzung nach",
    "думаю о самоповреждении каждый день",
    "自傷に関することばかり考えてしまう",
    "自殺について考えてしまう",
    "estoy sola y ya no puedo más",
])
def test_thinking_about_it_oneself_stays_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    # "solo" before what one is is "just", not "alone"; "太累了" alone is a tiring day
    "no estoy pensando en suicidarme ni nada, solo estoy harta del trabajo",
    "我不是想自杀，就是工作太累了",
    "今天加班太累了，明天再说吧",
])
def test_a_denial_with_just_tired_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "Our self harm POC tests how open models triage risky posts from forums",
    "we published a suicide prevention research study, feedback welcome",
])
def test_a_piece_of_work_on_the_subject_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_a_dog_that_snatched_a_pill_is_not_escalated() -> None:
    assert_not_escalated("the puppy snatched an ibuprofen off the floor, is that dangerous?")
