"""Keep the gettext catalogs (``bot/text/locales/``) in step with the words they translate.

    python scripts/i18n.py extract   # write locales/messages.pot from the code and the catalog
    python scripts/i18n.py update    # merge it into every locale's messages.po (new ids empty)
    python scripts/i18n.py status    # per locale: messages still untranslated or fuzzy

The messages are ``bot/text/wording.py``'s ``N_(...)`` strings (Babel's Python extractor) and,
from the shipped catalog (``data/catalog.yaml``), each topic's name and each entry's summary: the
bot's own words about an article, unlike its title (a name, taken from the Help Center). Nothing
is compiled here: see ``bot/text/i18n.py`` for how ``.mo`` files come about.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.catalog import load_catalog  # noqa: E402
from bot.engine.help_center import DEFAULT_LOCALE, LOCALES  # noqa: E402
from bot.text.i18n import LOCALES_DIR, po_path  # noqa: E402

WORDING = ROOT / "bot" / "text" / "wording.py"
POT = LOCALES_DIR / "messages.pot"
CATALOG = ROOT / "data" / "catalog.yaml"
HEADER = "Safeguards bot: what it says, in the Claude Help Center's languages."


def template() -> Catalog:
    pot = Catalog(project="safeguards-bot", header_comment=f"# {HEADER}", fuzzy=False)
    for line, message, comments, _context in extract_from_file(
            "python", str(WORDING), keywords={"N_": None}, comment_tags=("Translators:",)):
        pot.add(message, locations=[(WORDING.relative_to(ROOT).as_posix(), line)],
                auto_comments=[c for c in comments if c], flags=("python-brace-format",)
                if "{" in message else ())
    catalog = load_catalog(CATALOG)
    for topic in catalog.topics:
        pot.add(topic.name, auto_comments=[f"catalog: the name of topic '{topic.id}'"])
    for entry in catalog.entries:
        pot.add(entry.summary, auto_comments=[
            f"catalog: what '{entry.id}' ({entry.title}) answers; our words, not the article's"])
    return pot


def extract() -> None:
    with POT.open("wb") as out:
        write_po(out, template(), width=100, omit_header=False, sort_output=False)
    print(f"{POT.relative_to(ROOT)}: {len(template())} messages")


def update() -> None:
    pot = template()
    for locale in LOCALES:
        if locale == DEFAULT_LOCALE:
            continue
        path = po_path(locale)
        if path.exists():
            with path.open("rb") as source:
                po = read_po(source, locale=locale.replace("-", "_"))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            po = Catalog(locale=locale.replace("-", "_"), project="safeguards-bot",
                         header_comment=f"# {HEADER}")
        po.update(pot, no_fuzzy_matching=True)
        po.obsolete.clear()
        po.fuzzy = False  # the header: the catalog is in use, not a draft
        with path.open("wb") as out:
            write_po(out, po, width=100, sort_output=False, ignore_obsolete=True)
        status_of(locale, po)


def status_of(locale: str, po: Catalog) -> int:
    missing = [m.id for m in po if m.id and (not m.string or m.fuzzy)]
    print(f"{locale}: {len(po)} messages, {len(missing)} untranslated or fuzzy")
    return len(missing)


def status() -> int:
    missing = 0
    for locale in LOCALES[1:]:
        with po_path(locale).open("rb") as source:
            missing += status_of(locale, read_po(source))
    return 1 if missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("extract", "update", "status"))
    args = parser.parse_args()
    if args.command == "extract":
        extract()
    elif args.command == "update":
        extract()
        update()
    else:
        return status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
