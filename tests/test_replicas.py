"""Several ``safeguards-bot serve --http`` processes, as an operator runs them, sharing one
database: every event, command and click answered once whichever replica gets it (or both do),
nothing lost to a Slack outage followed by a crash, nothing answered twice after a restart, and a
SQLite file deleted while in use created again. Real processes, signed requests over loopback,
the fake Slack, and a real PostgreSQL server (``tests/support/postgres.py``)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.slack.manifest_ids import PICK
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.serve_process import ServeProcess
from bot.testing.slack_requests import (
    BOT_TOKEN,
    FORM,
    JSON,
    SIGNING_SECRET,
    SlackSender,
    block_actions,
    event_callback,
    mention,
    post,
    request,
    slash_command,
)
from tests.support.delivery import FAST_ENV
from tests.support.harness import LISTENING

SALT = "replicas-salt-0123456789abcdef"
QUESTION = "my account was suspended, can I appeal?"
# How long Slack answers 503 before the crash (the report saw it for 10 s: shortened,
# since what matters is that every attempt in it failed and was recorded for later).
OUTAGE_SECONDS = 2.0
# How long another process holds SQLite's write lock: past the deduplication claim's wait (1.5 s),
# so that the writes queued behind it are the outbox rows, and within the bot's busy timeout.
LOCK_SECONDS = 2.5


class Replicas:
    def __init__(self, fake_slack: FakeSlack, database_url: str):
        self.fake_slack = fake_slack
        self.database_url = database_url
        self.running: list[ServeProcess] = []

    def start(self) -> tuple[ServeProcess, str]:
        served = ServeProcess("--http", "--host", "127.0.0.1", "--port", "0", env={
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": self.fake_slack.api_url, "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "0",
            "SAFEGUARDS_DATABASE_URL": self.database_url, "SAFEGUARDS_HASH_SALT": SALT,
            **FAST_ENV})
        self.running.append(served)
        return served, served.wait_for_line(LISTENING).group(1)

    def stop_all(self) -> str:
        return "\n".join(served.stop() for served in self.running)


@pytest.fixture
def replicas(fake_slack: FakeSlack, database_url: str) -> Iterator[Replicas]:
    running = Replicas(fake_slack, database_url)
    yield running
    running.stop_all()


@pytest.fixture
def on_postgres(fake_slack: FakeSlack, postgres_url: str) -> Iterator[Replicas]:
    running = Replicas(fake_slack, postgres_url)
    yield running
    running.stop_all()


def answered_threads(fake_slack: FakeSlack) -> Counter[str]:
    """How many times each thread got a reply that Slack accepted."""
    return Counter(c.body.get("thread_ts") for c in fake_slack.calls("chat.postMessage") if c.ok)


def answered_urls(fake_slack: FakeSlack) -> Counter[str]:
    return Counter(c.path for c in fake_slack.calls(RESPONSE_URL) if c.ok)


def warm_up(fake_slack: FakeSlack, *urls: str) -> None:
    """One command to each replica first: Bolt's auth.test on its first request is not the test."""
    for url in urls:
        response_url = fake_slack.response_url()
        assert SlackSender(url).command("help", response_url).status == 200
        fake_slack.wait_until(lambda u=response_url: any(
            u.endswith(c.path) for c in fake_slack.calls(RESPONSE_URL)), timeout=10)


def crash_then_restart(replicas: Replicas, served: ServeProcess, fake_slack: FakeSlack) -> None:
    """SIGKILL (no drain, no release, leases left to run out: what was only in memory is gone),
    Slack well again, and a new process that takes the rows over."""
    served.process.kill()
    served.wait()
    # Replies the killed process had already sent are Slack's to answer as it was: down. (On a
    # loaded machine the fake had answered some only after clear_faults, with a success the dead
    # process never read: the restart then sent them again, a double the product cannot see.)
    fake_slack.wait_until_answered()
    fake_slack.clear_faults()
    replicas.start()


def assert_each_answered_once(fake_slack: FakeSlack, mentions: list[dict[str, Any]]) -> None:
    fake_slack.wait_until(lambda: len(answered_threads(fake_slack)) == len(mentions),
                          timeout=30)
    time.sleep(0.5)  # a double would arrive by now
    assert answered_threads(fake_slack) == Counter({m["ts"]: 1 for m in mentions})


def test_two_replicas_answer_everything_delivered_to_both_once(
    on_postgres: Replicas, fake_slack: FakeSlack
) -> None:
    (_, first), (_, second) = on_postgres.start(), on_postgres.start()
    warm_up(fake_slack, first, second)
    before = answered_urls(fake_slack)
    deliveries: list[tuple[str, str]] = []
    for _ in range(8):
        deliveries.append((event_callback(mention(f"<@{BOT_USER_ID}> {QUESTION}")), JSON))
        deliveries.append((slash_command(QUESTION, response_url=fake_slack.response_url()),
                           FORM))
        deliveries.append((block_actions(PICK, "appeals", response_url=fake_slack.response_url(),
                                         ephemeral=True), FORM))
    statuses: list[int] = []
    lock = threading.Lock()

    def deliver(url: str, body: str, content_type: str) -> None:
        status = post(url, body, content_type).status
        with lock:
            statuses.append(status)

    # Each delivery to both replicas at the same moment, as when Slack retries a slow one or
    # a load balancer sends a request twice.
    threads = [threading.Thread(target=deliver, args=(url, body, kind))
               for body, kind in deliveries for url in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)
    assert statuses == [200] * len(threads)
    fake_slack.wait_until(lambda: len(answered_threads(fake_slack)) == 8
                          and len(answered_urls(fake_slack) - before) == 16, timeout=20)
    time.sleep(0.5)  # a double would arrive by now
    assert set(answered_threads(fake_slack).values()) == {1}
    assert set((answered_urls(fake_slack) - before).values()) == {1}


