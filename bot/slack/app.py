"""Build the Bolt app: a Web API client, the listeners, nothing else.

Serving it (Socket Mode or HTTP) is ``bot/server``'s job, so tests can build the same app and
run it on a loopback port against a fake Slack.
"""

from __future__ import annotations

import logging
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

from bot.slack import listeners
from bot.slack.answers import Answers, MatcherSource
from bot.slack.config import Settings
from bot.slack.dedup import MemorySeenStore, SeenStore, dedup_middleware
from bot.slack.escalation import Escalation
from bot.slack.listeners.deps import Deps
from bot.slack.reply_pool import ReplyPool
from bot.store.question_log import QuestionLog

# Listeners run here: a slash command or button is acknowledged only once its listener has called
# ack(). Listeners acknowledge, match (milliseconds) and hand their Web API calls to the reply
# pool (bot/slack/reply_pool.py), so a slow Slack never holds these threads and acknowledgements
# never queue behind replies being sent. (The one call made here is the shortcut's views.open: see there.)
LISTENER_THREADS = 16

# A Web API call that takes longer than this is not going to succeed; free the thread.
WEB_API_TIMEOUT_SECONDS = 10
# Retries per kind of failure. Slack asks to wait Retry-After seconds on a 429 (typically 1-30 s:
# two waits still answer within a minute); a 5xx or a dropped connection is usually over within a
# second or two (the handlers back off exponentially, 0.5 s then 1 s). Bounded, so a listener
# thread is never held for long by a Slack outage: after these, the call fails, the listener
# logs the method and error code, and the bot goes on serving.
RATE_LIMIT_RETRIES = 2
SERVER_ERROR_RETRIES = 2
CONNECTION_ERROR_RETRIES = 2


def retry_handlers() -> list[RetryHandler]:
    """slack_sdk's own retry handlers for a rate limit (waits Retry-After), a 500/503, and a
    refused or dropped connection. One RetryState counts every attempt of a call, so a call is
    tried at most 1 + the largest bound, whatever mix of failures it meets."""
    return [RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
            ServerErrorRetryHandler(max_retry_count=SERVER_ERROR_RETRIES),
            ConnectionErrorRetryHandler(max_retry_count=CONNECTION_ERROR_RETRIES)]


class BotApp(App):
    """Bolt's App, plus the two pools whoever stops the server drains: listeners first, then the
    replies they handed over (see ``bot.server`` and ``drain_listeners``)."""

    def __init__(self, *, reply_pool: ReplyPool, listener_executor: ThreadPoolExecutor,
                 **kwargs: Any):
        super().__init__(listener_executor=listener_executor, **kwargs)
        self.reply_pool = reply_pool
        self.listener_executor = listener_executor


def build_app(
    settings: Settings,
    matcher: MatcherSource,
    *,
    executor: ThreadPoolExecutor | None = None,
    reply_pool: ReplyPool | None = None,
    logger: logging.Logger | None = None,
    question_log: QuestionLog | None = None,
    seen: SeenStore | None = None,
) -> BotApp:
    """The Bolt app with every listener registered.

    The bot token is not checked here (no ``auth.test`` at build time), so building works offline
    and in tests; Bolt calls ``auth.test`` once, on the first request, and caches the result.
    ``executor`` runs the listeners, ``reply_pool`` the Web API calls delivering their replies;
    whoever stops the server drains both, listeners first.
    ``matcher``: a matcher, or ``CatalogReloader.current`` to follow catalog edits.
    ``question_log``: records every question and feedback click (None: nothing is recorded);
    whoever opened it closes it, after the listeners have finished.
    ``seen``: where delivery keys are claimed, so a retried or repeated delivery is answered
    once (default: in this process; a shared store lets several replicas deduplicate together).
    """
    app = BotApp(
        name="safeguards-bot",
        token=settings.bot_token,
        # Empty in Socket Mode, where nothing is signed; Bolt then rejects any HTTP request.
        signing_secret=settings.signing_secret or "",
        token_verification_enabled=False,
        listener_executor=executor
        or ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="listener"),
        reply_pool=reply_pool or ReplyPool(),
        logger=logger,
    )
    # Bolt builds the Web API client (with its user agent) from the token; point it at
    # SLACK_API_URL here rather than passing our own client, which makes Bolt warn that the
    # SLACK_BOT_TOKEN it also reads from the environment "will be unused".
    app.client.base_url = settings.api_url or WebClient.BASE_URL
    app.client.timeout = WEB_API_TIMEOUT_SECONDS
    # Bolt's client comes with the connection-error handler only (slack_sdk's default).
    app.client.retry_handlers = retry_handlers()
    # Before any listener: a retried or repeated delivery is acknowledged and dropped here.
    # "is None", not "or": an empty store has len() 0, is falsy, and would be swapped out.
    app.use(dedup_middleware(seen if seen is not None else MemorySeenStore()))
    answers = Answers(matcher, question_log=question_log,
                      escalation=Escalation(settings.escalation_channel))
    # What the listeners need besides Bolt's arguments, in every request's context.
    app.use(Deps(answers, app.reply_pool).middleware())
    listeners.register(app)
    return app


def reply_pool(app: App) -> ReplyPool:
    """The pool sending the app's replies (drain it after the listener pool)."""
    if not isinstance(app, BotApp):
        raise TypeError("not an app built by build_app")
    return app.reply_pool


def listener_executor(app: App) -> ThreadPoolExecutor:
    """The pool running the app's listeners (shut it down to let in-flight replies finish)."""
    if not isinstance(app, BotApp):
        raise TypeError("not an app built by build_app")
    return app.listener_executor
