"""``app.yaml`` and the code agree: everything the manifest declares has a listener, every listener
is declared, and every button a reply can show is handled.

Each listener module names what it handles (COMMANDS, EVENTS, ACTIONS, SHORTCUTS); the tests check
those names against the manifest, then prove over HTTP that each one really reaches a listener
(the acknowledge-only fallback logs every request that reaches it instead) and that no other
listener was registered.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.engine.catalog import Catalog
from bot.engine.matcher import Decision, Matcher
from bot.internals import registered_listeners
from bot.slack.app import build_app
from bot.slack.button_values import ButtonRef
from bot.slack.config import Settings
from bot.slack.listeners import SURFACES, fallback
from bot.slack.manifest_ids import APP_NAME, COMMAND
from bot.slack.render.answer import declined, for_result, picked, shared
from bot.slack.render.catalog_views import article_list, home_view, how_to_ask
from bot.slack.render.maintainers import gaps_section
from bot.slack.render.triage import triage_reply, triage_view
from bot.store.gaps import GapGroup
from bot.testing.fake_slack import BOT_USER_ID, FakeSlack
from bot.testing.slack_requests import (
    SlackSender,
    customer_message,
    direct_message,
    home_opened,
    mention,
)

MANIFEST_PATH = Path(__file__).resolve().parent.parent / "app.yaml"

# The scope each bot event needs (https://api.slack.com/events); nothing more is asked for.
EVENT_SCOPES = {"app_mention": "app_mentions:read", "message.im": "im:history",
                "app_home_opened": None}
# chat:write for every reply; chat:write.public so "Reply in thread" (a support agent's pick, posted
# under a customer's message) works in public channels the bot was never added to; commands for
# /safeguards and the message shortcut.
REPLY_SCOPES = {"chat:write", "chat:write.public", "commands"}
# usergroups:read: SAFEGUARDS_MAINTAINERS may name a user group (usergroups.users.list).
MAINTAINER_SCOPES = {"usergroups:read"}
# users:read: users.info with include_locale, the asker's Slack language (user_locales.py).
LANGUAGE_SCOPES = {"users:read"}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))


def handled(kind: str) -> list[str]:
    return [name for module in SURFACES for name in getattr(module, kind, ())]


def declared_commands(manifest: dict) -> list[str]:
    return [c["command"] for c in manifest["features"].get("slash_commands", [])]


def declared_events(manifest: dict) -> list[str]:
    return manifest["settings"]["event_subscriptions"]["bot_events"]


def declared_shortcuts(manifest: dict) -> list[str]:
    return [s["callback_id"] for s in manifest["features"].get("shortcuts", [])]


def test_the_manifest_declares_exactly_the_commands_events_and_shortcuts_handled(
    manifest: dict,
) -> None:
    assert sorted(declared_commands(manifest)) == sorted(handled("COMMANDS"))
    # "message.im" is the subscription; Bolt sees its events as type "message".
    event_types = {name.split(".")[0] for name in declared_events(manifest)}
    assert event_types == set(handled("EVENTS"))
    assert sorted(declared_shortcuts(manifest)) == sorted(handled("SHORTCUTS"))


def test_no_listener_is_registered_beyond_the_declared_ones(settings: Settings,
                                                             matcher: Matcher) -> None:
    app = build_app(settings, matcher)
    expected = sum(len(handled(kind)) for kind in ("COMMANDS", "EVENTS", "SHORTCUTS", "ACTIONS"))
    # Bolt keeps its listeners in a list; one more than we declare is an undeclared surface.
    # Exempt: the acknowledge-only catch-alls (bot/listeners/fallback.py), registered last; they
    # handle nothing, so the manifest must not declare anything for them.
    listeners = registered_listeners(app)
    assert len(listeners) == expected + fallback.CATCH_ALLS
    assert [listener.ack_function.__name__ for listener in listeners[-fallback.CATCH_ALLS:]
            ] == ["other_event", "other_action", "other_shortcut", "other_command",
                  "other_view"]


def test_every_declared_surface_reaches_a_listener_over_http(
    manifest: dict, slack: SlackSender, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.slack.listeners.fallback")
    for command in declared_commands(manifest):
        assert slack.command("help", fake_slack.response_url(), command=command).status == 200
    samples = {
        "app_mention": mention(f"<@{BOT_USER_ID}> help"),
        "message.im": direct_message("help"),
        "app_home_opened": home_opened(),
    }
    for name in declared_events(manifest):
        assert slack.event(samples[name]).status == 200, name
    for callback_id in declared_shortcuts(manifest):
        answered = slack.shortcut(customer_message("my account was suspended"),
                                  fake_slack.response_url(), callback_id=callback_id)
        assert answered.status == 200, callback_id
    for action_id in handled("ACTIONS"):
        answered = slack.click(action_id, "appeals", fake_slack.response_url(), ephemeral=True)
        assert answered.status == 200, action_id
    # Each reached its own listener: the fallback, which acknowledges the rest, saw none of them.
    fallback_lines = [r.getMessage() for r in caplog.records
                      if r.name == "bot.slack.listeners.fallback"]
    assert fallback_lines == []
    # An action nobody handles shows what reaching the fallback looks like: 200 and its line.
    assert slack.click("nobody_handles_this", "x", fake_slack.response_url(),
                       ephemeral=True).status == 200
    assert [r.getMessage() for r in caplog.records if r.name == "bot.slack.listeners.fallback"] == [
        "action nobody_handles_this acknowledged, not handled"]


def test_every_button_a_reply_can_show_has_a_listener(catalog: Catalog, matcher: Matcher,
                                                      questions: dict) -> None:
    shown: set[str] = set()
    question_id = "0" * 32
    messages = [for_result(matcher.match(q), catalog, shareable=True, question=q,
                                   question_id=question_id)
                for q in questions.values()]
    messages += [picked(catalog.get("appeals"), catalog, shareable=True,
                                ref=ButtonRef("appeals", question_id)),
                 declined(catalog), how_to_ask(catalog),
                 article_list(catalog), shared(catalog.get("appeals"), catalog,
                                                               "U0ASKER01"),
                 triage_reply(catalog.get("appeals"), catalog, "U0AGENT01",
                                      ButtonRef("appeals", question_id))]
    triage = triage_view(matcher.match(questions[Decision.ANSWER]), catalog,
                                 channel="C0SUPPORT", message_ts="1700000000.000100")
    blocks = [b for m in messages for b in m.blocks] + home_view(catalog)["blocks"]
    blocks += triage["blocks"]
    # The maintainers' Home: a gap group's "Belongs to" button and its menu of other articles.
    now = datetime.now(timezone.utc)
    blocks += gaps_section(catalog, [GapGroup("appeals", 2, 1, ("0" * 32,))], days=30,
                           since=now - timedelta(days=30), until=now, show_text=False,
                           suggested={}, open_suggestions=0)
    for block in blocks:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("action_id"):
                shown.add(element["action_id"])
    assert shown == set(handled("ACTIONS"))
    assert Decision.SUGGEST in questions  # the suggest reply (with its buttons) was included


def test_the_manifest_asks_for_the_minimal_scopes_and_enables_what_the_code_uses(
    manifest: dict,
) -> None:
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    needed = {EVENT_SCOPES[name] for name in declared_events(manifest)} - {None}
    assert scopes == needed | REPLY_SCOPES | MAINTAINER_SCOPES | LANGUAGE_SCOPES
    assert "user" not in manifest["oauth_config"]["scopes"]
    features, settings = manifest["features"], manifest["settings"]
    assert features["app_home"]["home_tab_enabled"] is True
    assert features["app_home"]["messages_tab_enabled"] is True  # DMs to the bot
    assert features["bot_user"]["display_name"] == APP_NAME
    assert declared_commands(manifest) == [COMMAND]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
