"""Answers in the asker's language, over real HTTP: signed events and commands in, Web API calls to
the fake Slack out, the asker's Slack language from its ``users.info``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine.catalog import Catalog
from bot.engine.help_center import LOCALES, url_in
from bot.engine.matcher import Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app
from bot.slack.button_values import ButtonRef
from bot.slack.config import Settings
from bot.slack.delivery.owed import ANSWER, Extras, owed
from bot.slack.delivery.render import call_for
from bot.slack.manifest_ids import HELPFUL, REPLY_IN_THREAD, SHARE
from bot.store.database import Database
from bot.store.outbox import Outbox
from bot.store.settings_paths import sqlite_url
from bot.testing.fake_slack import RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import (
    AGENT,
    ASKER,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackSender,
    customer_message,
    direct_message,
    home_opened,
)
from bot.text import wording
from bot.text.words import Words
from tests.support.block_kit import buttons
from tests.support.delivery import FAST

# One question written in each of the Help Center's languages, all about an appeal.
QUESTIONS = {
    "en": "my account got banned, can I appeal?",
    "fr": "Mon compte a été suspendu, comment faire appel ?",
    "de": "Mein Konto wurde gesperrt, wie lege ich Einspruch ein?",
    "id": "Akun saya diblokir, bagaimana cara mengajukan banding?",
    "it": "Il mio account è stato sospeso, come faccio ricorso?",
    "ja": "アカウントが停止されました。異議申し立てはできますか？",
    "ko": "계정이 정지되었어요. 이의 신청은 어떻게 하나요?",
    "pt-BR": "Minha conta foi suspensa, como posso recorrer?",
    "ru": "Мой аккаунт заблокировали, как подать апелляцию?",
    "zh-CN": "我的账号被封了，怎么申诉？",
    "es": "Mi cuenta fue suspendida, ¿cómo puedo apelar?",
    "zh-TW": "我的帳號被停權了，要怎麼申訴？",
}
ESCALATIONS = "C0ESCALATE"


def dm_reply(slack: SlackSender, fake_slack: FakeSlack, text: str, *, count: int = 1) -> str:
    assert slack.event(direct_message(text)).status == 200
    return fake_slack.wait_for("chat.postMessage", count=count)[count - 1].dump()


@pytest.mark.parametrize("locale", LOCALES)
def test_a_question_in_each_language_is_answered_in_it_with_that_locale_s_link(
    locale: str, slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog
) -> None:
    shown = dm_reply(slack, fake_slack, QUESTIONS[locale])
    words = Words(locale)
    assert words(wording.ANSWER_LEAD) in shown
    assert f"<{url_in(catalog.get('appeals'), locale)}|" in shown
    assert words.summary(catalog.get("appeals")) in shown
    if locale != "en":
        assert wording.ANSWER_LEAD not in shown


def test_a_french_dm_gets_french_words_and_a_fr_link(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    shown = dm_reply(slack, fake_slack, QUESTIONS["fr"])
    assert "Cet article devrait vous aider" in shown
    assert "https://support.claude.com/fr/articles/8241253" in shown
    # The question said it all: nobody's Slack language was looked up.
    assert fake_slack.calls("users.info") == []


def test_an_english_question_from_a_japanese_user_is_answered_in_english(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[ASKER] = "ja-JP"
    shown = dm_reply(slack, fake_slack, QUESTIONS["en"])
    assert wording.ANSWER_LEAD in shown
    assert "/en/articles/8241253" in shown
    assert fake_slack.calls("users.info") == []


def test_a_one_word_question_from_a_japanese_user_is_answered_in_japanese_and_asked_once(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[ASKER] = "ja-JP"
    shown = dm_reply(slack, fake_slack, "appeal")
    assert Words("ja")(wording.ANSWER_LEAD) in shown or Words("ja")(wording.SUGGEST_LEAD) in shown
    assert "https://support.claude.com/ja/articles/" in shown
    [lookup] = fake_slack.calls("users.info")
    assert lookup.body["user"] == ASKER and lookup.body["include_locale"] in ("true", "1", True)
    # Cached: the next unclear question from the same person asks Slack nothing.
    dm_reply(slack, fake_slack, "banned", count=2)
    assert len(fake_slack.calls("users.info")) == 1


def test_app_home_renders_in_the_user_s_locale(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog
) -> None:
    fake_slack.locales[ASKER] = "fr-FR"
    assert slack.event(home_opened()).status == 200
    [published] = fake_slack.wait_for("views.publish")
    view = published.body["view"]
    words = Words("fr")
    assert view["blocks"][0]["text"]["text"] == words(wording.HOME_HEADER, app="Safeguards")
    assert words(wording.HOME_ARTICLES) in published.dump()
    assert all(words.topic(topic) in published.dump() for topic in catalog.topics)
    assert "https://support.claude.com/fr/articles/8241253" in published.dump()


def test_help_is_in_the_asker_s_slack_language_and_a_brazilian_one_links_pt(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[ASKER] = "pt-BR"
    assert slack.command("list", fake_slack.response_url()).status == 200
    [reply] = fake_slack.wait_for(RESPONSE_URL)
    assert Words("pt-BR")(wording.EVERY_ARTICLE) in reply.dump()
    assert "https://support.claude.com/pt/articles/8241253" in reply.dump()


def test_a_language_slack_cannot_say_is_the_workspace_s_and_the_answer_still_comes(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.fail("users.info", "missing_scope")
    shown = dm_reply(slack, fake_slack, "appeal")
    assert wording.ANSWER_LEAD in shown or wording.SUGGEST_LEAD in shown
    assert "/en/articles/" in shown


def test_buttons_keep_the_answer_s_language_shared_and_thanked(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    assert slack.command(QUESTIONS["de"], fake_slack.response_url()).status == 200
    [answer] = fake_slack.wait_for(RESPONSE_URL)
    share, helpful, _ = buttons(answer.body["blocks"])
    assert share["text"]["text"] == Words("de")(wording.SHARE_BUTTON)
    assert ButtonRef.decode(share["value"]).locale == "de"
    # The person who clicks may read Slack in English: the answer stays German.
    fake_slack.locales[ASKER] = "en-US"
    slack.click(SHARE, share["value"], fake_slack.response_url(), ephemeral=True)
    slack.click(HELPFUL, helpful["value"], fake_slack.response_url(), ephemeral=True)
    fake_slack.wait_for(RESPONSE_URL, count=4)
    later = " ".join(c.dump() for c in fake_slack.calls(RESPONSE_URL)[1:])
    assert "Dieser Artikel sollte helfen" in later
    assert Words("de")(wording.FEEDBACK_THANKS) in later
    assert "https://support.claude.com/de/articles/8241253" in later
    assert wording.ANSWER_LEAD not in later and wording.FEEDBACK_THANKS not in later


@pytest.fixture
def german_workspace(fake_slack: FakeSlack, matcher: Matcher) -> Iterator[SlackSender]:
    settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                        api_url=fake_slack.api_url, escalation_channel=ESCALATIONS,
                        delivery=FAST, default_locale="de")
    with HttpServer(build_app(settings, matcher)) as server:
        yield SlackSender(server.url)


def test_escalation_notices_stay_in_the_workspace_language(
    german_workspace: SlackSender, fake_slack: FakeSlack
) -> None:
    # A French crisis message: the person is answered in French, the specialists in German.
    german_workspace.event(direct_message("je veux en finir, je n'en peux plus"))
    fake_slack.wait_for("chat.postMessage", count=2)
    posts = fake_slack.calls("chat.postMessage")
    reply = next(p for p in posts if p.body["channel"] != ESCALATIONS)
    notice = next(p for p in posts if p.body["channel"] == ESCALATIONS)
    assert Words("fr")(wording.CRISIS_OPENING) == reply.body["blocks"][0]["text"]["text"]
    assert Words("de")(wording.ESCALATION_HEADLINE) in notice.dump()
    assert Words("fr")(wording.ESCALATION_HEADLINE) not in notice.dump()


def test_a_question_nobody_s_language_says_gets_the_workspace_s(
    german_workspace: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[ASKER] = "nl-NL"  # Dutch: no Help Center page in it
    german_workspace.event(direct_message("appeal"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert "https://support.claude.com/de/articles/" in post.dump()


def test_the_triage_modal_is_in_the_agent_s_language_and_posts_in_the_message_s(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    fake_slack.locales[AGENT] = "ja-JP"
    message = customer_message(QUESTIONS["en"])
    slack.shortcut(message, fake_slack.response_url())
    [opened] = fake_slack.wait_for("views.open")
    view = opened.response["view"]
    assert view["title"]["text"] == Words("ja")(wording.TRIAGE_TITLE, app="Safeguards")
    assert Words("ja")(wording.TRIAGE_LEAD) in opened.dump()
    reply = next(b for b in buttons(view["blocks"]) if b["action_id"] == REPLY_IN_THREAD)
    slack.click_in_view(REPLY_IN_THREAD, reply["value"], view)
    [post] = fake_slack.wait_for("chat.postMessage")
    assert wording.ANSWER_LEAD in post.dump() and "/en/articles/" in post.dump()
    [note] = fake_slack.wait_for("views.update")
    assert Words("ja")(wording.TRIAGE_POSTED) in note.dump()


def test_a_reply_taken_over_from_the_outbox_is_rendered_in_its_own_language(
    tmp_path: Path, catalog: Catalog
) -> None:
    """The locale travels in the row: another replica, or this one after a restart, renders the
    reply from the database in the language chosen when the question was asked."""
    database = Database(sqlite_url(str(tmp_path / "outbox.sqlite3")))
    try:
        writer, other = (Outbox(database, lease_seconds=1) for _ in range(2))
        now = time.time()
        row = owed(ANSWER, "dm", FAST, now, channel="D0DIRECT1", decision="answer",
                   entry_ids=("appeals",), confidences=(0.9,), locale="ko")
        assert writer.insert(row, now).wait(10)
        claimed = other.claim(10, now + 2)  # its lease ran out: a dead replica's row
        assert claimed.wait(10) and claimed.ok
        [taken] = claimed.result or []
        assert taken.locale == "ko"
        call = call_for(taken, catalog, Extras())
        assert call is not None
        assert Words("ko")(wording.ANSWER_LEAD) in call.args["text"]
        assert "https://support.claude.com/ko/articles/8241253" in call.args["text"]
    finally:
        database.close()
