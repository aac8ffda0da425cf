"""Match latency with the fewest timer effects: each sample question timed with ``timeit``, the
best of five repeats, then the median over the questions. ``safeguards-bot bench`` reports
percentiles over every call, which on a busy 2-core machine include the machine's noise; this
is the figure to compare two commits by, run one after the other.

    .venv/bin/python scripts/bench_best_of.py
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable

from bot.cli.bench import SAMPLE_QUESTIONS, forget_words
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Matcher


def main() -> int:
    matcher = Matcher(load_catalog())
    questions = [q for q in SAMPLE_QUESTIONS if q]
    for question in questions:  # warm-up
        matcher.match(question)

    def cold(question: str) -> None:
        forget_words(matcher)
        matcher.match(question)

    def best(run: Callable[[str], object], question: str, number: int) -> float:
        times = timeit.repeat(lambda: run(question), number=number, repeat=5)
        return min(times) / number * 1e6

    warm = [best(matcher.match, q, 30) for q in questions]
    uncached = [best(cold, q, 5) for q in questions]
    print(f"warm median {statistics.median(warm):.0f} µs, "
          f"uncached median {statistics.median(uncached):.0f} µs, "
          f"uncached slowest {max(uncached):.0f} µs ({len(questions)} questions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
