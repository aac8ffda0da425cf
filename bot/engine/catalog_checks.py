"""The catalog's checks: build the entries from the YAML node tree, collecting every mistake.

The node tree (``yaml.compose``) knows the line of every value, so each problem is reported as
"file:line: message"; ``build_catalog`` raises ``CatalogError`` with all of them at once rather
than stopping at the first. Reading the file and parsing the YAML is ``bot.engine.catalog``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.engine import normalize
from bot.engine.catalog import (
    CRISIS_ID,
    ENTRY_ID,
    KINDS,
    LANGUAGE_CODE,
    LANGUAGES,
    SIGN_STRENGTHS,
    SPEAKERS,
    Catalog,
    CatalogError,
    Entry,
    Topic,
)
from bot.engine.catalog_locales import LocaleChecks
from bot.engine.catalog_nodes import line_of
from bot.engine.catalog_situations import SituationChecks
from bot.engine.crisis_other_languages import parse_phrase

_ENTRY_FIELDS = {
    "id", "kind", "title", "url", "topic", "summary", "escalate", "related",
    "phrases", "keywords", "languages", "distress", "distress_signs", "distress_other_languages",
    "sources", "titles",
    "english_title_in", "slugs",
}
_REQUIRED = ("id", "kind", "title", "url", "topic", "summary")
_TOP_LEVEL = (
    "version", "fallback", "topics", "synonyms", "other_products", "own_names", "elsewhere",
    "situations", "entries", "link_hosts",
)


def build_catalog(root: yaml.Node | None, where: Path) -> Catalog:
    """The catalog described by the YAML node tree read from ``where``, or ``CatalogError``."""
    return _Validator(where).build(root)


class _Validator(LocaleChecks, SituationChecks):
    """Walks the YAML node tree (which knows line numbers) and collects every problem."""

    def __init__(self, where: Path):
        super().__init__(where)
        self.synonym_map: dict[str, str] = {}

    # -- the catalog --------------------------------------------------------------------------
    def build(self, root: yaml.Node | None) -> Catalog:
        if root is None:
            raise CatalogError([f"{self.where}:1: the catalog is empty"])
        top = self.mapping(root, "the catalog")
        if top is None:
            raise CatalogError(self.problems)
        for name, node in top.items():
            if name not in _TOP_LEVEL:
                self.fail(node, f"unknown top-level field '{name}'")
        self.version(top.get("version"), line_of(root))
        self.link_hosts = self.hosts(top.get("link_hosts"))
        topics = self.topics(top.get("topics"), line_of(root))
        # Synonyms first: two phrases that differ only by synonyms are the same phrase.
        self.synonym_map = self.synonyms(top.get("synonyms"))
        phrase_owner: dict[str, tuple[str, int]] = {}
        entries = self.entries(top.get("entries"), line_of(root), {t.id for t in topics},
                               phrase_owner)
        fallback = self.fallback(top.get("fallback"), line_of(root), entries)
        other_products, own_names, elsewhere = self.product_names(
            top.get("other_products"), top.get("own_names"), top.get("elsewhere"), phrase_owner)
        situations = self.situations(top.get("situations"), {e.id for e in entries})
        synonyms = self.synonym_map
        if self.problems:
            raise CatalogError(self.problems)
        return Catalog(self.where, tuple(entries), tuple(topics), fallback, synonyms,
                       other_products, own_names, elsewhere, situations)

    def phrase_key(self, phrase: str) -> str:
        """What makes two phrases the same: their words, up to synonyms and order."""
        return " ".join(sorted({self.synonym_map.get(w, w) for w in normalize.tokens(phrase)}))

    def product_names(
        self,
        others_node: yaml.Node | None,
        own_node: yaml.Node | None,
        elsewhere_node: yaml.Node | None,
        phrase_owner: dict[str, tuple[str, int]],
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """`other_products`, `own_names` and `elsewhere`: names, each of at least one word, in
        one list only.

        An other product's name or an `elsewhere` context may not be a whole phrase of an entry
        either: questions using that phrase without naming us would be declined.
        """
        seen: dict[str, tuple[str, int]] = {}

        def names(node: yaml.Node | None, field: str) -> tuple[str, ...]:
            if node is None:
                return ()
            out = []
            for name, line in self.text_list(node, f"'{field}'"):
                form = " ".join(normalize.tokens(name, keep_stopwords=True))
                if not form:
                    self.fail(line, f"{field}: '{name}' has no letters or digits to match")
                    continue
                if form in seen:
                    first_field, first_line = seen[form]
                    self.fail(line, f"{field}: '{name}' is already in '{first_field}' "
                                    f"(line {first_line})")
                    continue
                seen[form] = (field, line)
                owner = phrase_owner.get(self.phrase_key(name))
                if field != "own_names" and owner is not None:
                    self.fail(line, f"{field}: '{name}' is also a phrase of "
                                    f"'{owner[0]}' (line {owner[1]}): questions using it "
                                    f"without naming us would be declined")
                out.append(name)
            return tuple(out)

        own = names(own_node, "own_names")
        others = names(others_node, "other_products")
        elsewhere = names(elsewhere_node, "elsewhere")
        for field, found, node in (("other_products", others, others_node),
                                   ("elsewhere", elsewhere, elsewhere_node)):
            if found and not own:
                line = node.start_mark.line + 1 if node is not None else 1
                self.fail(line, f"'{field}' needs 'own_names' (how questions name us), or "
                                f"every question naming one of them would be declined")
        return others, own, elsewhere

    def synonyms(self, node: yaml.Node | None) -> dict[str, str]:
        """Groups of single words that mean the same here; each stands for the group's first."""
        if node is None:
            return {}
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "'synonyms' must be a list of word lists")
            return {}
        mapping: dict[str, str] = {}
        group_line: dict[str, int] = {}
        for group in node.value:
            words = []
            for word, line in self.text_list(group, "a synonym group"):
                forms = normalize.tokens(word, keep_stopwords=True)
                if len(forms) != 1:
                    self.fail(line, f"synonym '{word}' must be one word")
                    continue
                words.append((forms[0], line))
            if len(words) < 2:
                self.fail(group, "a synonym group needs at least two words")
                continue
            head = words[0][0]
            for form, line in words:
                if form in group_line and mapping.get(form, form) != head:
                    self.fail(line, f"synonym '{form}' is already in the group at line "
                                    f"{group_line[form]}")
                    continue
                group_line.setdefault(form, line_of(group))
                if form != head:
                    mapping[form] = head
        return mapping

    def topics(self, node: yaml.Node | None, root_line: int) -> list[Topic]:
        if node is None:
            self.fail(root_line, "missing field 'topics'")
            return []
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.fail(node, "'topics' must be a non-empty list")
            return []
        topics: list[Topic] = []
        for item in node.value:
            fields = self.mapping(item, "a topic")
            if fields is None:
                continue
            tid = self.text(fields["id"], "topic id") if "id" in fields else None
            name = self.text(fields["name"], "topic name") if "name" in fields else None
            if tid is None or name is None:
                if "id" not in fields or "name" not in fields:
                    self.fail(item, "a topic needs 'id' and 'name'")
                continue
            if any(t.id == tid for t in topics):
                self.fail(item, f"duplicate topic id '{tid}'")
            topics.append(Topic(tid, name))
        return topics

    def entries(
        self,
        node: yaml.Node | None,
        root_line: int,
        topic_ids: set[str],
        phrase_owner: dict[str, tuple[str, int]],
    ) -> list[Entry]:
        if node is None:
            self.fail(root_line, "missing field 'entries'")
            return []
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.fail(node, "'entries' must be a non-empty list")
            return []
        entries: list[Entry] = []
        first_line: dict[str, int] = {}
        related_refs: list[tuple[str, str, int]] = []
        for item in node.value:
            entry = self.entry(item, topic_ids, phrase_owner, related_refs)
            if entry is None:
                continue
            if entry.id in first_line:
                self.fail(item, f"duplicate id '{entry.id}' (first defined at line "
                                f"{first_line[entry.id]})")
                continue
            first_line[entry.id] = line_of(item)
            entries.append(entry)
        known = {e.id: e for e in entries}
        for owner, ref, line in related_refs:
            if ref not in known:
                self.fail(line, f"'{owner}' is related to unknown id '{ref}'")
            elif ref == owner:
                self.fail(line, f"'{owner}' lists itself as related")
        crisis = known.get(CRISIS_ID)
        if crisis is None:
            self.fail(root_line, f"the catalog must have the '{CRISIS_ID}' entry")
        elif not crisis.distress.get("en"):
            self.fail(first_line[CRISIS_ID], f"'{CRISIS_ID}' needs English 'distress' phrases")
        return entries

    def entry(
        self,
        node: yaml.Node,
        topic_ids: set[str],
        phrase_owner: dict[str, tuple[str, int]],
        related_refs: list[tuple[str, str, int]],
    ) -> Entry | None:
        fields = self.mapping(node, "an entry")
        if fields is None:
            return None
        missing = [name for name in _REQUIRED if name not in fields]
        if missing:
            label = f"entry '{fields['id'].value}'" if "id" in fields else "an entry"
            self.fail(node, f"{label} is missing {', '.join(repr(m) for m in missing)}")
            return None
        for name, value in fields.items():
            if name not in _ENTRY_FIELDS:
                self.fail(value, f"unknown field '{name}'")
        values: dict[str, Any] = {n: self.text(fields[n], n) for n in _REQUIRED}
        if any(v is None for v in values.values()):
            return None
        eid = values["id"]
        if not ENTRY_ID.match(eid):
            self.fail(fields["id"], f"id '{eid}' must be lowercase words joined by '-'")
        if values["kind"] not in KINDS:
            self.fail(fields["kind"], f"kind must be one of {', '.join(KINDS)}")
        self.https(fields["url"], values["url"], f"url of '{eid}'")
        if values["topic"] not in topic_ids:
            self.fail(fields["topic"], f"topic '{values['topic']}' is not in 'topics'")
        escalate = self.boolean(fields["escalate"], "escalate") if "escalate" in fields else False
        related = []
        if "related" in fields:
            for ref, line in self.text_list(fields["related"], "related"):
                related.append(ref)
                related_refs.append((eid, ref, line))

        def own(phrases: list[tuple[str, int]]) -> tuple[str, ...]:
            for phrase, line in phrases:
                key = self.phrase_key(phrase)
                if not key:
                    self.fail(line, f"phrase '{phrase}' has only common words; it matches nothing")
                    continue
                previous = phrase_owner.get(key)
                if previous and previous[0] != eid:
                    self.fail(line, f"phrase '{phrase}' is also given to '{previous[0]}' "
                                    f"(line {previous[1]})")
                else:
                    phrase_owner.setdefault(key, (eid, line))
            return tuple(p for p, _ in phrases)

        phrases = own(self.text_list(fields["phrases"], "phrases")) if "phrases" in fields else ()
        keywords = (
            own(self.text_list(fields["keywords"], "keywords")) if "keywords" in fields else ()
        )
        languages = {
            lang: own(items)
            for lang, items in self.by_language(fields.get("languages"), "languages").items()
        }
        distress = {
            lang: tuple(p for p, _ in items)
            for lang, items in self.by_language(fields.get("distress"), "distress").items()
        }
        if distress and eid != CRISIS_ID:
            self.fail(fields["distress"], f"only '{CRISIS_ID}' may have 'distress' phrases")
        signs = self.distress_signs(fields.get("distress_signs"))
        if signs and eid != CRISIS_ID:
            self.fail(fields["distress_signs"], f"only '{CRISIS_ID}' may have 'distress_signs'")
        other_languages = self.distress_other_languages(fields.get("distress_other_languages"))
        if other_languages and eid != CRISIS_ID:
            self.fail(fields["distress_other_languages"],
                      f"only '{CRISIS_ID}' may have 'distress_other_languages'")
        before = len(self.problems)
        titles = self.titles(fields.get("titles"))
        english_title_in = self.locale_list(fields.get("english_title_in"), "english_title_in")
        slugs = self.slugs(fields.get("slugs"))
        if len(self.problems) == before:  # a misspelt locale is one problem, not two
            self.every_title(node, fields, eid, values["url"], titles, english_title_in)
        return Entry(
            id=eid, kind=values["kind"], title=values["title"], url=values["url"],
            topic=values["topic"], summary=values["summary"], escalate=escalate,
            related=tuple(related), phrases=phrases, keywords=keywords,
            languages=languages, distress=distress, distress_signs=signs,
            distress_other_languages=other_languages,
            sources=self.sources(fields.get("sources"), eid),
            titles=titles, english_title_in=english_title_in, slugs=slugs,
        )

    def distress_signs(self, node: yaml.Node | None) -> dict[str, dict[str, tuple[str, ...]]]:
        if node is None:
            return {}
        fields = self.mapping(node, "distress_signs")
        if fields is None:
            return {}
        signs = {}
        for strength, value in fields.items():
            if strength not in SIGN_STRENGTHS:
                self.fail(value, f"distress_signs: '{strength}' must be one of "
                                 f"{', '.join(SIGN_STRENGTHS)}")
                continue
            signs[strength] = {
                lang: tuple(p for p, _ in items)
                for lang, items in self.by_language(value, f"distress_signs.{strength}").items()
            }
        return signs

    def distress_other_languages(
            self, node: yaml.Node | None) -> dict[str, dict[str, tuple[str, ...]]]:
        """Language (beyond the Help Center's) -> "self" / "others" -> phrases."""
        what = "distress_other_languages"
        fields = self.mapping(node, what) if node is not None else None
        if fields is None:
            return {}
        out: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang, value in fields.items():
            if lang in LANGUAGES:
                self.fail(value, f"{what}: '{lang}' is a Help Center language: its phrases "
                                 f"belong in 'distress'")
                continue
            if not LANGUAGE_CODE.match(lang):
                self.fail(value, f"{what}: '{lang}' is not a language code (two or three "
                                 f"lowercase letters, such as 'ar' or 'tr')")
                continue
            speakers = self.mapping(value, f"{what}.{lang}")
            if speakers is None:
                continue
            out[lang] = {}
            for speaker, items in speakers.items():
                if speaker not in SPEAKERS:
                    self.fail(items, f"{what}.{lang}: '{speaker}' must be one of "
                                     f"{', '.join(SPEAKERS)}")
                    continue
                phrases = self.text_list(items, f"{what}.{lang}.{speaker}")
                for phrase, line in phrases:
                    if not parse_phrase(lang, speaker, phrase):
                        self.fail(line, f"{what}.{lang}: '{phrase}' has no letters to match")
                out[lang][speaker] = tuple(p for p, _ in phrases)
        return out

    def by_language(self, node: yaml.Node | None, what: str) -> dict[str, list[tuple[str, int]]]:
        if node is None:
            return {}
        fields = self.mapping(node, what)
        if fields is None:
            return {}
        out = {}
        for lang, value in fields.items():
            if lang not in LANGUAGES:
                self.fail(value, f"{what}: unknown language '{lang}' "
                                 f"(expected one of {', '.join(LANGUAGES)})")
                continue
            out[lang] = self.text_list(value, f"{what}.{lang}")
        return out

    def fallback(self, node: yaml.Node | None, root_line: int, entries: list[Entry]) -> str:
        if node is None:
            self.fail(root_line,
                      "missing field 'fallback' (the entry offered when nothing matches)")
            return ""
        value = self.text(node, "fallback")
        if value is not None and all(e.id != value for e in entries):
            self.fail(node, f"fallback '{value}' is not an entry id")
        return value or ""
