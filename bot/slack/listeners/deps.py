"""What listeners need beyond Bolt's own arguments, handed to them through Bolt's ``context``.

Listeners are plain module-level functions, so they cannot capture the engine or the delivery
from an enclosing ``register``. A middleware puts one ``Deps`` in every request's context
(``inject``), and a listener takes ``context`` like any other Bolt argument and asks for it
(``Deps.of(context)``). Tests can build a context the same way and call a listener directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from slack_bolt import BoltContext, BoltResponse

from bot.slack.answers import Answers
from bot.slack.delivery.service import Delivery
from bot.slack.maintainer_home import MaintainerHome
from bot.slack.user_locales import UserLocales

_KEY = "safeguards_deps"


@dataclass(frozen=True)
class Deps:
    """``answers``: the engine's way in (matching, the question log); ``delivery``: where a
    listener records the reply it owes (the outbox) before it acknowledges; ``user_locales``:
    the Slack language of the people asking (cached ``users.info``)."""

    answers: Answers
    delivery: Delivery
    user_locales: UserLocales = field(default_factory=UserLocales)
    # The maintainers' Home and their suggestions (None: SAFEGUARDS_MAINTAINERS is not set).
    maintainers: MaintainerHome | None = None

    @classmethod
    def of(cls, context: BoltContext) -> Deps:
        deps = context.get(_KEY)
        if not isinstance(deps, cls):
            raise LookupError("the request context has no Deps: was the app built by build_app?")
        return deps

    def put_in(self, context: BoltContext) -> BoltContext:
        context[_KEY] = self
        return context

    def middleware(self) -> Callable[..., BoltResponse]:
        """A Bolt global middleware that puts these in every request's context."""

        def inject(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
            self.put_in(context)
            return next()

        return inject
