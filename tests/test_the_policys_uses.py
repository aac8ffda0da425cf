"""Whether Claude may be used for one of the Usage Policy's named uses is the policy's question in
every language, now for more of them: hiring decisions, medical advice, tracking a person, fake
personas, inferring someone's sexual orientation, malicious code. A judge or the police asking for
one's conversations is the law-enforcement article's; a cron job that might get an account banned
is the agents article's. (stress/topics_dev.yaml showed the gaps; every sentence here was
written for this file.)"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "is it allowed to have claude screen job applicants for us?",
    "Claudeで医療アドバイスを返すアプリを作るのはポリシー上問題ありませんか",
    "Claude로 직장 동료를 몰래 추적하는 앱 만들어도 되나요?",
    "can we use claude to run fake personas that post reviews? is that allowed",
    "用 Claude 分析别人的帖子来判断性取向，会违反使用政策吗？",
    "Разрешено ли писать вредоносный код с помощью Claude для учебного проекта?",
    "apakah boleh pakai Claude untuk menulis kode berbahaya buat tugas kampus?",
])
def test_a_named_use_asked_as_allowed(question: str) -> None:
    assert_answers(question, "usage-policy")


@pytest.mark.parametrize("question", [
    "Un juge peut-il forcer Anthropic à livrer mes échanges avec Claude ?",
    "Anthropic 会把我的聊天记录交给警方吗？",
])
def test_a_judge_or_the_police_asking_for_conversations(question: str) -> None:
    assert_answers(question, "law-enforcement")


def test_a_cron_job_and_a_ban() -> None:
    assert_answers("je fais tourner Claude Code dans un cron la nuit, je risque un ban ?",
                   "agents-usage-policy")
