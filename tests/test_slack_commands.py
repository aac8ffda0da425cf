"""``/safeguards`` over real HTTP: signed form posts in, response_url posts out."""

from __future__ import annotations

from typing import Any

from bot.engine.catalog import Catalog
from bot.engine.matcher import Decision, Matcher
from bot.slack.button_values import ButtonRef
from bot.slack.manifest_ids import HELPFUL, NONE_OF_THESE, NOT_HELPFUL, PICK, SHARE
from bot.testing.fake_slack import RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import ASKER, SlackSender
from bot.text import wording
from tests.support.block_kit import buttons


def ask(slack: SlackSender, fake_slack: FakeSlack, text: str) -> dict[str, Any]:
    """Run the command and return what the person sees (the response_url post)."""
    response_url = fake_slack.response_url()
    acked = slack.command(text, response_url)
    assert acked.status == 200 and acked.body == ""  # an empty ack: nothing shown twice
    [reply] = fake_slack.wait_for(RESPONSE_URL)
    assert response_url.endswith(reply.path)
    assert reply.ok
    return reply.body


def test_a_question_gets_a_private_answer_with_a_share_button(
    slack: SlackSender, fake_slack: FakeSlack, matcher: Matcher, questions: dict
) -> None:
    question = questions[Decision.ANSWER]
    expected = matcher.match(question).matches[0].entry

    body = ask(slack, fake_slack, question)

    assert body["response_type"] == "ephemeral"
    assert expected.url in body["text"]  # the notification / screen-reader text
    shown = str(body["blocks"])
    assert f"<{expected.url}|" in shown
    assert "Confidence: " in shown
    share, helpful, not_helpful = buttons(body["blocks"])
    assert (share["action_id"], ButtonRef.decode(share["value"]).entry_id) == (SHARE, expected.id)
    assert (helpful["action_id"], not_helpful["action_id"]) == (HELPFUL, NOT_HELPFUL)
    assert ButtonRef.decode(helpful["value"]).entry_id == expected.id
    # Nothing was posted for the channel to see.
    assert fake_slack.calls("chat.postMessage") == []


def test_share_in_channel_posts_the_answer_for_everyone(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog
) -> None:
    entry = catalog.get("appeals")
    response_url = fake_slack.response_url()

    acked = slack.click(SHARE, entry.id, response_url, ephemeral=True)

    assert acked.status == 200
    shared, deleted = fake_slack.wait_for(RESPONSE_URL, count=2)
    assert shared.body["response_type"] == "in_channel"
    assert shared.body["replace_original"] is False
    assert f"<{entry.url}|" in str(shared.body["blocks"])
    assert f"Shared by <@{ASKER}>" in str(shared.body["blocks"])
    assert buttons(shared.body["blocks"]) == []  # no private controls in the public copy
    assert deleted.body["delete_original"] is True
    assert response_url.endswith(shared.path) and response_url.endswith(deleted.path)


def test_help_and_an_empty_command_explain_how_to_ask_with_the_topics(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog
) -> None:
    for text in ("", "help", "  HELP "):
        response_url = fake_slack.response_url()
        assert slack.command(text, response_url).status == 200
        fake_slack.wait_until(lambda url=response_url: any(
            url.endswith(c.path) for c in fake_slack.calls(RESPONSE_URL)))
    replies = fake_slack.calls(RESPONSE_URL)
    assert len(replies) == 3
    for reply in replies:
        shown = str(reply.body["blocks"])
        assert reply.body["response_type"] == "ephemeral"
        assert "/safeguards your question" in shown
        assert all(topic.name in shown for topic in catalog.topics)


def test_list_shows_every_article(slack: SlackSender, fake_slack: FakeSlack,
                                  catalog: Catalog) -> None:
    body = ask(slack, fake_slack, "list")

    assert body["response_type"] == "ephemeral"
    shown = str(body["blocks"])
    for article in catalog.articles:
        assert f"<{article.url}|" in shown, article.id


