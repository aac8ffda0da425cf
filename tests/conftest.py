"""Fixtures: a fake Slack, the real app served over HTTP on a free loopback port, and Slack's side.

Each test gets its own fake Slack and app server (both start in milliseconds), so a listener still
replying after one test can never be counted in the next. The catalog and matcher are loaded once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from bot.app import build_app
from bot.catalog import DEFAULT_CATALOG_PATH, Catalog, load_catalog
from bot.config import Settings
from bot.matcher import Decision, Matcher
from bot.serve import HttpServer
from tests.fake_slack import FakeSlack
from tests.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender

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
                    api_url=fake_slack.api_url)


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
