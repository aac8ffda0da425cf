"""Settings for the Slack app, read once from the environment at start-up.

Every problem is a ``SettingsError`` whose message is one line naming the variable and what to do,
never its value: tokens and the signing secret must not end up in a terminal scroll-back or a log.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

BOT_TOKEN = "SLACK_BOT_TOKEN"
APP_TOKEN = "SLACK_APP_TOKEN"
SIGNING_SECRET = "SLACK_SIGNING_SECRET"
API_URL = "SLACK_API_URL"

# Slack's tokens are opaque, but their prefixes say what they are; a user token (xoxp-) or a
# config token pasted by mistake would only fail later, on the first request, with a vaguer error.
_BOT_TOKEN = re.compile(r"^xoxb-[A-Za-z0-9-]+$")
_APP_TOKEN = re.compile(r"^xapp-[A-Za-z0-9-]+$")
_NO_SPACE = re.compile(r"^\S+$")


class SettingsError(Exception):
    """Missing or malformed settings; the message is one line, safe to print."""


@dataclass(frozen=True)
class Settings:
    bot_token: str
    # Only HTTP mode verifies request signatures; Socket Mode has no inbound HTTP.
    signing_secret: str | None = None
    # Only Socket Mode needs the app-level token.
    app_token: str | None = None
    # The Web API base URL, ending in "/" as slack_sdk expects; None means Slack itself.
    api_url: str | None = None

    def __repr__(self) -> str:
        # Keep secrets out of tracebacks and debug prints.
        return f"Settings(api_url={self.api_url!r}, socket_mode={self.app_token is not None})"


def load_settings(env: Mapping[str, str] | None = None, *, http: bool) -> Settings:
    """The settings for HTTP mode (``http=True``) or Socket Mode, or ``SettingsError``."""
    env = os.environ if env is None else env

    def get(name: str) -> str | None:
        # Surrounding whitespace is a copy-paste accident, not part of a token.
        value = (env.get(name) or "").strip()
        return value or None

    bot_token = get(BOT_TOKEN)
    if bot_token is None:
        raise SettingsError(
            f"{BOT_TOKEN} is not set: copy the Bot User OAuth Token (xoxb-...) from the app's "
            "OAuth & Permissions page"
        )
    if not _BOT_TOKEN.match(bot_token):
        raise SettingsError(f"{BOT_TOKEN} is not a bot token: it must start with xoxb-")

    signing_secret = app_token = None
    if http:
        signing_secret = get(SIGNING_SECRET)
        if signing_secret is None:
            raise SettingsError(
                f"{SIGNING_SECRET} is not set: HTTP mode needs the Signing Secret from the app's "
                "Basic Information page"
            )
        if not _NO_SPACE.match(signing_secret):
            raise SettingsError(f"{SIGNING_SECRET} is malformed: it must not contain spaces")
    else:
        app_token = get(APP_TOKEN)
        if app_token is None:
            raise SettingsError(
                f"{APP_TOKEN} is not set: Socket Mode needs an app-level token (xapp-...) with "
                "connections:write; or run 'serve --http' with SLACK_SIGNING_SECRET"
            )
        if not _APP_TOKEN.match(app_token):
            raise SettingsError(f"{APP_TOKEN} is not an app-level token: it must start with xapp-")

    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        api_url=_api_url(get(API_URL)),
    )


def _api_url(value: str | None) -> str | None:
    if value is None:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(
            f"{API_URL} must be an http(s):// URL such as https://slack.com/api/"
        )
    return value if value.endswith("/") else value + "/"