def test_a_slack_outage_then_a_crash_then_a_restart_loses_nothing_and_doubles_nothing(
    replicas: Replicas, fake_slack: FakeSlack
) -> None:
    served, url = replicas.start()
    warm_up(fake_slack, url)
    fake_slack.fault("chat.postMessage", 503, times=100_000)
    slack = SlackSender(url)
    mentions = [mention(f"<@{BOT_USER_ID}> {QUESTION} {n}") for n in range(20)]
    assert all(slack.event(m).status == 200 for m in mentions)  # acknowledged: promised
    time.sleep(OUTAGE_SECONDS)
    assert len(fake_slack.calls("chat.postMessage")) >= 20  # every reply was tried, and failed
    crash_then_restart(replicas, served, fake_slack)
    assert_each_answered_once(fake_slack, mentions)


def test_rows_written_after_their_ack_stopped_waiting_survive_a_crash(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    path = tmp_path / "bot.sqlite3"
    running = Replicas(fake_slack, f"sqlite:///{path}")
    try:
        served, url = running.start()
        warm_up(fake_slack, url)
        fake_slack.fault("chat.postMessage", 503, times=100_000)
        mentions = [mention(f"<@{BOT_USER_ID}> {QUESTION} {n}") for n in range(5)]
        statuses: list[int] = []
        # Another process holds SQLite's write lock for longer than any ack waits (production's
        # 20 ms for an outbox row): every write of these deliveries queues behind it.
        with sqlite3.connect(path, isolation_level=None, timeout=5) as other:
            other.execute("BEGIN IMMEDIATE")
            threads = [threading.Thread(
                target=lambda m=m: statuses.append(SlackSender(url).event(m).status))
                for m in mentions]
            for thread in threads:
                thread.start()
            time.sleep(LOCK_SECONDS)
            other.execute("ROLLBACK")
            for thread in threads:
                thread.join(10)
        assert statuses == [200] * len(mentions)  # acknowledged while the lock was held

        def undelivered() -> int:
            with sqlite3.connect(path, timeout=5) as db:
                return int(db.execute("SELECT count(*) FROM outbox WHERE kind = 'answer' AND "
                                      "delivered_at IS NULL").fetchone()[0])

        # The rows the acks did not wait for are written once the lock is gone.
        fake_slack.wait_until(lambda: undelivered() == len(mentions), timeout=10)
        crash_then_restart(running, served, fake_slack)
        assert_each_answered_once(fake_slack, mentions)
    finally:
        running.stop_all()


def test_a_delivery_replayed_after_a_restart_is_not_answered_again(
    replicas: Replicas, fake_slack: FakeSlack
) -> None:
    served, url = replicas.start()
    event = event_callback(mention(f"<@{BOT_USER_ID}> {QUESTION}"))
    command = slash_command(QUESTION, response_url=fake_slack.response_url())
    assert post(url, event, JSON).status == 200 and post(url, command, FORM).status == 200
    fake_slack.wait_until(lambda: len(answered_threads(fake_slack)) == 1
                          and len(answered_urls(fake_slack)) == 1, timeout=10)
    served.process.terminate()
    assert served.wait() == 0
    _, url = replicas.start()
    # Slack's retry of both, inside its 5-minute window, reaches the new process.
    assert post(url, event, JSON).status == 200 and post(url, command, FORM).status == 200
    warm_up(fake_slack, url)
    assert sum(answered_threads(fake_slack).values()) == 1
    assert len(answered_urls(fake_slack)) == 2  # the warm-up's, and the command's once


def test_a_sqlite_file_deleted_while_serving_is_created_again(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    path = tmp_path / "bot.sqlite3"
    running = Replicas(fake_slack, f"sqlite:///{path}")
    try:
        _, url = running.start()
        slack = SlackSender(url)
        warm_up(fake_slack, url)
        path.unlink()
        for n in range(3):
            assert slack.event(mention(f"<@{BOT_USER_ID}> {QUESTION} {n}")).status == 200
        fake_slack.wait_until(lambda: len(answered_threads(fake_slack)) == 3, timeout=10)
        running.running[0].wait_for_line(r"deleted or replaced while in use")
        assert request(url, "GET", "/healthz").status == 200
    finally:
        logged = running.stop_all()
    assert path.exists()
    with sqlite3.connect(path) as db:  # the questions after the deletion were kept
        assert db.execute("SELECT count(*) FROM questions").fetchone()[0] == 3
    assert "Traceback" not in logged
