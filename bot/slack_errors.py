"""What to log when a Web API call fails: the method and Slack's error code, nothing else.

A failed call's exception can carry the whole request or response (message text included), so
handlers log ``error_code(exc)`` instead of the exception.
"""

from __future__ import annotations

from slack_sdk.errors import SlackApiError, SlackClientError

# What a Web API call raises: Slack said no (SlackApiError), the SDK gave up (SlackClientError),
# or the connection failed (URLError, timeouts: OSError).
WEB_API_ERRORS = (SlackClientError, OSError)


def error_code(exc: BaseException) -> str:
    """Slack's error code (``not_in_channel``) or the failure's class name."""
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error", "unknown"))
    return type(exc).__name__
