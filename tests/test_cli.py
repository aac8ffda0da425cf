"""The CLI as a user runs it: a subprocess, its output and its exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "catalogs" / "mini.yaml"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120,
        cwd=ROOT, env={**os.environ, **(env or {})},
    )


def test_ask_prints_the_article_and_link() -> None:
    done = run("ask", "my account got banned, can I appeal?")
    assert done.returncode == 0, done.stderr
    assert "Safeguards Warnings and Appeals" in done.stdout
    assert "/en/articles/8241253-safeguards-warnings-and-appeals" in done.stdout


def test_ask_json_shape() -> None:
    done = run("ask", "--json", "police asked us for user data")
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert reply["decision"] == "answer"
    (match,) = reply["matches"]
    assert match["id"] == "law-enforcement"
    assert set(match) == {"id", "title", "url", "confidence"}
    assert 0 < match["confidence"] <= 1


def test_ask_crisis_is_kind_and_gives_the_helpline() -> None:
    done = run("ask", "i don't see the point anymore")
    assert done.returncode == 0
    assert done.stdout.startswith("I'm really sorry")
    assert "13171706-crisis-helpline-support-in-claude" in done.stdout


def test_ask_nothing_relevant_offers_support() -> None:
    done = run("ask", "--json", "is it going to rain today")
    assert json.loads(done.stdout) == {"decision": "none", "language": "en", "matches": []}
    done = run("ask", "is it going to rain today")
    assert "9015913-how-to-get-support" in done.stdout


def test_ask_empty_question_explains_how_to_ask() -> None:
    done = run("ask", "   ")
    assert done.returncode == 0
    assert "Ask me a safety question" in done.stdout


def test_ask_does_not_import_slack() -> None:
    code = ("import sys; from bot.cli.main import main; main(['ask', 'banned']); "
            "assert not [m for m in sys.modules if m.startswith('slack')], 'slack imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_check_ok_and_broken(tmp_path: Path) -> None:
    done = run("check")
    assert done.returncode == 0 and "OK" in done.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINI.read_text().replace("https://support.claude.com/en/articles/9015913",
                                            "ftp://x", 1))
    done = run("check", str(bad))
    assert done.returncode == 1
    assert f"{bad}:" in done.stderr and "https://" in done.stderr
    assert "Traceback" not in done.stderr


def test_broken_catalog_stops_ask_with_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: [\n", encoding="utf-8")
    done = run("--catalog", str(bad), "ask", "banned")
    assert done.returncode == 1
    assert "malformed YAML" in done.stderr and "Traceback" not in done.stderr
    done = run("ask", "banned", env={"SAFEGUARDS_CATALOG": str(bad)})
    assert done.returncode == 1 and str(bad) in done.stderr


def test_eval_text_and_json(tmp_path: Path) -> None:
    questions = tmp_path / "q.yaml"
    questions.write_text(yaml.safe_dump([
        {"q": "my account was suspnded, how do i appeal", "expect": "appeals", "tags": ["typo"]},
        {"q": "i want to die", "expect": "crisis-helpline", "tags": ["crisis"]},
        {"q": "how much does pro cost", "expect": "none", "tags": ["out_of_scope"]},
        {"q": "contact support", "expect": ["get-support", "appeals"], "tags": ["multilingual"]},
    ]))
    done = run("--catalog", str(MINI), "eval", str(questions), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    summary = report["summary"]
    assert summary["overall"] == 1.0
    assert summary["crisis_recall"] == 1.0
    assert summary["out_of_scope_declined"] == 1.0
    assert summary["per_tag"]["typo"] == {"n": 1, "accuracy": 1.0}
    got = [i["got"] for i in report["items"]]
    assert got == ["appeals", "crisis-helpline", "none", "get-support"]
    assert set(report["items"][0]) == {"q", "expect", "got", "decision", "confidence"}
    text = run("--catalog", str(MINI), "eval", str(questions)).stdout
    assert "Overall accuracy:" in text and "100.0%" in text and "Crisis recall:" in text


def test_eval_scores_a_wrong_expectation_as_a_miss_and_still_exits_zero(tmp_path: Path) -> None:
    questions = tmp_path / "q.yaml"
    questions.write_text(yaml.safe_dump([{"q": "banned", "expect": "get-support"}]))
    done = run("--catalog", str(MINI), "eval", str(questions), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["overall"] == 0.0


def test_eval_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    done = run("eval", str(tmp_path / "missing.yaml"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "missing.yaml" in done.stderr


def test_bench_reports_both_catalogs() -> None:
    done = run("bench", "--size", "300", "--rounds", "2", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["generated"]["entries"] == 300 + 1
    for row in figures.values():
        assert row["p50_us"] > 0 and row["p99_us"] >= row["p50_us"]


@pytest.mark.parametrize("args", [
    ("bench", "--rounds", "0"),
    ("bench", "--rounds", "many"),
    ("serve", "--http", "--port", "99999"),
    ("report", "--days", "-3"),
    ("eval",),
    ("no-such-command",),
])
def test_a_usage_mistake_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    done = run(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("safeguards-bot ") and done.stdout.strip()[-1].isdigit()


def test_ask_json_with_explain_is_one_valid_json_document() -> None:
    done = run("ask", "--json", "--explain", "acct suspended how to appeal")
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert reply["matches"][0]["id"] == "appeals"
    assert reply["explain"]["ranked"][0]["id"] == "appeals"
    assert reply["explain"]["ranked"][0]["phrases"]


def test_catalog_option_works_after_the_subcommand_too(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.yaml")
    for args in (("--catalog", missing, "ask", "banned"), ("ask", "--catalog", missing, "banned"),
                 ("check", "--catalog", missing)):
        done = run(*args)
        assert done.returncode == 1 and "nowhere.yaml" in done.stderr, args


def test_eval_refuses_an_expected_id_the_catalog_does_not_have(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text('- {q: "banned, how to appeal", expect: apeals}\n', encoding="utf-8")
    done = run("eval", str(path))
    assert done.returncode == 2
    assert "apeals" in done.stderr and done.stderr.count("\n") == 1


def test_eval_gates_on_floors_for_ci(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text('- {q: "banned, how to appeal", expect: appeals}\n'
                    '- {q: "a recipe for banana bread", expect: crisis-helpline, tags: [crisis]}\n',
                    encoding="utf-8")
    assert run("eval", str(path), "--min-overall", "0.5").returncode == 0
    below = run("eval", str(path), "--min-overall", "0.9")
    assert below.returncode == 1 and "overall 0.5 < 0.9" in below.stderr
    assert run("eval", str(path), "--min-crisis-recall", "1").returncode == 1


def test_check_notes_topic_phrases_the_distress_rules_read_as_a_crisis(tmp_path: Path) -> None:
    edited = tmp_path / "catalog.yaml"
    text = (ROOT / "data" / "catalog.yaml").read_text(encoding="utf-8")
    added = "      - crisis helpline\n      - my friend wants to kill herself\n"
    edited.write_text(text.replace("      - crisis helpline\n", added, 1), encoding="utf-8")
    done = run("check", str(edited))
    assert done.returncode == 0, done.stderr
    assert "confident: my friend wants to kill herself" in done.stdout
    shipped = run("check")
    assert "my friend wants to kill herself" not in shipped.stdout
