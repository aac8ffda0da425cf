"""The small words that decide whose distress a phrase speaks of, and whether the writer means
it: negations, pronouns, "if", "novel", "prevention"... in the eleven catalog languages.

Closed classes of grammar, never distress vocabulary (that is the catalog's), stored folded
(``normalize.fold``) because that is how words reach the check. Word forms are
``bot.engine.crisis_lang``'s; how these words are used is ``bot.engine.crisis_context``'s.
"""

from __future__ import annotations

from itertools import pairwise

from bot.engine import normalize
from bot.engine.crisis_text import Word, cjk_markers
from bot.engine.normalize import word_set

# -- who and how: the small words of context -----------------------------------------------

# Before a distress phrase (or inside its gap), these make it the writer's denial: "i'm not
# suicidal", "je ne suis pas suicidaire". Words that are part of a phrase never count ("ya no
# quiero vivir", "i don't want to live").
NEGATIONS = word_set(
    "not never nor neither dont doesnt didnt isnt arent wasnt werent wouldnt "
    "pas jamais aucunement nullement "
    "nicht nie niemals kein keine keinen keinesfalls "
    "no nunca jamas tampoco nao non mai "
    "tidak tak bukan nggak gak ga enggak ngga "
    "не ни никогда нет "
    # Dutch and Scandinavian: an English or German word of distress in their sentence ("ik ben
    # niet suïcidaal") is negated by them too.
    "niet inte ikke ikkje "
    # Tagalog "I don't want", "doesn't want": "ayoko ma-overdose" (said of a child's dose)
    "ayoko ayaw"
)
# Negation in unspaced scripts: just before the phrase (zh, ko) or just after it (ja, ko).
CJK_NEGATION_BEFORE: tuple[str, ...] = ("不", "没", "沒", "别", "別", "안", "못")
# A denial of intent a few characters before the phrase: "不是要轻生" (it's not that I mean to),
# "沒有要輕生", "并不是想".
CJK_DENIAL_BEFORE: tuple[str, ...] = ("不是要", "不是想", "没有要", "没有想", "没要", "并不是")
# Japanese says "none of that" after the phrase, past a particle or two:
# "希死念慮とかは全然ないです".
CJK_NONE_AFTER: tuple[str, ...] = ("とかは全然ない", "とかはない", "は全然ない", "は全くない",
                                   "とかないです", "はないです", "はありません", "なんてない",
                                   # Korean, right after "싶": "죽고 싶은 게 아니라"
                                   "은게아니", "은건아니", "은거아니", "은것은아니", "은것이아니")
CJK_NEGATION_AFTER: tuple[str, ...] = (
    "ない", "なく", "ません", "じゃ", "では", "지않", "진않", "지마")
# A negation that asks, with a worry after it, fears the thing: "娘が自殺しないか心配" (afraid
# my daughter might kill herself), "아들이 자살하지 않을까 걱정" (worried my son might). Not
# "しないから心配しないで" (i won't, so don't worry) nor "しないかも" (might not).
CJK_ASKING_NEGATIONS: tuple[str, ...] = ("ないか", "지않을까", "지않을지", "진않을까")
CJK_NOT_ASKING_AFTER: tuple[str, ...] = ("ら", "も")
CJK_WORRIES: tuple[str, ...] = (
    "心配", "不安", "怖", "こわ", "恐", "気が気", "걱정", "무서", "무섭", "두렵", "두려", "불안",
    "겁")
# A reason or a worth, in Japanese phrases of living ("生きる意味", "生きる価値"): what its
# negation denies is the reason, which is the despair.
JA_WORTH: tuple[str, ...] = ("意味", "価値", "理由")
# "It's not that I want to...", a little further after the phrase: "자해하고 싶은 건 아니고",
# "죽고 싶은 게 아니라", "自殺したいわけじゃなくて".
CJK_NOT_THAT_AFTER: tuple[str, ...] = (
    "싶은게아니", "싶은건아니", "싶은거아니", "싶은것은아니", "싶은것이아니", "려는게아니",
    "려는건아니", "わけじゃ", "わけでは", "訳じゃ", "訳では")
# Korean "no thought of it" right after the phrase ("자살 생각 같은 거 없어요"), however long;
# not "...없어지지 않아" (the thought does not go away).
CJK_NO_THOUGHT_AFTER: tuple[str, ...] = (
    "생각없", "생각은없", "생각이없", "생각같은거없", "생각은전혀없", "생각전혀없", "생각따윈없",
    # "never had the thought of wanting to": "죽고 싶다는 생각 해본 적 없는데"
    "다는생각해본적없", "다는생각해본적이없", "다는생각한적없", "다는생각한적이없",
    "다는생각은해본적없", "다는생각은한적없", "단생각해본적없", "단생각한적없",
    "는생각해본적없", "는생각해본적이없", "는생각한적없", "는생각한적이없", "는생각은해본적없",
    "는생각은한적없")
# Japanese "never thought of such a thing": the thought right after the phrase ("自殺なんか考え",
# "自殺なんて思っ"), then its denial within a few characters ("なかった", "たことない"); not
# "考えない日はない" (not a day without the thought).
JA_THOUGHT_AFTER: tuple[str, ...] = (
    "なんか考え", "なんて考え", "とか考え", "は考え", "を考え", "なんか思っ", "なんて思っ",
    "とか思っ", "なんか思わ", "なんて思わ", "は思っ", "とは思わ", "とは思っ", "とは考え")
JA_THOUGHT_DENIED: tuple[str, ...] = ("ない", "なかっ", "ません", "無い")
# Japanese asks "isn't it ...?" with a negation that denies nothing: "皆ほっとするんじゃないかな"
# (wouldn't everyone be relieved), "死にたいのではないか".
JA_NOT_A_NEGATION: tuple[str, ...] = ("んじゃないか", "のではないか", "んじゃね")
JA_THOUGHT_EVERY_DAY: tuple[str, ...] = ("日はない", "日は無い", "日はありません", "時はない")

# The only words that may stand between a negation and what it denies: auxiliaries and small
# adverbs ("i'm not really suicidal", "i'm not going to kill myself"). Any other word ends its
# reach: in "i don't see the point anymore" the "don't" is part of the despair, not a denial.
NEGATION_BRIDGES = word_set(
    "am is are was were be been being going gonna to really even ever actually just like at all "
    "that so about of thinking planning trying will would do feel feeling want wanna have any "
    "suis vais vraiment du tout de en train veux ai "
    "bin werde will wirklich gar ganz so mochte habe "
    "voy a estoy soy realmente para nada pensando en quiero tengo vou estou sou em quero tenho "
    "sono sto vado davvero per niente voglio ho "
    "akan mau ingin sedang lagi benar punya nak hendak mahu "  # the last three Malay
    "буду собираюсь правда совсем вовсе хочу "
    # a Tagalog verb prefix written apart: "ayaw niyang mag-overdose" ("ma", Italian "but",
    # ends a negation's reach)
    "mag niyang kong"
)
# "not depressed or suicidal": a negation reaches over a list joined by these.
COORDINATORS = word_set("or nor ou ni oder noch o atau или")
# A new subject or a "but" ends the reach of a negation: "not ok. i want to die", "i'm not
# suicidal but i can't go on".
SCOPE_BREAKS = word_set(
    "but however though although and "
    "mais pourtant et aber doch sondern und pero sino y mas porem e ma pero tapi namun dan "
    "но а и"
)

