"""Sustained load on the real bot over loopback: a fixed-rate mix of signed Slack requests.

Starts a fake Slack Web API (in this process) and one or more ``python -m bot serve --http``
processes (replicas) pointed at it and sharing one database, then sends slash commands,
@-mention events and button clicks at a fixed total rate, round-robin across the replicas, each
signed like Slack (v0 HMAC-SHA256). Mentions and shares go to many channels, as in a real
workspace (Slack paces each channel at about a message a second). It measures each
acknowledgement, samples the servers' memory, then measures how long the outbox takes to drain
(every acknowledged request answered), counts replies lost and replies doubled, and finally sends
SIGTERM and checks that every process exits 0.

Run from the repository root::

    .venv/bin/python scripts/load_test.py --rate 100 --duration 300
    .venv/bin/python scripts/load_test.py --replicas 2 --database postgres --rate 200 \
        --duration 60 --slack-latency-ms 150

``--to-every-replica`` sends each request to every replica at the same moment (as Slack's retries
or a load balancer can): the rate is then of distinct requests, and each must be answered once.

``--database postgres`` starts a throwaway PostgreSQL server (Debian's ``postgresql`` package,
``bot/testing/postgres.py``); ``sqlite`` (the default) uses a file; anything else is a database URL.

Exit status: 0 when all went well; 1 on any error (a non-2xx, failed or over-3-second
acknowledgement, a missing, doubled or refused reply, an unclean shutdown); 2 when a server could
not be started.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import http.client
import json
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from bot.cli.percentiles import percentile
from bot.engine.catalog import DEFAULT_CATALOG_PATH, load_catalog
from bot.slack.manifest_ids import NONE_OF_THESE, PICK, SHARE
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.postgres import PostgresCluster, find_binaries
from bot.testing.slack_requests import (
    FORM,
    JSON,
    block_actions,
    event_callback,
    mention,
    signed_headers,
    slash_command,
)

ROOT = Path(__file__).resolve().parent.parent

HOST = "127.0.0.1"
# Share of each kind of request in the mix (people ask far more than they click).
MIX = {"command": 0.5, "mention": 0.3, "pick": 0.1, "none_of_these": 0.05, "share": 0.05}
RSS_EVERY_SECONDS = 10.0
STARTUP_SECONDS = 30.0
SHUTDOWN_SECONDS = 10.0
REQUEST_TIMEOUT_SECONDS = 10.0
# Enough senders that a slow acknowledgement delays only itself, not the schedule.
SENDERS = 128
# Slack gives up on an acknowledgement after 3 s (and retries events): a later 200 is a failure.
SLACK_ACK_SECONDS = 3.0
# A request leaving later than this after its scheduled time counts as late.
LATE_SECONDS = 0.05
# How long to wait, after the last request, for every acknowledged request to be answered.
DRAIN_LIMIT_SECONDS = 60.0


@dataclass
class Planned:
    kind: str
    body: str
    content_type: str
    # What the reply will look like in the fake Slack: a response_url path, or a thread ts.
    response_path: str | None = None
    thread_ts: str | None = None


@dataclass
class Outcome:
    planned: Planned
    status: int | None  # None: no HTTP answer at all
    seconds: float  # from sending the request to reading the whole answer
    error: str = ""
    # How late the request left, against the schedule: when every sender is stuck waiting on a
    # slow server, requests queue here, and leaving that out would flatter the server.
    delay: float = 0.0
    at: float = 0.0  # when it was meant to leave, in seconds from the start of the load


@dataclass
class Run:
    outcomes: list[Outcome] = field(default_factory=list)
    rss_kb: list[tuple[float, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, outcome: Outcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)


# -- the server process ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def start_server(port: int, api_url: str, secret: str, token: str, workdir: Path,
                 database_url: str, name: str = "server") -> tuple[subprocess.Popen[bytes], Path]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SAFEGUARDS_"))}
    env.update({
        "SLACK_BOT_TOKEN": token,
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": api_url,
        "SAFEGUARDS_DATABASE_URL": database_url,  # never the repository's
        # Replicas share one salt (and PostgreSQL requires it set).
        "SAFEGUARDS_HASH_SALT": "load-test-salt-0123456789abcdef",
        "PYTHONUNBUFFERED": "1",
    })
    log_path = workdir / f"{name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--host", HOST, "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    return process, log_path


def wait_healthy(process: subprocess.Popen[bytes], port: int) -> bool:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return True
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.1)
    return False


def warm_up(port: int, secret: str, fake: FakeSlack) -> bool:
    """One command answered end to end before measuring: Bolt calls auth.test on its first
    request, and every request arriving meanwhile waits for it (a start-up cost, not load)."""
    url = fake.response_url()
    outcome = send(port, secret, Planned("warm-up", slash_command("help", response_url=url), FORM))
    if outcome.status != 200:
        return False
    try:
        fake.wait_until(lambda: any(c.path == urlparse(url).path
                                    for c in fake.calls(RESPONSE_URL)), timeout=STARTUP_SECONDS)
    except AssertionError:
        return False
    return True


# -- requests ---------------------------------------------------------------------------------


def questions() -> list[str]:
    found = []
    for path in sorted((ROOT / "data" / "eval").glob("*.yaml")):
        found.extend(case["q"] for case in yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return found


class Planner:
    """Real-shaped Slack requests, drawn from the evaluation questions and the catalog."""

    CHANNELS = 500

    def __init__(self, fake: FakeSlack, seed: int):
        self.fake = fake
        self.rng = random.Random(seed)
        self.questions = questions()
        self.entry_ids = [e.id for e in load_catalog(DEFAULT_CATALOG_PATH).articles]
        self.kinds = list(MIX)
        self.weights = list(MIX.values())

    def _path(self, url: str) -> str:
        return urlparse(url).path

    def next(self) -> Planned:
        kind = self.rng.choices(self.kinds, self.weights)[0]
        question = self.rng.choice(self.questions)
        if kind == "command":
            url = self.fake.response_url()
            return Planned(kind, slash_command(question, response_url=url), FORM,
                           response_path=self._path(url))
        channel = f"C0LOAD{self.rng.randrange(self.CHANNELS):04d}"
        if kind == "mention":
            event = mention(f"<@{BOT_USER_ID}> {question}", channel=channel)
            return Planned(kind, event_callback(event), JSON, thread_ts=event["ts"])
        url = self.fake.response_url()
        action_id = {"pick": PICK, "none_of_these": NONE_OF_THESE, "share": SHARE}[kind]
        value = "" if kind == "none_of_these" else self.rng.choice(self.entry_ids)
        body = block_actions(action_id, value, response_url=url, ephemeral=kind != "pick",
                             channel_id=channel)
        return Planned(kind, body, FORM, response_path=self._path(url))


def send(port: int, secret: str, planned: Planned, due: float | None = None) -> Outcome:
    """POST one request, signed now; ``due``: when (time.monotonic) it was meant to leave."""
    delay = 0.0 if due is None else max(0.0, time.monotonic() - due)
    headers = signed_headers(planned.body, planned.content_type, secret=secret)
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    start = time.perf_counter()
    try:
        connection.request("POST", "/slack/events", body=planned.body.encode(), headers=headers)
        response = connection.getresponse()
        response.read()
        return Outcome(planned, response.status, time.perf_counter() - start, delay=delay)
    except OSError as exc:
        return Outcome(planned, None, time.perf_counter() - start, type(exc).__name__, delay)
    finally:
        connection.close()


def sample_rss(processes: list[subprocess.Popen[bytes]], run: Run, started: float,
               stop: threading.Event) -> None:
    """The memory of all the replicas together, every ``RSS_EVERY_SECONDS``."""
    while not stop.wait(RSS_EVERY_SECONDS):
        kbs = [rss_kb(p.pid) for p in processes]
        if all(kb is not None for kb in kbs):
            run.rss_kb.append((time.monotonic() - started, sum(kb or 0 for kb in kbs)))


def drive(ports: list[int], secret: str, planner: Planner, rate: float, duration: float,
          run: Run, *, to_every: bool = False) -> float:
    """Send ``rate`` requests a second in total for ``duration`` seconds, round-robin across
    ``ports`` (``to_every``: each one to every port at once); the seconds it took."""
    total = int(rate * duration)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=SENDERS, thread_name_prefix="sender") as pool:
        for i in range(total):
            planned = planner.next()
            due = started + i / rate
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            for port in ports if to_every else [ports[i % len(ports)]]:
                future = pool.submit(send, port, secret, planned, due)
                future.add_done_callback(
                    lambda f, at=i / rate: run.add(dataclasses.replace(f.result(), at=at)))
        # Leaving the pool waits for the last acknowledgements.
    return time.monotonic() - started


# -- checking replies ---------------------------------------------------------------------------


def reply_counts(fake: FakeSlack, outcomes: list[Outcome]) -> tuple[int, int, int]:
    """(acknowledged requests with no reply, requests answered more than once, replies Slack
    refused). A share is two calls to its response_url (the post, then deleting the private
    copy): only the first counts as its reply."""
    by_path = Counter(call.path for call in fake.calls(RESPONSE_URL)
                      if call.ok and not call.body.get("delete_original"))
    by_thread = Counter(call.body.get("thread_ts") for call in fake.calls("chat.postMessage")
                        if call.ok)
    missing = doubled = 0
    # A request sent to every replica (--to-every-replica) is one request, answered once.
    acknowledged = {id(o.planned): o.planned for o in outcomes if o.status == 200}
    for planned in acknowledged.values():
        count = (by_path[planned.response_path] if planned.response_path is not None
                 else by_thread[planned.thread_ts])
        missing += count == 0
        doubled += count > 1
    refused = sum(not call.ok for call in fake.replies())
    return missing, doubled, refused


def wait_drained(fake: FakeSlack, outcomes: list[Outcome], limit: float) -> float | None:
    """Seconds until every acknowledged request has its reply (None: not within ``limit``)."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if reply_counts(fake, outcomes)[0] == 0:
            return round(time.monotonic() - started, 2)
        time.sleep(0.05)
    return None


