"""The salt that keys the question log's user-id hash: from the settings, or kept next to the log.

Without ``SAFEGUARDS_HASH_SALT`` the bot generates a random salt on first start and writes it to
``<database>.salt`` (mode 0600), so hashes stay comparable across restarts and the operator does
not have to invent a secret. The salt itself is never logged: with it, anyone holding the
database could hash every user id in the workspace and match them to the rows.

Nothing here stops the bot: when the file cannot be read or written, a salt that lives only as
long as the process is used (and said so), and the question log reports its own write failures.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

log = logging.getLogger(__name__)

SALT_SUFFIX = ".salt"
# A salt shorter than this can be guessed, and with it every user-id hash reversed.
MIN_SALT_CHARS = 16
_SALT_BYTES = 32


def salt_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + SALT_SUFFIX)


def resolve_salt(db_path: str | os.PathLike[str], configured: str | None) -> str:
    """``configured`` when set; else the salt kept next to ``db_path``, created if missing."""
    if configured:
        return configured
    where = salt_path(db_path)
    try:
        return _read(where) or _create(where)
    except OSError as exc:
        # Only the error class and the path: an OSError's text names the file, nothing secret.
        log.warning("question log: cannot keep a user-id hash salt in %s (%s); using one for "
                    "this run only, so user counts will not match across restarts. Set "
                    "SAFEGUARDS_HASH_SALT or fix the path", where, type(exc).__name__)
        return secrets.token_hex(_SALT_BYTES)


def _read(where: Path) -> str | None:
    try:
        text = where.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    mode = stat.S_IMODE(where.stat().st_mode)
    if mode & 0o077:
        log.warning("question log: %s can be read by other users (mode %o); chmod 600 it",
                    where, mode)
    if len(text) < MIN_SALT_CHARS:
        raise OSError(f"{where}: the salt file is shorter than {MIN_SALT_CHARS} characters")
    return text


def _create(where: Path) -> str:
    where.parent.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(_SALT_BYTES)
    try:
        # O_EXCL: two bot processes starting together must not each write a different salt.
        fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        existing = _read(where)
        if existing is None:  # created and removed again in between: give up on the file
            raise
        return existing
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(salt + "\n")
    log.info("question log: generated a new user-id hash salt in %s (mode 600); keep it with "
             "the database, or set SAFEGUARDS_HASH_SALT", where)
    return salt
