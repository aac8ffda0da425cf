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
