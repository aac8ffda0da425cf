"""What a suggestion button in the maintainers' Home carries back: the article suggested, the gap
group it was clicked in (its nearest candidate) and the period the Home showed, as ids and whole
seconds. Never text: the group's questions are looked up again when the click is recorded.

Encoded as ``"<article> <candidate or -> <since> <until>"`` (Unix seconds); decoding never raises
and gives None for anything this bot did not write.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone

from bot.engine.catalog import ENTRY_ID

NO_CANDIDATE = "-"
# Periods a Home can show: no older than the first safeguards-bot, no further than a year ahead.
_EARLIEST = 1_600_000_000


@dataclass(frozen=True)
class SuggestionRef:
    article_id: str
    candidate_id: str | None  # the gap group's nearest entry; None: the "no candidate" group
    since: datetime
    until: datetime

    def encode(self) -> str:
        # The end rounded up: questions asked within the last second shown stay in the group.
        return (f"{self.article_id} {self.candidate_id or NO_CANDIDATE} "
                f"{math.floor(self.since.timestamp())} {math.ceil(self.until.timestamp())}")

    @classmethod
    def decode(cls, value: object) -> SuggestionRef | None:
        parts = value.split(" ") if isinstance(value, str) else []
        if len(parts) != 4 or not ENTRY_ID.match(parts[0]):
            return None
        article, candidate, since, until = parts
        if candidate != NO_CANDIDATE and not ENTRY_ID.match(candidate):
            return None
        if not (since.isascii() and since.isdigit() and until.isascii() and until.isdigit()):
            return None
        start, end = int(since), int(until)
        if not _EARLIEST <= start <= end <= datetime.now(timezone.utc).timestamp() + 31_536_000:
            return None
        return cls(article, None if candidate == NO_CANDIDATE else candidate,
                   datetime.fromtimestamp(start, timezone.utc),
                   datetime.fromtimestamp(end, timezone.utc))
