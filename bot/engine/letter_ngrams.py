"""What the learned models read: the letter n-grams of a message's words, and where their files are.

Both models (``distress_model``, ``topic_model``) see a message as the word-bounded letter
n-grams of its different words: each word folded like everything else the crisis check reads
(case, accents, Traditional Chinese as Simplified), padded with a space at both ends, and cut
into every piece of ``N_MIN`` to ``N_MAX`` letters. Pieces of words carry over to forms nobody
listed ("suicidaires", "mir das Leben zu nehmen", "封號") and, for unspaced scripts, a run of
characters is one word whose pieces are its character pairs to quintuples.

The training scripts (``scripts/train_*_model.py``) call ``features`` too: a model and the
text it scores must be cut the same way.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from bot.engine import crisis_text
from bot.engine.catalog import CatalogError

N_MIN = 2
N_MAX = 5
_WORDS = re.compile(r"\w+")
_FINGERPRINT = "# fingerprint "
T = TypeVar("T")


class ModelFileError(CatalogError):
    """A model file cannot be read (its path and line say where): like a broken catalog, the
    bot does not start without it."""

    def __init__(self, problem: str):
        super().__init__([problem])


def data_path(name: str) -> Path:
    """A model file in the installed package (the build copies data/ files there, see
    setup.py), or, in a checkout, in data/."""
    packaged = resources.files("bot") / "catalog_data" / name
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / name


def read_model_file(path: Path) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """A model file's lines that are not comments, each with its number (for error messages),
    and the fingerprints of what it was trained on, from its "# fingerprint" line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read: {exc.strerror}") from None
    rows: list[tuple[int, str]] = []
    trained_on: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if line.startswith(_FINGERPRINT):
            trained_on = dict(part.partition("=")[::2]
                              for part in line[len(_FINGERPRINT):].split())
        elif line and not line.startswith("#"):
            rows.append((number, line))
    return rows, trained_on


class WordMemo(Generic[T]):
    """Each word's ``work`` (its summed n-gram weights and n-gram count), done once: a message
    then costs a look-up per word, not per n-gram. Forgotten all at once past ``size`` words, so
    a stream of new words cannot grow memory without limit."""

    def __init__(self, work: Callable[[str], T], size: int = 100_000):
        self._work = work
        self._size = size
        self._known: dict[str, T] = {}

    def __call__(self, word: str) -> T:
        known = self._known.get(word)
        if known is None:
            known = self._work(word)
            if len(self._known) > self._size:
                self._known.clear()
            self._known[word] = known
        return known

    def clear(self) -> None:
        """Forget every word (for benchmarks of the uncached path)."""
        self._known.clear()


def fingerprint(texts: Iterable[str]) -> str:
    """A short digest of what a model was trained on: the model file records it, so a test can
    tell a model older than its training corpus, and ``check`` one older than the catalog."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=16)
def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``: letters and digits, an unspaced script's run as one word.
    Remembered for the last few messages: both models read each message, and folding it is most
    of what reading costs."""
    return tuple(_WORDS.findall(crisis_text.fold(text)))


@lru_cache(maxsize=65536)
def word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    size = len(padded)
    return tuple([padded[i : i + n] for n in range(N_MIN, min(N_MAX, size) + 1)
                  for i in range(size - n + 1)])


def ngrams(word_list: Sequence[str]) -> list[str]:
    """The n-grams of each different word, in order: a word said twice counts once, an n-gram
    two different words share counts twice."""
    return [gram for word in dict.fromkeys(word_list) for gram in word_grams(word)]


def features(text: str) -> list[str]:
    """What a model is trained on and scores: ``ngrams`` of ``words``."""
    return ngrams(words(text))
