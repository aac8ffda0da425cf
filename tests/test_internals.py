"""``bot/internals.py`` against the installed libraries: each private reach, on real objects.

A failure names the library, its installed version and the internal that moved or changed shape:
``pyproject.toml`` pins these libraries to the versions checked, so it means a pin was raised (or
ignored) before ``bot/internals.py`` was checked against the new version.
"""

from __future__ import annotations

import ast
import json
import platform
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import waitress
from slack_bolt import Ack, App, BoltContext, BoltRequest

from bot import internals
from bot.testing.slack_requests import signed_headers

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
WAIT_SECONDS = 5.0


def installed(library: str) -> str:
    if library == "Python":
        return f"Python {platform.python_version()}"
    return f"{library} {version(library)}"


@contextmanager
def reach(library: str, internal: str) -> Iterator[str]:
    """Turns the internal's absence into a failure naming it; yields the message for asserts."""
    message = (f"{installed(library)}: {internal} moved or changed shape; update bot/internals.py "
               "(and the pin in pyproject.toml) for this version")
    try:
        yield message
    except (AttributeError, TypeError, KeyError, ValueError, ImportError) as exc:
        pytest.fail(f"{message} ({type(exc).__name__}: {exc})")


def eventually(condition: Callable[[], bool], message: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.01)


# -- slack-bolt ------------------------------------------------------------------------------------


def bolt_app() -> App:
    return App(signing_secret=SECRET, token="xoxb-1111-2222-internals",
               token_verification_enabled=False)


def url_verification(app: App, secret: str) -> int:
    body = json.dumps({"type": "url_verification", "challenge": "c", "token": "t"})
    headers: dict[str, str | Sequence[str]] = {
        **signed_headers(body, "application/json", secret=secret)}
    return app.dispatch(BoltRequest(body=body, headers=headers)).status


def test_signing_secret_is_the_one_bolt_verifies_with() -> None:
    app = bolt_app()
    with reach("slack-bolt", "App._signing_secret") as moved:
        secret = internals.signing_secret(app)
        assert secret == SECRET, moved
    # It is still what Bolt checks signatures with: signed with it, a request gets through.
    assert url_verification(app, secret) == 200, moved
    assert url_verification(app, "another-secret") == 401, moved


def test_bolt_context_is_built_from_a_form_body_as_bolt_builds_it() -> None:
    fields = {"command": "/safety", "text": "a payload", "team_id": "T0TEAM", "user_id": "U0USER",
              "channel_id": "C0CHAN"}
    with reach("slack-bolt", "slack_bolt.request.internals.build_context") as moved:
        context = internals.bolt_context(fields)
        assert isinstance(context, BoltContext), moved
        assert (context.team_id, context.user_id, context.channel_id) == (
            "T0TEAM", "U0USER", "C0CHAN"), moved


def test_registered_listeners_are_the_apps_in_registration_order() -> None:
    app = bolt_app()

    def first(ack: Ack) -> None:
        ack()

    def second(ack: Ack) -> None:
        ack()

    app.command("/first")(first)
    app.action("second")(second)
    with reach("slack-bolt", "App._listeners") as moved:
        listeners = internals.registered_listeners(app)
        assert [listener.ack_function.__name__ for listener in listeners] == [
            "first", "second"], moved


# -- concurrent.futures.ThreadPoolExecutor --------------------------------------------------------


@contextmanager
def busy_executor(workers: int, tasks: int) -> Iterator[tuple[ThreadPoolExecutor, threading.Event]]:
    """An executor with ``tasks`` tasks that block until the event is set."""
    release = threading.Event()
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="probe")
    try:
        for _ in range(tasks):
            executor.submit(release.wait, WAIT_SECONDS)
        yield executor, release
    finally:
        release.set()
        executor.shutdown(wait=True)


def test_executor_threads_are_its_started_worker_threads() -> None:
    with busy_executor(workers=2, tasks=2) as (executor, _), \
            reach("Python", "ThreadPoolExecutor._threads") as moved:
        threads = internals.executor_threads(executor)
        assert len(threads) == 2, moved
        assert all(isinstance(thread, threading.Thread) and thread.is_alive()
                   and thread.name.startswith("probe") for thread in threads), moved


def test_queued_tasks_counts_tasks_waiting_for_a_thread() -> None:
    with busy_executor(workers=1, tasks=4) as (executor, release), \
            reach("Python", "ThreadPoolExecutor._work_queue") as moved:
        assert internals.queued_tasks(executor) == 3, moved  # one runs, three wait
        release.set()
        eventually(lambda: internals.queued_tasks(executor) == 0, moved)


