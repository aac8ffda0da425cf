"""Whose distress a matched phrase speaks of, and whether the writer means it.

A distress phrase found in a message is read in its place:
- *negated* by the writer: "i'm not suicidal, i just want to report a bug";
- a *mention*, a distress word naming a subject: "suicide hotline", "self harm resources";
- part of a *story*: "my novel's character wants to die" (unless the writer speaks of
  themselves, outside quotation marks: "i'm writing a story and honestly i want to die");
- *hypothetical*, someone in general: "what does claude do if someone mentions self harm";
- about *someone else*, so the person writing is helping them: "my friend says she wants to die";
- *everyday*: a joke, a game or a mishap ("this boss makes me want to die lol", "cut myself
  shaving"); the framings of the whole message are ``crisis_framing``'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine import crisis_lang as lang
from bot.engine import crisis_text
from bot.engine import crisis_words as cw
from bot.engine.crisis_framing import Framing, denied
from bot.engine.crisis_text import Word
from bot.engine.crisis_work import PATIENTS, TOPIC_VERBS, WORK_VERBS
from bot.engine.normalize import word_set

# How far back (in words, within the sentence) the writer's subject is looked for.
PERSON_REACH = 10
# How far back (in words, within the clause) a negation reaches.
NEGATION_REACH = 4
CJK_NEGATION_REACH = 4
# How far after a phrase "it's not that..." may end ("하고 싶은 건 아니고" after "자해").
CJK_NOT_THAT_REACH = 12
# How far after an asking negation its worry may come: "않을까 몹시 걱정" (very worried).
CJK_WORRY_REACH = 6
# How far after "なんか考え" its denial may come: "たことがありません".
JA_THOUGHT_DENIAL_REACH = 10
# How many character pairs before a quotation may name its speaker ("彼女が「…」").
_CJK_SPEAKER_REACH = 4
# Years counted back ("two years ago", "il y a trois ans", "vor zwei Jahren", "due anni fa"): the
# unit, the words after it or (two words at most) before it that make it "ago".
_YEARS = word_set("years year ans an jahren jahre anos ano anni anno лет года год tahun")
_AGO = word_set("ago fa назад lalu")
_SINCE = word_set("a hace ha vor")
# The writer's childhood, said as people say it: "when i was a kid", "quand j'étais petit", "als
# ich ein Kind war", "cuando era niña", "quando ero piccolo", "quando eu era criança", "когда я
# был маленьким", "waktu aku kecil". Someone else's act told from then is a memory.
_CHILDHOOD = frozenset((
    ("when", "i", "was", "a", "kid"), ("when", "i", "was", "a", "child"),
    ("when", "i", "was", "little"), ("when", "i", "was", "young"),
    ("quand", "je", "etais", "petit"), ("quand", "je", "etais", "petite"),
    ("quand", "je", "etais", "enfant"), ("als", "ich", "ein", "kind", "war"),
    ("als", "ich", "klein", "war"), ("cuando", "era", "nino"), ("cuando", "era", "nina"),
    ("cuando", "era", "pequeno"), ("cuando", "era", "pequena"), ("quando", "ero", "piccolo"),
    ("quando", "ero", "piccola"), ("quando", "ero", "bambino"), ("quando", "ero", "bambina"),
    ("quando", "eu", "era", "crianca"), ("quando", "eu", "era", "pequeno"),
    ("quando", "eu", "era", "pequena"), ("когда", "я", "был", "маленьким"),
    ("когда", "я", "была", "маленькой"), ("когда", "я", "был", "ребенком"),
    ("когда", "я", "была", "ребенком"), ("waktu", "aku", "kecil"), ("waktu", "saya", "kecil"),
    ("ketika", "saya", "kecil"), ("ketika", "aku", "kecil")))
_CHILDHOOD_LONGEST = max(len(run) for run in _CHILDHOOD)
# Words that may stand between "about" and the subject: an article ("sobre el suicidio"), or the
# first subject of a list and what joins it ("about murder and suicide").
_THE = word_set("the le la les el los las il lo o a os as der die das den")
_AND = word_set("and et und y e dan и or ou oder o atau или")
# How far back (in words, within the clause) a bare term looks for the person it is said of.
PERSONAL_REACH = 3
# Words (CJK pairs count) after which a text in which nobody says "I" or "my" is an article:
# its bare terms name the subject ("the suicide rate among teenagers rose again in 2020").
IMPERSONAL_AFTER = 60
# Words from "if" and a verb of saying to the phrase they introduce: "if i tell claude i want".
SAID_IF_REACH = 7

SELF, OTHER, GENERIC = "self", "other", "generic"


def _writer_absent(texts: set[str]) -> bool:
    """No "I" or "my" among ``texts``, a sentence's words."""
    return cw.FIRST_PERSON.isdisjoint(texts) and cw.FIRST_POSSESSIVES.isdisjoint(texts)


def _says_i(cjk: str) -> bool:
    """An unspaced-script text in which someone speaks as "I" or "my" (not the 我 of "自我",
    oneself: "选择自我了断" in a news item is nobody's "I")."""
    cjk = cjk.replace("自我", "")
    return any(marker in cjk for marker in cw.CJK_FIRST_PERSON)


@dataclass(frozen=True)
class Reading:
    negated: bool = False
    mention: bool = False
    help_seeking: bool = False  # a mention of a helpline or resources ("suicide hotline")
    story: bool = False
    hypothetical: bool = False
    other: bool = False  # someone else's distress (the writer is helping)
    explicit_self: bool = False  # the writer says "i", "me", "my"...
    everyday: bool = False  # a joke, a game, a kitchen mishap
    laughing: bool = False  # said laughing: maybe meant, maybe not

    @property
    def counts(self) -> bool:
        """The phrase speaks of real distress (the writer's or someone else's)."""
        return not (self.negated or self.mention or self.story or self.everyday)


# Wanting, just before a phrase ("我也想跳下去") or in it and after ("死にたくなった"): a wish.
_CJK_WANT = ("想", "要")
_CJK_WISH_FORMS = (*_CJK_WANT, "たい", "たく", "たか", "たが", "싶")
_CJK_NEWS_REACH = 16  # characters from the news to the subject: "新闻说昨晚有个学生跳楼"
_CJK_WRITING_REACH = 7  # characters after the subject: "青少年的报道"
_CJK_ABOUT_REACH = 5  # characters from "about" to the subject: "關於青少年自傷"


