"""Distress written in a language the Help Center does not publish in (Arabic, Turkish, Dutch,
Vietnamese, Hindi, Thai...): the helpline is still shown.

The catalog's own languages are read by ``bot.engine.crisis`` with their grammar (negation,
stories, someone else's distress, jokes). Here there is no such grammar, so the catalog's phrases
for these languages (``distress_other_languages`` of ``crisis-helpline``) are written whole, as a
person says them of themselves (``self``) or of someone else (``others``), and read plainly:

- a phrase matches where its words stand in the message in that order, at word boundaries (a
  final ``*`` lets its last word go on: Turkish ``intihar ede*`` is "intihar edeceğim"); Thai,
  written without spaces, matches anywhere;
- a phrase is not counted when one of its language's negations stands just before it ("لا أريد
  أن أموت", "không muốn chết", "ไม่อยากตาย"): the person says they do *not* want to die;
- a phrase written with ``~`` is an idiom that also has an everyday sense: gentle (the helpline is
  offered, nobody is told). Every other one is confident.

These languages are only read when the catalog's own phrases found nothing: a message in one of
the Help Center's languages is judged with that language's grammar, never by a look-alike here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# Words that negate what follows, by language (written as messages are read: ``plain``). Only
# grammar: what a person in distress says is in the catalog.
_NEGATIONS = {
    "ar": "لا لن لم ما مش مو مب ليس لست مابي مابدي",
    "fa": "نه نمی نمیخواهم نمیخوام نخواهم",
    "he": "לא אל אינני איני",
    "tr": "degil asla",
    "nl": "niet geen nooit",
    "vi": "khong ko k chang cha chua dau",
    "pl": "nie wcale",
    "uk": "не ні ніколи",
    "hi": "नहीं नही न मत nahi nahin na mat",
    "th": "ไม่ ไม่ได้ ไม่เคย",
    "el": "δεν δε μην μη οχι ποτε",
    "sv": "inte aldrig ej",
    "da": "ikke aldrig",
    "no": "ikke ikkje aldri",
    "cs": "ne nikdy nechci",
    "ro": "nu niciodata",
    "tl": "hindi di ayaw ayoko",
    "ms": "tak tidak x tk bukan jangan",
    "fi": "en et ei emme ette eivat",
    "hu": "nem ne sem soha",
}
# (Persian writes "نمی‌خواهم" with a zero-width non-joiner, read as two words: "نمی" is enough.)
# How many words before a phrase (in its clause) a negation still reaches: "لا أريد أن أموت",
# "nie chcę umrzeć"; in the Scandinavian languages the negation follows the verb and an infinitive
# marker comes between: "jeg har ikke tenkt å ta livet mitt".
_NEGATION_REACH = 2
_NEGATION_REACH_OF = {"sv": 3, "da": 3, "no": 3}

# Letters written several ways in these languages, made one: Arabic and Persian alef, yeh, kaf
# and teh marbuta forms; letters that carry no mark to drop (Polish ł, Turkish dotless ı,
# Danish ø, Vietnamese đ).
_ONE_LETTER = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و",
    "ة": "ه", "ک": "ك", "ـ": None,
    "ł": "l", "ı": "i", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss",
})
# Scripts whose vowel signs are letters, not accents (Devanagari and the other Indic scripts,
# Thai, Lao, Myanmar, Khmer): their marks are kept, but for Devanagari's nukta (ख़ = ख), which
# people often leave out.
_MARKS_ARE_LETTERS = ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
_NUKTA = "\u093c"
# Persian's zero-width non-joiner sits inside a word ("می‌خواهم"): dropped, not a space.
_INSIDE_A_WORD = "\u200c"
# Where a clause ends: a phrase never spans one, and a negation reaches no further back.
_CLAUSE_ENDS = frozenset(".,;:!?\n…،؛؟۔।॥。，；：！？")
CLAUSE = "|"
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _keeps_marks(base: str) -> bool:
    code = ord(base)
    return any(low <= code <= high for low, high in _MARKS_ARE_LETTERS)


def plain(text: str) -> str:
    """``text`` as phrases and messages are compared here: lower case, without the accents and
    vowel points people often leave out, one way of writing each letter, the end of each clause
    a ``CLAUSE`` mark, and every other run of what is not a letter or a digit one space (so
    "s'il", "să-mi" are words apart)."""
    out: list[str] = []
    base = " "
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        category = unicodedata.category(ch)
        if category.startswith("M"):
            if _keeps_marks(base) and ch != _NUKTA:
                out.append(ch)
            continue
        if ch == _INSIDE_A_WORD:
            continue
        base = ch
        if category[0] in "LN":
            out.append(ch)
        else:
            out.append(f" {CLAUSE} " if ch in _CLAUSE_ENDS else " ")
    joined = unicodedata.normalize("NFC", "".join(out)).translate(_ONE_LETTER)
    return " ".join(joined.split())


def _words_of(written: str) -> tuple[str, ...]:
    return tuple(w for w in plain(written).split() if w != CLAUSE)


@dataclass(frozen=True)
class Phrase:
    language: str
    text: str  # as written in the catalog, for maintainers
    words: tuple[str, ...]
    open_end: bool  # the last word may go on ("ede*")
    gentle: bool
    of_others: bool
    unspaced: bool  # Thai: matched anywhere, without word boundaries


@dataclass(frozen=True)
class Hit:
    phrase: Phrase
    start: int  # character offsets in the plain text
    end: int
    negated: bool


def _phrases(language: str, speaker: str, written: str) -> list[Phrase]:
    gentle = written.startswith("~")
    out = []
    for alternative in written.lstrip("~").split("|"):
        open_end = alternative.rstrip().endswith("*")
        words = _words_of(alternative.rstrip().rstrip("*"))
        if words:
            out.append(Phrase(language, written, words, open_end, gentle,
                              speaker == "others", bool(_THAI.search(alternative))))
    return out


class OtherLanguageFinder:
    """The catalog's ``distress_other_languages`` phrases, ready to be looked for in messages."""

    def __init__(self, phrases: Mapping[str, Mapping[str, tuple[str, ...]]]):
        self.phrases = [p for language, by_speaker in phrases.items()
                        for speaker, items in by_speaker.items() for written in items
                        for p in _phrases(language, speaker, written)]
        self._negations = {language: frozenset(_words_of(words))
                           for language, words in _NEGATIONS.items()}
        self._patterns = [self._pattern(p) for p in self.phrases]

    @staticmethod
    def _pattern(phrase: Phrase) -> re.Pattern[str]:
        body = " ".join(re.escape(w) for w in phrase.words)
        if phrase.unspaced:
            return re.compile(re.escape("".join(phrase.words)))
        return re.compile(rf"(?<!\S){body}" + ("" if phrase.open_end else r"(?!\S)"))

    def find(self, text: str) -> list[Hit]:
        """Every phrase found in ``text``, each marked when a negation stands before it."""
        if not self.phrases:
            return []
        flat = plain(text)
        hits = []
        for phrase, pattern in zip(self.phrases, self._patterns, strict=True):
            for found in pattern.finditer(flat):
                hits.append(Hit(phrase, found.start(), found.end(),
                                self._negated(flat, found.start(), phrase)))
        return hits

    def _negated(self, flat: str, start: int, phrase: Phrase) -> bool:
        negations = self._negations.get(phrase.language, frozenset())
        clause = flat[:start].rpartition(CLAUSE)[2]
        if phrase.unspaced:
            # Thai writes its words together: a negation is what the text before ends with.
            tail = clause.replace(" ", "")
            return any(tail.endswith(n) for n in negations)
        reach = _NEGATION_REACH_OF.get(phrase.language, _NEGATION_REACH)
        return any(w in negations for w in clause.split()[-reach:])
