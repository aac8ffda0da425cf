"""Escalation routing over real HTTP: a notice in the escalation channel with the topic, the surface
and a permalink from chat.getPermalink; never the message text; never in the way of the answer."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest

from bot.engine.catalog import Catalog
from bot.engine.matcher import Decision, Matcher
from bot.slack.button_values import ButtonRef
from bot.slack.manifest_ids import PICK, REPLY_IN_THREAD
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, TEAM_DOMAIN, TEAM_ID, Call, FakeSlack
from bot.testing.slack_requests import (
    ASKER,
    CHANNEL,
    DM_CHANNEL,
    customer_message,
    direct_message,
    mention,
)
from tests.support.block_kit import reply_buttons
from tests.support.harness import ESCALATIONS, Bot, run_shortcut

BOT = f"<@{BOT_USER_ID}>"
# Stands for what a person wrote: it must reach no notice and no log line.
MARKER = "WOMBAT-4410"
LAW_ENFORCEMENT = f"police asked us for user data {MARKER}"
VULNERABILITY = f"where do I report a security vulnerability {MARKER}"


def notices(fake_slack: FakeSlack) -> list[Call]:
    return [c for c in fake_slack.calls("chat.postMessage") if c.body["channel"] == ESCALATIONS]


def permalink(channel: str, ts: str) -> str:
    return f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts.replace('.', '')}"


@pytest.fixture
def escalating(matcher: Matcher) -> None:
    """The questions above really are answered with escalating articles."""
    for question, article in ((LAW_ENFORCEMENT, "law-enforcement"),
                              (VULNERABILITY, "vulnerability-reporting")):
        result = matcher.match(question)
        assert result.decision is Decision.ANSWER and result.matches[0].entry.id == article
        assert result.matches[0].entry.escalate


@pytest.mark.usefixtures("escalating")
def test_a_mention_about_an_escalating_topic_notifies_with_a_permalink_and_no_text(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)
    event = mention(f"{BOT} {LAW_ENFORCEMENT}")

    bot.slack.event(event)

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    [answer] = [c for c in fake_slack.calls("chat.postMessage") if c.body["channel"] == CHANNEL]
    assert answer.body["thread_ts"] == event["ts"]  # the person's answer, where it belongs
    [asked] = fake_slack.calls("chat.getPermalink")
    assert (asked.body["channel"], asked.body["message_ts"]) == (CHANNEL, event["ts"])
    [notice] = notices(fake_slack)
    entry = catalog.get("law-enforcement")
    assert entry.title in notice.body["text"]
    assert f"<{permalink(CHANNEL, event['ts'])}|Open the message>" in notice.dump()
    assert f"<#{CHANNEL}>" in notice.dump()
    assert "a mention" in notice.dump()
    assert MARKER not in notice.dump() and "police" not in notice.dump()
    assert "thread_ts" not in notice.body  # a notice of its own in the escalation channel


@pytest.mark.usefixtures("escalating")
def test_a_slash_command_has_no_message_to_link_and_says_so(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)

    bot.slack.command(VULNERABILITY, fake_slack.response_url())

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    [notice] = notices(fake_slack)
    dumped = notice.dump()
    assert f"via `/safeguards` in <#{CHANNEL}>" in dumped
    assert "no message to link" in dumped
    # What a specialist can act on: who asked, and one click to a DM with them.
    assert f"Asked by <@{ASKER}>" in dumped
    assert f"<slack://user?team={TEAM_ID}&id={ASKER}|" in dumped
    assert MARKER not in dumped
    assert fake_slack.calls("chat.getPermalink") == []
    assert fake_slack.wait_for(RESPONSE_URL)[0].ok  # the private answer went out too


def test_a_crisis_direct_message_is_escalated_with_the_asker_not_a_link_to_the_dm(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog, questions: dict,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)
    event = direct_message(questions[Decision.CRISIS])

    bot.slack.event(event)

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    [notice] = notices(fake_slack)
    assert catalog.crisis.title in notice.body["text"]
    # The DM opens for nobody but the asker: no permalink to it, the asker and a DM link instead.
    assert fake_slack.calls("chat.getPermalink") == []
    assert permalink(DM_CHANNEL, event["ts"]) not in notice.dump()
    assert f"<#{DM_CHANNEL}>" not in notice.dump()
    assert f"Asked by <@{event['user']}>" in notice.dump()
    assert f"<slack://user?team={TEAM_ID}&id={event['user']}|" in notice.dump()
    assert questions[Decision.CRISIS] not in notice.dump()


def test_a_triage_pick_of_an_escalating_article_links_the_original_message(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)
    message = customer_message(f"found child sexual abuse material, how do you detect csam "
                               f"{MARKER}")
    opened, _ = run_shortcut(bot, fake_slack, message)
    view = opened.response["view"]
    assert "csam" in reply_buttons(view)

    bot.slack.click_in_view(REPLY_IN_THREAD, "csam", view)

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    [notice] = notices(fake_slack)
    assert catalog.get("csam").title in notice.body["text"]
    assert permalink(CHANNEL, message["ts"]) in notice.dump()
    assert "Find Safeguards article" in notice.dump()
    assert MARKER not in notice.dump()


def test_a_picked_suggestion_that_escalates_is_escalated(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)
    value = ButtonRef("law-enforcement", "a" * 32, ("privacy-policy",)).encode()

    bot.slack.click(PICK, value, fake_slack.response_url(), ephemeral=True)

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    dumped = notices(fake_slack)[0].dump()
    assert "a suggestion the person picked" in dumped
    assert "no message to link: the answer was private" in dumped


def test_nothing_is_posted_for_other_topics_or_without_a_channel(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, questions: dict,
) -> None:
    configured = make_bot(escalation_channel=ESCALATIONS)
    configured.slack.event(mention(f"{BOT} {questions[Decision.ANSWER]}"))
    configured.slack.event(mention(f"{BOT} {questions[Decision.SUGGEST]}"))
    unset = make_bot()  # no SAFEGUARDS_ESCALATION_CHANNEL
    unset.slack.event(mention(f"{BOT} {questions[Decision.CRISIS]}"))

    fake_slack.wait_for("chat.postMessage", count=3)
    configured.drain()
    unset.drain()
    assert notices(fake_slack) == []
    assert fake_slack.calls("chat.getPermalink") == []


@pytest.mark.usefixtures("escalating")
@pytest.mark.parametrize("failing", ["chat.postMessage", "chat.getPermalink"])
def test_a_failing_notice_never_touches_the_answer_and_is_logged(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture,
    failing: str,
) -> None:
    caplog.set_level(logging.INFO)
    # The bot is not in the escalation channel (or the message is gone): Slack says so.
    error = "not_in_channel" if failing == "chat.postMessage" else "message_not_found"
    fake_slack.fail(failing, error, channel=ESCALATIONS if failing == "chat.postMessage" else None)
    bot = make_bot(escalation_channel=ESCALATIONS)
    event = mention(f"{BOT} {LAW_ENFORCEMENT}")

    bot.slack.event(event)

    fake_slack.wait_until(lambda: len(notices(fake_slack)) == 1)
    bot.drain()
    [answer] = [c for c in fake_slack.calls("chat.postMessage") if c.body["channel"] == CHANNEL]
    assert answer.ok and answer.body["thread_ts"] == event["ts"]
    assert f"{failing} error={error}" in caplog.text
    assert MARKER not in caplog.text
    if failing == "chat.getPermalink":  # the notice still goes, without the link
        [notice] = notices(fake_slack)
        assert notice.ok and "No link" in notice.dump()
        assert "archives" not in json.dumps(notice.body["blocks"])
