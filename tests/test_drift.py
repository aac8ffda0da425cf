"""``safeguards-bot drift``: the catalog against the Help Center's Safeguards collection page.

The Markdown fixture is a real rendering of the collection page, the one the catalog was built
from; the HTML page and the changed variants (an article added, removed, renamed, moved) are made
from it here. A URL is served from loopback: the tests never use the network.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.cli.main import main as cli_main

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "help-center-safeguards-collection.md"
LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\((https://support\.claude\.com/en/articles/[^)]+)\)")
NEW_ARTICLE = ("New Safeguards Article",
               "https://support.claude.com/en/articles/14000001-new-safeguards-article")


def real() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def as_html(markdown: str) -> str:
    """The page as the Help Center serves it: a header and a footer with links of their own (to
    other articles too), the collection's heading and count, then one card per article, whose
    link holds the title and, below it, who wrote it."""
    heading = markdown.index("\n# ")
    head, body = markdown[:heading], markdown[heading:]
    count = re.search(r"(\d+) articles", body)
    cards = "\n".join(
        f'<a href="{url}" class="flex" data-testid="article-link"><div class="card">'
        f'<div class="title"><span>{title.replace("&", "&amp;").replace(chr(39), "&#39;")}'
        '</span></div><div class="meta">Written by the Safeguards team<br>Updated this week'
        "</div></div></a>" for title, url in LINK.findall(body))
    nav = " ".join(f'<a href="{url}">{title}</a>' for title, url in LINK.findall(head))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Safeguards | Claude Help Center</title>
<link rel="canonical" href="https://support.claude.com/en/collections/1234-safeguards">
<script id="__NEXT_DATA__" type="application/json">
{{"links": ["https://support.claude.com/en/articles/99999-not-in-the-list"]}}</script>
</head><body><header><nav>{nav}</nav></header>
<main><section><h1 class="text-3xl">Safeguards</h1><p>{count[0] if count else ""}</p>
<div class="collection">{cards}</div></section></main>
<footer><a href="https://www.anthropic.com/aup">Usage Policy</a>
<a href="https://support.claude.com/en/articles/12138966-release-notes">Release Notes</a>
</footer></body></html>"""


def change_count(markdown: str, delta: int) -> str:
    return re.sub(r"(\d+) articles", lambda m: f"{int(m[1]) + delta} articles", markdown,
                  count=1)


def added(markdown: str) -> str:
    title, url = NEW_ARTICLE
    last = LINK.findall(markdown)[-1]
    anchor = f"[{last[0]}]({last[1]})"
    return change_count(markdown.replace(anchor, f"{anchor}[{title}]({url})", 1), 1)


def removed(markdown: str) -> str:
    link = next(m[0] for m in LINK.finditer(markdown) if m[1] == "Model Safety Bug Bounty Program")
    return change_count(markdown.replace(link, "", 1), -1)


def renamed(markdown: str) -> str:
    return markdown.replace("[Law Enforcement Requests]",
                            "[Law Enforcement and Government Requests]", 1)


def moved(markdown: str) -> str:
    return markdown.replace("11427875-public-vulnerability-reporting",
                            "11427875-reporting-vulnerabilities-in-our-products", 1)


def restyled(markdown: str) -> str:
    return markdown.replace("[Creating a new account after deletion]",
                            "[Creating a New Account After Deletion]", 1)