def _rightmost(text: str, markers: dict[str, str]) -> str | None:
    """The kind of the marker that ends last in ``text``, unless the person it names is only who
    was told ("友達に死にたいって言った": i told a friend; "엄마한테"): then the one before it."""
    best, kind = -1, None
    for marker, what in markers.items():
        at = text.rfind(marker)
        while at >= 0 and text.startswith(cw.CJK_TOLD, at + len(marker)):
            at = text.rfind(marker, 0, at)
        if at >= 0 and at + len(marker) > best:
            best, kind = at + len(marker), what
    return kind


_CJK_PERSON = {
    **{m: GENERIC for m in cw.CJK_GENERIC_PERSON},
    **{m: OTHER for m in cw.CJK_THIRD_PERSON},
    **{m: SELF for m in cw.CJK_FIRST_PERSON},
}


# Indonesian wishes, whose subject chat leaves out ("pengen mati" is the writer's): the forms of
# "want" the phrases know, but "mau", which is also "will" ("kami mau bikin").
_ID_WISHES = frozenset(
    form for form, concept in lang.IRREGULAR["id"].items() if concept == "@want") - {"mau"}

_RU_NOT, _RU_WHETHER = "не", "ли"


# The everyday reasons to leave, split once by script: spaced ones are looked up as whole words.
_SPACED_DEPARTURES = tuple(f" {cue} " for cue in cw.EVERYDAY_DEPARTURES
                           if cue.isascii() or lang.is_cyrillic(cue))
_UNSPACED_DEPARTURES = tuple(cue for cue in cw.EVERYDAY_DEPARTURES
                             if not (cue.isascii() or lang.is_cyrillic(cue)))


# "won't", "can't" before a departure deny it ("i won't log off this time"); they are not
# among the negations at large, where "wont" and "cant" are also words of their own.
_WILL_NOT = frozenset(("wont", "cant"))


def _affirmed(text: str, cue: str) -> bool:
    """``cue`` stands in ``text`` once at least without a negation just before it: "er hat
    keinen urlaub", "she's not on vacation" give no everyday reason to leave."""
    at = text.find(cue)
    while at >= 0:
        before = text[:at].split()[-2:]
        if not any(w in cw.NEGATIONS or w in _WILL_NOT for w in before):
            return True
        at = text.find(cue, at + 1)
    return False


