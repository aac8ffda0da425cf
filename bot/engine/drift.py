"""Drift: how the Help Center collection and the catalog's articles differ.

The two are matched by the Help Center's **article number** (``/articles/8241253-…``), which
survives a new title or slug. For each article:

- **added**: in the collection, not in the catalog;
- **removed**: an article entry of the catalog whose number the collection no longer lists;
- **renamed**: the title differs once case, Unicode forms, quote and dash styles and spacing are
  set aside. The Help Center writes some titles in a different case from the catalog
  ("Creating a new account after deletion"); such a difference of style only is listed as
  **restyled** and is not drift: people search with the words, not the capitals;
- **moved**: the URL differs (a new slug, another host), compared without the query, the fragment
  or a final ``/``; also an article whose number changed while its title stayed (re-published).

An entry's title is compared with its ``title`` and with its official English title
(``titles.en``), and matches either. Pure: two values in, a ``Drift`` out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.engine.catalog import Catalog, Entry
from bot.engine.collection_page import Collection, HelpCenterArticle, parse_collection

ADDED, REMOVED, RENAMED, MOVED, RESTYLED = "added", "removed", "renamed", "moved", "restyled"
DRIFT_KINDS = (ADDED, REMOVED, RENAMED, MOVED)

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "″": '"',
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"/articles/(\d+)")


def title_key(title: str) -> str:
    """What makes two titles the same title: case, Unicode forms, quote and dash styles and
    spacing set aside."""
    folded = unicodedata.normalize("NFKC", title).translate(_QUOTES).casefold()
    return _SPACES.sub(" ", folded).strip()


def url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def article_number(url: str) -> str | None:
    """The Help Center article number in a URL (``…/articles/8241253-…``), or None."""
    found = _NUMBER.search(url)
    return found[1] if found else None


@dataclass(frozen=True)
class Change:
    kind: str
    entry_id: str | None = None  # the catalog entry (None for an added article)
    number: str | None = None
    old_title: str | None = None  # the catalog's
    new_title: str | None = None  # the Help Center's
    old_url: str | None = None
    new_url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "entry_id": self.entry_id, "number": self.number,
                "catalog_title": self.old_title, "help_center_title": self.new_title,
                "catalog_url": self.old_url, "help_center_url": self.new_url}


@dataclass(frozen=True)
class Drift:
    collection: Collection
    catalog_articles: int
    changes: tuple[Change, ...] = field(default=())

    def of(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def drifted(self) -> list[Change]:
        """The changes that are drift (``restyled`` is not)."""
        return [c for c in self.changes if c.kind in DRIFT_KINDS]

    @property
    def in_sync(self) -> bool:
        return not self.drifted


def _same_title(entry: Entry, title: str) -> bool:
    return any(title_key(t) == title_key(title)
               for t in (entry.title, entry.titles.get("en")) if t)


def _exact_title(entry: Entry, title: str) -> bool:
    return title in (entry.title, entry.titles.get("en"))


def compare(collection: Collection, catalog: Catalog) -> Drift:
    """How ``collection`` (the Help Center's page) differs from ``catalog``'s article entries."""
    entries = catalog.articles
    by_number: dict[str, Entry] = {}
    unnumbered: list[Entry] = []
    for each in entries:
        number = article_number(each.url)
        if number is None:
            unnumbered.append(each)
        else:
            by_number.setdefault(number, each)
    changes: list[Change] = []
    added: list[HelpCenterArticle] = []
    seen: set[str] = set()
    for article in collection.articles:
        entry: Entry | None = by_number.get(article.number)
        if entry is None:
            # An entry with no number in its URL is matched by its title.
            entry = next((e for e in unnumbered if _same_title(e, article.title)), None)
            if entry is None:
                added.append(article)
                continue
        seen.add(entry.id)
        if not _same_title(entry, article.title):
            changes.append(Change(RENAMED, entry.id, article.number, entry.title, article.title))
        elif not _exact_title(entry, article.title):
            changes.append(Change(RESTYLED, entry.id, article.number, entry.title,
                                  article.title))
        if url_key(entry.url) != url_key(article.url):
            changes.append(Change(MOVED, entry.id, article.number, entry.title, article.title,
                                  entry.url, article.url))
    removed = [e for e in entries if e.id not in seen]
    for article in added:
        # Re-published under a new number with the same title: a move, not an add and a remove.
        twin = next((e for e in removed if _same_title(e, article.title)), None)
        if twin is not None:
            removed.remove(twin)
            changes.append(Change(MOVED, twin.id, article.number, twin.title, article.title,
                                  twin.url, article.url))
        else:
            changes.append(Change(ADDED, None, article.number, None, article.title, None,
                                  article.url))
    changes += [Change(REMOVED, e.id, article_number(e.url), e.title, None, e.url, None)
                for e in removed]
    order = {kind: n for n, kind in enumerate((*DRIFT_KINDS, RESTYLED))}
    changes.sort(key=lambda c: (order[c.kind], c.entry_id or "", c.number or ""))
    return Drift(collection, len(entries), tuple(changes))


class UnreadablePage(ValueError):
    """Not a collection page this check understands; the message is one line."""


def drift_of_page(text: str, catalog: Catalog, *, base_url: str | None = None,
                  where: str = "the page") -> Drift:
    """Read a collection page (HTML or Markdown) and compare it with ``catalog``."""
    collection = parse_collection(text, base_url=base_url)
    if not collection.articles:
        raise UnreadablePage(f"{where}: no Help Center articles found (is it a collection "
                             "page, as HTML or Markdown?)")
    others = sorted(collection.locales - {"en"})
    if others:
        raise UnreadablePage(f"{where}: the page is in {', '.join(others)}; the catalog is "
                             "compared with the English collection (/en/)")
    return compare(collection, catalog)
