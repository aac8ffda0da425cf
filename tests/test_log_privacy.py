"""Logs keep secrets and questions out: tokens and the signing secret are redacted whoever logs
them (message, arguments, exceptions, stacks), and at INFO no question text reaches a log line
while crisis and abuse messages go through every Slack surface."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.engine.matcher import Decision, Matcher
from bot.server import log_privacy
from bot.server.http_server import HttpServer
from bot.server.log_privacy import REDACTED, configure_logging, redact, register_secret
from bot.slack.app import build_app
from bot.slack.config import Settings
from bot.slack.manifest_ids import NONE_OF_THESE, SHARE
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import (
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackSender,
    direct_message,
    mention,
)

APP_TOKEN = "xapp-1-A0SAFEAPP-1234567890-abcdef0123456789"
USER_TOKEN = "xoxp-2222-3333-4444-deadbeefcafe"
# Not token-shaped: only registration can catch it.
OTHER_SECRET = "s3cr3t-not-shaped-like-a-token"


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    """The bot's own log handler writing to a buffer; the root logger restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_filters = {h: list(h.filters) for h in saved_handlers}
    stream = io.StringIO()
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, OTHER_SECRET):
        register_secret(secret)
    configure_logging("INFO", stream=stream)
    yield stream
    for handler in list(root.handlers):
        if handler not in saved_handlers:
            root.removeHandler(handler)
    for handler, filters in saved_filters.items():
        handler.filters[:] = filters
    root.setLevel(saved_level)
    log_privacy.forget_secrets()


def assert_clean(text: str) -> None:
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, USER_TOKEN, OTHER_SECRET):
        assert secret not in text
    assert "xoxb-1111" not in text and "8f742231" not in text  # not even a prefix of one


# -- the filter -------------------------------------------------------------------------------


def test_a_token_in_the_arguments_is_redacted(output: io.StringIO) -> None:
    logging.getLogger("slack_sdk.web.base_client").info(
        "Sending a request - headers: %s", {"Authorization": f"Bearer {BOT_TOKEN}"})
    text = output.getvalue()
    assert_clean(text)
    assert f"Bearer xoxb-{REDACTED}" in text  # the kind of token is still visible


def test_secrets_in_the_message_itself_and_in_mapping_arguments_are_redacted(
    output: io.StringIO
) -> None:
    log = logging.getLogger("some.library")
    log.warning(f"signing secret {SIGNING_SECRET} and app token {APP_TOKEN}")
    log.warning("user token %(token)s, other %(other)s", {"token": USER_TOKEN,
                                                        "other": OTHER_SECRET})
    assert_clean(output.getvalue())
    assert output.getvalue().count(REDACTED) == 4


def test_an_exception_quoting_a_token_is_redacted_but_the_traceback_kept(
    output: io.StringIO
) -> None:
    log = logging.getLogger("slack_bolt.App")
    try:
        raise RuntimeError(f"invalid_auth for token {BOT_TOKEN} (secret {SIGNING_SECRET})")
    except RuntimeError:
        log.exception("Failed to run listener function")
    try:
        raise ValueError(OTHER_SECRET)
    except ValueError as exc:
        log.error("again", exc_info=exc)
    text = output.getvalue()
    assert_clean(text)
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: invalid_auth for token xoxb-[redacted]" in text
    assert f"ValueError: {REDACTED}" in text


def test_a_stack_quoting_a_token_is_redacted(output: io.StringIO) -> None:
    # The stack quotes the source line that logged, so the token in its comment too.
    logging.getLogger("x").info("where", stack_info=True)  # xoxb-1111-2222-fakebottoken
    assert "Stack (most recent call last)" in output.getvalue()
    assert_clean(output.getvalue())


def test_arguments_that_do_not_fit_the_format_are_still_redacted(output: io.StringIO) -> None:
    logging.getLogger("x").info("%d items", BOT_TOKEN)
    text = output.getvalue()
    assert "unformattable" in text
    assert_clean(text)


