"""Slack's Web API and response_urls failing under the bot: a 429 is waited out (Retry-After), any
5xx, a timeout or a dropped connection is retried with backoff until the reply arrives, Slack's
final refusals are logged once and not retried, and a reply that stays undeliverable past its time
is logged as expired. Over real HTTP against the fake Slack, which answers the faults; delivery
timings shrunk to milliseconds (``tests/support/delivery.py``)."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterator

import pytest

from bot.engine.matcher import Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app, delivery_of
from bot.slack.config import Settings
from bot.testing.fake_slack import BOT_USER_ID, DROP, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender, mention
from tests.support.delivery import FAST

QUESTION = f"<@{BOT_USER_ID}> my account was suspended, can I appeal?"


def delivered(fake_slack: FakeSlack, method: str) -> list[str]:
    """The threads (or response_url paths) a successful call went to, one entry per call."""
    return [c.body.get("thread_ts") or c.path for c in fake_slack.calls(method) if c.ok]


def test_a_rate_limited_reply_waits_retry_after_then_arrives(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.fault("chat.postMessage", 429, retry_after=1)
    started = time.monotonic()
    assert slack.event(mention(QUESTION)).status == 200
    limited, sent = fake_slack.wait_for("chat.postMessage", count=2, timeout=10)
    waited = time.monotonic() - started
    assert limited.response == {"ok": False, "status": 429}
    assert sent.ok and "support.claude.com" in sent.dump()
    assert waited >= 1.0  # Retry-After honoured, not retried at once


@pytest.mark.parametrize("status", [500, 502, 503, 504, DROP])
def test_a_server_error_or_dropped_connection_is_retried(
    slack: SlackSender, fake_slack: FakeSlack, status: int
) -> None:
    fake_slack.fault("chat.postMessage", status)
    assert slack.event(mention(QUESTION)).status == 200
    failed, sent = fake_slack.wait_for("chat.postMessage", count=2, timeout=10)
    assert not failed.ok and sent.ok


def test_a_long_outage_is_ridden_out_and_each_reply_arrives_once(
    slack: SlackSender, fake_slack: FakeSlack, drain: Callable[[], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_slack.fault("chat.postMessage", 500, times=40)
    with caplog.at_level(logging.INFO):
        mentions = [mention(QUESTION) for _ in range(5)]
        assert all(slack.event(m).status == 200 for m in mentions)
        fake_slack.wait_until(lambda: len(delivered(fake_slack, "chat.postMessage")) == 5,
                              timeout=15)
        drain()
    assert sorted(delivered(fake_slack, "chat.postMessage")) == sorted(m["ts"] for m in mentions)
    lines = [r.getMessage() for r in caplog.records]
    assert any("chat.postMessage failed error=http_500" in line for line in lines), lines
    assert not any(r.exc_info for r in caplog.records)  # one line, no traceback
    assert "suspended" not in caplog.text


@pytest.fixture
def paced(fake_slack: FakeSlack, matcher: Matcher) -> Iterator[HttpServer]:
    """The app pacing its channel at 50 messages a second after a burst of 5."""
    timings = dataclasses.replace(FAST, channel_rate=50.0, channel_burst=5)
    settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                        api_url=fake_slack.api_url, delivery=timings)
    with HttpServer(build_app(settings, matcher)) as server:
        yield server


def test_a_429_storm_holds_the_channel_and_loses_nothing(
    paced: HttpServer, fake_slack: FakeSlack
) -> None:
    fake_slack.fault("chat.postMessage", 429, times=10, retry_after=1)
    slack = SlackSender(paced.url)
    mentions = [mention(QUESTION) for _ in range(20)]
    started = time.monotonic()
    assert all(slack.event(m).status == 200 for m in mentions)
    fake_slack.wait_until(lambda: len(delivered(fake_slack, "chat.postMessage")) == 20,
                          timeout=20)
    elapsed = time.monotonic() - started
    paced.close()
    assert sorted(delivered(fake_slack, "chat.postMessage")) == sorted(m["ts"] for m in mentions)
    # Each 429 said "wait a second" and the whole channel waited: the burst of 5 met the first
    # 5 faults, the next burst a second later the other 5, and nothing was sent in between.
    assert len([c for c in fake_slack.calls("chat.postMessage") if not c.ok]) == 10
    assert elapsed >= 2.0


@pytest.mark.parametrize("status", [500, 429, DROP])
def test_a_failing_response_url_is_retried(
    slack: SlackSender, fake_slack: FakeSlack, status: int
) -> None:
    fake_slack.fault(RESPONSE_URL, status, retry_after=0 if status == 429 else None)
    url = fake_slack.response_url()
    assert slack.command("how do I appeal a ban", url).status == 200
    failed, sent = fake_slack.wait_for(RESPONSE_URL, count=2, timeout=10)
    assert not failed.ok and sent.ok and url.endswith(sent.path)


def test_a_final_refusal_is_logged_once_and_not_retried(
    slack: SlackSender, fake_slack: FakeSlack, drain: Callable[[], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_slack.fail("chat.postMessage", "channel_not_found")
    assert slack.event(mention(QUESTION)).status == 200
    fake_slack.wait_for("chat.postMessage")
    drain()
    assert len(fake_slack.calls("chat.postMessage")) == 1
    assert "reply not posted: chat.postMessage error=channel_not_found" in caplog.text


@pytest.fixture
def short_lived(fake_slack: FakeSlack, matcher: Matcher) -> Iterator[HttpServer]:
    """The app with replies that are no longer useful after half a second."""
    timings = dataclasses.replace(FAST, reply_ttl_seconds=0.5)
    settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                        api_url=fake_slack.api_url, delivery=timings)
    with HttpServer(build_app(settings, matcher)) as server:
        yield server


def test_a_reply_past_its_time_is_logged_as_expired_and_counted(
    short_lived: HttpServer, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake_slack.fault("chat.postMessage", 503, times=1000)
    assert SlackSender(short_lived.url).event(mention(QUESTION)).status == 200
    delivery = delivery_of(short_lived.app)
    deadline = time.monotonic() + 10
    while delivery.stats().expired == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert delivery.stats().expired == 1 and delivery.stats().delivered == 0
    assert "reply expired: not delivered within its time" in caplog.text
    assert "1 expired since start" in caplog.text


def test_no_slack_sdk_retry_handler_retries_what_the_outbox_retries(
        bot_server: HttpServer) -> None:
    # The delivery client has none; the listeners' own (views.open) retries a dropped
    # connection once and never waits for a Retry-After.
    sender_client = delivery_of(bot_server.app)._sender.client
    assert sender_client.retry_handlers == []
    names = [type(h).__name__ for h in bot_server.app.client.retry_handlers]
    assert names == ["ConnectionErrorRetryHandler"]