# -- report ---------------------------------------------------------------------------------


def _error_kind(outcome: Outcome) -> str:
    if outcome.error:
        return outcome.error
    if outcome.status is not None and 200 <= outcome.status < 300:
        return f"ack over {SLACK_ACK_SECONDS:g} s"
    return str(outcome.status)


def summarise(args: argparse.Namespace, run: Run, elapsed: float, shutdown: dict[str, Any],
              missing: int, refused: int, doubled: int = 0,
              drained: float | None = None) -> dict[str, Any]:
    latencies = [o.seconds * 1000 for o in run.outcomes if o.status is not None]
    scheduled = [(o.delay + o.seconds) * 1000 for o in run.outcomes if o.status is not None]
    errors = [o for o in run.outcomes if o.status is None or not 200 <= o.status < 300
              or o.seconds > SLACK_ACK_SECONDS]
    rss = [kb / 1024 for _, kb in run.rss_kb]
    return {
        "rate_target": args.rate,
        "replicas": args.replicas,
        "database": args.database,
        "slack_latency_ms": args.slack_latency_ms,
        "duration_s": round(elapsed, 1),
        "requests": len(run.outcomes),
        "by_kind": dict(Counter(o.planned.kind for o in run.outcomes)),
        "requests_per_s": round(len(run.outcomes) / elapsed, 1) if elapsed else 0.0,
        "latency_ms": {
            "p50": round(percentile(latencies, 0.50), 2),
            "p99": round(percentile(latencies, 0.99), 2),
            "max": round(max(latencies, default=0.0), 2),
            "mean": round(statistics.fmean(latencies), 2) if latencies else 0.0,
        },
        "from_schedule_ms": {
            "p50": round(percentile(scheduled, 0.50), 2),
            "p99": round(percentile(scheduled, 0.99), 2),
            "max": round(max(scheduled, default=0.0), 2),
        },
        "p99_ms_by_kind": {
            kind: round(percentile([o.seconds * 1000 for o in run.outcomes
                                    if o.planned.kind == kind and o.status is not None], 0.99), 2)
            for kind in MIX
        },
        # Where the slow acknowledgements were: a tail at the start (connections, caches) is
        # not the same problem as one spread over the run.
        "worst_seconds": _worst_seconds(run.outcomes),
        "errors": len(errors),
        "error_kinds": dict(Counter(_error_kind(o) for o in errors)),
        "late_starts": sum(o.delay > LATE_SECONDS for o in run.outcomes),
        "rss_mb": {
            "start": round(rss[0], 1) if rss else None,
            "end": round(rss[-1], 1) if rss else None,
            "max": round(max(rss), 1) if rss else None,
            "samples": [[round(t), round(kb / 1024, 1)] for t, kb in run.rss_kb],
        },
        "replies_missing": missing,
        "replies_doubled": doubled,
        "replies_refused": refused,
        "outbox_drained_s": drained,
        "shutdown": shutdown,
    }