def test_shutdown_with_deadline_lets_queued_tasks_finish_in_time() -> None:
    done: list[int] = []

    def task(number: int) -> None:
        time.sleep(0.05)
        done.append(number)

    executor = ThreadPoolExecutor(max_workers=1)
    for number in range(3):
        executor.submit(task, number)
    with reach("Python", "ThreadPoolExecutor._threads") as moved:
        running = internals.shutdown_with_deadline(executor, time.monotonic() + WAIT_SECONDS)
        assert (running, done) == (0, [0, 1, 2]), moved
    with pytest.raises(RuntimeError):  # shut down: it takes no more tasks
        executor.submit(print)


def test_shutdown_with_deadline_gives_up_at_the_deadline() -> None:
    with busy_executor(workers=2, tasks=3) as (executor, _), \
            reach("Python", "ThreadPoolExecutor._threads") as moved:
        started = time.monotonic()
        running = internals.shutdown_with_deadline(executor, started + 0.2)
        waited = time.monotonic() - started
        assert running == 2, moved
        assert 0.15 < waited < 2.0, (waited, moved)


def test_shutdown_with_deadline_without_deadline_waits_and_without_wait_does_not() -> None:
    finished = threading.Event()

    def task() -> None:
        time.sleep(0.1)
        finished.set()

    executor = ThreadPoolExecutor(max_workers=1)
    executor.submit(task)
    assert internals.shutdown_with_deadline(executor, None) == 0
    assert finished.is_set()
    with busy_executor(workers=1, tasks=1) as (blocked, _):
        started = time.monotonic()
        assert internals.shutdown_with_deadline(blocked, started + WAIT_SECONDS, wait=False) == 0
        assert time.monotonic() - started < 1.0


# -- waitress --------------------------------------------------------------------------------------


