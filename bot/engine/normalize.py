"""Text normalisation shared by the catalog index and the questions it is asked.

Both sides go through exactly the same steps, so a phrase in the catalog and the words of a
question meet in one form: case, accents, punctuation and Unicode width are gone, English-style
inflections are folded, and Japanese, Chinese and Korean (written without spaces, or with
particles glued to words) become overlapping character pairs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from bot.engine.stopwords import STOPWORDS

# Apostrophes are deleted rather than split on, so "can't" and "cant" are one word.
_APOSTROPHES = re.compile(r"['’‘`´]")
# ...except after a French or Italian elided article, pronoun or preposition, which is dropped:
# "l'API" is "API" and "d'utilisation" is "utilisation", as they are written elsewhere, not
# "lapi" and "dutilisation", words nobody else uses.
_ELISION = re.compile(
    r"(?<![^\W\d_])(?:qu|[cdjlmnst]|dell|nell|all|dall|sull|un|quest|quell)['’‘`´](?=[^\W\d_])"
)
_WORD = re.compile(r"[^\W_]+")
# The scripts written without spaces between words, whose letters are matched as overlapping
# pairs: one table, so the space-dropping pattern and the per-character check always agree.
# (first, last) code points of each Unicode block, in code point order.
_CJK_SCRIPT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("Hangul Jamo", 0x1100, 0x11FF),
    ("Hiragana", 0x3040, 0x309F),
    ("Katakana", 0x30A0, 0x30FF),
    ("Hangul Compatibility Jamo", 0x3130, 0x318F),
    ("Katakana Phonetic Extensions", 0x31F0, 0x31FF),
    ("CJK Unified Ideographs Extension A", 0x3400, 0x4DBF),
    ("CJK Unified Ideographs", 0x4E00, 0x9FFF),
    ("Hangul Jamo Extended-A", 0xA960, 0xA97F),
    ("Hangul Syllables", 0xAC00, 0xD7AF),
    ("Hangul Jamo Extended-B", 0xD7B0, 0xD7FF),
    ("CJK Compatibility Ideographs", 0xF900, 0xFAFF),
    ("Half-width Katakana", 0xFF65, 0xFF9F),
    ("Half-width Hangul", 0xFFA0, 0xFFDC),
    ("Kana Supplement, Kana Extended-A, Small Kana Extension", 0x1B000, 0x1B16F),
    ("CJK Unified Ideographs Extension B", 0x20000, 0x2A6DF),
    ("CJK Unified Ideographs Extensions C, D, E, F, I", 0x2A700, 0x2EE5F),
    ("CJK Compatibility Ideographs Supplement", 0x2F800, 0x2FA1F),
    ("CJK Unified Ideographs Extensions G, H", 0x30000, 0x323AF),
)
_CJK_CLASS = "".join(f"\\U{first:08x}-\\U{last:08x}" for _, first, last in _CJK_SCRIPT_RANGES)
_CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
# Spacing in Korean (and sometimes Japanese) is inconsistent: "죽고 싶다" and "죽고싶다" are the
# same words, so spaces between two CJK characters are dropped before pairing characters.
_CJK_GAP = re.compile(f"(?<=[{_CJK_CLASS}])\\s+(?=[{_CJK_CLASS}])")
# Adverbs of time and frequency go between a topic's words ("账号又被封了", "账号老是被封",
# "アカウントが突然停止", "계정이 갑자기 정지"): dropped on both sides, so "账号被封" still meets
# them. Only words that are nothing else (也 only in 也许); characters with other uses (都, 还,
# 就) stay.
_CJK_ADVERBS = re.compile(
    "莫名其妙|无缘无故|又一次|老是|总是|突然|已经|竟然|居然|一直|再次|经常|频繁|屡次|又|也"
    "|いきなり|急に|勝手に|また"  # 突然 is above: Chinese and Japanese alike
    "|갑자기|자꾸|계속|이미|또다시")


def _is_cjk(ch: str) -> bool:
    return _CJK_CHAR.match(ch) is not None


def _strips_accents(ch: str) -> bool:
    # Only Latin and Cyrillic lose their marks: decomposing Hangul or kana would change meaning.
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x0400 <= code <= 0x04FF


# Traditional Chinese characters to Simplified ones (OpenCC's character and phrase tables), so
# that "帳號被封鎖" and "帐号被封锁" are one question: people in Taiwan and Hong Kong write the
# first, and a catalog phrase written in either script then serves both. Japanese kanji that are
# also traditional forms are folded too, on both sides alike, so Japanese matches Japanese.
_TO_SIMPLIFIED = opencc.OpenCC("t2s")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def fold(text: str) -> str:
    """Lower-case, full-width to normal width, no accents on Latin and Cyrillic letters,
    Traditional Chinese characters as Simplified ones."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    if _HAN.search(text):
        text = _TO_SIMPLIFIED.convert(text)
    out = []
    for ch in text:
        if ord(ch) < 0x80 or not _strips_accents(ch):
            out.append(ch)
            continue
        for part in unicodedata.normalize("NFD", ch):
            if not unicodedata.combining(part):
                out.append(part)
    return "".join(out)


