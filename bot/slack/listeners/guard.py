"""``guarded``: a listener that fails after ``ack()`` logs one line and returns, never raises.

Why not let Bolt handle it: when a listener raises after acknowledging, Bolt (1.30's thread
runner) resets the acknowledgement it has not yet sent, waits its whole 3-second ack timeout and
answers 404, so Slack shows the person an error and retries events. And Bolt's default error
handler logs the exception whole: a Web API error quotes Slack's response, a KeyError the value
it missed, either of which can carry a person's question. Here the line names the listener, the
failed Web API method and Slack's error code, or the exception's class and where it was raised.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from bot.slack.slack_errors import WEB_API_ERRORS, error_code, method_of, where

log = logging.getLogger("bot.slack.listeners")

Listener = TypeVar("Listener", bound=Callable[..., Any])


def guarded(listener: Listener) -> Listener:
    """Wrap a Bolt listener (Bolt reads the wrapped function's arguments through ``wraps``)."""

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        try:
            return listener(**kwargs)
        except WEB_API_ERRORS as exc:
            log.error("listener %s: %s failed error=%s", listener.__name__, method_of(exc),
                      error_code(exc))
        except Exception as exc:
            log.error("listener %s failed: %s at %s", listener.__name__, type(exc).__name__,
                      where(exc))
        ack = kwargs.get("ack")
        if ack is not None and getattr(ack, "response", None) is None:
            ack()  # failed before acknowledging: Slack still gets its prompt 200
        return None

    return run  # type: ignore[return-value]