class SlowApp:
    """A WSGI application whose requests wait for ``release`` before answering."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def __call__(self, environ: dict[str, Any],
                 start_response: Callable[..., Any]) -> Iterable[bytes]:
        self.entered.set()
        self.release.wait(WAIT_SECONDS)
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "3")])
        return [b"ok\n"]


class Served:
    """A real waitress server on 127.0.0.1 port 0, its socket loop run by ``bot/internals.py``."""

    def __init__(self) -> None:
        self.app = SlowApp()
        self.server = waitress.create_server(self.app, host="127.0.0.1", port=0, threads=2)
        self.stop = threading.Event()
        self.draining = threading.Event()
        self.stopped_accepting = threading.Event()
        self.error: Exception | None = None
        self.answer = b""
        self.loop = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        try:
            while not self.stop.is_set() and internals.waitress_socket_map(self.server):
                if self.draining.is_set() and not self.stopped_accepting.is_set():
                    # In the loop's own thread, as HttpServer does: a socket closed from another
                    # thread listens on until the loop's current poll returns.
                    internals.waitress_stop_accepting(self.server)
                    self.stopped_accepting.set()
                internals.waitress_poll_once(self.server, 0.02)
        except Exception as exc:  # reported by check(): a thread's exception is otherwise lost
            self.error = exc

    def check(self) -> None:
        if self.error is not None:
            with reach("waitress", "server._map / wasyncore.loop / server.adj.asyncore_use_poll"):
                raise self.error

    def request(self) -> threading.Thread:
        """GET / from a thread; its answer ends up in ``self.answer``."""

        def send() -> None:
            host, port = internals.waitress_address(self.server)
            with socket.create_connection((host, port), timeout=WAIT_SECONDS) as client:
                client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                while chunk := client.recv(4096):
                    self.answer += chunk

        thread = threading.Thread(target=send, daemon=True)
        thread.start()
        return thread


@pytest.fixture
def served() -> Iterator[Served]:
    served = Served()
    served.loop.start()
    yield served
    served.app.release.set()
    served.stop.set()
    served.loop.join(WAIT_SECONDS)
    internals.waitress_finish_tasks(served.server)
    internals.waitress_close_all(served.server)
    served.check()


@contextmanager
def idle_server() -> Iterator[Any]:
    """A real waitress server on 127.0.0.1 port 0 whose socket loop does not run."""
    server = waitress.create_server(SlowApp(), host="127.0.0.1", port=0, threads=1)
    try:
        yield server
    finally:
        internals.waitress_finish_tasks(server)
        internals.waitress_close_all(server)


def test_waitress_address_is_the_port_picked() -> None:
    with idle_server() as server, \
            reach("waitress", "server.effective_host / effective_port") as moved:
        host, port = internals.waitress_address(server)
        assert host == "127.0.0.1" and port > 0, (host, port, moved)
        assert server.socket.getsockname() == (host, port), moved


def test_waitress_socket_map_holds_the_listening_socket_by_file_descriptor() -> None:
    with idle_server() as server, \
            reach("waitress", "server._map / wasyncore.close_all") as moved:
        socket_map = internals.waitress_socket_map(server)
        assert isinstance(socket_map, dict), moved
        assert socket_map.get(server.socket.fileno()) is server, moved
        assert len(socket_map) == 2, (socket_map, moved)  # and the wake-up pipe
        internals.waitress_close_all(server)
        assert internals.waitress_socket_map(server) == {}, moved
        assert getattr(server, "socket", "missing") is None, moved


def test_waitress_answers_through_poll_once(served: Served) -> None:
    served.app.release.set()
    with reach("waitress", "wasyncore.loop / server.adj.asyncore_use_poll") as moved:
        served.request().join(WAIT_SECONDS)
        served.check()
        assert served.answer.startswith(b"HTTP/1.1 200 OK") and served.answer.endswith(
            b"ok\n"), (served.answer, moved)


def test_waitress_in_flight_until_the_answer_is_written(served: Served) -> None:
    internal = ("server.task_dispatcher.queue / active_count, "
                "HTTPChannel.requests / total_outbufs_len")
    with reach("waitress", internal) as moved:
        # Idle once its request threads, counted active as they start, wait for work.
        eventually(lambda: not internals.waitress_in_flight(served.server), moved)
        client = served.request()
        assert served.app.entered.wait(WAIT_SECONDS)
        assert internals.waitress_in_flight(served.server), moved  # being handled
        served.app.release.set()
        client.join(WAIT_SECONDS)
        assert served.answer.startswith(b"HTTP/1.1 200 OK"), served.answer
        eventually(lambda: not internals.waitress_in_flight(served.server), moved)


def test_waitress_stop_accepting_closes_only_the_listening_socket(served: Served) -> None:
    host, port = internals.waitress_address(served.server)
    client = served.request()
    assert served.app.entered.wait(WAIT_SECONDS)
    with reach("waitress", "wasyncore.dispatcher.close(server)") as moved:
        served.draining.set()
        assert served.stopped_accepting.wait(WAIT_SECONDS)
        served.check()
        with pytest.raises(OSError), socket.create_connection((host, port), timeout=1):
            pass  # refused: nobody listens any more
        # The connection taken is still answered, through the wake-up pipe still open.
        served.app.release.set()
        client.join(WAIT_SECONDS)
        assert served.answer.startswith(b"HTTP/1.1 200 OK"), (served.answer, moved)


def test_waitress_finish_tasks_completes_the_request_being_handled(served: Served) -> None:
    client = served.request()
    assert served.app.entered.wait(WAIT_SECONDS)
    with reach("waitress", "server.task_dispatcher.shutdown(cancel_pending=...)") as moved:
        finishing = threading.Thread(target=internals.waitress_finish_tasks, args=(served.server,))
        finishing.start()
        finishing.join(0.2)
        assert finishing.is_alive(), moved  # waits for the request it holds
        served.app.release.set()
        finishing.join(WAIT_SECONDS)
        client.join(WAIT_SECONDS)
        assert not finishing.is_alive(), moved
        assert served.answer.startswith(b"HTTP/1.1 200 OK"), (served.answer, moved)


# -- nowhere else ---------------------------------------------------------------------------------

BOT = Path(__file__).resolve().parent.parent / "bot"
# What bot/internals.py wraps: these attributes (of another object than self) and these modules.
WRAPPED_ATTRIBUTES = {"_signing_secret", "_listeners", "_threads", "_work_queue", "_map",
                      "task_dispatcher", "effective_host", "effective_port", "asyncore_use_poll",
                      "total_outbufs_len"}
WRAPPED_MODULES = {"slack_bolt.request.internals", "waitress.wasyncore", "waitress.channel",
                   "waitress.task", "waitress.server"}


def reaches(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in WRAPPED_ATTRIBUTES
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names
                        if alias.name in WRAPPED_MODULES)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
            yield from ((node.lineno, module) for module in sorted(modules & WRAPPED_MODULES))


def test_no_other_module_reaches_into_what_bot_internals_wraps() -> None:
    found = [f"{path.relative_to(BOT.parent)}:{line}: {what}"
             for path in sorted(BOT.rglob("*.py")) if path.name != "internals.py"
             for line, what in sorted(reaches(ast.parse(path.read_text(encoding="utf-8"))))]
    assert found == [], "call the function of bot/internals.py instead:\n" + "\n".join(found)
