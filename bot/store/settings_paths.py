"""Where the bot keeps its records, shared by the CLI (which must not import Slack) and the app.

One setting names the database: ``SAFEGUARDS_DATABASE_URL``, either ``sqlite:///PATH`` (a file on
this machine; the default) or ``postgresql://USER:PASSWORD@HOST:PORT/NAME`` (shared by replicas).
``SAFEGUARDS_DB`` (a file path) is the older way to name the SQLite file and keeps working when no
URL is set.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

DB_ENV = "SAFEGUARDS_DB"
DATABASE_URL_ENV = "SAFEGUARDS_DATABASE_URL"
DEFAULT_DB = "safeguards-bot.sqlite3"


def database_path(env: Mapping[str, str] | None = None) -> str:
    """The SQLite file named by $SAFEGUARDS_DB, or the default file in the working directory."""
    env = os.environ if env is None else env
    return (env.get(DB_ENV) or "").strip() or DEFAULT_DB


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """``sqlite:///PATH``: three slashes and a relative path, or four for an absolute one."""
    return f"sqlite:///{os.fspath(path)}"


def database_url(env: Mapping[str, str] | None = None) -> str:
    """$SAFEGUARDS_DATABASE_URL, else the SQLite file of ``database_path``."""
    env = os.environ if env is None else env
    return (env.get(DATABASE_URL_ENV) or "").strip() or sqlite_url(database_path(env))
