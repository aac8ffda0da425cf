"""A throwaway PostgreSQL server on loopback, for the tests and the load test: a real one.

``PostgresCluster`` runs Debian's ``initdb`` into a temporary folder and ``pg_ctl start`` on a free
loopback port (as the ``postgres`` user when run as root, since PostgreSQL refuses to run as
root), and stops it and removes the folder at the end. Durability is switched off (``fsync``,
``synchronous_commit``): these runs check behaviour and speed of the bot, and a crash of the
machine loses nothing worth keeping. ``new_database`` gives each test a database of its own.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN_GLOB = "/usr/lib/postgresql/*/bin"
_names = itertools.count(1)


def find_binaries() -> Path | None:
    """The newest Debian PostgreSQL bin folder with initdb, pg_ctl and postgres, or None."""
    folders = sorted(glob.glob(BIN_GLOB), key=lambda p: int(Path(p).parent.name)
                     if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(folders):
        if all((Path(folder) / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="safeguards-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        # PostgreSQL refuses to run as root: as root, run it as the postgres user.
        self._user = "postgres" if os.geteuid() == 0 else None
        if self._user is not None:
            entry = pwd.getpwnam(self._user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.superuser = "postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self._user is not None:
            command = ["runuser", "-u", self._user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                              cwd=self.folder)

    def start(self) -> PostgresCluster:
        done = self._run("initdb", "-D", str(self.data), "-U", self.superuser, "--auth=trust",
                         "-E", "UTF8", "--no-sync", "--locale=C")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        done = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                         str(self.folder / "server.log"), "-w", "-t", "60", "start")
        if done.returncode != 0:
            log = (self.folder / "server.log")
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} "
                               f"{log.read_text() if log.exists() else ''}")
        return self

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
