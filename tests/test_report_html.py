"""``safeguards-bot report --html``: one self-contained page, checked in a real headless Chromium.

The page is opened from a file with every HTTP(S) request routed to a recording proxy on loopback.
Chromium itself calls a few Google services whatever it shows (a clock, sign-in), so the proxy
first records what the browser asks for with an empty page; the report must add no host to that.
The page's own scripts report what the browser laid out (marks with a size and a value, per chart)
and any load its Content-Security-Policy refused. Two control pages prove the checks can fail: the
same page with a remote image and no policy reaches the proxy; with the policy, the image is
refused (and counted) before any request.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.cli.main import main as cli_main
from bot.store.question_log import QuestionLog
from tests.support.harness import TEST_SALT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHARTS = ("per-day", "per-article", "per-surface", "per-language", "gap-groups")
REMOTE_IMAGE = '<img src="http://charts.example.invalid/pixel.png" alt="">'


def require_chromium() -> str:
    if CHROMIUM:
        return CHROMIUM
    message = "chromium is not installed: apt-get install chromium, as .ci/run does"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class RecordingProxy:
    """A loopback "proxy" that records the first line of every request sent to it and answers
    nothing useful: where the browser would have gone on the network."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port = self.server.getsockname()[1]
        self.requests: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    first = connection.recv(4096).split(b"\r\n", 1)[0]
                except OSError:
                    first = b"?"
                self.requests.append(first.decode("latin-1"))
                connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")

    def hosts(self) -> set[str]:
        """The hosts asked for: ``GET http://host/…`` and ``CONNECT host:443``."""
        found = set()
        for line in self.requests:
            target = line.split(" ")[1] if " " in line else line
            found.add(re.sub(r"^[a-z]+://", "", target).split("/")[0].split(":")[0])
        return found

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    recorder = RecordingProxy()
    yield recorder
    recorder.close()


@pytest.fixture(scope="module")
def browser_own_hosts(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """What Chromium asks the network for by itself, with an empty page."""
    folder = tmp_path_factory.mktemp("blank")
    blank = folder / "blank.html"
    blank.write_text("<!doctype html><title>blank</title>", encoding="utf-8")
    recorder = RecordingProxy()
    try:
        rendered(blank, recorder, folder)
        return recorder.hosts()
    finally:
        recorder.close()


def rendered(page: Path, proxy: RecordingProxy, tmp_path: Path) -> str:
    """The DOM of ``page`` after Chromium loaded it and its script ran."""
    chromium = require_chromium()
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}",
         # Every request to the network goes to the recorder, loopback included.
         f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>",
         "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def figure(dom: str, chart: str) -> str:
    found = re.search(rf'<figure data-chart="{chart}"[^>]*>', dom)
    assert found, f"no {chart} chart"
    return found[0]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A question log of a month, written the way the bot writes it, and its HTML report."""
    folder = tmp_path_factory.mktemp("report")
    database = folder / "questions.sqlite3"
    now = datetime.now(timezone.utc)
    moment = [now - timedelta(days=20)]
    log = QuestionLog(database, salt=TEST_SALT, store_text=True, clock=lambda: moment[0])
    asked = [("answer", "appeals", "appeals", "command", "en"),
             ("answer", "law-enforcement", "law-enforcement", "mention", "fr"),
             ("suggest", "minors", "minors", "dm", "ja"),
             ("none", None, "privacy-policy", "dm", None),
             ("none", None, None, "shortcut", "de"),
             ("crisis", "crisis-helpline", "crisis-helpline", "dm", "en")]
    for n in range(60):
        moment[0] += timedelta(hours=8)
        decision, article, nearest, surface, language = asked[n % len(asked)]
        question = log.record(surface=surface, decision=decision, article_id=article,
                              confidence=0.8 if article else None, user_id=f"U0PERSON{n % 9}",
                              text=f"private question marker {n}", candidate_id=nearest,
                              language=language)
        if decision == "answer" and n % 4 == 0:
            log.record_feedback(question, helpful=False)
    log.close()
    out = folder / "report.html"
    assert cli_main(["report", "--db", str(database), "--days", "30", "--html", str(out)]) == 0
    return out


def test_the_page_renders_every_chart_with_data_and_loads_nothing(
        page: Path, proxy: RecordingProxy, tmp_path: Path, browser_own_hosts: set[str]) -> None:
    dom = rendered(page, proxy, tmp_path)
    assert 'data-checked="1"' in dom, "the page's script did not run"
    assert 'data-blocked-loads="0"' in dom
    assert proxy.hosts() <= browser_own_hosts, proxy.requests
    drawn = {chart: int(re.search(r'data-drawn="(\d+)"', figure(dom, chart))[1])
             for chart in CHARTS}
    # per day: 20 days with questions, each with one or more decisions; every other chart has
    # one mark per row.
    assert drawn["per-day"] >= 20
    assert drawn["per-article"] == 4  # appeals, law-enforcement, minors, crisis-helpline
    assert drawn["per-surface"] == 4
    assert drawn["per-language"] == 5  # English, French, Japanese, German, not clear
    assert drawn["gap-groups"] >= 3
    for label in ("French", "Japanese", "not clear", "nearest: Privacy Policy", "no candidate"):
        assert label in dom
    assert "private question marker" not in page.read_text(encoding="utf-8")


def test_the_page_is_one_file_that_names_no_other_resource(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)\s*=""", text) == []
    assert "@import" not in text and "url(" not in text
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)[1]
    assert policy.startswith("default-src 'none';") and "'unsafe-inline'" not in policy
    assert len(text.encode()) < 100_000


def test_the_checks_would_see_a_page_that_reached_for_the_network(
        page: Path, proxy: RecordingProxy, tmp_path: Path, browser_own_hosts: set[str]) -> None:
    assert "charts.example.invalid" not in browser_own_hosts
    text = page.read_text(encoding="utf-8")
    # The page's policy refuses a remote image before any request is made, and counts it...
    guarded = tmp_path / "guarded.html"
    guarded.write_text(text.replace("<main>", f"<main>{REMOTE_IMAGE}", 1), encoding="utf-8")
    dom = rendered(guarded, proxy, tmp_path)
    assert 'data-blocked-loads="1"' in dom
    assert "charts.example.invalid" not in proxy.hosts()
    # ...and without the policy the same image reaches the recorder.
    bare = tmp_path / "bare.html"
    bare.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "",
                           text.replace("<main>", f"<main>{REMOTE_IMAGE}", 1)),
                    encoding="utf-8")
    rendered(bare, proxy, tmp_path)
    assert "charts.example.invalid" in proxy.hosts(), proxy.requests
