"""Match latency on the real catalog and on a generated 10,000-entry catalog.

Latency is the time of one ``Matcher.match`` call (normalisation, crisis check, ranking and the
decision), measured with ``perf_counter_ns`` over a fixed set of realistic questions (typos, other
languages, long messages, out-of-scope) after a warm-up. Reported as p50 and p99 in microseconds.
"""

from __future__ import annotations

import random
import statistics
import time

from bot.cli.percentiles import percentile
from bot.engine import normalize
from bot.engine.catalog import Catalog, Entry
from bot.engine.matcher import Matcher

SAMPLE_QUESTIONS = (
    "my account got banned, can I appeal?",
    "acct suspnded pls help",
    "police asked us for user data",
    "found an XSS on claude.ai",
    "i don't see the point anymore",
    "how do i report a harmful response",
    "is there a reward for jailbreaks",
    "can i sign up again after deleting my account",
    "our edtech app is for teenagers, what rules apply",
    "rules for autonomous agents and computer use",
    "how do i pass a user id in api requests for safety",
    "does the usage policy have exceptions for government agencies",
    "how does anthropic detect csam",
    "how much does claude pro cost",
    "reset password",
    "hello",
    "Mon compte a été suspendu, comment faire appel ?",
    "Wie melde ich eine Sicherheitslücke?",
    "アカウントが停止されました",
    "我想死",
    "경찰이 사용자 정보를 요청하면",
    "Как пожаловаться на ответ?",
    "so we run a small saas that wraps claude and someone in our userbase kept trying to make it "
    "generate nasty stuff, now our org got flagged, what tooling does anthropic offer so we can "
    "catch this before it reaches your side and what do we do about the warning we got",
    "",
)


def forget_words(matcher: Matcher) -> None:
    """Forget every remembered word look-up, for the uncached figures."""
    matcher.clear_caches()
    # The stem cache belongs to the module, not the matcher: without this, the "uncached"
    # figures still had every word's stem remembered.
    normalize.stem.cache_clear()


def _timings(matcher: Matcher, rounds: int, *, cold: bool) -> list[int]:
    samples: list[int] = []
    for _ in range(rounds):
        for question in SAMPLE_QUESTIONS:
            if cold:
                forget_words(matcher)
            start = time.perf_counter_ns()
            matcher.match(question)
            samples.append(time.perf_counter_ns() - start)
    return samples


def measure(matcher: Matcher, rounds: int) -> dict[str, float]:
    """Warm figures (word look-ups remembered, the steady state of a running bot) and cold ones
    (every word looked up and stemmed afresh, as for a question full of words never seen
    before)."""
    for question in SAMPLE_QUESTIONS:  # warm-up: first calls allocate and fill caches
        matcher.match(question)
    warm = _timings(matcher, rounds, cold=False)
    cold = _timings(matcher, max(1, rounds // 4), cold=True)
    return {
        "calls": len(warm),
        "p50_us": round(percentile(warm, 0.50) / 1000.0, 1),
        "p99_us": round(percentile(warm, 0.99) / 1000.0, 1),
        "mean_us": round(statistics.fmean(warm) / 1000.0, 1),
        "cold_p50_us": round(percentile(cold, 0.50) / 1000.0, 1),
        "cold_p99_us": round(percentile(cold, 0.99) / 1000.0, 1),
    }


def generated_catalog(base: Catalog, size: int, seed: int = 7) -> Catalog:
    """``size`` synthetic entries built from the real vocabulary plus invented words.

    Real words make the postings lists as long as a big real catalog would (many entries share
    "account" or "report"); invented words keep most entries distinct. The real crisis entry is
    kept so the crisis check costs what it costs in production.
    """
    rng = random.Random(seed)
    real_words = sorted({w for e in base.entries for p in e.all_phrases() for w in p.split()})
    syllables = ["ka", "lo", "mi", "ren", "sto", "va", "qui", "zer", "pha", "dun", "bri", "tol"]
    invented = sorted({"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(30000)})
    entries = [base.crisis]
    for number in range(size - 1):
        phrases = tuple(
            " ".join(rng.choice(real_words if rng.random() < 0.3 else invented)
                     for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(8, 20))
        )
        entries.append(Entry(
            id=f"generated-{number}", kind="article", title=f"Generated article {number}",
            url=f"https://example.com/{number}", topic=base.topics[0].id, summary="Synthetic.",
            phrases=phrases,
        ))
    entries.append(base.fallback)
    return Catalog(base.path, tuple(entries), base.topics, base.fallback.id)


def run(catalog: Catalog, *, size: int = 10_000, rounds: int = 200) -> dict[str, dict[str, float]]:
    build_start = time.perf_counter()
    real = Matcher(catalog)
    real_build = time.perf_counter() - build_start
    big_catalog = generated_catalog(catalog, size)
    build_start = time.perf_counter()
    big = Matcher(big_catalog)
    big_build = time.perf_counter() - build_start
    return {
        "catalog": {"entries": len(catalog.entries), "build_ms": round(real_build * 1000, 1),
                    **measure(real, rounds)},
        "generated": {"entries": len(big_catalog.entries), "build_ms": round(big_build * 1000, 1),
                      **measure(big, max(1, rounds // 10))},
    }
