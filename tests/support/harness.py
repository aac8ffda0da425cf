"""The app under test and how tests drive it: the ``Bot`` that the ``make_bot`` fixture starts
(with its question log's salt and the escalation channel), the message shortcut run against it,
and the line ``safeguards-bot serve --http`` logs once it listens."""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import parse_qs

from bot.server.http_server import HttpServer
from bot.store.question_log import QuestionLog
from bot.testing.fake_slack import Call, FakeSlack
from bot.testing.slack_requests import FORM, SlackSender, message_shortcut, post

TEST_SALT = "test-salt-0123456789abcdef"
ESCALATIONS = "C0ESCALATE"
# What serve logs once it accepts requests; group 1 is its address.
LISTENING = r"listening on (http://127\.0\.0\.1:\d+)"


class Bot:
    """One running app and Slack's side of it."""

    def __init__(self, server: HttpServer, log: QuestionLog | None):
        self.server = server
        self.slack = SlackSender(server.url)
        self.log = log

    def rows(self) -> list[dict[str, Any]]:
        """Every row of the question log, once what was queued has been written."""
        assert self.log is not None
        assert self.log.flush()
        db = sqlite3.connect(self.log.path)
        db.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in db.execute("SELECT * FROM questions ORDER BY created_at")]
        finally:
            db.close()

    def drain(self) -> None:
        """Wait for every listener to finish (the server stops): nothing more will be sent."""
        self.server.close()


def run_shortcut(bot: Bot, fake_slack: FakeSlack, message: dict[str, Any]) -> tuple[Call, str]:
    """Use the shortcut on ``message``; returns the views.open call and the trigger_id sent."""
    body = message_shortcut(message, response_url=fake_slack.response_url())
    trigger_id = json.loads(parse_qs(body)["payload"][0])["trigger_id"]
    acked = post(bot.server.url, body, FORM)
    assert (acked.status, acked.body) == (200, "")
    [opened] = fake_slack.wait_for("views.open")
    assert opened.ok, opened.response
    return opened, trigger_id
