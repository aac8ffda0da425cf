"""Leave-one-set-out: how well do the decision thresholds generalise to a set they never saw?

For each evaluation set, the three thresholds that turn scores into decisions (``NONE_BELOW``,
``ANSWER_AT``, ``ANSWER_MARGIN``) are chosen by grid search on all the *other* sets, then the
left-out set is scored with them. The gap between that figure and the set's score with the
shipped thresholds says how much of the shipped accuracy is tuning to that set.

Phrases cannot be left out this way (they were written once, for all sets); this measures the
part of the matcher that is tuned by numbers. Run: ``.venv/bin/python scripts/leave_one_out.py``.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.cli import evaluate
from bot.engine import matcher as matcher_module
from bot.engine.catalog import DEFAULT_CATALOG_PATH, load_catalog
from bot.engine.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "eval" / "questions.yaml",
        *sorted((ROOT / "data" / "eval").glob("*.yaml"))]
GRID = {
    "NONE_BELOW": (0.34, 0.38, 0.42, 0.46, 0.50),
    "ANSWER_AT": (0.52, 0.56, 0.60, 0.64, 0.68),
    "ANSWER_MARGIN": (0.06, 0.09, 0.12, 0.15, 0.18),
}


@contextmanager
def thresholds(values: dict[str, float]) -> Iterator[None]:
    """The matcher reads these module globals at call time; set them for the block."""
    saved = {name: getattr(matcher_module, name) for name in values}
    for name, value in values.items():
        setattr(matcher_module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(matcher_module, name, value)


def correct(matcher: Matcher, items: list[evaluate.Item]) -> int:
    return sum(o.correct for o in evaluate.run(matcher, items))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    matcher = Matcher(load_catalog(DEFAULT_CATALOG_PATH))
    sets = {path.name: evaluate.load_items(path) for path in SETS if path.exists()}
    combos = [dict(zip(GRID, values, strict=True))
              for values in itertools.product(*GRID.values())]
    # correct[combo][set]: every combination scored once on every set.
    scores = []
    for combo in combos:
        with thresholds(combo):
            scores.append({name: correct(matcher, items) for name, items in sets.items()})
    shipped = {name: correct(matcher, items) for name, items in sets.items()}
    rows = []
    for left_out, items in sets.items():
        best = max(range(len(combos)), key=lambda i: sum(
            s for name, s in scores[i].items() if name != left_out))
        rows.append({"left_out": left_out, "questions": len(items),
                     "shipped": round(shipped[left_out] / len(items), 4),
                     "tuned_without_it": round(scores[best][left_out] / len(items), 4),
                     "thresholds": combos[best]})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'left out':<22} {'n':>4}  {'shipped':>8}  {'tuned on the others':>19}  thresholds")
    for row in rows:
        chosen = " ".join(f"{k}={v}" for k, v in row["thresholds"].items())
        print(f"{row['left_out']:<22} {row['questions']:>4}  {row['shipped'] * 100:7.1f}%  "
              f"{row['tuned_without_it'] * 100:18.1f}%  {chosen}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
