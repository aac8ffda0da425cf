"""Match latency on questions the bot has never been asked, as a running bot meets them.

``safeguards-bot bench`` times a fixed list of questions over and over (its warm figure), and
again with every word memo emptied before each one (its cold figure, the worst case: the first
questions after a start). A running bot is in between: no answer is remembered, but the word
memos hold what earlier questions taught them. This script fills them with the questions of some
evaluation sets (the traffic) and times, once each, the questions of the others, which the bot
has never seen; then it times the same questions again with every memo emptied before each.

    .venv/bin/python scripts/bench_unseen.py            # the opened sets of data/eval/
    .venv/bin/python scripts/bench_unseen.py --max-words 60

Only opened sets are read: sealed ones stay unseen even by benchmarks.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bot.cli.bench import forget_words
from bot.cli.evaluate import load_items
from bot.cli.percentiles import percentile
from bot.engine import topic_model
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Matcher

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
# Traffic: the written sets; timed: the others (real posts among them), split so no question of
# the timed half was ever asked before it is timed.
TRAFFIC = ("blind", "check", "fresh", "holdout", "independent")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-words", type=int, default=0,
                        help="time only questions of at most this many words (0: all)")
    args = parser.parse_args()
    files = sorted(EVAL.glob("*.yaml"))
    traffic = [i.q for f in files if f.stem in TRAFFIC for i in load_items(f)]
    seen = set(traffic)
    timed = list(dict.fromkeys(
        i.q for f in files if f.stem not in TRAFFIC for i in load_items(f)
        if i.q not in seen and (not args.max_words
                                       or len(i.q.split()) <= args.max_words)))
    matcher = Matcher(load_catalog())
    topic_model.shipped().unpack_all()  # as `serve` does before it takes a question
    for question in traffic:
        matcher.match(question)
    unseen = []
    for question in timed:
        start = time.perf_counter_ns()
        matcher.match(question)
        unseen.append(time.perf_counter_ns() - start)
    cold = []
    for question in timed:
        forget_words(matcher)
        start = time.perf_counter_ns()
        matcher.match(question)
        cold.append(time.perf_counter_ns() - start)
    words = sorted(len(q.split()) for q in timed)
    print(f"{len(timed)} unseen questions (median {words[len(words) // 2]} words), "
          f"memos filled by {len(traffic)} others")
    for name, samples in (("unseen", unseen), ("cold", cold)):
        print(f"{name:>7}: p50 {percentile(samples, 0.5) / 1000:.0f} µs, "
              f"p99 {percentile(samples, 0.99) / 1000:.0f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
