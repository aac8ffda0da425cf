"""What an issue form puts around a person's words, taken away before the question is read.

People paste whole bug reports: a GitHub issue keeps its template's checkboxes ("I have searched
existing issues", "this is a single bug report"), its headings ("What's Wrong?", "Steps to
Reproduce") and its environment fields ("Platform: Anthropic API", "Claude Model: None",
"Operating System: macOS"). None of that is the question, and some of it is our vocabulary:
"bug report" and "reported" pulled a security report towards reporting content, "Anthropic API"
pulled a banned account towards the API tools. What the person wrote under each heading stays.
"""

from __future__ import annotations

import re

# "- [x] I have searched existing issues": a form's checkbox, ticked or not.
_CHECKBOX = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s.*$", re.MULTILINE)
# A markdown heading, or a line that is a bold label alone ("**Bug Description**", "**Steps to
# Reproduce:**"), as some issue templates write their fields.
# One pattern serves both reading a line and counting a text's headings ([^\S\n]: a space that
# does not end the line).
_HEADING_LINE = (r"^(?: {0,3}#{1,6}[^\S\n]+(.*?)[^\S\n]*#*"
                 r"|[^\S\n]*\*\*([^*\n]{2,60}?):?\*\*:?)[^\S\n]*$")
_HEADING = re.compile(_HEADING_LINE)
_HEADINGS = re.compile(_HEADING_LINE, re.MULTILINE)
# One heading may be someone's emphasis ("# account banned, please help"); a form has several.
_FORM_HEADINGS = 2
# Headings of fields that describe the reporter's setup, not their problem.
_SETUP_FIELD = re.compile(
    r"\b(?:version|platform|operating system|os|terminal|shell|model|regression|environment|"
    r"browser|device|ide|editor|runtime|node|python|sdk|package|plan|subscription tier)\b",
    re.IGNORECASE)
# A setup field's answer is a value ("macOS", "2.1.150", "I don't know"), not an account of what
# happened: a longer text under such a heading is kept.
_VALUE_MAX_CHARS = 60


def is_form(text: str) -> bool:
    """Whether ``text`` is a filled-in form: several headings, as a pasted bug report has."""
    return ("#" in text or "**" in text) and len(_HEADINGS.findall(text)) >= _FORM_HEADINGS


# What only a bug report says, in every language we read: its tag ("[Bug]", "bug:"), its steps
# and expected behaviour, what it was tested with, the changes a fix describes. A game's "suicide
# command" or a player who "cannot kill himself" there is the program's, not anyone's distress.
_BUG_REPORT = re.compile(
    r"\[bug\]|^\s*bug\s*:|steps to reproduce|to reproduce:|repro steps|reproduction steps"
    r"|expected (?:and actual )?behaviou?r|actual behaviou?r|expected result|actual result"
    r"|tested (?:with|on) |étapes pour reproduire|comportement attendu"
    r"|schritte zum reproduzieren|erwartetes verhalten|pasos para reproducir"
    r"|comportamiento esperado|passi per riprodurre|comportamento atteso"
    r"|passos para reproduzir|comportamento esperado|шаги воспроизведения"
    r"|ожидаемое поведение|описание изменений|langkah reproduksi|perilaku yang diharapkan"
    r"|再現手順|期待される動作|재현 단계|재현 방법|예상 동작|复现步骤|重现步骤|復現步驟|重現步驟"
    r"|预期行为|預期行為|期望行为",
    re.IGNORECASE | re.MULTILINE)


def is_bug_report(text: str) -> bool:
    """Whether ``text`` is a bug report: a filled-in form, or the words only a report uses."""
    return is_form(text) or _BUG_REPORT.search(text) is not None


def without_form(text: str) -> str:
    """``text`` without a form's checkboxes, headings and filled-in setup fields."""
    if "#" not in text and "[" not in text and "**" not in text:
        return text
    text = _CHECKBOX.sub("", text)
    if not is_form(text):
        return text
    kept: list[str] = []
    section: list[str] = []
    setup = False

    def close() -> None:
        body = "\n".join(section).strip()
        if not (setup and len(body) <= _VALUE_MAX_CHARS and "\n" not in body):
            kept.extend(section)
        section.clear()

    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading is None:
            section.append(line)
            continue
        close()
        setup = _SETUP_FIELD.search(heading.group(1) or heading.group(2)) is not None
    close()
    return "\n".join(kept)