class Context:
    """One message, read once; ``read`` then judges each phrase found in it."""

    def __init__(self, words: list[Word], *, in_form: bool = False):
        """``in_form``: the message is a filled-in bug report, where a bare word of the subject
        describes what the software does ("the /suicide command fails", "Описание бага")."""
        self.words = words
        self.in_form = in_form
        self._fiction: frozenset[str] | None = None
        self._impersonal: bool | None = None
        self._news_told: bool | None = None
        self._self_sentences: set[int] | None = None
        self._departure: bool | None = None
        self._keywords: bool | None = None
        self._writers_own: bool | None = None
        self._relative_clauses: dict[int, bool] = {}
        self._figures: list[int] | None = None  # where the message's numbers are
        self.framing = Framing(words)

    def said_of_oneself(self, position: int) -> bool:
        """The sentence at ``position`` has the writer as its subject ("i'm so tired")."""
        if self._self_sentences is None:
            found: set[int] = set()
            cjk: dict[int, list[Word]] = {}
            for w in self.words:
                if w.cjk:
                    cjk.setdefault(w.sentence, []).append(w)
                elif w.text in cw.SELF_SUBJECTS:
                    found.add(w.sentence)
            found.update(s for s, run in cjk.items()
                         if any(m in crisis_text.cjk_text(run) for m in cw.CJK_SELF_SUBJECTS))
            self._self_sentences = found
        return self.words[position].sentence in self._self_sentences

    @property
    def everyday_departure(self) -> bool:
        """The message gives an everyday reason to say goodbye (a last day, a holiday)."""
        if self._departure is None:
            latin = " " + " ".join(w.text for w in self.words if not w.cjk) + " "
            cjk = self.framing.cjk
            self._departure = any(_affirmed(latin, cue) for cue in _SPACED_DEPARTURES) or any(
                cue in cjk for cue in _UNSPACED_DEPARTURES)
        return self._departure

    @property
    def keywords_named(self) -> bool:
        """The message names words a system reacts to ("mots-clés", "検索"), worked out once."""
        if self._keywords is None:
            self._keywords = cw.names_keywords(
                [w.text for w in self.words], self.framing.cjk)
        return self._keywords

    @property
    def impersonal(self) -> bool:
        """A long text in which nobody speaks as "I" or "my": a news report, an article."""
        if self._impersonal is None:
            self._impersonal = len(self.words) > IMPERSONAL_AFTER and self._nobody_says_i()
        return self._impersonal

    @property
    def news_told(self) -> bool:
        """News told with nobody saying "I": "News: a man jumped from a bridge, suspected
        suicide". Someone's distress is reported, not the writer's."""
        if self._news_told is None:
            self._news_told = (any(w.text in cw.NEWS for w in self.words if not w.cjk)
                               and self._nobody_says_i())
        return self._news_told

    def _nobody_says_i(self) -> bool:
        """Nobody speaks as "I" or "my" in the message, in any script."""
        return cw.FIRST_PERSON.isdisjoint(w.text for w in self.words if not w.cjk) and not (
            _says_i(self.framing.cjk))

    @property
    def work_for_the_product(self) -> bool:
        """A work being written (a book, a play, its dialogue) in a question to the product, and
        nobody of the writer's own named: "mi libro trata de una chica que se quiere suicidar,
        ¿claude me ayudaría con los diálogos?"."""
        return (self.about_product and any(w.text in cw.CREATIVE_WORKS for w in self.words)
                and not self._someone_of_the_writers())

    @property
    def about_product(self) -> bool:
        """The message asks about Claude or this bot ("why did claude show me a hotline")."""
        return any(w.text in cw.PRODUCT_WORDS for w in self.words if not w.cjk)

    @property
    def fiction(self) -> bool:
        """A word of fiction anywhere in the message, a mere "story" included."""
        return bool(self._fiction_words())

    @property
    def fiction_named(self) -> bool:
        """Fiction named as such (a novel, a character, a song), not only a "story", which is as
        often the writer's own life or someone else's ("this is my story", "他们的故事")."""
        return any(word not in cw.STORY_WORDS and word not in cw.CJK_STORY_WORDS
                   for word in self._fiction_words())

    def _fiction_words(self) -> frozenset[str]:
        """The message's words of fiction and fiction markers, found once."""
        if self._fiction is None:
            self._fiction = frozenset(
                [w.text for i, w in enumerate(self.words) if not w.cjk and self._fiction_word(i)]
                + [marker for marker in cw.CJK_FICTION if marker in self.framing.cjk])
        return self._fiction

    def _cjk_wish(self, start: int, end: int) -> bool:
        """The phrase is a wish ("想死", "死にたい", "죽고 싶"): somebody's, not the bare name of
        a subject ("自殺")."""
        return any(m in crisis_text.cjk_span(self.words, start, end) for m in cw.CJK_WISHES)

    def _bare_wish(self, own: frozenset[int]) -> bool:
        """An Indonesian wish with its subject left out, as chat leaves it: "pengen mati"."""
        return any(self.words[i].text in _ID_WISHES for i in own)

    def _fiction_subject(self, start: int) -> bool:
        """A character of a story named in the phrase's clause before it: "tokohnya ingin"."""
        clause = self.words[start].clause
        return any(_without_suffix(w.text) in cw.FICTION_PEOPLE
                   for w in self.words[:start] if w.clause == clause)

    def _fiction_person_nearest(self, start: int) -> bool:
        """The nearest person named before the phrase, in its clause, is a story's ("the
        character wants to die"), not someone after it ("mon héros, c'est mon père, et il veut
        mourir": the father, "il")."""
        clause = self.words[start].clause
        for word in reversed(self.words[:start]):
            if word.clause != clause:
                return False
            text = _without_suffix(word.text)
            if text in cw.FICTION_PEOPLE:
                return text not in cw.HEROES or any(w.text in cw.WRITING for w in self.words)
            if word.text in cw.THIRD_PRONOUNS or word.text in cw.FIRST_PERSON:
                return False
        return False

    def _someone_of_the_writers(self) -> bool:
        """A person of the writer's own named in the message ("my sister", "mon ami", "teman
        saya", "temanku"), not a story's ("my character"); worked out once."""
        if self._writers_own is None:
            self._writers_own = self._names_someone_of_the_writers()
        return self._writers_own

    def _names_someone_of_the_writers(self) -> bool:
        words = self.words
        for i, word in enumerate(words):
            text = word.text
            if word.cjk or text not in cw.THIRD_PERSON or text in cw.FICTION_PEOPLE:
                continue
            if text.endswith("ku") and text[:-2] in cw.THIRD_PERSON:
                return True
            if i > 0 and words[i - 1].text in cw.FIRST_POSSESSIVES:
                return True
            if i + 1 < len(words) and words[i + 1].text in _ID_MY:
                return True
        return False

    def _cjk_fiction_subject(self, start: int) -> bool:
        """A character of a story named in the clause before the phrase: "小说的主角想死"."""
        before = crisis_text.cjk_run_before(self.words, start)
        return any(m in before for m in cw.CJK_FICTION)

    def _vietnamese(self) -> bool:
        """Several of Vietnamese's commonest words, as folded: "không", "muốn", "người"."""
        return len({w.text for w in self.words} & cw.VIETNAMESE_WORDS) >= _VIETNAMESE_WORDS

    def _fiction_word(self, i: int) -> bool:
        """A word of fiction; a "story" only when it is no post on a social network: "he wrote
        goodbye on his story", "elle a posté une story" are a farewell, not a novel."""
        text = _without_suffix(self.words[i].text)
        if text not in cw.FICTION and not _fiction_compound(text):
            return False
        if denied(self.words, i):
            return False  # "asking for real, not for a story"
        after = self.words[i + 1].text if i + 1 < len(self.words) else ""
        if text == "manga" and after in cw.SLEEVE_LENGTHS:
            return False  # "manga comprida": a long sleeve, not a comic
        if text == _SONG and self._vietnamese():
            return False  # Vietnamese "sống" (to live), its marks folded away, is no song
        if text in cw.TELLING_FORMS and i > 0 and self.words[i - 1].text in cw.OBJECT_CLITICS:
            return False  # "se lo cuento a mi médica", "ti racconto": I tell, not a tale
        if text not in cw.STORY_WORDS:
            return True
        previous = self.words[i - 1].text if i > 0 else ""
        if previous in cw.FIRST_PERSON and previous not in cw.FIRST_POSSESSIVES:
            return False  # "tempat ku cerita": where I tell it (a verb), not a tale
        if text == _ID_TELL and (previous in cw.ID_TELLING_BEFORE
                                 or after in cw.ID_TELLING_AFTER):
            return False  # "gatau mau cerita ke siapa": whom to tell, not a tale
        before = {w.text for w in self.words[max(0, i - 3):i]}
        return before.isdisjoint(cw.POSTED_ON) and not any(
            w.text in cw.SOCIAL_NETWORKS for w in self.words)

    def read(self, start: int, end: int, own: frozenset[int], *, term: bool = False,
             body: bool = False) -> Reading:
        """How to take the phrase whose words are at ``own`` (positions ``start``..``end``);
        ``term``: it is a bare name of the subject ("suicide", "self harm"); ``body``: it names a
        mark on the body, which has everyday causes (``Phrase.body``)."""
        words = self.words
        framing = self.framing
        if words[start].cjk:
            negated, person, hypothetical = self._cjk(start, end)
            mention = (self._cjk_mention(start, end, term) or (term and self._of_statistics(start))
                       or self._counted(start)
                       # a bug report's "自杀的Bug", nobody's distress unless someone says "I"
                       or (term and self.in_form and not _says_i(
                           self.framing.sentence_cjk(self.words[start].sentence))))
            help_seeking = False
            everyday = (framing.hoped_for(end) or framing.cjk_intensifier(start)
                        or framing.ja_passing_feeling(start, end))
        else:
            negated = self._negated(start, end, own)
            mention, help_seeking = self._mention(start, end)
            person, hypothetical = self._person(start, end, own)
            # "i'm a therapist... handouts about self-harm"; not a moderator telling what someone
            # did ("im a mod, a member just posted a goodbye message"): that is a helper.
            if (not mention and term and framing.professional and not self._personal(start)
                    and not (person == OTHER and self._told(start))):
                mention = True
            if not mention and term and self.in_form and not self._personal(start):
                mention = True  # a bug report's "suicide command", not anyone's distress
            if not mention and person in (OTHER, GENERIC) and self._of_history(start):
                mention = True  # "which famous writers killed themselves?"
            if not mention and ((term and self._of_statistics(start)) or self._counted(start)):
                mention = True  # "the number of suicides has risen": a count, not a person
            if not mention and term and self._of_many(start):
                mention = True  # "les suicides sont les premiers motifs d'urgence": many people's
            if not mention and term and self.impersonal:
                mention = True  # an article about the subject, in which nobody speaks
            if not mention and term and self._of_programs(start):
                mention = True  # "the child process commits suicide": a program ending itself
            everyday = (framing.accident(start, end, own) or framing.killing_me(start, end)
                        or framing.died_of(end) or framing.woken_at_an_hour(start, end)
                        or framing.technical(start, end) or framing.hoped_for(end)
                        or framing.for_a_while(start, end) or framing.self_reproach(start, end)
                        or framing.in_a_state_to_die(start, end))
        everyday = (everyday or framing.joking(start) or (term and self._called_so(start))
                    or self._happened_to_me(start) or (body and framing.mark_of_everyday(start)))
        if person == OTHER and not words[start].cjk and self._years_ago(start):
            hypothetical = True  # "my brother-in-law killed himself two years ago": grief, gently
        if term and not words[start].cjk and self._asked_of_the_reader(start):
            person = GENERIC  # "are you suicidal, driving like that?": the reader, gently
        if all(words[i].code for i in own):
            mention = True  # `how to kill myself` as a test input: quoted to a program
        quoted = all(words[i].quoted for i in own)
        if term and quoted and not mention and not self._reported(start) and (
                not self._quoted_sentence(start, end)):
            mention = True  # 'what does "self-harm" mean in the policy': the word, named
        if quoted and not mention and self.keywords_named:
            mention = True  # 'typing « me faire du mal » shows the old number': words named
        if quoted and person in (SELF, None) and self._reported(start):
            person = OTHER  # 'my friend texted me "i want to die"'
        # In a story the writer tells, a bare term is the story's ("i'm writing a thriller where
        # the detective finds a suicide note"); the writer's own words are still theirs.
        # In an unspaced script the subject is mostly left out: a phrase nobody is named for
        # stays the writer's ("我在写小说，但最近真的很想死"), while a character named as its
        # subject ("小说的主角想死") makes it the story's.
        unnamed = person is None and (
            self._cjk_wish(start, end) and not self._cjk_fiction_subject(start)
            if words[start].cjk else self._bare_wish(own) and not self._fiction_subject(start))
        story = self.fiction and (quoted or (not unnamed and (person != SELF or (
            term and not self._personal(start)))))
        if not words[start].cjk and any(
                words[i].text in cw.FICTION_PEOPLE for i in range(start, end + 1) if i not in own):
            story = True  # "in dem sich die Hauptfigur selbst verletzt": the character's
        elif person == OTHER and not words[start].cjk:
            if self._fiction_person_nearest(start):
                story = True  # "une nouvelle où le héros veut se suicider": the hero's
            elif story and self._someone_of_the_writers():
                # "my sister loves movies, and last night she told me she wants to die": a
                # story elsewhere in the message, and a person of the writer's own
                story = False
        # In a bug report, "he can't kill himself" is most likely a game's or a program's
        # character: shown gently, never escalated.
        in_report = self.in_form and person == OTHER
        return Reading(
            negated=negated, mention=mention, help_seeking=help_seeking, story=story,
            hypothetical=(hypothetical or person == GENERIC or in_report
                          or (self.about_product and self._said_if(start))),
            other=person in (OTHER, GENERIC),
            explicit_self=person == SELF,
            everyday=everyday,
            laughing=not everyday and (framing.laughs(start) or (
                words[start].cjk and framing.cjk_trifle(start))),
        )

    def _years_ago(self, start: int) -> bool:
        """Years ago, in the phrase's sentence: "two years ago", "il y a trois ans", "vor zwei
        Jahren", "hace años", "due anni fa", "пять лет назад", "dua tahun lalu", or in the
        writer's childhood ("when i was a kid", "als ich ein Kind war")."""
        sentence = [w.text for w in self.words if w.sentence == self.words[start].sentence]
        if any(tuple(sentence[i:i + n]) in _CHILDHOOD for i in range(len(sentence))
               for n in range(3, _CHILDHOOD_LONGEST + 1)):
            return True
        for i, text in enumerate(sentence):
            if text not in _YEARS:
                continue
            after = sentence[i + 1] if i + 1 < len(sentence) else ""
            if after in _AGO or not _SINCE.isdisjoint(sentence[max(0, i - 2):i]):
                return True
        return False

    def _of_programs(self, start: int) -> bool:
        """A program or a process in the phrase's sentence, and nobody of the writer's own."""
        return self._sentence_names(start, cw.PROGRAM_ACTORS)

    def _of_history(self, start: int) -> bool:
        """People of the past in the phrase's sentence (famous ones, a century ago), and nobody
        of the writer's own ("my friend is a famous streamer and says she wants to die")."""
        return self._sentence_names(start, cw.HISTORY)

    def _of_statistics(self, start: int) -> bool:
        """A count of people in the phrase's sentence (a rate, a statistics office, "통계"), and
        nobody of the writer's own."""
        if self._sentence_names(start, cw.STATISTICS):
            return True
        cjk = self.framing.sentence_cjk(self.words[start].sentence)
        # "I" in another clause looks the figures up ("…的比例在上升，我写报告需要数据").
        clause_of = self.words[start].clause
        clause = crisis_text.cjk_text([w for w in self.words if w.clause == clause_of])
        return any(marker in cjk for marker in cw.CJK_STATISTICS) and not _says_i(clause)

    def _of_many(self, start: int) -> bool:
        """The subject named in the plural in the phrase's sentence ("les suicides et tentatives
        de suicide"), and nobody of the writer's own there."""
        sentence = self._sentence_words(start)
        return not cw.PLURAL_TERMS.isdisjoint(sentence) and self._writer_absent_in(sentence)

    def _counted(self, start: int) -> bool:
        """People counted in figures in the phrase's sentence ("38명이 스스로 목숨을 끊었다",
        "8,837 suicidios"), and nobody of the writer's own there: a report, whatever its words."""
        if not self._counts_people(start):
            return False
        if self.words[start].cjk:
            return not _says_i(self.framing.sentence_cjk(self.words[start].sentence))
        return self._writer_absent_at(start)

    def _counts_people(self, start: int) -> bool:
        """Figures in the phrase's sentence that count people: a number before a word for
        people, deaths or thousands ("38 people", "800 ribu jiwa", "38명", "516人"), or a large
        one just before the phrase ("8,837 suicides")."""
        words = self.words
        if self._figures is None:
            self._figures = [i for i, word in enumerate(words) if word.text.isdigit()]
        sentence = words[start].sentence
        for i in self._figures:
            word = words[i]
            if word.sentence != sentence or i + 1 >= len(words):
                continue
            after = words[i + 1]
            if after.sentence != sentence:
                continue
            if after.cjk and after.text.startswith(cw.CJK_COUNTED):
                return True
            if not after.cjk and after.text in cw.COUNTED:
                return True
            if i + 1 == start and (int(word.text) >= cw.COUNT_AT_LEAST
                                   or (i > 0 and words[i - 1].text.isdigit())):
                return True
        return False

    def _sentence_names(self, start: int, subjects: frozenset[str]) -> bool:
        """One of ``subjects`` in the sentence at ``start``, and no "I" or "my" there."""
        sentence = self._sentence_words(start)
        return not subjects.isdisjoint(sentence) and self._writer_absent_in(sentence)

    def _writer_absent_at(self, start: int) -> bool:
        return self._writer_absent_in(self._sentence_words(start))

    def _writer_absent_in(self, sentence: set[str]) -> bool:
        """No "I" or "my" in the sentence's words; in a German message "im" is "in dem" ("im
        letzten Jahr", "im Internet"), not an English "I'm"."""
        if "im" in sentence and self.framing.german:
            sentence = sentence - {"im"}
        return _writer_absent(sentence)

    def _sentence_words(self, start: int) -> set[str]:
        return {w.text for w in self.words if w.sentence == self.words[start].sentence}

    def _quoted_sentence(self, start: int, end: int) -> bool:
        """The quotation is someone's sentence, not words named: in Latin script, more than the
        term and a word ('"how many of my antidepressants would it take, asking for real"');
        in an unspaced script, whose character pairs make any title long, one that speaks of
        a person, in it or as its speaker named just before it ('彼女が「ロープ買った」').
        A quoted term, a chapter's title ('「先生の遺書」'), a list ('"자살사고", "자해력"') are
        words named."""
        words = self.words
        first, last = start, end
        while first > 0 and words[first - 1].quoted:
            first -= 1
        while last + 1 < len(words) and words[last + 1].quoted:
            last += 1
        quotation = words[first:last + 1]
        if not words[start].cjk and (last - first) - (end - start) > 1:
            return True  # more than the term and a word: someone's sentence
        # In an unspaced script, the person may also be the speaker named just before it:
        # "彼女が「ロープ買った」って".
        before = [w for w in words[max(0, first - _CJK_SPEAKER_REACH):first]
                  if w.cjk and w.sentence == words[start].sentence]
        cjk = crisis_text.cjk_text(before) + crisis_text.cjk_text(
            [w for w in quotation if w.cjk])
        return any(w.text in cw.FIRST_PERSON or w.text in cw.FIRST_POSSESSIVES
                   or w.text in cw.THIRD_PERSON for w in quotation if not w.cjk) or any(
            m in cjk for m in cw.CJK_FIRST_PERSON + cw.CJK_THIRD_PERSON)

    def _happened_to_me(self, start: int) -> bool:
        """Spanish "se me" + a verb: something happened to the writer, not their act: "se me
        cortó la luz" (the power went out on me) is no "me corto"."""
        words = self.words
        return (start > 0 and words[start].text == "me" and words[start - 1].text == "se"
                and words[start - 1].clause == words[start].clause)

    def _called_so(self, start: int) -> bool:
        """A thing said to be it, right before a bare term: "that's suicide", "itu sih bunuh
        diri", "это самоубийство, а не план"."""
        words = self.words
        clause = words[start].clause
        before = [w.text for w in words[max(0, start - 2):start] if w.clause == clause]
        called = bool(before) and (before[-1] in cw.THING_IS
                                   or tuple(before[-2:]) in cw.THING_IS_PAIRS)
        # Not when the writer is in the sentence: "мне кажется, это суицидальные мысли" (it
        # seems to me these are suicidal thoughts) names what the writer has.
        return called and self._writer_absent_at(start)

    def _asked_of_the_reader(self, start: int) -> bool:
        """The reader is the subject, one or two words before: "are you suicidal", "bist du
        lebensmüde"."""
        words = self.words
        clause = words[start].clause
        return any(w.text in cw.SECOND_SUBJECTS for w in words[max(0, start - 2):start]
                   if w.clause == clause)

    def _told(self, start: int) -> bool:
        """Someone's words or post just before the phrase: "a member posted a goodbye"."""
        sentence = self.words[start].sentence
        return any(w.text in cw.REPORTING_VERBS for w in self.words[max(0, start - 4):start]
                   if w.sentence == sentence)

    def names_someone(self, i: int, names: frozenset[str]) -> bool:
        """The word at ``i`` names a person of ``names`` in this message's language."""
        return cw.names_someone(self.words, i, names, in_italian=self.framing.italian)

    def _said_if(self, start: int) -> bool:
        """The phrase is what the writer would say, asked of the product: "what happens if i
        tell claude i want to die", "si je dis que je veux mourir, est-ce que claude...": a
        condition, then a verb of saying, a few words before it in its sentence."""
        words = self.words
        sentence = words[start].sentence
        before = [w.text for w in words[max(0, start - SAID_IF_REACH):start]
                  if w.sentence == sentence and not w.cjk]
        for k, text in enumerate(before):
            if text in cw.CONDITIONAL:
                return any(w in cw.SAYING_VERBS for w in before[k + 1:])
        return False

    def _reported(self, start: int) -> bool:
        """Someone else is named before the quotation the phrase stands in: its "i" is theirs
        ("my daughter said 'i don't want to live'", "我女儿说“我不想活了”")."""
        words = self.words
        sentence = words[start].sentence
        if words[start].cjk:
            before = "".join(w.text for w in words[:start]
                             if w.cjk and not w.quoted and w.sentence == sentence)
            return any(m in before for m in cw.CJK_THIRD_PERSON)
        for i in range(start - 1, max(-1, start - 1 - PERSON_REACH), -1):
            if words[i].sentence != sentence:
                break
            if not words[i].quoted and (self.names_someone(i, cw.THIRD_PERSON) or
                                        words[i].text in cw.THIRD_VERBS):
                return True
        return False

    def _personal(self, start: int) -> bool:
        """A bare term said of a person: "i'm suicidal", "my self harm", "i attempted suicide",
        "i keep thinking about suicide"; not with work in between ("i'm writing about
        self-harm")."""
        words = self.words
        clause = words[start].clause
        for i in range(start - 1, max(-1, start - 1 - PERSONAL_REACH), -1):
            text = words[i].text
            if words[i].clause != clause or text in WORK_VERBS:
                return False
            if text in cw.FIRST_PERSON and i > 0 and words[i - 1].text in PATIENTS:
                return False  # "pasien saya": my patient's, not mine
            if text in cw.FIRST_PERSON or text in cw.PERSONAL_STATES:
                return True
        return False

    # -- spaced scripts -----------------------------------------------------------------

    def _negated(self, start: int, end: int, own: frozenset[int]) -> bool:
        words = self.words
        # A negation inside the phrase's gap: "je ne veux pas mourir". Not when the phrase has
        # its own: then a second one agrees with it ("non svegliarmi mai più", "ne plus jamais
        # me réveiller", "no quiero vivir nunca más").
        # Only one in the phrase's own clause: "i'm done. not with work. with everything" sets
        # one thing against another, and denies nothing.
        negative = any(words[i].text in cw.NEGATIONS for i in own)
        clause = words[start].clause
        if not negative and any(words[i].text in cw.NEGATIONS and words[i].clause == clause
                                for i in range(start, end + 1) if i not in own):
            return True
        listed = False  # just passed an "or": the word before it is another item of the list
        for i in range(start - 1, max(-1, start - 1 - NEGATION_REACH), -1):
            word = words[i]
            if word.clause != clause or word.text in cw.SCOPE_BREAKS:
                return False
            if word.text in cw.NEGATIONS:
                # Russian "не ... ли" asks whether: "думаю, не шагнуть ли вниз" is no denial.
                return not (word.text == _RU_NOT and any(
                    w.text == _RU_WHETHER for w in words[i + 1:i + 3]))
            if word.text in cw.COORDINATORS:
                listed = True
                continue
            if word.text in cw.SUBJECTS or not (listed or word.text in cw.NEGATION_BRIDGES):
                return False
            listed = False
        return False

    def _mention(self, start: int, end: int) -> tuple[bool, bool]:
        """(the phrase names a subject, and that subject is where to find help)."""
        words = self.words
        clause = words[start].clause

        def word(i: int) -> str:
            return words[i].text if 0 <= i < len(words) and words[i].clause == clause else ""

        after = word(end + 1)
        if after in cw.FEATURE_NOUNS:
            return True, after in cw.HELP_NOUNS
        if after in cw.CLINICAL_NOUNS and (
                self.framing.professional or not self.said_of_oneself(start)):
            return True, False  # "can claude detect suicidal intent", not "i have suicidal..."
        if self.framing.compound(start, end):
            return True, False  # "the suicide squeeze in baseball"
        if word(start - 1) in cw.PREVENTION_NOUNS or word(start - 2) in cw.PREVENTION_NOUNS:
            return True, word(start - 1) in cw.HELP_NOUNS or word(start - 2) in cw.HELP_NOUNS
        if word(start - 1) == "to" and (word(start - 2) in cw.DIRECTIVE_VERBS
                                        or word(start - 3) in cw.DIRECTIVE_VERBS) and not any(
                words[i].text in cw.FIRST_PERSON for i in range(start, end + 1)):
            # "telling people to kill themselves"; not "the voices tell me to hurt myself"
            return True, False
        if word(start - 1) in TOPIC_VERBS or (
                (len(word(start - 1)) <= 3 or word(start - 1) in cw.CLINICAL_NOUNS_BEFORE)
                and word(start - 2) in TOPIC_VERBS):
            return True, False  # "a reply that encouraged self-harm", "detectar ideación suicida"
        handled = word(start - 1) in cw.HANDLING_VERBS or (
            word(start - 1) in ("to", "with") and word(start - 2) in cw.HANDLING_VERBS)
        if handled and any(word(i) in cw.PRODUCT_WORDS for i in range(start - 6, start - 1)):
            return True, False  # "how does claude respond to self harm"
        # "about" right before the subject, or past an article ("preguntas sobre el suicidio") or
        # a list's first subject ("episodes about murder and suicide"); a topic before it.
        between = word(start - 1)
        skips = (0, *((1,) if between in _THE else ()), *((2,) if between in _AND else ()))
        for about in (start - 1 - skip for skip in skips):
            if word(about) in cw.ABOUT and (
                    word(about - 1) in cw.TOPIC_NOUNS or word(about - 2) in cw.TOPIC_NOUNS):
                return True, False
        return False, False

    def _cjk_mention(self, start: int, end: int, term: bool) -> bool:
        """"自殺防治專線", "自殺予防", "자살 예방": the subject named; at work, a bare term too."""
        after = crisis_text.cjk_run_after(self.words, end)
        if any(after.startswith(m) for m in cw.CJK_TOPIC_AFTER):
            return True
        # Read once, as far back as the news may stand; the nearer looks take its end.
        before = crisis_text.cjk_run_before(self.words, start, reach=_CJK_NEWS_REACH)
        if any(m in before[-_CJK_ABOUT_REACH:] for m in cw.CJK_ABOUT_BEFORE) and any(
                m in after[:_CJK_WRITING_REACH] for m in cw.CJK_WRITINGS):
            return True  # "关于自伤青少年的报道", "關於青少年自傷的新聞報導": a report about it
        news = next((before.rindex(m) for m in cw.CJK_NEWS_BEFORE if m in before), None)
        if (news is not None and not any(m in before[news:] for m in cw.CJK_FIRST_PERSON)
                and not any(m in crisis_text.cjk_span(self.words, start, end) + after[:2]
                            for m in _CJK_WISH_FORMS)
                and not before.endswith(_CJK_WANT)):
            # "新聞說有藝人輕生", "뉴스 보니까 한강 다리에": the news tells of it; not a wish the
            # news brought on ("ニュース見てたら死にたくなった": the subject left out is the writer)
            return True
        if after.startswith(cw.CJK_ACT_WORDS):
            # "自傷行為についての": the act named, then what about it
            after = crisis_text.cjk_run_after(self.words, end, reach=16)[2:]
        if after.startswith(cw.CJK_ABOUT_AFTER) and (
                after in cw.CJK_ABOUT_AFTER
                or any(m in after[:_CJK_WRITING_REACH + 4] for m in cw.CJK_WRITINGS)):
            # "自傷に関する投稿": posts about it; "自傷に関するSNS投稿": a thing named in Latin
            # letters ends the run of CJK characters there, and only a noun follows "に関する"
            return True
        if term and self.framing.professional:
            # Not when the writer says it of themselves: "I" right before it, or "I myself"
            # anywhere in its sentence ("看護師です。でも私自身、最近ずっと自殺のことを…").
            sentence = self.framing.sentence_cjk(self.words[start].sentence)
            return not any(m in before[-3:] for m in cw.CJK_FIRST_PERSON) and not any(
                m in sentence for m in cw.CJK_MYSELF)
        return False

    def _relative_clause(self, i: int) -> bool:
        """Whether the clause of word ``i`` opens with a relative pronoun, past a preposition
        ("who i barely knew", "mit dem ich wenig zu tun hatte", "con el que"): it says who
        someone is, not who the sentence is about."""
        words = self.words
        clause = words[i].clause
        known = self._relative_clauses.get(clause)
        if known is not None:
            return known
        first = i
        while first > 0 and words[first - 1].clause == clause:
            first -= 1
        head, *rest = [w.text for w in words[first:first + 3] if w.clause == clause]
        known = _relative(head) or (head in cw.RELATIVE_PREPOSITIONS and bool(rest) and (
            _relative(rest[0]) or (len(rest) > 1 and rest[1] in cw.RELATIVE)))
        self._relative_clauses[clause] = known
        return known

    def _person(self, start: int, end: int, own: frozenset[int]) -> tuple[str | None, bool]:
        """(SELF, OTHER, GENERIC or None when nothing says, hypothetical)."""
        words = self.words
        inside = [words[i].text for i in range(start, end + 1)]
        own_words = [words[i].text for i in sorted(own)]
        # "matarme", "uccidermi": the pronoun on the verb is the writer.
        attached = [p for w in own_words for p in lang.attached_pronouns(w)]
        if any(w in cw.FIRST_PERSON for w in own_words + attached):
            return SELF, False
        # A pronoun or a verb form of the phrase itself ("kill themselves", "wants to die") says
        # someone else's; the words before may still say who ("someone who says they...").
        # Not a word that only looks like a person: Italian "il" (the) in "non vedo più il senso
        # di andare avanti", Portuguese "o dia" (the day) in "já escolhi o dia".
        found: str | None = OTHER if any(
            self.names_someone(i, cw.THIRD_PERSON) or words[i].text in cw.THIRD_VERBS
            for i in sorted(own.union(range(start, end + 1)))) else None
        if found is None and any(w in cw.FIRST_PERSON for w in inside):
            return SELF, False
        sentence = words[start].sentence
        relative = antecedent = False
        for i in range(start - 1, max(-1, start - 1 - PERSON_REACH), -1):
            word = words[i]
            if word.sentence != sentence:
                break
            text = word.text
            if word.clause != words[start].clause and self._relative_clause(i):
                continue  # "ein Verwandter, mit dem ich wenig zu tun hatte, hat...": not whose
            if text in cw.GENERIC_PERSON:
                # "if someone...", or "people who..." in a question about the product: someone
                # in general. Otherwise a real person ("i know someone who wants to die").
                conditional = any(
                    words[j].text in cw.CONDITIONAL for j in range(i - 1, max(-1, i - 6), -1)
                    if words[j].sentence == sentence)
                # "people", "users" are a crowd, not someone in danger: "could the app detect
                # users searching for suicide methods" asks about a feature; but "people in my
                # discord" are people the writer knows.
                crowd = text in cw.CROWDS and not any(
                    w.text in cw.FIRST_POSSESSIVES for w in words[i + 1:i + 4])
                if conditional or (relative and self.about_product) or crowd:
                    return GENERIC, True
                return OTHER, False
            if antecedent:
                # The word "who" is about: "a girl who feels hopeless".
                return (SELF if text in cw.FIRST_PERSON else OTHER), False
            if text in cw.RELATIVE and i > 0 and words[i - 1].text in cw.THOUGHT_VERBS:
                # "i think that...", "acho que...": what is thought, not who; a verb that says
                # "i" ("siento que") says whose thought it is
                if words[i - 1].text in cw.FIRST_PERSON:
                    return SELF, False
                continue
            # German "der", "die" are relatives only at the head of a clause ("ein Freund, der
            # sterben will"); elsewhere articles ("seit der Trennung").
            if text in cw.RELATIVE and (text not in cw.CLAUSE_RELATIVES
                                        or i == 0 or words[i - 1].clause != word.clause):
                relative = antecedent = True
                continue
            if text in cw.FIRST_POSSESSIVES or (
                    text in _ID_MY and i > 0
                    and _without_suffix(words[i - 1].text) in cw.FICTION):
                continue  # "my game", "novel saya": the noun says who, not "my"
            if (text == _DE_ME and i > 1 and words[i - 1].text == _DE_OF
                    and words[i - 1].clause == word.clause
                    and self.names_someone(i - 2, cw.THIRD_PERSON)):
                continue  # "ein Freund von mir": whose friend, not who
            if _without_suffix(text) in cw.FICTION_PEOPLE:
                return OTHER, False  # "tokohnya ingin bunuh diri": the character
            if text in _ID_MY and i > 0 and words[i - 1].text in cw.THIRD_PERSON:
                return OTHER, False  # "murid saya bilang": my student, who says it
            if found is None:
                if text in cw.OBJECT_ME and cw.reported_to(words, i, REPORTED_NEAR):
                    continue  # "my friend sent me a goodbye": "me" is who it was sent to
                if text in cw.FIRST_PERSON:
                    return SELF, False
                if self.names_someone(i, cw.THIRD_PRONOUNS) or text in cw.THIRD_VERBS:
                    # "she" or "wants": whoever was named before decides, else someone else.
                    found = OTHER
                elif self.names_someone(i, cw.THIRD_PERSON):
                    return OTHER, False
            elif self.names_someone(i, cw.THIRD_PERSON) and text not in cw.THIRD_PRONOUNS:
                return OTHER, False
        return found, False

    # -- unspaced scripts ---------------------------------------------------------------

    def _cjk(self, start: int, end: int) -> tuple[bool, str | None, bool]:
        words = self.words
        before = crisis_text.cjk_run_before(words, start)
        after = crisis_text.cjk_run_after(words, end)
        span = crisis_text.cjk_span(words, start, end)
        # After a reason or a worth to live, "none" is the despair itself: "生きる意味なんてない",
        # "生きてる意味もない".
        worth = span.endswith(cw.JA_WORTH)
        asked = after  # without the negations of a question, which deny nothing
        for question in cw.JA_NOT_A_NEGATION:
            asked = asked.replace(question, "")
        negated = _cjk_denies(before) or (not worth and (any(
            mark in asked[:CJK_NEGATION_REACH + 1] for mark in cw.CJK_NEGATION_AFTER) or any(
            after.startswith(mark) for mark in cw.CJK_NONE_AFTER))) or any(
            before.endswith(mark) for mark in cw.CJK_DENIAL_BEFORE) or any(
            mark in after[:CJK_NOT_THAT_REACH] for mark in cw.CJK_NOT_THAT_AFTER)
        # "살 생각이 없" (no will to live) inside "자살 생각이 없어요" (no thought of suicide) is
        # that word's denial, not the phrase.
        rest = span[1:] + after if span.startswith("살") and before.endswith("자") else after
        negated = negated or any(
            rest.startswith(mark) and not rest[len(mark):].startswith("어지")
            for mark in cw.CJK_NO_THOUGHT_AFTER)
        if negated and _feared(crisis_text.cjk_run_after(
                words, end, reach=CJK_NEGATION_REACH + CJK_WORRY_REACH)):
            negated = False  # "自殺しないか心配": the negation asks, the worry follows
        if negated or after.startswith(cw.JA_THOUGHT_AFTER):
            # Japanese says its denial, or "not a day without it", a little further on.
            longer = crisis_text.cjk_run_after(
                words, end, reach=crisis_text.CJK_RUN_REACH + JA_THOUGHT_DENIAL_REACH)
            negated = (negated or _ja_thought_denied(after, longer)) and not any(
                every in longer for every in cw.JA_THOUGHT_EVERY_DAY)  # "考えない日はない"
        person = _rightmost(span, _CJK_PERSON) or _rightmost(before, _CJK_PERSON)
        hypothetical = person == GENERIC and any(m in before for m in cw.CJK_CONDITIONAL)
        if person is None:
            # A pronoun written in Latin letters next to an unspaced script is rare; look anyway.
            latin, _ = self._person(start, end, frozenset(range(start, end + 1)))
            person = latin
        return negated, person, hypothetical


