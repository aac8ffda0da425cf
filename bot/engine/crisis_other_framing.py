"""What tells, in a language beyond the Help Center's, that distress words belong to a news item,
a film or a book, a game, a prevention campaign or a joke: "Haber: genç kadın intihar etti",
"Filmen handler om en jente som vil ta livet sitt", "งานเยอะจนอยากตาย 555".

Those languages have no grammar of stories here (``crisis_other_languages``): a phrase found in
such a message still shows the helpline, since a person in distress may name a film or laugh at
themselves, but gently, never with a notice to the specialists. Only words that frame; what a
person in distress says is in the catalog.
"""

from __future__ import annotations

import re

from bot.engine.plain_text import THAI, plain

# By language, written as people type them (read as messages are: ``plain``); a multi-word
# entry is joined with "_". News and articles, films, series and books, their characters,
# games, jokes, and the prevention campaigns that news and posters speak of.
_FRAMING = {
    "ar": "خبر أخبار الأخبار مقال فيلم الفيلم مسلسل المسلسل رواية الرواية شخصية لعبة اللعبة "
          "مزحة أمزح الوقاية",
    "bg": "новини новина статия филм филма филмът сериал сериала роман романа героят героинята "
          "игра играта шега шегувам превенция",
    "bn": "খবর সংবাদ সিনেমা চলচ্চিত্র উপন্যাস চরিত্র খেলা মজা প্রতিরোধ",
    "ca": "noticies noticia article pel·licula serie novel·la personatge joc broma prevencio",
    "cs": "zpravy zprava clanek film filmu filmem serial serialu roman romanu postava postavy "
          "hrdina hrdinka hra hre vtip prevence",
    "da": "nyheder nyhed artikel film filmen serie serien roman romanen bogen spil spillet "
          "forebyggelse",
    "el": "ειδησεις ειδηση αρθρο ταινια ταινιας μυθιστορημα ηρωας ηρωιδα χαρακτηρας "
          "παιχνιδι αστειο προληψη",
    "fa": "خبر اخبار مقاله فیلم سریال رمان شخصیت بازی شوخی پیشگیری",
    "fi": "uutiset uutinen uutisissa uutisten artikkeli elokuva elokuvassa elokuvan sarja "
          "sarjassa romaani romaanissa kirjassa hahmo hahmon peli pelissa vitsi vitsilla "
          "ehkaisy",
    "he": "חדשות כתבה מאמר סרט בסרט הסרט סדרה בסדרה רומן דמות הדמות משחק במשחק בדיחה מניעת",
    "hi": "समाचार खबर फिल्म सीरियल उपन्यास किरदार खेल मज़ाक मजाक रोकथाम khabar film "
          "mazak",
    "hr": "vijesti vijest clanak film filmu serija seriji roman romanu lik igra igri sala "
          "prevencija",
    "hu": "hirek hir cikk cikkben film filmben sorozat sorozatban regeny regenyben szereplo "
          "szereploje karakter jatek jatekban vicc viccelek megelozes",
    "is": "frettir frett grein kvikmynd kvikmyndinni myndin thattarod skaldsaga personan "
          "leikur leiknum grin forvarnir",
    "lt": "naujienos naujiena straipsnis filmas filme serialas romanas romane veikejas "
          "zaidimas zaidime juokas prevencija",
    "mk": "вести весник статија филм филмот серија серијата роман романот игра играта шега "
          "превенција",
    "lv": "zinas zinu raksts filma serials romans romana speles spele joks profilakse",
    "ms": "berita akhbar dilaporkan artikel filem novel watak permainan gurau bergurau "
          "pencegahan",
    "nl": "nieuws krant artikel film serie roman personage spel game grapje preventie",
    "no": "nyheter nyhet artikkel film filmen serie serien roman romanen boka boken spill "
          "spillet tuller forebygging",
    "pl": "wiadomosci artykul film filmie serial serialu powiesc powiesci ksiazce postac "
          "bohater bohaterka gra grze zart zartuje zartowalem prewencja zapobieganie",
    "ro": "stiri stire articol film filmul serial serialul romanul personaj personajul "
          "joc jocul gluma glumesc prevenire potrivit_politiei",
    "sk": "spravy sprava clanok film filmu serial serialu roman romane postava hrdina hra hre "
          "vtip prevencia",
    "sl": "novice novica clanek film filmu serija roman romanu lik igra igri sala "
          "preprecevanje",
    "sv": "nyheter nyhet artikel film filmen serie serien roman romanen boken karaktar "
          "karaktaren spel spelet skamt skamtar forebygga forebyggande",
    "sw": "filamu riwaya mhusika mchezo utani kuzuia",
    "ta": "செய்தி திரைப்படம் நாவல் கதாபாத்திரம் விளையாட்டு",
    "th": "ข่าว ภาพยนตร์ ละคร นิยาย ตัวละคร เกม ล้อเล่น การป้องกัน",
    "tl": "balita pelikula nobela karakter laro biro joke charot",
    "tr": "haberlerde haberlere haberde gazete makale film filmde filmin dizi dizide roman romanda "
          "karakter oyun oyunda saka onleme",
    "uk": "новини новина стаття фільм фільмі серіал романі роман персонаж героїня гра грі "
          "жарт жартую профілактика",
    "ur": "خبر خبریں فلم ڈرامہ ناول کردار کھیل مذاق",
    "vi": "tin_tuc bai_bao phim tieu_thuyet nhan_vat tro_choi game dua_thoi phong_chong",
}
# Laughter in these languages' scripts and habits: Thai writes it with fives (ห้า), Arabic,
# Persian and Hebrew with their h, kh and ch letters, Greek "xaxa", Cyrillic "хаха", the Latin
# scripts with the "haha", "wkwk", "kkk" the Help Center's languages use too.
_LAUGH = re.compile(r"(?:^|\s)(?:5{3,}|ه{3,}|خ{3,}|ח{3,}|(?:χα){2,}|a?(?:ha){2,}h?|(?:he){2,}|"
                    r"(?:wk){2,}\w*|k{3,}|x+d+|lol|(?:ха){2,}х?|(?:хе){2,})(?:\s|$)")


