"""The reply as plain text: what ``safeguards-bot ask`` prints, and Slack's notification text."""

from __future__ import annotations

from bot.engine.catalog import Catalog, Entry
from bot.engine.matcher import Decision, Result
from bot.text import wording


def _entry_lines(entry: Entry) -> list[str]:
    return [f"{entry.title}", f"  {entry.url}", f"  {entry.summary}"]


def _related(entry: Entry, catalog: Catalog) -> list[str]:
    lines = []
    for ref in entry.related:
        if ref in catalog:
            other = catalog.get(ref)
            lines.append(f"{wording.RELATED_LEAD} {other.title} <{other.url}>")
    return lines


def render(result: Result, catalog: Catalog, *, empty_question: bool = False) -> str:
    if empty_question:
        return wording.EMPTY_TEXT
    lines: list[str] = []
    if result.decision is Decision.CRISIS:
        crisis, *topical = result.matches
        opening, help_line = wording.crisis_words(result.crisis_kind, result.crisis_level)
        lines += [opening, help_line, "", wording.CRISIS_ARTICLE_LEAD]
        lines += _entry_lines(crisis.entry)
        for match in topical:
            lines += ["", wording.CRISIS_TOPIC_LEAD, *_entry_lines(match.entry)]
    elif result.decision is Decision.ANSWER:
        match = result.matches[0]
        lines += [wording.ANSWER_LEAD, *_entry_lines(match.entry)]
        lines.append(f"  Confidence: {wording.confidence_label(match.confidence)}")
        lines += _related(match.entry, catalog)
    elif result.decision is Decision.SUGGEST:
        lines.append(wording.SUGGEST_LEAD)
        for number, match in enumerate(result.matches, 1):
            lines.append(f"{number}. {match.entry.title} <{match.entry.url}>")
    else:
        fallback = catalog.fallback
        lines += [wording.NONE_TEXT, f"{fallback.title} <{fallback.url}>"]
    return "\n".join(lines)
