"""Live catalog reload: notice an edited ``catalog.yaml`` and swap in a new matcher, or refuse it.

A maintainer edits the catalog while the bot runs. A good edit is in service within seconds; a
broken one is logged with exactly the "file:line: message" lines ``safeguards-bot check`` prints
and the last good catalog keeps answering. Handlers call ``current()`` once per question and use
that matcher throughout, so a reload never mixes two catalogs inside one reply.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import NamedTuple

from bot import metrics
from bot.engine.catalog import Catalog, CatalogError, parse_catalog, resolve_path
from bot.engine.matcher import Matcher

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 2.0

# Some file systems keep modification times to the second (or two). A file changed twice within
# that window can keep the same time and size; while its time is this recent, the content hash is
# checked on every look instead of trusting the stat (git's "racy clean" rule).
_RACY_SECONDS = 2.5


class _Stat(NamedTuple):
    mtime_ns: int
    size: int
    inode: int
    device: int


class Outcome(str, enum.Enum):
    UNCHANGED = "unchanged"
    RELOADED = "reloaded"
    REJECTED = "rejected"
    MISSING = "missing"


class CatalogReloader:
    """Hold the matcher in service and replace it when the catalog file changes for the better.

    The first load happens in the constructor and raises ``CatalogError`` like ``load_catalog``:
    the bot must not start without a good catalog. After that nothing raises; problems are logged.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        interval: float = DEFAULT_INTERVAL_SECONDS,
        on_reload: Callable[[Matcher], None] | None = None,
    ):
        """``on_reload(matcher)`` runs on the checking thread after each successful swap."""
        self.path = resolve_path(path)
        self.interval = interval
        self._on_reload = on_reload
        self._check_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        stat = self._stat()
        data = self._read()
        self._matcher = Matcher(self._parse(data))
        self._digest = hashlib.sha256(data).hexdigest()
        metrics.set_catalog(self._digest, len(self._matcher.catalog.entries))
        self._rejected_digest: str | None = None
        self._stat_seen = self._trusted(stat)
        self._unavailable_logged = False

    # -- what handlers use -----------------------------------------------------------------
    def current(self) -> Matcher:
        """The matcher in service. One attribute read: atomic, no lock needed."""
        return self._matcher

    @property
    def catalog(self) -> Catalog:
        return self._matcher.catalog

    # -- checking ------------------------------------------------------------------------------
    def check_now(self) -> Outcome:
        """Look at the file now and reload it if it changed; safe from any thread."""
        with self._check_lock:
            return self._check()

    def _check(self) -> Outcome:
        stat = self._stat()
        if stat is None:
            return self._unavailable(f"catalog {self.path} is missing")
        if stat == self._stat_seen:
            return Outcome.REJECTED if self._rejected_digest else Outcome.UNCHANGED
        try:
            data = self._read()
        except CatalogError as exc:
            return self._unavailable(str(exc))
        self._unavailable_logged = False
        if self._stat() != stat:
            # Still being written: read it again on the next look rather than half of it now.
            return Outcome.UNCHANGED
        digest = hashlib.sha256(data).hexdigest()
        trusted = self._trusted(stat)
        if digest == self._digest:
            self._stat_seen = trusted  # touched, saved unchanged, or a broken edit undone
            self._rejected_digest = None
            return Outcome.UNCHANGED
        if digest == self._rejected_digest:
            self._stat_seen = trusted  # the same broken edit: already logged once
            return Outcome.REJECTED
        try:
            matcher = Matcher(self._parse(data))
        except CatalogError as exc:
            self._reject(digest, trusted, exc.problems)
            return Outcome.REJECTED
        except Exception as exc:
            # A catalog that validates but cannot be indexed is a bug, not a reason to stop.
            self._reject(digest, trusted, [f"{self.path}: cannot build the matcher: "
                                           f"{type(exc).__name__}: {exc}"])
            return Outcome.REJECTED
        self._matcher = matcher
        self._digest = digest
        self._rejected_digest = None
        self._stat_seen = trusted
        catalog = matcher.catalog
        metrics.CATALOG_RELOADS.labels("reloaded").inc()
        metrics.set_catalog(digest, len(catalog.entries))
        log.info("catalog %s reloaded: %d entries, %d articles", self.path,
                 len(catalog.entries), len(catalog.articles))
        if self._on_reload is not None:
            try:
                self._on_reload(matcher)
            except Exception:
                log.exception("catalog reload callback failed; the new catalog is in service")
        return Outcome.RELOADED

    def _unavailable(self, why: str) -> Outcome:
        # Mid-save (delete, then write) is normal: say it once, not every few seconds.
        if not self._unavailable_logged:
            log.warning("%s; keeping the catalog in service", why)
            self._unavailable_logged = True
        self._stat_seen = None
        return Outcome.MISSING

    def _read(self) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as exc:
            # Worded as load_catalog words it, so startup errors match `check`.
            raise CatalogError([f"{self.path}: cannot read the catalog: {exc}"]) from None

    def _parse(self, data: bytes) -> Catalog:
        # Parse the very bytes that were hashed: reading the file again could see a newer edit.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogError([f"{self.path}: cannot read the catalog: {exc}"]) from None
        return parse_catalog(text, self.path)

    def _reject(self, digest: str, stat: _Stat | None, problems: list[str]) -> None:
        metrics.CATALOG_RELOADS.labels("rejected").inc()
        self._rejected_digest = digest
        self._stat_seen = stat
        # The same lines as `safeguards-bot check`, so the maintainer can act on the log alone.
        log.error("catalog %s was edited but not reloaded: %d problem(s); the previous catalog "
                  "stays in service", self.path, len(problems))
        for problem in problems:
            log.error("%s", problem)

    def _stat(self) -> _Stat | None:
        try:
            result = self.path.stat()
        except OSError:
            return None
        # The inode too: Kubernetes ConfigMaps and atomic saves replace the file through a
        # rename or a symlink swap, and the new file may have the old size and time.
        return _Stat(result.st_mtime_ns, result.st_size, result.st_ino, result.st_dev)

    @staticmethod
    def _trusted(stat: _Stat | None) -> _Stat | None:
        """The stat to compare against next time, or None when it is too recent to trust."""
        if stat is None or time.time_ns() - stat.mtime_ns < _RACY_SECONDS * 1e9:
            return None
        return stat

    # -- the background thread -------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="catalog-reloader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check_now()
            except Exception:
                # The reloader must keep watching: one odd failure is no reason to stop for good.
                log.exception("catalog check failed; will look again")

    def __enter__(self) -> CatalogReloader:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
