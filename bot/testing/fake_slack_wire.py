"""The fake Slack's wire: its HTTP request handler, and a minimal WebSocket server for Socket Mode.

Kept apart from ``bot.testing.fake_slack``, which decides what Slack answers; this only speaks
HTTP/1.1 and RFC 6455 framing to the clients under test.
"""

from __future__ import annotations

import base64
import hashlib
import json
import queue
import select
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlparse

from bot.testing.fake_slack_calls import APP_ID, DROP, RESPONSE_URL, SOCKET_ACK, Call, Fault

if TYPE_CHECKING:
    from bot.testing.fake_slack import FakeSlack

_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_FORM_JSON_FIELDS = ("blocks", "view", "attachments", "metadata")


def _parse_body(raw: bytes, content_type: str, query: str) -> dict[str, Any]:
    text = raw.decode("utf-8") if raw else ""
    if "json" in content_type:
        return json.loads(text) if text else {}
    pairs = {k: v[0] for k, v in parse_qs(text or query).items()}
    for name in _FORM_JSON_FIELDS:  # slack_sdk sends these as JSON strings inside a form
        if isinstance(pairs.get(name), str):
            pairs[name] = json.loads(pairs[name])
    return pairs


def handler_for(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: str, content_type: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _send_fault(self, fault: Fault) -> None:
            if fault.status == DROP:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(fault.status)
            if fault.retry_after is not None:
                self.send_header("Retry-After", str(fault.retry_after))
            # Slack's 5xx pages are HTML, not its JSON: the client must cope with either.
            data = b"<html><body>Service Unavailable</body></html>"
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _handle(self) -> None:
            url = urlparse(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            raw = self.rfile.read(int(headers.get("content-length") or 0))
            if not url.path.startswith(fake.prefix + "/"):
                fake.strays.append(url.path)
                self._send(404, "not found", "text/plain")
                return
            path = url.path[len(fake.prefix):]
            body = _parse_body(raw, headers.get("content-type", ""), url.query)
            if fake.latency:
                time.sleep(fake.latency)
            if path.startswith("/api/"):
                method = path[len("/api/"):]
                fault = fake._fault(method)
                if fault is not None:
                    fake.record(Call(method, url.path, headers, body,
                                     {"ok": False, "status": fault.status}))
                    self._send_fault(fault)
                    return
                answer = fake.answer(method, headers, body)
                fake.record(Call(method, url.path, headers, body, answer))
                self._send(200, json.dumps(answer), "application/json; charset=utf-8")
            elif path.startswith("/response/"):
                fault = fake._fault(RESPONSE_URL)  # fault(RESPONSE_URL, ...) fails these too
                if fault is not None:
                    fake.record(Call(RESPONSE_URL, url.path, headers, body,
                                     {"ok": False, "status": fault.status}))
                    self._send_fault(fault)
                    return
                status, text = fake.answer_response_url(body)
                fake.record(Call(RESPONSE_URL, url.path, headers, body, {"ok": status == 200}))
                self._send(status, text, "text/html")
            else:
                self._send(404, "not found", "text/plain")

        def do_POST(self) -> None:
            self._handle()

        def do_GET(self) -> None:
            upgrade = self.headers.get("Upgrade", "").lower() == "websocket"
            if urlparse(self.path).path == f"{fake.prefix}/link" and upgrade:
                _WebSocket(fake, self).serve()
            else:
                self._handle()

    return Handler


class _WebSocket:
    """Just enough of RFC 6455 to be Slack's Socket Mode server for one client."""

    def __init__(self, fake: FakeSlack, request: BaseHTTPRequestHandler):
        self.fake = fake
        self.request = request
        self.sock: socket.socket = request.connection

    def serve(self) -> None:
        self.fake.server.became_link(self.sock)
        key = self.request.headers["Sec-WebSocket-Key"]
        accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
        self.request.send_response(101, "Switching Protocols")
        self.request.send_header("Upgrade", "websocket")
        self.request.send_header("Connection", "Upgrade")
        self.request.send_header("Sec-WebSocket-Accept", accept)
        self.request.end_headers()
        self.request.wfile.flush()
        self.send_text({"type": "hello", "num_connections": 1,
                        "debug_info": {"host": "fake-slack", "approximate_connection_time": 3600},
                        "connection_info": {"app_id": APP_ID}})
        self.fake._socket_connected.set()
        try:
            while not self.fake._stopping.is_set():
                try:
                    envelope = self.fake._envelopes.get_nowait()
                    if envelope:
                        self.send_text(envelope)
                    else:
                        self.sock.sendall(self._frame(0x9, b"ping"))
                except queue.Empty:
                    pass
                readable, _, _ = select.select([self.sock], [], [], 0.02)
                if readable and not self.receive():
                    return
        except OSError:
            return
        finally:
            self.fake._socket_connected.clear()
            self.request.close_connection = True

    def _frame(self, opcode: int, payload: bytes) -> bytes:
        size = len(payload)
        if size < 126:
            header = struct.pack("!BB", 0x80 | opcode, size)
        elif size < 1 << 16:
            header = struct.pack("!BBH", 0x80 | opcode, 126, size)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 127, size)
        return header + payload

    def send_text(self, message: dict[str, Any]) -> None:
        self.sock.sendall(self._frame(0x1, json.dumps(message).encode()))

    def _read(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise OSError("closed")
            data += chunk
        return data

    def receive(self) -> bool:
        """Read one frame from the client; False when the connection is over."""
        first, second = self._read(2)
        opcode, size = first & 0x0F, second & 0x7F
        if size == 126:
            (size,) = struct.unpack("!H", self._read(2))
        elif size == 127:
            (size,) = struct.unpack("!Q", self._read(8))
        mask = self._read(4) if second & 0x80 else b"\0\0\0\0"
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(size)))
        if opcode == 0x8:  # close: answer it and end
            self.sock.sendall(self._frame(0x8, payload[:2]))
            return False
        if opcode == 0x9:  # ping: Slack's client expects a pong, or it reconnects
            self.sock.sendall(self._frame(0xA, payload))
        elif opcode == 0x1:
            message = json.loads(payload.decode())
            self.fake.record(Call(SOCKET_ACK, "/link", {}, message, {"ok": True}))
        return True
