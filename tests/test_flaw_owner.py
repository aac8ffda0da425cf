"""A security flaw reported in software the question names, not ours, is that project's to
receive: declined like another product's question. Flaws in our products, flaws named without
a product, capitals that are a title's and not a name's, and distress are unchanged.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.flaw_owner import flaw_owner
from tests.support.answers import assert_answers
from tests.support.crisis import assert_crisis


@pytest.mark.parametrize(("text", "name"), [
    ("I think there is an XSS in Mattermost's link previews, who takes reports?", "Mattermost"),
    ("found a vulnerability in the open source library PyYAML-Extras", "PyYAML-Extras"),
    ("J'ai trouvé une faille dans Jellyfin, à qui l'envoyer ?", "Jellyfin"),
    ("Encontré una vulnerabilidad en el plugin WooPayments", "WooPayments"),
    ("Ho trovato una vulnerabilità nel progetto Gitea", "Gitea"),
    ("Ich habe eine Sicherheitslücke in Nextcloud Talk gefunden", "Nextcloud"),
    ("нашла уязвимость в redis, кому писать?", "redis"),
    ("an RCE in openssl3 on my server", "openssl3"),
    ("在redis里发现了一个漏洞，应该报给谁", "redis"),
    ("Claude Code 에서 취약점을 찾았어요", None),
    ("found an XSS on claude.ai, where do I send it?", None),
    ("I found a vulnerability in your API that leaks other users' chats", None),
    ("a prompt injection vulnerability in the MCP connector", None),
    ("a stored XSS in the iOS app's share sheet", None),
    ("Security Vulnerability In Login Page", None),
    ("how do I report a bug in the website?", None),
])
def test_the_software_a_flaw_is_in(text: str, name: str | None) -> None:
    assert flaw_owner(text) == name


@pytest.mark.parametrize("question", [
    "I found a stored XSS in Mattermost, how do I report it responsibly?",
    "J'ai trouvé une faille de sécurité dans Jellyfin, comment la signaler ?",
    "нашла уязвимость в redis, кому писать?",
    "Is there a bug bounty for vulnerabilities in the Gitea project?",
])
def test_a_flaw_in_another_project_is_declined(question: str) -> None:
    assert_answers(question, "none")


@pytest.mark.parametrize("question", [
    "I found a stored XSS on claude.ai, how do I report it responsibly?",
    "found a vulnerability in your API that leaks other users' chats, where do I report it?",
    "Ich habe eine Sicherheitslücke in der Claude-App gefunden, wo melde ich sie?",
    "Security Vulnerability In Login Page, where do I report this?",
])
def test_a_flaw_in_our_products_keeps_its_article(question: str) -> None:
    assert_answers(question, "vulnerability-reporting")


def test_distress_is_answered_whatever_the_flaw() -> None:
    assert_crisis("I found a vulnerability in Mattermost and my boss says it's my fault, "
                  "honestly I want to kill myself")
