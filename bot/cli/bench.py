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
from bot.engine import crisis_lang, crisis_similarity, letter_ngrams, normalize
from bot.engine.catalog import Catalog, Entry
from bot.engine.matcher import Matcher

# Lengths as people write them in Slack (median 10 words, a tenth over 20, one long paste):
# until this round the list was of short questions (median 6 words), which made the figures
# look a third better than questions of the development set's length.
SAMPLE_QUESTIONS = (
    "my account got banned, can I appeal?",
    "acct suspnded pls help",
    "police asked us for user data, what does anthropic hand over",
    "found an XSS on claude.ai, where do i report it",
    "i don't see the point anymore",
    "how do i report a harmful response that claude gave me",
    "is there a reward for finding universal jailbreaks",
    "can i sign up again with the same email after deleting my account",
    "our edtech app is for teenagers, what rules apply to us",
    "what are the rules for autonomous agents and computer use",
    "how do i pass a user id in api requests so abuse can be traced",
    "does the usage policy have exceptions for government agencies",
    "how does anthropic detect csam and who gets told about it",
    "how much does claude pro cost per month",
    "reset password",
    "hello",
    "got a warning email about my prompts, what happens if i ignore it",
    "why did my account get restricted right after signing up?",
    "a customer says claude said something hateful to their kid, where do i send this",
    "we want to use claude in a chatbot for a school district, any requirements?",
    "my friend keeps texting me that she wants to disappear and i dont know what to do",
    "is my claude code subscription allowed in a third party tool or will i get banned",
    "chatgpt banned my account for no reason, how do i get it back",
    "Mon compte a été suspendu hier sans explication, comment faire appel ?",
    "Wie melde ich eine Sicherheitslücke in der Claude API?",
    "アカウントが停止されました。どうすれば異議申し立てできますか",
    "我想死",
    "경찰이 사용자 정보를 요청하면 어떻게 되나요",
    "Как пожаловаться на ответ, который оскорбил меня?",
    "Minha conta foi banida, posso criar outra com o mesmo número?",
    "so we run a small saas that wraps claude and someone in our userbase kept trying to make it "
    "generate nasty stuff, now our org got flagged, what tooling does anthropic offer so we can "
    "catch this before it reaches your side and what do we do about the warning we got",
    "honestly everything is falling apart, lost my job last week and i keep thinking my family "
    "would be better off without me, i just needed to tell someone",
    "",
)


def forget_words(matcher: Matcher) -> None:
    """Forget every remembered word look-up, for the uncached figures."""
    matcher.clear_caches()
    # Some memos belong to modules, not the matcher: without these, the "uncached" figures still
    # had every word's stem, word forms and n-grams remembered (until this round, all but the
    # stems were, and the uncached p50 read a third lower than it is).
    for memo in (normalize.stem, crisis_lang.message_keys, crisis_lang.family_keys,
                 crisis_similarity.grams, letter_ngrams.word_grams, letter_ngrams.words):
        memo.cache_clear()


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
