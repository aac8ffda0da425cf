"""The checks of the catalog's `situations` (see ``bot.engine.situations``)."""

from __future__ import annotations

import yaml

from bot.engine import normalize
from bot.engine.catalog import Situation
from bot.engine.catalog_nodes import NodeReader

_FIELDS = ("article", "why", "when", "about", "unless")
_REQUIRED = ("article", "why", "when", "about")


class SituationChecks(NodeReader):
    def situations(self, node: yaml.Node | None, entry_ids: set[str]) -> tuple[Situation, ...]:
        """Each situation: an entry's id, why it names that entry (for the next maintainer), and
        lists of words, each of which must keep a letter or digit once normalised."""
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "'situations' must be a list")
            return ()
        found = (self.situation(item, entry_ids) for item in node.value)
        return tuple(situation for situation in found if situation is not None)

    def situation(self, item: yaml.Node, entry_ids: set[str]) -> Situation | None:
        fields = self.mapping(item, "a situation")
        if fields is None:
            return None
        for name in fields:
            if name not in _FIELDS:
                self.fail(fields[name], f"a situation: unknown field '{name}'")
        missing = [name for name in _REQUIRED if name not in fields]
        if missing:
            self.fail(item, f"a situation needs {', '.join(missing)}")
            return None
        article = self.text(fields["article"], "a situation's article")
        self.text(fields["why"], "a situation's why")
        if article is not None and article not in entry_ids:
            self.fail(fields["article"], f"a situation's article '{article}' is not an entry")
        when = self.words(fields["when"], "when")
        about = self.words(fields["about"], "about")
        unless = self.words(fields["unless"], "unless") if "unless" in fields else ()
        if not when or not about:
            self.fail(item, "a situation needs at least one word in 'when' and 'about'")
            return None
        return Situation(article, when, about, unless) if article is not None else None

    def words(self, node: yaml.Node, field: str) -> tuple[str, ...]:
        out = []
        for words, line in self.text_list(node, f"a situation's '{field}'"):
            if not normalize.tokens(words, keep_stopwords=True):
                self.fail(line, f"a situation's '{field}': '{words}' has no letters or digits "
                                "to match")
            else:
                out.append(words)
        return tuple(out)

