"""What the two training scripts share: the feature matrix as the bot scores it, and the command
line (``--check`` compares with the committed file instead of writing it; ``--no-cv`` skips the
cross-validated figure). Imported by scripts/train_distress_model.py and
scripts/train_topic_model.py from their own folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from scipy.sparse import diags, spmatrix
from sklearn.feature_extraction.text import CountVectorizer

from bot.engine.letter_ngrams import features

ROOT = Path(__file__).resolve().parents[1]
MIN_DOCS = 2  # an n-gram seen in one message alone is that message, not a way of speaking


def matrix(texts: list[str]) -> tuple[CountVectorizer, spmatrix]:
    """The n-gram counts of ``texts``, each row divided by the root of every n-gram its words
    have (those the vocabulary keeps or not), as ``DistressModel`` and ``TopicModel`` score."""
    vectorizer = CountVectorizer(analyzer=features, min_df=MIN_DOCS)
    counts = vectorizer.fit_transform(texts)
    sizes = [max(1, len(features(text))) for text in texts]
    return vectorizer, diags([size ** -0.5 for size in sizes]) @ counts


def options(description: str, *, refresh_calm: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    if refresh_calm:
        parser.add_argument("--refresh-calm", action="store_true",
                            help="first rewrite the snapshot of the catalog's phrases it learns "
                                 "as calm examples")
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed model file instead of writing it")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validated figure")
    return parser.parse_args()


def write_or_check(path: Path, text: str, script: str, *, check: bool, summary: str) -> int:
    name = path.relative_to(ROOT)
    if check:
        same = path.is_file() and path.read_text(encoding="utf-8") == text
        print(f"{name} is up to date" if same else f"{name} is stale: run scripts/{script}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {name}: {summary}")
    return 0
