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
    "ur": "نہیں نہ مت",
    "sk": "ne nikdy nechcem",
    "bg": "не никога",
    "hr": "ne nikad nikada",
    "ca": "no mai",
    "sl": "ne nikoli nocem",
    "lt": "ne niekada",
    "sw": "sio",
}
# Languages that say the negation after the verb: Bengali "মরতে চাই না" (I do not want to die),
# Turkish "... istiyorum değil". Only the word right after a phrase is looked at.
_NEGATIONS_AFTER = {
    "bn": "না নয় নি",
    "tr": "degil",
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
# The same for text in ASCII alone (most messages), a byte for a byte, without decomposing it
# letter by letter: lower case, a clause's end its mark, anything else not a letter or digit a
# space.
_ASCII = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum()
    else ord(CLAUSE) if chr(c) in _CLAUSE_ENDS else 32
    for c in range(256))
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _marks() -> str:
    """Every combining mark of the Basic Multilingual Plane, as a regular expression's class."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_MARK_CLASS = _marks()
_MARKS = re.compile(f"[{_MARK_CLASS}]+")
_LETTER_SCRIPTS = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _MARKS_ARE_LETTERS)
_MARKS_AS_LETTERS = re.compile(f"[{_LETTER_SCRIPTS}]")
# A run of marks after a character outside those scripts: the character stays, the marks go.
_ACCENT_AFTER_OTHER_SCRIPT = re.compile(f"([^{_LETTER_SCRIPTS}{_MARK_CLASS}])[{_MARK_CLASS}]+")
_ENDS = re.compile("[" + re.escape("".join(sorted(_CLAUSE_ENDS))) + "]")
# What is not part of a word: not a letter, digit or mark (a mark is a vowel in Thai and Hindi).
_NOT_A_WORD = re.compile(rf"(?:[^\w{_MARK_CLASS}{CLAUSE}]|_)+")


def plain(text: str) -> str:
    """``text`` as phrases and messages are compared here: lower case, without the accents and
    vowel points people often leave out, one way of writing each letter, the end of each clause
    a ``CLAUSE`` mark, and every other run of what is not a letter or a digit one space (so
    "s'il", "să-mi" are words apart)."""
    if text.isascii():
        flat = text.encode().translate(_ASCII).decode()
        return " ".join(flat.replace(CLAUSE, f" {CLAUSE} ").split())
    decomposed = unicodedata.normalize("NFKD", text.casefold()).replace(_INSIDE_A_WORD, "")
    if _MARKS_AS_LETTERS.search(decomposed):
        decomposed = decomposed.replace(_NUKTA, "")
        # Marks go only where they are accents: those after a letter of another script.
        decomposed = _ACCENT_AFTER_OTHER_SCRIPT.sub(r"\1", decomposed)
    else:
        decomposed = _MARKS.sub("", decomposed)
    decomposed = decomposed.replace(CLAUSE, " ")
    spaced = _NOT_A_WORD.sub(" ", _ENDS.sub(f" {CLAUSE} ", decomposed))
    joined = unicodedata.normalize("NFC", spaced).translate(_ONE_LETTER)
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
    start: int  # character offsets in the plain text (``plain``)
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
    """The catalog's ``distress_other_languages`` phrases, ready to be looked for in messages.

    Filed under their first word, so a message costs one look-up per word whatever the number
    of phrases; Thai phrases and one-word phrases that may go on are looked for one by one."""

    def __init__(self, phrases: Mapping[str, Mapping[str, tuple[str, ...]]]):
        self.phrases = [p for language, by_speaker in phrases.items()
                        for speaker, items in by_speaker.items() for written in items
                        for p in _phrases(language, speaker, written)]
        self._negations = {language: frozenset(_words_of(words))
                           for language, words in _NEGATIONS.items()}
        self._negations_after = {language: frozenset(_words_of(words))
                                 for language, words in _NEGATIONS_AFTER.items()}
        self._by_first: dict[str, list[Phrase]] = {}
        # One-word phrases that may go on, by their first two letters.
        self._open_words: dict[str, list[Phrase]] = {}
        self._unspaced: list[tuple[Phrase, str]] = []
        for phrase in self.phrases:
            if phrase.unspaced:
                self._unspaced.append((phrase, "".join(phrase.words)))
            elif phrase.open_end and len(phrase.words) == 1:
                self._open_words.setdefault(phrase.words[0][:2], []).append(phrase)
            else:
                self._by_first.setdefault(phrase.words[0], []).append(phrase)

    def find(self, text: str) -> list[Hit]:
        """Every phrase found in ``text``, each marked when a negation stands before it."""
        if not self.phrases:
            return []
        flat = plain(text)
        tokens = flat.split(" ")
        spans = []
        at = 0
        for token in tokens:
            spans.append((at, at + len(token)))
            at += len(token) + 1
        hits = []
        by_first, open_words = self._by_first, self._open_words
        for i, token in enumerate(tokens):
            if token not in by_first and token[:2] not in open_words:
                continue
            candidates = [p for p in open_words.get(token[:2], ())
                          if token.startswith(p.words[0])]
            candidates += [p for p in by_first.get(token, ()) if _says(tokens, i, p)]
            for phrase in candidates:
                after = i + len(phrase.words)
                negated = (self._negated(tokens[:i], phrase.language)
                           or self._denied_after(tokens[after:after + 1], phrase.language))
                hits.append(Hit(phrase, spans[i][0], spans[after - 1][1], negated))
        if self._unspaced and _THAI.search(flat):
            for phrase, written in self._unspaced:
                at = flat.find(written)
                while at >= 0:
                    hits.append(Hit(phrase, at, at + len(written),
                                    self._negated_unspaced(flat[:at], phrase.language)))
                    at = flat.find(written, at + 1)
        return hits

    def _negated(self, before: list[str], language: str) -> bool:
        negations = self._negations.get(language, frozenset())
        reach = _NEGATION_REACH_OF.get(language, _NEGATION_REACH)
        for word in reversed(before[-reach:]):
            if word == CLAUSE:
                return False
            if word in negations:
                return True
        return False

    def _denied_after(self, following: list[str], language: str) -> bool:
        return bool(following) and following[0] in self._negations_after.get(language, ())

    def _negated_unspaced(self, before: str, language: str) -> bool:
        # Thai writes its words together: a negation is what the clause before ends with.
        tail = before.rpartition(CLAUSE)[2].replace(" ", "")
        return any(tail.endswith(n) for n in self._negations.get(language, ()))


def _says(tokens: list[str], i: int, phrase: Phrase) -> bool:
    """Whether the phrase's words stand at ``tokens[i:]``, its last one going on if it may."""
    words = phrase.words
    if i + len(words) > len(tokens):
        return False
    last = len(words) - 1
    for k, word in enumerate(words):
        token = tokens[i + k]
        if not (token == word or (k == last and phrase.open_end and token.startswith(word))):
            return False
    return True
