"""Listeners as plain functions: each called directly with Bolt's own argument objects.

The fast layer beside the end-to-end HTTP tests: no inbound HTTP and no Bolt routing, but a real
``Ack``, the real delivery (in memory: no database) posting to the fake Slack's response_url and
Web API on loopback, and the dependencies in a real ``BoltContext``, exactly as ``build_app``'s
middleware puts them there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot.engine.matcher import Decision, Matcher
from bot.slack.answers import Answers
from bot.slack.delivery.service import Delivery
from bot.slack.escalation import Escalation
from bot.slack.listeners import actions, commands, events, fallback
from bot.slack.listeners.deps import Deps
from bot.slack.manifest_ids import PICK
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from tests.support.delivery import FAST

ASKER = "U0ASKER01"
CHANNEL = "C0GENERAL1"


@pytest.fixture
def client(fake_slack: FakeSlack) -> WebClient:
    return WebClient(token="xoxb-test", base_url=fake_slack.api_url, retry_handlers=[])


@pytest.fixture
def deps(matcher: Matcher, client: WebClient) -> Iterator[Deps]:
    delivery = Delivery(client=client, catalog=lambda: matcher.catalog,
                        escalation=Escalation(None), timings=FAST).start()
    yield Deps(Answers(matcher), delivery)
    delivery.drain(grace=5.0)


def context_with(deps: Deps) -> BoltContext:
    return deps.put_in(BoltContext({"bot_user_id": BOT_USER_ID}))


def sent(deps: Deps, fake_slack: FakeSlack) -> list[Any]:
    """Every call the listener's replies made, once the delivery has finished them."""
    assert deps.delivery.drain(grace=5.0)
    return fake_slack.replies()


def test_the_command_acks_first_then_answers_privately_through_the_response_url(
    deps: Deps, client: WebClient, fake_slack: FakeSlack, questions: dict[Decision, str],
    matcher: Matcher,
) -> None:
    ack = Ack()
    question = questions[Decision.ANSWER]
    commands.safeguards(ack=ack, command={"text": question, "user_id": ASKER,
                                          "channel_id": CHANNEL,
                                          "response_url": fake_slack.response_url()},
                        client=client, context=context_with(deps))
    assert ack.response is not None and ack.response.status == 200
    [reply] = sent(deps, fake_slack)
    assert reply.method == RESPONSE_URL
    assert reply.body["response_type"] == "ephemeral"
    assert matcher.match(question).matches[0].entry.url in reply.dump()


def test_the_command_with_no_question_explains_how_to_ask(
    deps: Deps, client: WebClient, fake_slack: FakeSlack
) -> None:
    ack = Ack()
    commands.safeguards(ack=ack, command={"text": "  ", "user_id": ASKER,
                                          "response_url": fake_slack.response_url()},
                        client=client, context=context_with(deps))
    [reply] = sent(deps, fake_slack)
    assert "How to ask" in reply.dump()


def test_a_mention_is_answered_in_its_thread_and_a_mention_in_a_dm_is_left_to_message_im(
    deps: Deps, client: WebClient, fake_slack: FakeSlack, questions: dict[Decision, str]
) -> None:
    context = context_with(deps)
    text = f"<@{BOT_USER_ID}> {questions[Decision.ANSWER]}"
    events.mention(event={"channel": CHANNEL, "ts": "1700000000.000100", "text": text,
                          "user": ASKER}, client=client, context=context)
    events.mention(event={"channel": "D0DIRECT01", "ts": "1700000000.000200", "text": text,
                          "user": ASKER}, client=client, context=context)
    [post] = sent(deps, fake_slack)
    assert post.method == "chat.postMessage"
    assert (post.body["channel"], post.body["thread_ts"]) == (CHANNEL, "1700000000.000100")


def test_messages_from_bots_and_edits_are_not_answered(
    deps: Deps, client: WebClient, fake_slack: FakeSlack
) -> None:
    context = context_with(deps)
    for event in ({"channel_type": "im", "bot_id": "B0OTHER", "text": "banned?"},
                  {"channel_type": "im", "subtype": "message_changed", "text": "banned?"},
                  {"channel_type": "channel", "text": "banned?"}):
        events.direct_message(event={"channel": "D0DIRECT01", "ts": "1.2", **event},
                              client=client, context=context)
    assert sent(deps, fake_slack) == []


def test_a_button_naming_an_entry_that_is_gone_offers_the_support_page(
    deps: Deps, client: WebClient, fake_slack: FakeSlack
) -> None:
    ack = Ack()
    actions.pick(ack=ack, body={"container": {"is_ephemeral": True},
                                "response_url": fake_slack.response_url()},
                 action={"action_id": PICK, "value": "no-such-article"},
                 context=context_with(deps))
    assert ack.response is not None
    [reply] = sent(deps, fake_slack)
    assert reply.body["replace_original"] is True
    assert deps.answers.catalog.fallback.url in reply.dump()


def test_a_listener_that_fails_still_acknowledges_and_logs_one_line_without_the_text(
    client: WebClient, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    ack = Ack()
    caplog.set_level(logging.ERROR, logger="bot.slack.listeners")
    # No Deps in the context: the listener raises after ack(); the guard keeps Slack's 200.
    commands.safeguards(ack=ack, command={"text": "my secret question",
                                          "response_url": fake_slack.response_url()},
                        client=client, context=BoltContext({}))
    assert ack.response is not None and ack.response.status == 200
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "LookupError" in lines[0]
    assert "secret" not in lines[0]


def test_the_fallback_acknowledges_what_no_surface_handles() -> None:
    ack = Ack()
    fallback.other_action(ack=ack, action={"action_id": "retired_button"})
    assert ack.response is not None and ack.response.status == 200