# "my" before a noun says nothing of the subject: "my friend", "my game".
FIRST_POSSESSIVES = word_set(
    "my mon ma mes mein meine meinen meinem meiner mi mis meu minha meus minhas mio mia miei mie "
    "мой моя мое мои моего моей"
)
# Whose distress: the writer's own, or someone else's (the person asking is helping them).
FIRST_PERSON = word_set(
    "i im ive me my myself mine am "
    "je moi mon ma mes suis veux peux "
    "ich mich mir mein meine meiner bin "
    "yo mi mis conmigo estoy soy quiero puedo siento eu mim meu minha comigo estou sou quero "
    "posso sinto io mio mia sono sto voglio "
    "aku saya gue gua gw ku "
    "я меня мне мной мой моя мое мои хочу могу"
)
# "me" is first person in English and the Romance languages; it is in FIRST_PERSON.
THIRD_PERSON = word_set(
    "he she they him her them his hers their theirs himself herself themselves hes shes theyre "
    "friend friends bestie bff bf gf boyfriend girlfriend partner wife husband son daughter kid "
    "kids child mom mum mother dad father brother sister cousin colleague coworker teammate "
    "student roommate classmate employee patient client customer user member neighbor "
    "neighbour girl boy woman teen teenager character protagonist villain hero heroine narrator "
    "personnage personaje personaggio personagem figur charakter karakter tokoh персонаж "
    "персонажа player players npc "
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
    "pelanggan temen temenku sahabatku adikku kakakku anakku ibuku ayahku pacarku "
    "uncle aunt grandma grandpa grandmother grandfather nephew niece stepdad stepmom relative "
    "relatives cousin "
    # pals, neighbours, flatmates and classmates ("mein Kumpel will sich umbringen"); not a
    # husband or a wife, who is so often in the writer's own story ("муж бьёт, ... самой уйти")
    "buddy roomie pote coloc voisin voisine compa vecino vecina vizinho vizinha coinquilino "
    "coinquilina tetangga kumpel kumpels bekannter bekannte mitbewohner mitbewohnerin nachbar "
    "nachbarin klassenkamerad klassenkameradin mitschuler mitschulerin подружка сосед соседка "
    # those a teacher, a nurse or a counsellor looks after
    "pupil eleve eleves etudiant etudiante patiente schuler schulerin patientin alumno alumna "
    "estudiante paciente aluno aluna alunno alunna studente studentessa paziente murid siswa "
    "siswi mahasiswa muridku siswaku pasien pasienku ученик ученица студент студентка "
    "пациент пациентка "
    "cousine oncle tante vetter onkel oma opa primo prima tio tia abuela abuelo avo avó "
    "verwandter verwandte angehoriger angehorige "
    "cugino cugina zio zia nonna nonno sepupu paman bibi nenek kakek "
    "дядя тетя бабушка дедушка племянник племянница "
    "он она они его ее их ему ей им друг друга другу подруга подруги подругу брат брата "
    "сестра сестры сын дочь мама папа коллега пользователь клиент"
)
# Indonesian "dia" (he, she) is also Spanish and Portuguese for "day" once accents are folded:
# after an article or a determiner it is the day ("hoy es el día, adiós", "todo dia").
DAY_DETERMINERS = word_set(
    "el al del o do no um un todo cada este esse ese otro outro mismo mesmo bom buen dum num "
    "ultimo proximo primer primeiro"
)


# French "il" (he) is the Italian article, Spanish "su" (his, her) the Italian "on", French "sa"
# (his, her) the Italian "knows": in an Italian message they name nobody ("il lavoro mi
# distrugge" had worded a writer's own crisis reply for someone helping another person).
ITALIAN_NOT_PEOPLE = word_set("il su sa")


# Portuguese subjects before "ia" (was going to, would): "ninguém ia", "eu ia", "não ia".
_PORTUGUESE_BEFORE_IA = word_set("ninguem eu ele ela voce vc nao quem que a gente tudo isso")


def names_someone(words: list[Word], i: int, names: frozenset[str], *,
                  in_italian: bool = False) -> bool:
    """The word at ``i`` is one of ``names`` (people, pronouns), and not a day or an Italian
    word that looks like one."""
    text = words[i].text
    if text not in names:
        return False
    if in_italian and text in ITALIAN_NOT_PEOPLE:
        return False
    if text == "ia" and i > 0 and words[i - 1].text in _PORTUGUESE_BEFORE_IA:
        return False  # "ninguém ia perceber": Portuguese "would", not Indonesian "she"
    return not (text == "dia" and i > 0 and words[i - 1].text in DAY_DETERMINERS)


# "Me" as the one a message was sent to, next to one of these verbs: "she texted me goodbye",
# "mi amiga me mandó una despedida". The sender is the one in danger, not the writer.
OBJECT_ME = word_set("me mir mich mi мне меня aku")
REPORTING_VERBS = word_set(
    "sent texted told wrote messaged emailed dmed called showed posted shared envoye ecrit dit "
    "ecrivait poste publie gepostet publico postou publicou pubblicato опубликовал "
    "geschickt geschrieben gesagt schickte schrieb sagte mando envio escribio dijo mandou "
    "enviou escreveu disse falou mandato scritto detto inviato написал написала прислал "
    "прислала сказал сказала отправил отправила kirim ngirim mengirim bilang nulis "
    # the same in the present, and "said": "a member says tonight is the night"
    "says said posts writes texts tells sagt schreibt postet dice dicen escribe publica diz "
    "escreve posta scrive говорит пишет ngomong "
    # talked of it, in the past: "un paziente mi ha parlato di suicidio"
    "sprach parlato")
# Verbs whose form says "he / she wants": "my sister says se quiere morir".
THIRD_VERBS = word_set("wants doesnt says veut quiere quer vuole хочет")
# Subjects: a negation before a new subject is about something else ("not ok, i want to die").
SUBJECTS = word_set(
    "i im we he she they hes shes theyre je il elle ils elles ich er sie wir yo ella "
    "ellos nosotros eu ele ela eles io lui lei loro noi aku saya gue gua dia mereka kami kita "
    "я он она они мы"
)


def reported_to(words: list[Word], i: int, offsets: tuple[int, ...]) -> bool:
    """Whether a verb of telling or writing (``REPORTING_VERBS``) stands at one of ``offsets``
    from word ``i``, in its clause: the "me" of "texted me", "me mandó", "hat mir geschrieben"
    is the one someone wrote or spoke to."""
    return any(0 <= i + o < len(words) and words[i + o].clause == words[i].clause
               and words[i + o].text in REPORTING_VERBS for o in offsets)
