"""The notice for the escalation channel: topic, surface, link. Never the question: whoever reads
the channel opens the message where Slack's own permissions decide who may see it."""

from __future__ import annotations

from bot.engine.catalog import Entry
from bot.slack.blocks import Reply, context, link, section
from bot.slack.id_patterns import CHANNEL_ID, TEAM_ID, USER_ID
from bot.slack.manifest_ids import COMMAND, FIND_ARTICLE_NAME

_SURFACE_NAMES = {
    "command": f"`{COMMAND}`",
    "mention": "a mention of the bot",
    "dm": "a direct message to the bot",
    "shortcut": f"*{FIND_ARTICLE_NAME}* on a message",
    "pick": "a suggestion the person picked",
}


def escalation_notice(entry: Entry, surface: str, channel: str | None, permalink: str | None,
                      *, has_message: bool = True, user_id: str | None = None,
                      team_id: str | None = None) -> Reply:
    """``has_message``: False when there is no message to link (a private answer).
    ``user_id``, ``team_id``: who asked; the notice names them and offers a DM with them."""
    how = _SURFACE_NAMES.get(surface, "Slack")
    where = f" in <#{channel}>" if channel and CHANNEL_ID.match(channel) else ""
    if permalink:
        follow = f"<{permalink}|Open the message>"
    elif surface == "command":
        follow = f"There is no message to link: `{COMMAND}` answers are private."
    elif surface == "dm":
        follow = "There is no message to link: a direct message with the bot is private."
    elif not has_message:
        follow = "There is no message to link: the answer was private."
    else:
        follow = "No link: Slack did not give one."
    asker = _asker(user_id, team_id)
    if asker:
        follow = f"{follow} {asker}"
    blocks = [
        section(f":rotating_light: *A question needs a specialist:* "
                f"*{link(entry.url, entry.title)}*"),
        section(f"Asked via {how}{where}. {follow}"),
        context("The question is not copied here: open the message to read it."),
    ]
    text = (f"A question needs a specialist: {entry.title}, asked via {how}{where}"
            + (f": {permalink}" if permalink else "."))
    return Reply(text, blocks)


def _asker(user_id: str | None, team_id: str | None) -> str:
    """"Asked by @person", and a link that opens a DM with them (Slack's deep link)."""
    if not (user_id and USER_ID.match(user_id)):
        return ""
    line = f"Asked by <@{user_id}>."
    if team_id and TEAM_ID.match(team_id):
        line += f" <slack://user?team={team_id}&id={user_id}|Message them directly>"
    return line
