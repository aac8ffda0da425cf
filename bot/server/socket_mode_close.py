"""Closing Slack's Socket Mode client without hanging.

slack_sdk's built-in client has a race: each time its session runner starts a receive loop it
sets the session's ``terminated`` flag back to False. A ``close()`` that lands just then (it sets
the flag, then closes the socket) leaves that loop sleeping on a dead socket forever while
``close()`` waits for it; a fresh-clone test run hung in exactly that teardown. While ``close()``
runs, the flag is set again every few milliseconds, so the loop always ends, and the wait is
bounded: a process asked to stop must stop.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler

log = logging.getLogger(__name__)

CLOSE_TIMEOUT_SECONDS = 10.0
_NUDGE_EVERY = 0.02


def close_socket_mode(handler: BaseSocketModeHandler, *,
                      timeout: float = CLOSE_TIMEOUT_SECONDS) -> bool:
    """Close ``handler``'s client; True when it closed within ``timeout`` seconds."""
    client = handler.client
    closer = threading.Thread(target=handler.close, name="socket-mode-close", daemon=True)
    closer.start()
    deadline = time.monotonic() + timeout
    while closer.is_alive() and time.monotonic() < deadline:
        state = getattr(client, "current_session_state", None)
        if state is not None and getattr(client, "closed", False):
            state.terminated = True
        closer.join(_NUDGE_EVERY)
    if closer.is_alive():
        log.warning("Socket Mode client still closing after %.0f s; going on without it",
                    timeout)
        return False
    return True
