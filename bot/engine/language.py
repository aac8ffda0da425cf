"""Which of the Help Center's languages a question is written in, when that is clear.

Read apart from matching (the matcher never sees it, so no answer changes with it), in three steps,
each used only where the one before cannot tell:

1. **Script.** Kana is Japanese, Hangul Korean, Cyrillic Russian. Chinese characters alone are
   Chinese (or Japanese written in kanji only, told apart by the catalog's own phrases), and
   Traditional from Simplified by the characters that differ between the two (``_SIMPLIFIED``,
   ``_TRADITIONAL``); a message using neither kind is Chinese of no clear variant (``CHINESE``).
2. **Small words and letters** of the Latin-script languages: the words every sentence has and
   each language has its own of ("est", "der", "mi", "você", "yang"), and letters only some
   languages write (ñ, ß, ã, ç).
3. **The catalog's phrases**: a word that only the French phrases of the catalog use ("compte",
   "suspendu") says French, so "compte suspendu" is clear where no small word is.

A language is clear when it has at least ``CLEAR_AT`` of evidence (about two words) and leads the
next by ``CLEAR_MARGIN`` times: "appeal" or "CSAM" alone say nothing about the asker, who is then
answered in their Slack language (or the workspace's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from bot.engine import normalize
from bot.engine.catalog import Catalog

CHINESE = "zh"  # Chinese, variant not clear from the characters
CLEAR_AT = 2.0
CLEAR_MARGIN = 1.5
# Each kind of evidence, in words' worth.
_SMALL_WORD = 1.0
_CATALOG_WORD = 1.0
_LETTER = 1.0

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# The detector calls every Cyrillic text Russian (the Help Center's only Cyrillic language).
# Ukrainian writes letters Russian does not (і ї є ґ); Bulgarian writes ъ as a vowel, before a
# consonant or ending a word ("съм", "път"), and never ы, э or ё.
_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
_BULGARIAN_VOWEL = re.compile(r"ъ(?:[бвгджзйклмнпрстфхцчшщ]|\b)", re.IGNORECASE)
_RUSSIAN_ONLY = re.compile("[ыэёЫЭЁ]")


def cyrillic_not_russian(text: str) -> bool:
    """A Cyrillic text the detector calls Russian that is Ukrainian or Bulgarian (for the
    distress model of the other languages, which knows them)."""
    return bool(_UKRAINIAN_LETTERS.search(text)) or (
        bool(_BULGARIAN_VOWEL.search(text)) and not _RUSSIAN_ONLY.search(text))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
# Unspaced-script characters standing for a word each, Latin letters about five to a word: a text
# with fewer than one such character for every twenty Latin letters is written in Latin script.
_QUOTED_SHARE = 20

# Simplified and Traditional forms of common characters that differ (same order in both strings).
_PAIRS = (
    "个個们們这這说說时時会會为為国國过過还還对對发發经經动動问問号號账賬户戶删刪举舉报報关關"
    "设設应應该該请請让讓认認证證议議论論据據违違规規务務码碼题題么麼吗嗎开開门門见見现現与與"
    "样樣长長从從进進无無机機电電话話语語读讀写寫学學习習气氣车車东東两兩买買卖賣书書钱錢银銀"
    "网網页頁单單数數协協帮幫处處审審内內条條项項级級纪紀录錄联聯络絡统統给給绝絕终終结結约約"
    "线線难難观觀欢歡乐樂爱愛亲親边邊达達运運选選递遞远遠连連适適遗遺邮郵释釋钟鐘铁鐵锁鎖错錯"
    "键鍵间間闭閉闻聞阅閱队隊阳陽阴陰际際陆陸险險随隨隐隱顶頂须須顾顧预預领領频頻风風飞飛馆館"
    "验驗鱼魚鸟鳥齐齊龙龍专專业業严嚴临臨义義乱亂争爭亚亞产產亿億仅僅价價众眾优優伟偉传傳伤傷"
    "体體侦偵侧側债債储儲儿兒党黨兴興养養净淨准準减減凭憑击擊划劃则則刚剛创創别別制製剧劇劝勸"
    "办辦励勵劳勞势勢区區医醫华華卫衛却卻厂廠历歷压壓县縣参參双雙变變叶葉响響员員团團园園围圍"
    "图圖圆圓场場坏壞块塊坚堅执執扩擴扫掃扰擾护護担擔拟擬拥擁择擇挂掛损損换換敌敵断斷旧舊显顯"
    "暂暫术術杀殺杂雜权權来來极極构構枪槍标標树樹档檔桥橋检檢毕畢汇匯汉漢没沒测測济濟浅淺温溫"
    "满滿灭滅灯燈灵靈灾災点點热熱状狀独獨献獻环環画畫疗療监監盖蓋盘盤确確础礎礼禮离離种種积積"
    "称稱稳穩穷窮竞競笔筆签簽简簡类類紧緊纠糾红紅纸紙练練组組细細织織绕繞继繼续續维維综綜缓緩"
    "编編缘緣罗羅罚罰职職聪聰胆膽胜勝脑腦脸臉节節艺藝药藥获獲营營虑慮虽雖补補装裝视視览覽觉覺"
    "计計订訂讨討训訓讯訊记記讲講许許访訪评評识識诉訴词詞译譯试試诚誠询詢详詳误誤诸諸课課谁誰"
    "调調谈談谢謝负負责責败敗货貨质質购購贵貴费費贴貼资資赔賠赛賽赶趕转轉轮輪软軟轻輕载載较較"
    "辅輔输輸辞辭迟遲邻鄰钢鋼钥鑰链鏈镜鏡闹鬧阶階陈陳静靜韩韓顺順顿頓颜顏饭飯饮飲马馬骗騙鸡雞"
    "黄黃龄齡账帳骚騷扰擾诈詐欺欺谣謠侵侵犯犯虐虐"
)
_SIMPLIFIED = frozenset(_PAIRS[0::2]) - frozenset(_PAIRS[1::2])
_TRADITIONAL = frozenset(_PAIRS[1::2]) - frozenset(_PAIRS[0::2])

# Small words each Latin-script language writes in almost every sentence, folded (lower case,
# no accents). A word several languages share counts for each of them in part.
_SMALL_WORDS = {
    "en": "the is are was my your our how what why where when who can could do does did i you "
          "it to and for of this that with have has been be get got should would me about from "
          "not an any there they we please help",
    "fr": "le la les des du est une un mon ma mes je j pour avec dans pas comment pourquoi quoi "
          "que qui sur ce cette il elle nous vous suis ete etait faire au aux ne mais ou quand "
          "mon votre notre peut puis ai",
    "de": "der die das ist ich mein meine meinen wie warum was und nicht ein eine einen mit fur "
          "auf wurde kann wir sie zu den dem von bei gibt es sind habe hat mir mich wo wann "
          "worden ob oder",
    "es": "el los las es mi mis como que por para con una un del y no se me esta hay puedo fue "
          "son muy pero cuando donde cual mi tengo hacer",
    "pt": "o os as e meu minha como que por para com uma um do da nao esta foi sao eu voce isso "
          "posso pelo pela no na tenho fazer quando onde qual",
    "it": "il lo gli e mio mia come che per con una un del della non sono ho perche cosa mi si "
          "ha questo posso stato quando dove quale fare",
    "id": "yang saya aku dan di ke dari untuk dengan ini itu apa apakah bagaimana kenapa tidak "
          "bisa sudah ada mengapa kami kita anda gimana gak nggak",
}
# Letters only some of these languages write, and whose.
_LETTERS = {"ñ": ("es",), "¿": ("es",), "¡": ("es",), "ß": ("de",), "ä": ("de",),
            "ö": ("de",), "ü": ("de",), "ã": ("pt",), "õ": ("pt",), "ç": ("fr", "pt"),
            "ê": ("fr", "pt"), "â": ("fr", "pt"), "è": ("fr", "it"), "ì": ("it",),
            "ò": ("it",), "ù": ("fr", "it"), "œ": ("fr",)}
# The catalog's language of each Latin-script locale (ru, ja, ko, zh go by script).
_LATIN_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "id")
_LOCALE_OF = {"pt": "pt-BR"}


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize.fold(text).replace("'", " "))


class LanguageDetector:
    """Built once per catalog: which catalog language uses each word of its phrases."""

    def __init__(self, catalog: Catalog):
        owners: dict[str, set[str]] = defaultdict(set)
        han_pairs: dict[str, set[str]] = defaultdict(set)
        for entry in catalog.entries:
            english = [entry.title, *entry.phrases, *entry.keywords]
            by_language = [("en", english), *entry.languages.items(), *entry.distress.items(),
                           *(kv for signs in entry.distress_signs.values() for kv in signs.items())]
            for language, phrases in by_language:
                for phrase in phrases:
                    if language in ("ja", "zh"):
                        for pair in _han_pairs(phrase):
                            han_pairs[pair].add(language)
                    elif language in _LATIN_LANGUAGES:
                        for word in _words(phrase):
                            owners[word].add(language)
        small: dict[str, set[str]] = defaultdict(set)
        for language, words in _SMALL_WORDS.items():
            for word in words.split():
                small[word].add(language)
        self._catalog_words = {w: tuple(sorted(langs)) for w, langs in owners.items()}
        self._small_words = {w: tuple(sorted(langs)) for w, langs in small.items()}
        self._han_pairs = {p: tuple(sorted(langs)) for p, langs in han_pairs.items()}

    def detect(self, text: str) -> str | None:
        """The question's Help Center locale when it is clear; ``CHINESE`` for Chinese of no
        clear variant; None when the question does not say (too short, mixed, no letters)."""
        kana = len(_KANA.findall(text))
        hangul = len(_HANGUL.findall(text))
        han = _HAN.findall(text)
        latin = len(_LATIN.findall(text))
        # A few characters of an unspaced script in a text of Latin letters: "how did 状态 end up
        # in claude's output?" is English quoting Chinese, not Chinese.
        if 0 < (kana + hangul + len(han)) * _QUOTED_SHARE < latin:
            return self._latin(text)
        if kana:
            return "ja"
        if hangul:
            return "ko"
        if han:
            return self._han(text, han)
        # Half as many Cyrillic letters as Latin ones: a Russian text with an English title or
        # product names ("[Bug] Security filters triggering ... фильтры безопасности сработали").
        cyrillic = len(_CYRILLIC.findall(text))
        if cyrillic and cyrillic * 2 >= latin:
            return "ru"
        return self._latin(text)

    def _han(self, text: str, han: list[str]) -> str | None:
        simplified = sum(ch in _SIMPLIFIED for ch in han)
        traditional = sum(ch in _TRADITIONAL for ch in han)
        if simplified > traditional:
            return "zh-CN"
        if traditional > simplified:
            return "zh-TW"
        # Kanji only, or characters both scripts share: Japanese if the catalog's Japanese
        # phrases know the text's character pairs better than its Chinese ones do.
        votes = {"ja": 0.0, "zh": 0.0}
        for pair in _han_pairs(text):
            languages = self._han_pairs.get(pair, ())
            for language in languages:
                votes[language] += 1 / len(languages)
        return "ja" if votes["ja"] > votes["zh"] else CHINESE

    def _latin(self, text: str) -> str | None:
        votes: dict[str, float] = defaultdict(float)
        for word in _words(text):
            # Each word counts once: as a small word if it is one, else as a catalog word.
            languages = self._small_words.get(word, ())
            weight = _SMALL_WORD
            if not languages:
                languages, weight = self._catalog_words.get(word, ()), _CATALOG_WORD
            for language in languages:
                votes[language] += weight / len(languages)
        for letter in text.lower():
            for language in _LETTERS.get(letter, ()):
                votes[language] += _LETTER / len(_LETTERS[letter])
        if not votes:
            return None
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        best, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if score < CLEAR_AT or score < CLEAR_MARGIN * runner_up:
            return None
        return _LOCALE_OF.get(best, best)


def _han_pairs(text: str) -> list[str]:
    chars = _HAN.findall(text)
    return [a + b for a, b in pairwise(chars)] or chars
