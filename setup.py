"""The build step pyproject.toml cannot say: ship data/catalog.yaml inside the package.

The catalog lives in data/ (maintainers edit it there), but an installed wheel has no data/: the
build copies it to bot/catalog_data/ in the wheel, where importlib.resources finds it. A checkout
(editable install) reads data/ directly; see bot/engine/catalog.py.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCatalog(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bot" / "catalog_data"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "data" / "catalog.yaml", target / "catalog.yaml")


setup(cmdclass={"build_py": BuildWithCatalog})
