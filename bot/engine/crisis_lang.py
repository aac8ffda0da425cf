"""Grammar the distress check needs, for the eleven catalog languages: light word forms, and the
closed classes of small words (negations, pronouns, "if", "novel"...) that decide whose distress
a phrase speaks of and whether the writer means it.

Only grammar lives here, never distress vocabulary: what a person in distress says is in the
catalog (``distress`` and ``distress_signs`` of ``crisis-helpline``). Everything is stored folded
(``normalize.fold``: lower case, no accents, apostrophes removed) because that is how words reach
the check.

Word forms are grouped by *family* ("en", "rom" for French, Spanish, Portuguese and Italian,
"de", "id", "ru", and "cjk"): a catalog phrase is read with its own language's family, and a word
of a message with every family its script allows, so "matarme" meets the Spanish phrase "me
matar" without English words ever being cut by Romance rules ("offer" is never "off").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine import normalize


def _fold(words: str) -> frozenset[str]:
    return frozenset(normalize.fold(w).replace("'", "") for w in words.split())


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
    "im": ("i", "am"), "ive": ("i", "have"), "youre": ("you", "are"),
    "theyre": ("they", "are"), "shes": ("she", "is"), "hes": ("he", "is"),
    # "do" is left out: "not wanting to be alive" is "don't want to be alive".
    "dont": ("not",), "doesnt": ("not",), "didnt": ("not",),
    "cant": ("can", "not"), "cannot": ("can", "not"), "couldnt": ("can", "not"),
    "wont": ("will", "not"), "wouldnt": ("would", "not"), "isnt": ("is", "not"),
    "arent": ("are", "not"), "wasnt": ("was", "not"), "werent": ("were", "not"),
    "wanna": ("want", "to"), "gonna": ("going", "to"), "gotta": ("got", "to"),
    "does": ("do",), "did": ("do",), "wants": ("want",), "wanted": ("want",),
    # One reflexive for everyone: "shoot myself" also finds "my dad talks about shooting himself"
    # (whose distress it is, is read from the word itself: crisis_context).
    "myself": ("@self",), "himself": ("@self",), "herself": ("@self",),
    "themselves": ("@self",), "themself": ("@self",),
}


def _en_key(word: str) -> str:
    stem = normalize.stem(word)
    # "take" and "taking" (stemmed "tak"), "cope" and "coping": the stemmer keeps the e of
    # four-letter words only. "note" stays itself, never "not".
    if len(stem) == 4 and stem[3] == "e" and stem[2] in "kvtps" and stem != "note":
        return stem[:3]
    return stem


def en_keys(word: str) -> tuple[str, ...]:
    return tuple(_en_key(part) for part in _EN_SPELT_OUT.get(word, (word,)))


# -- irregular verbs: the few core verbs of distress whose forms no suffix rule joins ------
# Each form stands for a concept ("@want"), within its family only.

_IRREGULAR_SOURCE: dict[str, dict[str, str]] = {
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
        "@live": "vivir viver vivre vivere",
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
    },
}
IRREGULAR: dict[str, dict[str, str]] = {
    family: {form: concept for concept, forms in table.items() for form in _fold(forms)}
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


def _rom_key(word: str) -> str:
    concept = IRREGULAR["rom"].get(word)
    if concept:
        return concept
    verb = _ROM_VERB.match(word) if len(word) >= 4 else None
    return f"{verb.group('stem')}~v" if verb else word


# Reflexive pronouns attached to a verb stand for anyone's: "matarme", "matarse", "uccidersi".
# Only attached ones: a loose "se" is everywhere in Spanish ("¿se puede matar el proceso?").
_REFLEXIVE = _fold("me te se nos mi ti si ci vi")
REFLEXIVE = "@refl"


def rom_keys(word: str, *, reflexive: bool = False) -> tuple[str, ...]:
    """``reflexive``: an attached reflexive pronoun becomes ``REFLEXIVE`` (anyone's)."""
    clitic = _CLITIC.match(word)
    if not clitic:
        return (_rom_key(word),)
    # "quitármela" is quitar + me + la
    clitics = [c for c in (clitic.group("first"), clitic.group("second")) if c]
    if reflexive:
        clitics = [REFLEXIVE if c in _REFLEXIVE else c for c in clitics]
    return (_rom_key(clitic.group("verb")), *clitics)


def attached_pronouns(word: str) -> tuple[str, ...]:
    """The pronouns attached to a Romance verb: "matarme" -> ("me",)."""
    clitic = _CLITIC.match(word)
    if not clitic:
        return ()
    return tuple(c for c in (clitic.group("first"), clitic.group("second")) if c)


def has_attached_reflexive(word: str) -> bool:
    return not _REFLEXIVE.isdisjoint(attached_pronouns(word))


# -- German: separable verbs and zu-infinitives ---------------------------------------------

_SEPARABLE = (
    "zusammen", "zuruck", "weiter", "vorbei", "heraus", "hinaus", "herum", "durch", "fort",
    "fest", "heim", "nach", "auf", "aus", "bei", "ein", "her", "hin", "los", "mit", "vor",
    "weg", "ab", "an", "um",
)
# Not -t or -st: "das bringt mich noch um" (it's driving me mad) is not "ich bringe mich um".
_DE_ENDINGS = ("ern", "en", "e", "n")


def _de_key(word: str) -> str:
    concept = IRREGULAR["de"].get(word)
    if concept:
        return concept
    for ending in _DE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def de_keys(word: str) -> tuple[str, ...]:
    """"umzubringen" and "umbringen" are "um" + "bring", as in "ich bringe mich um"."""
    for prefix in _SEPARABLE:
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            rest = word[len(prefix):]
            if rest.startswith("zu") and len(rest) > 5:
                rest = rest[2:]
            return (prefix, _de_key(rest))
    return (_de_key(word),)


# -- Indonesian: particles, possessives and the common verb affixes --------------------------

_ID_PARTICLES = ("nya", "lah", "kah", "pun", "ku", "mu")
_ID_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "ter", "di")
_ID_SUFFIXES = ("kan", "an", "i")


