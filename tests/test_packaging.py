"""The wheel as a user installs it: built the ordinary way, installed into a fresh venv outside
the checkout, it answers a question with the catalog it carries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Built from a copy: test workers build at once, and setuptools' build/ folder in one source
    # tree is not safe to share ("File exists").
    source = tmp_path_factory.mktemp("source") / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".hypothesis", "tests", "eval"))
    # No build isolation: the test extra brings setuptools, so no network is needed here.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(source)],
                   check=True, capture_output=True, text=True)
    [built] = out.glob("safeguards_bot-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; its dependencies come from this test run's environment
    (a path entry, which activates no editable install), so the test needs no network."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                           "'purelib'))"], check=True, capture_output=True, text=True).stdout
    Path(site.strip(), "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", str(wheel)], check=True, capture_output=True, text=True)
    return home


def run(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SAFEGUARDS_CATALOG", "PYTHONPATH")}
    return subprocess.run([str(home / "bin" / "safeguards-bot"), *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_the_installed_wheel_answers_with_the_catalog_it_ships(installed: Path,
                                                               tmp_path: Path) -> None:
    asked = run(installed, "ask", "my account got banned, can I appeal?", cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "8241253" in asked.stdout  # Safeguards Warnings and Appeals
    checked = run(installed, "check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    # The packaged copy, not this checkout's data/ folder.
    assert str(installed) in checked.stdout and str(ROOT) not in checked.stdout


def test_the_installed_wheel_knows_its_version(installed: Path, tmp_path: Path) -> None:
    shown = run(installed, "--version", cwd=tmp_path)
    assert shown.returncode == 0
    assert shown.stdout.strip().startswith("safeguards-bot 0.")


def test_the_installed_wheel_speaks_every_language_from_the_catalogs_compiled_into_it(
        installed: Path, wheel: Path, tmp_path: Path) -> None:
    # The wheel carries compiled .mo files, and no .po: nothing to compile after installing.
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert sum(n.endswith("/LC_MESSAGES/messages.mo") for n in names) == 11
    assert not [n for n in names if n.endswith(".po")]
    # ...and the three models beside the catalog (the bot refuses to start without them).
    assert {"bot/catalog_data/distress_model.tsv",
            "bot/catalog_data/distress_model_other_languages.tsv",
            "bot/catalog_data/topic_model.tsv"} <= set(names)
    asked = run(installed, "ask", "Mon compte a été suspendu, comment faire appel ?", cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.startswith("Cet article devrait vous aider :")
    assert "https://support.claude.com/fr/articles/8241253" in asked.stdout
