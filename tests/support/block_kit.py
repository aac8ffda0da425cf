"""Reading Block Kit: the buttons of a reply or a modal, as a person would find them."""

from __future__ import annotations

from typing import Any

from bot.slack.manifest_ids import REPLY_IN_THREAD


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every button in ``blocks``: in actions blocks and as section accessories, in order."""
    found = []
    for block in blocks:
        found += [e for e in block.get("elements", []) if e.get("type") == "button"]
        if (block.get("accessory") or {}).get("type") == "button":
            found.append(block["accessory"])
    return found


def reply_buttons(view: dict[str, Any]) -> list[str]:
    """The values of the shortcut modal's "Reply in thread" buttons."""
    return [b["value"] for b in buttons(view["blocks"]) if b["action_id"] == REPLY_IN_THREAD]