def _relative(text: str) -> bool:
    return text in cw.RELATIVE or text in cw.OBLIQUE_RELATIVES


def _feared(after: str) -> bool:
    """The negation right after a phrase asks whether it will happen, and a worry follows it
    ("しないか心配", "하지 않을까 몹시 걱정")."""
    for mark in cw.CJK_ASKING_NEGATIONS:
        at = after.find(mark, 0, CJK_NEGATION_REACH + len(mark))
        if at < 0:
            continue
        rest = after[at + len(mark):]
        if rest.startswith(cw.CJK_NOT_ASKING_AFTER):
            continue
        if any(worry in rest[:CJK_WORRY_REACH] for worry in cw.CJK_WORRIES):
            return True
    return False


def _ja_thought_denied(after: str, longer: str) -> bool:
    """"自殺なんか考えなかった", "自殺なんて考えたことない": the writer never had the thought
    (``longer``: the run after the phrase, ``after`` and what follows it)."""
    mark = next((m for m in cw.JA_THOUGHT_AFTER if after.startswith(m)), None)
    if mark is None:
        return False
    rest = longer[len(mark):len(mark) + JA_THOUGHT_DENIAL_REACH]
    return any(denied in rest for denied in cw.JA_THOUGHT_DENIED)


# Where a verb of telling stands beside the "me" it was told to: "texted me", "me mandó",
# "m'a envoyé", "mi ha scritto", "hat mir geschrieben".
REPORTED_NEAR = (-1, 1, 2)
# German "of mine" after a person: "ein Freund von mir".
_DE_ME, _DE_OF = "mir", "von"
# Indonesian "my" after a noun: "murid saya", "teman aku".
_ID_MY = frozenset(("saya", "aku", "gue", "gua", "gw"))
_ID_TELL = "cerita"
_SONG = "song"
_VIETNAMESE_WORDS = 2
# Indonesian writes whose it is on the noun: "novelku" (my novel), "tokohnya" (the character).
_ID_SUFFIXES = ("nya", "ku", "mu")
# The Indonesian words of fiction that take those suffixes: not German "Figur" in "figurnya"
# (his collectible figures).
_ID_FICTION = word_set(
    "cerita cerpen tokoh karakter fiksi naskah puisi adegan novel film komik manga webtoon "
    "skenario")


