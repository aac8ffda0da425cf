"""Score the matcher on an evaluation file: a YAML list of questions with the expected entry.

    - q: "my acct got suspended, can i get it back"
      expect: appeals            # an id, a list of acceptable ids, or none
      tags: [paraphrase, typo]

An item is right when the id the reply leads with (the answer, the first suggestion, the helpline
for a crisis, or "none") is one of the expected ids.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.engine.catalog import CRISIS_ID, Catalog
from bot.engine.matcher import Decision, Matcher

NONE = "none"
CRISIS_DECISION = Decision.CRISIS.value
# Tags that mean "in another language": counted together as the "other languages" figure.
LANGUAGE_TAG = "multilingual"


class EvalFileError(Exception):
    pass


@dataclass(frozen=True)
class Item:
    q: str
    expect: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    item: Item
    got: str
    decision: str
    confidence: float

    @property
    def correct(self) -> bool:
        return self.got in self.item.expect

    def as_dict(self) -> dict[str, Any]:
        expect: str | list[str] = (
            self.item.expect[0] if len(self.item.expect) == 1 else list(self.item.expect)
        )
        return {
            "q": self.item.q,
            "expect": expect,
            "got": self.got,
            "decision": self.decision,
            "confidence": round(self.confidence, 3),
        }


def load_items(path: str | Path) -> list[Item]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise EvalFileError(f"{path}:{line}: malformed YAML: {exc.problem}") from None
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a list of questions")
    items = []
    for number, raw in enumerate(data, 1):
        if not isinstance(raw, dict) or "q" not in raw or "expect" not in raw:
            raise EvalFileError(f"{path}: item {number} needs 'q' and 'expect'")
        expect = raw["expect"]
        expected = tuple(str(e) for e in expect) if isinstance(expect, list) else (str(expect),)
        tags = tuple(str(t) for t in raw.get("tags") or ())
        items.append(Item(str(raw["q"]), expected, tags))
    return items


def run(matcher: Matcher, items: list[Item]) -> list[Outcome]:
    outcomes = []
    for item in items:
        result = matcher.match(item.q)
        top = result.matches[0].confidence if result.matches else (
            result.ranked[0].confidence if result.ranked else 0.0
        )
        outcomes.append(Outcome(item, result.lead_id, result.decision.value, top))
    return outcomes


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def summarize(outcomes: list[Outcome]) -> dict[str, Any]:
    in_scope = [o for o in outcomes if NONE not in o.item.expect]
    out_scope = [o for o in outcomes if o.item.expect == (NONE,)]
    crisis = [o for o in outcomes if "crisis" in o.item.tags]
    languages = [o for o in outcomes if LANGUAGE_TAG in o.item.tags]
    # A crisis reply to a question that was not about distress: kind, but an alarm all the same
    # (and, when it escalates, a specialist's time). Counted over every question not expecting it.
    calm = [o for o in outcomes if CRISIS_ID not in o.item.expect]
    alarms = sum(o.decision == CRISIS_DECISION for o in calm)
    per_tag: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        for tag in outcome.item.tags:
            per_tag[tag].append(outcome)
    return {
        "questions": len(outcomes),
        "overall": _share(sum(o.correct for o in outcomes), len(outcomes)),
        "in_scope": _share(sum(o.correct for o in in_scope), len(in_scope)),
        "out_of_scope_declined": _share(sum(o.got == NONE for o in out_scope), len(out_scope)),
        "crisis_recall": _share(sum(o.got == CRISIS_ID for o in crisis), len(crisis)),
        "other_languages": _share(sum(o.correct for o in languages), len(languages)),
        "false_crisis_alarms": {"count": alarms, "of": len(calm),
                                "share": _share(alarms, len(calm))},
        "per_tag": {
            tag: {"n": len(group), "accuracy": _share(sum(o.correct for o in group), len(group))}
            for tag, group in sorted(per_tag.items())
        },
    }


def format_report(summary: dict[str, Any], outcomes: list[Outcome], *, show_misses: bool) -> str:
    def pct(value: float | None) -> str:
        return "   n/a" if value is None else f"{value * 100:5.1f}%"

    alarms = summary["false_crisis_alarms"]
    lines = []
    if show_misses:
        misses = [o for o in outcomes if not o.correct]
        if misses:
            lines.append(f"Misses ({len(misses)}):")
            for o in misses:
                expected = "|".join(o.item.expect)
                lines.append(f"  expected {expected:<28} got {o.got:<24} "
                             f"{o.decision:<7} {o.confidence:.2f}  {o.item.q[:70]!r}")
            lines.append("")
    lines += [
        f"Questions:              {summary['questions']}",
        f"Overall accuracy:       {pct(summary['overall'])}",
        f"In-scope accuracy:      {pct(summary['in_scope'])}",
        f"Out-of-scope declined:  {pct(summary['out_of_scope_declined'])}",
        f"Crisis recall:          {pct(summary['crisis_recall'])}",
        f"Other languages:        {pct(summary['other_languages'])}",
        f"False crisis alarms:    {alarms['count']} of {alarms['of']} other questions",
        "Per tag:",
    ]
    for tag, figures in summary["per_tag"].items():
        lines.append(f"  {tag:<14} {pct(figures['accuracy'])}  (n={figures['n']})")
    return "\n".join(lines)


def unknown_ids(items: list[Item], catalog: Catalog) -> list[str]:
    """Expected ids that are neither ``none`` nor an entry of ``catalog``, sorted."""
    return sorted({e for item in items for e in item.expect if e != NONE and e not in catalog})
