"""Requests as Slack sends them to an app: real payload shapes, signed with the signing secret.

Signing (https://api.slack.com/authentication/verifying-requests-from-slack): the header
``X-Slack-Signature`` is ``v0=`` + hex HMAC-SHA256(secret, ``v0:{timestamp}:{raw body}``), and
``X-Slack-Request-Timestamp`` is the Unix time; Bolt refuses anything older than five minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlparse

from bot.testing.fake_slack import APP_ID, BOT_USER_ID, TEAM_DOMAIN, TEAM_ID

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"  # Slack's own documentation example format
BOT_TOKEN = "xoxb-1111-2222-fakebottoken"
ASKER = "U0ASKER01"
AGENT = "U0AGENT01"  # a support agent, using the message shortcut
CUSTOMER = "U0CUSTMR1"  # who wrote the message the agent looks up
CHANNEL = "C0GENERAL"
DM_CHANNEL = "D0DIRECT1"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

_ids = itertools.count(1)


def next_ts() -> str:
    return f"{int(time.time())}.{next(_ids):06d}"


# -- signing ------------------------------------------------------------------------------------


def signature(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(body: str, content_type: str, *, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None) -> dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": signature(body, timestamp, secret),
        "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    }


# -- payloads -----------------------------------------------------------------------------------


def slash_command(text: str, *, response_url: str, user_id: str = ASKER,
                  channel_id: str = CHANNEL, command: str = "/safeguards") -> str:
    """A slash command: form-encoded fields, exactly as Slack posts them."""
    return urlencode({
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": TEAM_ID,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id,
        "channel_name": "general" if channel_id.startswith("C") else "directmessage",
        "user_id": user_id,
        "user_name": "asker",
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{next(_ids)}.{TEAM_ID}.abcdef",
    })


def block_actions(action_id: str, value: str, *, response_url: str, ephemeral: bool,
                  message: dict[str, Any] | None = None, block_id: str = "b1",
                  user_id: str = ASKER, channel_id: str = CHANNEL,
                  message_ts: str | None = None) -> str:
    """A button click: ``payload=<JSON>``, form-encoded. Slack leaves ``message`` out for
    ephemeral messages (the app never had their content)."""
    message_ts = message_ts or next_ts()
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user_id, "username": "asker", "name": "asker", "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel_id,
                      "is_ephemeral": ephemeral},
        "trigger_id": f"{next(_ids)}.{TEAM_ID}.abcdef",
        "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": "general"},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [{
            "action_id": action_id,
            "block_id": block_id,
            "text": {"type": "plain_text", "text": "button", "emoji": True},
            "value": value,
            "type": "button",
            "action_ts": next_ts(),
        }],
    }
    if not ephemeral:
        payload["message"] = message or {"type": "message", "ts": message_ts, "user": BOT_USER_ID,
                                         "text": "", "blocks": []}
    return urlencode({"payload": json.dumps(payload)})


def message_shortcut(message: dict[str, Any], *, response_url: str, user_id: str = AGENT,
                     channel_id: str = CHANNEL, callback_id: str = "find_article") -> str:
    """A message shortcut ("More actions" on a message): ``payload=<JSON>``, form-encoded, with
    the whole message it was used on."""
    payload = {
        "type": "message_action",
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "action_ts": next_ts(),
        "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN},
        "user": {"id": user_id, "username": "agent", "name": "agent", "team_id": TEAM_ID},
        "channel": {"id": channel_id, "name": "support"},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": callback_id,
        "trigger_id": f"{next(_ids)}.{TEAM_ID}.abcdef",
        "response_url": response_url,
        "message_ts": message["ts"],
        "message": message,
    }
    return urlencode({"payload": json.dumps(payload)})


def customer_message(text: str, *, ts: str | None = None, thread_ts: str | None = None,
                     user: str = CUSTOMER, **extra: Any) -> dict[str, Any]:
    """A message as a message shortcut's payload carries it."""
    ts = ts or next_ts()
    message = {"type": "message", "user": user, "text": text, "ts": ts, "team": TEAM_ID,
               "client_msg_id": f"5a1e5000-{next(_ids):04d}", "blocks": [], **extra}
    if thread_ts:
        message["thread_ts"] = thread_ts
    return message


