"""The HTTP endpoint as an attacker meets it: nothing unverifiable is parsed, logged or retried,
and idle connections cannot starve Slack or the health check."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from bot.server.http_server import HttpServer
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import FORM, JSON, SlackSender, post, request, slash_command

DISTRESS = "i want to end my life tonight"


def refused_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]


def test_an_unsigned_body_is_401_without_being_parsed_or_retried(bot_server: HttpServer) -> None:
    for body, kind in (("{not json at all", JSON), ("payload=%7B%22broken", FORM)):
        answered = request(bot_server.url, "POST", "/slack/events", body,
                           {"Content-Type": kind})
        assert answered.status == 401, body
        assert answered.headers.get("x-slack-no-retry") == "1"


@pytest.mark.parametrize("timestamp", ["soon", "-1", "1e9", "9" * 40, ""])
def test_a_timestamp_that_is_not_a_number_is_401_never_500(bot_server: HttpServer,
                                                           timestamp: str) -> None:
    body = slash_command("banned", response_url="https://hooks.slack.com/x")
    answered = request(bot_server.url, "POST", "/slack/events", body, {
        "Content-Type": FORM, "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": "v0=" + "0" * 64})
    assert answered.status == 401


def test_a_wrongly_signed_question_leaves_nothing_of_itself_in_the_log(
    bot_server: HttpServer, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # every logger, Bolt's and the SDK's included
    body = slash_command(DISTRESS, response_url=fake_slack.response_url())
    wrong = post(bot_server.url, body, FORM, secret="not-the-secret")
    stale = post(bot_server.url, body, FORM, timestamp=int(time.time()) - 3600)
    assert (wrong.status, stale.status) == (401, 401)
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "end my life" not in logged and "hooks" not in logged
    assert fake_slack.replies() == []


def test_refusals_are_logged_at_a_bounded_rate(bot_server: HttpServer,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    for _ in range(20):
        forged = "x" * 100_000 + "\n2026-01-01 00:00:00 ERROR forged line"
        assert request(bot_server.url, "POST", "/slack/events", forged,
                       {"Content-Type": FORM}).status == 401
    lines = refused_lines(caplog)
    assert len(lines) == 1 and "refused 1 request(s)" in lines[0]
    assert all("forged" not in r.getMessage() for r in caplog.records)


def test_a_signed_request_in_a_shape_slack_never_sends_is_400_and_not_retried(
    slack: SlackSender, bot_server: HttpServer
) -> None:
    answered = post(bot_server.url, '{"type": "event_callback", "event": "nope"}', JSON)
    assert answered.status == 400
    assert answered.headers.get("x-slack-no-retry") == "1"


def test_150_idle_connections_do_not_stop_the_health_check_or_acks(
    bot_server: HttpServer, slack: SlackSender, fake_slack: FakeSlack
) -> None:
    idle = []
    try:
        for _ in range(150):
            idle.append(socket.create_connection((bot_server.host, bot_server.port), timeout=5))
        health = request(bot_server.url, "GET", "/healthz", timeout=5)
        assert health.status == 200
        acked = slack.command("my account was banned", fake_slack.response_url())
        assert acked.status == 200 and acked.seconds < 3
    finally:
        for connection in idle:
            connection.close()
