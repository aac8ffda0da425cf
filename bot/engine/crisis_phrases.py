"""Distress phrases found in a message, word forms and small gaps allowed.

Every word of a catalog phrase becomes one or more *keys* in its language's family
(``crisis_lang``): "mir das Leben zu nehmen" and "mir das Leben nehmen" share theirs, as do
"matarme", "me voy a matar" and "matar-me", or "ich bringe mich um" and "mich umzubringen". A word
of a message carries every key it may stand for. A phrase is found when all its keys are present
within its length plus ``DISTRESS_WINDOW`` words, in any order (a word or two may stand between
its words: "want to... honestly just die").

Misspellings of longer words ("suicde") are found as the topic index finds them (one letter off,
by a deletion index and a RapidFuzz ratio), then stand for the keys of the word they misspell.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from bot.engine import crisis_lang as lang
from bot.engine import crisis_text, normalize
from bot.engine import crisis_words as cw
from bot.engine.crisis_text import Word
from bot.engine.phrase_index import PhraseIndex
from bot.engine.thresholds import (
    DISTRESS_TYPO_MIN_LENGTH,
    DISTRESS_TYPO_MIN_RATIO,
    DISTRESS_WINDOW,
    SUBSTITUTION_MIN_LENGTH,
)

# A marker in front of a catalog distress phrase: it shows the helpline gently, without telling
# the specialists (everyday idioms of exhaustion, loneliness, farewells).
GENTLE_MARK = "~"
KEY_CACHE_SIZE = 50_000
# Each phrase is read in at most this many places of one message: enough for any message a
# person writes, and a bound on the work for one that repeats a phrase thousands of times.
MAX_PLACES = 20


@dataclass(frozen=True)
class Phrase:
    text: str  # as written in the catalog (without the gentle mark)
    language: str
    keys: tuple[str, ...]
    size: int  # its number of words
    owner: int  # what the caller filed it under (distress, strong sign, weak sign)
    gentle: bool
    farewell: bool  # says goodbye ("goodbye everyone", "adieu à tous")
    # (key, key) pairs that must stand in this order in the message (``_in_order``).
    order: tuple[tuple[str, str], ...] = ()
    term: bool = False  # names the subject, no person in it ("suicide", "self harm", "自殺")
    # Alternatives written "a|b|c" are one sign however many of them a message names: "is it
    # safe to take ibuprofen with paracetamol" names one means, not two.
    group: str = ""
    letter: bool = False  # names a farewell letter ("suicide note", "Abschiedsbrief", "遗书")
    # Gently, a mark on the body or a blow ("scratched my arms until they bled", "hide my
    # scars", "自分の頭を殴"): an everyday cause beside it (eczema, a cat) makes it a mishap.
    body: bool = False


@dataclass(frozen=True)
class Found:
    phrase: Phrase
    start: int
    end: int
    own: frozenset[int]  # positions of the words that are the phrase's (the rest is its gap)


ALTERNATIVES = "|"
# In an unspaced script, "…" in a phrase is a gap for the few characters people put between its
# parts: a conditional or a particle ("飛び込…楽にな" is "飛び込んだら楽になれる", "飛び込めば楽に
# なる"), an adverb ("很快…不在了" is "很快就不在了", "很快也不在了").
GAP = "…"
GAP_PAIRS = 4
# Japanese wishes end in たい and inflect like adjectives: "死にたい" is also "死にたかった",
# "死にたくて", "死にたければ" (and "死にたくない", which the negation after it denies).
_JA_WISH = "たい"


def parse(language: str, text: str, owner: int) -> list[Phrase]:
    """The phrase as the finder matches it: one form, or two when a verb carries a reflexive
    pronoun ("matarme" is found as "me voy a matar" and, for anyone, as "matarse"); each of its
    alternatives when written "a|b|c" (``Phrase.group``)."""
    gentle = text.startswith(GENTLE_MARK)
    clean = text[len(GENTLE_MARK):].strip() if gentle else text
    if ALTERNATIVES in clean:
        return [replace(phrase, group=clean)
                for alternative in clean.split(ALTERNATIVES) if alternative.strip()
                for phrase in parse(
                    language, (GENTLE_MARK if gentle else "") + alternative.strip(), owner)]
    words = crisis_text.texts(clean)
    variants = [words]
    if language == "ja" and clean.endswith(_JA_WISH) and len(clean) >= 4:
        variants.append(crisis_text.texts(clean[:-1]))
    return [phrase for variant in variants
            for phrase in _parse_words(language, clean, variant, owner, gentle)]


def _parse_words(language: str, clean: str, words: list[str], owner: int,
                 gentle: bool) -> list[Phrase]:
    farewell = any(w in cw.FAREWELL_WORDS for w in words) or any(
        f in clean for f in cw.CJK_FAREWELLS)
    letter = any(w in cw.LETTER_WORDS for w in words) or any(
        f in clean for f in cw.CJK_LETTERS)
    forms = [False]
    if any(lang.phrase_family(language, w) == "rom" and lang.has_attached_reflexive(w)
           for w in words):
        forms.append(True)
    phrases = []
    for reflexive in forms:
        keys: list[str] = []
        for i, word in enumerate(words):
            if (i + 1 < len(words) and lang.phrase_family(language, word) == "rom"
                    and lang.loose_reflexive(word, words[i + 1])):
                keys.append(_ROM_REFLEXIVE)
                continue
            keys.extend(lang.phrase_keys(word, language, reflexive=reflexive))
        if keys:
            size = len(words) + (GAP_PAIRS if GAP in clean else 0)
            phrases.append(Phrase(
                clean, language, tuple(dict.fromkeys(keys)), size, owner, gentle,
                farewell, _order(keys), _term(clean, words, keys, gentle), letter=letter,
                body=_of_the_body(clean, words)))
    return phrases


def _of_the_body(text: str, words: list[str]) -> bool:
    """A mark on the body or a blow (``Phrase.body``): "scratched my arms", "hide my scars",
    "hit myself", "自分の頭を殴"."""
    return (any(w in cw.BODY_MARKS for w in words)
            or (("hit" in words or "hitting" in words) and "myself" in words)
            or any(m in text for m in cw.CJK_BODY_MARKS))


# Keys that put a person, a wish or a denial in a phrase: it is then no bare name of a subject.
_PERSONAL_KEYS = ("@self", "@poss", lang.REFLEXIVE, "@want", "@can", "@not", "want", "not")
_CJK_TERM_CHARS = 3
# A longer name of the subject ends in a noun of thought or urge: "希死念慮", "自杀念头",
# "자살충동" (folded as the phrases are: "念慮" arrives as "念虑").
_CJK_TERM_ENDINGS = tuple(normalize.fold(e) for e in (
    "念慮", "念头", "意念", "倾向", "충동", "사고"))


def _term(text: str, words: list[str], keys: list[str], gentle: bool) -> bool:
    """A bare name of the subject, which a therapist or a researcher uses at work as anyone uses
    a word: "suicide", "self harm", "overdose", "自殺"; not "kill myself", "want to die"."""
    if gentle:
        return False
    if words and all(normalize.is_cjk_token(w) for w in words):
        bare = normalize.fold(text).replace(" ", "")  # character pairs as words: count characters
        return len(bare) <= _CJK_TERM_CHARS or (
            len(bare) <= _CJK_TERM_CHARS + 2 and bare.endswith(_CJK_TERM_ENDINGS))
    if len(words) > 2:
        return False
    return not any(w in cw.FIRST_PERSON or w in cw.THIRD_PERSON for w in words) and not any(
        key.partition(":")[2] in _PERSONAL_KEYS for key in keys)


_ROM_REFLEXIVE = f"rom:{lang.REFLEXIVE}"

# English puts the reflexive after its verb, always: "kill myself", "off myself". The other way
# round it belongs to another verb: "sacrifice himself to kill the lich", "throw myself off a
# cliff" (a verb of its own, not "to off myself").
_EN_SELF = "en:@self"


# French "né" (born) folds to the particle "ne": after another word of its phrase ("pas être né")
# it must come after that word, or every negative sentence with "être" would be the phrase ("le
# colis n'a pas pu être livré").
_ROM_BORN = "rom:ne"


def _order(keys: list[str]) -> tuple[tuple[str, str], ...]:
    at = keys.index(_EN_SELF) if _EN_SELF in keys else 0
    pairs: tuple[tuple[str, str], ...] = ((keys[at - 1], _EN_SELF),) if at > 0 else ()
    if _ROM_BORN in keys[1:]:
        born = keys.index(_ROM_BORN, 1)
        pairs += ((keys[born - 1], _ROM_BORN),)
    return pairs


def _in_written_order(phrase: Phrase) -> Phrase:
    pairs = tuple(zip(phrase.keys, phrase.keys[1:], strict=False))
    return replace(phrase, order=tuple(dict.fromkeys(phrase.order + pairs)))


def _in_order(phrase: Phrase, stretch: list[tuple[int, str]]) -> bool:
    for first, then in phrase.order:
        starts = [p for p, key in stretch if key == first]
        ends = [p for p, key in stretch if key == then]
        if not starts or not ends or min(starts) > max(ends):
            return False
    return True


def _one_slip(word: str, other: str) -> bool:
    """A typo is one slip of the hand: a letter missed, added, struck for another or two
    swapped ("suicdie"). The shared index also pairs words two letters apart, which is right
    for topics but not for distress: "me siguen cobrando" (they keep charging me) is not
    "cortando"."""
    return OSA.distance(word, other, score_cutoff=1) <= 1


# How long a shared beginning makes two words forms of one stem (``_another_ending``).
_STEM_SHARED = 5


def _another_ending(word: str, other: str) -> bool:
    """"bringt" for "bringe", "mourrai" for "mourra": another form of the word, not a typo.
    Word forms are the business of ``crisis_lang``, which knows which endings are safe to join
    ("das bringt mich noch um" is not "ich bringe mich um"). Two words that share all but their
    last two letters or so differ in their ending, not by a slip: "mataram" (they killed) is no
    "matarme"."""
    shared = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                  min(len(word), len(other)))
    return (word[:-1] == other[:-1] or word.startswith(other) or other.startswith(word)
            or (shared >= _STEM_SHARED and shared >= max(len(word), len(other)) - 2))


# Subject pronouns longer than two letters: like "i" and "je", they must stand in the clause of
# the phrase's real words ("in meinem Roman will die Figur sterben, darf ich das schreiben?" has
# no "ich will sterben"). So must a Romance reflexive, loose or attached to another verb: in "a
# personagem quer se matar, o Claude pode me ajudar?" the "me" is the writer's, asking for help.
_PRONOUNS = frozenset(("ich", "aku", "saya", "gue", "gua", "moi", lang.REFLEXIVE))


def _small(key: str) -> bool:
    family, _, word = key.partition(":")
    return (len(word) <= 2 or word in _PRONOUNS) and family != "cjk"


def _small_words_belong(stretch: list[tuple[int, str]], words: list[Word]) -> bool:
    """A phrase's small words ("me", "to", "se") must stand in the clause of one of its real
    words: in "mi personaje quiere suicidarse, ¿claude me ayuda?" the "me" of "me suicidar" is
    someone else's. Its real words may be a clause apart ("i want to... honestly just die")."""
    clauses = {words[p].clause for p, key in stretch if not _small(key)}
    if not clauses:
        return True
    small: dict[str, bool] = {}
    for position, key in stretch:
        if _small(key):
            small[key] = small.get(key, False) or (
                words[position].clause in clauses and not _told(position, words))
    return all(small.values())