def test_other_root_handlers_get_the_filter_too(output: io.StringIO,
                                                caplog: pytest.LogCaptureFixture) -> None:
    configure_logging("INFO", stream=output)  # pytest's handler is on the root by now
    logging.getLogger("x").info("token %s", BOT_TOKEN)
    assert caplog.records
    assert_clean(caplog.text)


def test_configuring_twice_does_not_duplicate_lines(output: io.StringIO) -> None:
    configure_logging("INFO", stream=output)
    logging.getLogger("x").info("once")
    assert output.getvalue().count("once") == 1


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "question surface=command decision=answer articles=appeals confidence=0.91"
    assert redact(text) == text
    assert redact("xoxe.xoxb-1-abc and xoxa-2-def") == f"xoxe.xoxb-{REDACTED} and xoxa-{REDACTED}"


def test_empty_secrets_are_not_registered() -> None:
    register_secret("")
    register_secret(None)
    assert redact("anything") == "anything"


# -- the DEBUG notice -------------------------------------------------------------------------


def test_debug_says_once_that_it_may_log_questions(output: io.StringIO) -> None:
    configure_logging("debug", stream=output)
    lines = [line for line in output.getvalue().splitlines() if "WARNING" in line]
    assert len(lines) == 1
    assert "DEBUG" in lines[0] and "questions" in lines[0]


def test_info_has_no_such_notice(output: io.StringIO) -> None:
    assert output.getvalue() == ""


def test_an_unknown_level_is_one_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown log level 'LOUD'"):
        configure_logging("LOUD")


# -- end to end: the real app, every surface -----------------------------------------------------

# Crisis and abuse wording a person might type, each with a marker no catalog text contains.
MARKER = "Quetzalbrook"


@pytest.fixture
def sensitive(questions: dict[Decision, str]) -> list[str]:
    return [
        f"{questions[Decision.CRISIS]} {MARKER}",
        f"my ex {MARKER} keeps sending me threats and I am scared to go home",
        f"someone used claude to write abuse about me, my name is {MARKER} Okonkwo",
        f"{questions[Decision.ANSWER]} {MARKER}",
    ]


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_no_question_text_at_info_and_no_secret_at_any_level_on_every_surface(
    output: io.StringIO, fake_slack: FakeSlack, matcher: Matcher, sensitive: list[str],
    level: str
) -> None:
    configure_logging(level, stream=output)
    settings = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                        api_url=fake_slack.api_url)
    with HttpServer(build_app(settings, matcher)) as server:
        slack = SlackSender(server.url)
        for question in sensitive:
            assert slack.command(question, fake_slack.response_url()).status == 200
            assert slack.event(mention(f"<@{BOT_USER_ID}> {question}")).status == 200
            assert slack.event(direct_message(question)).status == 200
        entry = next(iter(matcher.catalog.entries)).id
        assert slack.click(SHARE, entry, fake_slack.response_url(), ephemeral=True).status == 200
        assert slack.click(NONE_OF_THESE, "", fake_slack.response_url(),
                           ephemeral=False).status == 200
        fake_slack.wait_for("chat.postMessage", count=2 * len(sensitive))
        fake_slack.wait_for(RESPONSE_URL, count=len(sensitive) + 3)
    text = output.getvalue()

    assert "decision=" in text  # the logs did capture the bot's work
    assert_clean(text)
    if level == "INFO":
        assert MARKER not in text
        assert not [q for q in sensitive if q in text]


def test_json_logs_are_one_object_a_line_and_redacted_the_same(output: io.StringIO) -> None:
    configure_logging("INFO", stream=output, fmt="json")
    logging.getLogger("bot.test").warning("token %s refused", BOT_TOKEN)
    try:
        raise RuntimeError(f"Slack said no to {SIGNING_SECRET}")
    except RuntimeError:
        logging.getLogger("bot.test").exception("call failed")
    lines = output.getvalue().splitlines()
    entries = [json.loads(line) for line in lines]
    assert [e["level"] for e in entries] == ["WARNING", "ERROR"]
    assert entries[0]["logger"] == "bot.test" and entries[0]["time"].endswith("Z")
    assert "RuntimeError" in entries[1]["exception"]
    assert_clean(output.getvalue())
