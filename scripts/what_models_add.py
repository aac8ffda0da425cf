"""What the learned models add on questions nobody had tuned the bot for.

    .venv/bin/python scripts/what_models_add.py

Each blind set in SETS was first run on a known commit, before any of its misses shaped the
catalog. This checks that commit out (a temporary git worktree), runs its matcher on the set
(``eval --json``), then lays today's models over those answers the way the matcher uses them:
- a message the old rules did not take for distress is offered the helpline when today's distress
  model scores it at DISTRESS_MODEL_GENTLE or more and today's reading of it holds nothing back
  (a denial, a joke, a mention, a story, a professional, a mishap: ``CrisisDetector.model_alone``);
- a question the old matcher declined, or offered suggestions for, gets the topic model's article
  by ``topic_fusion`` itself (for suggestions the product also wants it among them; the old
  outputs do not list them, so here it counts either way);
- an answer is declined when ``topic_fusion`` declines it and the question does not name Claude
  or Anthropic (as in the product), and a weak one gives way to the model's article when
  ``topic_fusion.instead_of`` says so; a question naming another company's product is left as it
  was (the product declines it before asking the model).
The models never read these sets (they are trained on data/training/ and the catalog), so the
gain is an honest estimate of what they add to a matcher meeting new wording. It is an estimate:
the old rules and today's models never ran together in the product.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from functools import cache, partial
from pathlib import Path
from typing import Any

import yaml

from bot.engine import topic_fusion, topic_model
from bot.engine.catalog import CRISIS_ID, load_catalog
from bot.engine.crisis import CrisisDetector
from bot.engine.distress_model import shipped as distress_model
from bot.engine.distress_model import shipped_for_other_languages
from bot.engine.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
# (set, the commit its first run was made on: the set's arrival, before any tuning on it)
SETS = (
    ("data/eval/realworld.yaml", "0c71cf4"),
    ("data/eval/sealed/issue9b.yaml", "0c71cf4"),
    ("data/eval/posts.yaml", "1efd980"),
    ("data/eval/probe.yaml", "c483816"),
    ("data/eval/sealed/fourth.yaml", "44028d4"),
)


def old_outcomes(path: str, commit: str) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(tree), commit],
                       cwd=ROOT, check=True)
        try:
            done = subprocess.run(
                [sys.executable, "-m", "bot", "eval", str(ROOT / path), "--json"],
                cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                capture_output=True, text=True, check=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT,
                           check=True)
    items: list[dict[str, Any]] = json.loads(done.stdout)["items"]
    return items


def main() -> int:
    catalog = load_catalog()
    matcher = Matcher(catalog, learned=False)  # only for what it reads of names and languages
    detector = CrisisDetector(catalog.crisis, distress_model(),
                              other_languages_model=shipped_for_other_languages(),
                              language_of=matcher.language_of)
    topics = topic_model.shipped()
    ids = [entry.id for entry in catalog.entries]
    total = {"n": 0, "old": 0, "new": 0, "crisis": 0, "crisis_old": 0, "crisis_new": 0,
             "calm": 0, "alarms_old": 0, "alarms_new": 0}
    print(f"{'set':<32} {'overall, first run':>20} {'with models':>12} "
          f"{'crisis recall':>16} {'with models':>12} {'false alarms':>13}")
    for path, commit in SETS:
        items = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
        row = dict.fromkeys(total, 0)
        for item, old in zip(items, old_outcomes(path, commit), strict=True):
            expect = item["expect"] if isinstance(item["expect"], list) else [item["expect"]]
            expect = [str(e) for e in expect]
            crisis = "crisis" in (item.get("tags") or []) and CRISIS_ID in expect
            got = old["got"]
            alarmed = old["decision"] == "crisis"
            if not alarmed:
                if detector.model_alone(str(item["q"])):
                    got, alarmed = CRISIS_ID, True
                else:
                    got = _topic_answer(topics, matcher, ids, str(item["q"]), old)
            row["n"] += 1
            row["old"] += old["got"] in expect
            row["new"] += got in expect
            row["crisis"] += crisis
            row["crisis_old"] += crisis and old["got"] == CRISIS_ID
            row["crisis_new"] += crisis and got == CRISIS_ID
            calm = CRISIS_ID not in expect
            row["calm"] += calm
            row["alarms_old"] += calm and old["decision"] == "crisis"
            row["alarms_new"] += calm and alarmed
        for key in total:
            total[key] += row[key]
        _print(path, row)
    _print("all five", total)
    return 0


def _topic_answer(topics: topic_model.TopicModel, matcher: Matcher, ids: list[str],
                  question: str, old: dict[str, Any]) -> str:
    """What ``topic_fusion`` makes of the old answer. A "did you mean" is given any article the
    model picks: the old outputs do not list the suggestions the product would pick among."""
    guesses = cache(partial(topics.guesses, question))
    got: str = old["got"]
    if matcher.other_product(question) is not None:
        return got  # the product declines these before it asks the model
    if old["decision"] == "none":
        answer = topic_fusion.for_none(guesses, matcher.catalog)
        return answer[0].id if answer else got
    if old["decision"] == "suggest":
        picked = topic_fusion.for_suggestions(guesses, ids)
        return picked[0] if picked else got
    if old["decision"] != "answer":
        return got
    if not matcher.names_us(question) and topic_fusion.declines(guesses, got, old["confidence"]):
        return topic_model.NONE
    instead = topic_fusion.instead_of(guesses, got, old["confidence"], matcher.catalog)
    return instead[0].id if instead else got


def _print(name: str, row: dict[str, int]) -> None:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "  n/a"

    print(f"{name:<32} {pct(row['old'], row['n']):>20} {pct(row['new'], row['n']):>12} "
          f"{pct(row['crisis_old'], row['crisis']):>16} {pct(row['crisis_new'], row['crisis']):>12}"
          f" {row['alarms_old']:>4} -> {row['alarms_new']} of {row['calm']}")


if __name__ == "__main__":
    raise SystemExit(main())
