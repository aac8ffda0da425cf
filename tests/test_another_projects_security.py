"""A security report addressed to a project's own people ("your repository", "the project
leads") and naming neither Claude nor Anthropic is that project's business: declined, like
another product's question. Naming us keeps it ours.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "our scanner flagged a possible vulnerability in your repository, is there a private "
    "channel to tell you before it goes public?",
    "found a security hole in the project, can I report it privately somewhere?",
    "how do I reach the project leads about a vulnerability, is there an email?",
])
def test_a_projects_own_security_report_is_declined(question: str) -> None:
    assert_answers(question, "none")


@pytest.mark.parametrize("question", [
    "found a security hole in the claude code project, can I report it privately?",
    "I found a vulnerability in Anthropic's repository, where do I report it?",
])
def test_naming_us_keeps_the_report_ours(question: str) -> None:
    assert_answers(question, "vulnerability-reporting")
