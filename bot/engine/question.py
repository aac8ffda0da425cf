"""Turn what a person typed (possibly Slack markup) into the question text the matcher reads.

Slack sends mentions, channel links and URLs as ``<...>`` markup; none of it says anything about
the question, and some of it (``<!channel>``) must never be echoed back. Control characters are
noise from copy-paste. Nothing here raises: any string in, a string out.
"""

from __future__ import annotations

import re

from bot.engine.thresholds import MAX_QUESTION_CHARS

# <@U123>, <@U123|name>, <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|text>
_PINGS = re.compile(r"<[@!][^<>]*>")
# <#C123|general> -> general ; <https://x|label> -> label ; <https://x> -> https://x
_LABELLED = re.compile(r"<[#]?[^<>|]*\|([^<>]*)>")
_BARE = re.compile(r"<([^<>|]*)>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def question_text(raw: str | None) -> str:
    """The plain question inside ``raw``: markup dropped, control characters gone, bounded."""
    if not raw:
        return ""
    text = raw[:MAX_QUESTION_CHARS]
    text = _PINGS.sub(" ", text)
    text = _LABELLED.sub(r" \1 ", text)
    text = _BARE.sub(r" \1 ", text)
    # Slack escapes these three in message text; undo it so "Q&amp;A" reads as "Q&A".
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