def id_keys(word: str) -> tuple[str, ...]:
    concept = IRREGULAR["id"].get(word)
    if concept:
        return (concept,)
    for particle in _ID_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            word = word[: -len(particle)]
            break
    for prefix in _ID_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = word[len(prefix):]
            break
    for suffix in _ID_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return (word,)


# -- Russian: case and verb endings ------------------------------------------------------------

_RU_ENDINGS = tuple(sorted(_fold(
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


@lru_cache(maxsize=65536)
def family_keys(word: str, family: str, *, reflexive: bool = False) -> tuple[str, ...]:
    """The matching keys of one folded word read in ``family`` ("en:want", "rom:mat~v"...).
    ``reflexive``: its attached reflexive pronoun stands for anyone's (see ``rom_keys``)."""
    if family == "cjk":
        return (f"cjk:{word}",)
    if family == "rom" and reflexive:
        return tuple(f"rom:{key}" for key in rom_keys(word, reflexive=True))
    return tuple(f"{family}:{key}" for key in _FAMILY_KEYS[family](word))


# "end my life" is also "end his life", "mettre fin à mes jours" also "à ses jours": in a phrase,
# "my" stands for anyone's (whose it is, is read from the word itself: crisis_context). Not
# "your": "end your life" is what bullies write, not what a person in distress does.
POSSESSIVE = "@poss"
_PHRASE_POSSESSIVES = {
    "en": _fold("my"), "fr": _fold("mon ma mes"), "es": _fold("mi mis"),
    "pt": _fold("meu minha meus minhas"), "it": _fold("mio mia miei mie"),
    "de": _fold("mein meine meinen meinem meiner"),
}
_MESSAGE_POSSESSIVES = {
    "en": _fold("my his her their"),
    "rom": _fold("mon ma mes son sa ses leur leurs mi mis su sus meu minha meus minhas seu sua "
                 "seus suas mio mia miei mie suo suoi sue"),
    "de": _fold("mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre ihren "
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


# -- who and how: the small words of context -----------------------------------------------

# Before a distress phrase (or inside its gap), these make it the writer's denial: "i'm not
# suicidal", "je ne suis pas suicidaire". Words that are part of a phrase never count ("ya no
# quiero vivir", "i don't want to live").
NEGATIONS = _fold(
    "not never nor neither dont doesnt didnt isnt arent wasnt werent wouldnt "
    "pas jamais aucunement nullement "
    "nicht nie niemals kein keine keinen keinesfalls "
    "no nunca jamas tampoco nao non mai "
    "tidak tak bukan nggak gak ga enggak ngga "
    "не ни никогда нет"
)
# Negation in unspaced scripts: just before the phrase (zh, ko) or just after it (ja, ko).
CJK_NEGATION_BEFORE = ("不", "没", "沒", "别", "別", "안", "못")
CJK_NEGATION_AFTER = ("ない", "なく", "ません", "じゃ", "では", "지않", "지 않", "진않", "지마")

# The only words that may stand between a negation and what it denies: auxiliaries and small
# adverbs ("i'm not really suicidal", "i'm not going to kill myself"). Any other word ends its
# reach: in "i don't see the point anymore" the "don't" is part of the despair, not a denial.
NEGATION_BRIDGES = _fold(
    "am is are was were be been being going gonna to really even ever actually just like at all "
    "that so about of thinking planning trying will would do feel feeling want wanna have any "
    "suis vais vraiment du tout de en train veux ai "
    "bin werde will wirklich gar ganz so mochte habe "
    "voy a estoy soy realmente para nada pensando en quiero tengo vou estou sou em quero tenho "
    "sono sto vado davvero per niente voglio ho "
    "akan mau ingin sedang lagi benar punya "
    "буду собираюсь правда совсем вовсе хочу"
)
# "not depressed or suicidal": a negation reaches over a list joined by these.
COORDINATORS = _fold("or nor ou ni oder noch o atau или")
# A new subject or a "but" ends the reach of a negation: "not ok. i want to die", "i'm not
# suicidal but i can't go on".
SCOPE_BREAKS = _fold(
    "but however though although and "
    "mais pourtant et aber doch sondern und pero sino y mas porem e ma pero tapi namun dan "
    "но а и"
)

# "my" before a noun says nothing of the subject: "my friend", "my game".
FIRST_POSSESSIVES = _fold(
    "my mon ma mes mein meine meinen meinem meiner mi mis meu minha meus minhas mio mia miei mie "
    "мой моя мое мои моего моей"
)
# Whose distress: the writer's own, or someone else's (the person asking is helping them).
FIRST_PERSON = _fold(
    "i im ive me my myself mine am "
    "je moi mon ma mes suis veux peux "
    "ich mich mir mein meine meiner bin "
    "yo mi mis conmigo estoy soy quiero puedo siento eu mim meu minha comigo estou sou quero "
    "posso sinto io mio mia sono sto voglio "
    "aku saya gue gw ku "
    "я меня мне мной мой моя мое мои хочу могу"
)
# "me" is first person in English and the Romance languages; it is in FIRST_PERSON.
THIRD_PERSON = _fold(
    "he she they him her them his hers their theirs himself herself themselves hes shes theyre "
    "friend friends bestie bff bf gf boyfriend girlfriend partner wife husband son daughter kid "
    "kids child mom mum mother dad father brother sister cousin colleague coworker teammate "
    "student roommate classmate employee patient client customer user member neighbor "
    "neighbour girl boy woman teen teenager character protagonist villain hero heroine narrator "
    "garcon femme homme heros narrateur madchen junge frau held heldin chica chico mujer heroe "
    "heroina menina menino mulher homem heroi donna uomo eroe eroina cewek cowok perempuan "
    "девушка парень женщина мужчина герой героиня "
    "il elle ils elles lui leur leurs eux son sa ses ami amie copain copine frere soeur fils "
    "fille mere pere "
    "collegue utilisateur utilisatrice cliente "
    "er sie ihm ihn ihr ihre seine seinen seinem ihren ihrem freund freundin bruder schwester "
    "sohn tochter mutter "
    "vater kollege kollegin nutzer nutzerin kunde kundin "
    "ella ellos ellas su sus amigo amiga hermano hermana hijo hija madre padre mama papa companero "
    "companera usuario usuaria novio novia pareja "
    "ele ela eles elas dele dela irmao irma filho filha mae pai colega namorado namorada "
    "lei loro suo suoi sue amico amica fratello sorella figlio figlia collega utente ragazzo "
    "ragazza "
    "dia ia mereka teman temanku sahabat adik kakak anak ibu ayah pacar rekan pengguna "
    "pelanggan "
    "он она они его ее их ему ей им друг друга другу подруга подруги подругу брат брата "
    "сестра сестры сын дочь мама папа коллега пользователь клиент"
)
# Verbs whose form says "he / she wants": "my sister says se quiere morir".
THIRD_VERBS = _fold("wants doesnt says veut quiere quer vuole хочет")
# Subjects: a negation before a new subject is about something else ("not ok, i want to die").
SUBJECTS = _fold(
    "i im we he she they hes shes theyre je il elle ils elles ich er sie wir yo ella "
    "ellos nosotros eu ele ela eles io lui lei loro noi aku saya gue dia mereka kami kita "
    "я он она они мы"
)
# The writer as the subject of a sentence ("i'm so tired", "je suis épuisée", "estoy agotada"):
# possessives do not count ("my account is dead" says nothing of how the writer feels).
SELF_SUBJECTS = _fold(
    "i im ive am je suis jai ich bin yo estoy soy siento eu estou sou sinto io sono sto "
    "aku saya gue gw я мне меня"
)
CJK_SELF_SUBJECTS = ("我", "私", "僕", "俺", "나는", "내가", "저는", "제가")
# Pronouns that point back to someone named earlier ("my friend says she wants to die").
THIRD_PRONOUNS = _fold(
    "he she they him her them his their himself herself themselves hes shes theyre "
    "il elle ils elles lui er sie ihm ihn ella ellos ele ela eles lei loro dia ia mereka "
    "он она они его ее их ему ей им"
)
CJK_FIRST_PERSON = ("我", "私", "僕", "俺", "あたし", "自分", "나는", "내가", "저는", "제가")
CJK_THIRD_PERSON = ("她", "他", "朋友", "同事", "儿子", "女儿", "彼女", "彼は", "友達", "友人",
                    "息子", "娘", "친구", "동생", "언니", "오빠", "누나", "아들", "딸", "동료",
                    "그녀", "그가", "あいつ", "他们", "她们")

# Someone in general, in a question about how things work: "what happens if someone mentions
# self harm", "resources for people who say they want to die".
GENERIC_PERSON = _fold(
    "someone somebody anyone anybody people users person "
    "quelquun gens jemand leute alguien gente alguem pessoas qualcuno persone "
    "seseorang orang кто люди"
)
CJK_GENERIC_PERSON = ("有人", "别人", "誰か", "누군가")
CONDITIONAL = _fold("if when whenever si wenn falls se quando jika kalau apabila если когда")
CJK_CONDITIONAL = ("如果", "もし", "만약")
RELATIVE = _fold("who that qui que die der welche che yang которые который которая")

# The subject of a story, not of the writer's life.
FICTION = _fold(
    "novel novels story stories fiction fictional character characters screenplay script "
    "poem lyrics roleplay rp fanfic fanfiction plot protagonist villain chapter scene "
    "roman histoire personnage personnages scenario poeme chanson "
    "geschichte figur charakter fiktion drehbuch gedicht kapitel szene protagonistin "
    "novela historia personaje personajes ficcion guion poema cancion escena capitulo "
    "protagonista romance personagem personagens ficcao roteiro cena "
    "romanzo storia personaggio personaggi finzione sceneggiatura poesia canzone scena capitolo "
    "cerita tokoh karakter fiksi naskah puisi adegan "
    "рассказ роман персонаж персонажа героиня героя сценарий стих сюжет главы"
)
CJK_FICTION = ("小説", "物語", "キャラ", "登場人物", "主人公", "脚本", "歌詞", "小说", "故事",
               "角色", "剧本", "歌词", "情节", "主角", "소설", "캐릭터", "등장인물", "주인공",
               "각본", "가사")

# A distress word naming a subject, not living it: "suicide hotline", "self harm resources",
# "prévention du suicide", "conversations about self harm".
HELP_NOUNS = _fold(
    "hotline hotlines helpline helplines lifeline lifelines line lines number numbers resource "
    "resources"
)
FEATURE_NOUNS = HELP_NOUNS | _fold(
    "banner banners popup prevention awareness policy policies content topic topics filter "
    "filters classifier classifiers warning warnings prompt prompts keyword keywords detection "
    "screening related"
)
# Words of those who study distress: a mention, unless the writer speaks of themselves ("i have
# suicidal ideation").
CLINICAL_NOUNS = _fold(
    "intent ideation risk risks behavior behaviour behaviors behaviours signals signs cases "
    "patients users language rates statistics research"
)
PREVENTION_NOUNS = _fold(
    "prevention prevencion prevencao prevenzione pravention linea ligne hotline helpline "
    "профилактика предотвращение"
)
# "conversations about self harm", "questions sur le suicide", "Fragen zu Suizid".
ABOUT = _fold(
    "about on of regarding around involving mentioning sur de du sobre su tentang о об про zu"
)
TOPIC_NOUNS = _fold(
    "conversation conversations chat chats question questions message messages content topic "
    "topics discussion discussions article articles prompt prompts request requests talk talks "
    "mention mentions guidelines policy policies rules history literature statistics rates "
    "research depiction depictions portrayal portrayals "
    "conversations questions sujet sujets contenu gesprache fragen inhalte thema "
    "conversaciones preguntas temas contenido conversas perguntas conteudo temas "
    "conversazioni domande contenuti temi percakapan pertanyaan konten topik "
    "разговоры вопросы темы"
)
# A mention in a question about the product is a question about a feature ("why did claude show
# me a suicide hotline number"); without these words it may be someone looking for help ("what's
# the suicide hotline number"), and the helpline is shown, gently.
PRODUCT_WORDS = _fold(
    "claude claudes anthropic bot chatbot assistant banner popup feature features show shows "
    "showed shown showing display displays displayed appear appears appeared trigger triggers "
    "triggered"
)

# Farewells are a warning sign, unless the message says why people ordinarily say goodbye: a
# last day at work, a new job, a holiday ("goodbye everyone, today is my last day here").
FAREWELL_WORDS = _fold(
    "goodbye bye farewell adieu adios adeus addio tschuss wohl прощайте прощай пока tinggal"
)
CJK_FAREWELLS = ("さようなら", "さよなら", "안녕", "再见", "永别", "告别")
EVERYDAY_DEPARTURES = tuple(normalize.fold(cue) for cue in (
    "last day", "new job", "new role", "new position", "new team", "leaving the company",
    "leaving the team", "vacation", "holiday", "holidays", "parental leave", "maternity leave",
    "paternity leave", "retiring", "retirement", "out of office", "working with you",
    "work with you", "see you monday", "see you next week", "dernier jour", "nouveau poste",
    "vacances", "conge", "letzter tag", "letzten tag", "urlaub", "neue stelle", "ultimo dia",
    "vacaciones", "nuevo trabajo", "ferias", "novo emprego", "ultimo giorno", "ferie",
    "nuovo lavoro", "hari terakhir", "cuti", "liburan", "последний день", "отпуск",
    "новая работа", "退職", "休暇", "転職", "퇴사", "휴가", "이직", "离职", "休假", "辞职", "跳槽",
))

# Someone else's words aimed at a person: "a user keeps telling people to kill themselves" is
# harassment to report, "she told me to kill myself" is bullying (the writer may still be hurt,
# and the phrase still counts as a weak sign).
DIRECTIVE_VERBS = _fold(
    "tell tells told telling urge urges urged urging encourage encourages encouraged "
    "encouraging"
)
