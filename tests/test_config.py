"""Settings from the environment, and what a person sees when they are wrong: one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings, SettingsError, load_settings

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
    assert "xoxb" not in repr(load_settings(GOOD, http=True))


@pytest.mark.parametrize(("env", "http", "says"), [
    ({}, True, "SLACK_BOT_TOKEN is not set"),
    ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, True, "must start with xoxb-"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, True, "SLACK_SIGNING_SECRET is not set"),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "a b"}, True, "must not contain"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, False, "SLACK_APP_TOKEN is not set"),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, False, "must start with xapp-"),
    ({**GOOD, "SLACK_API_URL": "slack.com/api"}, True, "SLACK_API_URL must be an http(s)"),
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
