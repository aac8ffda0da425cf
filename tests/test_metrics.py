"""``/metrics``: Prometheus text with what operators watch, in HTTP mode on the Slack port and in
Socket Mode on ``--health-port``; never a word of what people asked."""

from __future__ import annotations

import json

from prometheus_client.parser import text_string_to_metric_families

from bot.server.http_server import HttpServer
from bot.testing.fake_slack import BOT_USER_ID, SOCKET_ACK, FakeSlack
from bot.testing.serve_process import ServeProcess
from bot.testing.slack_requests import (
    BOT_TOKEN,
    FORM,
    SlackSender,
    event_callback,
    mention,
    post,
    request,
    slash_command,
)

APP_TOKEN = "xapp-1-A0SAFEAPP-1111-fakeapptoken"
QUESTION = "my account was suspended, can I appeal the ban"


def scrape(base_url: str) -> tuple[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]:
    answered = request(base_url, "GET", "/metrics")
    assert answered.status == 200
    assert answered.headers["content-type"].startswith("text/plain; version=")
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(answered.body)
               for s in family.samples}
    return answered.body, samples


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_http_mode_serves_metrics_of_requests_decisions_latency_and_refusals(
    bot_server: HttpServer, slack: SlackSender, fake_slack: FakeSlack
) -> None:
    _, before = scrape(bot_server.url)
    event = mention(f"<@{BOT_USER_ID}> {QUESTION}")
    assert slack.event(event).status == 200
    assert slack.event(event).status == 200  # Slack's retry: dropped as a duplicate
    assert slack.command(QUESTION, fake_slack.response_url()).status == 200
    assert post(bot_server.url, slash_command(QUESTION, response_url="x"), FORM,
                secret="wrong").status == 401
    fake_slack.wait_for("chat.postMessage")
    text, after = scrape(bot_server.url)

    def grew(name: str, by: float = 1, **labels: str) -> bool:
        return value(after, name, **labels) - value(before, name, **labels) >= by

    assert grew("safeguards_requests_total", 2, surface="mention", outcome="ok")
    assert grew("safeguards_requests_total", surface="command", outcome="ok")
    assert grew("safeguards_duplicate_deliveries_total")
    assert grew("safeguards_decisions_total", 2, decision="answer", surface="mention") or grew(
        "safeguards_decisions_total", decision="answer", surface="command")
    assert grew("safeguards_match_seconds_count", 2)
    assert grew("safeguards_ack_seconds_count", surface="command")
    assert grew("safeguards_refused_requests_total", reason="signature")
    assert "safeguards_replies_pending" in text
    assert "suspended" not in text and "appeal" not in text


def test_socket_mode_serves_health_and_metrics_on_the_health_port(fake_slack: FakeSlack) -> None:
    served = ServeProcess("--host", "127.0.0.1", "--health-port", "0", env={
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": fake_slack.api_url, "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "0"})
    try:
        url = served.wait_for_line(r"health and metrics on (http://127\.0\.0\.1:\d+)").group(1)
        assert request(url, "GET", "/healthz").status == 200
        event = mention(f"<@{BOT_USER_ID}> {QUESTION}")
        fake_slack.send_envelope({
            "envelope_id": "57d6a792-4d35-4d0b-b6aa-000000000009", "type": "events_api",
            "payload": json.loads(event_callback(event)), "accepts_response_payload": False,
            "retry_attempt": 0, "retry_reason": ""}, timeout=20)
        fake_slack.wait_for("chat.postMessage", timeout=10)
        fake_slack.wait_for(SOCKET_ACK)
        _, samples = scrape(url)
        assert value(samples, "safeguards_requests_total", surface="mention", outcome="ok") == 1
        assert value(samples, "safeguards_catalog_info_total") == 0  # a gauge, not a counter
        assert any(name == "safeguards_catalog_info" for name, _ in samples)
        assert request(url, "POST", "/slack/events", "{}").status == 404  # probes only
    finally:
        with fake_slack.pinging():
            served.stop()
