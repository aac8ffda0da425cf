"""Slack's Web API failing under the bot: a 429 is waited out (Retry-After), a transient 500 or a
dropped connection is retried, and a lasting failure is logged with the method and error code
while the bot goes on answering. Over real HTTP against the fake Slack, which answers the faults.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import pytest

from bot.server.http_server import HttpServer
from bot.slack.app import SERVER_ERROR_RETRIES
from bot.testing.fake_slack import BOT_USER_ID, DROP, FakeSlack
from bot.testing.slack_requests import SlackSender, mention

QUESTION = f"<@{BOT_USER_ID}> my account was suspended, can I appeal?"


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


@pytest.mark.parametrize("status", [500, 503, DROP])
def test_a_transient_server_error_or_dropped_connection_is_retried(
    slack: SlackSender, fake_slack: FakeSlack, status: int
) -> None:
    fake_slack.fault("chat.postMessage", status)
    assert slack.event(mention(QUESTION)).status == 200
    failed, sent = fake_slack.wait_for("chat.postMessage", count=2, timeout=10)
    assert not failed.ok and sent.ok


def test_a_lasting_failure_is_logged_with_method_and_code_and_the_bot_carries_on(
    slack: SlackSender, fake_slack: FakeSlack, drain: Callable[[], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_slack.fault("chat.postMessage", 500, times=1 + SERVER_ERROR_RETRIES)
    with caplog.at_level(logging.INFO):
        assert slack.event(mention(QUESTION)).status == 200
        fake_slack.wait_for("chat.postMessage", count=1 + SERVER_ERROR_RETRIES, timeout=10)
        # The next question is answered: the failure took nothing else down.
        assert slack.event(mention(QUESTION)).status == 200
        fake_slack.wait_until(lambda: any(c.ok for c in fake_slack.calls("chat.postMessage")),
                              timeout=10)
        drain()
    assert len(fake_slack.calls("chat.postMessage")) == 2 + SERVER_ERROR_RETRIES  # bounded
    failures = [r.getMessage() for r in caplog.records if "chat.postMessage" in r.getMessage()]
    assert failures, [r.getMessage() for r in caplog.records]
    assert any("chat.postMessage failed error=http_500" in line for line in failures), failures
    assert not any(r.exc_info for r in caplog.records)  # one line, no traceback
    assert "suspended" not in caplog.text


def test_the_app_client_has_bounded_retry_handlers(bot_server: HttpServer) -> None:
    names = sorted(type(h).__name__ for h in bot_server.app.client.retry_handlers)
    assert names == ["ConnectionErrorRetryHandler", "RateLimitErrorRetryHandler",
                     "ServerErrorRetryHandler"]
    assert all(0 < h.max_retry_count <= 3 for h in bot_server.app.client.retry_handlers)
