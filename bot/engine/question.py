"""Turn what a person typed (possibly Slack markup) into the question text the matcher reads.

Slack sends mentions, channel links and URLs as ``<...>`` markup; none of it says anything about
the question, and some of it (``<!channel>``) must never be echoed back. Control characters are
noise from copy-paste. Nothing here raises: any string in, a string out.
"""

from __future__ import annotations

import re

from bot.engine.form_fields import without_form
from bot.engine.thresholds import MAX_QUESTION_CHARS

# <@U123>, <@U123|name>, <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|text>
_PINGS = re.compile(r"<[@!][^<>]*>")
# <#C123|general> -> general ; <https://x|label> -> label ; <https://x> -> https://x
_LABELLED = re.compile(r"<[#]?[^<>|]*\|([^<>]*)>")
_BARE = re.compile(r"<([^<>|]*)>")
# Control characters, zero-width and bidirectional marks: invisible, or reordering what is shown.
_INVISIBLE = "\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069"
_SPACE_OR_INVISIBLE = re.compile(rf"[\s{_INVISIBLE}]+")


def unescape_slack(text: str) -> str:
    """Slack sends the ``&``, ``<`` and ``>`` people type as entities; this is what they typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def one_line(raw: str) -> str:
    """``raw`` as one line of what the person typed: entities decoded, runs of spaces, line
    breaks and invisible characters one space."""
    return _SPACE_OR_INVISIBLE.sub(" ", unescape_slack(raw)).strip()


def question_text(raw: str | None) -> str:
    """The plain question inside ``raw``: markup and a pasted form's scaffolding dropped,
    control characters gone, bounded."""
    if not raw:
        return ""
    text = without_form(raw[:MAX_QUESTION_CHARS])
    text = _PINGS.sub(" ", text)
    text = _LABELLED.sub(r" \1 ", text)
    text = _BARE.sub(r" \1 ", text)
    return one_line(text)
