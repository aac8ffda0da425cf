"""The reply as plain text: what ``safeguards-bot ask`` prints, and Slack's notification text."""

from __future__ import annotations

from bot.engine.catalog import Catalog, Entry
from bot.engine.matcher import Decision, Result
from bot.text import wording
from bot.text.words import ENGLISH, Words


def link_text(entry: Entry, words: Words) -> str:
    """"Title <url>", and "(in English)" after a page that has no version in the reader's
    language."""
    text = f"{words.title(entry)} <{words.url(entry)}>"
    return f"{text} {words(wording.IN_ENGLISH)}" if words.in_english(entry) else text


def _entry_lines(entry: Entry, words: Words) -> list[str]:
    url = words.url(entry)
    if words.in_english(entry):
        url = f"{url} {words(wording.IN_ENGLISH)}"
    return [words.title(entry), f"  {url}", f"  {words.summary(entry)}"]


def _related(entry: Entry, catalog: Catalog, words: Words) -> list[str]:
    return [f"{words(wording.RELATED_LEAD)} {link_text(catalog.get(ref), words)}"
            for ref in entry.related if ref in catalog]


def render(result: Result, catalog: Catalog, *, empty_question: bool = False,
           words: Words = ENGLISH) -> str:
    if empty_question:
        return words(wording.EMPTY_TEXT)
    lines: list[str] = []
    if result.decision is Decision.CRISIS:
        crisis, *topical = result.matches
        opening, help_line = words.crisis(result.crisis_kind, result.crisis_level)
        lines += [opening, help_line, "", words(wording.CRISIS_ARTICLE_LEAD)]
        lines += _entry_lines(crisis.entry, words)
        for match in topical:
            lines += ["", words(wording.CRISIS_TOPIC_LEAD), *_entry_lines(match.entry, words)]
    elif result.decision is Decision.ANSWER:
        match = result.matches[0]
        lines += [words(wording.ANSWER_LEAD), *_entry_lines(match.entry, words)]
        lines.append(f"  {words.confidence(match.confidence)}")
        lines += _related(match.entry, catalog, words)
    elif result.decision is Decision.SUGGEST:
        lines.append(words(wording.SUGGEST_LEAD))
        for number, match in enumerate(result.matches, 1):
            lines.append(f"{number}. {link_text(match.entry, words)}")
    else:
        lines += [words(wording.NONE_TEXT), link_text(catalog.fallback, words)]
    return "\n".join(lines)
