"""Links and inboxes of another organisation in a question.

A post that links another site ("https://help.twitter.com/.../suspended-accounts") or writes to
another organisation's security or support inbox ("security@bigbluebutton.org") and never names
Claude or Anthropic is about that organisation, however much it sounds like our articles: a
suspension appealed elsewhere, a vulnerability disclosed to another project. Real posts of that
kind were the commonest out-of-scope questions our phrases answered.

Only links and role inboxes count. A person's own address ("jane@gmail.com", "me@acme.com") says
nothing of whose product the question is about: people give it when their own account is the
topic.
"""

from __future__ import annotations

import re

# Services our articles send people to, which a question may link on our topic: the appeal form
# (a Google Form), the bug bounty's HackerOne, NCMEC's CyberTipline.
OUR_SERVICES = ("docs.google.com/forms", "forms.gle", "hackerone.com", "cybertip.org",
                "missingkids.org")

_LINK = re.compile(r"(?:https?://|\bwww\.)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(/[^\s<>|)\]]*)?",
                   re.IGNORECASE)
# The inboxes an organisation reads as an organisation, not a person's address.
_ROLE_INBOX = re.compile(
    r"\b(?:security|abuse|support|help|privacy|legal|trust|report|reports|disclosure|psirt|"
    r"safety|contact|info)@([a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.IGNORECASE)


# A link that names us anywhere is about us: our own sites (anthropic.com, claude.ai,
# claude.com, support.claude.com), our program on another host ("hackerone.com/anthropic-vdp"),
# our repositories ("github.com/anthropics"), a tool made for Claude
# ("github.com/someone/claude-proxy").
_NAMES_US = ("anthropic", "claude")


def _ours(host: str, path: str) -> bool:
    link = f"{host.lower().rstrip('.').removeprefix('www.')}{path.lower()}"
    return link.startswith(OUR_SERVICES) or any(name in link for name in _NAMES_US)


def foreign_link(text: str) -> str | None:
    """The first host of another organisation the text links or writes to, or None."""
    for found in _LINK.finditer(text):
        if not _ours(found.group(1), found.group(2) or ""):
            return found.group(1).lower().removeprefix("www.")
    for found in _ROLE_INBOX.finditer(text):
        if not _ours(found.group(1), ""):
            return found.group(1).lower()
    return None