# The writer as the subject of a sentence ("i'm so tired", "je suis épuisée", "estoy agotada"):
# possessives do not count ("my account is dead" says nothing of how the writer feels). "ill" is
# "i'll" as typed ("i'll be gone soon anyway").
SELF_SUBJECTS = word_set(
    "i im ive ill am je suis jai ich bin yo estoy soy siento eu estou sou sinto io sono sto "
    "aku saya gue gua gw я мне меня"
)
CJK_SELF_SUBJECTS: tuple[str, ...] = ("我", "私", "僕", "俺", "나는", "내가", "저는", "제가")
# Pronouns that point back to someone named earlier ("my friend says she wants to die").
THIRD_PRONOUNS = word_set(
    "he she they him her them his their himself herself themselves hes shes theyre "
    "il elle ils elles lui er sie ihm ihn ella ellos ele ela eles lei loro dia ia mereka "
    "он она они его ее их ему ей им"
)
CJK_FIRST_PERSON: tuple[str, ...] = (
    "我", "私", "僕", "俺", "あたし", "自分", "나는", "내가", "저는", "제가")
CJK_THIRD_PERSON: tuple[str, ...] = (
    "她", "他", "朋友", "同事", "儿子", "女儿", "彼女", "彼は", "友達", "友人",
    "息子", "娘", "친구", "동생", "언니", "오빠", "누나", "아들", "딸", "동료",
    # family, the people a worried writer most often names: "兄が", "我哥", "엄마가", "남편이"
    "兄が", "姉が", "弟が", "妹が", "母が", "父が", "夫が", "妻が", "彼氏が",
    "我哥", "我姐", "我弟", "我妹", "我妈", "我爸", "我老公", "我老婆", "我男朋友", "我女朋友",
    "엄마가", "아빠가", "남편이", "아내가", "형이", "남자친구가", "여자친구가",
    "그녀", "그가", "あいつ", "他们", "她们",
    # those a nurse or a counsellor looks after (not a student: "학생인데" is "I'm a student")
    "患者", "病人", "来访者", "환자", "내담자", "学生说", "生徒が")

# Someone in general, in a question about how things work: "what happens if someone mentions
# self harm", "resources for people who say they want to die".
GENERIC_PERSON = word_set(
    "someone somebody anyone anybody people users person "
    "quelquun gens jemand leute alguien gente alguem pessoas qualcuno persone "
    "seseorang orang кто люди"
)
# The reader's, not the writer's: "edit your last message", "ton dernier message".
SECOND_POSSESSIVES = word_set(
    "your yours ton ta tes votre vos dein deine deinen deiner tu tus tuo tua tuoi tue teu "
    "seu sua vosso kamu anda твой твоя твоё твои ваш ваша ваше ваши")
# The reader named as the subject right before a bare term: "are you suicidal, driving like
# that?", "bist du lebensmüde?" is said of the reader, often as an idiom.
SECOND_SUBJECTS = word_set("you u du tu vous usted voce vc ты вы kamu lu elo")
# "That's suicide", said of a plan or a move: a thing and a copula right before a bare term.
THING_IS = word_set("это itu thats cest")
THING_IS_PAIRS = frozenset((
    ("that", "is"), ("this", "is"), ("thats", "pure"), ("es", "un"), ("es", "puro"),
    ("e", "un"), ("e", "um"), ("das", "ist"), ("ist", "reiner"), ("cest", "du"), ("cest", "un"),
    ("itu", "sih"), ("ini", "sih"), ("это", "же"), ("это", "просто"), ("isso", "e")))
# A plan one buys, not one makes: "i have two accounts on the pro plan".
PLAN_TIERS = word_set(
    "pro max team free paid enterprise business premium subscription billing pricing monthly "
    "annual yearly data phone")
PLANS = word_set("plan plans")
# Someone else's going ("部長がいなくなったら楽になる", the boss gone, work would be easier): "if
# gone" (``JA_GONE``) right after a subject marked が or は that is not the writer is relief at
# another's leaving. Not a wish: "母が消えたいと言う" is the mother's distress.
JA_GONE: tuple[str, ...] = (
    "いなくなったら", "いなくなれば", "居なくなったら", "居なくなれば", "消えたら", "消えれば")
JA_SUBJECT_MARKS: tuple[str, ...] = ("が", "は")
JA_WRITER: tuple[str, ...] = ("わたし", "わたくし", "ぼく", "おれ", "うち", "あたし")
# A day or date picked and named as something's ("picked the day for the offsite", "el día de la
# boda", "il giorno del matrimonio"): an event's date, not a plan's (``DATE_WORDS`` then
# ``OF_AN_EVENT``). "I picked a day to do it" is not.
DATE_WORDS = word_set("day date jour tag datum dia fecha data giorno hari tanggal день дату дата")
OF_AN_EVENT = word_set("for of de del della dello du des der fur para per pour untuk для")
# "tired of living in london", "harto de vivir en esta ciudad", "устал жить в москве": a phrase
# that ends on "to live" and goes on with a place says something of the place, perhaps not of life
# (``LIVING_FORMS`` then ``PLACE_WORDS``). Not "with": "tired of living with this pain" is life.
LIVING_FORMS = word_set(
    "living live leben vivre vivir viver vivere vivendo viviendo жить hidup")
PLACE_WORDS = word_set(
    "in here there en au aux ici aqui aca em no na nos nas nel nella qui li im hier dort "
    "в во на здесь тут там di ke sini sana")
# Things that run out, die or go empty: "once the account's usage is exhausted", "battery
# dead", "quota épuisé". A sign said of one of them is not the writer's.
THINGS_THAT_RUN_OUT = word_set(
    "usage quota quotas limit limits credits credit tokens token budget battery batteries "
    "context memory disk storage cache session sessions server servers pool buffer allowance "
    "balance queue crédits batterie kontingent guthaben akku cuota créditos batería cota "
    "bateria kuota baterai лимит квота батарея")
# Devices that die or run flat: "HP gue mati", "mein Handy ist tot".
DEVICES = word_set(
    "phone phones cellphone laptop pc computer hp handphone ponsel laptopku celular telefone "
    "telemovel portable ordi handy telefon telefono cellulare telefonino телефон телефона "
    "ноутбук ноут")
# Words between such a thing and its sign: "usage is already exhausted".
LINKING_WORDS = word_set(
    "is was are were be been being gets got get getting has have had already completely fully "
    "totally all now just est a été sont ist sind war wurde está esta estão fue foi è sudah "
    "habis")
# Programs that end themselves: "the child process commits suicide", "a thread suicide".
PROGRAM_ACTORS = word_set(
    "process processes subprocess thread threads program programs daemon daemons worker workers "
    "pid signal signals sigkill sigterm kernel sandbox processus prozess prozesse proceso "
    "procesos processo processi процесс процессы поток")
