"""Train the topic model (bot/engine/topic_model.py) and write data/topic_model.tsv.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_topic_model.py [--check] [--no-cv]

Reads data/training/topics/*.yaml (items ``{text, label, lang}``: questions written for
training by people who saw neither the catalog nor the evaluation sets; ``label`` an entry id or
``none``), data/training/distress/calm_everyday.yaml (everyday chat: ``none``) and the catalog's
own phrases (each labelled with its entry). Never the evaluation sets. Prints a five-fold
cross-validated accuracy on the training questions, then fits on everything. ``--check`` compares
with the file in the repository instead of writing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from model_training import matrix, options, write_or_check
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from bot.engine.catalog import load_catalog
from bot.engine.letter_ngrams import N_MAX, N_MIN, fingerprint
from bot.engine.topic_model import NONE, TopicModel

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ROOT / "data" / "training" / "topics"
CALM = ROOT / "data" / "training" / "distress" / "calm_everyday.yaml"
MODEL = ROOT / "data" / "topic_model.tsv"
C = 8.0
PRUNE = 0.05  # smaller weights move no probability by more than a rounding: left out


def training_files() -> list[Path]:
    return [*sorted(TOPICS.glob("*.yaml")), CALM]


def catalog_examples() -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    for entry in load_catalog().entries:
        for phrase in entry.all_phrases():
            texts.append(phrase)
            labels.append(entry.id)
    return texts, labels


def questions() -> tuple[list[str], list[str]]:
    known = {entry.id for entry in load_catalog().entries} | {NONE}
    texts: list[str] = []
    labels: list[str] = []
    for path in training_files():
        for number, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            label = NONE if path == CALM else str(item.get("label"))
            if label not in known:
                sys.exit(f"{path}: item {number}: label {label!r} is no entry id and not 'none'")
            texts.append(str(item["text"]))
            labels.append(label)
    return texts, labels


def fit(texts: list[str], labels: list[str]) -> TopicModel:
    vectorizer, scaled = matrix(texts)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(scaled, labels)
    classes = tuple(str(c) for c in model.classes_)
    weights = {}
    for column, gram in enumerate(vectorizer.get_feature_names_out()):
        pairs = tuple((i, float(w)) for i, w in enumerate(model.coef_[:, column])
                      if abs(w) >= PRUNE)
        if pairs:
            weights[str(gram)] = pairs
    return TopicModel(classes, weights, tuple(float(b) for b in model.intercept_))


def cross_validated(texts: list[str], labels: list[str], extra: tuple[list[str], list[str]]) -> str:
    right = 0
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, labels):
        model = fit([texts[i] for i in train] + extra[0], [labels[i] for i in train] + extra[1])
        right += sum(model.guesses(texts[i])[0].label == labels[i] for i in test)
    return f"5-fold: {right} of {len(texts)} training questions given their label"


def render(model: TopicModel, size: int) -> str:
    training = fingerprint(path.read_text(encoding="utf-8") for path in training_files())
    catalog = fingerprint(catalog_examples()[0])
    lines = [
        "# The topic model (bot/engine/topic_model.py): written by scripts/train_topic_model.py, "
        "do not edit.",
        f"# Trained on {size} texts: data/training/topics/, everyday chat and the catalog's "
        f"phrases; letter n-grams {N_MIN}-{N_MAX}, C={C}, |weight| >= {PRUNE}.",
        f"# fingerprint training={training} catalog={catalog}",
        f"<classes>\t{' '.join(model.classes)}",
        f"<bias>\t{' '.join(f'{b:.4f}' for b in model.biases)}",
    ]
    for gram, pairs in sorted(model.weights.items()):
        assert not isinstance(pairs, str)  # a model just fitted, not read from a file
        lines.append(f"{gram}\t{' '.join(f'{i}:{w:.3f}' for i, w in pairs)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    args = options(__doc__.splitlines()[0])
    texts, labels = questions()
    extra = catalog_examples()
    if not args.no_cv:
        print(cross_validated(texts, labels, extra))
    model = fit(texts + extra[0], labels + extra[1])
    size = len(texts) + len(extra[0])
    return write_or_check(MODEL, render(model, size), "train_topic_model.py", check=args.check,
                          summary=f"{len(model.weights)} n-grams, {len(model.classes)} classes, "
                                  f"from {size} texts")


if __name__ == "__main__":
    raise SystemExit(main())
