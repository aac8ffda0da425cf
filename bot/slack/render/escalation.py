"""The notice for the escalation channel: topic, surface, link. Never the question: whoever reads
the channel opens the message where Slack's own permissions decide who may see it.

Written in the workspace's language (``SAFEGUARDS_DEFAULT_LOCALE``), for the specialists, whatever
language the question was asked in.
"""

from __future__ import annotations

from bot.engine.catalog import Entry
from bot.slack.blocks import Reply, context, escape, filled, section
from bot.slack.id_patterns import CHANNEL_ID, TEAM_ID, USER_ID
from bot.slack.manifest_ids import COMMAND, FIND_ARTICLE_NAME
from bot.slack.render.answer import entry_link
from bot.text import wording
from bot.text.words import ENGLISH, Words


def _surface_name(surface: str, words: Words) -> str:
    """How the question was asked, as mrkdwn."""
    if surface == "command":
        return f"`{COMMAND}`"
    if surface == "shortcut":
        return filled(words(wording.ESCALATION_VIA_SHORTCUT), shortcut=f"*{FIND_ARTICLE_NAME}*")
    message = {"mention": wording.ESCALATION_VIA_MENTION, "dm": wording.ESCALATION_VIA_DM,
               "pick": wording.ESCALATION_VIA_PICK}.get(surface)
    return escape(words(message)) if message else "Slack"


def escalation_notice(entry: Entry, surface: str, channel: str | None, permalink: str | None,
                      *, has_message: bool = True, user_id: str | None = None,
                      team_id: str | None = None, words: Words = ENGLISH) -> Reply:
    """``has_message``: False when there is no message to link (a private answer).
    ``user_id``, ``team_id``: who asked; the notice names them and offers a DM with them."""
    how = _surface_name(surface, words)
    where = (filled(words(wording.ESCALATION_IN), channel=f"<#{channel}>")
             if channel and CHANNEL_ID.match(channel) else "")
    if permalink:
        follow = f"<{permalink}|{escape(words(wording.ESCALATION_OPEN))}>"
    elif surface == "command":
        follow = filled(words(wording.ESCALATION_NO_LINK_COMMAND), command=f"`{COMMAND}`")
    elif surface == "dm":
        follow = escape(words(wording.ESCALATION_NO_LINK_DM))
    elif not has_message:
        follow = escape(words(wording.ESCALATION_NO_LINK_PRIVATE))
    else:
        follow = escape(words(wording.ESCALATION_NO_LINK))
    asker = _asker(user_id, team_id, words)
    if asker:
        follow = f"{follow} {asker}"
    blocks = [
        section(f":rotating_light: *{escape(words(wording.ESCALATION_HEADLINE))}* "
                f"*{entry_link(entry, words)}*"),
        section(f"{filled(words(wording.ESCALATION_VIA), how=how, where=where)} {follow}"),
        context(escape(words(wording.ESCALATION_NOT_COPIED))),
    ]
    text = words(wording.ESCALATION_TEXT, title=words.title(entry), how=how, where=where,
                 link=f": {permalink}" if permalink else ".")
    return Reply(text, blocks)


def _asker(user_id: str | None, team_id: str | None, words: Words) -> str:
    """"Asked by @person", and a link that opens a DM with them (Slack's deep link)."""
    if not (user_id and USER_ID.match(user_id)):
        return ""
    line = filled(words(wording.ESCALATION_ASKED_BY), user=f"<@{user_id}>")
    if team_id and TEAM_ID.match(team_id):
        line += (f" <slack://user?team={team_id}&id={user_id}|"
                 f"{escape(words(wording.ESCALATION_MESSAGE_THEM))}>")
    return line