# People of the past, asked about: "which famous writers of the 19th century killed
# themselves?" is a question of history, not someone in danger.
HISTORY = word_set(
    "famous famed historical historically century centuries biography celebre celebres siecle "
    "siecles historique famoso famosos famosa famosas siglo siglos historico historica famosi "
    "famose secolo secoli storico beruhmte beruhmten beruhmter jahrhundert jahrhunderts "
    "historisch seculo seculos знаменитые известные века веке исторически "
    "terkenal abad sejarah")
# Counts of people: "die Zahl der Suizide ist gestiegen", "the suicide rate among teens", "청소년
# 통계에 따르면". A bare term in a sentence that counts, with nobody of the writer's, names the
# subject (``crisis_context``).
STATISTICS = word_set(
    "statistics statistic statistical percent percentage survey census rate rates "
    "statistiques statistique taux pourcentage chiffres insee "
    "statistik statistiken statistisch statistische statistischem statistischen statistisches "
    "zahl anzahl prozent quote bundesamt "
    "estadisticas estadistica tasa porcentaje cifras ine "
    "statistiche statistica tasso percentuale istat "
    "estatisticas estatistica taxa porcentagem percentual ibge "
    "статистика статистике статистики статистикой процент процента процентов уровень "
    "уровня "
    "persen angka bps "
    # a count said to be rising: "les hospitalisations pour tentatives de suicide ont augmenté"
    "increased rising risen hausse augmente augmentation gestiegen anstieg aumentado aumento "
    "disparado aumentou aumentati aumentato выросло выросла рост meningkat peningkatan")
CJK_STATISTICS: tuple[str, ...] = ("统计", "統計", "통계", "数据", "數據", "比例", "上升", "증가",
                                   "増加", "자살률", "自殺率", "自杀率", "過去最多", "最多",
                                   "急増", "增加", "增多", "上昇", "최다", "급증")
# The subject's name in the plural: "les suicides et tentatives de suicide", "los suicidios han
# aumentado", "Selbstmorde unter Jugendlichen": many people's, a phenomenon. With nobody of the
# writer's in the sentence, a subject (``crisis_context``).
PLURAL_TERMS = word_set(
    "suicides suicidios suizide suiziden selbstmorde selbstmorden selbsttotungen")
# (Not the plural of self-harm: "recaí con las autolesiones" is one person's, the subject left
# unsaid; nor Italian "suicidi", also the adjective of "pensieri suicidi".)
# A count of people, in figures: "38 people", "8,837 deaths", "800 ribu jiwa", "1만3799명",
# "516人". A bare term beside one, with nobody of the writer's, is a subject (``crisis_context``).
COUNTED = word_set(
    "people persons deaths cases victims per thousand million millions inhabitants residents "
    "personnes morts deces cas victimes habitants mille milliers millions "
    "menschen personen tote todesfalle falle opfer einwohner tausend millionen "
    "personas muertes casos victimas habitantes mil millones "
    "pessoas mortes obitos casos vitimas habitantes mil milhoes "
    "persone morti decessi casi vittime abitanti mila milioni "
    "человек смертей случаев жертв жителей тысяч тысячи миллионов "
    "orang jiwa kematian kasus korban penduduk ribu juta")
CJK_COUNTED = ("人", "명", "名", "万", "만", "件", "건", "例")
# A figure this large beside the term is a count ("8,837 suicidios"), never one person's number
# of attempts.
COUNT_AT_LEAST = 100
CROWDS = word_set("people users gens leute gente pessoas persone orang люди")
CJK_GENERIC_PERSON: tuple[str, ...] = ("有人", "别人", "誰か", "누군가")
# Right after a person, these make them the one told, not the one who says it: "友達に言った",
# "엄마한테 말했어", "친구에게".
CJK_TOLD: tuple[str, ...] = ("に", "へ", "에게", "한테", "께")
CONDITIONAL = word_set("if when whenever si wenn falls se quando jika kalau apabila если когда")
CJK_CONDITIONAL: tuple[str, ...] = ("如果", "もし", "만약")
# The writer's saying, after "if", in a question about the product: "if i say i'm suicidal".
SAYING_VERBS = word_set(
    "say tell type write mention said told typed wrote dis dire ecris ecrit mentionne sage "
    "schreibe erwahne digo escribo menciono escriba diga escrevo falo dico "
    "scrivo menziono bilang tulis ketik bilangin скажу напишу говорю пишу")
RELATIVE = word_set("who that qui que die der welche che yang которые который которая")
# Relative pronouns after a preposition ("mit dem ich", "with whom i", "con el que", "à qui"),
# and those prepositions: a clause of them describes someone.
OBLIQUE_RELATIVES = word_set("whom whose dem den denen deren dessen cui quale quien quem lequel "
                             "laquelle lesquels dont")
RELATIVE_PREPOSITIONS = word_set(
    "with to for from by of about mit bei von zu fur uber an auf con de a por para en da di "
    "per su com em avec pour sur dans")
# After a verb of thinking or saying, "that", "que", "che" bring in what is thought, not who:
# "i think that it would be easier to not wake up", "acho que seria mais fácil não acordar".
THOUGHT_VERBS = word_set(
    "think thinks thought feel feels felt know knew guess wish hope realize realise "
    "pienso creo siento se supongo espero acho penso creio sinto sei suponho espero "
    "pense crois sens sais trouve suppose espere credo sento so suppongo spero "
    # the same as they go on: "pensando que todo sería más fácil"
    "thinking feeling pensando sintiendo creyendo achando sentindo pensant croyant")
# Relatives that are also articles: only a relative at the head of a clause.
CLAUSE_RELATIVES = word_set("die der welche")

# The subject of a story, not of the writer's life.
FICTION = word_set(
    "novel novels story stories fiction fictional character characters screenplay script "
    "poem lyrics song songs roleplay rp fanfic fanfiction plot protagonist villain chapter scene "
    "roman histoire personnage personnages scenario poeme chanson "
    "geschichte figur charakter fiktion drehbuch gedicht kapitel szene protagonistin "
    "hauptfigur hauptfiguren romanfigur nebenfigur hauptcharakter romanheldin romanheld "
    "novela historia personaje personajes ficcion guion poema cancion escena capitulo "
    "protagonista romance personagem personagens ficcao roteiro cena "
    "romanzo storia personaggio personaggi finzione sceneggiatura poesia canzone scena capitolo "
    "cerita cerpen tokoh karakter fiksi naskah puisi adegan "
    "рассказ роман персонаж персонажа героиня героя сценарий стих сюжет главы "
    "thriller horror manga webtoon worldbuilding lore villano villana vilao antagonist "
    "antagonista antagoniste antagonistin "
    "krimi krimis erzahlung kurzgeschichte relato cuento racconto polar детектив "
    # a film or a series: "o filme 13 reasons why fala de suicídio"
    "film films movie movies filme filmes pelicula peliculas serie series фильм сериал"
)
# A wish in an unspaced script: "想死", "死にたい", "죽고 싶어" are somebody's.
CJK_WISHES: tuple[str, ...] = ("想", "たい", "싶")
# The people of a story: "the character wants to die", "tokohnya ingin bunuh diri".
FICTION_PEOPLE = word_set(
    "character characters protagonist villain hero heroine personnage personnages heros "
    "figur hauptfigur charakter protagonistin personaje personajes protagonista "
    "personagem personagens personaggio personaggi tokoh karakter персонаж персонажа "
    "героиня героя герой villano villana vilao antagonist antagonista antagoniste antagonistin")
