"""What to log when a Web API call fails: the method and Slack's error code, nothing else.

A failed call's exception can carry the whole request or response (message text included), so
handlers log ``error_code(exc)`` instead of the exception.
"""

from __future__ import annotations

import re
import traceback

from slack_sdk.errors import SlackApiError, SlackClientError

# What a Web API call raises: Slack said no (SlackApiError), the SDK gave up (SlackClientError),
# or the connection failed (URLError, timeouts: OSError).
WEB_API_ERRORS = (SlackClientError, OSError)


# Slack's error codes are short snake_case words; anything else in "error" is the SDK quoting a
# response it could not parse (a 5xx's HTML page), which is logged as its HTTP status instead.
_SLACK_CODE = re.compile(r"^[a-z0-9_.]{1,64}$")


def error_code(exc: BaseException) -> str:
    """Slack's error code (``not_in_channel``), ``http_<status>`` for an HTTP failure, or the
    failure's class name."""
    if isinstance(exc, SlackApiError):
        code = exc.response.get("error")
        if isinstance(code, str) and _SLACK_CODE.match(code):
            return code
        return f"http_{exc.response.status_code}"
    return type(exc).__name__


def method_of(exc: BaseException) -> str:
    """The Web API method a failed call was to (``chat.postMessage``), when the error says."""
    response = getattr(exc, "response", None)
    url = getattr(response, "api_url", None)
    if isinstance(url, str) and "/" in url:
        return url.rstrip("/").rsplit("/", 1)[-1]
    return "a Web API call"


def where(exc: BaseException) -> str:
    """``file:line in function`` of the innermost frame: enough to find the bug, no values."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}"


# Slack's error codes for a failure on its side, worth trying again (it also answers some of them
# with HTTP 200 and "ok": false).
_TRANSIENT_CODES = frozenset({"ratelimited", "rate_limited", "internal_error", "fatal_error",
                              "service_unavailable", "request_timeout"})


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of a failed Web API call, when Slack answered at all."""
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def is_transient(exc: BaseException) -> bool:
    """A failure that may pass: a 429, any 5xx, Slack's own "try later" codes, a timeout or a
    connection refused, reset or dropped. Anything else (``channel_not_found``, ``invalid_blocks``)
    is Slack's final word: trying again would get the same answer."""
    if isinstance(exc, SlackApiError):
        status = status_of(exc) or 0
        return status == 429 or status >= 500 or error_code(exc) in _TRANSIENT_CODES
    # No answer at all: refused, reset, dropped or timed out (OSError), or the SDK's own
    # connection failures.
    return isinstance(exc, WEB_API_ERRORS)


def retry_after(headers: object) -> float | None:
    """Seconds from a ``Retry-After`` header (any capitalisation), when there is a usable one."""
    if not hasattr(headers, "items"):
        return None
    for name, value in headers.items():
        if str(name).lower() == "retry-after":
            value = value[0] if isinstance(value, list) and value else value
            try:
                seconds = float(str(value))
            except ValueError:
                return None
            return seconds if 0 <= seconds <= 3600 else None
    return None
