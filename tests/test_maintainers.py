"""Maintainers close the loop from Slack: the gaps in their App Home, a click that records where a
group belongs, and ``safeguards-bot suggestions apply`` turning it into catalog phrases that pass
``check``. The real app over HTTP, a real database, the fake Slack; the CLI as a person runs it.
"""

from __future__ import annotations

import difflib
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.cli.main import main as cli_main
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app
from bot.slack.config import Settings
from bot.slack.manifest_ids import SUGGEST_ARTICLE, SUGGEST_OTHER_ARTICLE
from bot.store.database import Database
from bot.store.question_log import QuestionLog
from bot.store.settings_paths import sqlite_url
from bot.testing.fake_slack import FakeSlack
from bot.testing.home_requests import click_in_home
from bot.testing.slack_requests import (
    ASKER,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackSender,
    direct_message,
    home_opened,
)
from tests.support.catalogs import SOURCE
from tests.support.delivery import FAST
from tests.support.harness import TEST_SALT

MAINTAINER = "U0MAINT01"
TEAM = "S0SAFETEAM"
# Questions the catalog has no article for, which the matcher still finds something near.
DECLINED = ["does anthropic sell my prompts to advertisers",
            "is claude allowed to write malware for a pentest",
            "how do i report a fake claude app in the play store",
            "my grandmother wants to use claude for her tax return"]


def declined_question(matcher: Matcher) -> tuple[str, str]:
    """A question the bot declines, and the entry it found nearest."""
    for question in DECLINED:
        result = matcher.match(question)
        if result.decision is Decision.NONE and result.ranked:
            return question, result.ranked[0].entry.id
    raise AssertionError("none of DECLINED is declined with a candidate any more: update it")


@dataclass
class Running:
    server: HttpServer
    database: Database
    slack: SlackSender
    url: str


@pytest.fixture
def start(fake_slack: FakeSlack, matcher: Matcher,
          tmp_path: Path) -> Iterator[Callable[..., Running]]:
    opened: list[tuple[HttpServer, QuestionLog, Database]] = []

    def run(*, maintainers: tuple[str, ...] = (MAINTAINER,), store_text: bool = True) -> Running:
        url = sqlite_url(tmp_path / "bot.sqlite3")
        settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                            api_url=fake_slack.api_url, delivery=FAST, maintainers=maintainers,
                            store_text=store_text)
        database = Database(url)
        log = QuestionLog(database, salt=TEST_SALT, store_text=store_text)
        server = HttpServer(build_app(settings, matcher, question_log=log,
                                      database=database)).start()
        opened.append((server, log, database))
        return Running(server, database, SlackSender(server.url), url)

    yield run
    for server, log, database in opened:
        server.close()
        log.close()
        database.close()


def ask(running: Running, fake_slack: FakeSlack, question: str, count: int) -> None:
    assert running.slack.event(direct_message(question)).status == 200
    fake_slack.wait_for("chat.postMessage", count=count)


def home(running: Running, fake_slack: FakeSlack, user: str, count: int) -> dict[str, Any]:
    """Open the Home tab as ``user``; the ``count``-th view published."""
    assert running.slack.event(home_opened(user=user)).status == 200
    published = fake_slack.wait_for("views.publish", count=count)[count - 1]
    assert published.ok, published.response
    assert published.body["user_id"] == user
    return dict(published.response["view"])


def dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def elements(view: dict[str, Any], action_id: str) -> list[dict[str, Any]]:
    found = []
    for block in view["blocks"]:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("action_id") == action_id:
                found.append(element)
    return found


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = cli_main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_maintainers_click_becomes_catalog_phrases_that_pass_check(
        start: Callable[..., Running], fake_slack: FakeSlack, matcher: Matcher, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    question, nearest = declined_question(matcher)
    running = start()
    ask(running, fake_slack, question, 1)
    ask(running, fake_slack, question.upper() + "?", 2)  # the same question, typed differently

    view = home(running, fake_slack, MAINTAINER, 1)
    shown = dump(view["blocks"])
    assert "Gaps: the last 30 days" in shown
    assert f"*2 questions* nearest *{matcher.catalog.get(nearest).title}*" in shown
    assert f"“{question}” ×2" in shown  # text is kept in this workspace: shown, once
    [belongs] = elements(view, SUGGEST_ARTICLE)
    assert belongs["value"].startswith(f"{nearest} {nearest} ")
    # The maintainer knows better than the matcher: another article, from the group's menu.
    [menu] = elements(view, SUGGEST_OTHER_ARTICLE)
    target = "privacy-policy" if nearest != "privacy-policy" else "usage-policy"
    [option] = [o for o in menu["options"] if o["value"].startswith(f"{target} ")]
    assert click_in_home(running.server.url, SUGGEST_OTHER_ARTICLE, user_id=MAINTAINER,
                         view=view, selected=option["value"]).status == 200

    # The Home is published again, marking the group.
    again = fake_slack.wait_for("views.publish", count=2)[1]
    assert "✓ suggestion #1: belongs to" in dump(again.body["view"])

    status, out, _ = cli(capsys, "suggestions", "--db", running.url)
    assert status == 0
    assert "#1  open" in out
    assert (f"{target}  (group: nearest {nearest}; 2 question(s), 2 with text)  by "
            f"{MAINTAINER}") in out
    catalog = tmp_path / "catalog.yaml"
    shutil.copy(SOURCE, catalog)
    before = catalog.read_text(encoding="utf-8")

    status, out, err = cli(capsys, "suggestions", "apply", "--db", running.url,
                           "--catalog", str(catalog))
    assert (status, err) == (0, ""), err
    after = catalog.read_text(encoding="utf-8")
    # Only lines added, every comment and line of the file kept as it was.
    changed = [line for line in difflib.ndiff(before.splitlines(), after.splitlines())
               if line[:1] in "+-"]
    assert changed and all(line.startswith("+ ") for line in changed), changed
    assert "check passed" in out
    edited = load_catalog(catalog)  # what `safeguards-bot check` runs
    added = set(edited.get(target).phrases) - set(load_catalog(SOURCE).get(target).phrases)
    assert len(added) == 1
    assert Matcher(edited).match(question).lead_id == target
    assert f"its questions now lead with {target}: 2 of 2" in out
    assert cli(capsys, "check", str(catalog))[0] == 0

    # Applied once: listed as such, and not applied again.
    assert "#1  applied" in cli(capsys, "suggestions", "--all", "--db", running.url)[1]
    status, _, err = cli(capsys, "suggestions", "apply", "1", "--db", running.url,
                         "--catalog", str(catalog))
    assert status == 2 and "applied already" in err
    assert catalog.read_text(encoding="utf-8") == after


def test_the_button_records_the_nearest_article_and_nobody_else_can(
        start: Callable[..., Running], fake_slack: FakeSlack, matcher: Matcher,
        capsys: pytest.CaptureFixture[str]) -> None:
    question, nearest = declined_question(matcher)
    running = start(store_text=False)
    ask(running, fake_slack, question, 1)
    # Someone who is no maintainer sees the usual Home, and a click of theirs records nothing.
    theirs = home(running, fake_slack, ASKER, 1)
    assert "Gaps:" not in dump(theirs)
    assert not elements(theirs, SUGGEST_ARTICLE)
    view = home(running, fake_slack, MAINTAINER, 2)
    assert question not in dump(view)  # text is not kept here: counts only
    assert "only counts are shown" in dump(view)
    [belongs] = elements(view, SUGGEST_ARTICLE)
    assert click_in_home(running.server.url, SUGGEST_ARTICLE, user_id=ASKER, view=view,
                         value=belongs["value"]).status == 200
    assert click_in_home(running.server.url, SUGGEST_ARTICLE, user_id=MAINTAINER, view=view,
                         value=belongs["value"]).status == 200
    fake_slack.wait_for("views.publish", count=3)
    status, out, _ = cli(capsys, "suggestions", "--json", "--db", running.url)
    assert status == 0
    [suggestion] = json.loads(out)
    assert (suggestion["article_id"], suggestion["candidate_id"], suggestion["suggested_by"],
            suggestion["questions"], suggestion["with_text"]) == (nearest, nearest, MAINTAINER,
                                                                  1, 0)
    # Nothing to apply without text: said so, and the catalog is not touched.
    assert suggestion["phrases"] == [] and "without kept text" in suggestion["skipped"][0]


def test_a_user_group_is_asked_once_for_its_members(
        start: Callable[..., Running], fake_slack: FakeSlack) -> None:
    fake_slack.usergroups[TEAM] = [MAINTAINER]
    running = start(maintainers=(TEAM,))
    assert "Gaps:" in dump(home(running, fake_slack, MAINTAINER, 1))
    assert "Gaps:" not in dump(home(running, fake_slack, ASKER, 2))
    assert "Gaps:" in dump(home(running, fake_slack, MAINTAINER, 3))
    calls = fake_slack.calls("usergroups.users.list")
    assert [c.body.get("usergroup") for c in calls] == [TEAM]  # then from the cache


def test_apply_leaves_the_file_untouched_when_check_would_fail(
        start: Callable[..., Running], fake_slack: FakeSlack, matcher: Matcher, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    catalog = tmp_path / "catalog.yaml"
    shutil.copy(SOURCE, catalog)
    source = load_catalog(catalog)
    # A question that is word for word a phrase of one article, suggested for another one.
    owner = next(e for e in source.articles if e.phrases and e.id != "crisis-helpline")
    other = next(e for e in source.articles if e.id not in (owner.id, "crisis-helpline"))
    running = start()
    log = QuestionLog(running.database, salt=TEST_SALT, store_text=True)
    log.record(surface="dm", decision="none", text=owner.phrases[0], candidate_id=owner.id)
    assert log.flush()
    view = home(running, fake_slack, MAINTAINER, 1)
    [menu] = [m for m in elements(view, SUGGEST_OTHER_ARTICLE)
              if any(o["value"].startswith(f"{other.id} {owner.id} ") for o in m["options"])]
    [option] = [o for o in menu["options"] if o["value"].startswith(f"{other.id} ")]
    assert click_in_home(running.server.url, SUGGEST_OTHER_ARTICLE, user_id=MAINTAINER,
                         view=view, selected=option["value"]).status == 200
    fake_slack.wait_for("views.publish", count=2)
    before = catalog.read_bytes()
    status, _, err = cli(capsys, "suggestions", "apply", "--db", running.url, "--catalog",
                         str(catalog))
    assert status == 1
    assert "would not pass check, so it is unchanged" in err
    assert f"is also given to '{owner.id}'" in err
    assert catalog.read_bytes() == before
    log.close()
