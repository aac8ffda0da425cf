"""``safeguards-bot serve`` as a child process, the way an admin runs it, for end-to-end tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: serve runs from there


class ServeProcess:
    def __init__(self, *args: str, env: dict[str, str]):
        clean = {k: v for k, v in os.environ.items()
                 if not k.startswith(("SLACK_", "SAFEGUARDS_"))}
        # The question log goes to a folder of its own unless the test names one: never into
        # the working tree.
        self._folder = tempfile.mkdtemp(prefix="safeguards-serve-")
        clean["SAFEGUARDS_DB"] = str(Path(self._folder) / "questions.sqlite3")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", *args], cwd=ROOT, env={**clean, **env},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        self.lines: list[str] = []
        self._new_line = threading.Condition()
        self._done_reading = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:  # always drain: a full pipe would block the server's logging
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._new_line:
                self.lines.append(line.rstrip("\n"))
                self._new_line.notify_all()
        self._done_reading.set()

    # 60 s: a replica that loads the catalog and both models while four test workers and a
    # PostgreSQL server share two cores once took over 20 s to say it listens. A process that
    # exits is reported at once; a passing run waits only as long as the start takes.
    def wait_for_line(self, pattern: str, timeout: float = 60.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        with self._new_line:
            while True:
                for line in self.lines:
                    if match := re.search(pattern, line):
                        return match
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"no line matching {pattern!r} in:\n" +
                                         "\n".join(self.lines))
                self._new_line.wait(min(left, 0.1))

    def wait(self, timeout: float = 30.0) -> int:
        """Its exit status, once it has exited by itself (or after a signal)."""
        status = self.process.wait(timeout=timeout)
        self._done_reading.wait(5)  # every line it wrote, before the caller reads them
        return status

    def output(self) -> str:
        with self._new_line:
            return "\n".join(self.lines)

    def stop(self) -> str:
        """Terminate it and return everything it logged."""
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self._folder, ignore_errors=True)
        with self._new_line:
            return "\n".join(self.lines)
