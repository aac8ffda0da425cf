"""The HTTP endpoint itself: signatures, acknowledgement time, health and routing."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.server.http_server import HttpServer
from bot.testing.fake_slack import RESPONSE_URL, FakeSlack
from bot.testing.serve_process import ServeProcess
from bot.testing.slack_requests import (
    BOT_TOKEN,
    FORM,
    JSON,
    SIGNING_SECRET,
    SlackSender,
    direct_message,
    event_callback,
    post,
    request,
    signed_headers,
    slash_command,
)


@pytest.mark.parametrize("how", ["wrong_secret", "stale", "future", "unsigned", "tampered"])
def test_a_request_not_signed_by_slack_gets_401_and_no_reply(
    bot_server: HttpServer, fake_slack: FakeSlack, drain: Callable[[], None], how: str
) -> None:
    body = slash_command("my account was suspended", response_url=fake_slack.response_url())
    now = int(time.time())
    if how == "wrong_secret":
        answered = post(bot_server.url, body, FORM, secret="not-the-signing-secret")
    elif how == "stale":  # Slack's replay window is five minutes
        answered = post(bot_server.url, body, FORM, timestamp=now - 6 * 60)
    elif how == "future":
        answered = post(bot_server.url, body, FORM, timestamp=now + 6 * 60)
    elif how == "unsigned":
        answered = request(bot_server.url, "POST", "/slack/events", body,
                           {"Content-Type": FORM})
    else:  # signed, then changed on the way
        headers = signed_headers(body, FORM)
        answered = request(bot_server.url, "POST", "/slack/events",
                           body.replace("suspended", "deleted"), headers)

    assert answered.status == 401
    drain()
    assert fake_slack.calls() == []  # not even auth.test: nothing ran


def test_an_event_not_signed_by_slack_gets_401(bot_server: HttpServer, fake_slack: FakeSlack,
                                               drain: Callable[[], None]) -> None:
    answered = post(bot_server.url, event_callback(direct_message("account suspended")), JSON,
                    secret="forged")
    assert answered.status == 401
    drain()
    assert fake_slack.calls() == []


def test_acknowledgements_are_immediate_even_when_many_arrive_at_once(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    questions = ["my account was suspended", "where do I report a security bug?",
                 "can I get my deleted account back", "list", "help"] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(
            lambda q: slack.command(q, fake_slack.response_url()), questions))

    assert all(r.status == 200 for r in results)
    # Slack gives up after 3 s; the ack must never wait for the reply being sent (which
    # test_delivery shows with a slow Slack). Within Slack's limit, with room: 1 s was missed
    # under a loaded CI machine.
    assert max(r.seconds for r in results) < 2.5
    replies = fake_slack.wait_for(RESPONSE_URL, count=len(questions))
    assert all(r.ok for r in replies)
    assert len({r.path for r in replies}) == len(questions)  # one reply each, to its own URL


def test_healthz_answers_200(bot_server: HttpServer, fake_slack: FakeSlack) -> None:
    answered = request(bot_server.url, "GET", "/healthz")
    assert (answered.status, answered.body) == (200, "ok\n")
    assert fake_slack.calls() == []


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/slack/events", 405),
    ("GET", "/", 404),
    ("POST", "/slack/other", 404),
])
def test_other_routes_are_refused(bot_server: HttpServer, method: str, path: str,
                                  status: int) -> None:
    assert request(bot_server.url, method, path, "").status == status


def test_serve_http_answers_a_signed_command_end_to_end(fake_slack: FakeSlack) -> None:
    question = "my account was suspended, can I appeal?"
    served = ServeProcess("--http", "--host", "127.0.0.1", "--port", "0", env={
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url})
    try:
        url = served.wait_for_line(r"listening on (http://127\.0\.0\.1:\d+)").group(1)
        assert request(url, "GET", "/healthz").status == 200

        assert SlackSender(url).command(question, fake_slack.response_url()).status == 200

        [reply] = fake_slack.wait_for(RESPONSE_URL)
        assert "support.claude.com" in str(reply.body["blocks"])
        served.wait_for_line(r"question surface=command decision=")
    finally:
        logged = served.stop()
    # The log says what happened to the question, never what it was.
    assert "suspended" not in logged and "appeal?" not in logged
