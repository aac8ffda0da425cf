"""The checks of what an entry says about the Help Center's locales: titles, slugs, sources.

A Help Center article is published in every locale, so every one needs a title: the Help
Center's own, or the English one declared as such (``english_title_in``), never one of ours.
"""

from __future__ import annotations

import yaml

from bot.engine import help_center
from bot.engine.catalog import TITLE_LOCALES
from bot.engine.catalog_nodes import NodeReader


class LocaleChecks(NodeReader):
    def locale_list(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        """A list of Help Center locales other than English, each once."""
        if node is None:
            return ()
        out: list[str] = []
        for locale, line in self.text_list(node, what):
            if locale not in TITLE_LOCALES or locale == help_center.DEFAULT_LOCALE:
                self.fail(line, f"{what}: '{locale}' is not one of "
                                f"{', '.join(TITLE_LOCALES[1:])}")
            elif locale in out:
                self.fail(line, f"{what}: '{locale}' is listed twice")
            else:
                out.append(locale)
        return tuple(out)

    def slugs(self, node: yaml.Node | None) -> dict[str, str]:
        """Localised slugs seen in Help Center links (the text after the article number)."""
        if node is None:
            return {}
        fields = self.mapping(node, "slugs")
        out: dict[str, str] = {}
        for locale, value in (fields or {}).items():
            slug = self.text(value, f"slugs.{locale}")
            if locale not in TITLE_LOCALES or locale == help_center.DEFAULT_LOCALE:
                self.fail(value, f"slugs: '{locale}' is not one of "
                                 f"{', '.join(TITLE_LOCALES[1:])}")
            elif slug is not None and not help_center.SLUG.match(slug):
                self.fail(value, f"slugs.{locale}: '{slug}' must be one piece of a link, "
                                 "decoded (no spaces, '/', '?', '#', '%', '|', '<' or '>')")
            elif slug is not None:
                out[locale] = slug
        return out

    def every_title(self, node: yaml.Node, fields: dict[str, yaml.Node], eid: str, url: str,
                    titles: dict[str, str], english_title_in: tuple[str, ...]) -> None:
        """A Help Center article is published in every locale, so it needs a title in each: the
        Help Center's own (``titles``), or, where that could not be found, the English one, said
        so (``english_title_in``). Never both, and never a title made up by us."""
        if help_center.article_number(url) is None:
            return  # a page in English only (anthropic.com): its English title is its name
        both = [locale for locale in english_title_in if locale in titles]
        if both:
            self.fail(fields["english_title_in"], f"'{eid}' has a title in {', '.join(both)} "
                                                  "and lists it in english_title_in too")
        missing = [locale for locale in TITLE_LOCALES[1:]
                   if locale not in titles and locale not in english_title_in]
        if missing:
            self.fail(fields.get("titles") or node,
                      f"'{eid}' has no title in {', '.join(missing)}: add the Help Center's own "
                      "title under 'titles', or list the locale in 'english_title_in' if it "
                      "could not be found (the English title is then shown)")

    def sources(self, node: yaml.Node | None, eid: str) -> tuple[str, ...]:
        """The https pages an entry was grounded in, so a maintainer can check it again."""
        if node is None:
            return ()
        out: list[str] = []
        for value, line in self.text_list(node, "sources"):
            self.https(line, value, f"source '{value}' of '{eid}'")
            if value in out:
                self.fail(line, f"source '{value}' of '{eid}' is listed twice")
                continue
            out.append(value)
        return tuple(out)

    def titles(self, node: yaml.Node | None) -> dict[str, str]:
        """The article's official title per Help Center locale (only titles actually seen)."""
        if node is None:
            return {}
        fields = self.mapping(node, "titles")
        if fields is None:
            return {}
        out = {}
        for locale, value in fields.items():
            if locale not in TITLE_LOCALES:
                self.fail(value, f"titles: unknown locale '{locale}' "
                                 f"(expected one of {', '.join(TITLE_LOCALES)})")
                continue
            title = self.text(value, f"titles.{locale}")
            if title is not None:
                out[locale] = title
        return out
