"""Delivery: each reply recorded in the outbox before Slack's acknowledgement, sent by delivery
threads (so a slow Slack never delays an ack), paced per channel and fair across channels; and
when the database cannot be written, acknowledged and answered all the same, from memory, loudly.

In process, over real HTTP, against the fake Slack; the database is a real SQLite file (the
replica tests, ``tests/test_replicas.py``, run the same on PostgreSQL with ``serve`` processes).
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.engine.matcher import Decision, Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app, delivery_of
from bot.slack.config import Settings
from bot.slack.delivery.pacing import Pacer
from bot.slack.delivery.timings import DeliveryTimings
from bot.store.database import Database
from bot.store.settings_paths import sqlite_url
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import (
    BOT_TOKEN,
    SIGNING_SECRET,
    HttpResult,
    SlackSender,
    mention,
    request,
)
from tests.support.delivery import FAST

SLOW_SLACK_SECONDS = 0.5
BURST = 40
MARKER = "zanzibar marmalade question"

MakeApp = Callable[..., HttpServer]


@pytest.fixture
def make_app(fake_slack: FakeSlack, matcher: Matcher) -> Iterator[MakeApp]:
    servers: list[HttpServer] = []
    databases: list[Database] = []

    def make(database_url: str | None = None, timings: DeliveryTimings = FAST) -> HttpServer:
        settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                            api_url=fake_slack.api_url, delivery=timings)
        database = Database(database_url, report_seconds=0.2) if database_url else None
        if database is not None:
            databases.append(database)
        server = HttpServer(build_app(settings, matcher, database=database)).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()
    for database in databases:
        database.close()


def test_a_burst_is_acknowledged_at_once_while_a_slow_slack_gets_the_replies_later(
    fake_slack: FakeSlack, make_app: MakeApp, tmp_path: Path
) -> None:
    server = make_app(sqlite_url(tmp_path / "bot.sqlite3"))
    slack = SlackSender(server.url)
    # First request at full speed: Bolt's one auth.test (before any ack) is not what is measured.
    assert slack.command("help", fake_slack.response_url()).status == 200
    fake_slack.wait_for(RESPONSE_URL)
    fake_slack.latency = SLOW_SLACK_SECONDS
    acks: list[tuple[HttpResult, float]] = []
    lock = threading.Lock()

    def send(number: int) -> None:
        started = time.monotonic()
        if number % 2:
            result = slack.command(f"how do I appeal a ban {number}", fake_slack.response_url())
        else:
            result = slack.event(mention(f"<@{BOT_USER_ID}> my account was suspended {number}",
                                         channel=f"C0CHAN{number:04d}"))
        with lock:
            acks.append((result, time.monotonic() - started))

    senders = [threading.Thread(target=send, args=(n,)) for n in range(BURST)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(10)
    replies_by_then = len(fake_slack.calls(RESPONSE_URL)) - 1 + len(
        fake_slack.calls("chat.postMessage"))
    assert [result.status for result, _ in acks] == [200] * BURST
    slowest = max(seconds for _, seconds in acks)
    # Within what Slack allows (3 s), with room to spare; that the acks did not wait for the
    # replies is the next line's to show (a bound of 1 s was missed by 1 ms under CI load).
    assert slowest < 2.5, f"slowest ack {slowest:.2f}s"
    assert replies_by_then < BURST  # each reply takes 0.5 s at Slack: the acks did not wait
    fake_slack.wait_for(RESPONSE_URL, 1 + BURST // 2, timeout=15)
    fake_slack.wait_for("chat.postMessage", BURST // 2, timeout=15)


def test_the_outbox_holds_ids_never_the_question_and_marks_each_reply_delivered(
    fake_slack: FakeSlack, make_app: MakeApp, tmp_path: Path, questions: dict[Decision, str]
) -> None:
    path = tmp_path / "bot.sqlite3"
    server = make_app(sqlite_url(path))
    slack = SlackSender(server.url)
    question = f"{questions[Decision.ANSWER]} {MARKER}"
    assert slack.command(question, fake_slack.response_url()).status == 200
    assert slack.event(mention(f"<@{BOT_USER_ID}> {question}")).status == 200
    [reply] = fake_slack.wait_for(RESPONSE_URL)
    fake_slack.wait_for("chat.postMessage")
    assert MARKER in reply.dump()  # echoed to the person who asked, from memory
    server.close()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT * FROM outbox").fetchall()
        ended = db.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NOT NULL "
                           "AND lease_owner IS NULL").fetchone()[0]
    assert len(rows) == 2 and ended == 2
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert MARKER.encode() not in on_disk and MARKER not in str(rows)


def test_replies_into_one_channel_are_paced_and_other_channels_are_not_kept_waiting(
    fake_slack: FakeSlack, make_app: MakeApp
) -> None:
    timings = dataclasses.replace(FAST, channel_rate=4.0, channel_burst=2)
    slack = SlackSender(make_app(timings=timings).url)
    assert slack.command("help", fake_slack.response_url()).status == 200  # Bolt's auth.test
    fake_slack.wait_for(RESPONSE_URL)
    started = time.monotonic()
    busy = [mention(f"<@{BOT_USER_ID}> my account was suspended", channel="C0BUSY")
            for _ in range(6)]
    quiet = mention(f"<@{BOT_USER_ID}> my account was suspended", channel="C0QUIET")
    acks = [slack.event(m) for m in [*busy, quiet]]
    assert all(a.status == 200 and a.seconds < 1.0 for a in acks)  # never delayed by pacing
    fake_slack.wait_until(lambda: any(c.body.get("channel") == "C0QUIET"
                                      for c in fake_slack.calls("chat.postMessage")), timeout=5)
    quiet_after = time.monotonic() - started
    fake_slack.wait_for("chat.postMessage", 7, timeout=10)
    busy_after = time.monotonic() - started
    assert quiet_after < 0.5  # not queued behind the busy channel
    # 2 at once, then 4 a second: the 6th goes 1 s after the burst.
    assert busy_after >= 0.9, busy_after


def test_the_pacer_goes_round_the_channels_in_turn() -> None:
    now = [0.0]
    pacer: Pacer[str] = Pacer(rate=1.0, burst=1, clock=lambda: now[0])
    for n in range(3):
        pacer.put(f"busy{n}", "C0BUSY", paced=True)
    pacer.put("quiet0", "C0QUIET", paced=True)
    pacer.put("private0", "C0BUSY", paced=False)
    taken = [pacer.take(timeout=0) for _ in range(4)]
    assert taken == ["busy0", "quiet0", "private0", None]
    now[0] = 1.0
    assert pacer.take(timeout=0) == "busy1"
    pacer.hold("C0BUSY", 5.0)  # a 429 said "wait 5 s"
    now[0] = 3.0
    assert pacer.take(timeout=0) is None
    now[0] = 6.1
    assert pacer.take(timeout=0) == "busy2"


def test_a_database_that_cannot_be_written_costs_no_ack_and_no_answer_only_health(
    fake_slack: FakeSlack, make_app: MakeApp, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("where the database's folder should be")
    server = make_app(sqlite_url(blocker / "bot.sqlite3"))
    slack = SlackSender(server.url)
    acks = [slack.event(mention(f"<@{BOT_USER_ID}> my account was suspended {n}"))
            for n in range(10)]
    acks.append(slack.command("how do I appeal a ban", fake_slack.response_url()))
    assert all(a.status == 200 for a in acks)
    assert max(a.seconds for a in acks[1:]) < 0.5  # the failing database held no ack
    fake_slack.wait_for("chat.postMessage", 10, timeout=10)
    fake_slack.wait_for(RESPONSE_URL, timeout=10)
    health = request(server.url, "GET", "/healthz")
    assert health.status == 503 and "cannot be written" in health.body
    delivery = delivery_of(server.app)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (
            "since the last report" in caplog.text and delivery.stats().delivered == 11):
        time.sleep(0.05)
    assert delivery.stats().in_memory == 11 and delivery.stats().delivered == 11
    assert "cannot write" in caplog.text and "since the last report" in caplog.text
