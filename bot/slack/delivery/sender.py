"""Make one Slack call and say how it went: sent, try again later (and when), or refused for good.

The clients here have **no retry handlers of their own**: the outbox retries, with backoff, jitter
and Retry-After, for as long as the reply is useful, and across restarts and replicas. A
slack_sdk handler retrying underneath would sleep inside a delivery thread, hold the row's lease
while doing so, and multiply the attempts Slack sees (its handlers and ours, each counting alone).

Web API calls go through a ``WebClient``; ``response_url`` posts through slack_sdk's
``WebhookClient``, which (unlike Bolt's ``respond``) reports the HTTP status of every answer, so a
500 or a 429 there is retried like any other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack.delivery.render import ESCALATION, RESPONSE_URL, SlackCall
from bot.slack.escalation import Escalation
from bot.slack.slack_errors import WEB_API_ERRORS, error_code, is_transient, retry_after

log = logging.getLogger("bot.slack.delivery")

SENT, RETRY, REFUSED = "sent", "retry", "refused"
# Slack's answers to a response_url post that will never change: the URL is spent or expired.
_RESPONSE_URL_CODES = ("expired_url", "used_url", "invalid_blocks", "no_text", "invalid_token")

# slack_sdk logs a failed request with its URL, and a response_url is a credential of sorts.
_quiet = logging.getLogger("bot.slack.delivery.sdk")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False


@dataclass(frozen=True)
class Outcome:
    status: str  # SENT, RETRY or REFUSED
    code: str = ""  # Slack's error code, http_<status>, or the failure's class name
    retry_after: float | None = None  # what Slack asked for (a 429's Retry-After)


class Sender:
    def __init__(self, client: WebClient, escalation: Escalation, *, timeout: float):
        self.client = client
        self.escalation = escalation
        self.timeout = timeout

    def send(self, call: SlackCall) -> Outcome:
        try:
            if call.how == RESPONSE_URL:
                return self._respond(call)
            if call.how == ESCALATION:
                if call.entry is not None and call.origin is not None:
                    self.escalation.notify(self.client, call.entry, call.origin,
                                           raise_transient=True)
                return Outcome(SENT)
            self.client.api_call(call.method, json=_jsonable(call.args))
            return Outcome(SENT)
        except WEB_API_ERRORS as exc:
            code = error_code(exc)
            if not is_transient(exc):
                return Outcome(REFUSED, code)
            headers = exc.response.headers if isinstance(exc, SlackApiError) else None
            return Outcome(RETRY, code, retry_after(headers))

    def _respond(self, call: SlackCall) -> Outcome:
        assert call.url is not None
        webhook = WebhookClient(call.url, timeout=int(max(1, self.timeout)),
                                retry_handlers=[], logger=_quiet)
        answer = webhook.send_dict(dict(call.args))
        status = answer.status_code
        if status == 200:
            return Outcome(SENT)
        body = (answer.body or "").strip()
        code = body if body in _RESPONSE_URL_CODES else f"http_{status}"
        if status == 429 or status >= 500:
            return Outcome(RETRY, code, retry_after(answer.headers))
        return Outcome(REFUSED, code)


def _jsonable(args: dict[str, Any]) -> dict[str, Any]:
    """Drop the arguments that are None (Slack refuses ``"thread_ts": null``)."""
    return {k: v for k, v in args.items() if v is not None}