def drift(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str,
          name: str = "page.md") -> tuple[int, str, str]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    capsys.readouterr()
    status = cli_main(["drift", str(page), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_the_real_collection_page_is_in_sync_with_the_catalog(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str) -> None:
    text = real() if form == "markdown" else as_html(real())
    status, out, err = drift(tmp_path, capsys, text, name=f"page.{form}")
    assert (status, err) == (0, "")
    assert "Safeguards, 13 article(s)" in out
    assert out.strip().endswith("In sync: 13 articles, the same titles and URLs.")


@pytest.mark.parametrize("form", ["markdown", "html"])
@pytest.mark.parametrize(("variant", "expected"), [
    (added, "added    14000001  \"New Safeguards Article\"  " + NEW_ARTICLE[1]),
    (removed, "removed  bug-bounty  \"Model Safety Bug Bounty Program\"  (article 12119250 is "
              "no longer in the collection)"),
    (renamed, "renamed  law-enforcement  \"Law Enforcement Requests\" -> \"Law Enforcement and "
              "Government Requests\""),
    (moved, "moved    vulnerability-reporting  https://support.claude.com/en/articles/11427875-"
            "public-vulnerability-reporting -> https://support.claude.com/en/articles/11427875-"
            "reporting-vulnerabilities-in-our-products"),
])
def test_each_kind_of_drift_is_found_and_exits_1(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 form: str, variant: object,
                                                 expected: str) -> None:
    text = variant(real())  # type: ignore[operator]
    status, out, err = drift(tmp_path, capsys, text if form == "markdown" else as_html(text))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert expected in lines
    # Exactly that change: one line for it, the header, and the verdict.
    assert len(lines) == 3, out
    assert lines[-1].startswith("Drift: 1 ")


def test_a_title_differing_only_in_case_is_listed_but_is_no_drift(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = drift(tmp_path, capsys, restyled(real()))
    assert status == 0
    assert ("style    account-after-deletion  \"Creating a new account after deletion\" / "
            "\"Creating a New Account After Deletion\" (case or punctuation only: not drift)"
            in out.splitlines())


def test_json_lists_every_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = drift(tmp_path, capsys, added(removed(renamed(real()))), "--json")
    assert status == 1
    report = json.loads(out)
    assert report["in_sync"] is False
    assert (report["help_center_articles"], report["stated_count"]) == (13, 13)
    assert [c["help_center_title"] for c in report["added"]] == [NEW_ARTICLE[0]]
    assert [c["entry_id"] for c in report["removed"]] == ["bug-bounty"]
    assert [c["entry_id"] for c in report["renamed"]] == ["law-enforcement"]
    assert report["moved"] == []


def test_a_page_whose_count_disagrees_says_its_layout_may_have_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = drift(tmp_path, capsys, change_count(real(), 2))
    assert status == 0
    assert "note: the page says 15 articles but 13 were found: its layout may have changed" in out


@pytest.mark.parametrize(("text", "message"), [
    (None, "cannot read"),
    ("# Safeguards\nNothing here yet.\n", "no Help Center articles found"),
    (real().replace("/en/articles/", "/fr/articles/"), "the page is in fr"),
])
def test_a_source_that_cannot_be_used_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | None,
        message: str) -> None:
    if text is None:
        capsys.readouterr()
        status = cli_main(["drift", str(tmp_path / "missing.md")])
        out, err = capsys.readouterr()
    else:
        status, out, err = drift(tmp_path, capsys, text)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err, err


# -- a URL, served from loopback -----------------------------------------------------------------
@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, bytes]]]:
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()


def test_a_url_is_fetched_and_its_relative_links_resolved(
        served: tuple[str, dict[str, bytes]], capsys: pytest.CaptureFixture[str]) -> None:
    base, pages = served
    # Relative links, and no canonical link: they resolve against the URL fetched.
    page = as_html(moved(real())).replace('<link rel="canonical" href="https://support.claude.'
                                           'com/en/collections/1234-safeguards">', "")
    page = page.replace('href="https://support.claude.com/en/articles/', 'href="/en/articles/')
    pages["/en/collections/1234-safeguards"] = page.encode()
    capsys.readouterr()
    status = cli_main(["drift", f"{base}/en/collections/1234-safeguards", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert status == 1
    # Every article is now on the loopback host: all 13 moved, none added or removed.
    assert len(report["moved"]) == 13 and not report["added"] and not report["removed"]
    assert report["moved"][0]["help_center_url"].startswith(f"{base}/en/articles/")


def test_a_url_that_answers_404_or_not_at_all_is_one_line_and_exit_2(
        served: tuple[str, dict[str, bytes]], capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = served
    capsys.readouterr()
    assert cli_main(["drift", f"{base}/missing"]) == 2
    assert capsys.readouterr().err.strip() == (f"safeguards-bot drift: cannot fetch {base}/missing"
                                               ": HTTP 404 Not Found")
    # A port nobody listens on: what "offline" looks like, within the timeout.
    assert cli_main(["drift", "http://127.0.0.1:9/collection", "--timeout", "2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("safeguards-bot drift: cannot fetch http://127.0.0.1:9/collection: ")
    assert len(err.splitlines()) == 1
