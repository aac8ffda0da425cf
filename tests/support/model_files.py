"""A broken model file, and what refusing it must look like: shared by the tests of both learned
models (distress and topic)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.engine.catalog import CatalogError
from bot.engine.letter_ngrams import ModelFileError


def assert_refused(load: Callable[[Path], object], path: Path, text: str, where: str) -> None:
    """``load`` refuses a file holding ``text``, naming the file and ``where`` (a line, or what
    is missing), with an error the bot treats like a broken catalog: it does not start."""
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ModelFileError) as raised:
        load(path)
    assert str(path) in str(raised.value) and where in str(raised.value)
    assert isinstance(raised.value, CatalogError)
