"""Catalog files for tests, the edits made to them while the bot runs, and ``check``'s verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli.main import main as cli_main

REPO = Path(__file__).resolve().parents[2]
REAL = REPO / "data" / "catalog.yaml"
MINI = REPO / "tests" / "catalogs" / "mini.yaml"
SOURCE = REAL if REAL.exists() else MINI

NEW_ID = "zz-quokka-lantern"
NEW_QUESTION = "zebra quokka lantern"


def with_new_entry(path: Path) -> str:
    """The catalog's text with one more article, whatever the catalog's layout."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"].append({
        "id": NEW_ID, "kind": "article", "title": "Quokka Lantern Rules",
        "url": "https://support.claude.com/en/articles/0-quokka-lantern",
        "topic": data["topics"][0]["id"], "summary": "A test entry added while the bot runs.",
        "phrases": [NEW_QUESTION],
        # A Help Center article: its title in every locale, here the English one (said so).
        "english_title_in": ["fr", "de", "id", "it", "ja", "ko", "pt-BR", "ru", "zh-CN", "es",
                             "zh-TW"],
    })
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def broken(path: Path) -> str:
    return "nonsense_field: 1\n" + path.read_text(encoding="utf-8")


def check_output(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The problem lines `safeguards-bot check` prints for this file."""
    capsys.readouterr()
    assert cli_main(["check", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    return err[:-1]  # the last line is the "N problem(s)" summary
