"""The weekly digest's message: counts only (never a question's text), the largest gap groups by
the article they were nearest, and whether the catalog still matches the Help Center."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.engine.catalog import Catalog
from bot.slack.blocks import Block, Reply, context, escape, plain, section
from bot.store.digests import DRIFT_FOUND, DRIFT_NONE, DRIFT_OFF, DRIFT_UNREADABLE
from bot.store.gaps import GapGroup

TOP_GAPS = 5


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def drift_line(drift: str | None, changes: int | None) -> str | None:
    if drift in (None, DRIFT_OFF):
        return None
    if drift == DRIFT_NONE:
        return "Help Center: the catalog matches the Safeguards collection."
    if drift == DRIFT_FOUND:
        return (f"Help Center: {_plural(changes or 0, 'change')} since the catalog was written "
                "(articles added, removed, renamed or moved): run `safeguards-bot drift` for "
                "the list.")
    if drift == DRIFT_UNREADABLE:
        return "Help Center: the collection page could not be read, so drift was not checked."
    return None


def digest_message(catalog: Catalog, counts: dict[str, int], groups: Sequence[GapGroup], *,
                   since: datetime, until: datetime, drift: str | None,
                   changes: int | None) -> Reply:
    asked = sum(counts.values())
    period = f"{since:%a %d %b} to {until:%a %d %b %Y}"
    figures = (f"*{asked:,}* asked · *{counts.get('answer', 0):,}* answered · "
               f"*{counts.get('suggest', 0):,}* did-you-mean · *{counts.get('none', 0):,}* "
               f"declined · *{counts.get('crisis', 0):,}* crisis replies")
    blocks: list[Block] = [
        {"type": "header", "text": plain("Safeguards bot: the week", 150)},
        context(escape(period)),
        section(figures),
    ]
    gap_lines = []
    for group in groups[:TOP_GAPS]:
        nearest = group.candidate_id
        if nearest is not None and nearest in catalog:
            nearest = catalog.get(nearest).title
        where = f"nearest *{escape(nearest)}*" if nearest else "near no article"
        gap_lines.append(f"• {_plural(group.questions, 'question')} {where} "
                         f"({group.declined} declined, {group.not_helpful} not helpful)")
    blocks.append(section("*Top gaps*\n" + "\n".join(gap_lines) if gap_lines
                          else "*Top gaps*\nNone this week."))
    line = drift_line(drift, changes)
    if line:
        blocks.append(section(line))
    blocks.append(context("Counts only. Maintainers see the gap groups, and can say where they "
                          "belong, in the app's Home tab."))
    text = (f"Safeguards bot, {period}: {asked:,} asked, {counts.get('answer', 0):,} answered, "
            f"{counts.get('none', 0):,} declined, {counts.get('crisis', 0):,} crisis replies.")
    return Reply(text, blocks)
