"""Build the Bolt app: a Web API client, the listeners, the delivery of their replies.

Serving it (Socket Mode or HTTP) is ``bot/server``'s job, so tests can build the same app and
run it on a loopback port against a fake Slack.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    RetryHandler,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler

from bot import metrics
from bot.slack import listeners, maintenance
from bot.slack.answers import Answers, MatcherSource
from bot.slack.config import Settings
from bot.slack.dedup import MemorySeenStore, SeenStore, dedup_middleware
from bot.slack.delivery.service import Delivery
from bot.slack.escalation import Escalation
from bot.slack.listeners.deps import Deps
from bot.slack.request_metrics import request_metrics
from bot.store.database import Database
from bot.store.outbox import Outbox
from bot.store.question_log import QuestionLog
from bot.store.seen_keys import DatabaseSeenStore

# Bolt's pool for lazy listeners (the bot has none): listeners themselves run in the thread that
# received the request (``process_before_response``, see build_app), and take milliseconds.
LISTENER_THREADS = 4

# A Web API call that takes longer than this is not going to succeed; free the thread.
WEB_API_TIMEOUT_SECONDS = 10
# The one Web API call a listener makes itself, views.open, must land before its trigger_id
# expires, 3 s after the click; past that, waiting only delays the acknowledgement.
VIEWS_OPEN_TIMEOUT_SECONDS = 2
# Retries for the start-up token check (bot/server/serve.py). Slack asks to wait Retry-After
# seconds on a 429; a 5xx or a dropped connection is usually over within a second or two.
RATE_LIMIT_RETRIES = 2
SERVER_ERROR_RETRIES = 2
CONNECTION_ERROR_RETRIES = 2


def retry_handlers() -> list[RetryHandler]:
    """slack_sdk's own retry handlers for a rate limit (waits Retry-After), a 500/503, and a
    refused or dropped connection, for the start-up token check only: replies are retried by the
    outbox (``bot.slack.delivery``), whose client has no handlers, so no call is retried twice
    over. One RetryState counts every attempt, so a call is tried at most 1 + the largest bound."""
    return [RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
            ServerErrorRetryHandler(max_retry_count=SERVER_ERROR_RETRIES),
            ConnectionErrorRetryHandler(max_retry_count=CONNECTION_ERROR_RETRIES)]


def listener_retry_handlers() -> list[RetryHandler]:
    """For the calls made inside a listener (views.open, Bolt's own auth.test): one quick retry
    of a refused or dropped connection, nothing that waits (a Retry-After would outlast the
    trigger_id and the acknowledgement)."""
    return [ConnectionErrorRetryHandler(max_retry_count=1)]


class BotApp(App):
    """Bolt's App, plus what whoever stops the server drains (the delivery of replies, see
    ``bot.server`` and ``drain_listeners``) and what ``/healthz`` asks (``problem``)."""

    def __init__(self, *, delivery: Delivery, listener_executor: ThreadPoolExecutor,
                 **kwargs: Any):
        super().__init__(listener_executor=listener_executor, **kwargs)
        self.delivery = delivery
        self.listener_executor = listener_executor
        self.upkeep = maintenance.Upkeep()


def build_app(
    settings: Settings,
    matcher: MatcherSource,
    *,
    executor: ThreadPoolExecutor | None = None,
    logger: logging.Logger | None = None,
    question_log: QuestionLog | None = None,
    seen: SeenStore | None = None,
    database: Database | None = None,
    delivery: Delivery | None = None,
) -> BotApp:
    """The Bolt app with every listener registered.

    The bot token is not checked here (no ``auth.test`` at build time), so building works offline
    and in tests; Bolt calls ``auth.test`` once, on the first request, and caches the result.
    ``matcher``: a matcher, or ``CatalogReloader.current`` to follow catalog edits.
    ``question_log``: records every question and feedback click (None: nothing is recorded);
    whoever opened it closes it, after the listeners have finished.
    ``database``: the shared database (None: replies and delivery keys live in this process's
    memory only). With it, each reply is recorded in the outbox before its acknowledgement and
    delivery keys are shared by every process using the database.
    ``seen``: where delivery keys are claimed (default: the database's, else this process's).
    ``delivery``: sends the replies (default: one built from the settings, started here);
    whoever stops the server drains it (``drain_listeners``).
    """
    app = BotApp(
        name="safeguards-bot",
        token=settings.bot_token,
        # Empty in Socket Mode, where nothing is signed; Bolt then rejects any HTTP request.
        signing_secret=settings.signing_secret or "",
        token_verification_enabled=False,
        # Listeners run before Slack is answered: each records the reply it owes in the outbox
        # first, so an acknowledged request can never be forgotten by a crash. They only match
        # and record (milliseconds); replies are sent by delivery threads.
        process_before_response=True,
        listener_executor=executor
        or ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="listener"),
        delivery=delivery or _delivery(settings, matcher, database),
        logger=logger,
    )
    # Bolt builds the Web API client (with its user agent) from the token; point it at
    # SLACK_API_URL here rather than passing our own client, which makes Bolt warn that the
    # SLACK_BOT_TOKEN it also reads from the environment "will be unused".
    app.client.base_url = settings.api_url or WebClient.BASE_URL
    app.client.timeout = VIEWS_OPEN_TIMEOUT_SECONDS
    app.client.retry_handlers = listener_retry_handlers()
    # First: every request is counted and timed, the duplicates dropped below included.
    app.use(request_metrics)
    # Before any listener: a retried or repeated delivery is acknowledged and dropped here.
    # "is None", not "or": an empty store has len() 0, is falsy, and would be swapped out.
    if seen is None:
        memory = MemorySeenStore()
        seen = memory if database is None else DatabaseSeenStore(database, local=memory.first_time)
    app.use(dedup_middleware(seen))
    answers = Answers(matcher, question_log=question_log,
                      default_locale=settings.default_locale)
    # The maintainers' Home and the weekly digest, if the settings ask for them.
    app.upkeep = maintenance.set_up(
        settings, app.delivery, database or (question_log.database if question_log else None),
        lambda: answers.catalog)
    # What the listeners need besides Bolt's arguments, in every request's context.
    app.use(Deps(answers, app.delivery, maintainers=app.upkeep.home).middleware())
    listeners.register(app)
    _sample(app.delivery)
    return app


def _sample(delivery: Delivery) -> None:
    """Gauges read at each scrape of /metrics: what this process still owes, and the outbox."""
    metrics.sample("safeguards_replies_pending",
                   "Replies this process has queued, is retrying or is sending.",
                   lambda: delivery.stats().pending)
    outbox = delivery.outbox
    if outbox is None:
        return

    # Both gauges come from one query: a scrape reads them one after the other, and each
    # would otherwise query the database (and wait for it) on its own.
    last: list[tuple[float, tuple[int, float | None]]] = []
    lock = threading.Lock()

    def backlog() -> tuple[int, float | None]:
        now = time.monotonic()
        with lock:
            if last and now - last[0][0] < 1.0:
                return last[0][1]
        found = outbox.backlog()
        with lock:
            last[:] = [(now, found)]
        return found

    def oldest_age() -> float | None:
        count, oldest = backlog()
        return max(0.0, time.time() - oldest) if count and oldest is not None else 0.0

    metrics.sample("safeguards_outbox_depth",
                   "Outbox rows not yet delivered, expired or failed (every replica's).",
                   lambda: backlog()[0])
    metrics.sample("safeguards_outbox_oldest_age_seconds",
                   "Age of the oldest unfinished outbox row (0 when there is none).", oldest_age)


def _delivery(settings: Settings, matcher: MatcherSource, database: Database | None) -> Delivery:
    answers = Answers(matcher)
    timings = settings.delivery
    # No retry handlers: the outbox retries (see retry_handlers above).
    client = WebClient(token=settings.bot_token, base_url=settings.api_url or WebClient.BASE_URL,
                       timeout=int(max(1, timings.timeout())), retry_handlers=[])
    outbox = None if database is None else Outbox(database, lease_seconds=timings.lease_seconds)
    return Delivery(client=client, catalog=lambda: answers.catalog,
                    escalation=Escalation(settings.escalation_channel, settings.default_locale),
                    timings=timings,
                    outbox=outbox).start()


def delivery_of(app: App) -> Delivery:
    """The delivery sending the app's replies (drain it after the listeners)."""
    if not isinstance(app, BotApp):
        raise TypeError("not an app built by build_app")
    return app.delivery


def stop_upkeep(app: App) -> None:
    """Stop the app's own background work (the weekly digest's checks): before the delivery
    drains, so nothing new is owed while it does."""
    if isinstance(app, BotApp):
        app.upkeep.stop()


def listener_executor(app: App) -> ThreadPoolExecutor:
    """The pool running the app's lazy listeners."""
    if not isinstance(app, BotApp):
        raise TypeError("not an app built by build_app")
    return app.listener_executor


def health_problem(app: App) -> str | None:
    """Why the app cannot keep its promises right now (one line, for ``/healthz``), or None."""
    return app.delivery.problem() if isinstance(app, BotApp) else None
