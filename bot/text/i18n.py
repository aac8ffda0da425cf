"""The gettext catalogs: one per Help Center locale, in ``bot/text/locales/``, read with Babel.

Layout, as gettext and Babel expect: ``locales/<dir>/LC_MESSAGES/messages.po``, where ``<dir>`` is
the locale with an underscore ("fr", "pt_BR", "zh_TW"); ``locales/messages.pot`` is the template
(``scripts/i18n.py extract`` writes it from ``bot/text/wording.py`` and the shipped catalog's topic
names and summaries; ``scripts/i18n.py update`` merges it into every ``.po``).

How ``.mo`` files are produced, so that every way of running the bot works with no manual step:

- **A checkout** (a fresh clone's tests, an editable install) has no ``.mo`` files (``*.mo`` is in
  ``.gitignore``): each ``.po`` is read with Babel's ``read_po`` and compiled in memory, once per
  process and locale (milliseconds). What runs is always exactly what the ``.po`` says.
- **A wheel** ships compiled ``.mo`` files and no ``.po``: ``setup.py``'s ``build_py`` step
  compiles each catalog with Babel into the build directory.

So the rule is: a ``.po`` next to the catalog wins (it is the source); else the ``.mo``. A ``.mo``
can never be stale, because one is only ever found where no ``.po`` is.

English is the source language: its messages are the message ids themselves (no catalog).
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from bot.engine.help_center import DEFAULT_LOCALE, LOCALES

DOMAIN = "messages"
LOCALES_DIR = Path(__file__).resolve().parent / "locales"


def directory(locale: str) -> str:
    """The catalog folder of a Help Center locale: "pt-BR" -> "pt_BR"."""
    return locale.replace("-", "_")


def po_path(locale: str) -> Path:
    return LOCALES_DIR / directory(locale) / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_po(po: Path) -> bytes:
    """A ``.po`` file compiled to ``.mo`` bytes (fuzzy entries left out, as msgfmt does)."""
    # Imported here: Babel takes ~60 ms to import, which only a non-English reader should pay,
    # once, and never the start-up of a bot answering in English.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The messages of ``locale``; English (and any locale without a catalog) gives the ids."""
    if locale == DEFAULT_LOCALE or locale not in LOCALES:
        return gettext.NullTranslations()
    po = po_path(locale)
    if po.is_file():
        return gettext.GNUTranslations(io.BytesIO(compile_po(po)))
    mo = po.with_suffix(".mo")
    if mo.is_file():
        with mo.open("rb") as compiled:
            return gettext.GNUTranslations(compiled)
    raise FileNotFoundError(f"no message catalog for {locale}: {po} (or its .mo)")
