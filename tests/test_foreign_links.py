"""A question that links another organisation's site or writes to its security or support inbox,
and never names Claude or Anthropic, is about that organisation: declined like another product's
question. Our own links, links that name us, and a person's own address change nothing; distress
is answered whatever the links.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.foreign_links import foreign_link
from tests.support.answers import assert_answers
from tests.support.crisis import assert_crisis


@pytest.mark.parametrize(("text", "host"), [
    ("see https://help.example-social.com/suspended-accounts", "help.example-social.com"),
    ("I wrote to security@opencms-project.org", "opencms-project.org"),
    ("<https://www.forum.example.net/t/123|the thread>", "forum.example.net"),
    ("https://support.claude.com/en/articles/8241253", None),
    ("https://console.anthropic.com/settings", None),
    ("https://hackerone.com/anthropic-vdp", None),
    ("https://github.com/someone/claude-proxy", None),
    ("the form https://docs.google.com/forms/d/e/abc/viewform won't submit", None),
    ("https://hackerone.com/reports/123456", None),
    ("my address is jane.doe@gmail.com", None),
    ("write to me at jane.doe@acme.io", None),
])
def test_the_host_of_another_organisation(text: str, host: str | None) -> None:
    assert foreign_link(text) == host


@pytest.mark.parametrize("question", [
    "I reported an XSS to security@opencms-project.org two weeks ago and got no answer, "
    "is there another secure way to report it?",
    "my account was suspended, I followed https://help.example-social.com/appeal and heard "
    "nothing back",
])
def test_another_organisations_inbox_or_page_is_declined(question: str) -> None:
    assert_answers(question, "none")


@pytest.mark.parametrize(("question", "article"), [
    ("I found an XSS, where do I report a security vulnerability? "
     "https://hackerone.com/anthropic-vdp is the right place?", "vulnerability-reporting"),
    ("I deleted my account and now jane.doe@acme.io can't sign up again with it",
     "account-after-deletion"),
])
def test_our_links_and_a_persons_address_keep_the_answer(question: str, article: str) -> None:
    assert_answers(question, article)


def test_distress_is_answered_whatever_the_links() -> None:
    assert_crisis("I can't do this anymore, I want to kill myself. "
                  "https://forum.example.net/t/123 has my goodbye")
