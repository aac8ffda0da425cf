"""Who the maintainers are: the people who see the gaps in their App Home and may record
suggestions (``SAFEGUARDS_MAINTAINERS``: user ids, and user groups resolved with Slack's
``usergroups.users.list``, which needs the ``usergroups:read`` scope).

A group's members are cached for ``GROUP_TTL_SECONDS``: a Home opened or a button clicked costs
no Web API call while the list is fresh. When Slack cannot be asked, the last list known is used;
with none, nobody from that group counts as a maintainer (refusing is the safe way to fail: the
view shows what people asked). Each failure is logged once per refresh, by error code only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient

from bot.slack.id_patterns import USER_ID, USERGROUP_ID
from bot.slack.slack_errors import WEB_API_ERRORS, error_code

log = logging.getLogger("bot.slack.maintainers")

GROUP_TTL_SECONDS = 300.0
# A group asked about inside a listener must answer before the acknowledgement is due.
GROUP_TIMEOUT_SECONDS = 2


class Maintainers:
    def __init__(self, ids: tuple[str, ...], client: WebClient | None, *,
                 ttl_seconds: float = GROUP_TTL_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        """``ids``: user ids and user-group ids; ``client``: asks Slack about the groups."""
        self.users = frozenset(i for i in ids if USER_ID.match(i))
        self.groups = tuple(i for i in ids if USERGROUP_ID.match(i))
        self._client = client
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._members: dict[str, tuple[float, frozenset[str]]] = {}

    def __bool__(self) -> bool:
        return bool(self.users or self.groups)

    def includes(self, user_id: object) -> bool:
        """Whether ``user_id`` is a maintainer (may ask Slack about a group, see above)."""
        if not isinstance(user_id, str) or not USER_ID.match(user_id):
            return False
        if user_id in self.users:
            return True
        return any(user_id in self._members_of(group) for group in self.groups)

    def _members_of(self, group: str) -> frozenset[str]:
        now = self._clock()
        with self._lock:
            cached = self._members.get(group)
        if cached is not None and cached[0] > now:
            return cached[1]
        known = cached[1] if cached is not None else frozenset()
        if self._client is None:
            return known
        try:
            answer = self._client.api_call("usergroups.users.list",
                                           params={"usergroup": group})
            members = frozenset(u for u in answer.get("users") or () if isinstance(u, str))
        except WEB_API_ERRORS as exc:
            log.warning("maintainers: cannot list the members of %s (%s); %s", group,
                        error_code(exc), "using the last list known" if cached else
                        "nobody from it counts as a maintainer until Slack answers")
            members = known
            # Try again soon, not at every request: a missing scope will not fix itself.
            with self._lock:
                self._members[group] = (now + min(self._ttl, 30.0), members)
            return members
        with self._lock:
            self._members[group] = (now + self._ttl, members)
        return members