# Marks on the body and blows, in gentle phrases (``Phrase.body``): an everyday cause beside them
# (eczema, a cat, an operation) makes them a mishap.
BODY_MARKS = word_set(
    "scratch scratched scratching scars scar burns punch punching "
    "griffer griffe tape taper frappe cicatrices marques brulures cogner "
    "kratze kratz gekratzt narben verbrennungen brandwunden schlage schlag "
    "rasgunarme rasguno aranarme arano rasco cicatrices cortes quemaduras marcas pego golpeo "
    "golpes golpearme graffiata graffiato graffio graffiarmi cicatrici bruciature tagli pugni "
    "picchio marca cicatrizes batendo bato socos arranho arranhar coco "
    "исцарапала исцарапал царапаю расцарапываю расцарапала шрамы шрамов "
    "nyakar cakar garuk")
CJK_BODY_MARKS: tuple[str, ...] = (
    "傷口", "傷跡", "腕の傷", "傷を隠", "傷がばれ", "殴", "叩", "掻", "ひっか", "引っ掻", "때리",
    "때려", "주먹", "상처", "挠", "抓", "打自己", "耳光", "捶", "撞墙", "伤疤")
# A work being written, not yet named as fiction: "mi libro trata de una chica que...", "a play
# where the dad...". Beside a question to the product, someone else's wish in it is not escalated.
CREATIVE_WORKS = word_set(
    "book books libro libros livre livres buch bucher livro livros libri книга книге книгу buku "
    "play plays obra pieza piece theaterstuck dialogue dialogues dialogo dialogos dialoghi "
    "dialoge manuscript manuscrit manuscrito manoscritto manuskript comic comics webnovel")
# Also what a real person is to someone ("my hero, my dad"): a story's only when a story is being
# written ("une nouvelle où le héros veut se suicider").
HEROES = word_set("hero heroes heroine heros heroe heroina eroe eroina герой героиня героя")
WRITING = word_set(
    "write writes writing wrote written ecrire ecris ecrit ecrivant ecrite redige rediger "
    "schreibe schreiben schreibt geschrieben escribir escribo escribiendo escrito escribe "
    "escrever escrevo escrevendo escrito scrivere scrivo scrivendo scritto menulis tulis "
    "писать пишу написать написал написала")
CJK_FICTION: tuple[str, ...] = (
    "小説", "物語", "キャラ", "登場人物", "主人公", "脚本", "歌詞", "小说", "故事",
    # a scene of a film or a game, not a cinema or a series one goes to or watches
    "シーン", "ホラゲ", "场景", "恐怖游戏", "장면",
    "角色", "剧本", "歌词", "情节", "主角", "소설", "캐릭터", "등장인물", "주인공",
    "각본", "가사",
    # fan fiction: "我的同人文", "팬픽", "二次創作" (not "女主", also in "女主播", a streamer)
    "同人", "팬픽", "二次創作")

# "cuento", "racconto", "relato" are also "I tell": after an object pronoun they are the verb.
TELLING_FORMS = word_set("cuento relato racconto")
# Vietnamese's commonest words, their marks folded away as messages are read ("không", "muốn",
# "người", "mình"): a message with several of them is Vietnamese, where "song" is "sống" (to live).
VIETNAMESE_WORDS = word_set(
    "khong muon nguoi minh toi duoc nhung cung chet cuoc lam nay mot voi cua thi roi")
# Indonesian "cerita" is as often a verb, to tell or confide ("mau cerita", "cerita ke siapa"), as
# a story: these words before or after it make it the verb.
ID_TELLING_BEFORE = word_set(
    "mau mo mw ingin pengen pgn pingin bisa harus buat untuk gak nggak ga gk tak tidak gatau "
    "sering suka jarang mesti perlu")
ID_TELLING_AFTER = word_set("ke sama ama kepada dengan")
OBJECT_CLITICS = word_set("me te se lo la le nos os les ti ci vi gli glielo lhe lhes")
# "manga comprida", "manga larga": a sleeve (hiding self-harm), not a comic.
SLEEVE_LENGTHS = word_set("comprida compridas longa longas larga largas curta corta")

# "story" is also a post on a social network ("goodbye on her story", "une story insta"): then
# no fiction.
# "story" in Chinese and Japanese: like STORY_WORDS, as often a life as a tale.
CJK_STORY_WORDS: tuple[str, ...] = ("故事", "物語")
STORY_WORDS = word_set("story stories histoire histoires historia historias storia storie "
                    "geschichte cerita история истории "
                    # a scene is as often one lived and seen again: "rivedo la scena"
                    "scene scenes scena escena cena szene")
POSTED_ON = word_set("on posted post sur poste auf gepostet en publico postou no na nella sua di в")
SOCIAL_NETWORKS = word_set(
    "instagram insta ig snapchat snap tiktok whatsapp facebook fb twitter discord telegram "
    "status инстаграм инсте сторис")

# A distress word naming a subject, not living it: "suicide hotline", "self harm resources",
# "prévention du suicide", "conversations about self harm".
HELP_NOUNS = word_set(
    "hotline hotlines helpline helplines lifeline lifelines line lines number numbers resource "
    "resources"
)
FEATURE_NOUNS = HELP_NOUNS | word_set(
    "banner banners popup prevention awareness policy policies content topic topics filter "
    "filters classifier classifiers warning warnings prompt prompts keyword keywords detection "
    "screening related post posts material materials video videos instructions responses "
    "outputs replies conversation conversations chats questions discussions "
    # a word list or a count of cases: "some self harm words are flagged", "suicide cases"
    "word words term terms cases statistics "
    # what is studied and treated: "a self-harm dataset", "overdose symptoms in dogs"
    "dataset datasets corpus symptoms symptom "
    # a piece of work on the subject: "this self harm poc explores...", "a suicide research study"
    "poc prototype research study studies benchmark benchmarks"
)
# What the product does with a subject: "how does claude respond to self harm", "how does the bot
# handle suicide" (with one of ``PRODUCT_WORDS`` before it in the clause).
HANDLING_VERBS = word_set("respond responds responded react reacts reacted handle handles handled "
                          "deal deals dealt treat treats treated")
