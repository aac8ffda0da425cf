"""Fuzzing the real HTTP endpoint with correctly signed, hostile requests.

One app and one fake Slack serve the whole module (starting them per example would cost more
than the examples). Every request is signed with the real secret, so it gets past the signature
check and reaches Bolt and the listeners; what is checked:

- never a 5xx and never a traceback in a response body, whatever the body;
- a well-formed request (Slack's real shapes, hostile text inside) is acknowledged with 200 and
  answered, and the answer is accepted by Slack (Block Kit limits);
- nothing the bot posts pings anyone (``<!channel>``, ``<!here>``, ``<!everyone>``,
  ``<!subteam^…>``, ``<@U…>``) or links anywhere but the catalog's own addresses.

``test_zz_report`` runs last: it drains the app, sweeps every call the fake Slack recorded and
prints how many cases were tried (``pytest -s tests/test_http_fuzz.py`` shows it).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.catalog import Catalog
from bot.engine.help_center import LOCALES, url_in
from bot.engine.matcher import Matcher
from bot.server.http_server import HttpServer
from bot.slack.app import build_app
from bot.slack.config import Settings
from bot.slack.manifest_ids import NONE_OF_THESE, PICK, SHARE
from bot.testing.fake_slack import BOT_USER_ID, Call, FakeSlack
from bot.testing.slack_requests import (
    ASKER,
    BOT_TOKEN,
    FORM,
    JSON,
    SIGNING_SECRET,
    HttpResult,
    block_actions,
    direct_message,
    event_callback,
    home_opened,
    mention,
    request,
    slash_command,
)
from tests.support.delivery import FAST

# A 40,000-character example has a large repr; Hypothesis warns about it for every such case.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

# Examples per well-formed surface (command, mention, DM, button). The hostile text is one of
# seven kinds (empty, whitespace, emoji, control characters, markup and words, any short text,
# 3,001 to 40,000 characters); 100 examples try every kind on every surface (measured over five
# runs: the long texts 3 to 16 times, markup and words 20 to 35), and the four surfaces share the
# kinds. What becomes of the text inside the bot is fuzzed far more cheaply with any text: the
# matcher (test_matcher_properties.py, 700 examples) and the echo in a reply (test_replies.py).
# Here each example is a signed request, Bolt and a reply through the fake Slack (11 ms for a
# command; up to 2 s to match a 40,000-character word): 300 per surface took 20 s of the suite's
# 70. The cheap raw bodies keep 300 examples and the broken fields 200 (more paths to break).
FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Cases tried, by kind: quoted by test_zz_report.
CASES: Counter[str] = Counter()
_unique = itertools.count(1)

# -- hostile text ---------------------------------------------------------------------------------

MARKUP = [
    "<!channel>", "<!here>", "<!everyone>", "<!subteam^S1>", "<!subteam^S0TEAM|@safety>",
    "<@U1>", "<@U0OTHER|bob>", "<@W0ENTERPRISE>", f"<@{BOT_USER_ID}>", "<#C1>", "<#C1|general>",
    "<https://evil.example|https://support.claude.com>", "<https://evil.example>",
    "<mailto:a@evil.example|support>", "<!date^1392734382^{date_pretty}|Feb 18>",
    "&lt;!channel&gt;", "&amp;lt;", "&", "<", ">", "<<!channel>>", "<!channel", "*bold*",
    "`code`", "```pre```", "> quote", ":warning:",
]
RTL = ["مرحبا، تم تعليق حسابي", "החשבון שלי הושעה", "\u202egnp.exe\u202c", "\u200f\u200e",
       "\u2067abc\u2069", "حساب <!channel> موقوف"]
EMOJI = ["😀", "🔥", "👩‍👩‍👧", "🏳️‍🌈", "\ufe0f", "🙂" * 3, "⚠️"]
WORDS = ["my account was suspended", "appeal", "I want to die", "report a bug",
         "jailbreak payload", "police asked for my data", "help", "list", "HELP", " list ",
         "child safety"]
WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u1680\u2000\u2003\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"

long_text = st.builds(lambda unit, n: (unit * n)[:40_000],
                      st.sampled_from(["a", "é", "😀", "<!channel> ", "suspended ", "\x00", "א"]),
                      st.sampled_from([40_000, 20_000, 3_001]))
hostile_text = st.one_of(
    st.just(""),
    st.text(alphabet=WHITESPACE, max_size=30),
    st.lists(st.sampled_from(EMOJI), min_size=1, max_size=10).map("".join),
    st.text(alphabet=st.characters(categories=["Cc"]), max_size=30),  # NUL and friends
    st.lists(st.one_of(st.sampled_from(MARKUP + RTL + EMOJI + WORDS), st.text(max_size=10)),
             max_size=12).map(" ".join),
    st.text(max_size=300),
    long_text,
)


# -- the app under test ---------------------------------------------------------------------------


class Target:
    # Not a dataclass: Hypothesis would print the whole catalog in every failing example.
    def __init__(self, server: HttpServer, fake: FakeSlack, catalog: Catalog):
        self.server = server
        self.fake = fake
        self.catalog = catalog

    def __repr__(self) -> str:
        return f"Target({self.server.url})"

    def post(self, body: str | bytes, content_type: str | None,
             headers: dict[str, str] | None = None) -> HttpResult:
        """POST ``body`` signed like Slack: HMAC over the exact bytes sent."""
        raw = body.encode() if isinstance(body, str) else body
        timestamp = str(int(time.time()))
        base = f"v0:{timestamp}:".encode() + raw
        sent = {"X-Slack-Request-Timestamp": timestamp,
                "X-Slack-Signature": "v0=" + hmac.new(SIGNING_SECRET.encode(), base,
                                                      hashlib.sha256).hexdigest()}
        if content_type is not None:
            sent["Content-Type"] = content_type
        sent.update(headers or {})
        return request(self.server.url, "POST", "/slack/events", raw, sent)

    def wait(self, predicate: Callable[[Call], bool], what: str) -> Call:
        found: list[Call] = []

        def arrived() -> bool:
            found[:] = [c for c in self.fake.replies() if predicate(c)]
            return bool(found)

        try:
            self.fake.wait_until(arrived, timeout=10)
        except AssertionError:
            raise AssertionError(f"no reply for {what}") from None
        return found[0]


@pytest.fixture(scope="module")
def target(matcher: Matcher) -> Iterator[Target]:
    with FakeSlack() as fake:
        settings_ = Settings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                             api_url=fake.api_url, delivery=FAST)
        with HttpServer(build_app(settings_, matcher)) as server:
            yield Target(server, fake, matcher.catalog)


STATUSES: Counter[int] = Counter()
# Acknowledgements that took Bolt's whole 3 s ack timeout (see the report of test_zz_report).
SLOW_ACKS: list[str] = []


def acknowledged(result: HttpResult, what: str = "") -> None:
    STATUSES[result.status] += 1
    if result.seconds > 2.5:
        SLOW_ACKS.append(f"{what} -> {result.status}")
    assert result.status < 500, (result.status, result.body)
    assert "Traceback" not in result.body and 'File "' not in result.body


_PINGS = re.compile(r"<!(?:channel|here|everyone|subteam)|<@[UW]", re.IGNORECASE)
_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)")


def problems(call: Call, catalog_urls: set[str], *, refused: bool = True) -> list[str]:
    """Why a reply the bot sent is not safe to show: pings, foreign links, and (``refused``)
    Slack refusing it."""
    text = call.dump()
    # "Share in channel" credits the person who clicked (in the answer's language): their own
    # id, from Slack, by design.
    text = text.replace(f"<@{ASKER}>", "(the clicker)")
    found = [f"pings: {m}" for m in _PINGS.findall(text)]
    found += [f"links to {url}" for url in _LINK.findall(text) if url not in catalog_urls]
    if refused and not call.ok:
        found.append(f"refused by Slack: {call.response}")
    return found


def urls(catalog: Catalog) -> set[str]:
    """Every page the catalog links, in every Help Center language."""
    return {url_in(entry, locale) for entry in catalog.entries for locale in LOCALES}


def check_reply(target: Target, call: Call) -> None:
    assert problems(call, urls(target.catalog)) == [], call.dump()[:2000]


def path_of(url: str) -> str:
    return urlparse(url).path


# -- well-formed requests with hostile text: 200, answered, no pings -------------------------------


@FUZZ
@given(text=hostile_text)
def test_a_slash_command_with_any_text_is_answered_safely(target: Target, text: str) -> None:
    url = target.fake.response_url()
    body = slash_command(text, response_url=url)
    CASES["command"] += 1
    result = target.post(body, FORM)
    acknowledged(result)
    assert result.status == 200
    check_reply(target, target.wait(lambda c: c.path == path_of(url), "the command"))


@FUZZ
@given(text=hostile_text, in_thread=st.booleans())
def test_a_mention_with_any_text_is_answered_safely(target: Target, text: str,
                                                    in_thread: bool) -> None:
    CASES["mention"] += 1
    event = mention(f"<@{BOT_USER_ID}> {text}",
                    thread_ts="1700000000.000001" if in_thread else None)
    result = target.post(event_callback(event), JSON)
    acknowledged(result)
    assert result.status == 200
    expected = event.get("thread_ts") or event["ts"]
    check_reply(target, target.wait(
        lambda c: c.method == "chat.postMessage" and c.body.get("thread_ts") == expected,
        "the mention"))


@FUZZ
@given(text=hostile_text)
def test_a_direct_message_with_any_text_is_answered_safely(target: Target, text: str) -> None:
    CASES["dm"] += 1
    channel = f"D{next(_unique):08d}"  # one conversation per example, to find its answer
    result = target.post(event_callback(direct_message(text, channel=channel)), JSON)
    acknowledged(result)
    assert result.status == 200
    check_reply(target, target.wait(
        lambda c: c.method == "chat.postMessage" and c.body.get("channel") == channel,
        "the direct message"))


@FUZZ
@given(action=st.sampled_from([PICK, SHARE, NONE_OF_THESE]),
       value=st.one_of(hostile_text, st.sampled_from(["appeals", "crisis-helpline", "none"])),
       ephemeral=st.booleans())
def test_a_button_with_any_value_is_answered_safely(target: Target, action: str, value: str,
                                                    ephemeral: bool) -> None:
    url = target.fake.response_url()
    body = block_actions(action, value, response_url=url, ephemeral=ephemeral)
    CASES["button"] += 1
    result = target.post(body, FORM)
    acknowledged(result)
    assert result.status == 200
    check_reply(target, target.wait(lambda c: c.path == path_of(url), "the click"))


# -- malformed, unknown and mislabelled requests: never a 5xx or a traceback ---------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                         st.text(max_size=20))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def real_payloads(response_url: str) -> list[tuple[str, dict[str, Any]]]:
    """Slack's real shapes as dicts, to be broken in the tests below."""
    command = dict(parse_qsl(slash_command("help", response_url=response_url)))
    click = json.loads(_form_payload(block_actions(PICK, "appeals", response_url=response_url,
                                                   ephemeral=False)))
    return [
        ("command", command),
        ("block_actions", click),
        ("mention", json.loads(event_callback(mention(f"<@{BOT_USER_ID}> appeal")))),
        ("dm", json.loads(event_callback(direct_message("appeal")))),
        ("home", json.loads(event_callback(home_opened()))),
    ]


def _form_payload(body: str) -> str:
    return parse_qs(body)["payload"][0]


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # deep nesting is refused with RecursionError
        return None


def encode(kind: str, payload: dict[str, Any]) -> tuple[str, str]:
    if kind == "command":
        return urlencode(payload), FORM
    if kind == "block_actions":
        return urlencode({"payload": json.dumps(payload)}), FORM
    return json.dumps(payload), JSON


def paths(payload: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path in a JSON value, to drop or replace one."""
    if isinstance(payload, dict):
        for key, value in payload.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(payload, list):
        for i, value in enumerate(payload):
            yield (*prefix, i)
            yield from paths(value, (*prefix, i))


def at(payload: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    parent = payload
    for key in path[:-1]:
        parent = parent[key]
    return parent, path[-1]


@settings(FUZZ, max_examples=200)
@given(data=st.data(), kind=st.sampled_from(["command", "block_actions", "mention", "dm",
                                               "home"]))
def test_a_real_payload_with_a_field_missing_or_mistyped_is_never_a_5xx(
    target: Target, data: st.DataObject, kind: str
) -> None:
    payload = dict(real_payloads(target.fake.response_url()))[kind]
    keys = list(paths(payload))
    # Any field: shapes Bolt cannot route get 400 (bot/request_shape.py), and a listener that
    # fails on a broken field logs it and returns (bot/listeners/guard.py), so every one is fair.
    path = data.draw(st.sampled_from(keys), label="field")
    parent, key = at(payload, path)
    if data.draw(st.booleans(), label="drop it"):
        del parent[key]
    else:
        parent[key] = data.draw(json_values, label="replacement")
    body, content_type = encode(kind, payload)
    CASES["broken field"] += 1
    result = target.post(body, content_type)
    acknowledged(result, f"{kind} {'/'.join(map(str, path))}")
    assert result.seconds < 2.5  # acknowledged promptly, not after Bolt's 3 s ack timeout


@settings(FUZZ, max_examples=300)
@given(body=st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(lambda v: urlencode({"payload": json.dumps(v)}).encode(), json_values),
    st.builds(lambda t: urlencode({"payload": t}).encode(), st.text(max_size=50)),
    st.sampled_from([b"", b"{", b'{"type": "event_callback", ', b"[" * 3000 + b"]" * 3000,
                     b"\xef\xbb\xbf{}", b"payload=", b"payload=%7B", b"ssl_check=1",
                     b'{"type": "url_verification"}', b"\x00" * 64,
                     b"text=%FF%FE%00&command=/x", b"command=/x&text=\xff\xfe",
                     b'{"type": "event_callback", "event": {"type": "tokens_revoked"}}']),
), content_type=st.sampled_from([FORM, JSON, "application/json; charset=utf-8", "text/plain",
                                 "multipart/form-data; boundary=x", "", None]))
def test_any_body_under_any_content_type_is_never_a_5xx(
    target: Target, body: bytes, content_type: str | None
) -> None:
    CASES["raw body"] += 1
    acknowledged(target.post(body, content_type), f"raw {content_type} {body[:60]!r}")


def test_invalid_utf8_in_a_form_body_is_refused_not_crashed(target: Target) -> None:
    # Signed over the exact bytes; today the endpoint decodes with U+FFFD before Bolt checks the
    # signature, so it no longer matches (401). Slack only ever sends UTF-8: refusing is right.
    body = slash_command("help", response_url=target.fake.response_url()).encode() + b"\xff\xfe"
    CASES["raw body"] += 1
    result = target.post(body, FORM)
    acknowledged(result)
    assert result.status in (400, 401)


def test_the_reply_check_itself_catches_pings_and_foreign_links(catalog: Catalog) -> None:
    known = urls(catalog)
    url = next(iter(known))

    def reply(text: str) -> Call:
        return Call("chat.postMessage", "/x", {}, {"text": text}, {"ok": True})

    assert problems(reply(f"<{url}|Title> Shared by <@{ASKER}> &lt;!channel&gt;"), known) == []
    for ping in ("<!channel>", "<!here|here>", "<!everyone>", "<!subteam^S1>", "<@U1>",
                 "<@W2|x>"):
        assert problems(reply(f"hi {ping}"), known), ping
    assert problems(reply("<https://evil.example|https://support.claude.com>"), known)


# -- known bugs, one request each: strict xfails that flip when fixed ------------------------------


def _click(actions: Any) -> str:
    return urlencode({"payload": json.dumps({"type": "block_actions", "actions": actions,
                                             "user": {"id": ASKER},
                                             "trigger_id": f"{next(_unique)}.T0.abc"})})


# Bolt raises inside its own middleware on these shapes (a 500); bot/request_shape.py refuses
# them first, after the signature check.
@pytest.mark.parametrize(("body", "content_type"), [
    pytest.param(json.dumps({"type": "event_callback", "event_id": "Ev1", "event": "x"}), JSON,
                 id="event-not-an-object"),
    pytest.param(_click([]), FORM, id="no-actions"),
    pytest.param(_click(None), FORM, id="actions-null"),
    pytest.param(_click(["x"]), FORM, id="action-not-an-object"),
    pytest.param(urlencode({"payload": json.dumps({"type": "view_submission",
                                                   "view": {"callback_id": "x"}})}),
                 FORM, id="view-without-type"),
])
def test_signed_shapes_bolt_cannot_route_are_refused_with_400(target: Target, body: str,
                                                             content_type: str) -> None:
    assert target.post(body, content_type).status == 400
    # ...and unsigned, they are still refused as forgeries: the shape check never comes first.
    raw = body.encode()
    assert request(target.server.url, "POST", "/slack/events", raw,
                   {"Content-Type": content_type, "X-Slack-Request-Timestamp": "1",
                    "X-Slack-Signature": "v0=0"}).status == 401


def test_a_question_mentioning_payload_is_answered(target: Target) -> None:
    # Bolt's parse_body reads any form body containing "payload" as interactivity: {} and 404,
    # unless bot/server/http_app.py parses the form itself.
    url = target.fake.response_url()
    result = target.post(slash_command("what is a jailbreak payload", response_url=url), FORM)
    assert result.status == 200
    target.wait(lambda c: c.path == path_of(url), "the command")


# Bolt answers 404 to requests no listener handles (Slack then retries events and shows errors
# on buttons): bot/listeners/fallback.py acknowledges them.
@pytest.mark.parametrize("body", [
    pytest.param(event_callback({"type": "tokens_revoked",
                                 "tokens": {"bot": ["U0SAFEBOT"]}}), id="unhandled-event"),
    pytest.param(event_callback({"type": "app_uninstalled"}), id="app-uninstalled"),
    pytest.param(block_actions("retired_button", "x", response_url="https://hooks.slack.com/x",
                               ephemeral=True), id="button-from-an-older-version"),
    pytest.param(slash_command("help", response_url="https://hooks.slack.com/x",
                               command="/renamed"), id="command-not-ours"),
])
def test_a_well_formed_request_nobody_handles_gets_200(target: Target,
                                                                  body: str) -> None:
    content_type = JSON if body.startswith("{") else FORM
    assert target.post(body, content_type).status == 200


# A listener raising within 10 ms of ack() made Bolt wait its whole 3 s ack timeout, then answer
# 404: bot/listeners/guard.py logs the failure and returns instead.
def test_a_listener_failing_right_after_ack_still_gets_a_prompt_200(
    target: Target
) -> None:
    # The value of a button is a string in every real payload; a list makes the listener raise
    # (unhashable) right after ack(). Any early exception after ack() does the same.
    body = _click([{"action_id": PICK, "value": ["appeals"], "block_id": "b1"}])
    result = target.post(body, FORM)
    assert (result.status, result.seconds < 1) == (200, True)


# -- last: everything the bot posted, and the count -----------------------------------------------


def test_zz_report(target: Target, capsys: pytest.CaptureFixture[str]) -> None:
    target.server.close()  # every listener has finished: every reply is recorded
    replies = target.fake.replies()
    # Slack may refuse a reply to a broken payload (no such channel); what matters here is
    # that nothing posted, whatever the request, pings or links outside the catalog.
    bad = {c.path: found for c in replies
           if (found := problems(c, urls(target.catalog), refused=False))}
    with capsys.disabled():
        print(f"\nHTTP fuzz: {sum(CASES.values())} signed requests "
              f"({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))}); "
              f"{len(replies)} replies checked; statuses {dict(sorted(STATUSES.items()))}; "
              f"{len(SLOW_ACKS)} acknowledgements took Bolt's 3 s ack timeout {SLOW_ACKS}")
    assert bad == {}
