#!/usr/bin/env python
"""Drive signed ``/safeguards`` slash commands at the HTTP endpoint and measure the acknowledgement.

By default it starts everything on loopback: a fake Slack Web API (which also receives the
response_url replies) in this process, and ``safeguards-bot serve --http`` in a separate process
(as in production, the server does not share a CPU lock with the load). Requests are sent on an
open-loop schedule (request i at start + i/rate, whatever happened to earlier ones), each one a
real slash command signed with the signing secret; latency is from sending the request to reading
Slack's expected empty 200. At the end every reply must have reached its response_url.

    .venv/bin/python scripts/bench_http.py --duration 60 --rate 100
    .venv/bin/python scripts/bench_http.py --url http://127.0.0.1:3000 --signing-secret ...

Exit status 0 when the target holds (p99 under --target-p99-ms, no errors), 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import itertools
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bot.cli.percentiles import percentile
from bot.testing.fake_slack import RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import FORM, signed_headers, slash_command

ROOT = Path(__file__).resolve().parent.parent

# A mix like real use: answers, suggestions, declines, a crisis, help and the list.
QUESTIONS = [
    "my account was suspended, how do I appeal?",
    "where do I report a security vulnerability",
    "can I get my deleted account back",
    "how do I stop my app's users from misusing the API",
    "does law enforcement get access to my data",
    "Our Approach to User Safety",
    "what is the best pizza in Naples",
    "I feel like I want to die",
    "help",
    "list",
]


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)  # seconds, successful acks only
    errors: list[str] = field(default_factory=list)
    max_lag: float = 0.0  # how late the generator sent its worst request
    lock: threading.Lock = field(default_factory=threading.Lock)


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen[str], str, deque[str]]:
    """``safeguards-bot serve --http`` on a free port; returns the process, its URL, its log."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    log: deque[str] = deque(maxlen=200)
    found = threading.Event()
    url: list[str] = []

    def drain() -> None:  # keep reading: a full pipe would block the server's logging
        assert process.stderr is not None
        for line in process.stderr:
            log.append(line.rstrip())
            match = re.search(r"listening on (http://[\d.]+:\d+)", line)
            if match and not found.is_set():
                url.append(match.group(1))
                found.set()

    threading.Thread(target=drain, daemon=True).start()
    if not found.wait(30):
        process.kill()
        raise SystemExit("the server did not start:\n" + "\n".join(log))
    return process, url[0], log


def run_load(base_url: str, secret: str, fake: FakeSlack, *, rate: float, duration: float,
             threads: int) -> tuple[Results, int, float]:
    results = Results()
    total = int(rate * duration)
    counter = itertools.count()
    target = urlparse(base_url)
    start = time.perf_counter() + 0.2

    def worker() -> None:
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        while (i := next(counter)) < total:
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            body = slash_command(QUESTIONS[i % len(QUESTIONS)], response_url=fake.response_url())
            headers = signed_headers(body, FORM, secret=secret)
            sent = time.perf_counter()
            try:
                connection.request("POST", "/slack/events", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                elapsed = time.perf_counter() - sent
                error = None if response.status == 200 else f"HTTP {response.status}"
            except (OSError, http.client.HTTPException) as exc:
                error, elapsed = f"{type(exc).__name__}: {exc}", 0.0
                connection.close()
                connection = http.client.HTTPConnection(target.hostname, target.port,
                                                        timeout=10)
            with results.lock:
                results.max_lag = max(results.max_lag, sent - due)
                if error:
                    results.errors.append(error)
                else:
                    results.latencies.append(elapsed)
        connection.close()

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    wall = time.perf_counter() - start
    return results, total, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--rate", type=float, default=100.0, help="requests/second (default 100)")
    parser.add_argument("--threads", type=int, default=16, help="client threads (default 16)")
    parser.add_argument("--url", help="an already running server (default: start one)")
    parser.add_argument("--signing-secret", default=os.environ.get("SLACK_SIGNING_SECRET"),
                        help="with --url: its signing secret (default $SLACK_SIGNING_SECRET)")
    parser.add_argument("--target-p99-ms", type=float, default=50.0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.url and not args.signing_secret:
        parser.error("--url needs --signing-secret (or SLACK_SIGNING_SECRET)")

    log: deque[str] = deque()
    # The served bot's question log (and its salt) go here, never into the working tree.
    with FakeSlack() as fake, tempfile.TemporaryDirectory(prefix="bench-http-") as workdir:
        process = None
        if args.url:
            base_url, secret = args.url.rstrip("/"), args.signing_secret
        else:
            secret = secrets.token_hex(16)
            env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
            env.update(SLACK_BOT_TOKEN="xoxb-bench-0000-token", SLACK_SIGNING_SECRET=secret,
                       SLACK_API_URL=fake.api_url,
                       SAFEGUARDS_DB=str(Path(workdir) / "questions.sqlite3"))
            process, base_url, log = start_server(env)
        try:
            results, total, wall = run_load(base_url, secret, fake, rate=args.rate,
                                            duration=args.duration, threads=args.threads)
            expected = total - len(results.errors)
            with contextlib.suppress(AssertionError):  # counted as missing below
                fake.wait_for(RESPONSE_URL, count=expected, timeout=30)
            replies = fake.calls(RESPONSE_URL)
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=10)

    failed_replies = sum(1 for call in replies if not call.ok)
    missing = max(0, expected - len(replies))
    ms = [s * 1000 for s in results.latencies]
    figures = {
        "requests": total,
        "seconds": round(wall, 2),
        "rps": round(total / wall, 1),
        "p50_ms": round(percentile(ms, 0.50), 2),
        "p90_ms": round(percentile(ms, 0.90), 2),
        "p99_ms": round(percentile(ms, 0.99), 2),
        "max_ms": round(max(ms, default=float("nan")), 2),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else None,
        "ack_errors": len(results.errors),
        "replies_delivered": len(replies) - failed_replies,
        "replies_missing_or_failed": missing + failed_replies,
        "max_schedule_lag_ms": round(results.max_lag * 1000, 2),
    }
    ok = (figures["p99_ms"] < args.target_p99_ms and not results.errors
          and figures["replies_missing_or_failed"] == 0)
    if args.json:
        print(json.dumps({**figures, "target_met": ok}))
    else:
        print(f"{total} signed slash commands in {figures['seconds']} s "
              f"({figures['rps']} req/s, {args.threads} client threads)")
        print(f"ack latency  p50 {figures['p50_ms']} ms  p90 {figures['p90_ms']} ms  "
              f"p99 {figures['p99_ms']} ms  max {figures['max_ms']} ms")
        print(f"errors: {len(results.errors)} acks, {figures['replies_missing_or_failed']} "
              f"replies missing or refused; {figures['replies_delivered']} replies delivered")
        for error in sorted(set(results.errors))[:5]:
            print(f"  {error}")
        if not ok and log:
            print("server log (last lines):", *list(log)[-10:], sep="\n  ")
        print(f"target (p99 < {args.target_p99_ms:g} ms, no errors): "
              f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