# German compounds of a work of fiction: "Jugendroman", "Horrorfilm", "Fernsehserie" (not
# "Lebensgeschichte", a life).
_FICTION_COMPOUND_ENDS = ("roman", "romane", "romans", "film", "filme", "filmen", "serie",
                          "serien", "drehbuch", "erzahlung", "novelle")


def _fiction_compound(text: str) -> bool:
    return any(text.endswith(end) and len(text) >= len(end) + 3 for end in _FICTION_COMPOUND_ENDS)


def _without_suffix(text: str) -> str:
    """``text``, or the word of fiction it is with an Indonesian possessive suffix."""
    if text in cw.FICTION:
        return text
    for suffix in _ID_SUFFIXES:
        if text.endswith(suffix) and text[:-len(suffix)] in _ID_FICTION:
            return text[:-len(suffix)]
    return text


def _cjk_denies(before: str) -> bool:
    """A negation right before the phrase; not the middle of a Chinese yes-no question ("是不是
    就都结束了": would it all be over, "会不会", "要不要"), where "不" asks, it does not deny."""
    for i in range(max(0, len(before) - 2), len(before)):
        if before[i] in cw.CJK_NEGATION_BEFORE and not (
                0 < i < len(before) - 1 and before[i - 1] == before[i + 1]):
            return True
    return False