def _told(position: int, words: list[Word]) -> bool:
    """The small word is the one someone told or wrote to ("mi amiga me dijo que se quiere
    morir", "she told me"): not the "me" of "me quiero morir"."""
    return words[position].text in cw.OBJECT_ME and cw.reported_to(words, position, (-1, 1))


class PhraseFinder:
    def __init__(self, phrases: list[tuple[str, str, int]], *, typos: bool,
                 ordered: frozenset[str] = frozenset()):
        """``phrases``: (language, text, owner). The phrases of the ``ordered`` languages are
        found only with their words in the order written."""
        self.phrases = [_in_written_order(form) if form.language in ordered else form
                        for item in phrases for form in parse(*item)]
        postings: dict[str, list[int]] = defaultdict(list)
        for index, phrase in enumerate(self.phrases):
            for key in phrase.keys:
                postings[key].append(index)
        self._postings = dict(postings)
        # Each phrase is filed under its rarest key alone: a message holds a phrase only if it
        # holds that key, and the others are then checked one by one. Counting every key
        # ("i", "my", "to" are in hundreds of phrases) would cost most of a message's time.
        anchors: dict[str, list[int]] = defaultdict(list)
        for index, phrase in enumerate(self.phrases):
            anchors[min(phrase.keys, key=lambda k: (len(postings[k]), k))].append(index)
        self._anchors = dict(anchors)
        self._keys_cache: dict[str, frozenset[str]] = {}
        # The keys of a word that some phrase has: all ``find`` needs to look at.
        self._known_cache: dict[str, tuple[str, ...]] = {}
        self._typos: PhraseIndex | None = None
        self._typo_keys: dict[str, frozenset[str]] = {}
        self._typo_max_length = 0
        if typos:
            self._build_typos()

    def _build_typos(self) -> None:
        by_form: dict[str, set[str]] = defaultdict(set)
        for phrase in self.phrases:
            for word in crisis_text.texts(phrase.text):
                if len(word) >= DISTRESS_TYPO_MIN_LENGTH and not normalize.is_cjk_token(word):
                    family = lang.phrase_family(phrase.language, word)
                    by_form[normalize.stem(word)].update(lang.family_keys(word, family))
        self._typo_keys = {form: frozenset(keys) for form, keys in by_form.items()}
        # A typo is one letter off: a word longer than that is no catalog word misspelt (and
        # looking, by deletions, would cost seconds for a 40,000-letter "word").
        self._typo_max_length = max(map(len, by_form), default=0) + 1
        self._typos = PhraseIndex(
            ((0, form) for form in by_form),
            keep_stopwords=True,
            weighted=False,
            typo_min_length=DISTRESS_TYPO_MIN_LENGTH,
            typo_min_ratio=DISTRESS_TYPO_MIN_RATIO,
            typo_similarity=1.0,
            prefix_min_length=None,
            substitution_min_length=SUBSTITUTION_MIN_LENGTH,
        )

    def clear_cache(self) -> None:
        self._keys_cache.clear()
        self._known_cache.clear()
        if self._typos is not None:
            self._typos.clear_cache()

    def keys_of(self, word: str) -> frozenset[str]:
        cached = self._keys_cache.get(word)
        if cached is not None:
            return cached
        keys = lang.message_keys(word)
        postings = self._postings
        if self._typos is not None and (
                DISTRESS_TYPO_MIN_LENGTH <= len(word) <= self._typo_max_length) and not any(
                key in postings for key in keys) and not normalize.is_cjk_token(word):
            stem = normalize.stem(word)
            extra = [self._typo_keys[form]
                     for form, _ in self._typos.similar_words(stem)
                     if form in self._typo_keys and not _another_ending(stem, form)
                     and _one_slip(stem, form)]
            if extra:
                keys = keys.union(*extra)
        if len(self._keys_cache) >= KEY_CACHE_SIZE:
            self._keys_cache.clear()
        self._keys_cache[word] = keys
        return keys

    def _known_keys(self, word: str) -> tuple[str, ...]:
        known = self._known_cache.get(word)
        if known is None:
            postings = self._postings
            known = tuple(key for key in self.keys_of(word) if key in postings)
            if len(self._known_cache) >= KEY_CACHE_SIZE:
                self._known_cache.clear()
            self._known_cache[word] = known
        return known

    def find(self, words: list[Word]) -> list[Found]:
        """Every phrase present in ``words``, at each place it is (``MAX_PLACES`` at most)."""
        at: dict[str, list[int]] = defaultdict(list)
        reflexives = _ROM_REFLEXIVE in self._postings
        last = len(words) - 1
        reflexive_words = lang.REFLEXIVE_WORDS
        for position, word in enumerate(words):
            for key in self._known_keys(word.text):
                at[key].append(position)
            if position < last and word.text in reflexive_words:
                following = words[position + 1].text
                if reflexives and lang.loose_reflexive(word.text, following):
                    at[_ROM_REFLEXIVE].append(position)
                after = words[position + 2].text if position + 2 <= last else ""
                verb = lang.reflexive_present(word.text, following, after)
                if verb is not None and verb in self._postings:
                    at[verb].append(position + 1)
        if not at:
            return []
        anchors = self._anchors
        phrases = self.phrases
        found: list[Found] = []
        for key in at:
            for index in anchors.get(key, ()):
                phrase = phrases[index]
                if all(k in at for k in phrase.keys):
                    found.extend(self._places(phrase, at, words))
        return found

    @staticmethod
    def _places(phrase: Phrase, at: dict[str, list[int]], words: list[Word]) -> list[Found]:
        """The smallest stretches of the message holding every key of ``phrase``."""
        keys = phrase.keys
        if len(keys) == 1:
            return [Found(phrase, p, p, frozenset((p,))) for p in at[keys[0]][:MAX_PLACES]]
        events = sorted((p, k) for k in keys for p in at[k])
        need = len(keys)
        inside: dict[str, int] = defaultdict(int)
        covered = 0
        left = 0
        span = phrase.size + DISTRESS_WINDOW
        places: list[Found] = []
        for right in range(len(events)):
            key = events[right][1]
            inside[key] += 1
            if inside[key] == 1:
                covered += 1
            while covered == need:
                start, end = events[left][0], events[right][0]
                left_key = events[left][1]
                if inside[left_key] == 1:
                    stretch = events[left : right + 1]
                    if end - start + 1 <= span and _small_words_belong(stretch, words) and (
                            _in_order(phrase, stretch)):
                        places.append(Found(phrase, start, end, frozenset(p for p, _ in stretch)))
                        if len(places) >= MAX_PLACES:
                            return places
                    inside[left_key] -= 1
                    covered -= 1
                    left += 1
                    break
                inside[left_key] -= 1
                left += 1
        return places
