"""Whether a flaw may be published (and when) is the Responsible Disclosure Policy's, in every
language; a bug that lets one read other people's chats is a vulnerability to report, while an
admin reading a team's chats is a privacy question; whether deleted chats are kept is the
privacy policy's, in Italian and Chinese too.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER


@pytest.mark.parametrize("question", [
    "Darf ich die Lücke nach 90 Tagen veröffentlichen, wenn Anthropic nicht antwortet?",
    "Anthropic me laisse-t-il publier la faille une fois corrigée ?",
    "Posso publicar a vulnerabilidade depois que corrigirem?",
    "Posso pubblicare la vulnerabilità dopo la correzione?",
    "취약점을 공개해도 되는 시점이 언제인가요?",
    "Kapan saya boleh mempublikasikan celah yang saya temukan di Claude?",
])
def test_publishing_a_flaw_is_the_disclosure_policys(question: str) -> None:
    assert_answers(question, "responsible-disclosure-policy")


def test_a_bug_to_read_other_peoples_chats_is_a_vulnerability() -> None:
    assert_answers("there's a bug to read other people's chats via the share link, where do i "
                   "send it", "vulnerability-reporting")


def test_an_admin_reading_a_teams_chats_is_not() -> None:
    assert MATCHER.match("can my team admin read other people's chats in our claude team "
                         "workspace?").lead_id != "vulnerability-reporting"


@pytest.mark.parametrize("question", [
    "Anthropic conserva le chat cancellate?",
    "我删除的对话 Anthropic 还会保留吗",
])
def test_deleted_chats_kept_is_the_privacy_policys(question: str) -> None:
    assert_answers(question, "privacy-policy")


def test_finding_ways_to_trick_claude_is_the_bug_bountys() -> None:
    assert_answers("is there a program for people who find ways to trick claude", "bug-bounty")