def _worst_seconds(outcomes: list[Outcome], count: int = 3) -> list[list[float]]:
    """The ``count`` one-second windows of the run with the highest ack p99: [second, p99 ms]."""
    by_second: dict[int, list[float]] = {}
    for outcome in outcomes:
        if outcome.status is not None:
            by_second.setdefault(int(outcome.at), []).append(outcome.seconds * 1000)
    worst = sorted(((percentile(values, 0.99), second) for second, values in by_second.items()
                    if len(values) >= 2), reverse=True)[:count]
    return [[second, round(p99, 1)] for p99, second in worst]


def print_report(summary: dict[str, Any]) -> None:
    latency, rss, shutdown = summary["latency_ms"], summary["rss_mb"], summary["shutdown"]
    print(f"replicas      {summary['replicas']} on {summary['database']}")
    print(f"requests      {summary['requests']} in {summary['duration_s']} s "
          f"= {summary['requests_per_s']} req/s (target {summary['rate_target']}); "
          f"{summary['by_kind']}")
    print(f"ack latency   p50 {latency['p50']} ms, p99 {latency['p99']} ms, "
          f"max {latency['max']} ms; p99 by kind {summary['p99_ms_by_kind']}")
    print("worst seconds " + ", ".join(f"at {second:.0f} s p99 {p99} ms"
                                       for second, p99 in summary["worst_seconds"]))
    print(f"errors        {summary['errors']} {summary['error_kinds'] or ''}".rstrip())
    print(f"replies       missing {summary['replies_missing']}, "
          f"doubled {summary['replies_doubled']}, "
          f"refused by Slack {summary['replies_refused']}; all answered "
          f"{summary['outbox_drained_s']} s after the last request")
    print(f"memory (RSS)  start {rss['start']} MB, end {rss['end']} MB, max {rss['max']} MB")
    print(f"SIGTERM       exit status {shutdown['exit_status']} after {shutdown['seconds']} s"
          f"{'' if shutdown['clean'] else ' (NOT clean)'}")
    if summary["late_starts"]:
        scheduled = summary["from_schedule_ms"]
        print(f"late          {summary['late_starts']} requests left >50 ms late (every sender "
              f"was waiting on the server); from schedule: p50 {scheduled['p50']} ms, "
              f"p99 {scheduled['p99']} ms, max {scheduled['max']} ms")


