"""The Slack language of the people asking: one ``users.info`` per person, kept a while, bounded."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.slack.user_locales import UserLocales
from bot.testing.fake_slack import FakeSlack


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def client(fake_slack: FakeSlack) -> WebClient:
    return WebClient(token="xoxb-test", base_url=fake_slack.api_url, retry_handlers=[])


def test_a_language_is_asked_once_then_again_after_it_expires(fake_slack: FakeSlack) -> None:
    clock, web = Clock(), client(fake_slack)
    locales = UserLocales(ttl_seconds=3600, clock=clock)
    fake_slack.locales["U0ASKER01"] = "ko-KR"
    assert locales.locale_of(web, "U0ASKER01") == "ko"
    fake_slack.locales["U0ASKER01"] = "it-IT"  # changed in Slack meanwhile
    clock.now += 3599
    assert locales.locale_of(web, "U0ASKER01") == "ko"
    clock.now += 2
    assert locales.locale_of(web, "U0ASKER01") == "it"
    assert len(fake_slack.calls("users.info")) == 2


def test_a_failure_is_remembered_briefly_and_never_raises(fake_slack: FakeSlack) -> None:
    clock, web = Clock(), client(fake_slack)
    locales = UserLocales(failed_ttl_seconds=60, clock=clock)
    fake_slack.fail("users.info", "ratelimited")
    assert locales.locale_of(web, "U0ASKER01") is None
    assert locales.locale_of(web, "U0ASKER01") is None  # not asked again at once
    assert len(fake_slack.calls("users.info")) == 1
    clock.now += 61
    locales.locale_of(web, "U0ASKER01")
    assert len(fake_slack.calls("users.info")) == 2


def test_at_most_max_entries_people_are_remembered_and_odd_ids_are_never_asked(
        fake_slack: FakeSlack) -> None:
    locales = UserLocales(max_entries=3)
    web = client(fake_slack)
    for n in range(5):
        locales.locale_of(web, f"U0PERSON{n}")
    assert len(locales) == 3
    assert locales.locale_of(web, "not a user id") is None
    assert locales.locale_of(web, None) is None
    assert len(fake_slack.calls("users.info")) == 5