def word_set(words: str) -> frozenset[str]:
    """A space-separated list of words written in a module (cue words, roles), folded as
    messages are and without apostrophes, as the distress check reads them."""
    return frozenset(fold(w).replace("'", "") for w in words.split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Fold the common English inflections so that "banned", "bans" and "ban" meet.

    Deliberately crude: it runs on every Latin-script word whatever the language, which is safe
    because the catalog goes through the same function; what matters is that both sides agree.
    """
    if word[-1:] == "s" and word[:-1].isdigit():  # "under 18s", "the 90s"
        return word[:-1]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] in "bdgmnprt":
        word = word[:-1]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


def _split_script(run: str) -> list[str]:
    """Cut a run of letters where it changes between CJK and other scripts ("apiキー")."""
    parts: list[str] = []
    start = 0
    for i in range(1, len(run)):
        if _is_cjk(run[i]) != _is_cjk(run[i - 1]):
            parts.append(run[start:i])
            start = i
    parts.append(run[start:])
    return parts


def _cjk_pairs(segment: str) -> list[str]:
    if len(segment) == 1:
        return [segment]
    return [segment[i : i + 2] for i in range(len(segment) - 1)]


def analyze(text: str) -> tuple[list[str], list[str]]:
    """Every word of ``text`` in matching form, and those that are not stopwords, in order.

    One pass serves both the distress check (which needs "myself") and topic matching.
    """
    folded = _APOSTROPHES.sub("", _ELISION.sub("", fold(text)))
    every: list[str] = []
    content: list[str] = []
    if folded.isascii():  # the common case, without any per-character script check
        for part in _WORD.findall(folded):
            stemmed = stem(part)
            every.append(stemmed)
            if part not in STOPWORDS and stemmed not in STOPWORDS:
                content.append(stemmed)
        return every, content
    folded = _CJK_ADVERBS.sub("", _CJK_GAP.sub("", folded))
    for run in _WORD.findall(folded):
        for part in _split_script(run) if not run.isascii() else (run,):
            if _is_cjk(part[0]):
                pairs = _cjk_pairs(part)
                every.extend(pairs)
                content.extend(pairs)
                continue
            stemmed = stem(part)
            every.append(stemmed)
            # Checked before and after stemming, so "kinds" goes the way of "kind".
            if part not in STOPWORDS and stemmed not in STOPWORDS:
                content.append(stemmed)
    return every, content


def tokens(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """The words of ``text`` in matching form, in order (duplicates kept).

    ``keep_stopwords`` is for distress phrases, where "kill myself" must not shrink to "kill".
    """
    every, content = analyze(text)
    return every if keep_stopwords else content


def is_cjk_token(token: str) -> bool:
    return bool(token) and _is_cjk(token[0])
