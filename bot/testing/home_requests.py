"""Clicks in the App Home, as Slack sends them: ``block_actions`` from a view of type ``home``,
with the whole view and no ``response_url``; a button carries ``value``, a menu
``selected_option``."""

from __future__ import annotations

import itertools
import json
from typing import Any
from urllib.parse import urlencode

from bot.testing.fake_slack import APP_ID, TEAM_DOMAIN, TEAM_ID
from bot.testing.slack_requests import FORM, HttpResult, next_ts, post

_ids = itertools.count(1)


def home_action(action_id: str, *, user_id: str, view: dict[str, Any],
                value: str | None = None, selected: str | None = None) -> str:
    """A click on a button (``value``) or a pick in a menu (``selected``) in the Home tab."""
    action: dict[str, Any] = {"action_id": action_id, "block_id": f"home{next(_ids)}",
                              "action_ts": next_ts()}
    if selected is not None:
        action |= {"type": "static_select", "selected_option": {
            "text": {"type": "plain_text", "text": "article", "emoji": True}, "value": selected}}
    else:
        action |= {"type": "button", "value": value or "",
                   "text": {"type": "plain_text", "text": "button", "emoji": True}}
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": "maintainer", "name": "maintainer",
                 "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "container": {"type": "view", "view_id": view.get("id", "V0HOME001")},
        "trigger_id": f"{next(_ids)}.{TEAM_ID}.abcdef",
        "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "view": view,
        "actions": [action],
    }
    return urlencode({"payload": json.dumps(payload)})


def click_in_home(base_url: str, action_id: str, **fields: Any) -> HttpResult:
    return post(base_url, home_action(action_id, **fields), FORM)
