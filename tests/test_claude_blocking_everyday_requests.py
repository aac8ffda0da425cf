"""Claude blocking ordinary requests again and again, told in the asker's words in several
languages, is what the user-safety article explains (safety filters that act on prompts and can
be wrong); the asker's own firewall, internet provider, router or company proxy blocking
requests is not ours.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "why does claude keep blocking everything i ask in claude code",
    "Claude 一直拦截我的请求，我只是在写医院系统",
    "Claudeに普通の質問をしてもブロックされる、なんで？",
    "Claude bloque toutes mes demandes depuis ce matin, même des trucs banals",
    "Claude bloqueia tudo que eu peço, até coisas normais",
    "Claude блокирует все мои запросы, даже безобидные",
    "Claude terus ngeblok permintaan aku padahal cuma coding biasa",
])
def test_claude_blocking_ordinary_requests_is_user_safety(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    "my isp is blocking my requests",
    "学校网络一直拦截我的请求",
    "会社のプロキシで普通の質問でもブロックされる",
    "le pare-feu bloque toutes mes demandes",
    "роутер блокирует мои запросы",
    "the corporate proxy blocks a lot of sites, how do i get it unblocked",
])
def test_the_askers_own_network_blocking_is_not_ours(question: str) -> None:
    assert_answers(question, "none")
