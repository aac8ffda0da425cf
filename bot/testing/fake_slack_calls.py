"""The fake workspace's ids, what the fake Slack records (calls), and what it can be told to
answer with (faults)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

# The fake workspace.
TEAM_ID = "T0SAFEGRD"
TEAM_DOMAIN = "safeguards-test"
APP_ID = "A0SAFEAPP"
BOT_USER_ID = "U0SAFEBOT"
BOT_ID = "B0SAFEBOT"

RESPONSE_URL = "response_url"  # the "method" recorded for response_url posts
SOCKET_ACK = "socket_mode.ack"  # ... and for envelope acks received over Socket Mode

DROP = 0  # a fault() status: close the connection without answering


@dataclass(frozen=True)
class Fault:
    status: int  # an HTTP status, or DROP
    retry_after: int | None = None


@dataclass(frozen=True)
class Call:
    method: str  # Web API method ("chat.postMessage"), RESPONSE_URL or SOCKET_ACK
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]
    response: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.response.get("ok"))

    def dump(self) -> str:
        """The whole body as JSON text, to assert something appears (or not) anywhere in it."""
        return json.dumps(self.body, ensure_ascii=False)
