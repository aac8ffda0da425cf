"""The weekly digest: counts only, the largest gap groups and the drift status, posted once a week
by exactly one replica. Two apps on one PostgreSQL database play two replicas; the stores behind
it (the lease, the week's row) are checked on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.engine.matcher import Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import BotApp, build_app
from bot.slack.config import Settings
from bot.slack.delivery.owed import DIGEST, owed
from bot.slack.digest import WeeklyDigest
from bot.store import digests, leases
from bot.store.database import Database
from bot.store.question_log import QuestionLog
from bot.store.tables import digests as digests_table
from bot.store.tables import outbox
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import BOT_TOKEN, SIGNING_SECRET
from tests.support.delivery import FAST
from tests.support.harness import TEST_SALT

CHANNEL = "C0DIGEST1"
MARKER = "zanzibar marmalade question"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "help-center-safeguards-collection.md"


@pytest.fixture
def replicas(postgres_url: str, fake_slack: FakeSlack, matcher: Matcher,
             tmp_path: Path) -> Iterator[list[BotApp]]:
    """A week of questions in a shared PostgreSQL database, then two apps on it with a digest
    channel and a drift source (the collection page with one article renamed)."""
    source = tmp_path / "collection.md"
    source.write_text(FIXTURE.read_text(encoding="utf-8").replace(
        "[Law Enforcement Requests]", "[Law Enforcement and Government Requests]"),
        encoding="utf-8")
    setup = Database(postgres_url)
    log = QuestionLog(setup, salt=TEST_SALT, store_text=True)
    for decision, article, nearest in [("answer", "appeals", "appeals")] * 3 + [
            ("none", None, "privacy-policy")] * 2 + [("crisis", "crisis-helpline", None)]:
        log.record(surface="dm", decision=decision, article_id=article, text=MARKER,
                   candidate_id=nearest)
    log.close()
    setup.close()
    settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                        api_url=fake_slack.api_url, delivery=FAST, digest_channel=CHANNEL,
                        drift_source=str(source))
    servers, databases = [], []
    for _ in range(2):
        database = Database(postgres_url)
        databases.append(database)
        servers.append(HttpServer(build_app(settings, matcher, database=database)).start())
    yield [server.app for server in servers]
    for server in servers:
        server.close()
    for database in databases:
        database.close()


def digest_of(app: BotApp) -> WeeklyDigest:
    assert app.upkeep.digest is not None, "no digest: settings or database missing"
    return app.upkeep.digest


def digest_posts(fake_slack: FakeSlack) -> list[dict]:
    return [c.body for c in fake_slack.calls("chat.postMessage") if c.body["channel"] == CHANNEL]


def test_two_replicas_post_the_weekly_digest_once_with_counts_only(
        replicas: list[BotApp], fake_slack: FakeSlack) -> None:
    fake_slack.wait_until(lambda: len(digest_posts(fake_slack)) >= 1, timeout=15)
    # Both check again (as they do every few minutes): the week has its digest.
    assert [digest_of(app).tick() for app in replicas] == [False, False]
    time.sleep(10 * FAST.poll_seconds)  # long enough for any second row to be sent
    [post] = digest_posts(fake_slack)
    shown = json.dumps(post, ensure_ascii=False)
    assert ("*6* asked · *3* answered · *0* did-you-mean · *2* declined · *1* crisis replies"
            in shown)
    assert "2 questions nearest *Privacy Policy* (2 declined, 0 not helpful)" in shown
    assert "Help Center: 1 change since the catalog was written" in shown
    assert MARKER not in shown
    database = digest_of(replicas[0]).database
    rows = database.run(lambda c: (c.execute(select(func.count()).select_from(digests_table))
                                   .scalar(), c.execute(select(outbox.c.delivered_at).where(
                                       outbox.c.kind == DIGEST)).scalars().all()), what="test")
    assert rows[0] == 1 and len(rows[1]) == 1 and rows[1][0] is not None


# -- the stores ---------------------------------------------------------------------------------
@pytest.fixture
def two(database_url: str) -> Iterator[tuple[Database, Database]]:
    first, second = Database(database_url), Database(database_url)
    yield first, second
    first.close()
    second.close()


def test_a_lease_is_held_by_one_process_until_it_expires_or_is_released(
        two: tuple[Database, Database]) -> None:
    first, second = two
    now = time.time()

    def take(database: Database, at: float) -> bool:
        return bool(database.run(lambda c: leases.take(c, "job", database.owner, now=at,
                                                       seconds=60), what="test"))

    assert take(first, now) and not take(second, now + 1)
    assert take(first, now + 2)  # renewed by its holder
    assert take(second, now + 63)  # expired: taken over
    assert not take(first, now + 64)
    second.run(lambda c: leases.release(c, "job", second.owner), what="test")
    assert take(first, now + 65)


def test_a_week_is_owed_once(two: tuple[Database, Database]) -> None:
    first, second = two
    now = time.time()
    week = digests.week_of(now)
    made = [database.run(lambda c, d=database: digests.owe(
        c, week, owed(DIGEST, "digest", FAST, now, channel=CHANNEL), owner=d.owner, now=now,
        drift=digests.DRIFT_NONE, drift_changes=0), what="test") for database in two]
    assert made == [True, False]
    count = first.run(lambda c: c.execute(select(func.count()).select_from(outbox).where(
        outbox.c.kind == DIGEST)).scalar(), what="test")
    assert count == 1
    record = second.run(lambda c: digests.recorded(c, week), what="test")
    assert record is not None and record.owner == first.owner
