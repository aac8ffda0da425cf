"""The Slack language of the person asking: ``users.info`` with ``include_locale``, cached.

Asked only when a question's own language is not clear (a lone "appeal?") or there is no question
(the App Home tab, ``/safeguards help``, the triage modal shown to an agent). It needs the
``users:read`` scope. The answer is kept ``ttl_seconds`` (people rarely change their Slack
language), a failure or an unknown language for a short while only, and at most ``max_entries``
people are remembered, the least recently asked going first. A failure never costs the reply:
it is answered in the workspace's language.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from slack_sdk import WebClient

from bot.engine.help_center import from_slack_locale
from bot.slack.id_patterns import USER_ID
from bot.slack.slack_errors import WEB_API_ERRORS, error_code

log = logging.getLogger(__name__)

TTL_SECONDS = 3600.0
# A failed look-up (a 5xx, no scope yet) is tried again after this, not at every question.
FAILED_TTL_SECONDS = 60.0
MAX_ENTRIES = 10_000


class UserLocales:
    def __init__(self, *, ttl_seconds: float = TTL_SECONDS,
                 failed_ttl_seconds: float = FAILED_TTL_SECONDS,
                 max_entries: int = MAX_ENTRIES, clock: Callable[[], float] = time.monotonic):
        self._ttl = ttl_seconds
        self._failed_ttl = failed_ttl_seconds
        self._max = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        # user id -> (Help Center locale or None, when it expires)
        self._known: OrderedDict[str, tuple[str | None, float]] = OrderedDict()
        self.lookups = 0  # users.info calls made (for tests and curiosity)

    def __len__(self) -> int:
        with self._lock:
            return len(self._known)

    def locale_of(self, client: WebClient, user_id: object) -> str | None:
        """The Help Center locale of the user's Slack language, or None (unknown, a language the
        Help Center does not have, or Slack could not say)."""
        if not (isinstance(user_id, str) and USER_ID.match(user_id)):
            return None
        now = self._clock()
        with self._lock:
            cached = self._known.get(user_id)
            if cached is not None and cached[1] > now:
                self._known.move_to_end(user_id)
                return cached[0]
        locale, ok = self._ask(client, user_id)
        with self._lock:
            self._known[user_id] = (locale, now + (self._ttl if ok else self._failed_ttl))
            self._known.move_to_end(user_id)
            while len(self._known) > self._max:
                self._known.popitem(last=False)
        return locale

    def asker(self, client: WebClient, user_id: object) -> Callable[[], str | None]:
        """``locale_of`` for later: called only if the reply needs it."""
        return lambda: self.locale_of(client, user_id)

    def _ask(self, client: WebClient, user_id: str) -> tuple[str | None, bool]:
        self.lookups += 1
        try:
            answer = client.users_info(user=user_id, include_locale=True)
        except WEB_API_ERRORS as exc:
            log.warning("user language unknown: users.info error=%s", error_code(exc))
            return None, False
        user = answer.get("user")
        locale = user.get("locale") if isinstance(user, dict) else None
        return from_slack_locale(locale), True
