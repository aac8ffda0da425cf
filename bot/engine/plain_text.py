"""Text as the distress phrases of the languages beyond the Help Center's are compared with it
(``bot.engine.crisis_other_languages``): what people leave out or type several ways does not
matter, and what ends a clause is kept.

Unlike ``normalize.fold`` (Latin and Cyrillic accents only, Chinese variants), this reads every
script: accents and vowel points go from Latin, Greek, Cyrillic, Arabic and Hebrew letters, but
stay where they are letters (Thai and the Indic scripts' vowel signs); Arabic and Persian letter
variants become one; Persian's zero-width non-joiner joins its word.
"""

from __future__ import annotations

import re
import unicodedata

# Letters written several ways in these languages, made one: Arabic and Persian alef, yeh, kaf
# and teh marbuta forms; letters that carry no mark to drop (Polish ł, Turkish dotless ı,
# Danish ø, Vietnamese đ, Icelandic ð and þ).
_ONE_LETTER = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و",
    "ة": "ه", "ک": "ك", "ـ": None,
    "ł": "l", "ı": "i", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss",
    "ð": "d", "þ": "th",
})
# Thai, written without spaces between words: its phrases are found anywhere in a text.
THAI = re.compile(r"[\u0e00-\u0e7f]")
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
# Where a quotation opens or closes (double marks only: a single one is also an apostrophe): its
# own mark, so that words said by someone in a story or a news item can be told apart.
_QUOTE_MARKS = frozenset('"“”„‟«»「」『』〝〞＂')
QUOTE = '"'
# The same for text in ASCII alone (most messages), a byte for a byte, without decomposing it
# letter by letter: lower case, a clause's end its mark, anything else not a letter or digit a
# space.
_ASCII = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum()
    else ord(CLAUSE) if chr(c) in _CLAUSE_ENDS else ord(QUOTE) if chr(c) == QUOTE else 32
    for c in range(256))


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
_QUOTES = re.compile("[" + re.escape("".join(sorted(_QUOTE_MARKS))) + "]")
# What is not part of a word: not a letter, digit or mark (a mark is a vowel in Thai and Hindi).
_NOT_A_WORD = re.compile(rf"(?:[^\w{_MARK_CLASS}{CLAUSE}{QUOTE}]|_)+")


def plain(text: str) -> str:
    """``text`` as phrases and messages are compared here: lower case, without the accents and
    vowel points people often leave out, one way of writing each letter, the end of each clause
    a ``CLAUSE`` mark, each quotation mark a ``QUOTE``, and every other run of what is not a
    letter or a digit one space (so "s'il", "să-mi" are words apart)."""
    if text.isascii():
        flat = text.encode().translate(_ASCII).decode()
        return " ".join(flat.replace(CLAUSE, f" {CLAUSE} ").replace(QUOTE, f" {QUOTE} ").split())
    decomposed = unicodedata.normalize("NFKD", text.casefold()).replace(_INSIDE_A_WORD, "")
    if _MARKS_AS_LETTERS.search(decomposed):
        decomposed = decomposed.replace(_NUKTA, "")
        # Marks go only where they are accents: those after a letter of another script.
        decomposed = _ACCENT_AFTER_OTHER_SCRIPT.sub(r"\1", decomposed)
    else:
        decomposed = _MARKS.sub("", decomposed)
    decomposed = _QUOTES.sub(f" {QUOTE} ", decomposed.replace(CLAUSE, " "))
    spaced = _NOT_A_WORD.sub(" ", _ENDS.sub(f" {CLAUSE} ", decomposed))
    joined = unicodedata.normalize("NFC", spaced).translate(_ONE_LETTER)
    return " ".join(joined.split())
