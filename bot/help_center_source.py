"""Reading a Help Center page for the drift check: a file, or an ``http(s)://`` URL fetched with
urllib and a timeout. Shared by ``safeguards-bot drift`` and the weekly digest; any failure is a
``SourceError`` whose message is one line (offline, a 404, a missing file), never a traceback.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_TIMEOUT_SECONDS = 10.0
# A collection page is tens of kilobytes; anything this big is not one.
MAX_BYTES = 5_000_000
_USER_AGENT = "safeguards-bot (catalog drift check)"


class SourceError(Exception):
    """The page cannot be read; the message is one line, safe to print."""


def is_url(source: str) -> bool:
    return "://" in source


def read_source(source: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> tuple[str, str | None]:
    """The page's text, and its URL when it was fetched (to resolve relative links)."""
    if not is_url(source):
        try:
            return Path(source).read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise SourceError(f"cannot read {source}: {reason}") from None
    if urlsplit(source).scheme not in ("http", "https"):
        raise SourceError(f"cannot read {source}: only http:// and https:// URLs are fetched")
    request = urllib.request.Request(source, headers={
        "User-Agent": _USER_AGENT, "Accept": "text/html, text/markdown;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise SourceError(f"cannot fetch {source}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise SourceError(f"cannot fetch {source}: no answer within {timeout:g}s") from None
        text = getattr(exc.reason, "strerror", None) or str(exc.reason)
        raise SourceError(f"cannot fetch {source}: {text} (offline?)") from None
    except TimeoutError:
        raise SourceError(f"cannot fetch {source}: no answer within {timeout:g}s") from None
    except (OSError, ValueError) as exc:
        raise SourceError(f"cannot fetch {source}: {exc}") from None
    if len(data) > MAX_BYTES:
        raise SourceError(f"cannot fetch {source}: larger than {MAX_BYTES:,} bytes")
    try:
        return data.decode(charset, errors="replace"), final_url
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", errors="replace"), final_url
