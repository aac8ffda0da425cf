"""Logging for the bot: one handler on the root logger, and nothing secret gets through it.

The policy: below DEBUG no log line carries what a person asked (the bot's own code logs
decisions and ids only, see ``bot/slack/answers.py``); at DEBUG, libraries log whole payloads, so
turning it on says so. At every level, Slack tokens and the registered secrets (bot token, app
token, signing secret) are cut out of each record's message, arguments, exception and stack text,
whoever logged it: a library echoing a request or an exception quoting a header is redacted too.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
import traceback
from typing import TextIO

log = logging.getLogger("bot.server.log_privacy")

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

# Slack's token prefixes (bot, app-level, user, refresh, legacy...); the prefix is kept so a log
# still says which kind of token was involved. Rotating tokens look like "xoxe.xoxb-1-...".
_SLACK_TOKEN = re.compile(r"((?:xoxe\.)?xox[a-z]|xapp)-[A-Za-z0-9-]+")

_secrets: set[str] = set()
_secret_pattern: re.Pattern[str] | None = None
_secrets_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Redact ``value`` wherever it appears in a log record from now on (empty values ignored)."""
    global _secret_pattern
    if not value:
        return
    with _secrets_lock:
        _secrets.add(value)
        # Longest first, so a secret that contains another is cut whole.
        ordered = sorted(_secrets, key=len, reverse=True)
        _secret_pattern = re.compile("|".join(re.escape(s) for s in ordered))


def forget_secrets() -> None:
    """Drop every registered secret (tests; a process keeps its secrets for life)."""
    global _secret_pattern
    with _secrets_lock:
        _secrets.clear()
        _secret_pattern = None


def redact(text: str) -> str:
    """``text`` without Slack tokens or registered secrets."""
    pattern = _secret_pattern  # read once: register_secret may swap it meanwhile
    if pattern is not None:
        text = pattern.sub(_redacted, text)
    return _SLACK_TOKEN.sub(_redacted, text)


def _redacted(match: re.Match[str]) -> str:
    token = _SLACK_TOKEN.fullmatch(match.group(0))
    return f"{token.group(1)}-{REDACTED}" if token else REDACTED


class RedactingFilter(logging.Filter):
    """A handler filter that rewrites each record into redacted, pre-formatted text.

    On a handler (not a logger) it sees the records of every logger that propagates to it,
    libraries included. It renders the message once with its arguments and clears them: a
    redacted ``msg`` with the original ``args`` would still be formatted with the secret in it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that don't fit the format: keep both, redacted
            message = f"{record.msg!s} (unformattable arguments: {record.args!r})"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            # Formatter.format uses exc_text when set: store the redacted text and drop the live
            # exception, so no handler can render it afresh (its message may quote a token).
            record.exc_text = redact(_exception_text(record))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _exception_text(record: logging.LogRecord) -> str:
    if record.exc_text:
        return record.exc_text
    exc_info = record.exc_info
    if not exc_info or exc_info[0] is None:
        return ""
    text = "".join(traceback.format_exception(*exc_info))
    return text[:-1] if text.endswith("\n") else text


def install(handler: logging.Handler) -> None:
    """Put the redacting filter on ``handler`` (once)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())


class JsonFormatter(logging.Formatter):
    """One JSON object a line (``SAFEGUARDS_LOG_FORMAT=json``), for log platforms that index
    fields. The message is the same redacted line as in text logs: the format changes, the
    privacy rules do not."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        # UTC, so lines from several replicas sort together whatever their time zones.
        return time.strftime(datefmt or "%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))


LOG_FORMATS = ("text", "json")


def configure_logging(level: str = "INFO", *, stream: TextIO | None = None,
                      fmt: str = "text") -> None:
    """Log to ``stream`` (stderr) at ``level`` as ``fmt`` ("text" or "json"), every root handler
    redacting.

    Safe to call twice: the bot's handler is replaced, not duplicated. Handlers someone else put
    on the root logger (pytest's, a platform's) keep working, and get the filter too.
    """
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}: use DEBUG, INFO, WARNING or ERROR")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_safeguards_bot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._safeguards_bot = True  # type: ignore[attr-defined]
    if fmt not in LOG_FORMATS:
        raise ValueError(f"unknown log format {fmt!r}: use text or json")
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(numeric)
    for each in root.handlers:
        install(each)
    if numeric <= logging.DEBUG:
        log.warning("DEBUG logging is on: log lines may include the text of people's questions "
                    "(Slack payloads); use it only to troubleshoot, and delete these logs after")
