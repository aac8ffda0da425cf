"""The report reads the same figures back that the question log wrote, and prints them legibly."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli.report import build_report, normalize_question, render_report, run_report
from bot.engine.catalog import CRISIS_ID
from bot.store.database import Database
from bot.store.question_db import SCHEMA_VERSION, utc_text
from bot.store.question_log import QuestionLog
from bot.store.settings_paths import sqlite_url

# Real time (to the second): run_report, like the CLI, reports up to the present.
NOW = datetime.now(timezone.utc).replace(microsecond=0)


def insert(path: Path, *, decision: str, article_id: str | None, surface: str = "dm",
           feedback: str | None = None, text: str | None = None, user: str = "h1",
           at: datetime = NOW - timedelta(hours=1)) -> None:
    if not path.exists():
        create_log(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO questions (id, created_at, surface, decision, article_id, confidence, "
            "feedback, user_hash, text) VALUES (?, ?, ?, ?, ?, 0.5, ?, ?, ?)",
            (uuid.uuid4().hex, utc_text(at), surface, decision, article_id, feedback, user, text))
    db.close()


def create_log(path: Path) -> None:
    """An empty question log, made (and migrated) the way the bot makes it."""
    database = Database(sqlite_url(path))
    database.run(lambda connection: None, what="test")
    database.close()


@pytest.fixture
def logged(tmp_path: Path) -> Path:
    """A log written the way the bot writes it: through QuestionLog, with text opted in."""
    path = tmp_path / "questions.sqlite3"
    moment = [NOW]
    qlog = QuestionLog(path, salt="s", store_text=True, clock=lambda: moment[0])
    asked = [
        (1, "answer", "appeals", "slash_command", "U1", "appeal my ban", True),
        (1, "answer", "appeals", "mention", "U2", "appeal  my ban", False),
        (1, "suggest", "minors", "dm", "U1", "teen account", None),
        (2, "none", None, "dm", "U3", "How do I export my data?", None),
        (2, "none", None, "dm", "U3", "how do i   EXPORT my data", None),
        (3, "none", None, "shortcut", "U4", "[bold]pricing[/bold] \x1b[31m", None),
        (3, "crisis", CRISIS_ID, "dm", "U5", "i want to die", False),
        (3, "answer", "appeals", "dm", "U2", "appeal", True),
        (4, "answer", "minors", "mention", "U1", "age check", None),
        (20, "none", None, "dm", "U9", "too old to count", None),
    ]
    for days_ago, decision, article, surface, user, text, click in asked:
        moment[0] = NOW - timedelta(days=days_ago)
        question_id = qlog.record(surface=surface, decision=decision, article_id=article,
                                  confidence=0.7, user_id=user, text=text)
        if click is not None:
            qlog.record_feedback(question_id, helpful=click)
    qlog.close()
    return path


def test_the_figures_match_the_rows(logged: Path):
    report = build_report(logged, days=7, now=NOW)
    assert report["questions"] == 9
    assert report["people"] == 5
    assert report["decisions"] == {
        "answer": {"questions": 4, "share": 0.4444},
        "suggest": {"questions": 1, "share": 0.1111},
        "none": {"questions": 3, "share": 0.3333},
        "crisis": {"questions": 1, "share": 0.1111},
    }
    assert report["feedback"] == {"helpful": 2, "not_helpful": 2, "helpful_ratio": 0.5}
    assert report["gaps"] == 5  # three declined, two not helpful
    assert report["articles"] == [
        {"article_id": "appeals", "questions": 3, "share": 0.3333, "helpful": 2,
         "not_helpful": 1},
        {"article_id": "minors", "questions": 2, "share": 0.2222, "helpful": 0,
         "not_helpful": 0},
        {"article_id": CRISIS_ID, "questions": 1, "share": 0.1111, "helpful": 0,
         "not_helpful": 1},
    ]
    assert report["surfaces"] == [
        {"surface": "dm", "questions": 5, "share": 0.5556},
        {"surface": "mention", "questions": 2, "share": 0.2222},
        {"surface": "shortcut", "questions": 1, "share": 0.1111},
        {"surface": "slash_command", "questions": 1, "share": 0.1111},
    ]
    # The crisis question was "not helpful" too, but its text was never stored.
    assert report["top_unanswered"] == [
        {"text": "how do i export my data", "questions": 2},
        {"text": "[bold]pricing[/bold] [31m", "questions": 1},  # the escape character is gone
        {"text": "appeal my ban", "questions": 1},
    ]
    assert report["unanswered_texts"] == 4
    assert json.loads(json.dumps(report)) == report


def test_the_period_is_the_last_n_days(logged: Path):
    assert build_report(logged, days=1, now=NOW)["questions"] == 3
    assert build_report(logged, days=30, now=NOW)["questions"] == 10
    assert build_report(logged, days=7, now=NOW - timedelta(days=100))["questions"] == 0


def test_without_stored_text_there_is_no_unanswered_list(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    with QuestionLog(path, salt="s") as qlog:
        qlog.record(surface="dm", decision="none", text="what about pricing")
    report = build_report(path, days=7)
    assert report["gaps"] == 1
    assert report["top_unanswered"] == []
    assert "No unanswered question texts stored" in render_report(report)


def test_the_top_list_keeps_the_ten_most_frequent(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    for number in range(12):
        for _ in range(number + 1):
            insert(path, decision="none", article_id=None, text=f"Question {number:02d}?")
    top = build_report(path, days=7, now=NOW)["top_unanswered"]
    assert [(row["text"], row["questions"]) for row in top] == [
        (f"question {n:02d}", n + 1) for n in range(11, 1, -1)]


_ROWS = st.lists(st.tuples(
    st.sampled_from(["answer", "suggest", "none", "crisis"]),
    st.sampled_from([None, "appeals", "minors", CRISIS_ID]),
    st.sampled_from(["dm", "mention", "slash_command", "shortcut"]),
    st.sampled_from([None, "helpful", "not_helpful"]),
    st.integers(min_value=0, max_value=13),
), max_size=30)


# Each example builds a database (migrations included, ~60 ms): 30 examples of up to 30 rows
# cover every decision, surface and feedback mix many times over.
@settings(max_examples=30, deadline=None)
@given(_ROWS)
def test_any_rows_give_matching_figures(
        generated: list[tuple[str, str | None, str, str | None, int]]):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.sqlite3"
        create_log(path)
        for decision, article, surface, feedback, days_ago in generated:
            insert(path, decision=decision, article_id=article, surface=surface,
                   feedback=feedback, at=NOW - timedelta(days=days_ago, minutes=1))
        report = build_report(path, days=7, now=NOW)
    window = [r for r in generated if r[4] < 7]
    total = len(window)
    assert report["questions"] == total
    assert {d: v["questions"] for d, v in report["decisions"].items()} == {
        d: sum(r[0] == d for r in window) for d in ("answer", "suggest", "none", "crisis")}
    assert sum(v["questions"] for v in report["decisions"].values()) == total
    assert {a["article_id"]: a["questions"] for a in report["articles"]} == Counter(
        r[1] for r in window if r[1] is not None)
    assert {s["surface"]: s["questions"] for s in report["surfaces"]} == Counter(
        r[2] for r in window)
    helpful = sum(r[3] == "helpful" for r in window)
    not_helpful = sum(r[3] == "not_helpful" for r in window)
    assert report["feedback"]["helpful"] == helpful
    assert report["feedback"]["not_helpful"] == not_helpful
    assert report["feedback"]["helpful_ratio"] == (
        round(helpful / (helpful + not_helpful), 4) if helpful + not_helpful else None)
    assert report["gaps"] == sum(r[0] == "none" or r[3] == "not_helpful" for r in window)


@given(st.text(max_size=40))
def test_normalising_is_idempotent_and_ignores_case_and_spacing(text: str):
    once = normalize_question(text)
    assert normalize_question(once) == once
    assert normalize_question(f"  {text.upper()}  ") == normalize_question(
        f"{text.upper()}")


# -- the terminal view ---------------------------------------------------------------------------
def test_the_text_view_is_plain_aligned_and_fixed_width(logged: Path):
    text = render_report(build_report(logged, days=7, now=NOW))
    assert "\x1b" not in text, "no colour or control codes when not a terminal"
    lines = text.splitlines()
    assert all(len(line) <= 100 for line in lines)
    assert "9 questions from 5 people" in text
    assert "Helpful ratio: 50% (2 helpful, 2 not helpful)" in text
    assert "Gaps (declined or not helpful): 5" in text
    assert "[bold]pricing[/bold] [31m" in text, "stored questions print as typed, not as markup"
    assert "█" in text
    # Numbers are right-aligned: each article's count ends in the same column.
    article_rows = [line for line in lines if line.startswith(("appeals ", "minors ",
                                                               f"{CRISIS_ID} "))]
    assert len(article_rows) == 3
    ends = {line.index("%") for line in article_rows}
    assert len(ends) == 1


def test_an_empty_period_says_so(logged: Path):
    text = render_report(build_report(logged, days=1, now=NOW - timedelta(days=100)))
    assert "No questions were logged in this period." in text


def test_run_report_prints_json(logged: Path, capsys: pytest.CaptureFixture[str]):
    assert run_report(str(logged), days=30, as_json=True) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["questions"] == 10
    assert printed["decisions"]["none"]["questions"] == 4


def test_run_report_prints_a_fixed_width_table_when_piped(
        logged: Path, capsys: pytest.CaptureFixture[str]):
    assert run_report(str(logged), days=30, as_json=False) == 0
    out = capsys.readouterr().out
    assert "Questions per article" in out and "Questions per surface" in out
    assert all(len(line) <= 100 for line in out.splitlines())
    assert "\x1b" not in out


@pytest.mark.parametrize("problem", ["missing", "not a database", "not a log", "newer"])
def test_run_report_explains_a_bad_database_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str):
    path = tmp_path / "questions.sqlite3"
    if problem == "not a database":
        path.write_bytes(b"garbage " * 200)
    elif problem == "not a log":
        sqlite3.connect(path).close()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE other (x)")
    elif problem == "newer":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE questions (id TEXT)")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert run_report(str(path), days=7, as_json=False) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("safeguards-bot report: ")
    assert str(path) in captured.err
    assert not (problem == "missing" and path.exists()), "a report must not create the log"


@pytest.mark.parametrize("days", [0, -3, 36_501])
def test_an_impossible_period_is_one_line_too(logged: Path, days: int,
                                              capsys: pytest.CaptureFixture[str]):
    assert run_report(str(logged), days=days, as_json=True) == 1
    assert capsys.readouterr().err.strip() == (
        "safeguards-bot report: --days must be between 1 and 36500")


def test_a_version_1_file_is_reported_without_being_changed(tmp_path: Path):
    path = tmp_path / "questions.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE questions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL,
                surface TEXT NOT NULL, decision TEXT NOT NULL, article_id TEXT,
                confidence REAL, feedback TEXT, user_hash TEXT);
            PRAGMA user_version = 1;
        """)
        db.execute("INSERT INTO questions VALUES ('x', ?, 'dm', 'none', NULL, NULL, NULL, 'h')",
                   (utc_text(NOW - timedelta(hours=1)),))
    before = path.read_bytes()
    report = build_report(path, days=7, now=NOW)
    assert report["questions"] == 1 and report["gaps"] == 1
    assert report["top_unanswered"] == []
    assert path.read_bytes() == before
