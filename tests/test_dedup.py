"""Exactly-once handling: the seen-store, the keys of real Slack payloads, and the middleware
in the real app over HTTP (a retried or re-enveloped delivery gets 200 and no second reply)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_bolt.request import BoltRequest

from bot.engine.matcher import Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app
from bot.slack.config import Settings
from bot.slack.dedup import MemorySeenStore, SeenStore, delivery_keys, is_duplicate
from bot.slack.manifest_ids import PICK, SHARE
from bot.testing.fake_slack import BOT_USER_ID, RESPONSE_URL, FakeSlack
from bot.testing.slack_requests import (
    DM_CHANNEL,
    FORM,
    JSON,
    SlackSender,
    block_actions,
    direct_message,
    event_callback,
    home_opened,
    mention,
    post,
    slash_command,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def parsed(body: str, content_type: str) -> dict:
    """The body as Bolt parses it, so the keys are derived from exactly what the app sees."""
    return BoltRequest(body=body, headers={"content-type": content_type}).body


# -- the store ----------------------------------------------------------------------------------


def test_a_key_is_new_once() -> None:
    store = MemorySeenStore()
    assert store.first_time("event:Ev1")
    assert not store.first_time("event:Ev1")
    assert store.first_time("event:Ev2")


def test_keys_expire_ttl_after_first_sight_and_are_not_refreshed_by_repeats() -> None:
    clock = Clock()
    store = MemorySeenStore(ttl=600, clock=clock)
    assert store.first_time("k")
    clock.now += 599
    assert not store.first_time("k")  # a repeat just before expiry does not extend it...
    clock.now += 1
    assert store.first_time("k")  # ... so it expires 600 s after it was first seen
    clock.now += 300
    assert not store.first_time("k")


def test_expired_keys_are_dropped_so_memory_follows_the_recent_rate() -> None:
    clock = Clock()
    store = MemorySeenStore(ttl=10, clock=clock)
    for i in range(1000):
        store.first_time(f"old{i}")
    clock.now += 10
    store.first_time("new")
    assert len(store) == 1


def test_the_store_is_bounded_and_forgets_the_oldest_first() -> None:
    store = MemorySeenStore(max_entries=3)
    for key in ("a", "b", "c", "d"):
        assert store.first_time(key)
    assert len(store) == 3
    assert not store.first_time("d")
    assert not store.first_time("b")
    assert store.first_time("a")  # forgotten: it was the oldest when "d" came in


@pytest.mark.parametrize(("ttl", "max_entries"), [(0, 10), (10, 0), (-1, 10)])
def test_nonsense_limits_are_refused(ttl: float, max_entries: int) -> None:
    with pytest.raises(ValueError):
        MemorySeenStore(ttl=ttl, max_entries=max_entries)


def test_concurrent_callers_with_the_same_key_get_exactly_one_true() -> None:
    store = MemorySeenStore()
    threads = 32
    for round_ in range(50):
        barrier = threading.Barrier(threads)
        results: list[bool] = []
        lock = threading.Lock()

        def claim(key: str = f"event:Ev{round_}", barrier: threading.Barrier = barrier,
                  results: list[bool] = results, lock: threading.Lock = lock) -> None:
            barrier.wait()
            won = store.first_time(key)
            with lock:
                results.append(won)

        workers = [threading.Thread(target=claim) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert sorted(results) == [False] * (threads - 1) + [True]


def test_many_keys_from_many_threads_each_win_once() -> None:
    store = MemorySeenStore()
    keys = [f"trigger:{i % 500}" for i in range(20_000)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        won = list(pool.map(store.first_time, keys))
    assert sum(won) == 500
    assert len(store) == 500


def test_the_memory_store_satisfies_the_protocol() -> None:
    store: SeenStore = MemorySeenStore()
    assert store.first_time("x")


# -- keys of real payloads --------------------------------------------------------------------


def test_an_event_is_keyed_by_event_id_then_by_its_message() -> None:
    event = mention(f"<@{BOT_USER_ID}> my account was suspended", ts="1712345678.000100")
    body = parsed(event_callback(event, event_id="Ev0123456789"), JSON)
    assert delivery_keys(body) == ["event:Ev0123456789", "msg:C0GENERAL:1712345678.000100",
                                   f"cmsg:{event['client_msg_id']}"]


def test_a_direct_message_is_keyed_by_its_message_too() -> None:
    event = direct_message("can I get my deleted account back", ts="1712345678.000200")
    keys = delivery_keys(parsed(event_callback(event, event_id="Ev1"), JSON))
    assert keys[:2] == ["event:Ev1", f"msg:{DM_CHANNEL}:1712345678.000200"]


def test_events_the_bot_does_not_answer_claim_no_message_key() -> None:
    # Slack never sends app_mention for a DM, but if it did the listener would leave it to
    # message.im: were it to claim the message, the DM would go unanswered.
    in_dm = mention("hi", channel=DM_CHANNEL)
    edited = direct_message("hi", subtype="message_changed")
    from_bot = direct_message("hi", bot_id="B0OTHER")
    in_channel = direct_message("hi", channel="C0GENERAL", channel_type="channel")
    for event in (in_dm, edited, from_bot, in_channel, home_opened()):
        assert delivery_keys(parsed(event_callback(event, event_id="Ev9"), JSON)) == ["event:Ev9"]


def test_a_message_without_client_msg_id_is_keyed_by_channel_and_ts() -> None:
    event = direct_message("hi", ts="1.000001")
    del event["client_msg_id"]
    assert delivery_keys(parsed(event_callback(event, event_id="Ev2"), JSON)) == [
        "event:Ev2", f"msg:{DM_CHANNEL}:1.000001"]


def test_commands_are_keyed_by_trigger_id_and_clicks_also_by_the_click() -> None:
    command = parsed(slash_command("help", response_url="https://hooks.slack.com/x"), FORM)
    click = parsed(block_actions(PICK, "appeals", response_url="https://hooks.slack.com/y",
                                 ephemeral=True, message_ts="1712345678.000300"), FORM)
    assert delivery_keys(command) == [f"trigger:{command['trigger_id']}"]
    assert delivery_keys(click) == [
        f"trigger:{click['trigger_id']}",
        f"click:C0GENERAL:1712345678.000300:U0ASKER01:{PICK}:appeals"]


# Bodies of any shape, cheap to draw: few leaves, small collections and strings from a short
# alphabet (text from all of Unicode makes Hypothesis build its character map on first use, over
# a second without a .hypothesis/ cache, which failed the too_slow health check). The top-level
# fields are often objects and the leaves often the very strings delivery_keys() compares with,
# so bodies get past its first checks into the event, click and container branches.
_FIELD_NAMES = st.sampled_from(["type", "channel", "ts", "client_msg_id", "channel_type",
                                "subtype", "bot_id", "message_ts", "channel_id", "id",
                                "action_id", "value"])
_SCALARS = st.one_of(
    st.sampled_from(["", "x", "Ev1", "C0CH", "D0DM", "U0ME", "1712345678.000100", "app_mention",
                     "message", "im", "block_actions", "bot_message"]),
    st.text(alphabet="aDC0.:é", max_size=4), st.none(), st.booleans(),
    st.integers(min_value=-1, max_value=2))
_JSON = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=2), st.dictionaries(_FIELD_NAMES, inner, max_size=4)), max_leaves=6)
_OBJECT = st.dictionaries(_FIELD_NAMES, _SCALARS, max_size=6)


@given(body=st.fixed_dictionaries({}, optional={
    "event_id": _SCALARS, "trigger_id": _SCALARS, "type": _SCALARS,
    "event": st.one_of(_OBJECT, _JSON), "actions": st.one_of(st.lists(_OBJECT, max_size=2), _JSON),
    "container": st.one_of(_OBJECT, _JSON), "user": st.one_of(_OBJECT, _JSON)}))
@settings(max_examples=300)
def test_keys_of_any_body_are_strings_and_never_an_exception(body: dict) -> None:
    keys = delivery_keys(body)
    assert all(isinstance(k, str) and k for k in keys)


def test_bodies_without_identity_have_no_keys() -> None:
    for body in ({}, {"type": "url_verification", "challenge": "x"}, {"ssl_check": "1"},
                 {"event_id": "", "trigger_id": None}, {"type": "event_callback", "event": "x"}):
        assert delivery_keys(body) == []
    assert delivery_keys({"event_id": "Ev3", "event": "not an object"}) == ["event:Ev3"]


def test_the_same_message_under_a_new_envelope_is_a_duplicate() -> None:
    store = MemorySeenStore()
    event = direct_message("hi")
    first = delivery_keys(parsed(event_callback(event, event_id="EvA"), JSON))
    again = delivery_keys(parsed(event_callback(event, event_id="EvB"), JSON))
    assert not is_duplicate(store, first)
    assert is_duplicate(store, again)
    assert is_duplicate(store, first)


def test_racing_copies_of_one_delivery_never_all_lose() -> None:
    # Every copy claims the event id first, so one copy always gets through all its keys.
    for _ in range(100):
        store = MemorySeenStore()
        keys = ["event:Ev1", "msg:D1:1.1", "cmsg:c1"]
        barrier = threading.Barrier(8)

        def copy(barrier: threading.Barrier = barrier, store: MemorySeenStore = store,
                 keys: list[str] = keys) -> bool:
            barrier.wait()
            return not is_duplicate(store, keys)

        with ThreadPoolExecutor(max_workers=8) as pool:
            handled = [f.result() for f in [pool.submit(copy) for _ in range(8)]]
        assert handled.count(True) == 1


# -- the middleware in the real app, over HTTP -------------------------------------------------


@pytest.fixture
def dedup_server(settings: Settings, matcher: Matcher) -> Iterator[HttpServer]:
    # build_app wires the middleware itself: these tests prove the app as served deduplicates.
    with HttpServer(build_app(settings, matcher)) as server:
        yield server


@pytest.fixture
def sender(dedup_server: HttpServer) -> SlackSender:
    return SlackSender(dedup_server.url)


@pytest.fixture
def finish(dedup_server: HttpServer) -> Callable[[], None]:
    return dedup_server.close


def test_a_retried_event_is_acknowledged_and_answered_once(
    dedup_server: HttpServer, fake_slack: FakeSlack, finish: Callable[[], None]
) -> None:
    body = event_callback(mention(f"<@{BOT_USER_ID}> my account was suspended"))
    first = post(dedup_server.url, body, JSON)
    retries = [post(dedup_server.url, body, JSON,
                    headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"})
               for n in (1, 2, 3)]

    assert [r.status for r in (first, *retries)] == [200] * 4
    finish()
    assert len(fake_slack.calls("chat.postMessage")) == 1


def test_one_message_in_two_envelopes_is_answered_once(
    sender: SlackSender, fake_slack: FakeSlack, finish: Callable[[], None]
) -> None:
    event = direct_message("can I get my deleted account back")
    assert sender.event(event, event_id="EvFIRST0001").status == 200
    assert sender.event(event, event_id="EvSECOND002").status == 200
    finish()
    assert len(fake_slack.calls("chat.postMessage")) == 1


@pytest.mark.parametrize("mention_first", [True, False])
def test_a_dm_delivered_as_mention_and_message_is_answered_once_whatever_the_order(
    sender: SlackSender, fake_slack: FakeSlack, finish: Callable[[], None], mention_first: bool
) -> None:
    dm = direct_message(f"<@{BOT_USER_ID}> my account was suspended")
    as_mention = mention(dm["text"], channel=DM_CHANNEL, ts=dm["ts"],
                         client_msg_id=dm["client_msg_id"])
    for event in ((as_mention, dm) if mention_first else (dm, as_mention)):
        assert sender.event(event).status == 200
    finish()
    [answer] = fake_slack.calls("chat.postMessage")
    assert answer.body["channel"] == DM_CHANNEL


def test_a_repeated_command_is_answered_once_and_distinct_ones_all_are(
    dedup_server: HttpServer, fake_slack: FakeSlack, sender: SlackSender,
    finish: Callable[[], None]
) -> None:
    body = slash_command("help", response_url=fake_slack.response_url())
    assert [post(dedup_server.url, body, FORM).status for _ in range(3)] == [200] * 3
    for _ in range(3):
        assert sender.command("help", fake_slack.response_url()).status == 200
    finish()
    assert len(fake_slack.calls(RESPONSE_URL)) == 4


def test_a_double_click_on_share_posts_once(
    sender: SlackSender, fake_slack: FakeSlack, finish: Callable[[], None]
) -> None:
    url = fake_slack.response_url()  # one message: both clicks carry its response_url and ts
    for _ in range(2):
        assert sender.click(SHARE, "appeals", url, ephemeral=True,
                            message_ts="1712345678.000400").status == 200
    finish()
    shared = [c for c in fake_slack.calls(RESPONSE_URL)
              if c.body.get("response_type") == "in_channel"]
    assert len(shared) == 1


def test_a_forged_request_claims_nothing(
    dedup_server: HttpServer, fake_slack: FakeSlack, finish: Callable[[], None]
) -> None:
    # Global middleware runs after Bolt's signature check: a forgery can't pre-empt the real one.
    body = event_callback(direct_message("my account was suspended"))
    assert post(dedup_server.url, body, JSON, secret="forged").status == 401
    assert post(dedup_server.url, body, JSON).status == 200
    finish()
    assert len(fake_slack.calls("chat.postMessage")) == 1


def test_the_default_app_drops_a_retry_with_slack_retry_headers(
    bot_server: HttpServer, fake_slack: FakeSlack, drain: Callable[[], None]
) -> None:
    # The app every other test and `serve` use, no extra wiring: one retry as Slack sends it.
    body = event_callback(mention(f"<@{BOT_USER_ID}> my account was suspended",
                                  ts="1712345678.000900"), event_id="EvRETRIED01")
    first = post(bot_server.url, body, JSON)
    retry = post(bot_server.url, body, JSON,
                 headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert (first.status, retry.status) == (200, 200)
    drain()
    [answer] = fake_slack.calls("chat.postMessage")
    assert answer.body["thread_ts"] == "1712345678.000900"


def test_replicas_sharing_one_store_answer_a_delivery_once(
    settings: Settings, matcher: Matcher, fake_slack: FakeSlack
) -> None:
    shared = MemorySeenStore()  # stands in for Redis: two apps, one store
    body = event_callback(direct_message("can I get my deleted account back"))
    with HttpServer(build_app(settings, matcher, seen=shared)) as one, \
            HttpServer(build_app(settings, matcher, seen=shared)) as two:
        assert post(one.url, body, JSON).status == 200
        assert post(two.url, body, JSON,
                    headers={"X-Slack-Retry-Num": "1",
                             "X-Slack-Retry-Reason": "http_timeout"}).status == 200
    assert len(fake_slack.calls("chat.postMessage")) == 1
