"""A pasted bug-report form: its scaffolding is dropped, the person's words are read."""

from __future__ import annotations

import pytest

from bot.engine.catalog import load_catalog
from bot.engine.form_fields import without_form
from bot.engine.matcher import Decision, Matcher

MATCHER = Matcher(load_catalog())

# The shape of a GitHub issue template (checkboxes, headings, environment fields), in our words.
FORM = """### Preflight Checklist

- [x] I have searched existing issues and this hasn't been reported yet
- [x] This is a single bug report (please file separate reports for different bugs)
- [ ] I am using the latest version

### What's Wrong?

{body}

### What Should Happen?

{wanted}

### Error Messages/Logs

```shell
```

### Claude Model

None

### Is this a regression?

I don't know

### Claude Code Version

2.1.150

### Platform

Anthropic API

### Operating System

macOS
"""


@pytest.mark.parametrize(("body", "wanted", "expected"), [
    ("Got an email today that my org is disabled for a usage policy violation. I only use it "
     "for refactoring a Django app.", "A human should look at it and give my access back.",
     "appeals"),
    ("I think I found a way to read other users' conversation titles through the share link "
     "endpoint by changing the id.", "Where do I send the details privately?",
     "vulnerability-reporting"),
])
def test_a_question_inside_a_bug_report_form_gets_the_answer_it_gets_alone(
        body: str, wanted: str, expected: str) -> None:
    alone = MATCHER.match(f"{body} {wanted}")
    in_form = MATCHER.match(FORM.format(body=body, wanted=wanted))
    assert alone.decision is Decision.ANSWER and alone.lead_id == expected
    assert in_form.decision is Decision.ANSWER and in_form.lead_id == expected


def test_the_form_is_dropped_and_the_persons_words_are_kept() -> None:
    kept = without_form(FORM.format(body="my org was disabled", wanted="my access back"))
    assert "my org was disabled" in kept and "my access back" in kept
    for scaffolding in ("searched existing issues", "single bug report", "Preflight",
                        "What's Wrong", "Anthropic API", "macOS", "2.1.150", "regression"):
        assert scaffolding not in kept


def test_a_setup_field_with_an_account_of_what_happened_is_kept() -> None:
    text = ("### What happened\n\nit stopped\n\n### Platform\n\nI was on the Anthropic API when "
            "the org got suspended, then the console showed a policy warning\n")
    assert "org got suspended" in without_form(text)


@pytest.mark.parametrize("text", [
    "# urgent: my account got banned, how do i appeal",  # one heading is emphasis, not a form
    "posted in #general: is there a bug bounty for jailbreaks?",
    "my account got banned [again], how do i appeal",
])
def test_text_that_is_not_a_form_is_left_alone(text: str) -> None:
    assert without_form(text) == text


def test_bold_labels_alone_on_their_line_are_a_forms_headings_too() -> None:
    text = ("my org was disabled\n\n**Bug Description**\nno warning before it\n\n"
            "**Environment Info**\n- Platform: darwin\n")
    kept = without_form(text)
    assert "Bug Description" not in kept and "darwin" not in kept
    assert "my org was disabled" in kept and "no warning before it" in kept
    assert without_form("I **really** need help, my account got **banned**") == (
        "I **really** need help, my account got **banned**")