# -- main -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Drive signed Slack requests at the bot over loopback at a fixed rate.")
    parser.add_argument("--rate", type=float, default=100.0,
                        help="requests per second (default 100)")
    parser.add_argument("--duration", type=float, default=300.0,
                        help="seconds of load (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="seed for the request mix")
    parser.add_argument("--slack-latency-ms", type=float, default=0.0, metavar="MS",
                        help="how long the fake Slack takes to answer each call (default 0; "
                             "the real one takes ~100-300)")
    parser.add_argument("--replicas", type=int, default=1,
                        help="serve processes sharing the database (default 1)")
    parser.add_argument("--database", default="sqlite",
                        help="sqlite (a file, the default), postgres (a throwaway server) or a "
                             "database URL")
    parser.add_argument("--to-every-replica", action="store_true",
                        help="send each request to every replica at once (as Slack's retries "
                             "or a load balancer can): each must still be answered once")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not 1 <= args.replicas <= 8:
        parser.error("--replicas must be from 1 to 8")
    if not 0 < args.rate <= 2000 or not 0 < args.duration <= 3600:
        parser.error("--rate must be in (0, 2000] and --duration in (0, 3600]")
    if not 0 <= args.slack_latency_ms <= 5000:
        parser.error("--slack-latency-ms must be in [0, 5000]")
    return args


def stop_server(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    """SIGTERM, then the exit status and how long it took (killed if it hangs)."""
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        status = process.wait(timeout=SHUTDOWN_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        status = process.wait()
        return {"exit_status": status, "seconds": SHUTDOWN_SECONDS, "clean": False,
                "hung": True}
    seconds = round(time.monotonic() - sent, 2)
    return {"exit_status": status, "seconds": seconds, "clean": status == 0, "hung": False}


def database_for(args: argparse.Namespace, workdir: Path,
                 stack: contextlib.ExitStack) -> str:
    if args.database == "sqlite":
        return f"sqlite:///{workdir / 'bot.sqlite3'}"
    if args.database == "postgres":
        binaries = find_binaries()
        if binaries is None:
            raise SystemExit("load_test: --database postgres needs Debian's postgresql package")
        cluster = PostgresCluster(binaries).start()
        stack.callback(cluster.stop)
        return cluster.new_database()
    return str(args.database)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    secret = secrets.token_hex(16)
    token = f"xoxb-{secrets.randbelow(10**12)}-{secrets.token_hex(12)}"
    # Every answer takes this long, once (the fake sleeps before answering).
    fake_slack = FakeSlack()
    fake_slack.latency = args.slack_latency_ms / 1000
    # A call cut off by the server's exit is counted as a missing reply, not printed as a trace.
    fake_slack.server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="safeguards-load-")))
        fake = stack.enter_context(fake_slack)
        database_url = database_for(args, tmp, stack)
        ports = [free_port() for _ in range(args.replicas)]
        servers = [start_server(port, fake.api_url, secret, token, tmp, database_url,
                                f"replica-{n}") for n, port in enumerate(ports)]
        processes = [process for process, _ in servers]
        try:
            for (process, log_path), port in zip(servers, ports, strict=True):
                if not wait_healthy(process, port):
                    print("load_test: a server did not become healthy; its log ends:",
                          file=sys.stderr)
                    print(log_path.read_text(errors="replace")[-2000:], file=sys.stderr)
                    return 2
                if not warm_up(port, secret, fake):
                    print("load_test: a server did not answer a first slash command",
                          file=sys.stderr)
                    return 2
            run = Run()
            started = time.monotonic()
            run.rss_kb.append((0.0, sum(rss_kb(p.pid) or 0 for p in processes)))
            stop_sampling = threading.Event()
            sampler = threading.Thread(target=sample_rss, daemon=True,
                                       args=(processes, run, started, stop_sampling))
            sampler.start()
            planner = Planner(fake, args.seed)
            ticker = _progress(args) if not args.json else None
            elapsed = drive(ports, secret, planner, args.rate, args.duration, run,
                            to_every=args.to_every_replica)
            stop_sampling.set()
            run.rss_kb.append((time.monotonic() - started,
                               sum(rss_kb(p.pid) or 0 for p in processes)))
            # The replies still on their way when the last request was acknowledged.
            drained = wait_drained(fake, run.outcomes, DRAIN_LIMIT_SECONDS)
            shutdowns = [stop_server(process) for process in processes]
            shutdown = {"exit_status": max(s["exit_status"] for s in shutdowns),
                        "seconds": max(s["seconds"] for s in shutdowns),
                        "clean": all(s["clean"] for s in shutdowns),
                        "hung": any(s["hung"] for s in shutdowns)}
            if ticker is not None:
                ticker()
        finally:
            for process in processes:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        missing, doubled, refused = reply_counts(fake, run.outcomes)
        summary = summarise(args, run, elapsed, shutdown, missing, refused, doubled, drained)
        summary["server_log_tail"] = [
            line for _, log_path in servers
            for line in log_path.read_text(errors="replace").splitlines()[-3:]]
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_report(summary)
        if not shutdown["clean"]:
            print("server logs end:\n  " + "\n  ".join(summary["server_log_tail"]))
    failed = summary["errors"] or missing or doubled or refused or not shutdown["clean"]
    return 1 if failed else 0


def _progress(args: argparse.Namespace) -> Callable[[], None]:
    """One line on stderr when the load starts; the returned function ends it."""
    print(f"load_test: {args.rate:g} req/s for {args.duration:g} s ...", file=sys.stderr,
          flush=True)
    return lambda: print("load_test: done", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
