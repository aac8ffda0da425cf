"""Each Slack delivery handled once: Slack retries and sometimes repeats, the bot must not.

Slack resends an event when it saw no acknowledgement within 3 seconds (``X-Slack-Retry-Num``),
and the same message can reach the app more than once under different envelopes. Every delivery
yields a few keys (``delivery_keys``); the first delivery to claim its keys is handled and any
later one carrying a claimed key is acknowledged with 200 and dropped (``dedup_middleware``).

The keys live in a ``SeenStore``: ``MemorySeenStore`` in this process, or
``bot.store.seen_keys.DatabaseSeenStore`` in the shared database (what ``serve`` uses), so that
replicas, and a process started again within Slack's retry window, answer each delivery once.
Anything with an atomic "set if absent, with expiry" can implement the same protocol.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from bot import metrics

log = logging.getLogger(__name__)

# Slack retries three times: at once, after 1 minute and after 5 minutes. Ten minutes covers all
# of them with room for clock skew, and is short enough to keep the store small.
DEFAULT_TTL_SECONDS = 600.0
# At 100 deliveries a second with two or three keys each, ten minutes is ~150,000 keys; the bound
# caps memory (~200 bytes a key, so ~10 MB) and, when it bites, only the oldest keys (whose
# retries are the least likely) are forgotten.
DEFAULT_MAX_ENTRIES = 50_000


class SeenStore(Protocol):
    def claim(self, keys: Sequence[str]) -> bool:
        """Claim a delivery's ``keys`` in order, stopping at the first one already claimed, and
        say whether all were new, atomically per key: of any number of concurrent claims of a
        key (in any process sharing the store), exactly one gets past it."""
        ...


class MemorySeenStore:
    """Keys seen in the last ``ttl`` seconds, at most ``max_entries`` of them, in this process.

    Every call is O(1) amortised: keys are kept in the order they were first seen, which is also
    the order they expire in (one TTL for all, counted from first sight), so expiry only ever
    looks at the oldest end.
    """

    def __init__(self, *, ttl: float = DEFAULT_TTL_SECONDS, max_entries: int = DEFAULT_MAX_ENTRIES,
                 clock: Callable[[], float] = time.monotonic):
        if ttl <= 0 or max_entries <= 0:
            raise ValueError("ttl and max_entries must be positive")
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            expiry = self._expiry
            while expiry:
                oldest, expires = next(iter(expiry.items()))
                if expires > now:
                    break
                del expiry[oldest]
            if key in expiry:
                # Not refreshed: a key seen again and again must still expire ttl after the
                # delivery that claimed it, or a retry storm would keep it alive forever.
                return False
            expiry[key] = now + self._ttl
            if len(expiry) > self._max:
                expiry.popitem(last=False)
            return True

    def claim(self, keys: Sequence[str]) -> bool:
        return all(self.first_time(key) for key in keys)

    def __len__(self) -> int:
        with self._lock:
            return len(self._expiry)


# -- keys -----------------------------------------------------------------------------------------


def _header(headers: Mapping[str, Sequence[str] | str], name: str) -> str | None:
    values = headers.get(name)
    if isinstance(values, str):
        return values
    return values[0] if values else None


def _message_keys(event: Mapping[str, Any]) -> list[str]:
    """The identity of the message behind an event, when the bot answers that event.

    Only the deliveries the listeners answer claim it: were an ignored delivery of the same
    message (an ``app_mention`` in a DM, answered from ``message.im`` instead) to claim it first,
    the one that answers would be dropped and the person would get nothing.
    """
    if event.get("subtype") or event.get("bot_id"):
        return []
    kind, channel = event.get("type"), event.get("channel")
    if not isinstance(channel, str):
        return []
    answered = (kind == "app_mention" and not channel.startswith("D")) or (
        kind == "message" and event.get("channel_type") == "im")
    if not answered:
        return []
    keys = []
    ts = event.get("ts")
    if channel and ts and isinstance(ts, str):
        # Channel ids are unique across workspaces, so no team in the key: a message in a
        # channel shared by two installed workspaces is one message, answered once.
        keys.append(f"msg:{channel}:{ts}")
    if event.get("client_msg_id") and isinstance(event["client_msg_id"], str):
        keys.append(f"cmsg:{event['client_msg_id']}")
    return keys


def _click_key(body: Mapping[str, Any]) -> list[str]:
    """The same button on the same message clicked again by the same person.

    A double click sends two deliveries with two trigger ids; for "Share in channel" that would
    post the answer twice for everyone. Every button of the bot replaces or deletes the message
    it is on, so a second click of the same button can only be that repeat.
    """
    actions, container, user = body.get("actions"), body.get("container"), body.get("user")
    if not (isinstance(actions, list) and len(actions) == 1 and isinstance(actions[0], Mapping)
            and isinstance(container, Mapping) and isinstance(user, Mapping)):
        return []
    action = actions[0]
    parts = (container.get("channel_id"), container.get("message_ts"), user.get("id"),
             action.get("action_id"), action.get("value", ""))
    texts = [p for p in parts if isinstance(p, str)]
    if len(texts) < len(parts) or not all(texts[:4]):
        return []
    return ["click:" + ":".join(texts)]


def delivery_keys(body: Mapping[str, Any]) -> list[str]:
    """The keys that identify a Slack delivery, most specific first; empty when there are none.

    - Events API: ``event_id``, then the message's channel and ``ts`` and its ``client_msg_id``
      (for the same message delivered under another envelope).
    - Slash commands and interactivity (no ``event_id``): ``trigger_id``, unique per invocation;
      for a button, also the click itself (message, person, button), to drop double clicks.

    Never raises, whatever the body: it runs on every request, malformed ones included.
    """
    keys = []
    event_id, trigger_id = body.get("event_id"), body.get("trigger_id")
    if event_id and isinstance(event_id, str):
        keys.append(f"event:{event_id}")
        event = body.get("event")
        if isinstance(event, Mapping):
            keys.extend(_message_keys(event))
    elif trigger_id and isinstance(trigger_id, str):
        keys.append(f"trigger:{trigger_id}")
        if body.get("type") == "block_actions":
            keys.extend(_click_key(body))
    return keys


def is_duplicate(store: SeenStore, keys: Sequence[str]) -> bool:
    """Claim ``keys`` in order, stopping at the first one already seen.

    Stopping early matters under concurrency: two copies of one delivery racing through
    ``[event, message]`` both try ``event`` first, so exactly one gets past it. Claiming every key
    regardless could let each copy win one key and lose the other, and then neither is answered.
    """
    return not store.claim(keys)


# -- Bolt ---------------------------------------------------------------------------------------

Middleware = Callable[..., "BoltResponse | None"]


def dedup_middleware(store: SeenStore) -> Middleware:
    """A Bolt global middleware (``app.use(dedup_middleware(store))``) dropping repeats.

    Bolt runs global middleware after its own (signature check, url_verification, the bot's own
    events), so only genuine Slack deliveries claim keys: a forged request cannot burn the key
    of a real one. A repeat gets an empty 200, which Slack takes as the acknowledgement (and
    which ends its retries); not calling ``next_`` keeps it from every listener.
    """

    def deduplicate(req: BoltRequest, body: dict[str, Any],
                    next_: Callable[[], BoltResponse | None]) -> BoltResponse | None:
        keys = delivery_keys(body)
        if keys and is_duplicate(store, keys):
            log.info("duplicate delivery dropped key=%s retry=%s reason=%s", keys[0],
                     _header(req.headers, "x-slack-retry-num") or "-",
                     _header(req.headers, "x-slack-retry-reason") or "-")
            metrics.DUPLICATES.inc()
            return BoltResponse(status=200, body="")
        return next_()

    return deduplicate
