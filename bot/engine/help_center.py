"""The Claude Help Center's locales, and an entry's link and title in each of them.

The Help Center publishes the Safeguards collection in twelve locales, written as it writes them
(``LOCALES``: "pt-BR", "zh-CN", "zh-TW" with their region). An article's page in a locale is
``https://support.claude.com/{path}/articles/{number}`` plus, where one was seen there, the
localised slug: the number alone finds the page (Intercom routes by it; the Help Center's own
articles link some pages with no slug), so a slug is a nicety, never a guess. The path is the
locale, except Portuguese, which the Help Center serves under ``/pt/`` (pages seen there, and
none under ``/pt-BR/``).

Titles are names: the Help Center's own title in a locale (``titles``), or, where it could not be
found, the English one, said so in the catalog (``english_title_in``) so the gap is explicit and
``check`` can prove every article has one or the other. Pages that are not Help Center articles
(anthropic.com's policies) exist in English only: their English link and title are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from bot.engine.catalog import TITLE_LOCALES, Entry
from bot.engine.language import CHINESE

LOCALES = TITLE_LOCALES
DEFAULT_LOCALE = "en"
HOST = "support.claude.com"
# The one locale whose path on the Help Center is not the locale itself.
_PATH = {"pt-BR": "pt"}
# The catalog's matching language of each locale (``catalog.LANGUAGES``).
LANGUAGE = {locale: locale.split("-")[0] for locale in LOCALES}
# An English Help Center article's link: its number, then an optional slug.
ARTICLE_URL = re.compile(r"^https://support\.claude\.com/en/articles/(\d+)(?:-[^/?#\s]*)?$")
# One piece of a link, decoded (the page title's own script is fine): no spaces, '/', '?', '#',
# '%', '|', '<' or '>'.
SLUG = re.compile(r"^[^\s/?#|<>%]+$")


def article_number(url: str) -> str | None:
    """The Help Center article number in an English article link, or None (not an article)."""
    found = ARTICLE_URL.match(url)
    return found.group(1) if found else None


# A Help Center article linked in a message, in any locale, on either of its hosts.
_LINKED = re.compile(r"support\.(?:claude|anthropic)\.com/[\w-]+/articles/(\d+)")


def linked_numbers(text: str) -> list[str]:
    """The numbers of the Help Center articles a message links to ("it sent me to
    support.claude.com/en/articles/8106465"), in order."""
    return _LINKED.findall(text)


def is_help_center_article(entry: Entry) -> bool:
    """Whether the entry's page is a Help Center article, published in every locale."""
    return article_number(entry.url) is not None


def url_in(entry: Entry, locale: str) -> str:
    """The entry's page in ``locale``: the Help Center's localised article, or the English link
    of a page that has no localised version."""
    number = article_number(entry.url)
    if number is None or locale == DEFAULT_LOCALE or locale not in LOCALES:
        return entry.url
    slug = entry.slugs.get(locale)
    tail = f"-{quote(slug, safe='-')}" if slug else ""
    return f"https://{HOST}/{_PATH.get(locale, locale)}/articles/{number}{tail}"


def title_in(entry: Entry, locale: str) -> str:
    """The entry's title in ``locale``: the Help Center's own, or the English one."""
    return entry.titles.get(locale) or entry.title


def is_localized(entry: Entry, locale: str) -> bool:
    """Whether the reader of ``locale`` gets a page in their language (not English only)."""
    return locale == DEFAULT_LOCALE or is_help_center_article(entry)


def from_slack_locale(value: object) -> str | None:
    """The Help Center locale for a Slack user's locale ("ja-JP", "pt-BR", "es-LA", "zh-TW"),
    or None when the Help Center has no page in that language."""
    if not isinstance(value, str) or not value:
        return None
    language, _, region = value.replace("_", "-").partition("-")
    language = language.lower()
    if language == "zh":
        # Traditional for Taiwan, Hong Kong and Macau; Simplified for the rest.
        return "zh-TW" if region.upper() in ("TW", "HK", "MO", "HANT") else "zh-CN"
    if language == "pt":
        return "pt-BR"
    return language if language in LOCALES else None


def normalize_locale(value: object) -> str | None:
    """``value`` as one of ``LOCALES`` ("fr", "pt-br", "zh_TW", "ja-JP"), or None."""
    if not isinstance(value, str):
        return None
    if value in LOCALES:
        return value
    lowered = {locale.lower(): locale for locale in LOCALES}
    return lowered.get(value.replace("_", "-").lower()) or from_slack_locale(value)


def reply_locale(detected: str | None, user: Callable[[], str | None], default: str) -> str:
    """The locale to answer in: the question's when it is clear (``detected``, from
    ``bot.engine.language``), else the asker's (``user``, asked only then: it may cost a Web API
    call), else the workspace's ``default``. Chinese of no clear variant takes the asker's or the
    workspace's variant, else Simplified."""
    if detected in LOCALES:
        return detected
    asker = user()
    if detected == CHINESE:
        for choice in (asker, default):
            if choice in ("zh-CN", "zh-TW"):
                return choice
        return "zh-CN"
    return asker if asker in LOCALES else default
