"""The build steps pyproject.toml cannot say: ship the catalog and the compiled message catalogs.

- The catalog lives in data/ (maintainers edit it there), and so do the distress and topic
  models (scripts/train_*_model.py write them), but an installed wheel has no data/: the build
  copies them to bot/catalog_data/ in the wheel, where importlib.resources finds them. A checkout
  (editable install) reads data/ directly; see bot/engine/catalog.py.
- The words in other languages are gettext catalogs, bot/text/locales/<locale>/LC_MESSAGES/
  messages.po, kept as text in the repository. The build compiles each with Babel to the
  messages.mo next to it in the wheel, which ships the .mo files and no .po; a checkout has no .mo
  and reads the .po itself (see bot/text/i18n.py), so nothing is ever compiled by hand.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bot" / "catalog_data"
        target.mkdir(parents=True, exist_ok=True)
        for name in ("catalog.yaml", "distress_model.tsv", "distress_model_other_languages.tsv",
                     "topic_model.tsv"):
            shutil.copyfile(ROOT / "data" / name, target / name)
        self.compile_messages()

    def compile_messages(self) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        locales = ROOT / "bot" / "text" / "locales"
        for po in sorted(locales.glob("*/LC_MESSAGES/messages.po")):
            mo = Path(self.build_lib) / po.relative_to(ROOT).with_suffix(".mo")
            mo.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source)
            with mo.open("wb") as out:
                write_mo(out, catalog, use_fuzzy=False)


setup(cmdclass={"build_py": BuildWithCatalogs})
