"""Helpful / Not helpful over real HTTP: the click is acknowledged in place, recorded in the
question log (a real SQLite file), and "Not helpful" offers the other candidates and support."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot.engine.catalog import CRISIS_ID, Catalog
from bot.engine.matcher import Decision, Matcher
from bot.engine.thresholds import ALTERNATIVE_AT
from bot.slack.button_values import ButtonRef
from bot.slack.manifest_ids import HELPFUL, NONE_OF_THESE, NOT_HELPFUL, PICK, SHARE
from bot.slack.render.answer import FEEDBACK_BLOCK
from bot.store.question_log import QuestionLog
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import CHANNEL, mention
from bot.text import wording
from tests.support.block_kit import buttons
from tests.support.harness import Bot

THANKS = wording.FEEDBACK_THANKS


def ask(bot: Bot, fake_slack: FakeSlack, text: str) -> dict[str, Any]:
    """/safeguards ``text``; returns the private reply's body."""
    url = fake_slack.response_url()
    assert bot.slack.command(text, url).status == 200
    fake_slack.wait_until(lambda: any(url.endswith(c.path) for c in fake_slack.calls(RESPONSE_URL)))
    [reply] = [c for c in fake_slack.calls(RESPONSE_URL) if url.endswith(c.path)]
    return reply.body


def button(blocks: list[dict[str, Any]], action_id: str) -> dict[str, Any]:
    [found] = [b for b in buttons(blocks) if b["action_id"] == action_id]
    return found


def click(bot: Bot, fake_slack: FakeSlack, action_id: str, value: str, **fields: Any) -> Any:
    """Click a button on a private message; returns the response_url post it caused."""
    url = fake_slack.response_url()
    assert bot.slack.click(action_id, value, url, ephemeral=True, **fields).status == 200
    fake_slack.wait_until(lambda: any(url.endswith(c.path) for c in fake_slack.calls(RESPONSE_URL)))
    [reply] = [c for c in fake_slack.calls(RESPONSE_URL) if url.endswith(c.path)]
    return reply


def test_helpful_on_a_private_answer_is_thanked_in_place_and_recorded(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, matcher: Matcher,
    question_log: QuestionLog, questions: dict,
) -> None:
    question = questions[Decision.ANSWER]
    entry = matcher.match(question).matches[0].entry
    bot = make_bot(question_log=question_log)
    body = ask(bot, fake_slack, question)
    helpful = button(body["blocks"], HELPFUL)
    ref = ButtonRef.decode(helpful["value"])
    assert ref.entry_id == entry.id and ref.question_id

    reply = click(bot, fake_slack, HELPFUL, helpful["value"])

    assert reply.body["replace_original"] is True
    after = reply.body["blocks"]
    assert THANKS in json.dumps(after)
    assert f"<{entry.url}|" in json.dumps(after)  # still the answer
    assert [b["action_id"] for b in buttons(after)] == [SHARE]  # feedback buttons gone
    [row] = bot.rows()
    assert (row["id"], row["surface"], row["article_id"], row["feedback"]) == (
        ref.question_id, "command", entry.id, "helpful")


def test_not_helpful_offers_the_other_candidates_and_the_support_page(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, matcher: Matcher, catalog: Catalog,
    question_log: QuestionLog,
) -> None:
    # Two close topics: the answer is one, the other is worth offering after "Not helpful".
    question = "universal jailbreak bounty on hackerone, or should i just email the security team"
    result = matcher.match(question)
    assert result.decision is Decision.ANSWER
    entry = result.matches[0].entry
    others = [m.entry for m in result.ranked
              if m.entry.id not in (entry.id, CRISIS_ID, catalog.fallback_id)
              and m.confidence >= ALTERNATIVE_AT][:2]
    assert others, "the test needs a question with other candidates"
    bot = make_bot(question_log=question_log)
    body = ask(bot, fake_slack, question)
    not_helpful = button(body["blocks"], NOT_HELPFUL)
    # Only ids travel: the question id, the article and the two alternatives.
    assert ButtonRef.decode(not_helpful["value"]).others == tuple(e.id for e in others)

    reply = click(bot, fake_slack, NOT_HELPFUL, not_helpful["value"])

    after = json.dumps(reply.body["blocks"])
    assert THANKS in after
    for other in others:
        assert f"<{other.url}|" in after
    assert f"<{catalog.fallback.url}|" in after
    assert HELPFUL not in after and NOT_HELPFUL not in after
    [row] = bot.rows()
    assert row["feedback"] == "not_helpful"


