"""Mentions, DMs and App Home over real HTTP: signed JSON events in, Web API calls out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.catalog import Catalog
from bot.engine.matcher import Decision, Matcher
from bot.server.http_server import HttpServer
from bot.slack.manifest_ids import PICK
from bot.testing.fake_slack import BOT_ID, BOT_USER_ID, FakeSlack
from bot.testing.slack_requests import (
    ASKER,
    CHANNEL,
    DM_CHANNEL,
    JSON,
    SlackSender,
    direct_message,
    home_opened,
    mention,
    next_ts,
    post,
    url_verification,
)
from bot.text import wording

BOT = f"<@{BOT_USER_ID}>"


def test_a_mention_is_answered_in_its_thread_without_the_bot_name(
    slack: SlackSender, fake_slack: FakeSlack, matcher: Matcher, questions: dict
) -> None:
    question = questions[Decision.ANSWER]
    expected = matcher.match(question).matches[0].entry
    event = mention(f"{BOT} {question}")

    acked = slack.event(event)

    assert acked.status == 200
    [post_] = fake_slack.wait_for("chat.postMessage")
    assert post_.ok
    assert post_.body["channel"] == CHANNEL
    assert post_.body["thread_ts"] == event["ts"]  # a new thread under the mention
    assert f"<{expected.url}|" in str(post_.body["blocks"])
    assert expected.url in post_.body["text"]
    assert post_.headers["authorization"] == "Bearer xoxb-1111-2222-fakebottoken"
    # Public already: no "Share" button, and no echo of the question.
    assert "share_answer" not in post_.dump()
    assert "You asked" not in post_.dump()


def test_a_mention_inside_a_thread_is_answered_in_that_thread(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    parent = next_ts()
    slack.event(mention(f"{BOT} how do I appeal a suspended account?", thread_ts=parent))

    [post_] = fake_slack.wait_for("chat.postMessage")
    assert post_.body["thread_ts"] == parent


def test_a_bare_mention_explains_how_to_ask(slack: SlackSender, fake_slack: FakeSlack,
                                           catalog: Catalog) -> None:
    event = mention(BOT)
    slack.event(event)

    [post_] = fake_slack.wait_for("chat.postMessage")
    assert post_.body["thread_ts"] == event["ts"]
    assert wording.EMPTY_TEXT.replace('"', "") in post_.body["text"].replace('"', "")
    assert all(topic.name in post_.dump() for topic in catalog.topics)


def test_a_crisis_mention_gets_warm_words_and_the_helpline_in_the_thread(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog, questions: dict
) -> None:
    event = mention(f"{BOT} {questions[Decision.CRISIS]}")
    slack.event(event)

    [post_] = fake_slack.wait_for("chat.postMessage")
    assert post_.body["channel"] == CHANNEL
    assert post_.body["thread_ts"] == event["ts"]
    blocks = post_.body["blocks"]
    assert blocks[0]["text"]["text"] == wording.CRISIS_OPENING
    assert f"<{catalog.crisis.url}|" in str(blocks)


def test_a_mention_never_echoes_pings_or_disguised_links(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    slack.event(mention(f"{BOT} <!channel> <!subteam^S0TEAM|@safety> <@U0OTHER> "
                        "<https://evil.example|https://support.claude.com> account suspended"))

    [post_] = fake_slack.wait_for("chat.postMessage")
    dumped = post_.dump()
    for markup in ("<!channel>", "<!subteam", "<@U0OTHER>", "evil.example", "<@"):
        assert markup not in dumped, markup


def test_a_suggestion_picked_in_a_thread_replaces_the_suggestions_for_everyone(
    slack: SlackSender, fake_slack: FakeSlack, matcher: Matcher, questions: dict
) -> None:
    question = questions[Decision.SUGGEST]
    slack.event(mention(f"{BOT} {question}"))
    [suggestions] = fake_slack.wait_for("chat.postMessage")
    chosen = matcher.match(question).matches[0].entry
    click_url = fake_slack.response_url()

    slack.click(PICK, chosen.id, click_url, ephemeral=False, message=suggestions.response[
        "message"], message_ts=suggestions.response["ts"])

    [replaced] = fake_slack.wait_for("response_url")
    assert click_url.endswith(replaced.path)
    assert replaced.body["replace_original"] is True
    assert f"<{chosen.url}|" in str(replaced.body["blocks"])
    assert "share_answer" not in replaced.dump()  # it is already in the channel


def test_a_direct_message_is_answered_in_the_dm(
    slack: SlackSender, fake_slack: FakeSlack, matcher: Matcher, questions: dict
) -> None:
    question = questions[Decision.ANSWER]
    expected = matcher.match(question).matches[0].entry

    assert slack.event(direct_message(question)).status == 200

    [post_] = fake_slack.wait_for("chat.postMessage")
    assert post_.body["channel"] == DM_CHANNEL
    assert "thread_ts" not in post_.body  # a DM is a conversation, not a thread
    assert f"<{expected.url}|" in str(post_.body["blocks"])


def test_a_direct_message_in_a_thread_is_answered_in_that_thread(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    parent = next_ts()
    slack.event(direct_message("where do I report a vulnerability?", thread_ts=parent))

    [post_] = fake_slack.wait_for("chat.postMessage")
    assert (post_.body["channel"], post_.body["thread_ts"]) == (DM_CHANNEL, parent)


@pytest.mark.parametrize("event", [
    direct_message("my account was suspended", subtype="bot_message", bot_id="B0OTHER"),
    direct_message("my account was suspended", bot_id="B0OTHER"),  # a bot posting as a user
    direct_message("my account was suspended", user=BOT_USER_ID, bot_id=BOT_ID),  # ourselves
    direct_message("", subtype="message_changed",
                   message={"type": "message", "user": ASKER, "text": "account suspended"}),
    direct_message("", subtype="message_deleted", deleted_ts="1700000000.000100"),
    direct_message("joined", subtype="channel_join"),
    direct_message("account suspended", subtype="file_share"),
    direct_message("account suspended", channel=CHANNEL, channel_type="channel"),
    mention(f"{BOT} account suspended", bot_id="B0OTHER"),
], ids=["bot_message", "bot_id", "own_message", "edit", "delete", "join", "file_share",
        "channel_message", "mention_by_a_bot"])
def test_messages_that_are_not_questions_from_people_are_acknowledged_and_ignored(
    slack: SlackSender, fake_slack: FakeSlack, drain: Callable[[], None], event: dict
) -> None:
    acked = slack.event(event)

    assert acked.status == 200  # acknowledged, so Slack does not retry it
    drain()
    assert fake_slack.replies() == []


def test_app_home_shows_the_catalog_by_topic(slack: SlackSender, fake_slack: FakeSlack,
                                             catalog: Catalog) -> None:
    assert slack.event(home_opened(ASKER)).status == 200

    [publish] = fake_slack.wait_for("views.publish")
    assert publish.ok, publish.response
    assert publish.body["user_id"] == ASKER
    view = publish.body["view"]
    assert view["type"] == "home"
    shown = str(view["blocks"])
    assert "/safeguards" in shown
    for topic, entries in catalog.by_topic():
        assert topic.name in shown
        for entry in entries:
            assert f"<{entry.url}|" in shown, entry.id


def test_opening_the_messages_tab_publishes_nothing(
    slack: SlackSender, fake_slack: FakeSlack, drain: Callable[[], None]
) -> None:
    assert slack.event(home_opened(ASKER, tab="messages")).status == 200
    drain()
    assert fake_slack.replies() == []


def test_the_url_verification_challenge_is_answered(bot_server: HttpServer,
                                                    fake_slack: FakeSlack) -> None:
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"

    answered = post(bot_server.url, url_verification(challenge), JSON)

    assert answered.status == 200
    assert answered.json() == {"challenge": challenge}
    assert fake_slack.calls() == []
