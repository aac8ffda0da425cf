"""Where the bot keeps its files, shared by the CLI (which must not import Slack) and the app."""

from __future__ import annotations

import os

DB_ENV = "SAFEGUARDS_DB"
DEFAULT_DB = "safeguards-bot.sqlite3"


def database_path() -> str:
    """The question log: $SAFEGUARDS_DB, or a file in the working directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB
