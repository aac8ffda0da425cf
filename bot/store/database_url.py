"""Where the database is: the URL setting, and opening it read-only for reports.

``sqlite:///PATH`` or ``postgresql://…`` (``postgres://`` too), with the drivers the bot uses:
the standard ``sqlite3`` and psycopg 3. ``bot.store.database`` writes to it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

# SQLite waits this long for another process's lock before a write fails ("database is locked").
BUSY_TIMEOUT_SECONDS = 5.0
# PostgreSQL: how long to wait for a connection.
CONNECT_TIMEOUT_SECONDS = 3


class DatabaseUrlError(ValueError):
    """A database URL the bot cannot use; the message is one line, safe to print."""



def parse_url(text: str) -> URL:
    """``sqlite:///PATH`` or ``postgresql://…`` (``postgres://`` too), as SQLAlchemy URLs with the
    drivers the bot uses: the standard ``sqlite3`` and psycopg 3."""
    usage = ("must be sqlite:///PATH (a file) or postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError(f"the database URL {usage}") from None
    backend = url.drivername.split("+", 1)[0]
    if backend == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise DatabaseUrlError(f"the database URL names no SQLite file: it {usage}")
        return url.set(drivername="sqlite")
    if backend in ("postgresql", "postgres"):
        if not url.database:
            raise DatabaseUrlError(f"the database URL names no database: it {usage}")
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseUrlError(f"the database URL {usage}")


def open_for_reading(location: str | os.PathLike[str]) -> tuple[Engine, str]:
    """An engine that only reads ``location`` (a database URL, or the path of a SQLite file),
    and the name to show for it. A SQLite file is opened read-only and must exist: reading never
    creates, migrates or locks it. Raises ``DatabaseUrlError`` or ``FileNotFoundError``."""
    text = os.fspath(location)
    url = parse_url(text if "://" in text else f"sqlite:///{text}")
    if url.drivername != "sqlite":
        engine = create_engine(url, pool_size=1, connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "safeguards-bot",
            "options": "-c default_transaction_read_only=on"})
        return engine, url.render_as_string(hide_password=True)
    path = Path(url.database or "")
    if not path.is_file():
        raise FileNotFoundError(str(path))
    uri = path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                               check_same_thread=False)

    return create_engine("sqlite://", creator=connect), str(path)
