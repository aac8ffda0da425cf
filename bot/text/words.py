"""``Words``: everything a reply says, in one reader's language.

The messages come from ``bot.text.wording`` through that locale's gettext catalog; an entry's
title and link from the Help Center's own localised ones (``bot.engine.help_center``); its summary
and its topic's name from the same catalog (their English text is the message id), falling back
to English for a catalog edited since the translations were made.
"""

from __future__ import annotations

from typing import Any

from bot.engine.catalog import Entry, Topic
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.help_center import DEFAULT_LOCALE, LOCALES, is_localized, title_in, url_in
from bot.engine.thresholds import HIGH_CONFIDENCE, NONE_BELOW
from bot.text import wording
from bot.text.i18n import translations


class Words:
    def __init__(self, locale: str = DEFAULT_LOCALE):
        self.locale = locale if locale in LOCALES else DEFAULT_LOCALE
        self._catalog = translations(self.locale)

    def __call__(self, message: str, **values: Any) -> str:
        """``message`` (a ``wording`` constant) in this language, placeholders filled."""
        text = self._catalog.gettext(message)
        return text.format(**values) if values else text

    # -- catalog entries -------------------------------------------------------------------------
    def title(self, entry: Entry) -> str:
        return title_in(entry, self.locale)

    def url(self, entry: Entry) -> str:
        return url_in(entry, self.locale)

    def in_english(self, entry: Entry) -> bool:
        """The entry's page exists in English only, and this reader's language is another."""
        return not is_localized(entry, self.locale)

    def summary(self, entry: Entry) -> str:
        return self._catalog.gettext(entry.summary)

    def topic(self, topic: Topic) -> str:
        return self._catalog.gettext(topic.name)

    # -- phrases built from messages ---------------------------------------------------------------
    def confidence_label(self, confidence: float) -> str:
        return self(wording.HIGH if confidence >= HIGH_CONFIDENCE else wording.MEDIUM)

    def confidence(self, confidence: float) -> str:
        return self(wording.CONFIDENCE, level=self.confidence_label(confidence))

    def triage_confidence(self, confidence: float) -> str:
        # Candidates below the "none" threshold are shown to an agent (who judges), labelled Low.
        level = self.confidence_label(confidence) if confidence >= NONE_BELOW else self(wording.LOW)
        return self(wording.TRIAGE_CONFIDENCE, level=level, percent=round(confidence * 100))

    def crisis(self, kind: CrisisKind | None, level: CrisisLevel | None) -> tuple[str, str]:
        """The opening and the help line of a crisis reply: for the person in distress (the
        default), for someone helping another person, or gently when the check is unsure."""
        helper = kind is CrisisKind.OTHER
        help_line = self(wording.HELPER_HELP if helper else wording.CRISIS_HELP)
        if level is CrisisLevel.GENTLE:
            return self(wording.CRISIS_GENTLE_OPENING), help_line
        return self(wording.HELPER_OPENING if helper else wording.CRISIS_OPENING), help_line


ENGLISH = Words(DEFAULT_LOCALE)
