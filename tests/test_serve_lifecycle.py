"""``serve`` from start to stop, as the real process: a bad or revoked token stops it at start-up
with one line and exit status 2; SIGTERM (and SIGINT) finish what is in flight, then exit 0; and
nothing it logs, even at DEBUG, carries a token or the signing secret."""

from __future__ import annotations

import signal
import socket
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.serve_process import ServeProcess
from bot.testing.slack_requests import BOT_TOKEN, SIGNING_SECRET, HttpResult, SlackSender, mention
from tests.support.harness import LISTENING

SALT = "lifecycle-salt-0123456789"


def start(fake_slack: FakeSlack, *args: str, **env: str) -> ServeProcess:
    return ServeProcess("--http", "--host", "127.0.0.1", "--port", "0", *args, env={
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url, "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "0", **env})


def assert_one_clean_line(served: ServeProcess, says: str) -> None:
    assert served.wait() == 2
    output = served.output()
    assert output.count("\n") == 0 and says in output, output
    assert "Traceback" not in output and BOT_TOKEN not in output


@pytest.mark.parametrize("code", ["invalid_auth", "token_revoked", "account_inactive"])
def test_a_bad_or_revoked_token_stops_serve_at_start_up(fake_slack: FakeSlack,
                                                        code: str) -> None:
    fake_slack.fail("auth.test", code)
    served = start(fake_slack)
    assert_one_clean_line(served, f"Slack refused SLACK_BOT_TOKEN ({code})")
    assert len(fake_slack.calls("auth.test")) == 1  # once, not retried: a refusal is final


def test_an_unreachable_slack_stops_serve_at_start_up(fake_slack: FakeSlack) -> None:
    with socket.socket() as closed:  # a port nobody listens on: connections are refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    served = start(fake_slack, SLACK_API_URL=f"http://127.0.0.1:{port}/api/")
    assert_one_clean_line(served, "cannot reach Slack's Web API")


def test_a_port_in_use_stops_serve_with_one_line(fake_slack: FakeSlack) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        served = start(fake_slack, "--port", str(taken.getsockname()[1]))
        assert_one_clean_line(served, f"cannot listen on 127.0.0.1:{taken.getsockname()[1]}")


def test_no_token_or_secret_reaches_the_log_even_at_debug(fake_slack: FakeSlack) -> None:
    fake_slack.fail("chat.postMessage", "invalid_auth")  # an error response, logged
    served = start(fake_slack, SAFEGUARDS_LOG_LEVEL="DEBUG", SAFEGUARDS_HASH_SALT=SALT)
    try:
        slack = SlackSender(served.wait_for_line(LISTENING).group(1))
        assert slack.event(mention(f"<@{BOT_USER_ID}> how do I appeal")).status == 200
        assert slack.command("help", fake_slack.response_url()).status == 200
        fake_slack.wait_for("chat.postMessage")
        fake_slack.wait_for(RESPONSE_URL)
        served.wait_for_line(r"chat\.postMessage error=invalid_auth")
        served.wait_for_line(r"DEBUG logging is on")
    finally:
        logged = served.stop()
    assert "DEBUG" in logged  # libraries did log (whole requests), and still:
    for secret in (BOT_TOKEN, BOT_TOKEN.split("-", 1)[1], SIGNING_SECRET, SALT):
        assert secret not in logged


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_finishes_requests_and_replies_in_flight_then_exits_0(
    fake_slack: FakeSlack, tmp_path: Path, sent: signal.Signals
) -> None:
    db = tmp_path / "questions.sqlite3"
    # Twenty replies into one channel: not paced at one a second, or the drain would take 20 s.
    served = start(fake_slack, SAFEGUARDS_DB=str(db), SAFEGUARDS_HASH_SALT=SALT,
                   SAFEGUARDS_CHANNEL_RATE="100", SAFEGUARDS_CHANNEL_BURST="100")
    slack = SlackSender(served.wait_for_line(LISTENING).group(1))
    fake_slack.wait_for("auth.test")
    # Bolt checks the token with an auth.test of its own before it acknowledges the first request;
    # from then on Slack is slow, as over the internet on a bad day (start-up is not what is timed).
    mentions = [slack.event(mention(f"<@{BOT_USER_ID}> my account was suspended"))]
    fake_slack.latency = 0.6
    # Acknowledged at once (replies go to the reply pool), answered 0.6 s later: when the signal
    # comes every request has its 200 and (all but perhaps the first) replies are still on their
    # way to Slack.
    mentions += [slack.event(mention(f"<@{BOT_USER_ID}> my account was suspended"))
                 for _ in range(19)]
    commands: list[HttpResult] = []
    threads = [threading.Thread(target=lambda: commands.append(
        slack.command("how do I appeal a ban", fake_slack.response_url()))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    in_flight = 24 - len(fake_slack.calls("chat.postMessage")) - len(fake_slack.calls(RESPONSE_URL))
    served.process.send_signal(sent)
    status = served.wait(timeout=30)
    output = served.output()

    assert [r.status for r in mentions + commands] == [200] * 24, output
    assert status == 0, output
    assert f"{sent.name}: stopping" in output and "Traceback" not in output
    assert in_flight > 0  # the signal did come while replies were being sent
    assert len(fake_slack.calls("chat.postMessage")) == 20  # every reply was sent...
    assert len(fake_slack.calls(RESPONSE_URL)) == 4
    db_rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    assert db_rows == 24  # ...and the question log was flushed and closed by run()'s finally
