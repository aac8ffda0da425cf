"""Word forms the distress check needs, for the eleven catalog languages (the small words that
decide whose distress a phrase speaks of are ``bot.engine.crisis_words``).

Only grammar lives here, never distress vocabulary: what a person in distress says is in the
catalog (``distress`` and ``distress_signs`` of ``crisis-helpline``). Everything is stored folded
(``normalize.fold``: lower case, no accents, no apostrophes): so words reach the check.

Word forms are grouped by *family* ("en", "rom" for French, Spanish, Portuguese and Italian,
"de", "id", "ru", and "cjk"): a catalog phrase is read with its own language's family, and a word
of a message with every family its script allows, so "matarme" meets the Spanish phrase "me
matar" without English words ever being cut by Romance rules ("offer" is never "off").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine import normalize
from bot.engine.normalize import word_set

# -- families ------------------------------------------------------------------------------

FAMILY_OF_LANGUAGE = {
    "en": "en", "fr": "rom", "es": "rom", "pt": "rom", "it": "rom",
    "de": "de", "id": "id", "ru": "ru", "ja": "cjk", "ko": "cjk", "zh": "cjk",
}
# A message word in Latin letters may be any of these; Cyrillic is Russian.
LATIN_FAMILIES = ("en", "rom", "de", "id")


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


# -- English: contractions spelt out, so "i'm a burden" = "i am a burden" ------------------

_EN_SPELT_OUT = {
    "im": ("i", "am"), "ive": ("i", "have"), "ill": ("i", "will"), "youre": ("you", "are"),
    "theyre": ("they", "are"), "shes": ("she", "is"), "hes": ("he", "is"),
    # "do" is left out: "not wanting to be alive" is "don't want to be alive".
    "dont": ("not",), "doesnt": ("not",), "didnt": ("not",),
    "cant": ("can", "not"), "cannot": ("can", "not"), "couldnt": ("can", "not"),
    "wont": ("will", "not"), "wouldnt": ("would", "not"), "isnt": ("is", "not"),
    "arent": ("are", "not"), "wasnt": ("was", "not"), "werent": ("were", "not"),
    "wanna": ("want", "to"), "gonna": ("going", "to"), "gotta": ("got", "to"),
    "abt": ("about",), "bc": ("because",),
    # Slips too short for the typo search (it starts at five letters): "i wnat to die", "wish
    # i was ded".
    "wnat": ("want",), "watn": ("want",), "wnt": ("want",), "ded": ("dead",),
    "does": ("do",), "did": ("do",), "wants": ("want",), "wanted": ("want",),
    # One reflexive for everyone: "shoot myself" also finds "my dad talks about shooting himself"
    # (whose distress it is, is read from the word itself: crisis_context).
    "myself": ("@self",), "himself": ("@self",), "herself": ("@self",),
    "themselves": ("@self",), "themself": ("@self",),
}


def _en_key(word: str) -> str:
    stem = normalize.stem(word)
    # "take" and "taking" (stemmed "tak"), "cope" and "coping": the stemmer keeps the e of
    # four-letter words only. "note" stays itself, never "not"; a consonant before (Finnish
    # "kyse", "what it is about") is no English verb of this shape, and must not read as "kys".
    if (len(stem) == 4 and stem[3] == "e" and stem[2] in "kvtps" and stem[1] in "aeiou"
            and stem != "note"):
        return stem[:3]
    return stem


def en_keys(word: str) -> tuple[str, ...]:
    return tuple(IRREGULAR["en"].get(part) or _en_key(part)
                 for part in _EN_SPELT_OUT.get(word, (word,)))


# -- irregular verbs: the few core verbs of distress whose forms no suffix rule joins ------
# Each form stands for a concept ("@want"), within its family only.

_IRREGULAR_SOURCE: dict[str, dict[str, str]] = {
    # "i've written my note" is "wrote my note", "took all my pills" is "take all my pills".
    "en": {
        "@write": "write writes wrote written writing",
        "@give": "give gives gave given giving",
        "@take": "take takes took taken taking",
    },
    "rom": {
        "@want": "querer quiero quieres quiere queremos quieren queria querias querian querria "
                 "quisiera quise quiso quero quer queres querem quis quisesse queira "
                 "vouloir veux veut voulons voulez veulent voulais voulait voudrais voudrait "
                 "volere voglio vuoi vuole vogliamo volete vogliono volevo voleva vorrei "
                 "vorrebbe",
        "@can": "poder puedo puedes puede podemos pueden podia podria pude pudo posso pode "
                "podes podem poderia pouvoir peux peut pouvons pouvez peuvent pouvais pouvait "
                "pourrais pourrait potere puoi puo possiamo potete possono potevo potrei",
        # Not the present tense: "me muero de ganas", "je meurs d'envie", "muoio dalla voglia",
        # "morrendo de vontade" (dying to...) would otherwise be "ganas de morir".
        "@die": "morir muera muriera morire morrer morreria morresse mourir mourrai "
                "mourrais mourrait moriro morirei morrei",
        # The gerund too: "seguir viviendo", "continuar vivendo" are "vivir" going on.
        "@live": "vivir viver vivre vivere viviendo vivendo",
        # Italian "fare", whose forms share no stem: "farla finita" is "la faccio finita" too.
        "@fare": "fare far faccio fai facciamo fanno facevo faceva faro farai fara faremo "
                 "faranno farei faresti farebbe fatto fatta fatti fatte facendo",
        # Not the participle ("j'ai fini mon travail"): "en finir" is also "j'en finis".
        "@finir": "finir finis finit finirai finira finirais finirait finissons",
    },
    "de": {
        "@want": "wollen will willst wollte wollten mochte mochtest mochten",
        "@can": "konnen kann kannst konnte konnten",
        "@die": "sterben",
        "nehm": "nehmen nehme nimmst nahm genommen",
        "bring": "bringen bringe bringst brachte gebracht",
    },
    "ru": {
        "@want": "хотеть хочу хочешь хочет хотим хотите хотят хотел хотела хотели хочется "
                 "хотелось",
        "@can": "мочь могу можешь может можем можете могут мог могла могли",
        "@die": "умереть умру умрешь умрет умрем умирать",
        "@live": "жить живу живешь живет живем жил жила жили",
        "@kill": "убить убью убьешь убьет убил убила убили",
        "@self": "себя себе собой собою",
    },
    "id": {
        "@want": "ingin pengen pengin pingin kepengen mau",
        "@not": "tidak tak nggak gak ga enggak ngga ndak",
        # "alasan buat hidup" is "alasan untuk hidup", "udah mutusin" "sudah memutuskan", as
        # people type them.
        "@for": "untuk buat utk",
        "@already": "sudah udah dah sdh",
    },
}
IRREGULAR: dict[str, dict[str, str]] = {
    family: {form: concept for concept, forms in table.items() for form in word_set(forms)}
    for family, table in _IRREGULAR_SOURCE.items()
}

# -- Romance: clitics off verbs, and the infinitive behind gerunds, futures and conditionals --

_CLITIC = re.compile(
    r"^(?P<verb>\w{3,}?(?:ar|er|ir|ndo))"
    r"(?P<first>me|te|se|nos|os|mi|ti|si|ci|vi|gli)?"
    r"(?P<second>me|te|se|nos|os|lo|la|le|los|las|les|mi|ti|si|ci|vi|ne|gli)$"
)
# Only forms that say "to do it" or "will / would do it": the infinitive (also Italian's, whose
# final e drops before a clitic), gerund, future and conditional. Present and past tenses are
# left alone: "me mata el calor" (the heat is killing me) must not become "matarme".
_ROM_VERB = re.compile(
    r"^(?P<stem>\w{2,}?)(?:"
    r"(?:ar|er|ir)(?:e|as|a|emos|eis|an|ia|ias|iamos|ian|ei|ao|o|ai|anno|ete|ebbe|esti|ais|ait"
    r"|aient|ons|ez|ont)?"
    r"|are|ere|ire|re|ando|iendo|endo|indo)$"
)


# Nouns whose ending looks like a conditional: "matéria" (a school subject) is no "mataria".
_ROM_NOUNS = word_set("materia materie")


def _rom_key(word: str) -> str:
    concept = IRREGULAR["rom"].get(word)
    if concept:
        return concept
    verb = _ROM_VERB.match(word) if len(word) >= 4 and word not in _ROM_NOUNS else None
    return f"{verb.group('stem')}~v" if verb else word


# Reflexive pronouns attached to a verb stand for anyone's: "matarme", "matarse", "uccidersi".
# Only attached ones: a loose "se" is everywhere in Spanish ("¿se puede matar el proceso?").
_REFLEXIVE = word_set("me te se nos mi ti si ci vi")
REFLEXIVE = "@refl"


# A short irregular verb with its pronoun attached ("farla", "farmi"): too short for _CLITIC.
_SHORT_CLITIC = re.compile(r"^(?P<verb>\w{2,4}?)(?P<second>lo|la|le|li|ne|mi|ti|si|ci|vi)$")
# Object pronouns move before a conjugated verb ("farla finita", "la faccio finita", "l'ho fatta
# finita"): attached or loose, one key; only a phrase with an attached one asks for it.
OBJECT_CLITIC = "@cl"
_OBJECT_CLITICS = word_set("lo la le li los las les")


def _split_clitic(word: str) -> tuple[str, list[str]] | None:
    clitic = _CLITIC.match(word)
    if clitic:
        return clitic.group("verb"), [
            c for c in (clitic.group("first"), clitic.group("second")) if c]
    short = _SHORT_CLITIC.match(word)
    if short and short.group("verb") in IRREGULAR["rom"]:
        return short.group("verb"), [short.group("second")]
    return None


def rom_keys(word: str, *, reflexive: bool = False) -> tuple[str, ...]:
    """``reflexive``: an attached reflexive pronoun becomes ``REFLEXIVE`` (anyone's)."""
    split = _split_clitic(word)
    if not split:
        return (_rom_key(word),)
    # "quitármela" is quitar + me + la
    verb, clitics = split
    clitics = [OBJECT_CLITIC if c in _OBJECT_CLITICS else c for c in clitics]
    if reflexive:
        clitics = [REFLEXIVE if c in _REFLEXIVE else c for c in clitics]
    return (_rom_key(verb), *clitics)


# A loose "me" or "se" right before an infinitive is its reflexive too, anyone's: "vai se
# jogar" is "me jogar", "il va se jeter" is "me jeter". Only right before an infinitive or a
# gerund: "se cortó la luz" (the power went out) is no "me corto", "¿se puede matar el
# proceso?" no "me matar". Not "te": "je vais te tuer" is a threat, not distress.
_LOOSE_REFLEXIVE = word_set("me se")


def loose_reflexive(word: str, following: str) -> bool:
    """``word`` is a reflexive pronoun standing before the verb form ``following``."""
    return word in _LOOSE_REFLEXIVE and _rom_key(following).endswith("~v")


# The writer's own act in the present: "me mato", "mi butto dal ponte" are "matarme",
# "buttarmi". Only the first person (-o): "me mata el calor" (it kills me) stays apart; and not
# before a gerund ("me mato estudiando", hyperbole).
_FIRST_REFLEXIVE = word_set("me mi")
# The words before which ``loose_reflexive`` or ``reflexive_present`` may find anything: the
# distress check asks them of each pair of words only after one of these.
REFLEXIVE_WORDS = _LOOSE_REFLEXIVE | _FIRST_REFLEXIVE


def reflexive_present(word: str, following: str, after: str) -> str | None:
    """The verb key of ``following`` when ``word`` makes it a first-person reflexive act."""
    gerund = "ndo" in (following[-3:], after[-3:])
    first = word in _FIRST_REFLEXIVE and len(following) >= 4 and following[-1] == "o"
    return f"rom:{following[:-1]}~v" if first and not gerund else None


def attached_pronouns(word: str) -> tuple[str, ...]:
    """The pronouns attached to a Romance verb: "matarme" -> ("me",)."""
    split = _split_clitic(word)
    return tuple(split[1]) if split else ()


def has_attached_reflexive(word: str) -> bool:
    return not _REFLEXIVE.isdisjoint(attached_pronouns(word))


# -- German: separable verbs and zu-infinitives ---------------------------------------------

_SEPARABLE = (
    "zusammen", "zuruck", "weiter", "vorbei", "heraus", "hinaus", "herum", "durch", "fort",
    "fest", "heim", "nach", "auf", "aus", "bei", "ein", "her", "hin", "los", "mit", "vor",
    "weg", "ab", "an", "um",
)
# Not -t or -st: "das bringt mich noch um" (it's driving me mad) is not "ich bringe mich um".
# Adjective endings too: "das höchste Gebäude", "ein höchstes Gebäude".
_DE_ENDINGS = ("ern", "em", "en", "er", "es", "e", "n")
_SHORT_VERBS = frozenset(("tun", "zutun"))  # split however short: "antun", "anzutun"


def _de_key(word: str) -> str:
    concept = IRREGULAR["de"].get(word)
    if concept:
        return concept
    for ending in _DE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def de_keys(word: str) -> tuple[str, ...]:
    """"umzubringen" and "umbringen" are "um" + "bring", as in "ich bringe mich um"; "anzutun"
    and "antun" are "an" + "tun", as in "mir etwas antun"."""
    if not word.startswith(_SEPARABLE):  # most words: one test in C, not one per prefix
        return (_de_key(word),)
    for prefix in _SEPARABLE:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if len(word) > len(prefix) + 3 or rest in _SHORT_VERBS:
            if rest.startswith("zu") and (len(rest) > 5 or rest[2:] in _SHORT_VERBS):
                rest = rest[2:]
            return (prefix, _de_key(rest))
    return (_de_key(word),)


# -- Indonesian: particles, possessives and the common verb affixes --------------------------

_ID_PARTICLES = ("nya", "lah", "kah", "pun", "ku", "mu")
# With the spoken forms: "nyakitin" is "menyakiti", "ngelukain" "melukai", "ngebunuh" "membunuh".
_ID_PREFIXES = ("meng", "meny", "mem", "men", "nge", "me", "ber", "ter", "di", "ng", "ny")
_ID_SUFFIXES = ("kan", "an", "in", "i")


def id_keys(word: str) -> tuple[str, ...]:
    concept = IRREGULAR["id"].get(word)
    if concept:
        return (concept,)
    for particle in _ID_PARTICLES if word.endswith(_ID_PARTICLES) else ():
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            word = word[: -len(particle)]
            break
    for prefix in _ID_PREFIXES if word.startswith(_ID_PREFIXES) else ():
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = word[len(prefix):]
            break
    for suffix in _ID_SUFFIXES if word.endswith(_ID_SUFFIXES) else ():
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return (word,)


# -- Russian: case and verb endings ------------------------------------------------------------

_RU_ENDINGS = tuple(sorted(word_set(
    "ться тись ешься ется ются ались ался алась ать ять ить еть уть ыть ть ешь ете ем ет ут ют "
    "ишь ите им ит ат ят ую юю ая яя ое ее ые ие ый ий ой ей ого его ому ему ыми ими ами ями "
    "ах ях ов ев ом ам ям ых их ью ия ию ла ло ли сь ся а я о е ы и у ю ь л"
), key=len, reverse=True))


def ru_keys(word: str) -> tuple[str, ...]:
    concept = IRREGULAR["ru"].get(word)
    if concept:
        return (concept,)
    if len(word) >= 4:
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return (word[: -len(ending)],)
    return (word,)


_FAMILY_KEYS = {"en": en_keys, "rom": rom_keys, "de": de_keys, "id": id_keys, "ru": ru_keys}

# Articles say nothing of distress and are the first words people leave out or change ("jump off
# the bridge", "se jogar do prédio" for "me jogar de um prédio"): they are no key, and a
# preposition fused with its article is the bare preposition ("do" = "de o", "vom" = "von dem").
_ARTICLES = {
    "en": word_set("the a an"),
    "rom": word_set("el la los las lo le les un una unos unas uno o os um uma uns umas il gli "
                 "al au aux ao aos alla allo alle agli ai"),
    "de": word_set("der die das den dem des ein eine einen einem einer eines"),
}
_FUSED = {
    "rom": {**dict.fromkeys(word_set("del du des do da dos das di della dello dei delle degli "
                                  "dal dalla dallo dai dalle dagli"), "de"),
            **dict.fromkeys(word_set("nel nella nello nei nelle em"), "en"),
            "pra": "para", "pro": "para",
            # How people shorten small words in chat: "nn vedo via d'uscita", "q sentido tiene".
            "nn": "non", "q": "que", "pq": "porque", "xq": "porque", "vc": "voce", "td": "tudo",
            "nd": "nada", "sn": "sono", "cmq": "comunque", "ke": "che", "mt": "muito",
            "msm": "mesmo", "qro": "quero"},
    "de": {"vom": "von", "zum": "zu", "zur": "zu", "beim": "bei", "im": "in", "ins": "in",
           "am": "an"},
}


@lru_cache(maxsize=65536)
def family_keys(word: str, family: str, *, reflexive: bool = False) -> tuple[str, ...]:
    """The matching keys of one folded word read in ``family`` ("en:want", "rom:mat~v"...).
    ``reflexive``: its attached reflexive pronoun stands for anyone's (see ``rom_keys``)."""
    if family == "cjk":
        return (f"cjk:{word}",)
    if word in _ARTICLES.get(family, ()):
        return ()
    word = _FUSED.get(family, {}).get(word, word)
    if family == "rom" and reflexive:
        return tuple(f"rom:{key}" for key in rom_keys(word, reflexive=True))
    return tuple(f"{family}:{key}" for key in _FAMILY_KEYS[family](word))


# "end my life" is also "end his life", "mettre fin à mes jours" also "à ses jours": in a phrase,
# "my" stands for anyone's (whose it is, is read from the word itself: crisis_context). Not
# "your": "end your life" is what bullies write, not what a person in distress does.
POSSESSIVE = "@poss"
_PHRASE_POSSESSIVES = {
    "en": word_set("my"), "fr": word_set("mon ma mes"), "es": word_set("mi mis"),
    "pt": word_set("meu minha meus minhas"), "it": word_set("mio mia miei mie"),
    "de": word_set("mein meine meinen meinem meiner"),
}
_MESSAGE_POSSESSIVES = {
    "en": word_set("my his her their"),
    "rom": word_set("mon ma mes son sa ses leur leurs mi mis su sus meu minha meus minhas seu sua "
                 "seus suas mio mia miei mie suo suoi sue"),
    "de": word_set("mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre ihren "
                "ihrem ihrer"),
}


def phrase_keys(word: str, language: str, *, reflexive: bool = False) -> tuple[str, ...]:
    """The keys of one word of a catalog phrase in ``language``."""
    family = phrase_family(language, word)
    if word in _PHRASE_POSSESSIVES.get(language, ()):
        return (f"{family}:{POSSESSIVE}",)
    return family_keys(word, family, reflexive=reflexive)


@lru_cache(maxsize=65536)
def message_keys(word: str) -> frozenset[str]:
    """Every key a word of a message may stand for, in every family its script allows."""
    if normalize.is_cjk_token(word):
        return frozenset((f"cjk:{word}",))
    if is_cyrillic(word):
        return frozenset(family_keys(word, "ru"))
    keys = [key for family in LATIN_FAMILIES for key in family_keys(word, family)]
    if has_attached_reflexive(word):
        keys.append(f"rom:{REFLEXIVE}")
    if word in _OBJECT_CLITICS:
        keys.append(f"rom:{OBJECT_CLITIC}")
    keys.extend(f"{family}:{POSSESSIVE}" for family, words in _MESSAGE_POSSESSIVES.items()
                if word in words)
    return frozenset(keys)


def phrase_family(language: str, word: str) -> str:
    """The family a catalog phrase's word is read in: its language's, by script."""
    if normalize.is_cjk_token(word):
        return "cjk"
    if is_cyrillic(word):
        return "ru"
    family = FAMILY_OF_LANGUAGE.get(language, "en")
    return "en" if family in ("cjk", "ru") else family
