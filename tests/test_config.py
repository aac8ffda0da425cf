"""Settings from the environment, and what a person sees when they are wrong: one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.slack.config import Settings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "8f742231b10e8888abcd",
        "SLACK_APP_TOKEN": "xapp-1-A1-2-def"}


def test_http_mode_reads_the_bot_token_and_signing_secret() -> None:
    settings = load_settings(GOOD, http=True)
    assert settings == Settings(bot_token="xoxb-1-2-abc", signing_secret="8f742231b10e8888abcd")


def test_socket_mode_reads_the_app_token() -> None:
    settings = load_settings({**GOOD, "SLACK_SIGNING_SECRET": ""}, http=False)
    assert (settings.app_token, settings.signing_secret) == ("xapp-1-A1-2-def", None)


def test_the_api_url_gets_the_trailing_slash_slack_sdk_expects() -> None:
    settings = load_settings({**GOOD, "SLACK_API_URL": " http://127.0.0.1:9/api "}, http=True)
    assert settings.api_url == "http://127.0.0.1:9/api/"


def test_secrets_stay_out_of_repr() -> None:
    settings = load_settings({**GOOD, "SAFEGUARDS_HASH_SALT": "pepper-0123456789abcdef"},
                             http=True)
    assert "xoxb" not in repr(settings)
    assert "pepper" not in repr(settings)


def test_the_question_log_and_escalation_settings_have_safe_defaults() -> None:
    settings = load_settings(GOOD, http=True)
    assert settings.escalation_channel is None  # escalation off
    assert settings.db_path == "safeguards-bot.sqlite3"
    assert settings.hash_salt is None  # generated next to the log
    assert (settings.store_text, settings.text_retention_days) == (False, 30)
    assert settings.catalog_reload_seconds == 2.0
    assert settings.log_level == "INFO"


def test_the_question_log_and_escalation_settings_are_read() -> None:
    settings = load_settings({
        **GOOD, "SAFEGUARDS_ESCALATION_CHANNEL": " C0ESCALATE ",
        "SAFEGUARDS_DB": "/var/lib/safeguards/questions.sqlite3",
        "SAFEGUARDS_HASH_SALT": "pepper-0123456789abcdef", "SAFEGUARDS_STORE_TEXT": "1",
        "SAFEGUARDS_TEXT_RETENTION_DAYS": "7", "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "0",
        "SAFEGUARDS_LOG_LEVEL": " debug ",
    }, http=True)
    assert settings.escalation_channel == "C0ESCALATE"
    assert settings.db_path == "/var/lib/safeguards/questions.sqlite3"
    assert settings.hash_salt == "pepper-0123456789abcdef"
    assert (settings.store_text, settings.text_retention_days) == (True, 7)
    assert settings.catalog_reload_seconds == 0.0
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(("env", "http", "says"), [
    ({}, True, "SLACK_BOT_TOKEN is not set"),
    ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, True, "must start with xoxb-"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, True, "SLACK_SIGNING_SECRET is not set"),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "a b"}, True, "must not contain"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, False, "SLACK_APP_TOKEN is not set"),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, False, "must start with xapp-"),
    ({**GOOD, "SLACK_API_URL": "slack.com/api"}, True, "SLACK_API_URL must be an http(s)"),
    ({**GOOD, "SAFEGUARDS_ESCALATION_CHANNEL": "#safety"}, True, "must be a channel id"),
    ({**GOOD, "SAFEGUARDS_ESCALATION_CHANNEL": "U0PERSON1"}, True, "must be a channel id"),
    ({**GOOD, "SAFEGUARDS_STORE_TEXT": "maybe"}, True, "SAFEGUARDS_STORE_TEXT must be 0 or 1"),
    ({**GOOD, "SAFEGUARDS_TEXT_RETENTION_DAYS": "thirty"}, True, "a whole number of days"),
    ({**GOOD, "SAFEGUARDS_TEXT_RETENTION_DAYS": "-1"}, True, "a whole number of days"),
    ({**GOOD, "SAFEGUARDS_TEXT_RETENTION_DAYS": "99999999999"}, True, "a whole number of days"),
    ({**GOOD, "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "soon"}, True, "a number of seconds"),
    ({**GOOD, "SAFEGUARDS_CATALOG_RELOAD_SECONDS": "nan"}, True, "a number of seconds"),
    ({**GOOD, "SAFEGUARDS_HASH_SALT": "short-pepper"}, True, "SAFEGUARDS_HASH_SALT is too short"),
    ({**GOOD, "SAFEGUARDS_LOG_LEVEL": "verbose"}, True, "SAFEGUARDS_LOG_LEVEL must be one of"),
])
def test_missing_or_malformed_settings_say_which_and_what_to_do(env: dict, http: bool,
                                                                says: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(env, http=http)
    message = str(raised.value)
    assert says in message
    assert "\n" not in message
    secrets = [v for k, v in env.items() if k != "SLACK_API_URL" and len(v) > 3]
    assert not any(secret in message for secret in secrets)  # never echo a token or secret


def serve(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    return subprocess.run([sys.executable, "-m", "bot", "serve", *args], cwd=ROOT,
                          env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("args", "env", "says"), [
    (("--http",), {}, "SLACK_BOT_TOKEN is not set"),
    (("--http",), {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET is not set"),
    ((), {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN is not set"),
    (("--http",), {"SLACK_BOT_TOKEN": "hunter2", "SLACK_SIGNING_SECRET": "s"}, "xoxb-"),
    (("--http",), {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
                   "SAFEGUARDS_TEXT_RETENTION_DAYS": "a month"}, "whole number of days"),
])
def test_serve_with_bad_settings_prints_one_line_and_exits_2(args: tuple, env: dict,
                                                             says: str) -> None:
    done = serve(*args, **env)

    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert "hunter2" not in done.stderr