def _read(words: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's framing words: single words, and the multi-word ones (or Thai ones, written
    without spaces) as text to find."""
    single, runs = set(), []
    for word in words.split():
        flat = plain(word.replace("_", " "))
        if " " in flat or THAI.search(flat):
            runs.append(flat)
        elif flat:
            single.add(flat)
    return frozenset(single), tuple(runs)


_BY_LANGUAGE = {language: _read(words) for language, words in _FRAMING.items()}


# How far (in letters of the plain text) a framing word reaches a phrase of oneself: "Filmen
# handler om en jente som vil ...", not "jeg så en film i går. ... jeg orker ikke å leve mer",
# where the writer speaks of themselves beside a film they watched.
REACH = 30


def laughs(flat: str) -> bool:
    """Laughter anywhere in the message (``flat``: as ``plain`` writes it)."""
    return bool(_LAUGH.search(flat))


def framing_places(flat: str, language: str) -> list[int]:
    """Where (letter offsets in ``flat``) the words framing a message as news, fiction, a game,
    a campaign or a joke in ``language`` stand."""
    single, runs = _BY_LANGUAGE.get(language, (frozenset(), ()))
    places = []
    at = 0
    for token in flat.split(" "):
        if token in single:
            places.append(at)
        at += len(token) + 1
    padded = f" {flat} "
    for run in runs:
        thai = bool(THAI.search(run))
        needle = run if thai else f" {run} "
        k = (flat if thai else padded).find(needle)
        while k >= 0:
            places.append(k)
            k = (flat if thai else padded).find(needle, k + 1)
    return places
