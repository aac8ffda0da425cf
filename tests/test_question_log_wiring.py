"""The question log behind every Slack surface: one row per question (real SQLite file, real HTTP),
no text unless opted in and never for crisis, the report's figures equal to the rows, and the salt
that keys the user-id hash kept next to the log without ever being logged."""

from __future__ import annotations

import hashlib
import hmac
import logging
import sqlite3
import stat
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli.report import build_report
from bot.engine.matcher import Decision, Matcher
from bot.slack.manifest_ids import NOT_HELPFUL
from bot.store.hash_salt import resolve_salt, salt_path
from bot.store.question_log import QuestionLog
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import ASKER, customer_message, direct_message, mention
from tests.support.block_kit import buttons
from tests.support.harness import TEST_SALT, Bot, run_shortcut


def user_hash(user_id: str, salt: str = TEST_SALT) -> str:
    return hmac.new(salt.encode(), user_id.encode(), hashlib.sha256).hexdigest()


def test_every_surface_records_one_row_and_the_report_counts_them(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, matcher: Matcher,
    question_log: QuestionLog, questions: dict,
) -> None:
    bot = make_bot(question_log=question_log)
    asked = {
        "command": questions[Decision.ANSWER],
        "mention": questions[Decision.SUGGEST],
        "dm": questions[Decision.NONE],
        "shortcut": questions[Decision.ANSWER],
    }
    bot.slack.command(asked["command"], fake_slack.response_url())
    bot.slack.event(mention(f"<@{BOT_USER_ID}> {asked['mention']}"))
    bot.slack.event(direct_message(asked["dm"]))
    run_shortcut(bot, fake_slack, customer_message(asked["shortcut"]))
    bot.slack.command("help", fake_slack.response_url())  # not a question: no row
    fake_slack.wait_until(lambda: len(fake_slack.replies()) == 5)

    rows = {row["surface"]: row for row in bot.rows()}

    assert sorted(rows) == sorted(asked)
    for surface, question in asked.items():
        result = matcher.match(question)
        row = rows[surface]
        top = result.top
        assert row["decision"] == result.decision.value, surface
        assert row["article_id"] == (top.entry.id if top else None), surface
        assert row["confidence"] == pytest.approx(top.confidence if top else None), surface
        assert row["text"] is None, surface  # no text unless an operator opts in
        assert row["feedback"] is None
    assert {rows[s]["user_hash"] for s in ("command", "mention", "dm")} == {user_hash(ASKER)}

    report = build_report(question_log.path, days=1)
    assert report["questions"] == len(rows)
    assert report["people"] == 2  # the asker and the agent
    assert {s["surface"]: s["questions"] for s in report["surfaces"]} == {s: 1 for s in asked}
    decisions = Counter(row["decision"] for row in rows.values())
    assert {d: v["questions"] for d, v in report["decisions"].items() if v["questions"]} == \
        dict(decisions)


def test_opted_in_text_is_kept_for_gaps_only_and_never_for_crisis(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, tmp_path: Path, questions: dict,
) -> None:
    with QuestionLog(tmp_path / "questions.sqlite3", salt=TEST_SALT, store_text=True) as log:
        bot = make_bot(question_log=log)
        for decision in (Decision.NONE, Decision.CRISIS, Decision.ANSWER):
            bot.slack.event(direct_message(questions[decision], channel=f"D0{decision.name}"))
        fake_slack.wait_for("chat.postMessage", count=3)
        # "Not helpful" on the answer makes it a gap: now its text is worth a maintainer's time.
        [answer] = [c for c in fake_slack.calls("chat.postMessage")
                    if c.body["channel"] == "D0ANSWER"]
        [not_helpful] = [b for b in buttons(answer.body["blocks"])
                         if b["action_id"] == NOT_HELPFUL]
        bot.slack.click(NOT_HELPFUL, not_helpful["value"], fake_slack.response_url(),
                        ephemeral=False, message=answer.response["message"],
                        message_ts=answer.response["ts"], channel_id="D0ANSWER")
        fake_slack.wait_for("chat.update")

        texts = {row["decision"]: row["text"] for row in bot.rows()}

    assert texts["none"] == questions[Decision.NONE]
    assert texts["answer"] == questions[Decision.ANSWER]
    assert texts["crisis"] is None


def test_a_locked_question_log_never_slows_an_acknowledgement_or_an_answer(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, tmp_path: Path, questions: dict,
) -> None:
    with QuestionLog(tmp_path / "questions.sqlite3", salt=TEST_SALT,
                     busy_timeout_seconds=0.2, error_log_interval_seconds=0) as log:
        bot = make_bot(question_log=log)
        bot.slack.command(questions[Decision.ANSWER], fake_slack.response_url())
        fake_slack.wait_for(RESPONSE_URL)
        assert len(bot.rows()) == 1
        # Another process (a report, a second bot, a backup) holds the write lock.
        locker = sqlite3.connect(log.path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            acks = [bot.slack.command(questions[d], fake_slack.response_url())
                    for d in (Decision.ANSWER, Decision.SUGGEST, Decision.NONE) * 4]
            assert all(a.status == 200 and a.seconds < 1.0 for a in acks)
            replies = fake_slack.wait_for(RESPONSE_URL, count=1 + len(acks))
            assert all(r.ok for r in replies)
            log.flush()
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert log.stats().failed > 0  # those rows were lost, and said so, not waited for


def test_a_salt_is_generated_once_kept_private_and_never_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    db = tmp_path / "data" / "questions.sqlite3"

    first = resolve_salt(db, None)
    again = resolve_salt(db, None)

    assert first == again and len(first) >= 32
    kept = salt_path(db)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert f"generated a new user-id hash salt in {kept}" in caplog.text
    assert sum("generated a new" in r.getMessage() for r in caplog.records) == 1
    assert first not in caplog.text


def test_a_configured_salt_wins_and_no_file_is_written(tmp_path: Path) -> None:
    db = tmp_path / "questions.sqlite3"
    assert resolve_salt(db, "from-the-environment-0123") == "from-the-environment-0123"
    assert not salt_path(db).exists()


def test_a_salt_file_readable_by_others_is_used_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    db = tmp_path / "questions.sqlite3"
    salt_path(db).write_text("0123456789abcdef0123456789abcdef\n", encoding="utf-8")
    salt_path(db).chmod(0o644)

    assert resolve_salt(db, None) == "0123456789abcdef0123456789abcdef"
    assert "can be read by other users" in caplog.text


def test_a_salt_that_cannot_be_kept_lasts_for_the_run_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")

    salt = resolve_salt(blocker / "questions.sqlite3", None)

    assert len(salt) >= 32
    assert "for this run only" in caplog.text
    assert salt not in caplog.text