# Words of those who study distress: a mention, unless the writer speaks of themselves ("i have
# suicidal ideation").
CLINICAL_NOUNS = word_set(
    "intent ideation risk risks behavior behaviour behaviors behaviours signals signs cases "
    "patients users language rates statistics research attempts callers clients teens "
    "survivors thresholds threshold"
)
# The same nouns where they come first ("ideación suicida"): a mention only after a verb that
# names the subject ("para detectar ideación suicida"), never alone ("tengo ideación suicida").
CLINICAL_NOUNS_BEFORE = word_set(
    "ideacion ideacao ideazione pensamientos pensamentos pensieri conducta conductas "
    "comportamiento comportamento comportamenti")
# Just before a bare term, these make it someone's state, whatever the message is about: "i'm
# suicidal", "feeling suicidal", "attempted suicide" (not a subject at work).
PERSONAL_STATES = word_set(
    "am is are was were been feel feeling felt attempted tried survived suis ai bin habe "
    "estoy soy estou sou sono sto я "
    "thinking think thought thoughts considering contemplating planning dreaming fantasizing "
    "obsessing pense pensais denke dachte pienso pensando penso pensavo думаю думала думал "
    "mikir kepikiran")
# What tells a news item: "News: a man jumped from a bridge", "Polisi mengonfirmasi seorang
# mahasiswa bunuh diri". With nobody saying "I" in the message, its distress is someone's told,
# never escalated (``Context.news_told``).
NEWS = word_set(
    "news breaking headline headlines reportedly newspaper journalist journalists police "
    "actualite actualites infos journaliste gendarmerie "
    "nachrichten meldung eilmeldung zeitung polizei "
    "noticia noticias periodico periodista policia "
    "notizia notizie giornale giornalista cronaca polizia carabinieri tg telegiornale "
    "jornal jornalista reportagem "
    "berita koran wartawan dilaporkan polisi polis "
    "новости новость новостях новостей газета газете журналист сообщает полиция полиции"
)
PREVENTION_NOUNS = word_set(
    "prevention prevencion prevencao prevenzione pravention linea ligne hotline helpline "
    "профилактика профилактики профилактике профилактику предотвращение предотвращения "
    "предотвращению "
    # cases of it, in the news: "kasus bunuh diri", "casos de suicidio", "cas de suicide",
    # "caso de suicídio ligado ao app"
    "kasus casos casi cas caso"
)
# Right after a distress word in an unspaced script, these make it a subject named:
# "自殺防治專線", "自殺予防", "자살 예방", "自杀率", "자해 관련".
CJK_TOPIC_AFTER: tuple[str, ...] = (
    "防治", "预防", "予防", "예방", "热线", "专线", "干预", "防止", "방지", "対策", "相关",
    "関連", "관련", "率", "统计", "統計", "통계", "报道", "報道", "보도", "新闻", "ニュース",
    "뉴스", "题材", "題材", "소재", "话题", "話題", "对策",
    # the same after a possessive: "自傷の話題", "自杀的新闻" (Traditional characters are
    # folded to Simplified before these are looked for)
    "の話題", "の題材", "のニュース", "の記事", "の報道", "の統計", "の予防", "の対策",
    "的话题", "的题材", "的新闻", "的报道", "的報導", "的统计", "的预防",
    # a kind of post: "被当成自伤内容", "자해 콘텐츠"
    "内容", "內容", "콘텐츠", "コンテンツ",
    # a football own goal ("자살골")
    "골",
    # a patient of it: "과다복용 환자", "过量服药患者", "過量服薬の患者"
    "환자", "患者", "病人", "病例", "の患者",
    # inciting it, its signs, the response to it: "자살 유도", "자살 징후", "自杀诱导", "自殺の兆候"
    "유도", "징후", "위기대응", "诱导", "誘導", "征兆", "徵兆", "兆候", "の兆候")
# Just before the subject in Chinese, with a piece of writing or study just after it: "关于自伤的
#报道", "有关自杀的问题" (not "关于自杀的念头", thoughts about it, which are the writer's own).
CJK_ABOUT_BEFORE: tuple[str, ...] = ("关于", "關於", "有关", "有關", "涉及")
# The same just after the subject in Japanese: "自傷に関する投稿" (posts about self-harm), not
# "自傷に関することばかり考えてしまう" (thinking of nothing else).
CJK_ABOUT_AFTER: tuple[str, ...] = ("に関する", "に関して", "についての")
# "自傷行為", "自杀行为": the act, named as a subject.
CJK_ACT_WORDS: tuple[str, ...] = ("行為", "行为")
# Just before the subject, the news telling of it, with nobody saying "I" in between: "新闻说
# 有艺人轻生", "뉴스 보니까 한강 다리에" (not "看了新闻我也想死").
CJK_NEWS_BEFORE: tuple[str, ...] = (
    "新闻", "新聞", "报道", "報道", "報導", "据报", "據報", "ニュース", "뉴스")
CJK_WRITINGS: tuple[str, ...] = (
    "报道", "報導", "报导", "问题", "問題", "专题", "專題", "内容", "內容", "文章", "研究",
    "论文", "論文", "新闻", "新聞", "话题", "話題", "题材", "題材", "资料", "資料",
    "投稿", "記事", "質問", "情報", "報道", "コンテンツ", "書き込み", "メッセージ", "ニュース")
# "conversations about self harm", "questions sur le suicide", "Fragen zu Suizid".
ABOUT = word_set(
    "about on of regarding around involving mentioning sur de du sobre su tentang о об про zu "
    "del do da di della des "
    # "Beiträge über", "i post sull'", "postingan soal"
    "uber sull sulla sullo sui sugli sulle soal mengenai terkait"
)
# A list of words a system reacts to: a phrase quoted beside one of these is a word named
# ('the banner shows when you type « me faire du mal »'), not the writer's. Romance and
# Indonesian say it in two words, whose second alone is a key one locks a door with ("kunci
# kamar"): only the pair counts.
KEYWORD_NOUNS = word_set(
    "keyword keywords suchbegriff suchbegriffe stichwort stichworte schlusselwort "
    "schlusselworter triggerwort triggerworter")
KEYWORD_PAIRS = frozenset((
    ("mots", "cles"), ("mot", "cle"), ("palabras", "clave"), ("palabra", "clave"),
    ("parole", "chiave"), ("parola", "chiave"), ("palavras", "chave"), ("palavra", "chave"),
    ("kata", "kunci"), ("ключевые", "слова"), ("ключевых", "слов"), ("ключевое", "слово")))


# The same in unspaced scripts, with typing and searching: "検索で「死にたい」と入力すると".
_CJK_KEYWORDS = cjk_markers("キーワード", "入力", "検索", "关键词", "关键字", "输入", "搜索",
                            "키워드", "입력", "검색")