def test_feedback_on_a_posted_answer_edits_only_its_buttons(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, question_log: QuestionLog,
    questions: dict,
) -> None:
    bot = make_bot(question_log=question_log)
    bot.slack.event(mention(f"<@{BOT_USER_ID}> {questions[Decision.ANSWER]}"))
    [answer] = fake_slack.wait_for("chat.postMessage")
    message = answer.response["message"]
    helpful = button(message["blocks"], HELPFUL)
    url = fake_slack.response_url()

    bot.slack.click(HELPFUL, helpful["value"], url, ephemeral=False, message=message,
                    message_ts=answer.response["ts"])

    [edit] = fake_slack.wait_for("chat.update")
    assert edit.ok, edit.response
    assert (edit.body["channel"], edit.body["ts"]) == (CHANNEL, answer.response["ts"])
    before = [b for b in message["blocks"] if b.get("block_id") != FEEDBACK_BLOCK]
    assert [b for b in edit.body["blocks"] if THANKS not in json.dumps(b)] == before
    assert THANKS in json.dumps(edit.body["blocks"])
    bot.drain()
    assert fake_slack.calls(RESPONSE_URL) == []  # edited once, in place
    [row] = bot.rows()
    assert (row["surface"], row["feedback"]) == ("mention", "helpful")


def test_when_the_edit_fails_the_thanks_still_arrive_privately(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, questions: dict,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    fake_slack.fail("chat.update", "cant_update_message")
    bot = make_bot()
    bot.slack.event(mention(f"<@{BOT_USER_ID}> {questions[Decision.ANSWER]}"))
    [answer] = fake_slack.wait_for("chat.postMessage")
    message = answer.response["message"]
    url = fake_slack.response_url()

    bot.slack.click(NOT_HELPFUL, button(message["blocks"], NOT_HELPFUL)["value"], url,
                    ephemeral=False, message=message, message_ts=answer.response["ts"])

    [thanks] = fake_slack.wait_for(RESPONSE_URL)
    assert thanks.body["response_type"] == "ephemeral"
    assert thanks.body["replace_original"] is False
    assert THANKS in thanks.body["text"]
    bot.drain()
    assert "chat.update error=cant_update_message" in caplog.text


def test_crisis_replies_and_suggestions_ask_for_no_feedback(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, questions: dict,
) -> None:
    bot = make_bot()
    crisis = ask(bot, fake_slack, questions[Decision.CRISIS])
    suggest = ask(bot, fake_slack, questions[Decision.SUGGEST])

    assert buttons(crisis["blocks"]) == []
    assert {b["action_id"] for b in buttons(suggest["blocks"])} == {PICK, NONE_OF_THESE}


def test_a_picked_suggestion_takes_feedback_and_none_of_these_counts_as_not_helpful(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, question_log: QuestionLog,
    questions: dict,
) -> None:
    bot = make_bot(question_log=question_log)
    first = ask(bot, fake_slack, questions[Decision.SUGGEST])
    second = ask(bot, fake_slack, questions[Decision.SUGGEST])

    picked = click(bot, fake_slack, PICK, buttons(first["blocks"])[0]["value"])
    click(bot, fake_slack, HELPFUL, button(picked.body["blocks"], HELPFUL)["value"])
    click(bot, fake_slack, NONE_OF_THESE, button(second["blocks"], NONE_OF_THESE)["value"])

    rows = {row["id"]: row for row in bot.rows()}
    first_id = ButtonRef.decode(buttons(first["blocks"])[0]["value"]).question_id
    second_id = ButtonRef.decode(button(second["blocks"], NONE_OF_THESE)["value"]).question_id
    assert rows[first_id]["feedback"] == "helpful"
    assert rows[second_id]["feedback"] == "not_helpful"
    assert {row["decision"] for row in rows.values()} == {"suggest"}


@pytest.mark.parametrize("action_id", [HELPFUL, NOT_HELPFUL])
@pytest.mark.parametrize("value", [
    "", "appeals", "no-such-article " + "a" * 32, "<!channel>", "appeals <@U0OTHER> <!here>",
    "appeals " + "f" * 32 + " <https://evil.example|x> usage-policy", "\x00\u202e",
], ids=["empty", "bare-id", "unknown", "ping", "pings-after", "link-in-others", "control"])
def test_a_feedback_click_with_any_value_is_thanked_and_never_pings(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack, question_log: QuestionLog,
    action_id: str, value: str,
) -> None:
    bot = make_bot(question_log=question_log)

    reply = click(bot, fake_slack, action_id, value)

    dumped = reply.dump()
    assert reply.ok and THANKS in dumped
    for markup in ("<!", "<@", "evil.example"):
        assert markup not in dumped
    bot.drain()
    assert [row["feedback"] for row in bot.rows()] == []  # no such question: nothing recorded
