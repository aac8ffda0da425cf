"""The maintainers' part of the App Home: the gaps of the last N days, grouped by the article the
matcher found nearest, and one click to say where a group belongs.

Each group shows its counts (declined, "Not helpful"), the text people typed only where the
workspace keeps it (``SAFEGUARDS_STORE_TEXT``), a **Belongs to <nearest article>** button and a
menu of every other article. A click records a suggestion (``bot/store/suggestions.py``); the
catalog changes only when a person runs ``safeguards-bot suggestions apply``. Pure: data in,
blocks out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot.engine.catalog import CRISIS_ID, Catalog
from bot.slack.blocks import (
    MAX_BUTTON_CHARS,
    MAX_VIEW_BLOCKS,
    Block,
    button,
    cap,
    context,
    escape,
    fit,
    plain,
    section,
    user_text,
)
from bot.slack.manifest_ids import SUGGEST_ARTICLE, SUGGEST_OTHER_ARTICLE
from bot.slack.suggestion_values import SuggestionRef
from bot.store.gaps import GapGroup
from bot.store.suggestions import Suggestion

MAX_GROUPS = 10
TEXTS_SHOWN = 3
_OPTION_CHARS = 75
_TEXT_CHARS = 150


def _title(catalog: Catalog, entry_id: str | None) -> str:
    if entry_id is None:
        return "nothing near"
    return catalog.get(entry_id).title if entry_id in catalog else entry_id


def _menu(catalog: Catalog, group: GapGroup, since: datetime, until: datetime) -> Block:
    """Every article and resource but the group's own and the helpline (distress phrases are
    written by hand, never from a click)."""
    options = [
        {"text": plain(fit(entry.title, _OPTION_CHARS), _OPTION_CHARS),
         "value": SuggestionRef(entry.id, group.candidate_id, since, until).encode()}
        for entry in catalog.entries
        if entry.id not in (CRISIS_ID, group.candidate_id)
    ][:100]
    return {"type": "static_select", "action_id": SUGGEST_OTHER_ARTICLE,
            "placeholder": plain("Belongs to another article…", _OPTION_CHARS),
            "options": options}


def _group_blocks(catalog: Catalog, group: GapGroup, since: datetime, until: datetime, *,
                  show_text: bool, suggested: Sequence[Suggestion]) -> list[Block]:
    counts = [f"{group.declined} declined"] if group.declined else []
    if group.not_helpful:
        counts.append(f"{group.not_helpful} not helpful")
    nearest = group.candidate_id
    heading = (f"*{group.questions} question{'s' if group.questions != 1 else ''}* nearest "
               f"*{escape(_title(catalog, nearest))}*" if nearest else
               f"*{group.questions} question{'s' if group.questions != 1 else ''}* near no "
               "article")
    main = section(f"{heading} ({', '.join(counts)})")
    if nearest and nearest in catalog and nearest != CRISIS_ID:
        label = fit(f"Belongs to {catalog.get(nearest).title}", MAX_BUTTON_CHARS)
        main["accessory"] = button(label, SUGGEST_ARTICLE,
                                   SuggestionRef(nearest, nearest, since, until).encode())
    blocks = [main]
    if show_text and group.texts:
        blocks.append(context(*(f"“{user_text(text, _TEXT_CHARS)}”" + (f" ×{n}" if n > 1 else "")
                                for text, n in group.texts[:TEXTS_SHOWN]), verbatim=True))
    if suggested:
        blocks.append(context(" · ".join(
            f"✓ suggestion #{s.id}: belongs to *{escape(_title(catalog, s.article_id))}*"
            for s in suggested)))
    blocks.append({"type": "actions", "elements": [_menu(catalog, group, since, until)]})
    return blocks


def gaps_section(catalog: Catalog, groups: Sequence[GapGroup], *, days: int, since: datetime,
                 until: datetime, show_text: bool,
                 suggested: Mapping[str | None, Sequence[Suggestion]],
                 open_suggestions: int, problem: str | None = None) -> list[Block]:
    """The blocks above the usual Home for a maintainer (``problem``: why the gaps could not be
    read, shown instead of them)."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(f"Gaps: the last {days} days", 150)},
        context("Questions the bot declined or that people marked *Not helpful*, grouped by "
                "the article the matcher found nearest (even below the answer threshold)."
                + ("" if show_text else " Question text is not kept in this workspace "
                   "(SAFEGUARDS_STORE_TEXT), so only counts are shown.")),
    ]
    if problem is not None:
        blocks.append(section(f"The gaps cannot be read right now: {escape(problem)}"))
    elif not groups:
        blocks.append(section(f"No gaps in the last {days} days."))
    for group in groups[:MAX_GROUPS]:
        blocks += _group_blocks(catalog, group, since, until, show_text=show_text,
                                suggested=suggested.get(group.candidate_id, ()))
    if len(groups) > MAX_GROUPS:
        rest = sum(g.questions for g in groups[MAX_GROUPS:])
        blocks.append(context(f"…and {len(groups) - MAX_GROUPS} smaller group(s), {rest} "
                              "question(s): `safeguards-bot report` lists them all."))
    blocks.append(context(
        f"{open_suggestions} open suggestion{'s' if open_suggestions != 1 else ''}. "
        "A click only records a suggestion: the catalog changes when a maintainer runs "
        "`safeguards-bot suggestions apply`, and only if `check` passes."))
    blocks.append({"type": "divider"})
    return blocks


def with_gaps(view: dict[str, Any], gaps: list[Block]) -> dict[str, Any]:
    """The Home ``view`` with the gaps first, within Slack's 100 blocks."""
    blocks = cap([*gaps, *view.get("blocks", [])], MAX_VIEW_BLOCKS,
                 "…and more: `/safeguards list` has every article.")
    return {**view, "blocks": blocks}