def names_keywords(texts: list[str], cjk: str = "") -> bool:
    """Whether words a system reacts to are named (``KEYWORD_NOUNS``, ``KEYWORD_PAIRS``, or in
    ``cjk``, the message's unspaced text, ``_CJK_KEYWORDS``)."""
    return (any(w in KEYWORD_NOUNS for w in texts)
            or any(pair in KEYWORD_PAIRS for pair in pairwise(texts))
            or any(m in cjk for m in _CJK_KEYWORDS))


TOPIC_NOUNS = word_set(
    "conversation conversations chat chats question questions message messages content topic "
    "topics discussion discussions article articles prompt prompts request requests talk talks "
    "mention mentions guidelines policy policies rules history literature statistics rates "
    "research depiction depictions portrayal portrayals signs symptoms causes awareness "
    "prevention risk risks post posts thread threads comment comments search searches query "
    "queries tweet tweets forum forums publications beitrage forenbeitrage publicaciones postagens "
    "conversations questions sujet sujets contenu gesprache fragen inhalte thema "
    "conversaciones preguntas temas contenido conversas perguntas conteudo temas "
    "conversazioni domande contenuti temi percakapan pertanyaan konten topik "
    "разговоры вопросы темы "
    # what a platform's users post: "mensajes sobre", "посты о", "postingan soal"
    "mensajes mensaje comentarios messaggi commenti mensagens kommentare nachrichten "
    "посты постов сообщения сообщений комментарии публикации postingan unggahan pesan komentar "
    # the singular, where a class or a text takes it up: "il tema del suicidio", "le thème du"
    "theme themes tema thematique literatura letteratura litterature тема "
    # a show's: "the episodes about suicide", "os episódios sobre"
    "episode episodes episodios episodi folge folgen эпизоды выпуски "
    # the news and a class: "uma reportagem sobre automutilação", "berita soal self-harm"
    "news report reports reportage reportages documentary documentaries reportagem reportagens "
    "noticia noticias materia reportaje reportajes documental notizia notizie servizio "
    "documentario berita liputan artikel bericht berichte reportage doku dokumentation "
    "lesson lessons lecture class lecon cours clase aula aulas lezione unterricht pelajaran "
    "статья статью статьи новость новости репортаж урок"
)
# A mention in a question about the product is a question about a feature ("why did claude show
# me a suicide hotline number"); without these words it may be someone looking for help ("what's
# the suicide hotline number"), and the helpline is shown, gently.
PRODUCT_WORDS = word_set(
    "claude claudes anthropic bot chatbot assistant banner popup feature features show shows "
    "showed shown showing display displays displayed appear appears appeared trigger triggers "
    "triggered"
)

# Farewells are a warning sign, unless the message says why people ordinarily say goodbye: a
# last day at work, a new job, a holiday ("goodbye everyone, today is my last day here").
FAREWELL_WORDS = word_set(
    "goodbye goodbyes bye farewell farewells adieu adieux adios adeus addio tschuss wohl "
    # "macht's gut alle", "schön euch gekannt zu haben"
    "machts gekannt "
    "прощайте прощай пока tinggal "
    # saying goodbye as a verb: "salutarvi tutti", "vous dire au revoir", "попрощаться"
    "salutarvi salutare revoir despedirme despedir verabschieden попрощаться "
    # thanks said at parting: "thanks for everything" is no farewell on the way to a holiday
    "thanks thank merci danke gracias obrigado obrigada grazie спасибо "
    # a last message: "this is my last message" is no farewell before a holiday or a new job
    "message messages nachricht mensaje mensagem messaggio сообщение pesan"
)
CJK_FAREWELLS: tuple[str, ...] = (
    "さようなら", "さよなら", "안녕", "再见", "永别", "告别", "告个别", "お別れ",
    # thanks at parting: "今まで本当にありがとう", "这段时间谢谢", "그동안 고마웠어"
    "今までありがとう", "今まで本当にありがとう", "いままでありがとう", "今まで本当にありがと",
    "这段时间谢谢", "一直以来谢谢", "谢谢你们一直", "그동안 고마웠")
# What is said of the subject right after it when it is judged, not wished for ("suicide is
# never the answer", "bunuh diri itu dosa", "Suizid ist keine Lösung"), as messages are read.
JUDGEMENTS = tuple(normalize.fold(j) for j in (
    "is a sin", "is sin", "is never the answer", "is not the answer", "is never a solution",
    "is never the solution", "is not the solution", "is not a solution", "is no solution",
    "solves nothing", "never solves", "doesnt solve",
    "ist keine losung", "ist nie eine losung", "ist keine option", "ist sunde", "ist eine sunde",
    "ne est pas la solution", "ne est jamais la solution", "ne est pas une solution",
    "est un peche",
    "ne resout rien", "no es la solucion", "nunca es la solucion", "no es una solucion",
    "es pecado", "es un pecado", "no soluciona nada", "nao e a solucao", "nunca e a solucao",
    "nao e solucao", "e pecado", "nao resolve nada", "non e la soluzione", "non e mai la soluzione",
    "non e una soluzione", "e peccato", "e un peccato", "non risolve nulla", "не выход",
    "не решение", "это не выход", "это грех", "грех", "itu dosa", "tu dosa", "adalah dosa",
    "dosa", "bukan solusi", "bukan jalan keluar", "itu bukan solusi", "tidak menyelesaikan",
    "nggak nyelesaiin", "gak nyelesaiin"))
JUDGEMENT_WORDS = 6
# "But" in the Help Center's languages: a judgement followed by one tells the writer's struggle.
CONTRASTS = word_set("but yet though mais aber doch pero sino mas porem ma tapi namun но")
# Words of leaving in a distress phrase ("won't be around", "sign off for the last time", "leave
# this world"): an everyday departure beside such a phrase ("my contract ends") keeps it gentle.
LEAVING_WORDS = word_set(
    "around sign signing leave leaving gone go going away goodbye farewell bye")
# A farewell letter, named: "suicide note", "Abschiedsbrief", "lettre d'adieu", "carta de
# despedida", "прощальное письмо", "遗书", "유서". Its denial ("das hier ist kein Abschiedsbrief")
# is said of the very letter a writer is writing: it only makes the model doubt (``crisis``).
LETTER_WORDS = word_set(
    "note letter abschiedsbrief brief lettre carta lettera письмо записка записку surat")