def view_actions(action_id: str, value: str, view: dict[str, Any], *,
                 user_id: str = AGENT) -> str:
    """A button click inside a modal: the whole view comes with it, and no response_url."""
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": "agent", "name": "agent", "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "container": {"type": "view", "view_id": view.get("id")},
        "trigger_id": f"{next(_ids)}.{TEAM_ID}.abcdef",
        "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "view": view,
        "actions": [{
            "action_id": action_id,
            "block_id": f"triage_{value}",
            "text": {"type": "plain_text", "text": "Reply in thread", "emoji": True},
            "value": value,
            "type": "button",
            "action_ts": next_ts(),
        }],
    }
    return urlencode({"payload": json.dumps(payload)})


def event_callback(event: dict[str, Any], *, event_id: str | None = None) -> str:
    """An Events API delivery: JSON, the event wrapped with the workspace and authorizations."""
    return json.dumps({
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):09d}",
        "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
        "event_context": f"4-eyJldCI6ImFwcF9tZW50aW9uIn0-{next(_ids)}",
    })


def mention(text: str, *, channel: str = CHANNEL, ts: str | None = None,
            thread_ts: str | None = None, user: str = ASKER, **extra: Any) -> dict[str, Any]:
    ts = ts or next_ts()
    event = {"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel,
             "event_ts": ts, "client_msg_id": f"c0ffee00-{next(_ids):04d}", "team": TEAM_ID,
             "blocks": [], **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, *, channel: str = DM_CHANNEL, user: str = ASKER,
                   ts: str | None = None, thread_ts: str | None = None,
                   **extra: Any) -> dict[str, Any]:
    ts = ts or next_ts()
    event = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
             "event_ts": ts, "channel_type": "im", "client_msg_id": f"d1ec7000-{next(_ids):04d}",
             "team": TEAM_ID, "blocks": [], **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def home_opened(user: str = ASKER, tab: str = "home") -> dict[str, Any]:
    return {"type": "app_home_opened", "user": user, "channel": DM_CHANNEL, "tab": tab,
            "event_ts": next_ts()}


def url_verification(challenge: str) -> str:
    return json.dumps({"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "challenge": challenge,
                       "type": "url_verification"})


# -- sending ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpResult:
    status: int
    body: str
    headers: dict[str, str]
    seconds: float

    def json(self) -> Any:
        return json.loads(self.body)


def post(base_url: str, body: str, content_type: str, *, path: str = "/slack/events",
         headers: dict[str, str] | None = None, secret: str = SIGNING_SECRET,
         timestamp: int | None = None, timeout: float = 10.0) -> HttpResult:
    """POST ``body`` signed like Slack (override ``secret``/``timestamp`` to sign it wrongly)."""
    sent = signed_headers(body, content_type, secret=secret, timestamp=timestamp)
    sent.update(headers or {})
    return request(base_url, "POST", path, body, sent, timeout=timeout)


def request(base_url: str, method: str, path: str, body: str | bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 10.0) -> HttpResult:
    url = urlparse(base_url)
    connection = http.client.HTTPConnection(url.netloc, timeout=timeout)  # host:port
    try:
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read().decode("utf-8", "replace")
        seconds = time.perf_counter() - start
        return HttpResult(response.status, data, {k.lower(): v for k, v in response.getheaders()},
                          seconds)
    finally:
        connection.close()


class SlackSender:
    """Slack's side of the conversation with one running app."""

    def __init__(self, base_url: str, secret: str = SIGNING_SECRET):
        self.base_url = base_url
        self.secret = secret

    def command(self, text: str, response_url: str, **fields: Any) -> HttpResult:
        return post(self.base_url, slash_command(text, response_url=response_url, **fields), FORM,
                    secret=self.secret)

    def click(self, action_id: str, value: str, response_url: str, *, ephemeral: bool,
              **fields: Any) -> HttpResult:
        body = block_actions(action_id, value, response_url=response_url, ephemeral=ephemeral,
                             **fields)
        return post(self.base_url, body, FORM, secret=self.secret)

    def shortcut(self, message: dict[str, Any], response_url: str, **fields: Any) -> HttpResult:
        body = message_shortcut(message, response_url=response_url, **fields)
        return post(self.base_url, body, FORM, secret=self.secret)

    def click_in_view(self, action_id: str, value: str, view: dict[str, Any],
                      **fields: Any) -> HttpResult:
        return post(self.base_url, view_actions(action_id, value, view, **fields), FORM,
                    secret=self.secret)

    def event(self, event: dict[str, Any], **fields: Any) -> HttpResult:
        return post(self.base_url, event_callback(event, **fields), JSON, secret=self.secret)
