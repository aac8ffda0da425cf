"""The WSGI shapes and the one way this package writes a plain response."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def respond(start_response: StartResponse, status: int, content_type: str, body: bytes,
            extra: Iterable[tuple[str, str]] = ()) -> list[bytes]:
    start_response(status_line(status), [("Content-Type", content_type),
                                         ("Content-Length", str(len(body))), *extra])
    return [body]
