"""The PostgreSQL server for the tests (``bot/testing/postgres.py``) as pytest fixtures: a real
server, never a mock.

The server is started once per run, on first use; each test gets a database of its own
(``postgres_url``), and ``database_url`` runs a test on SQLite and on PostgreSQL alike. When the
binaries are missing, the tests that need the server are skipped, except under CI (``CI=true``),
where they fail: ``.ci/run`` installs the ``postgresql`` package, so a missing server there is a
broken build, not a reason to test less.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.testing.postgres import BIN_GLOB, PostgresCluster, find_binaries


def require_binaries() -> Path:
    """The binaries, or skip the test (fail it under CI=true: there they must be installed)."""
    found = find_binaries()
    if found is not None:
        return found
    message = (f"PostgreSQL is not installed (no {BIN_GLOB}/initdb): "
               "apt-get install postgresql, as .ci/run does")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


# -- fixtures (imported by tests/conftest.py) ---------------------------------------------------

@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL server for the whole run, started on first use."""
    cluster = PostgresCluster(require_binaries()).start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh, empty database on the test server."""
    return postgres_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on both engines: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))
