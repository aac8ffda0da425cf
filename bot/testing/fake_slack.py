"""A fake Slack on 127.0.0.1: a real HTTP server, in a thread, that plays Slack's side.

- **Web API** under ``/api/``: answers like Slack (``{"ok": true, ...}`` with realistic fields)
  and records every call: method, headers and parsed body. It checks what Slack checks and a
  reply could get wrong (a bot token, a channel, text or blocks, Block Kit limits, a modal's
  trigger_id and title), answering ``{"ok": false, "error": ...}`` as Slack would. ``fail()``
  makes a method answer an error, as Slack does for a channel the bot is not in; ``fault()``
  makes it answer an HTTP error (a 429 with Retry-After, a 500) or drop the connection, a given
  number of times; ``latency`` makes every answer slow, as Slack over the internet is.
- **response_url** posts at ``/response/<n>`` (hand one out with ``response_url()``).
- **Socket Mode**: ``apps.connections.open`` returns ``ws://.../link``, where a minimal WebSocket
  server says hello, sends the envelopes a test pushes, and records the client's acks.

Tests wait for calls with ``wait_for``: listeners reply from Bolt's thread pool after the ack.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.testing.fake_slack_calls import APP_ID as APP_ID
from bot.testing.fake_slack_calls import BOT_ID as BOT_ID
from bot.testing.fake_slack_calls import BOT_USER_ID as BOT_USER_ID
from bot.testing.fake_slack_calls import DROP as DROP
from bot.testing.fake_slack_calls import RESPONSE_URL as RESPONSE_URL
from bot.testing.fake_slack_calls import SOCKET_ACK as SOCKET_ACK
from bot.testing.fake_slack_calls import TEAM_DOMAIN as TEAM_DOMAIN
from bot.testing.fake_slack_calls import TEAM_ID as TEAM_ID
from bot.testing.fake_slack_calls import Call as Call
from bot.testing.fake_slack_calls import Fault as Fault
from bot.testing.fake_slack_wire import handler_for

# Slack's own limits, checked on every message and view (the bot's side: bot/slack/blocks.py).
_MAX_MESSAGE_BLOCKS = 50
_MAX_VIEW_BLOCKS = 100
_MAX_SECTION_TEXT = 3000
_MAX_BUTTON_TEXT = 75
_MAX_BUTTON_VALUE = 2000
_MAX_HEADER_TEXT = 150
_MAX_MODAL_TITLE = 24
_MAX_PRIVATE_METADATA = 3000


def block_problems(blocks: Any, max_blocks: int) -> list[str]:
    """What Slack would reject in ``blocks`` (a subset of its Block Kit validation)."""
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    problems = []
    if len(blocks) > max_blocks:
        problems.append(f"no more than {max_blocks} items allowed [json-pointer:/blocks]")
    for i, block in enumerate(blocks):
        where = f"[json-pointer:/blocks/{i}]"
        kind = block.get("type")
        text = (block.get("text") or {}).get("text", "")
        if kind == "section" and not 0 < len(text) <= _MAX_SECTION_TEXT:
            problems.append(f"section text must be 1-{_MAX_SECTION_TEXT} characters {where}")
        if kind == "header" and not 0 < len(text) <= _MAX_HEADER_TEXT:
            problems.append(f"header text must be 1-{_MAX_HEADER_TEXT} characters {where}")
        elements = list(block.get("elements") or [])
        if block.get("accessory"):
            elements.append(block["accessory"])
        action_ids = [e.get("action_id") for e in elements if e.get("action_id")]
        if len(action_ids) != len(set(action_ids)):
            problems.append(f"action_ids must be unique within a block {where}")
        for element in elements:
            if element.get("type") == "button":
                label = (element.get("text") or {}).get("text", "")
                if not 0 < len(label) <= _MAX_BUTTON_TEXT:
                    problems.append(f"button text must be 1-{_MAX_BUTTON_TEXT} characters {where}")
                if len(element.get("value", "")) > _MAX_BUTTON_VALUE:
                    problems.append(f"button value too long {where}")
            if element.get("type") in ("mrkdwn", "plain_text") and not element.get("text"):
                problems.append(f"context text must not be empty {where}")
    return problems


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Slack takes any burst of connections. The default backlog (5) refuses a burst of replies
    # sent at once (the reply pool runs 64), and TCP retries each refused one a second later.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]):
        super().__init__(address, handler)
        # Requests accepted and not yet answered (a Socket Mode link leaves the count when it
        # opens: it is a connection, not a request waiting for its answer).
        self.in_flight = 0
        self._counting = threading.Lock()
        self._left_early: set[int] = set()  # ids of the requests that became Socket Mode links

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._counting:
            self.in_flight += 1
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._counting:
                if id(request) in self._left_early:
                    self._left_early.discard(id(request))
                else:
                    self.in_flight -= 1

    def became_link(self, request: Any) -> None:
        """A Socket Mode link opened on ``request``: no answer is pending on it any more."""
        with self._counting:
            self._left_early.add(id(request))
            self.in_flight -= 1


class FakeSlack:
    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._changed = threading.Condition()
        self._numbers = itertools.count(1)
        self._envelopes: queue.Queue[dict[str, Any]] = queue.Queue()  # {} means a ping
        self._socket_connected = threading.Event()
        self._stopping = threading.Event()
        # Every address it hands out starts with this: a late request meant for another fake
        # that once had the same port (another test, another test run) is refused, not counted.
        self.prefix = f"/{secrets.token_hex(6)}"
        self.strays: list[str] = []
        # (method, channel or None) -> the error Slack answers with; see fail().
        self._failures: dict[tuple[str, str | None], str] = {}
        self._views: dict[str, dict[str, Any]] = {}
        # method -> HTTP faults still to answer with, in order; see fault().
        self._faults: dict[str, list[Fault]] = {}
        # Seconds every Web API and response_url answer takes (Slack: ~0.1-0.3 s).
        self.latency = 0.0
        # User groups (S…) and their members, for usergroups.users.list.
        self.usergroups: dict[str, list[str]] = {}
        # Each user's Slack language, as users.info answers with include_locale (else "en-US").
        self.locales: dict[str, str] = {}
        self.server = _Server(("127.0.0.1", 0), handler_for(self))
        # A short poll interval: shutdown() waits for the next poll, and tests stop it often
        # (every test with a fake Slack: 5 ms costs next to no CPU; 20 ms cost a second a suite).
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.005,),
                                        name="fake-slack", daemon=True)

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses --------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self.server.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL points at."""
        return f"{self.url}{self.prefix}/api/"

    def response_url(self) -> str:
        """A fresh response_url, as Slack puts in each command and interaction payload."""
        return f"{self.url}{self.prefix}/response/{next(self._numbers)}"

    # -- what the app did --------------------------------------------------------------------
    def record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()

    def calls(self, method: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

    def replies(self) -> list[Call]:
        """Every call that shows a person something (all calls but auth.test, acks and
        look-ups of a user's language)."""
        return [c for c in self.calls() if c.method not in ("auth.test", SOCKET_ACK,
                                                               "apps.connections.open",
                                                               "users.info")]

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [c.method for c in self._calls]
                    raise AssertionError(f"timed out after {timeout}s; calls so far: {methods}")
                self._changed.wait(left)

    def wait_until_answered(self, timeout: float = 10.0) -> None:
        """Until every request already received has had its answer: a request a process sent
        just before it was killed is answered as Slack was then (in an outage, with the outage's
        fault), not after a later ``clear_faults``."""
        deadline = time.monotonic() + timeout
        while self.server.in_flight:
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.server.in_flight} request(s) still unanswered")
            time.sleep(0.01)

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """The first ``count`` calls to ``method``, waiting up to ``timeout`` for them."""
        self.wait_until(lambda: len(self.calls(method)) >= count, timeout)
        return self.calls(method)[:count]

    def fail(self, method: str, error: str, *, channel: str | None = None) -> None:
        """Make ``method`` answer ``{"ok": false, "error": error}`` (only for ``channel``, if
        given), e.g. ``fail("chat.postMessage", "not_in_channel", channel="C0PRIVATE")``."""
        with self._changed:
            self._failures[(method, channel)] = error

    def fault(self, method: str, status: int, *, times: int = 1,
              retry_after: int | None = None) -> None:
        """Make the next ``times`` calls to ``method`` answer HTTP ``status`` (429 with a
        ``Retry-After`` of ``retry_after`` seconds, 500...) instead of Slack's JSON; status
        ``DROP`` closes the connection without an answer, as a failing load balancer does."""
        with self._changed:
            self._faults.setdefault(method, []).extend([Fault(status, retry_after)] * times)

    def clear_faults(self) -> None:
        """Slack is well again: no more faults are answered (those still pending are dropped)."""
        with self._changed:
            self._faults.clear()

    def _fault(self, method: str) -> Fault | None:
        with self._changed:
            pending = self._faults.get(method)
            return pending.pop(0) if pending else None

    def _failure(self, method: str, body: dict[str, Any]) -> str | None:
        with self._changed:
            channel = body.get("channel")
            return (self._failures.get((method, channel if isinstance(channel, str) else None))
                    or self._failures.get((method, None)))

    # -- Socket Mode ----------------------------------------------------------------------------
    def send_envelope(self, envelope: dict[str, Any], timeout: float = 5.0) -> None:
        """Deliver a Socket Mode envelope to the connected client."""
        if not self._socket_connected.wait(timeout):
            raise AssertionError("no Socket Mode client connected")
        self._envelopes.put(envelope)

    def ping_socket(self) -> None:
        """Send the client a ping, as Slack does now and then. It wakes the client's receive
        loop, which otherwise holds its socket lock for up to 3 s and so delays its close()."""
        if self._socket_connected.is_set():
            self._envelopes.put({})

    @contextlib.contextmanager
    def pinging(self, every: float = 0.05) -> Iterator[None]:
        """Ping the client every ``every`` seconds while the block runs, so that a client closing
        in it (here, or in a ``serve`` process stopping) is never kept waiting for its lock."""
        done = threading.Event()

        def ping() -> None:
            while not done.wait(every):
                self.ping_socket()

        pinger = threading.Thread(target=ping, name="fake-slack-pings", daemon=True)
        pinger.start()
        try:
            yield
        finally:
            done.set()
            pinger.join()

    # -- answers -------------------------------------------------------------------------------
    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._numbers):06d}"

    def answer(self, method: str, headers: dict[str, str], body: dict[str, Any]) -> dict:
        auth = headers.get("authorization", "")
        if method == "apps.connections.open":
            if not auth.startswith("Bearer xapp-"):
                return {"ok": False, "error": "not_allowed_token_type"}
            return {"ok": True, "url": f"{self.url.replace('http://', 'ws://')}{self.prefix}/link"}
        if not auth.startswith("Bearer xoxb-"):
            return {"ok": False, "error": "not_authed"}
        failure = self._failure(method, body)
        if failure:
            return {"ok": False, "error": failure}
        if method == "auth.test":
            return {"ok": True, "url": f"https://{TEAM_DOMAIN}.slack.com/",
                    "team": "Safeguards Test", "user": "safeguards", "team_id": TEAM_ID,
                    "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            return self._message(method, body)
        if method == "chat.getPermalink":
            channel, ts = body.get("channel"), body.get("message_ts")
            if not channel:
                return {"ok": False, "error": "channel_not_found"}
            if not ts:
                return {"ok": False, "error": "message_not_found"}
            return {"ok": True, "channel": channel, "permalink":
                    f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts.replace('.', '')}"}
        if method in ("views.open", "views.update"):
            return self._modal(method, body)
        if method == "users.info":
            return self._user(body)
        if method == "usergroups.users.list":
            members = self.usergroups.get(str(body.get("usergroup") or ""))
            if members is None:
                return {"ok": False, "error": "no_such_subteam"}
            return {"ok": True, "users": list(members)}
        if method == "views.publish":
            view = body.get("view") or {}
            if not body.get("user_id"):
                return {"ok": False, "error": "invalid_arguments"}
            problems = block_problems(view.get("blocks", []), _MAX_VIEW_BLOCKS)
            if view.get("type") != "home" or problems:
                return {"ok": False, "error": "invalid_arguments", "response_metadata":
                        {"messages": problems or ["view type must be home"]}}
            return {"ok": True, "view": {**view, "id": f"V{next(self._numbers):08d}",
                                         "team_id": TEAM_ID, "app_id": APP_ID,
                                         "bot_id": BOT_ID, "hash": self.next_ts()}}
        return {"ok": False, "error": "unknown_method"}

    def _user(self, body: dict[str, Any]) -> dict[str, Any]:
        user = body.get("user")
        if not isinstance(user, str) or not user.startswith(("U", "W")):
            return {"ok": False, "error": "user_not_found"}
        with self._changed:
            locale = self.locales.get(user, "en-US")
        found: dict[str, Any] = {"id": user, "team_id": TEAM_ID, "name": user.lower(),
                                 "deleted": False, "is_bot": False, "tz": "Europe/Paris"}
        # Slack sends the locale only when asked (include_locale=true, a form or query value).
        if str(body.get("include_locale")).lower() in ("true", "1"):
            found["locale"] = locale
        return {"ok": True, "user": found}

    def _modal(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        view = body.get("view") or {}
        if method == "views.open" and not body.get("trigger_id"):
            return {"ok": False, "error": "invalid_arguments"}
        if method == "views.update":
            view_id = body.get("view_id")
            with self._changed:
                known = view_id in self._views
            if not known:
                return {"ok": False, "error": "not_found"}
        problems = block_problems(view.get("blocks", []), _MAX_VIEW_BLOCKS)
        title = (view.get("title") or {}).get("text", "")
        if view.get("type") != "modal":
            problems.append("view type must be modal")
        if not 0 < len(title) <= _MAX_MODAL_TITLE:
            problems.append(f"title must be 1-{_MAX_MODAL_TITLE} characters")
        if len(view.get("private_metadata", "")) > _MAX_PRIVATE_METADATA:
            problems.append("private_metadata too long")
        if problems:
            return {"ok": False, "error": "invalid_arguments",
                    "response_metadata": {"messages": problems}}
        view_id = body.get("view_id") or f"V{next(self._numbers):08d}"
        shown = {**view, "id": view_id, "team_id": TEAM_ID, "app_id": APP_ID, "bot_id": BOT_ID,
                 "hash": self.next_ts(), "state": {"values": {}}, "root_view_id": view_id}
        with self._changed:
            self._views[view_id] = shown
        return {"ok": True, "view": shown}

    def _message(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not body.get("text") and not body.get("blocks"):
            return {"ok": False, "error": "no_text"}
        if "blocks" in body:
            problems = block_problems(body["blocks"], _MAX_MESSAGE_BLOCKS)
            if problems:
                return {"ok": False, "error": "invalid_blocks", "errors": problems}
        ts = body.get("ts") if method == "chat.update" else self.next_ts()
        if method == "chat.postEphemeral":
            if not body.get("user"):
                return {"ok": False, "error": "user_not_in_channel"}
            return {"ok": True, "message_ts": ts}
        message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "app_id": APP_ID,
                   "team": TEAM_ID, "ts": ts, "text": body.get("text", ""),
                   "blocks": body.get("blocks", [])}
        if body.get("thread_ts"):
            message["thread_ts"] = body["thread_ts"]
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def answer_response_url(self, body: dict[str, Any]) -> tuple[int, str]:
        # Slack answers response_url posts with plain text, not JSON.
        if "blocks" in body and block_problems(body["blocks"], _MAX_MESSAGE_BLOCKS):
            return 400, "invalid_blocks"
        if not (body.get("text") or body.get("blocks") or body.get("delete_original")):
            return 400, "no_text"
        return 200, "ok"
