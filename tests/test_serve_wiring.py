"""``safeguards-bot serve --http`` as an admin runs it: live catalog reload, and a question log that
cannot be written never stops the answers. Each test runs the real process, signed requests over
loopback, and the fake Slack."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.engine.catalog import load_catalog
from bot.testing.fake_slack import RESPONSE_URL, FakeSlack
from bot.testing.serve_process import ServeProcess
from bot.testing.slack_requests import BOT_TOKEN, SIGNING_SECRET, SlackSender
from tests.support.catalogs import MINI, NEW_QUESTION, broken, check_output, with_new_entry
from tests.support.harness import LISTENING


def serve(fake_slack: FakeSlack, **env: str) -> tuple[ServeProcess, SlackSender]:
    served = ServeProcess("--http", "--host", "127.0.0.1", "--port", "0", env={
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url, **env})
    url = served.wait_for_line(LISTENING).group(1)
    return served, SlackSender(url)


def ask(slack: SlackSender, fake_slack: FakeSlack, question: str) -> str:
    """The private answer to ``question``, as text (blocks and all)."""
    url = fake_slack.response_url()
    assert slack.command(question, url).status == 200
    fake_slack.wait_until(lambda: any(url.endswith(c.path) for c in fake_slack.calls(RESPONSE_URL)))
    [reply] = [c for c in fake_slack.calls(RESPONSE_URL) if url.endswith(c.path)]
    assert reply.ok
    return reply.dump()


def test_catalog_edits_go_live_and_broken_ones_never_do(
    tmp_path: Path, fake_slack: FakeSlack, capsys: pytest.CaptureFixture[str],
) -> None:
    catalog_file = tmp_path / "catalog.yaml"
    shutil.copyfile(MINI, catalog_file)
    mini = load_catalog(MINI)
    new_url = "https://support.claude.com/en/articles/0-quokka-lantern"
    served, slack = serve(fake_slack, SAFEGUARDS_CATALOG=str(catalog_file),
                          SAFEGUARDS_CATALOG_RELOAD_SECONDS="0.1",
                          SAFEGUARDS_DB=str(tmp_path / "questions.sqlite3"))
    try:
        served.wait_for_line(r"watching .*catalog\.yaml for edits")
        assert mini.fallback.url in ask(slack, fake_slack, NEW_QUESTION)  # nothing fits yet

        # A good edit: in service within a few checks, without a restart.
        catalog_file.write_text(with_new_entry(catalog_file), encoding="utf-8")
        served.wait_for_line(r"catalog .*catalog\.yaml reloaded")
        assert new_url in ask(slack, fake_slack, NEW_QUESTION)

        # A broken edit: refused with the lines `check` prints; the last good one answers.
        catalog_file.write_text(broken(catalog_file), encoding="utf-8")
        served.wait_for_line(r"was edited but not reloaded")
        problems = check_output(catalog_file, capsys)
        assert problems
        for problem in problems:
            served.wait_for_line(re.escape(problem))
        assert new_url in ask(slack, fake_slack, NEW_QUESTION)
    finally:
        logged = served.stop()
    assert NEW_QUESTION not in logged  # questions are never logged, reloads or not


def test_a_question_log_that_cannot_be_created_never_stops_the_answers(
    tmp_path: Path, fake_slack: FakeSlack,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log's folder should be\n", encoding="utf-8")
    db = blocker / "questions.sqlite3"  # cannot be created: its parent is a file
    served, slack = serve(fake_slack, SAFEGUARDS_DB=str(db))
    try:
        for question in ("my account was suspended, can I appeal?",
                         "where do I report a security vulnerability"):
            assert "support.claude.com" in ask(slack, fake_slack, question)
        served.wait_for_line(r"question log: cannot write .*not-a-folder")
        # No salt could be kept next to it either: one for this run, said once.
        served.wait_for_line(r"cannot keep a user-id hash salt")
        assert ask(slack, fake_slack, "how do I appeal a ban")  # still answering after the error
    finally:
        logged = served.stop()
    assert "Traceback" not in logged
    assert not db.exists()
