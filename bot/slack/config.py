"""Settings for the Slack app, read once from the environment at start-up.

Every problem is a ``SettingsError`` whose message is one line naming the variable and what to do,
never its value: tokens and the signing secret must not end up in a terminal scroll-back or a log.

- ``SLACK_BOT_TOKEN`` (always), ``SLACK_SIGNING_SECRET`` (HTTP mode), ``SLACK_APP_TOKEN`` (Socket
  Mode), ``SLACK_API_URL`` (optional: another Web API base URL).
- ``SAFEGUARDS_ESCALATION_CHANNEL``: a channel id; notices about escalating topics go there.
- ``SAFEGUARDS_DATABASE_URL``: the database of the question log, the deduplication keys and the
  reply outbox: ``sqlite:///PATH`` or ``postgresql://...`` (shared by replicas). Without it,
  ``SAFEGUARDS_DB`` names the SQLite file (default ``./safeguards-bot.sqlite3``).
- ``SAFEGUARDS_HASH_SALT``: keys the user-id hash (default: generated, kept in ``<DB>.salt``);
  required with PostgreSQL, and the same on every replica.
- Delivery (``bot/slack/delivery/timings.py``): ``SAFEGUARDS_REPLY_TTL_SECONDS`` (3600),
  ``SAFEGUARDS_OUTBOX_WAIT_MS`` (20), ``SAFEGUARDS_OUTBOX_LEASE_SECONDS`` (60),
  ``SAFEGUARDS_OUTBOX_POLL_SECONDS`` (1), ``SAFEGUARDS_RETRY_BASE_SECONDS`` (1),
  ``SAFEGUARDS_RETRY_MAX_SECONDS`` (60), ``SAFEGUARDS_CHANNEL_RATE`` (1 message a second) and
  ``SAFEGUARDS_CHANNEL_BURST`` (5).
- ``SAFEGUARDS_STORE_TEXT`` (0/1, default 0) and ``SAFEGUARDS_TEXT_RETENTION_DAYS`` (default 30):
  keep the text of unanswered and "not helpful" questions, never of crisis ones, for that long.
- ``SAFEGUARDS_CATALOG_RELOAD_SECONDS``: how often the catalog is checked for edits (default 2;
  0 turns live reload off).
- ``SAFEGUARDS_LOG_FORMAT``: text (default) or json (one object a line, still without text).
- ``SAFEGUARDS_LOG_LEVEL``: DEBUG, INFO (default), WARNING or ERROR. Below DEBUG no log line
  carries a question; DEBUG lets libraries log whole Slack payloads, and says so when it starts.
- ``SAFEGUARDS_DEFAULT_LOCALE``: the workspace's language (a Help Center locale, default ``en``):
  replies whose question and asker say nothing of theirs, and every escalation notice.
- Maintainers (``bot/slack/maintainers.py``, ``bot/slack/digest.py``): ``SAFEGUARDS_MAINTAINERS``
  (user ids and user-group ids who see the gaps in their Home), ``SAFEGUARDS_GAP_DAYS`` (30),
  ``SAFEGUARDS_DIGEST_CHANNEL`` (a channel id for the weekly digest; off when unset) and
  ``SAFEGUARDS_DRIFT_SOURCE`` (the Help Center collection page, a file or a URL, that the digest
  compares the catalog with; off when unset).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse

from bot.engine import help_center
from bot.slack.delivery.timings import DeliveryTimings
from bot.slack.id_patterns import CHANNEL_ID, USER_ID, USERGROUP_ID
from bot.store.database import DatabaseUrlError, parse_url
from bot.store.hash_salt import MIN_SALT_CHARS
from bot.store.settings_paths import DATABASE_URL_ENV, DB_ENV, DEFAULT_DB, sqlite_url

BOT_TOKEN = "SLACK_BOT_TOKEN"
APP_TOKEN = "SLACK_APP_TOKEN"
SIGNING_SECRET = "SLACK_SIGNING_SECRET"
API_URL = "SLACK_API_URL"
ESCALATION_CHANNEL = "SAFEGUARDS_ESCALATION_CHANNEL"
HASH_SALT = "SAFEGUARDS_HASH_SALT"
STORE_TEXT = "SAFEGUARDS_STORE_TEXT"
TEXT_RETENTION_DAYS = "SAFEGUARDS_TEXT_RETENTION_DAYS"
CATALOG_RELOAD_SECONDS = "SAFEGUARDS_CATALOG_RELOAD_SECONDS"
LOG_LEVEL = "SAFEGUARDS_LOG_LEVEL"
LOG_FORMAT = "SAFEGUARDS_LOG_FORMAT"
REPLY_TTL_SECONDS = "SAFEGUARDS_REPLY_TTL_SECONDS"
OUTBOX_WAIT_MS = "SAFEGUARDS_OUTBOX_WAIT_MS"
OUTBOX_LEASE_SECONDS = "SAFEGUARDS_OUTBOX_LEASE_SECONDS"
OUTBOX_POLL_SECONDS = "SAFEGUARDS_OUTBOX_POLL_SECONDS"
RETRY_BASE_SECONDS = "SAFEGUARDS_RETRY_BASE_SECONDS"
RETRY_MAX_SECONDS = "SAFEGUARDS_RETRY_MAX_SECONDS"
CHANNEL_RATE = "SAFEGUARDS_CHANNEL_RATE"
CHANNEL_BURST = "SAFEGUARDS_CHANNEL_BURST"
DEFAULT_LOCALE = "SAFEGUARDS_DEFAULT_LOCALE"
MAINTAINERS = "SAFEGUARDS_MAINTAINERS"
GAP_DAYS = "SAFEGUARDS_GAP_DAYS"
DIGEST_CHANNEL = "SAFEGUARDS_DIGEST_CHANNEL"
DRIFT_SOURCE = "SAFEGUARDS_DRIFT_SOURCE"
DEFAULT_GAP_DAYS = 30

DEFAULT_TEXT_RETENTION_DAYS = 30
DEFAULT_CATALOG_RELOAD_SECONDS = 2.0
DEFAULT_LOG_LEVEL = "INFO"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

# Slack's tokens are opaque, but their prefixes say what they are; a user token (xoxp-) or a
# config token pasted by mistake would only fail later, on the first request, with a vaguer error.
_BOT_TOKEN = re.compile(r"^xoxb-[A-Za-z0-9-]+$")
_APP_TOKEN = re.compile(r"^xapp-[A-Za-z0-9-]+$")
_NO_SPACE = re.compile(r"^\S+$")
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class SettingsError(Exception):
    """Missing or malformed settings; the message is one line, safe to print."""


@dataclass(frozen=True)
class Settings:
    bot_token: str
    # Only HTTP mode verifies request signatures; Socket Mode has no inbound HTTP.
    signing_secret: str | None = None
    # Only Socket Mode needs the app-level token.
    app_token: str | None = None
    # The Web API base URL, ending in "/" as slack_sdk expects; None means Slack itself.
    api_url: str | None = None
    # Where notices about crisis, CSAM, law-enforcement and vulnerability questions go; None: off.
    escalation_channel: str | None = None
    # The SQLite file (created on first use) when no database URL is given; the hash salt is kept
    # next to it.
    db_path: str = DEFAULT_DB
    # The database: sqlite:///PATH or postgresql://...; None means the SQLite file db_path.
    database_url: str | None = None
    # Keys the user-id hash in the question log; None: one is generated and kept next to the log.
    hash_salt: str | None = None
    # Opt-in: keep the text of unanswered and "not helpful" questions, for this many days.
    store_text: bool = False
    text_retention_days: int = DEFAULT_TEXT_RETENTION_DAYS
    # How often the catalog file is looked at for edits; 0 turns live reload off.
    catalog_reload_seconds: float = DEFAULT_CATALOG_RELOAD_SECONDS
    # One of LOG_LEVELS.
    log_level: str = DEFAULT_LOG_LEVEL
    # "text" (default) or "json": one JSON object a line, for log platforms.
    log_format: str = "text"
    # Pacing, retries, leases and expiry of replies.
    delivery: DeliveryTimings = field(default_factory=DeliveryTimings)
    # The workspace's language (a Help Center locale): replies that have no other, escalations.
    default_locale: str = help_center.DEFAULT_LOCALE
    # Who sees the gaps in their Home and may suggest articles for them: user ids (U…, W…) and
    # user groups (S…, resolved with usergroups.users.list). Empty: nobody.
    maintainers: tuple[str, ...] = ()
    # How far back the maintainers' Home looks for gaps.
    gap_days: int = DEFAULT_GAP_DAYS
    # Where the weekly digest goes (a channel id); None: no digest.
    digest_channel: str | None = None
    # The Help Center collection page the digest compares the catalog with (a file or a URL).
    drift_source: str | None = None

    @property
    def database(self) -> str:
        """The database URL in use."""
        return self.database_url or sqlite_url(self.db_path)

    def __repr__(self) -> str:
        # Keep secrets (tokens, signing secret, salt) out of tracebacks and debug prints.
        return (f"Settings(api_url={self.api_url!r}, socket_mode={self.app_token is not None}, "
                f"escalation_channel={self.escalation_channel!r}, db_path={self.db_path!r}, "
                f"database={_without_password(self.database)!r}, "
                f"store_text={self.store_text}, text_retention_days={self.text_retention_days}, "
                f"catalog_reload_seconds={self.catalog_reload_seconds}, "
                f"log_level={self.log_level!r})")


def load_settings(env: Mapping[str, str] | None = None, *, http: bool) -> Settings:
    """The settings for HTTP mode (``http=True``) or Socket Mode, or ``SettingsError``."""
    env = os.environ if env is None else env

    def get(name: str) -> str | None:
        # Surrounding whitespace is a copy-paste accident, not part of a token.
        value = (env.get(name) or "").strip()
        return value or None

    bot_token = get(BOT_TOKEN)
    if bot_token is None:
        raise SettingsError(
            f"{BOT_TOKEN} is not set: copy the Bot User OAuth Token (xoxb-...) from the app's "
            "OAuth & Permissions page"
        )
    if not _BOT_TOKEN.match(bot_token):
        raise SettingsError(f"{BOT_TOKEN} is not a bot token: it must start with xoxb-")

    signing_secret = app_token = None
    if http:
        signing_secret = get(SIGNING_SECRET)
        if signing_secret is None:
            raise SettingsError(
                f"{SIGNING_SECRET} is not set: HTTP mode needs the Signing Secret from the app's "
                "Basic Information page"
            )
        if not _NO_SPACE.match(signing_secret):
            raise SettingsError(f"{SIGNING_SECRET} is malformed: it must not contain spaces")
    else:
        app_token = get(APP_TOKEN)
        if app_token is None:
            raise SettingsError(
                f"{APP_TOKEN} is not set: Socket Mode needs an app-level token (xapp-...) with "
                "connections:write; or run 'serve --http' with SLACK_SIGNING_SECRET"
            )
        if not _APP_TOKEN.match(app_token):
            raise SettingsError(f"{APP_TOKEN} is not an app-level token: it must start with xapp-")

    hash_salt = get(HASH_SALT)
    if hash_salt is not None and len(hash_salt) < MIN_SALT_CHARS:
        raise SettingsError(
            f"{HASH_SALT} is too short: use at least {MIN_SALT_CHARS} random characters, or unset "
            "it to have one generated next to the question log"
        )
    database_url = _database_url(get(DATABASE_URL_ENV))
    if database_url is not None and not database_url.startswith("sqlite") and not hash_salt:
        # No file to keep a generated salt next to, and replicas must share one: each with its
        # own would count one person as several.
        raise SettingsError(
            f"{HASH_SALT} must be set with a PostgreSQL database: the same {MIN_SALT_CHARS}+ "
            "random characters on every replica"
        )

    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        api_url=_api_url(get(API_URL)),
        escalation_channel=_channel_id(get(ESCALATION_CHANNEL)),
        db_path=get(DB_ENV) or DEFAULT_DB,
        hash_salt=hash_salt,
        store_text=_flag(STORE_TEXT, get(STORE_TEXT)),
        text_retention_days=_whole_number(TEXT_RETENTION_DAYS, get(TEXT_RETENTION_DAYS),
                                          DEFAULT_TEXT_RETENTION_DAYS),
        catalog_reload_seconds=_seconds(CATALOG_RELOAD_SECONDS, get(CATALOG_RELOAD_SECONDS),
                                        DEFAULT_CATALOG_RELOAD_SECONDS),
        log_level=_log_level(get(LOG_LEVEL)),
        log_format=_log_format(get(LOG_FORMAT)),
        database_url=database_url,
        delivery=_delivery(get),
        default_locale=_default_locale(get(DEFAULT_LOCALE)),
        maintainers=_maintainers(get(MAINTAINERS)),
        gap_days=_gap_days(get(GAP_DAYS)),
        digest_channel=_channel_id(get(DIGEST_CHANNEL), DIGEST_CHANNEL),
        drift_source=_drift_source(get(DRIFT_SOURCE)),
    )


def _without_password(url: str) -> str:
    try:
        return parse_url(url).render_as_string(hide_password=True)
    except DatabaseUrlError:
        return "(not a database URL)"


def _database_url(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parse_url(value)
    except DatabaseUrlError as exc:
        raise SettingsError(f"{DATABASE_URL_ENV}: {exc}") from None
    return value


def _delivery(get: Callable[[str], str | None]) -> DeliveryTimings:
    default = DeliveryTimings()

    def number(name: str, fallback: float, low: float, high: float, what: str) -> float:
        value = get(name)
        if value is None:
            return fallback
        try:
            parsed = float(value)
        except ValueError:
            parsed = float("nan")
        if not low <= parsed <= high:  # nan fails both
            raise SettingsError(f"{name} must be {what} from {low:g} to {high:g} "
                                f"(default {fallback:g})")
        return parsed

    return DeliveryTimings(
        reply_ttl_seconds=number(REPLY_TTL_SECONDS, default.reply_ttl_seconds, 1, 86_400,
                                 "a number of seconds"),
        outbox_wait_seconds=number(OUTBOX_WAIT_MS, default.outbox_wait_seconds * 1000, 1, 2000,
                                   "a number of milliseconds") / 1000,
        lease_seconds=number(OUTBOX_LEASE_SECONDS, default.lease_seconds, 1, 3600,
                             "a number of seconds"),
        poll_seconds=number(OUTBOX_POLL_SECONDS, default.poll_seconds, 0.01, 60,
                            "a number of seconds"),
        retry_base_seconds=number(RETRY_BASE_SECONDS, default.retry_base_seconds, 0.001, 600,
                                  "a number of seconds"),
        retry_max_seconds=number(RETRY_MAX_SECONDS, default.retry_max_seconds, 0.001, 3600,
                                 "a number of seconds"),
        channel_rate=number(CHANNEL_RATE, default.channel_rate, 0.01, 1000,
                            "a number of messages a second"),
        channel_burst=int(number(CHANNEL_BURST, default.channel_burst, 1, 1000,
                                 "a whole number of messages")),
    )


def _default_locale(value: str | None) -> str:
    if value is None:
        return help_center.DEFAULT_LOCALE
    locale = help_center.normalize_locale(value)
    if locale is None:
        raise SettingsError(f"{DEFAULT_LOCALE} must be one of {', '.join(help_center.LOCALES)} "
                            f"(default {help_center.DEFAULT_LOCALE})")
    return locale


def _log_format(value: str | None) -> str:
    if value is None:
        return "text"
    if value.lower() not in ("text", "json"):
        raise SettingsError(f"{LOG_FORMAT} must be text or json (default text)")
    return value.lower()


def _log_level(value: str | None) -> str:
    if value is None:
        return DEFAULT_LOG_LEVEL
    if value.upper() not in LOG_LEVELS:
        raise SettingsError(f"{LOG_LEVEL} must be one of {', '.join(LOG_LEVELS)} "
                            f"(default {DEFAULT_LOG_LEVEL})")
    return value.upper()


def _channel_id(value: str | None, name: str = ESCALATION_CHANNEL) -> str | None:
    if value is None:
        return None
    # A "#name" cannot be posted to reliably (names change), so it is refused with a hint.
    if not CHANNEL_ID.match(value):
        raise SettingsError(
            f"{name} must be a channel id such as C0123ABCD (in Slack: the "
            "channel's name > About > Channel ID), not a #name"
        )
    return value


def _maintainers(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    ids = tuple(dict.fromkeys(part for part in re.split(r"[\s,]+", value) if part))
    wrong = [i for i in ids if not (USER_ID.match(i) or USERGROUP_ID.match(i))]
    if wrong:
        raise SettingsError(
            f"{MAINTAINERS} must list user ids (U0123ABCD: a profile's ⋮ > Copy member ID) or "
            "user-group ids (S0123ABCD), separated by commas or spaces"
        )
    return ids


def _gap_days(value: str | None) -> int:
    if value is None:
        return DEFAULT_GAP_DAYS
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= 365:
        raise SettingsError(f"{GAP_DAYS} must be a whole number of days from 1 to 365 "
                            f"(default {DEFAULT_GAP_DAYS})")
    return int(value)


def _drift_source(value: str | None) -> str | None:
    if value is None or "://" not in value:
        return value  # a file: read when the digest is made (a missing one is said there)
    if urlparse(value).scheme not in ("http", "https"):
        raise SettingsError(f"{DRIFT_SOURCE} must be a file or an http(s):// URL")
    return value


def _flag(name: str, value: str | None) -> bool:
    if value is None or value.lower() in _FALSE:
        return False
    if value.lower() in _TRUE:
        return True
    raise SettingsError(f"{name} must be 0 or 1")


def _whole_number(name: str, value: str | None, default: int) -> int:
    if value is None:
        return default
    # A century caps it: longer is no retention policy, and date arithmetic overflows further on.
    if not value.isascii() or not value.isdigit() or int(value) > 36_500:
        raise SettingsError(f"{name} must be a whole number of days from 0 to 36500 "
                            f"(default {default})")
    return int(value)


def _seconds(name: str, value: str | None, default: float) -> float:
    if value is None:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    # nan fails both comparisons; a day is far past any useful interval.
    if not 0 <= seconds <= 86_400:
        raise SettingsError(f"{name} must be a number of seconds, 0 (off) or more "
                            f"(default {default:g})")
    return seconds


def _api_url(value: str | None) -> str | None:
    if value is None:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(
            f"{API_URL} must be an http(s):// URL such as https://slack.com/api/"
        )
    return value if value.endswith("/") else value + "/"
