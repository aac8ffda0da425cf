"""What a question says it is *not* about, left out of its topic.

"This isn't a security bug. Claude produced content I think breaks local law" names the security
article's words only to rule it out; "I'm not asking about abuse-material detection, I mean what
an organization serving minors needs" likewise. The clause that disowns a topic (up to its
comma or full stop) is dropped before the question is matched to an article. Distress is read
on the whole message all the same: only the topic matching skips it.
"""

from __future__ import annotations

import re

_NOT = r"(?:is not|isn'?t|isn’t|is no|'?s not|’s not)"
_DISOWNED = re.compile(
    r"\b(?:"
    rf"(?:this|it|that|mine|my question)\s+{_NOT}\s+(?:a|an|about|really about|just about)\b"
    r"|(?:i'?m|i’m|i am)\s+not\s+(?:asking|talking|writing|here)\s+(?:about|for)\b"
    r"|not\s+(?:asking|talking)\s+about\b"
    r"|(?:i\s+)?(?:don'?t|don’t|do not)\s+mean\b"
    r")[^.!?;,\n]*",
    re.IGNORECASE,
)


def without(text: str) -> str:
    """``text`` without the clauses in which it says what it is not about."""
    if "not" not in text.lower() and "n't" not in text and "n’t" not in text:
        return text
    kept = _DISOWNED.sub(" ", text)
    # A question that is nothing but a disclaimer keeps its words: something must be matched.
    return kept if kept.strip(" .,!?;") else text
