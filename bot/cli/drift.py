"""``safeguards-bot drift SOURCE``: has the Help Center's Safeguards collection moved on from the
catalog? SOURCE is the collection page as a file or a URL, as HTML or Markdown (what counts as
added, removed, renamed and moved: ``bot/engine/drift.py``).

Exit status: 0 in sync, 1 drift (or a broken catalog), 2 a source that cannot be read or is not a
collection page (one line on stderr).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from bot.engine.catalog import Catalog
from bot.engine.drift import (
    ADDED,
    MOVED,
    REMOVED,
    RENAMED,
    RESTYLED,
    Drift,
    UnreadablePage,
    drift_of_page,
)
from bot.help_center_source import SourceError, read_source

EXIT_IN_SYNC, EXIT_DRIFT, EXIT_UNREADABLE = 0, 1, 2


def check_source(source: str, catalog: Catalog, *, timeout: float) -> Drift:
    """Read ``source`` and compare it; ``SourceError`` or ``UnreadablePage`` when it cannot."""
    text, fetched_from = read_source(source, timeout=timeout)
    return drift_of_page(text, catalog, base_url=fetched_from, where=source)


def as_json(drift: Drift, source: str) -> dict[str, Any]:
    collection = drift.collection
    return {
        "source": source,
        "collection": collection.name,
        "form": collection.form,
        "stated_count": collection.stated_count,
        "help_center_articles": len(collection.articles),
        "catalog_articles": drift.catalog_articles,
        "in_sync": drift.in_sync,
        **{kind: [c.as_dict() for c in drift.of(kind)]
           for kind in (ADDED, REMOVED, RENAMED, MOVED, RESTYLED)},
    }


def lines(drift: Drift, source: str) -> list[str]:
    """The report a person reads: one line per change, then the verdict."""
    collection = drift.collection
    found = len(collection.articles)
    out = [f"{source}: {collection.name or 'collection'}, {found} article(s) "
           f"({collection.form}); the catalog has {drift.catalog_articles} article entries"]
    if collection.stated_count is not None and collection.stated_count != found:
        out.append(f"note: the page says {collection.stated_count} articles but {found} were "
                   "found: its layout may have changed")
    for change in drift.of(ADDED):
        out.append(f"added    {change.number}  \"{change.new_title}\"  {change.new_url}")
    for change in drift.of(REMOVED):
        out.append(f"removed  {change.entry_id}  \"{change.old_title}\"  (article "
                   f"{change.number or '?'} is no longer in the collection)")
    for change in drift.of(RENAMED):
        out.append(f"renamed  {change.entry_id}  \"{change.old_title}\" -> "
                   f"\"{change.new_title}\"")
    for change in drift.of(MOVED):
        out.append(f"moved    {change.entry_id}  {change.old_url} -> {change.new_url}")
    for change in drift.of(RESTYLED):
        out.append(f"style    {change.entry_id}  \"{change.old_title}\" / "
                   f"\"{change.new_title}\" (case or punctuation only: not drift)")
    drifted = drift.drifted
    if drifted:
        counts = ", ".join(f"{len(drift.of(k))} {k}" for k in (ADDED, REMOVED, RENAMED, MOVED)
                           if drift.of(k))
        out.append(f"Drift: {counts}. Update data/catalog.yaml, then run "
                   "'safeguards-bot check'.")
    else:
        out.append(f"In sync: {found} articles, the same titles and URLs.")
    return out


def run_drift(source: str, catalog: Catalog, *, json_output: bool, timeout: float) -> int:
    """The command: its exit status (see the module docstring)."""
    try:
        drift = check_source(source, catalog, timeout=timeout)
    except (SourceError, UnreadablePage) as exc:
        print(f"safeguards-bot drift: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if json_output:
        print(json.dumps(as_json(drift, source), ensure_ascii=False, indent=1))
    else:
        print("\n".join(lines(drift, source)))
    return EXIT_IN_SYNC if drift.in_sync else EXIT_DRIFT
