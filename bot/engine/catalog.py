"""The Safeguards catalog (``data/catalog.yaml``): its data types, and reading it from disk.

The catalog is all or nothing: any problem raises ``CatalogError`` listing every mistake with its
file and line, so the bot never starts (or reloads) with an empty or half-read catalog. The checks
that find those mistakes, while building the entries, are in ``bot.engine.catalog_checks``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml


def _default_catalog_path() -> Path:
    """The catalog shipped in the installed package (the build copies data/catalog.yaml there,
    see setup.py), or, in a checkout, data/catalog.yaml itself: the file maintainers edit."""
    packaged = resources.files("bot") / "catalog_data" / "catalog.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "catalog.yaml"


DEFAULT_CATALOG_PATH = _default_catalog_path()
CATALOG_ENV = "SAFEGUARDS_CATALOG"

CRISIS_ID = "crisis-helpline"
LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "ja", "ko", "zh", "id", "ru")
KINDS = ("article", "resource")
# The Help Center locales an entry's official `titles` may be given in.
TITLE_LOCALES = ("en", "fr", "de", "id", "it", "ja", "ko", "pt-BR", "ru", "zh-CN", "es", "zh-TW")

SIGN_STRENGTHS = ("strong", "weak")
# Who the distress phrases of the languages beyond the Help Center's speak of; "signs" are not
# distress alone, only two different ones together (``crisis_other_languages``).
SPEAKERS = ("self", "others", "signs")
# What a language code looks like (ISO 639-1, or 639-3 where there is none: "fil").
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# What an entry id looks like: lowercase words joined by '-' ("appeals", "crisis-helpline").
ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Topic:
    id: str
    name: str


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    title: str
    url: str
    topic: str
    summary: str
    escalate: bool = False
    related: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    languages: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    distress: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    # "strong" / "weak" -> language -> phrases: signs of distress that count only together
    distress_signs: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=dict, hash=False, compare=False)
    # language the Help Center does not publish in -> "self" / "others" -> phrases
    # (``bot.engine.crisis_other_languages``)
    distress_other_languages: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=dict, hash=False, compare=False)
    # Never matched: the https pages the entry's phrases were grounded in; the article's
    # official title per Help Center locale (only titles actually seen there), the locales whose
    # title could not be found (the English one is shown), and the localised slugs seen in its
    # links (see ``bot.engine.help_center``).
    sources: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    english_title_in: tuple[str, ...] = ()
    slugs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def all_phrases(self) -> Iterator[str]:
        """Everything people may call this entry: title, phrases, keywords, other languages."""
        yield self.title
        yield from self.phrases
        yield from self.keywords
        for phrases in self.languages.values():
            yield from phrases


@dataclass(frozen=True)
class Situation:
    """A situation that names its article whatever the question's other words say (see
    ``bot.engine.situations``): the words naming it (``when``), one of which must come with one
    of ``about``, and none of ``unless``."""

    article: str
    when: tuple[str, ...]
    about: tuple[str, ...]
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    path: Path
    entries: tuple[Entry, ...]
    topics: tuple[Topic, ...]
    fallback_id: str
    # word (in matching form) -> the word it stands for, from the catalog's `synonyms` groups
    synonyms: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # Names of other companies' products, and our own names: a question naming one of the first
    # and none of the second is about someone else's product (see ``Matcher``).
    other_products: tuple[str, ...] = ()
    own_names: tuple[str, ...] = ()
    # The asker's own world (their devices, other companies' services, everyday dealings with
    # the police): a question naming one and none of our names is ours only when it matches
    # strongly (see ``Matcher``).
    elsewhere: tuple[str, ...] = ()
    situations: tuple[Situation, ...] = ()
    # entry id -> entry, filled in from ``entries``
    _by_id: dict[str, Entry] = field(init=False, repr=False, hash=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def get(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    @property
    def fallback(self) -> Entry:
        return self.get(self.fallback_id)

    @property
    def crisis(self) -> Entry:
        return self.get(CRISIS_ID)

    @property
    def articles(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind == "article")

    def by_topic(self) -> list[tuple[Topic, list[Entry]]]:
        return [(t, [e for e in self.entries if e.topic == t.id]) for t in self.topics]


class CatalogError(Exception):
    """A catalog that must not be used; ``problems`` are "file:line: message" strings."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    if path:
        return Path(path)
    return Path(os.environ.get(CATALOG_ENV) or DEFAULT_CATALOG_PATH)


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Read, validate and return the catalog, or raise ``CatalogError``."""
    where = resolve_path(path)
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError([f"{where}: cannot read the catalog: {exc}"]) from None
    return parse_catalog(text, where)


# libyaml's loader when PyYAML was built with it (every wheel on PyPI is): it reads the catalog
# about ten times faster (0.02 s against 0.2 s), which every start, reload and CLI call pays.
# The same node tree with the same line numbers either way.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_catalog(text: str, where: Path) -> Catalog:
    """Parse catalog YAML read from ``where`` (named in the problems), or raise ``CatalogError``."""
    # Imported here, not at the top: the checks build the Entry and Catalog objects defined above.
    from bot.engine.catalog_checks import build_catalog

    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise CatalogError([f"{where}:{line}: malformed YAML: {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise CatalogError([f"{where}: malformed YAML: {exc}"]) from None
    return build_catalog(node, where)
