"""The "Find Safeguards article" message shortcut over real HTTP: a signed message_action in, a
private modal out (views.open), then "Reply in thread" posting in the right thread, for everyone."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable

import pytest

from bot.engine.catalog import Catalog
from bot.engine.matcher import Decision, Matcher
from bot.slack.button_values import ButtonRef, TriageContext
from bot.slack.manifest_ids import HELPFUL, REPLY_IN_THREAD
from bot.slack.render.triage import triage_reply, triage_view
from bot.store.question_log import QuestionLog
from bot.testing.fake_slack import Call, FakeSlack
from bot.testing.slack_requests import (
    AGENT,
    CHANNEL,
    CUSTOMER,
    customer_message,
    next_ts,
)
from bot.text import wording
from tests.support.block_kit import buttons, reply_buttons
from tests.support.harness import TEST_SALT, Bot, run_shortcut

# Words no reply, modal, metadata or log line may repeat: they stand for what a customer wrote.
MARKER = "QUOKKA-7731"


def shown(call: Call) -> str:
    return call.dump()


def test_the_shortcut_opens_a_private_modal_with_the_top_three_articles(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, matcher: Matcher,
    question_log: QuestionLog, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    text = f"my account was suspended, can I appeal? also my order {MARKER} is gone"
    ranked = matcher.match(text).ranked
    assert len(ranked) >= 3
    bot = make_bot(question_log=question_log)
    message = customer_message(text)

    opened, trigger_id = run_shortcut(bot, fake_slack, message)

    assert opened.body["trigger_id"] == trigger_id
    view = opened.body["view"]
    assert view["type"] == "modal"
    assert reply_buttons(view) == [m.entry.id for m in ranked[:3]]
    for match in ranked[:3]:
        assert f"<{match.entry.url}|" in json.dumps(view)
        assert f"({round(match.confidence * 100)}%)" in json.dumps(view)
    # Only ids travel with the modal; the customer's words stay where they were written.
    origin = TriageContext.from_metadata(view["private_metadata"])
    assert origin is not None
    assert (origin.channel, origin.message_ts, origin.thread_ts) == (CHANNEL, message["ts"], None)
    assert MARKER not in opened.dump()
    # Private: nothing was posted anywhere.
    assert fake_slack.calls("chat.postMessage") == fake_slack.calls("chat.postEphemeral") == []
    [row] = bot.rows()
    assert (row["surface"], row["decision"], row["text"]) == ("shortcut", "answer", None)
    assert row["id"] == origin.question_id
    # The agent who used the bot is counted, as a keyed hash, never as an id.
    assert row["user_hash"] == hmac.new(TEST_SALT.encode(), AGENT.encode(),
                                        hashlib.sha256).hexdigest()
    bot.drain()
    assert "question surface=shortcut decision=answer" in caplog.text
    assert MARKER not in caplog.text


@pytest.mark.parametrize("in_thread", [False, True], ids=["top-level", "in-a-thread"])
def test_reply_in_thread_posts_the_article_under_the_message_for_everyone(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog,
    question_log: QuestionLog, in_thread: bool, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    bot = make_bot(question_log=question_log)
    parent = next_ts()
    message = customer_message(f"my account was suspended, can I appeal? {MARKER}",
                               thread_ts=parent if in_thread else None)
    opened, _ = run_shortcut(bot, fake_slack, message)
    view = opened.response["view"]  # as Slack shows it, and sends it back with a click
    first, second, *_ = reply_buttons(view)
    chosen = catalog.get(second)

    acked = bot.slack.click_in_view(REPLY_IN_THREAD, chosen.id, view)

    assert (acked.status, acked.body) == (200, "")
    [posted] = fake_slack.wait_for("chat.postMessage")
    assert posted.ok, posted.response
    assert posted.body["channel"] == CHANNEL
    # Under the message itself, or in the thread it was written in: never the channel.
    assert posted.body["thread_ts"] == (parent if in_thread else message["ts"])
    assert f"<{chosen.url}|" in shown(posted)
    assert f"Shared by <@{AGENT}>" in shown(posted)
    assert MARKER not in shown(posted)
    # The customer can say whether it helped; "Not helpful" would offer the other candidates.
    [helpful] = [b for b in buttons(posted.body["blocks"]) if b["action_id"] == HELPFUL]
    ref = ButtonRef.decode(helpful["value"])
    origin = TriageContext.from_metadata(view["private_metadata"])
    assert origin is not None
    assert (ref.entry_id, ref.question_id) == (chosen.id, origin.question_id)
    assert first in ref.others

    # The modal now says it was posted, and that candidate cannot be posted twice.
    [updated] = fake_slack.wait_for("views.update")
    assert updated.ok, updated.response
    assert updated.body["view_id"] == view["id"]
    assert reply_buttons(updated.body["view"]) == [v for v in reply_buttons(view)
                                                   if v != chosen.id]
    assert "Posted in the thread" in shown(updated)
    bot.drain()
    assert f"action reply_in_thread entry={chosen.id}" in caplog.text
    assert MARKER not in caplog.text


def test_a_crisis_message_is_flagged_first_and_its_reply_opens_with_warm_words(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog, questions: dict,
) -> None:
    bot = make_bot()
    opened, _ = run_shortcut(bot, fake_slack, customer_message(questions[Decision.CRISIS]))
    view = opened.response["view"]

    flag = view["blocks"][0]["text"]["text"]
    assert wording.TRIAGE_CRISIS_FLAG.replace("&", "&amp;") in flag
    assert reply_buttons(view)[0] == catalog.crisis.id

    bot.slack.click_in_view(REPLY_IN_THREAD, catalog.crisis.id, view)

    [posted] = fake_slack.wait_for("chat.postMessage")
    blocks = posted.body["blocks"]
    assert blocks[0]["text"]["text"] == wording.CRISIS_OPENING.replace("&", "&amp;")
    assert f"<{catalog.crisis.url}|" in shown(posted)
    assert buttons(blocks) == []  # a person in distress gets no survey and no credits line
    assert "Shared by" not in shown(posted)


def test_a_message_with_only_attachments_is_matched_on_their_text(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, matcher: Matcher,
) -> None:
    report = "police asked us for user data"
    expected = matcher.match(report).ranked[0].entry
    bot = make_bot()
    message = customer_message("", attachments=[
        {"id": 1, "title": "New ticket", "text": report, "fallback": f"New ticket: {report}"}])

    opened, _ = run_shortcut(bot, fake_slack, message)

    assert reply_buttons(opened.body["view"])[0] == expected.id


def test_a_message_with_no_text_at_all_opens_a_modal_that_says_so(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, catalog: Catalog,
    question_log: QuestionLog,
) -> None:
    bot = make_bot(question_log=question_log)
    message = customer_message("", files=[{"id": "F0PHOTO1", "name": "screenshot.png"}],
                               upload=True)

    opened, _ = run_shortcut(bot, fake_slack, message)

    view = opened.body["view"]
    assert "no text I can read" in json.dumps(view)
    assert reply_buttons(view) == [catalog.fallback.id]  # the one thing worth offering
    assert bot.rows() == []  # nothing was asked, so nothing is counted


def test_reply_in_thread_where_the_bot_cannot_post_says_how_to_fix_it(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    fake_slack.fail("chat.postMessage", "not_in_channel", channel=CHANNEL)
    bot = make_bot()
    opened, _ = run_shortcut(bot, fake_slack,
                             customer_message(f"how do I appeal a ban {MARKER}"))
    view = opened.response["view"]
    chosen = reply_buttons(view)[0]

    bot.slack.click_in_view(REPLY_IN_THREAD, chosen, view)

    [updated] = fake_slack.wait_for("views.update")
    note = shown(updated)
    assert "/invite @Safeguards" in note and "not_in_channel" in note
    assert chosen in reply_buttons(updated.body["view"])  # still there, to try again
    bot.drain()
    assert "reply in thread not posted: chat.postMessage error=not_in_channel" in caplog.text
    assert MARKER not in caplog.text


@pytest.mark.parametrize("metadata, value", [
    ("not json", "appeals"),
    (json.dumps({"channel": "<!channel>", "ts": "1.2"}), "appeals"),
    (None, "appeals"),
    ("{}", "appeals"),
    (TriageContext("C0GENERAL", "1700000000.000100").to_metadata(), "no-such-article"),
    (TriageContext("C0GENERAL", "1700000000.000100").to_metadata(), "<!here>"),
], ids=["garbage", "hostile-channel", "missing", "empty", "unknown-article", "hostile-value"])
def test_a_reply_in_thread_click_the_bot_cannot_trust_posts_nothing(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, metadata: str | None, value: str,
) -> None:
    bot = make_bot()
    view = {"id": "V0FORGED1", "type": "modal", "blocks": [], "private_metadata": metadata}

    acked = bot.slack.click_in_view(REPLY_IN_THREAD, value, view)

    assert acked.status == 200
    bot.drain()
    assert fake_slack.calls("chat.postMessage") == []
    for update in fake_slack.calls("views.update"):  # the fake never opened that view
        assert "<!" not in json.dumps(update.body["view"]["blocks"])


def test_every_triage_reply_fits_slacks_limits(catalog: Catalog, matcher: Matcher,
                                               questions: dict) -> None:
    for question in [*questions.values(), ""]:
        result = matcher.match(question) if question else None
        view = triage_view(result, catalog, channel=CHANNEL, message_ts=next_ts(),
                                   question_id="f" * 32)
        assert len(view["title"]["text"]) <= 24
        assert len(view["private_metadata"]) <= 3000
        assert len(view["blocks"]) <= 100
    for entry in catalog.entries:
        reply = triage_reply(entry, catalog, CUSTOMER, ButtonRef(entry.id, "f" * 32))
        assert len(reply.blocks) <= 50