def test_suggestions_then_a_pick_replaces_them_with_the_answer(
    slack: SlackSender, fake_slack: FakeSlack, matcher: Matcher, questions: dict
) -> None:
    question = questions[Decision.SUGGEST]
    candidates = [m.entry for m in matcher.match(question).matches]

    body = ask(slack, fake_slack, question)

    assert wording.SUGGEST_LEAD in str(body["blocks"])
    offered = buttons(body["blocks"])
    refs = [(b["action_id"], ButtonRef.decode(b["value"])) for b in offered]
    assert [(action, ref.entry_id) for action, ref in refs] == [
        *((PICK, e.id) for e in candidates), (NONE_OF_THESE, "none")]
    # Each pick also carries the question's id and the other suggestions (ids, never text).
    [question_id] = {ref.question_id for _, ref in refs}
    assert question_id
    assert refs[0][1].others == tuple(e.id for e in candidates[1:])

    chosen = candidates[-1]
    chosen_value = offered[len(candidates) - 1]["value"]
    click_url = fake_slack.response_url()
    assert slack.click(PICK, chosen_value, click_url, ephemeral=True).status == 200
    fake_slack.wait_for(RESPONSE_URL, count=2)
    picked = fake_slack.calls(RESPONSE_URL)[1]
    assert click_url.endswith(picked.path)
    assert picked.body["replace_original"] is True
    assert f"<{chosen.url}|" in str(picked.body["blocks"])
    assert wording.SUGGEST_LEAD not in str(picked.body["blocks"])
    # Still private, so it can still be shared; and it takes feedback for the same question.
    share, helpful, _ = buttons(picked.body["blocks"])
    assert (share["action_id"], ButtonRef.decode(share["value"]).entry_id) == (SHARE, chosen.id)
    assert helpful["action_id"] == HELPFUL
    ref = ButtonRef.decode(helpful["value"])
    assert (ref.entry_id, ref.question_id) == (chosen.id, question_id)
    assert set(ref.others) == {e.id for e in candidates[:-1]}


def test_none_of_these_gives_the_support_link(slack: SlackSender, fake_slack: FakeSlack,
                                              catalog: Catalog) -> None:
    assert slack.click(NONE_OF_THESE, "none", fake_slack.response_url(),
                       ephemeral=True).status == 200
    [reply] = fake_slack.wait_for(RESPONSE_URL)
    assert reply.body["replace_original"] is True
    assert f"<{catalog.fallback.url}|" in str(reply.body["blocks"])


def test_an_unanswerable_question_says_so_and_links_support(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog, questions: dict
) -> None:
    body = ask(slack, fake_slack, questions[Decision.NONE])

    shown = str(body["blocks"])
    assert wording.NONE_TEXT in shown
    assert f"<{catalog.fallback.url}|" in shown
    # No article is presented as the answer.
    others = [e for e in catalog.entries if e.id != catalog.fallback.id]
    assert not any(e.url in shown for e in others)
    assert buttons(body["blocks"]) == []


def test_crisis_opens_with_warm_words_then_the_helpline(
    slack: SlackSender, fake_slack: FakeSlack, catalog: Catalog, questions: dict
) -> None:
    body = ask(slack, fake_slack, questions[Decision.CRISIS])

    first = body["blocks"][0]["text"]["text"]
    assert first == wording.CRISIS_OPENING.replace("&", "&amp;")
    assert f"<{catalog.crisis.url}|" in str(body["blocks"])
    assert body["text"].startswith(wording.CRISIS_OPENING)
    assert buttons(body["blocks"]) == []  # nothing to click, nothing to share
    assert "Confidence" not in str(body["blocks"])  # a person, not a score


def test_slack_markup_in_a_question_is_shown_but_never_pings_or_links(
    slack: SlackSender, fake_slack: FakeSlack
) -> None:
    question = ("<!channel> <!here> <@U123ABC> my account was suspended, "
                "see <https://evil.example/phish|https://support.claude.com> & <#C1|general>")

    body = ask(slack, fake_slack, question)

    dumped = str(body)
    for markup in ("<!channel>", "<!here>", "<@U123ABC>", "<https://evil.example", "<#C1"):
        assert markup not in dumped, markup
    [echo] = [b for b in body["blocks"] if b["type"] == "context"
              and "You asked" in b["elements"][0]["text"]]
    element = echo["elements"][0]
    assert element["verbatim"] is True  # Slack will not auto-link or resolve anything in it
    assert "&lt;!channel&gt;" in element["text"]
    assert "&lt;https://evil.example/phish|https://support.claude.com&gt; &amp;" in element["text"]


def test_a_question_with_the_word_payload_is_answered(slack: SlackSender,
                                                     fake_slack: FakeSlack) -> None:
    # Bolt alone takes any form body containing "payload" for a button click and drops it.
    body = ask(slack, fake_slack, "what happens if someone sends a jailbreak payload to claude")
    assert body["response_type"] == "ephemeral"
    assert "payload" in str(body["blocks"])  # the echo shows it was this question's reply
