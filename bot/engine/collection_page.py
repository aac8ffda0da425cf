"""Reading a Help Center collection page: which articles it lists (number, title, URL).

Two forms are understood, told apart by their first characters: the **HTML** the Help Center
serves, and a **Markdown** rendering of it (what a browser's reader view or a crawler saves). Both
carry the site's header (with links to other articles: "Release Notes", "How to Get Support") and
footer around the collection, so only what follows the collection's heading (``<h1>`` / ``# ``)
counts, and in HTML nothing inside ``<header>``, ``<nav>`` or ``<footer>``. An article is a link
to ``…/<locale>/articles/<number>-<slug>``; its title is the link's first line of text (a card
may add a description or an author below it). The page's own "13 articles" is kept, so a page
whose layout is no longer understood says so instead of reporting every article as removed.

Pure: text in, ``Collection`` out; reading a file or a URL is the caller's business.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

ARTICLE_URL = re.compile(
    r"^https?://[^/\s]+/(?P<locale>[A-Za-z]{2}(?:-[A-Za-z]{2,4})?)/articles/(?P<number>\d+)"
    r"(?:-[^\s?#]*)?(?:[?#]\S*)?$")
_RELATIVE_ARTICLE = re.compile(r"^/[A-Za-z]{2}(?:-[A-Za-z]{2,4})?/articles/\d+")
_STATED_COUNT = re.compile(r"\b(\d{1,4})\s+articles?\b", re.IGNORECASE)
_MD_LINK = re.compile(r"(?<!!)\[(?P<title>(?:[^\[\]\n]|\[[^\]\n]*\])*)\]\((?P<url>[^)\s]+)"
                      r"(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#\s+(?P<name>\S.*?)\s*#*\s*$", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"&<>|~])")
_SPACES = re.compile(r"\s+")
# Inside a link, these start a new line of text: the title is the first one.
_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "section",
                     "article", "header", "footer", "span_block"})
_OUTSIDE = frozenset({"header", "nav", "footer"})


@dataclass(frozen=True)
class HelpCenterArticle:
    number: str  # the Help Center's article number: stable across renames and new slugs
    title: str
    url: str
    locale: str


@dataclass(frozen=True)
class Collection:
    name: str | None
    articles: tuple[HelpCenterArticle, ...]
    # The count the page states ("13 articles"), when it states one.
    stated_count: int | None
    form: str  # "html" or "markdown"

    @property
    def locales(self) -> set[str]:
        return {a.locale for a in self.articles}


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _article(url: str, title: str) -> HelpCenterArticle | None:
    found = ARTICLE_URL.match(url)
    title = _one_line(title)
    if found is None or not title:
        return None
    return HelpCenterArticle(found["number"], title, url, found["locale"].lower())


def _unique(articles: list[HelpCenterArticle]) -> tuple[HelpCenterArticle, ...]:
    """Each article once, where it first appears (a card may link it twice)."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.number not in seen:
            seen.add(article.number)
            kept.append(article)
    return tuple(kept)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<?xml")) or (
        "<html" in head or "<div" in head or "<meta" in head)


def parse_collection(text: str, *, base_url: str | None = None) -> Collection:
    """The articles a collection page lists, in order. ``base_url``: where the page came from,
    to resolve relative links (a ``<base>`` or canonical link in the page wins)."""
    if looks_like_html(text):
        return _parse_html(text, base_url)
    return _parse_markdown(text)


# -- Markdown ------------------------------------------------------------------------------------
def _parse_markdown(text: str) -> Collection:
    heading = _MD_HEADING.search(text)
    body = text[heading.end():] if heading else text
    stated = _STATED_COUNT.search(body.split("](", 1)[0]) if heading else None
    articles = []
    for link in _MD_LINK.finditer(body):
        title = html.unescape(_MD_ESCAPE.sub(r"\1", link["title"]))
        article = _article(link["url"], title)
        if article is not None:
            articles.append(article)
    return Collection(_one_line(heading["name"]) if heading else None, _unique(articles),
                      int(stated[1]) if stated else None, "markdown")


# -- HTML ----------------------------------------------------------------------------------------
class _Page(HTMLParser):
    def __init__(self, base_url: str | None):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.outside = 0  # depth inside header, nav or footer
        self.heading: list[str] | None = None  # text of the first <h1>, while reading it
        self.name: str | None = None
        self.after_heading = False
        self.link: tuple[str, list[str]] | None = None  # href, lines of text
        self.links: list[tuple[str, str]] = []
        self.text_after_heading: list[str] = []
        self.skip = 0  # inside <script>, <style>, <template>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in ("script", "style", "template", "noscript"):
            self.skip += 1
        elif tag in _OUTSIDE:
            self.outside += 1
        elif (tag == "base" and values.get("href")) or (
                tag == "link" and "canonical" in values.get("rel", "").split()
                and values.get("href") and self.base_url is None):
            # Relative links resolve against <base>, else the canonical URL, else the fetched one.
            self.base_url = values["href"]
        elif tag == "h1" and self.name is None and not self.outside:
            self.heading = []
        elif tag == "a" and self.after_heading and not self.outside:
            self.link = (values.get("href", ""), [""])
        if self.link is not None and tag in _BLOCKS:
            self.link[1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in _OUTSIDE:
            self.outside = max(0, self.outside - 1)
        elif tag == "h1" and self.heading is not None:
            self.name = _one_line("".join(self.heading)) or None
            self.heading = None
            self.after_heading = True
        elif tag == "a" and self.link is not None:
            href, lines = self.link
            title = next((line for line in (_one_line(x) for x in lines) if line), "")
            self.links.append((href, title))
            self.link = None
        if self.link is not None and tag in _BLOCKS:
            self.link[1].append("")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.heading is not None:
            self.heading.append(data)
        if self.link is not None:
            self.link[1][-1] += data
        elif self.after_heading and not self.outside:
            self.text_after_heading.append(data)


def _parse_html(text: str, base_url: str | None) -> Collection:
    page = _Page(base_url)
    page.feed(text)
    page.close()
    articles = []
    for href, title in page.links:
        url = html.unescape(href.strip())
        if _RELATIVE_ARTICLE.match(url) and page.base_url:
            url = urljoin(page.base_url, url)
        article = _article(url, title)
        if article is not None:
            articles.append(article)
    stated = _STATED_COUNT.search(" ".join(page.text_after_heading))
    return Collection(page.name, _unique(articles), int(stated[1]) if stated else None, "html")
