"""Fixtures: a fake Slack, the real app served over HTTP on a free loopback port, and Slack's side.

Each test gets its own fake Slack and app server (both start in milliseconds), so a listener still
replying after one test can never be counted in the next. The catalog and matcher are loaded once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import settings as hypothesis_settings

from bot.engine.catalog import DEFAULT_CATALOG_PATH, Catalog, load_catalog
from bot.engine.matcher import Decision, Matcher
from bot.server.http_server import HttpServer
from bot.slack.answers import MatcherSource
from bot.slack.app import build_app
from bot.slack.config import Settings
from bot.store.question_log import QuestionLog
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender
from tests.support.delivery import FAST
from tests.support.harness import TEST_SALT, Bot
from tests.support.postgres import database_url, postgres_cluster, postgres_url  # noqa: F401

# Hypothesis keeps no example database: a run never depends on what an earlier run (or a deleted
# .hypothesis/ folder) left behind, and every property test generates within its own budget. No
# deadline: a shared CI machine can stall any single example. On CI (CI=true) examples are
# derandomized, so a failure there reproduces exactly on a laptop with CI=true.
hypothesis_settings.register_profile("local", database=None, deadline=None)
hypothesis_settings.register_profile("ci", parent=hypothesis_settings.get_profile("local"),
                                     derandomize=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") == "true" else "local")

EVAL_DIR = Path(__file__).resolve().parent.parent / "data" / "eval"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(DEFAULT_CATALOG_PATH)


@pytest.fixture(scope="session")
def matcher(catalog: Catalog) -> Matcher:
    return Matcher(catalog)


@pytest.fixture(scope="session")
def questions(matcher: Matcher) -> dict[Decision, str]:
    """One real question per decision, chosen by the real matcher from the evaluation sets, so
    the tests follow the catalog and thresholds instead of hard-coding today's outcomes."""
    found: dict[Decision, str] = {}
    for path in sorted(EVAL_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            decision = matcher.match(case["q"]).decision
            found.setdefault(decision, case["q"])
    missing = set(Decision) - set(found)
    assert not missing, f"no evaluation question gives {missing}"
    return found


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def settings(fake_slack: FakeSlack) -> Settings:
    return Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                    api_url=fake_slack.api_url, delivery=FAST)


@pytest.fixture
def bot_server(settings: Settings, matcher: Matcher) -> Iterator[HttpServer]:
    with HttpServer(build_app(settings, matcher)) as server:
        yield server


@pytest.fixture
def drain(bot_server: HttpServer) -> Callable[[], None]:
    """Stop the app and wait for its listeners to finish: after it, every reply the app was
    going to send has been sent, so a test can check that nothing was (no sleeping and hoping)."""
    return bot_server.close


@pytest.fixture
def slack(bot_server: HttpServer) -> SlackSender:
    """Slack's side: signed requests to the running app."""
    return SlackSender(bot_server.url)


# -- the app with a question log and an escalation channel (issue 4's tests) ----------------------

@pytest.fixture
def question_log(tmp_path: Path) -> Iterator[QuestionLog]:
    """A real question log in a fresh SQLite file."""
    log = QuestionLog(tmp_path / "questions.sqlite3", salt=TEST_SALT)
    yield log
    log.close()


@pytest.fixture
def make_bot(fake_slack: FakeSlack, matcher: Matcher) -> Iterator[Callable[..., Bot]]:
    """Start the app with the given question log, escalation channel and matcher."""
    servers: list[HttpServer] = []

    def make(*, question_log: QuestionLog | None = None, escalation_channel: str | None = None,
             source: MatcherSource | None = None) -> Bot:
        settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                            api_url=fake_slack.api_url, escalation_channel=escalation_channel,
                            delivery=FAST)
        app = build_app(settings, source or matcher, question_log=question_log)
        server = HttpServer(app).start()
        servers.append(server)
        return Bot(server, question_log)

    yield make
    for server in servers:
        server.close()
