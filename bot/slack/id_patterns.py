"""The shapes of Slack's ids, for values that arrive in requests and settings.

A request can carry anything; a value is used as a channel, user or message only when it has the
shape Slack gives it, so nothing else ever reaches a Web API call or a mention.
"""

from __future__ import annotations

import re

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
TEAM_ID = re.compile(r"^[TE][A-Z0-9]{2,}$")
# Public (C) and private (C, or G on older workspaces) channels: where notices may go and what a
# notice may name as <#C…>. DMs (D…) are nobody else's business.
CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
# Any conversation a message can be in: channels, private channels and DMs.
CONVERSATION_ID = re.compile(r"^[CDG][A-Z0-9]{2,}$")
# A user group (a "subteam"), as usergroups.users.list takes it.
USERGROUP_ID = re.compile(r"^S[A-Z0-9]{2,}$")
MESSAGE_TS = re.compile(r"^[0-9]{1,12}\.[0-9]{1,9}$")
