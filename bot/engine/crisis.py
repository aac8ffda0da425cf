"""Recognise a person in distress, in every language the catalog has distress phrases for.

Kept apart from topic matching on purpose: it runs first, on the whole message, and its verdict
wins over any topic. A false alarm costs a kind word and a helpline link; a miss can cost a life.

How a message is judged (each step in its own module):
1. its words are read in order, with sentences, clauses, quotes and code spans (``crisis_text``);
2. the catalog's distress phrases are looked for in any word form and with small gaps
   (``crisis_phrases``, ``crisis_lang``), and so are the distress signs (``SIGNS_NEEDED``);
3. each phrase found is read in its place (``crisis_context``): negated by the writer ("i'm not
   suicidal"), a mention ("suicide hotline"), a story ("my novel's character wants to die"), a
   question about someone in general, or someone else's distress ("my friend says she wants to
   die": the person asking is a helper); and in the frame of the whole message
   (``crisis_framing``): a joke about a trifle, a professional at work, an everyday mishap;
4. if that found no distress, the phrases of the languages the Help Center does not publish in
   (Arabic, Turkish, Hindi...: ``crisis_other_languages``), gently only beside a phrase the
   rules read as no distress;
5. if nothing was found, a second look by letter similarity (``crisis_similarity``);
6. if still nothing, a third by a small learned model of how distress reads
   (``distress_model``), unless the rules saw a denial, fiction, a joke or a professional (a
   mere "story" or a mention holds back all but a model that is all but sure); a message in no
   language the Help Center publishes in is also read by the model that learned thirty more.

The verdict says whose distress it is (``CrisisKind``) and how sure the check is
(``CrisisLevel``): only a confident crisis is escalated to the specialists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import Enum

from bot.engine import crisis_text, form_fields
from bot.engine.catalog import Entry
from bot.engine.crisis_context import REPORTED_NEAR, Context, Reading
from bot.engine.crisis_framing import GERMAN_ARTICLES, Framing
from bot.engine.crisis_other_languages import Hit, OtherLanguageFinder
from bot.engine.crisis_phrases import Found, PhraseFinder
from bot.engine.crisis_similarity import SimilarityIndex
from bot.engine.crisis_words import (
    CJK_FIRST_PERSON,
    CJK_LONE_SIGN_OCCASIONS,
    CJK_THIRD_PERSON,
    CONTRASTS,
    DATE_WORDS,
    DEVICES,
    FIRST_PERSON,
    JA_GONE,
    JA_SUBJECT_MARKS,
    JA_WRITER,
    JUDGEMENT_WORDS,
    JUDGEMENTS,
    LEAVING_WORDS,
    LINKING_WORDS,
    LIVING_FORMS,
    LONE_SIGN_OCCASIONS,
    OBJECT_ME,
    OF_AN_EVENT,
    PLACE_WORDS,
    PLAN_TIERS,
    PLANS,
    SECOND_POSSESSIVES,
    THINGS_THAT_RUN_OUT,
    THIRD_PERSON,
    reported_to,
)
from bot.engine.distress_model import DistressModel
from bot.engine.language import cyrillic_not_russian
from bot.engine.thresholds import (
    DENIAL_CAPS_UP_TO,
    DISTRESS_MODEL_GENTLE,
    DISTRESS_MODEL_OTHER_LANGUAGES_GENTLE,
    DISTRESS_MODEL_OVER_STORY,
    LONE_STRONG_SIGN_AFTER,
    LONE_STRONG_SIGN_MESSAGE,
    LONE_STRONG_SIGN_SHARE,
    LONE_WEAK_SIGN_MESSAGE,
    SHORT_FAREWELL_MESSAGE,
    SIGNS_CONFIDENT,
    SIGNS_NEEDED,
    WEAK_SIGNS_LONG_MESSAGE,
    WEAK_SIGNS_REACH,
    WEAK_SIGNS_SAID_OF_ONESELF,
)


class CrisisKind(str, Enum):
    SELF = "self"  # the person writing is in distress
    OTHER = "other"  # someone else is; the person writing is trying to help


class CrisisLevel(str, Enum):
    CONFIDENT = "confident"  # warm words, the helpline, and the specialists are told
    GENTLE = "gentle"  # the helpline, offered gently; nobody is told


@dataclass(frozen=True)
class Verdict:
    kind: CrisisKind
    level: CrisisLevel
    # What was found, for maintainers (``ask --explain``); never logged.
    reasons: tuple[str, ...] = ()


_DISTRESS, _STRONG, _WEAK = 0, 1, 2
# A message of fewer sentences than this is short: a mishap anywhere in it frames all of it.
_SHORT_SENTENCES = 3
# A thing where a distress phrase has the writer: "before it's gone", "ça disparaît".
_THINGS = frozenset(["it", "its", "this", "that", "ca", "cela", "es", "das", "esto", "eso", "isso",
                     "isto", "questo", "quello", "это"])
# How many linking words may stand between a thing that runs out and its sign: "the usage is
# already exhausted".
_LINKS_BEFORE_A_SIGN = 3
# From someone named to their telling ("my best friend told me").
_TELLING_REACH = 4
# Indonesian "aku" is also the subject ("aku bilang": I said): told only after the verb
# ("bilang ke aku").
_SUBJECT_TOO = frozenset(("aku",))
_TOLD_AFTER_VERB = (-1, -2)
_KIND_NAMES = {_DISTRESS: "distress", _STRONG: "strong sign", _WEAK: "weak sign"}


def _label(found: Found, reading: Reading) -> str:
    phrase = found.phrase
    kind = _KIND_NAMES[phrase.owner]
    if phrase.gentle:
        kind += " (gentle)"
    notes = [name for name, flag in (
        ("negated", reading.negated), ("mention", reading.mention), ("story", reading.story),
        ("hypothetical", reading.hypothetical), ("someone else", reading.other),
        ("everyday", reading.everyday), ("laughing", reading.laughing)) if flag]
    return f"{kind}: {phrase.text}" + (f" [{', '.join(notes)}]" if notes else "")


def _kind(readings: Iterable[Reading]) -> CrisisKind:
    """The writer's own distress whenever any part of the message is; someone else's only when
    every part is."""
    others = [r.other for r in readings]
    return CrisisKind.OTHER if others and all(others) else CrisisKind.SELF


def _kind_of_signs(readings: list[Reading]) -> CrisisKind:
    """Signs are loose words; whose they are is what most of those that say it say ("my friend
    sent a farewell message" names her; "not answering the phone" names nobody)."""
    saying = [r for r in readings if r.other or r.explicit_self]
    others = sum(r.other for r in saying)
    return CrisisKind.OTHER if others > len(saying) - others else CrisisKind.SELF


def _whose(context: Context) -> CrisisKind:
    """Whose distress a message tells of when no phrase says it: someone else's when others are
    named at least twice and at least as often as the writer ("my friend says she..., what do
    i do"), the writer's otherwise."""
    words = context.words
    latin = [w.text for w in words if not w.cjk]
    cjk = crisis_text.cjk_text(words)
    named = [i for i, w in enumerate(words) if not w.cjk and context.names_someone(i, THIRD_PERSON)]
    # Someone named who then tells the writer ("mi mejor amigo me dijo que...", "my friend told
    # me"): the one telling is the one in danger, and "me" is only who was told.
    told = [k for i in named for k in range(i + 1, min(len(words), i + 1 + _TELLING_REACH))
            if words[k].text in OBJECT_ME and reported_to(
                words, k, _TOLD_AFTER_VERB if words[k].text in _SUBJECT_TOO else REPORTED_NEAR)]
    others = len(named) + (1 if told else 0) + sum(m in cjk for m in CJK_THIRD_PERSON)
    own = (sum(w in FIRST_PERSON for w in latin) + sum(m in cjk for m in CJK_FIRST_PERSON)
           - len(told))
    return CrisisKind.OTHER if others >= 2 and others >= own else CrisisKind.SELF


def _distinct(found: list[Found]) -> int:
    """How many different signs: "pills" inside "sleeping pills" is one sign, not two, and so
    are the alternatives of one group ("tylenol|ibuprofen") and the forms of one word listed
    apart ("tödlich", "tödliche", "tödlichen" all found on "tödlichen")."""
    one_per_place = {f.own: f for f in found}.values()
    word_sets = {frozenset((f.phrase.group,)) if f.phrase.group else frozenset(f.phrase.keys)
                 for f in one_per_place}
    return sum(1 for w in word_sets if not any(w < other for other in word_sets))


def _not_the_writers(words: list[crisis_text.Word], found: Found, framing: Framing) -> bool:
    """A sign said of the reader ("please edit your last message"), ending in a plan one buys
    ("two accounts on the pro plan"), said of a thing that runs out ("when the usage is
    exhausted", "battery dead"), or asked for an everyday ailment ("how many ibuprofen for a
    headache"): not the writer's distress."""
    start, end = found.start, found.end
    return ((start > 0 and words[start - 1].text in SECOND_POSSESSIVES)
            or (end > 0 and words[end].text in PLANS and words[end - 1].text in PLAN_TIERS)
            or (start == end and _after_a_thing(words, start))
            or framing.for_an_ailment(start) or framing.of_a_pet(start))


def _someone_else_gone(words: list[crisis_text.Word], found: Found) -> bool:
    """Being gone said of a subject that is not the writer ("部長がいなくなったら楽になる")."""
    # The words as written from the phrase on: "消えた" found for "消えたい" may go on "消えたら".
    start = found.start
    if not words[start].cjk or not (
            words[start].text + crisis_text.cjk_run_after(words, start)).startswith(JA_GONE):
        return False
    before = crisis_text.cjk_run_before(words, start)
    return (before.endswith(JA_SUBJECT_MARKS) and len(before) > 1
            and not before[:-1].endswith((*CJK_FIRST_PERSON, *JA_WRITER)))


def _goes_on_with(words: list[crisis_text.Word], found: Found, last: frozenset[str],
                  then: frozenset[str]) -> bool:
    """The phrase ends on one of ``last`` and the next word of its clause is one of ``then``."""
    after = found.end + 1
    return (words[found.end].text in last and after < len(words)
            and words[after].text in then and words[after].clause == words[found.end].clause)


def _an_events_date(words: list[crisis_text.Word], found: Found) -> bool:
    """A day picked and named as something's ("we picked the day for the offsite"): an event's."""
    return _goes_on_with(words, found, DATE_WORDS, OF_AN_EVENT)


def _lived_somewhere(words: list[crisis_text.Word], found: Found) -> bool:
    """A phrase ending on "to live" and going on with a place ("tired of living in london"): said
    of the place, perhaps, so the helpline is shown gently and nobody is told, never left out
    ("sick of living here" may still be life)."""
    return _goes_on_with(words, found, LIVING_FORMS, PLACE_WORDS)


def _after_a_thing(words: list[crisis_text.Word], start: int) -> bool:
    clause = words[start].clause
    i = start - 1
    while i >= 0 and start - i <= _LINKS_BEFORE_A_SIGN + 1 and words[i].clause == clause:
        if words[i].text in THINGS_THAT_RUN_OUT:
            return True
        if words[i].text not in LINKING_WORDS:
            return False
        i -= 1
    return False


def _length(words: list[crisis_text.Word], shortest: int = 1) -> int:
    """How many words, of at least ``shortest`` letters: in unspaced scripts, where each word
    read is two characters overlapping the next, two of them count as one."""
    cjk = sum(w.cjk for w in words)
    return sum(not w.cjk and len(w.text) >= shortest for w in words) + (cjk + 1) // 2


def _a_lone_strong_sign(words: list[crisis_text.Word], strong: list[Found],
                        context: Context) -> bool:
    """A short message saying a strong sign of several words, or a goodbye, and little else:
    "please look after my cat for me", "别找我了" (short words after it, "for me", do not count;
    a clause after it does: "今天在月台等车，人好多"; nor a wedding's day picked)."""
    if not strong:
        return False
    said: set[int] = set().union(*(range(f.start, f.end + 1) for f in strong
                                   if f.end > f.start or f.phrase.farewell))
    if not said or not _little_else(words, said):
        return False
    last = max(said)
    # The cheap tests first; what reads the whole message last (most messages stop before).
    return (_length(words) <= LONE_STRONG_SIGN_MESSAGE
            and not _length([w for w in words[last + 1:] if w.clause != words[last].clause],
                            shortest=4)
            and not any(m in context.framing.cjk for m in CJK_LONE_SIGN_OCCASIONS)
            and _no_other_occasion(words, context))


def _little_else(words: list[crisis_text.Word], said: set[int]) -> bool:
    """The sign's words (``said``) are half the message at least, with no more than a short word
    after them ("please look after my cat for me")."""
    return (len(said) >= LONE_STRONG_SIGN_SHARE * len(words)
            and _length(words[max(said) + 1:], shortest=4) <= LONE_STRONG_SIGN_AFTER)


def _no_other_occasion(words: list[crisis_text.Word], context: Context) -> bool:
    """What a short message with a sign alone may be about instead is not there: a feast or a
    wedding, a question about the product, an everyday goodbye."""
    return (not any(w.text in LONE_SIGN_OCCASIONS for w in words)
            and not context.about_product and not context.everyday_departure)


def _judged(words: list[crisis_text.Word], found: Found) -> bool:
    """The subject named and judged right after, in its clause ("suicide is never the answer",
    "el suicidio es pecado", "Suizid ist keine Lösung"): an opinion about it, offered gently;
    "suicide is the only answer" is not one of these judgements."""
    if not found.phrase.term or words[found.start].cjk:
        return False
    clause = words[found.end].clause
    after = " ".join(w.text for w in words[found.end + 1:found.end + 1 + JUDGEMENT_WORDS]
                     if w.clause == clause)
    # "suicide is not the answer, but i can't stop thinking about it": the writer's struggle
    return after.startswith(JUDGEMENTS) and not any(
        w.text in CONTRASTS for w in words[found.end + 1:])


def _of_leaving(found: Found) -> bool:
    """A phrase of leaving or not being around ("won't be around", "sign off for the last
    time"), which an everyday departure may explain; not "i want to die"."""
    return not LEAVING_WORDS.isdisjoint(found.phrase.text.split())


def _a_lone_weak_sign(words: list[crisis_text.Word], weak: list[Found],
                      context: Context) -> bool:
    """A message of a few words that is nothing but a sign of despair: "alles sinnlos", "nada
    tiene sentido ya", "what's even the point anymore"."""
    if not weak or _length(words) > LONE_WEAK_SIGN_MESSAGE:
        return False
    said: set[int] = set().union(*(range(f.start, f.end + 1) for f in weak))
    return (_little_else(words, said)
            and not any(w.text in DEVICES or w.text in THINGS_THAT_RUN_OUT for w in words)
            and _no_other_occasion(words, context))


def _a_short_farewell(words: list[crisis_text.Word], weak: list[Found],
                      context: Context) -> bool:
    """A short message of two weak signs, one of them a goodbye or thanks at parting: "thanks
    for everything, take care of yourselves", "今まで本当にありがとう みんな元気でね"."""
    return (any(f.phrase.farewell for f in weak) and _distinct(weak) >= 2
            and _length(words) <= SHORT_FAREWELL_MESSAGE and not context.about_product
            and not context.everyday_departure)


def _meets(strong: int, weak: int, rows: tuple[tuple[int, int], ...]) -> bool:
    return any(strong >= s and weak >= w for s, w in rows)


def stronger(first: Verdict | None, second: Verdict | None) -> Verdict | None:
    """The verdict that asks for more care (confident over gentle, the writer over others)."""
    if first is None or second is None:
        return first or second
    rank = {CrisisLevel.CONFIDENT: 1, CrisisLevel.GENTLE: 0}
    if rank[second.level] != rank[first.level]:
        return first if rank[first.level] > rank[second.level] else second
    return first if first.kind is CrisisKind.SELF or second.kind is CrisisKind.OTHER else second


class CrisisDetector:
    def __init__(self, crisis_entry: Entry, model: DistressModel | None = None, *,
                 other_languages_model: DistressModel | None = None,
                 language_of: Callable[[str], str | None] | None = None):
        """``other_languages_model`` reads a message ``language_of`` finds in no Help Center
        language (when the first model did not offer the helpline)."""
        self._model = model
        self._other_languages_model = other_languages_model
        self._language_of = language_of
        self._phrases = PhraseFinder(
            [(lang, p, _DISTRESS) for lang, items in crisis_entry.distress.items()
             for p in items],
            typos=True,
        )
        signs = crisis_entry.distress_signs
        kinds = (("strong", _STRONG), ("weak", _WEAK))
        # One finder for both kinds of sign: one look-up per question. Signs must match exactly
        # (no typo tolerance): a typo of another word ("trick") must not become one ("strick").
        # English keeps its word order, so its signs are read in the order written: in any
        # order "not for" (a rope "not for camping") is in "for some reason you cannot". Other
        # languages move their words (verb second, clitics, Russian's free order) and keep
        # theirs in any order.
        self._signs = PhraseFinder(
            [(lang, p, owner) for kind, owner in kinds
             for lang, items in signs.get(kind, {}).items() for p in items],
            typos=False, ordered=frozenset({"en"}),
        )
        self._other_languages = OtherLanguageFinder(crisis_entry.distress_other_languages)
        self._similar_texts = list(dict.fromkeys(p.text for p in self._phrases.phrases))
        self._similar_first_person = [
            any(w.text in FIRST_PERSON for w in crisis_text.read(text))
            for text in self._similar_texts]
        # A look-alike of a bare name of the subject ("suicidios" beside "suicidio") is read as
        # that name is: a subject in a count, in the plural, at work.
        terms = {p.text for p in self._phrases.phrases if p.term}
        self._similar_terms = [text in terms for text in self._similar_texts]
        bodies = {p.text for p in self._phrases.phrases if p.body}
        self._similar_bodies = [text in bodies for text in self._similar_texts]
        self._similar = SimilarityIndex([
            [(w.text, w.cjk) for w in crisis_text.read(text)] for text in self._similar_texts
        ])

    def clear_cache(self) -> None:
        for finder in (self._phrases, self._signs):
            finder.clear_cache()
        for model in (self._model, self._other_languages_model):
            if model is not None:
                model.clear_cache()

    def in_distress(self, text: str) -> bool:
        return self.assess(text) is not None

    def assess(self, text: str, *, in_form: bool | None = None) -> Verdict | None:
        """Whether ``text`` shows a person in distress, whose, and how sure that is.
        ``in_form``: the message is a filled-in bug report (found in ``text`` when not said)."""
        return self._judge(text, None, in_form=in_form)

    def matched_phrases(self, text: str) -> list[str]:
        """The distress phrases and signs found in ``text``, each with how it was read, and the
        verdict (for maintainers, never logged)."""
        reasons: list[str] = []
        verdict = self._judge(text, reasons)
        if not reasons:
            return []
        shown = list(dict.fromkeys(reasons))
        ending = (f"verdict: {verdict.level.value} crisis, {verdict.kind.value}" if verdict
                  else "verdict: not a crisis")
        return [*shown, ending]

    def model_alone(self, text: str) -> bool:
        """Whether the distress model would offer the helpline on ``text`` if the rules had found
        no distress in it (nothing they read as a denial, a joke or a story holding it back):
        what the model adds, measured by scripts/what_models_add.py."""
        return self._judge(text, None, rules=False) is not None

    def _judge(self, text: str, reasons: list[str] | None, *,
               rules: bool = True, in_form: bool | None = None) -> Verdict | None:
        """The verdict on ``text``; with ``reasons``, every finding is added to it. Without
        ``rules``, only the model's (phrases and signs still read, for what they hold back)."""
        words = crisis_text.read(text)
        if not words:
            return None
        if in_form is None:
            in_form = form_fields.is_bug_report(text)
        context = Context(words, in_form=in_form)
        explain = reasons is not None
        if reasons is None:
            reasons = []
        # Phrases of several languages may share their words ("veux mourir", "quiero morir"):
        # the first of each is enough to see why.
        labelled: set[tuple[tuple[str, ...], int, Reading]] = set()
        confident: list[Reading] = []
        gentle: list[Reading] = []
        discounted = False  # a mentioned phrase, or one said in jest: one weak sign at most
        discounted_of_oneself = False
        # Something read as not distress (a denial, a joke, an everyday goodbye): the model must
        # not take the message for distress over it. A mention or a story only makes it doubt
        # (``doubted``): those readings are the ones long real posts most often get wrong.
        disowned = False
        doubted = False
        seen: set[int] = set()  # words already read as part of a distress phrase
        # Where gentle phrases are: each counts as a weak sign, unless a strong sign is part of
        # it ("goodbye" in "goodbye everyone"), which then counts instead; weak signs inside one
        # are the same words, counted once.
        gentle_places: list[frozenset[int]] = []
        found_phrases = self._phrases.find(words)
        readings: dict[int, Reading] = {}

        def reading_of(k: int) -> Reading:
            if k not in readings:
                found = found_phrases[k]
                readings[k] = context.read(found.start, found.end, found.own,
                                           term=found.phrase.term, body=found.phrase.body)
            return readings[k]

        # In an unspaced script, a phrase inside one the writer denies is denied with it: "自殺"
        # in "自殺したいわけじゃなくて" (it's not that i want to kill myself), where the denial
        # comes too far after the shorter phrase to be read as its own. (Not in spaced scripts,
        # where the denial comes first and reaches both, or is the despair itself: "dont see the
        # point anymore".) Only those phrases are read ahead: the others keep the early return
        # below.
        denied_words = {i for k, found in enumerate(found_phrases)
                        if any(words[j].cjk for j in found.own) and reading_of(k).negated
                        for i in found.own if words[i].cjk}

        def final_reading(k: int) -> Reading:
            reading = reading_of(k)
            if not reading.negated and denied_words.issuperset(found_phrases[k].own):
                return replace(reading, negated=True)
            return reading

        def denied_of_oneself() -> bool:
            """A phrase the writer denies of themselves, not inside one they mean: "смысла жить"
            in "нет смысла жить", "see the point" in "don't see the point anymore" are the
            despair itself."""
            finals = [final_reading(k) for k in range(len(found_phrases))]
            meant = [found.own for found, reading in zip(found_phrases, finals, strict=True)
                     if not reading.negated]
            return any(
                reading.negated and not reading.other and not found.phrase.letter
                and all(found.own.isdisjoint(own) for own in meant)
                for found, reading in zip(found_phrases, finals, strict=True))

        # The writer who denies it of themselves in a short message about the product or a
        # trifle ("i'm not suicidal, this bug just makes me want to die") is not surely in
        # distress: the rest is read one step lower (``DENIAL_CAPS_UP_TO``). What would have
        # been told to the specialists is shown the helpline gently; an everyday idiom of
        # exhaustion ("je suis à bout") is no sign.
        writer_denies = (len(words) <= DENIAL_CAPS_UP_TO
                         and (context.about_product or context.framing.light)
                         and denied_of_oneself())
        for k, found in enumerate(found_phrases):
            seen.update(found.own)
            reading = final_reading(k)
            if explain and (found.phrase.keys, found.phrase.owner, reading) not in labelled:
                labelled.add((found.phrase.keys, found.phrase.owner, reading))
                reasons.append(_label(found, reading))
            if _someone_else_gone(words, found):
                continue
            if found.phrase.farewell and context.everyday_departure:
                disowned = True  # for the model too
                continue  # "goodbye everyone, today is my last day here"
            # The writer's denial ("i'm not suicidal, just asking about a dose") is no sign at
            # all: real distress elsewhere in the message is found on its own. A joke, a game or
            # a mishap ("this exam makes me want to die lol") is not distress said in earnest
            # either, but not nothing: one weak sign, as a mention.
            if reading.negated:
                # "das hier ist kein Abschiedsbrief": said of the very letter being written; the
                # model may still read the rest, as over a story.
                if found.phrase.letter:
                    doubted = True
                else:
                    disowned = True
                continue
            if reading.everyday or (reading.mention and (
                    context.about_product or not reading.help_seeking)):
                discounted = True
                disowned = disowned or reading.everyday
                doubted = doubted or not reading.everyday
                discounted_of_oneself = discounted_of_oneself or context.said_of_oneself(
                    found.start)
            elif reading.mention and not reading.story:
                gentle.append(reading)  # "what's the suicide hotline number"
            elif not reading.counts:
                continue
            elif found.phrase.gentle:
                if writer_denies:
                    continue  # "pas de bêtise, promis, je suis juste à bout avec ce bug"
                gentle.append(reading)
                gentle_places.append(found.own)
            elif (reading.hypothetical or reading.laughing or writer_denies
                  or _lived_somewhere(words, found) or context.news_told
                  # "i won't be around after friday, my contract ends": words of leaving,
                  # beside a reason to leave that is everyday life
                  or (context.everyday_departure and _of_leaving(found))
                  # "suicide is never the answer", "bunuh diri itu dosa": the subject judged
                  or _judged(words, found)
                  # someone in a book asked about: gently, never escalated
                  or (reading.other and context.work_for_the_product)):
                gentle.append(reading)
            else:
                confident.append(reading)
                if rules and not explain and not reading.other:
                    # The writer's own distress, said in earnest: nothing else can change that.
                    return Verdict(CrisisKind.SELF, CrisisLevel.CONFIDENT)
        if rules and confident and not explain:
            return Verdict(_kind(confident), CrisisLevel.CONFIDENT)

        strong: list[Found] = []
        weak: list[Found] = []
        sign_readings: list[Reading] = []
        sign_sentences: set[int] = set()
        gentle_with_strong: set[int] = set()
        for found in self._signs.find(words):
            reading = context.read(found.start, found.end, found.own, term=found.phrase.term,
                                   body=found.phrase.body)
            if explain and (found.phrase.keys, found.phrase.owner, reading) not in labelled:
                labelled.add((found.phrase.keys, found.phrase.owner, reading))
                reasons.append(_label(found, reading))
            departure = found.phrase.farewell and context.everyday_departure
            if _not_the_writers(words, found, context.framing) or _an_events_date(words, found):
                continue
            if not reading.counts or departure:
                # A sign in a joke, a mishap, a story or an everyday goodbye: the model must not
                # take the message for distress either ("je vais mourir de honte"). A sign merely
                # named ("posted a goodbye video") or denied ("i don't feel anything anymore")
                # says too little to hold it back, unless the writer denies it of themselves
                # to ask about the product ("i'm not depressed, i just want to know if claude
                # keeps what i tell it").
                denial = (reading.negated and context.about_product
                          and context.said_of_oneself(found.start))
                # A weak sign is a few words of a sentence: read as everyday ("plus la force de
                # rire"), it only makes the model doubt, as a story does; the rest of the
                # message may still say "je ne vais pas bien".
                weak_sign = found.phrase.owner == _WEAK
                disowned = (disowned or (reading.everyday and not weak_sign) or departure
                            or denial)
                doubted = doubted or reading.story or (reading.everyday and weak_sign)
                continue
            if (found.phrase.language == "en" and found.start == found.end
                    and words[found.start].text in GERMAN_ARTICLES and context.framing.german):
                continue  # "die" is an article in "wie hoch ist die Brücke"
            inside = [i for i, place in enumerate(gentle_places) if not place.isdisjoint(found.own)]
            if inside and found.phrase.owner == _WEAK:
                continue
            if inside:
                gentle_with_strong.update(inside)
            sign_readings.append(reading)
            sign_sentences.add(words[found.start].sentence)
            if found.phrase.owner == _STRONG:
                strong.append(found)
            else:
                weak.append(found)
        n_strong = _distinct(strong)
        if (not strong and not gentle_places and not discounted
                and len(words) > WEAK_SIGNS_LONG_MESSAGE and weak
                and max(f.end for f in weak) - min(f.start for f in weak) > WEAK_SIGNS_REACH):
            weak = []  # scattered through a long post: chance, not a pattern
        gentle_alone = len(gentle_places) - len(gentle_with_strong)
        n_weak = _distinct(weak) + gentle_alone + (1 if discounted else 0)
        self_said = _distinct([f for f in weak if context.said_of_oneself(f.start)]) + (
            1 if discounted_of_oneself else 0)

        if not rules:
            return self._modelled(text, context, disowned, doubted, reasons,
                                  sign_readings, sign_sentences)
        if confident:
            return Verdict(_kind(confident), CrisisLevel.CONFIDENT, tuple(reasons))
        if _meets(n_strong, n_weak, SIGNS_CONFIDENT):
            level = CrisisLevel.GENTLE if writer_denies else CrisisLevel.CONFIDENT
            return Verdict(_kind_of_signs(sign_readings), level, tuple(reasons))
        if gentle:
            return Verdict(_kind(gentle), CrisisLevel.GENTLE, tuple(reasons))
        if (_meets(n_strong, n_weak, SIGNS_NEEDED) or self_said >= WEAK_SIGNS_SAID_OF_ONESELF
                or _a_lone_strong_sign(words, strong, context)
                or _a_lone_weak_sign(words, weak, context)
                or _a_short_farewell(words, weak, context)):
            return Verdict(_kind_of_signs(sign_readings), CrisisLevel.GENTLE, tuple(reasons))

        # What the rules of the Help Center's languages found nothing in, or only read as no
        # distress (a mention, a denial): a phrase of another language still counts, gently
        # where such a reading stands beside it ("... wakasan na ang lahat. thinking of having
        # suicide", whose English word alone reads as a mention).
        verdict, denied = self._in_other_languages(text, reasons, gently=bool(found_phrases))
        if verdict is not None:
            return verdict
        disowned = disowned or denied

        similar: list[Reading] = []
        for hit in self._similar.find(words):
            if not hit.own.isdisjoint(seen):
                continue  # a phrase already found, and judged, there ("i'm not suicidal")
            reading = context.read(hit.start, hit.end, hit.own,
                                   term=self._similar_terms[hit.index],
                                   body=self._similar_bodies[hit.index])
            hit_words = {words[i].text for i in range(hit.start, hit.end + 1)}
            if (self._similar_first_person[hit.index] and not hit_words & FIRST_PERSON
                    and hit_words & _THINGS):
                continue  # "before it's gone" is a thing, not "before i'm gone"
            if explain:
                phrase = self._similar_texts[hit.index]
                reasons.append(f"similar ({hit.score:.2f}) to distress: {phrase}"
                               + (" [not counted]" if not reading.counts else ""))
            if reading.counts:
                similar.append(reading)
        if similar:
            return Verdict(_kind(similar), CrisisLevel.GENTLE, tuple(reasons))
        return self._modelled(text, context, disowned, doubted, reasons,
                              sign_readings, sign_sentences)

    def _in_other_languages(self, text: str, reasons: list[str], *,
                            gently: bool) -> tuple[Verdict | None, bool]:
        """Distress in a language the Help Center does not publish in (``gently``: at most
        gentle, beside what the rules read as no distress), and whether a phrase was found
        negated (the model must not overrule that): confident unless every phrase counted is a
        gentle or a quoted one; someone else's when every one counted speaks of someone else (a
        phrase of oneself inside one of someone else, "muon tu tu" in "ban ay muon tu tu", is
        theirs). Signs (everyday talk alone) count only when nothing else was found, two of
        different kinds together (``_two_signs``)."""
        hits = self._other_languages.find(text)
        for hit in hits:
            reasons.append(("sign" if hit.phrase.sign else "distress")
                           + f" ({hit.phrase.language}"
                           + (", gentle" if hit.phrase.gentle else "")
                           + (", of others" if hit.of_others else "")
                           + f"): {hit.phrase.text}" + (" [negated]" if hit.negated else "")
                           + (" [quoted]" if hit.quoted else "")
                           + (" [framed]" if hit.framed else ""))
        counted = [h for h in hits if not h.negated and not h.phrase.sign]
        if not counted:
            denied = any(not h.phrase.sign for h in hits)
            return (_two_signs(hits, reasons) if not denied else None), denied
        others = [h for h in counted if h.of_others]

        def theirs(hit: Hit) -> bool:
            return hit.of_others or any(
                o.start <= hit.start and hit.end <= o.end for o in others)

        kind = CrisisKind.OTHER if all(theirs(h) for h in counted) else CrisisKind.SELF
        level = (CrisisLevel.GENTLE if gently or all(h.phrase.gentle or h.quoted or h.framed
                                                for h in counted)
                 else CrisisLevel.CONFIDENT)
        return Verdict(kind, level, tuple(reasons)), False

    def _other_languages_score(self, text: str) -> float:
        """The other languages' model's score of ``text`` when it is in no language the Help
        Center publishes in; 0 otherwise."""
        model, language_of = self._other_languages_model, self._language_of
        if model is None or language_of is None:
            return 0.0
        language = language_of(text)
        if language is None or (language == "ru" and cyrillic_not_russian(text)):
            return model.score(text)
        return 0.0

    def _modelled(self, text: str, context: Context, disowned: bool, doubted: bool,
                  reasons: list[str],
                  sign_readings: list[Reading], sign_sentences: set[int]) -> Verdict | None:
        """The model's verdict, when the rules found nothing: gentle at most, and never over
        what the rules read as a denial, a joke or an everyday goodbye, in fiction named as such
        (a novel, a character, a song), at work or beside an everyday mishap. Beside a mention
        or a mere "story", only when it is all but sure (``DISTRESS_MODEL_OVER_STORY``)."""
        if self._model is None:
            return None
        score, which = self._model.score(text), "model"
        if score < DISTRESS_MODEL_GENTLE:
            score, which = self._other_languages_score(text), "model of other languages"
            if score < DISTRESS_MODEL_OTHER_LANGUAGES_GENTLE:
                return None
        framing = context.framing
        # A mishap holds the model back when it is told with the signs the rules saw ("cut
        # myself shaving, bleeding a lot"), not when it is another part of the story: "since i
        # lost her in a car accident ... i want to disappear" is grief, and the model is right.
        # Without any sign, a mishap holds it back in a short message ("mi sono tagliato i
        # capelli da solo, che disastro") but not in a story of several sentences.
        short = (set(range(_SHORT_SENTENCES)) if context.words[-1].sentence + 1 < _SHORT_SENTENCES
                 else set())
        held_back = (disowned or context.fiction_named or framing.professional
                     or framing.mishap_named(sign_sentences or short)
                     or ((doubted or context.fiction) and score < DISTRESS_MODEL_OVER_STORY)
                     # a report about software, with no sign of distress the rules could read
                     or (not sign_readings and framing.software_thread
                         and score < DISTRESS_MODEL_OVER_STORY))
        reasons.append(f"{which}: {score:.2f}" + (" [held back]" if held_back else ""))
        if held_back:
            return None
        kind = _kind_of_signs(sign_readings) if sign_readings else _whose(context)
        return Verdict(kind, CrisisLevel.GENTLE, tuple(reasons))


def _two_signs(hits: list[Hit], reasons: list[str]) -> Verdict | None:
    """Gentle distress when signs of two different lines of one language beyond the Help
    Center's stand in the message, neither negated nor quoted ("I feel empty" and "I have saved
    up pills"): each alone is everyday talk."""
    lines: dict[str, set[str]] = {}
    for hit in hits:
        if hit.phrase.sign and not hit.negated and not hit.quoted:
            lines.setdefault(hit.phrase.language, set()).add(hit.phrase.text)
    if not any(len(texts) >= 2 for texts in lines.values()):
        return None
    reasons.append("two signs of one language beyond the Help Center's")
    return Verdict(CrisisKind.SELF, CrisisLevel.GENTLE, tuple(reasons))
