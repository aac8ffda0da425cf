"""Escalation routing: tell the specialists' channel when a question needs more than a link.

The catalog marks the articles that escalate (crisis support, CSAM, law-enforcement requests,
vulnerability reports); a crisis decision always does. The notice names the topic, the surface
and links the original message (``chat.getPermalink``), so a specialist can open it where Slack's
own permissions apply. It never carries the message text: whoever reads the escalation channel
sees only what they could already open.

A notice is a courtesy to the team, never part of the person's answer: it is sent after the reply,
and any failure is logged (Web API method and error code) and otherwise ignored.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from slack_sdk import WebClient

from bot import metrics
from bot.engine.catalog import Entry
from bot.engine.help_center import DEFAULT_LOCALE
from bot.slack.render.escalation import escalation_notice
from bot.slack.slack_errors import WEB_API_ERRORS, error_code, is_transient
from bot.text.words import Words

log = logging.getLogger(__name__)

# Slack answers with https://<workspace>.slack.com/archives/...; anything else is not linked.
_PERMALINK = re.compile(r"^https?://[^\s<>|]+$")


@dataclass(frozen=True)
class Origin:
    """Where a question was asked: ids only.

    ``surface``: "command", "mention", "dm", "shortcut" or "pick". ``message_ts``: the message to
    link, or None when there is none (a slash command, a private reply).
    """

    surface: str
    channel: str | None
    message_ts: str | None = None
    # Who asked, so a specialist can reach them where there is no message to open (a private
    # /safeguards answer, a DM with the bot that nobody else can read).
    user_id: str | None = None
    team_id: str | None = None


class Escalation:
    def __init__(self, channel: str | None, locale: str = DEFAULT_LOCALE):
        """``channel``: the escalation channel's id; None turns notices off. ``locale``: the
        language of the notices (the workspace's, for the specialists)."""
        self.channel = channel
        self.words = Words(locale)

    def notify(self, client: WebClient, entry: Entry | None, origin: Origin, *,
               raise_transient: bool = False) -> bool:
        """Post the notice for ``entry`` asked at ``origin``; True when it was posted.
        ``raise_transient``: let a failure worth retrying (a 429, a 5xx, no answer) raise, for
        the outbox to try again later (``bot.slack.delivery``)."""
        if entry is None or not self.channel:
            return False
        permalink = self._permalink(client, origin, raise_transient)
        notice = escalation_notice(entry, origin.surface, origin.channel, permalink,
                                   has_message=bool(origin.channel and origin.message_ts),
                                   user_id=origin.user_id, team_id=origin.team_id,
                                   words=self.words)
        try:
            client.chat_postMessage(channel=self.channel, unfurl_links=False, unfurl_media=False,
                                    **notice.message())
        except WEB_API_ERRORS as exc:
            if raise_transient and is_transient(exc):
                raise
            log.error("escalation notice not posted: chat.postMessage error=%s", error_code(exc))
            metrics.ESCALATIONS.labels("failed").inc()
            return False
        metrics.ESCALATIONS.labels("posted").inc()
        log.info("escalation posted surface=%s article=%s linked=%s", origin.surface, entry.id,
                 "yes" if permalink else "no")
        return True

    @staticmethod
    def _permalink(client: WebClient, origin: Origin, raise_transient: bool) -> str | None:
        # A DM with the bot opens for nobody but the person: the notice names them instead.
        if not (origin.channel and origin.message_ts) or origin.surface == "dm":
            return None
        try:
            answer = client.chat_getPermalink(channel=origin.channel, message_ts=origin.message_ts)
        except WEB_API_ERRORS as exc:
            if raise_transient and is_transient(exc):
                raise
            # A notice without the link still tells the team a specialist is needed.
            log.warning("escalation without a link: chat.getPermalink error=%s", error_code(exc))
            return None
        permalink = answer.get("permalink")
        if isinstance(permalink, str) and _PERMALINK.match(permalink):
            return permalink
        log.warning("escalation without a link: chat.getPermalink gave no usable permalink")
        return None

