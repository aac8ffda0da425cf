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
  أن أموت", "không muốn chết", "ไม่อยากตาย"), just after it in a language that says it there
  (Bengali "মরতে চাই না"), right after its first word ("marna nahin chahta") or joined to it
  (Czech "nechci umřít"): the person says they do *not* want to die, and the learned model must
  not read it otherwise;
- a phrase written with ``~`` is an idiom that also has an everyday sense: gentle (the helpline is
  offered, nobody is told), and so is any phrase said inside quotation marks (someone's words
  quoted in a news item or a story, or the writer's own) or in a message its language's words
  frame as news, fiction, a game, a campaign or a joke (``crisis_other_framing``): every other
  one is confident;
- a ``signs`` phrase ("I feel empty", "nothing matters anymore", "thanks for everything", "I have
  saved up pills") is no distress alone: everyday talk says each of them. Two of one language's
  different lines in one message, outside quotation marks and not negated, are offered gently,
  as the Help Center's languages read two weak signs.

These languages are read when the rules of the catalog's own languages found no distress: a
message in one of the Help Center's languages is judged with that language's grammar, and where
those rules read a phrase as no distress (a denial, a mention), a phrase found here beside it is
offered gently only, never escalated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bot.engine.crisis_other_framing import REACH, framing_places, laughs
from bot.engine.plain_text import CLAUSE, QUOTE, THAI, plain

# Words that negate what follows, by language (written as messages are read: ``plain``). Only
# grammar: what a person in distress says is in the catalog.
_NEGATIONS = {
    "ar": "لا لن لم ما مش مو مب ليس لست مابي مابدي",
    "fa": "نه نمی نمیخواهم نمیخوام نخواهم",
    "he": "לא אל אינני איני",
    "tr": "asla",
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
    "is": "ekki aldrei",
    "mk": "не никогаш",
    "lv": "ne nekad",
}
# "He", "she" (and the like) of each language: a phrase of oneself with one just before it, in
# its clause, is said of someone else ("dat ze er een eind aan wil maken", "woh mar jana chahti
# hai"). Languages that show the person in the verb alone have none here.
_THIRD_PERSON = {
    "nl": "hij zij ze", "sv": "han hon", "da": "han hun", "no": "han hun", "hi": "वह वो woh wo",
    "ur": "وہ woh wo", "vi": "no ay", "tl": "siya niya", "ms": "dia", "fi": "han", "hu": "o",
    "el": "αυτος αυτη", "he": "הוא היא", "ro": "el ea", "cs": "on ona", "sk": "on ona",
    "hr": "on ona", "sl": "on ona", "bg": "той тя", "uk": "він вона", "ca": "ell ella",
    "lt": "jis ji", "fa": "او", "ar": "هو هي", "is": "hann hun", "mk": "тој таа",
    "lv": "viņš viņa",
}
# Languages that write the negation joined to the verb: Czech "nechci umřít", Slovak "nechcem
# zomrieť", Lithuanian "nenoriu mirti" (I do not want to die) are their phrases' first word with it.
_JOINED_NEGATION = {"cs": "ne", "sk": "ne", "lt": "ne", "lv": "ne"}
# Languages that say the negation after the verb: Bengali "মরতে চাই না" (I do not want to die),
# Turkish "... istiyorum değil". Only the word right after a phrase is looked at.
_NEGATIONS_AFTER = {
    "bn": "না নয় নি",
    "tr": "degil",
}
# (Persian "نمی‌خواهم" is read as one word, its zero-width non-joiner dropped: ``plain``.)
# How many words before a phrase (in its clause) a negation still reaches: "لا أريد أن أموت",
# "nie chcę umrzeć"; in the Scandinavian languages the negation follows the verb and an infinitive
# marker comes between: "jeg har ikke tenkt å ta livet mitt".
_NEGATION_REACH = 2
_NEGATION_REACH_OF = {"sv": 3, "da": 3, "no": 3, "is": 3}
# How many letters before an unspaced (Thai) phrase are read for its negation.
_UNSPACED_REACH = 16

# Arabic and Hebrew write "and" (و, ו) and Arabic "so" (ف), Hebrew "that" (ש) joined to the next
# word: "وأتمنى الموت" is "أتمنى الموت" said after "and".
_JOINED_BEFORE = ("و", "ف", "ו", "ש")


def _words_of(written: str) -> tuple[str, ...]:
    return tuple(w for w in plain(written).split() if w not in (CLAUSE, QUOTE))


@dataclass(frozen=True)
class Phrase:
    language: str
    text: str  # as written in the catalog, for maintainers
    words: tuple[str, ...]
    open_end: bool  # the last word may go on ("ede*")
    gentle: bool
    of_others: bool
    unspaced: bool  # Thai: matched anywhere, without word boundaries
    sign: bool = False  # not distress alone: only beside a sign of another line


@dataclass(frozen=True)
class Hit:
    phrase: Phrase
    start: int  # character offsets in the plain text (``plain``)
    end: int
    negated: bool
    quoted: bool  # inside quotation marks: someone's words in a story or a news item
    of_others: bool  # a phrase of someone else, or one of oneself said of "him" or "her"
    framed: bool = False  # the message is news, fiction, a game or a joke in its language


def parse_phrase(language: str, speaker: str, written: str) -> list[Phrase]:
    """A catalog line as the phrases it stands for, one per ``|`` alternative that has a word to
    match (none: the line matches nothing, which ``check`` reports)."""
    gentle = written.startswith("~")
    out = []
    for alternative in written.lstrip("~").split("|"):
        open_end = alternative.rstrip().endswith("*")
        words = _words_of(alternative.rstrip().rstrip("*"))
        if words:
            out.append(Phrase(language, written, words, open_end, gentle,
                              speaker == "others", bool(THAI.search(alternative)),
                              speaker == "signs"))
    return out


def _read_table(table: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """A table of small words by language, each read as messages are (``plain``)."""
    return {language: frozenset(_words_of(words)) for language, words in table.items()}


class OtherLanguageFinder:
    """The catalog's ``distress_other_languages`` phrases, ready to be looked for in messages.

    Filed under their first word, so a message costs one look-up per word whatever the number
    of phrases; Thai phrases and one-word phrases that may go on are looked for one by one."""

    def __init__(self, phrases: Mapping[str, Mapping[str, tuple[str, ...]]]):
        self.phrases = [p for language, by_speaker in phrases.items()
                        for speaker, items in by_speaker.items() for written in items
                        for p in parse_phrase(language, speaker, written)]
        self._negations = _read_table(_NEGATIONS)
        self._negations_after = _read_table(_NEGATIONS_AFTER)
        self._third_person = _read_table(_THIRD_PERSON)
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
        """Every phrase found in ``text``, each marked when a negation of its language stands
        before (or, where the language says it there, just after) it, and when it is quoted."""
        if not self.phrases:
            return []
        flat = plain(text)
        tokens = flat.split(" ")
        spans = []  # each word's place in ``flat``, before a joined "and" is read off it
        at = 0
        for token in tokens:
            spans.append((at, at + len(token)))
            at += len(token) + 1
        hits = []
        by_first, open_words = self._by_first, self._open_words
        quotes_before = 0  # quotation marks before the word: an odd count means inside one
        for i, token in enumerate(tokens):
            if token == QUOTE:
                quotes_before += 1
                continue
            if token not in by_first and token[:1] in _JOINED_BEFORE and token[1:] in by_first:
                token = tokens[i] = token[1:]
            if (token not in by_first and token[:2] not in open_words
                    and token[2:] not in by_first):
                continue
            candidates = [p for p in open_words.get(token[:2], ())
                          if token.startswith(p.words[0])]
            candidates += [p for p in by_first.get(token, ()) if _says(tokens, i, p)]
            quoted = quotes_before % 2 == 1
            for phrase in candidates:
                after = i + len(phrase.words)
                negated = (self._negated(tokens, i, phrase.language)
                           or self._denied_after(tokens[after:after + 1], phrase.language))
                theirs = phrase.of_others or self._said_of(tokens, i, phrase.language)
                hits.append(Hit(phrase, spans[i][0], spans[after - 1][1], negated, quoted, theirs))
            for phrase, after in self._denied_inside(tokens, i):
                theirs = phrase.of_others or self._said_of(tokens, i, phrase.language)
                hits.append(Hit(phrase, spans[i][0], spans[after - 1][1], True, quoted, theirs))
        if self._unspaced and THAI.search(flat):
            quotes = [k for k, ch in enumerate(flat) if ch == QUOTE]
            for phrase, written in self._unspaced:
                at = flat.find(written)
                while at >= 0:
                    hits.append(Hit(phrase, at, at + len(written),
                                    self._negated_unspaced(flat, at, phrase.language),
                                    bisect_left(quotes, at) % 2 == 1, phrase.of_others))
                    at = flat.find(written, at + 1)
        return _framed(hits, flat) if hits else hits

    def _negated(self, tokens: list[str], i: int, language: str) -> bool:
        """Whether a negation of ``language`` stands within reach before ``tokens[i]``, in its
        clause (quotation marks are passed over)."""
        negations = self._negations.get(language, frozenset())
        reach = _NEGATION_REACH_OF.get(language, _NEGATION_REACH)
        k = i - 1
        while k >= 0 and reach > 0:
            word = tokens[k]
            k -= 1
            if word == QUOTE:
                continue
            if word == CLAUSE:
                return False
            if word in negations:
                return True
            reach -= 1
        return False

    def _denied_inside(self, tokens: list[str], i: int) -> list[tuple[Phrase, int]]:
        """Phrases said with a negation inside them at ``tokens[i]``: right after their first
        word, or joined to it in the languages that write it so; each with where it ends."""
        out = []
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        for phrase in self._by_first.get(token, ()):
            if (len(phrase.words) > 1 and following in self._negations.get(phrase.language, ())
                    and _says(tokens, i, phrase, gap=1)):
                out.append((phrase, i + len(phrase.words) + 1))
        for phrase in self._by_first.get(token[2:], ()):
            if (token[:2] == _JOINED_NEGATION.get(phrase.language)
                    and _says(tokens, i, phrase, first_said=True)):
                out.append((phrase, i + len(phrase.words)))
        return out

    def _said_of(self, tokens: list[str], i: int, language: str) -> bool:
        """Whether "he" or "she" of ``language`` is one of the two words before ``tokens[i]``,
        in its clause."""
        third = self._third_person.get(language, frozenset())
        for word in reversed(tokens[max(0, i - 2):i]):
            if word == CLAUSE:
                return False
            if word in third:
                return True
        return False

    def _denied_after(self, following: list[str], language: str) -> bool:
        return bool(following) and following[0] in self._negations_after.get(language, ())

    def _negated_unspaced(self, flat: str, at: int, language: str) -> bool:
        # Thai writes its words together: a negation is what the clause before ``at`` ends with
        # (the longest negation is a few letters: no need to read further back).
        clause = flat.rfind(CLAUSE, max(0, at - _UNSPACED_REACH), at) + 1
        tail = flat[max(clause, at - _UNSPACED_REACH):at].replace(" ", "")
        return any(tail.endswith(n) for n in self._negations.get(language, ()))


def _framed(hits: list[Hit], flat: str) -> list[Hit]:
    """``hits`` marked where the message frames them as news, fiction, a game or a joke: any of
    them beside laughter; someone else's wherever a framing word stands; one's own only with
    the word near it (a film watched before "I can't go on" frames nothing)."""
    if laughs(flat):
        return [replace(hit, framed=True) for hit in hits]
    places = {language: framing_places(flat, language)
              for language in {hit.phrase.language for hit in hits}}

    def near(hit: Hit) -> bool:
        return any(hit.start - REACH <= at <= hit.end + REACH for at in places[hit.phrase.language])

    return [replace(hit, framed=True)
            if places[hit.phrase.language] and (hit.of_others or near(hit)) else hit
            for hit in hits]


def _says(tokens: list[str], i: int, phrase: Phrase, *, gap: int = 0,
          first_said: bool = False) -> bool:
    """Whether the phrase's words stand at ``tokens[i:]``, its last one going on if it may;
    ``gap`` words stand between its first word and the rest; ``first_said``: its first word is
    known to be there (joined to a negation)."""
    words = phrase.words
    if i + len(words) + gap > len(tokens):
        return False
    last = len(words) - 1
    for k, word in enumerate(words):
        if k == 0 and first_said:
            continue
        token = tokens[i + k + (gap if k else 0)]
        if not (token == word or (k == last and phrase.open_end and token.startswith(word))):
            return False
    return True