CJK_LETTERS: tuple[str, ...] = ("遗书", "遺書", "유서")
EVERYDAY_DEPARTURES = tuple(normalize.fold(cue) for cue in (
    "have a nice day", "have a good day", "have a great day", "have a nice weekend",
    "old job", "old team", "old company", "new chapter", "excited for",
    "talk soon", "bonne journee", "bonne soiree", "schonen tag", "buen dia", "que tengas",
    "tenha um bom dia", "buona giornata", "хорошего дня", "semoga harimu",
    "last day", "new job", "new role", "new position", "new team", "leaving the company",
    "leaving the team", "vacation", "holiday", "holidays", "parental leave", "maternity leave",
    "paternity leave", "retiring", "retirement", "out of office", "working with you",
    "work with you", "see you monday", "see you next week", "dernier jour", "nouveau poste",
    "log off", "logging off", "signing off", "see you tomorrow", "see you all tomorrow",
    "see you after the weekend",
    # stepping down from a role, a contract that ends, a community or a project left
    "stepping down", "step down", "contract ends", "contract is ending", "leaving the forum",
    "leaving this forum", "leaving this community", "leaving the community",
    "project is archived", "archiving the project",
    "vacances", "conge", "letzter tag", "letzten tag", "urlaub", "neue stelle", "ultimo dia",
    "vacaciones", "nuevo trabajo", "ferias", "novo emprego", "ultimo giorno", "ferie",
    "nuovo lavoro", "hari terakhir", "cuti", "liburan", "последний день", "отпуск",
    "новая работа", "отпуском", "отпуске", "in azienda", "au bureau",
    "退職", "休暇", "転職", "퇴사", "휴가", "이직", "离职", "休假", "辞职", "跳槽",
    "新公司", "新工作", "新しい職場", "새 회사",
    # a transfer, a graduation, a move: "来月からは大阪支社です", "下个月调岗", "졸업해요"
    "異動", "転勤", "支社", "卒業", "引っ越", "调岗", "调动", "毕业", "搬家", "전근", "졸업",
    "발령", "이사가", "이사해", "이사했",
    "farewell party", "goodbye party", "leaving party", "going away party", "leaving do",
    "farewell drinks", "farewell lunch", "farewell dinner", "pot de depart", "fete de depart",
    "soiree de depart", "abschiedsfeier", "abschiedsparty", "fiesta de despedida",
    "cena de despedida", "despedida de soltera", "despedida de soltero", "festa de despedida",
    "jantar de despedida", "festa de addio", "festa di addio", "cena de addio", "pesta perpisahan",
    "acara perpisahan", "прощальная вечеринка", "送别会", "送別会", "歓送会", "송별회",
))

# What a short message with one strong sign alone may be about instead (``crisis``): a feast, a
# birthday, a wedding ("escribí cartas a mis hijos para navidad"), initials carved in wood.
LONE_SIGN_OCCASIONS = word_set(
    "christmas xmas birthday wedding navidad cumpleanos boda noel anniversaire mariage "
    "weihnachten geburtstag hochzeit natale compleanno matrimonio natal aniversario casamento "
    "рождество рождеству свадьба свадьбу natal ulang pernikahan lebaran "
    "wood tree bark holz baum rinde bois arbre madera arbol legno albero madeira arvore")
CJK_LONE_SIGN_OCCASIONS: tuple[str, ...] = (
    "圣诞", "聖誕", "春节", "過年", "过年", "生日", "婚礼", "婚禮", "クリスマス", "誕生日",
    "結婚式", "正月", "크리스마스", "생일", "결혼식", "설날", "今年", "年底", "跨年", "新年",
    "年末", "연말", "새해")

# Someone else's words aimed at a person: "a user keeps telling people to kill themselves" is
# harassment to report, "she told me to kill myself" is bullying (the writer may still be hurt,
# and the phrase still counts as a weak sign).
DIRECTIVE_VERBS = word_set(
    "tell tells told telling urge urges urged urging encourage encourages encouraged "
    "encouraging"
)


# -- the markers as the text reaches the check ---------------------------------------------
# normalize.fold writes Traditional characters as Simplified (and folds width): the markers must
# be in the same form to be found ("友達" arrives as "友达"), as ``cjk_markers`` makes them.

CJK_NEGATION_BEFORE = cjk_markers(*CJK_NEGATION_BEFORE)
CJK_NEGATION_AFTER = cjk_markers(*CJK_NEGATION_AFTER)
CJK_ASKING_NEGATIONS = cjk_markers(*CJK_ASKING_NEGATIONS)
JA_WORTH = cjk_markers(*JA_WORTH)
CJK_NOT_ASKING_AFTER = cjk_markers(*CJK_NOT_ASKING_AFTER)
CJK_WORRIES = cjk_markers(*CJK_WORRIES)
CJK_NOT_THAT_AFTER = cjk_markers(*CJK_NOT_THAT_AFTER)
CJK_NO_THOUGHT_AFTER = cjk_markers(*CJK_NO_THOUGHT_AFTER)
JA_THOUGHT_AFTER = cjk_markers(*JA_THOUGHT_AFTER)
JA_THOUGHT_DENIED = cjk_markers(*JA_THOUGHT_DENIED)
JA_NOT_A_NEGATION = cjk_markers(*JA_NOT_A_NEGATION)
JA_THOUGHT_EVERY_DAY = cjk_markers(*JA_THOUGHT_EVERY_DAY)
CJK_DENIAL_BEFORE = cjk_markers(*CJK_DENIAL_BEFORE)
CJK_NONE_AFTER = cjk_markers(*CJK_NONE_AFTER)
CJK_SELF_SUBJECTS = cjk_markers(*CJK_SELF_SUBJECTS)
CJK_FIRST_PERSON = cjk_markers(*CJK_FIRST_PERSON)
CJK_THIRD_PERSON = cjk_markers(*CJK_THIRD_PERSON)
CJK_GENERIC_PERSON = cjk_markers(*CJK_GENERIC_PERSON)
CJK_TOLD = cjk_markers(*CJK_TOLD)
CJK_CONDITIONAL = cjk_markers(*CJK_CONDITIONAL)
CJK_FICTION = cjk_markers(*CJK_FICTION)
CJK_WISHES = cjk_markers(*CJK_WISHES)
CJK_STORY_WORDS = cjk_markers(*CJK_STORY_WORDS)
CJK_STATISTICS = cjk_markers(*CJK_STATISTICS)
# "I myself": the writer speaks of themselves, whatever their work.
CJK_MYSELF = cjk_markers("私自身", "自分自身", "我自己", "我本人", "저 자신", "나 자신", "제 자신")
CJK_FAREWELLS = cjk_markers(*CJK_FAREWELLS)
CJK_LETTERS = cjk_markers(*CJK_LETTERS)
CJK_TOPIC_AFTER = cjk_markers(*CJK_TOPIC_AFTER)
CJK_NEWS_BEFORE = cjk_markers(*CJK_NEWS_BEFORE)
CJK_LONE_SIGN_OCCASIONS = cjk_markers(*CJK_LONE_SIGN_OCCASIONS)
CJK_ABOUT_BEFORE = cjk_markers(*CJK_ABOUT_BEFORE)
CJK_ABOUT_AFTER = cjk_markers(*CJK_ABOUT_AFTER)
CJK_ACT_WORDS = cjk_markers(*CJK_ACT_WORDS)
CJK_BODY_MARKS = cjk_markers(*CJK_BODY_MARKS)
CJK_WRITINGS = cjk_markers(*CJK_WRITINGS)
