"""How the whole message frames a distress phrase found in it, beyond whose it is:
- a joke or a game: "this boss makes me want to die lol", "ugh i want to die, this game 😂";
- the writer's work: "i'm a therapist...", "for an epidemiology paper...": distress words there
  name a subject ("handouts about self-harm");
- an everyday mishap: "cut myself shaving", "me corto el pelo";
- a compound that names something else: "suicide squeeze", "misión suicida".

Closed classes of context words in the eleven catalog languages, stored folded
(``normalize.fold``) as the check reads them; distress vocabulary stays in the catalog. How these
readings weigh is ``bot.engine.crisis``'s (a framed phrase counts as one weak sign at most).
"""

from __future__ import annotations

import re

from bot.engine import crisis_text, normalize
from bot.engine import crisis_words as cw
from bot.engine.crisis_text import Word, cjk_markers
from bot.engine.crisis_work import professional
from bot.engine.normalize import word_set


def _cues(*cues: str) -> tuple[str, ...]:
    return tuple(" " + " ".join(crisis_text.texts(c)) + " " for c in cues)


# -- a joke or a game ---------------------------------------------------------------------------

# Laughter as people type it ("lol", "hahaha", "jajaja", "kkkk", "wkwk", "xd", "хаха"); laughing
# faces arrive as "lol" (``crisis_text``).
_LAUGH = re.compile(
    r"^(?:l+o+l+z?|lo+l+|lmf?a+o+|rofl\w*|a?(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}|(?:ja){2,}j?"
    r"|(?:je){2,}|k{3,}|(?:wk){2,}\w*|a?(?:ah){2,}a?|x+d+|w{3,}|mdr|ptdr|jsjs\w*"
    r"|(?:ха){2,}|а?(?:ах){2,}а?|лол|ржу)$")
_CJK_LAUGH = cjk_markers("哈哈", "ㅋㅋ", "ㅎㅎ", "笑笑", "(笑)")
# Japanese ends a joking sentence with a bare 笑 ("恥ずかしすぎて死にたい笑").
_CJK_LAUGH_END = "笑"
# Laughter alone is no joke: people soften real distress with it ("i keep thinking about
# unaliving myself lol"). A joke laughs about something small: a game, homework, a deadline.
TRIFLES = word_set(
    "game games gaming gamer boss bosses raid ranked respawn speedrun playthrough npc dungeon "
    "campaign dnd ttrpg tabletop "
    # a match lost, a fantasy league: "ho perso al fantacalcio per mezzo punto, voglio morire"
    "match soccer football calcio fantacalcio fantaliga futbol futebol fussball partita "
    "jeu jeux spiel spiele juego juegos jogo jogos gioco giochi игра игре игры игру игрой "
    "homework exam exams deadline deadlines thesis assignment assignments meeting meetings "
    "traffic bug bugs ticket tickets prompt prompts memoire devoirs examen partiel partiels "
    "reunion hausaufgaben prufung klausur "
    "abgabe tarea tareas examenes entrega prova provas tcc compiti esame esami consegna "
    "riunione экзамен экзамены дедлайн домашка сессия skripsi tugas ujian kerjaan rapat "
    # dying of embarrassment, boredom, hunger, laughter: "me muero de vergüenza jajaja"
    "embarrassment embarrassed embarrassing cringe boredom bored hunger hungry laughing "
    "verguenza vergonha honte scham vergogna стыда стыдно malu ngakak ketawa langeweile "
    "aburrimiento tedio noia hambre fome faim hunger fame голода lapar rire risa rir risate "
    # work as a trifle: "je vais me tuer à la tâche avec ce projet mdr"
    "project presentation tache boulot projet presentation proyecto presentacion projeto "
    "apresentacao progetto presentazione проект презентация сборка билд баг код деплой "
    "presentasi "
    # the tools of the trade: "ich bring mich um, wenn mein Markdown noch einmal kaputtgeht 😂"
    "markdown formatting css regex excel spreadsheet spreadsheets compiler merge typescript "
    "javascript webpack yaml "
    # a slip of the tongue or the keyboard: "i want to disappear, i said mom to my teacher lol"
    "typo typos autocorrect misspoke awkward mortified mortifying cringey cringing "
    # the keys forgotten again: "im such a burden lol forgot my keys", "sono un peso ahah"
    "keys chiavi llaves chaves schlussel schluessel cles ключи kunci")
# An embarrassing scene ("in front of the whole class", "instead of", "replied all"), which a
# laugh then turns into the everyday "i want to die / disappear" of embarrassment.
_EMBARRASSING = _cues(
    "in front of", "instead of", "reply all", "replied all", "wrong chat", "wrong group",
    "wrong person", "devant tout le monde", "au lieu de", "vor allen", "vor der ganzen",
    "anstatt", "delante de todos", "en vez de", "en lugar de", "na frente de todos",
    "em vez de", "davanti a tutti", "invece di", "при всех", "вместо", "di depan semua",
    "bukannya")
_CJK_EMBARRASSING = cjk_markers("人前で", "みんなの前で", "皆の前で", "앞에서", "当着", "面前",
                                "社死")
_CJK_TRIFLES = cjk_markers(*(
    "ゲーム", "게임", "游戏", "롤", "締め切り", "宿題", "試験", "課題", "会議", "과제", "시험",
    "숙제", "마감", "회의", "버그", "バグ", "作业", "考试", "论文", "加班", "开会", "需求",
    "恥ずかし", "退屈", "お腹",
    "부끄러", "배고파", "심심", "尴尬", "丢脸", "无聊", "饿",
    "钥匙", "鍵を", "열쇠"))
# How short (in words read, two characters each) a message naming a trifle must be for the
# trifle to be what it is about: "我想死了 这作业也太多了吧 明天还要考高数".
_CJK_TRIFLE_MESSAGE = 24
# "Really" said with the wish: "考试又没考好 我真的想死" is meant, whatever the exam.
_CJK_REALLY = cjk_markers("真的想", "真的好想", "真的很想", "本当に死", "本気で死", "진짜 죽고",
                          "정말 죽고", "진심으로 죽고")
# Said to be meant: a joke marker then no longer makes it one ("kms fr this time, not a joke").
_EARNEST_WORDS = word_set(
    "seriously genuinely actually honestly fr serieusement ernsthaft ernst serius beneran serio "
    "serieux "
    "серьезно всерьез")
_EARNEST = _cues(
    "not a joke", "no joke", "not joking", "not kidding", "kidding aside", "joking aside",
    "jokes aside", "jk unless", "im serious", "for real", "no es broma", "en serio",
    "de verdad", "pas une blague", "sans blague", "je suis serieux", "kein witz", "im ernst",
    "nao e brincadeira", "de verdade", "falando serio", "non scherzo", "sul serio",
    "bukan bercanda", "gak bercanda", "nggak bercanda", "не шучу", "это не шутка")
_CJK_EARNEST = cjk_markers("不是开玩笑", "没开玩笑", "冗談じゃない", "冗談じゃなく", "冗談抜き",
                       "本気で", "농담 아니", "농담이 아니", "진심으로")


# The writer saying the words are not meant as they sound: "i want to die (not literally)".
_NOT_LITERAL = _cues(
    "not literally", "figuratively", "pas litteralement", "nicht wortlich", "no literalmente",
    "nao literalmente", "non letteralmente", "не буквально", "bukan secara harfiah",
    "bukan beneran")
_CJK_NOT_LITERAL = cjk_markers("比喩", "말 그대로는 아니", "不是真的想")
# The writer taking it back, in the same sentence or opening the next ("i want to die. jk."),
# in a message that laughs or names a trifle (a game, homework: people also say "jk" to hide
# what they mean), unless something says it is meant after all (``_EARNEST``: "not kidding").
_TAKEN_BACK = _cues(
    "jk", "jkjk", "just kidding", "only kidding", "kidding", "just joking", "im joking",
    "je rigole", "je plaisante", "cest une blague", "nur spass", "war ein witz", "nur ein witz",
    "es broma", "solo bromeaba", "estoy bromeando", "brincadeira", "to brincando",
    "sto scherzando", "scherzo", "шучу", "bercanda", "becanda")
_CJK_TAKEN_BACK = cjk_markers("농담이고", "농담이야", "농담임", "농담ㅋ", "冗談", "开玩笑的",
                              "说笑的")
# How many words of the next sentence may take back the one before: "jk", "just kidding lol".
_TAKEN_BACK_OPENING = 4
# A death inside a game is the game's: "how do i kill myself in minecraft to respawn".
GAME_WORLDS = word_set(
    "minecraft roblox fortnite sims gta skyrim terraria valorant overwatch zelda pokemon "
    "spawn respawn hardcore checkpoint "
    # titles and words no everyday sentence uses ("my boss", "reset", "level" are not here)
    "elden souls sekiro bloodborne genshin dota apex warzone pubg mario hollow celeste "
    "hades cyberpunk fallout diablo witcher halo starcraft rimworld factorio roguelike "
    "speedrun speedrunning ingame savegame bonfire npc npcs "
    # a game's balance and its tabletop sessions ("needs a nerf"); not "mod", a moderator too
    "modded nerf nerfed nerfs nerfear nerfearla nerfare buff buffed paladin dnd bitlife")


# Disappearing for a while, or from somewhere online, is a break, not an end: "i want to
# disappear for a while from social media", "desaparecer un rato de las redes".
_DISAPPEAR = word_set(
    "disappear vanish disparaitre desaparecer verschwinden sparire scomparire sumir "
    "menghilang hilang исчезнуть пропасть")
_FOR_A_WHILE = cw.SOCIAL_NETWORKS | word_set(
    "while bit moment rato momento weile tempo bisschen sebentar week weekend weeks days "
    "semaine semaines semana semanas woche wochen settimana settimane minggu "
    "month months mois mes meses monat monate mese mesi bulan месяц "
    # somewhere to go: "disappear into a cabin in the woods for a month"
    "cabin beach island vacation holiday holidays vacances gite urlaub vacaciones ferie ferias "
    "liburan отпуск "
    "internet online offline socials redes reseaux social netz rete sosmed интернета соцсетей")
_FOR_A_WHILE_REACH = 7


# How many words before a framing word a negation takes it back ("not by accident", "not for a
# story").
_DENIAL_REACH = 3


def denied(words: list[Word], i: int) -> bool:
    """A negation among the few words before ``words[i]``: the frame it names is denied."""
    return any(w.text in cw.NEGATIONS for w in words[max(0, i - _DENIAL_REACH):i])


def laughing(word: str) -> bool:
    return bool(_LAUGH.match(word))


def _laughs_in(latin: list[str], cjk: str) -> bool:
    return any(map(laughing, latin)) or any(m in cjk for m in _CJK_LAUGH)


def _names_trifle(latin: list[str], cjk: str) -> bool:
    return any(w in TRIFLES for w in latin) or any(t in cjk for t in _CJK_TRIFLES)


# Something said to be killing the writer: "esse bug tá me matando", "me está matando"; or
# going to ("ce deadline va me tuer", "esse prazo vai me matar", "das wird mich umbringen"),
# where the writer's own act takes the first person ("je vais me tuer", "vou me matar").
_THIRD_AUX = word_set("esta ta sta estava tava stava estaba bringt va vont vai vao van wird")
# The writer as its object: "me" in Spanish and Portuguese, "mi" in Italian ("questo boss mi sta
# uccidendo"), "mich" in German ("dieser Bug bringt mich noch um").
_OBJECT_ME = word_set("me mi mich")
# Objects of the technical senses: "end all sessions", "kill the process", "cut the tasks".
TECH_OBJECTS = word_set(
    "process processes session sessions tab tabs task tasks job jobs thread threads container "
    "containers server servers instance instances connection connections subscription "
    "subscriptions workflow workflows pod pods build builds query queries request requests "
    "processus prozess prozesse proceso procesos processo processi процесс процессы sesion "
    "sessao sitzung сессию сессии servidor servidores serveur serveurs "
    # what a model's reply is cut short: "claude me corta la respuesta"
    "answer answers response responses respuesta respuestas resposta respostas risposta "
    "risposte reponse reponses antwort antworten ответ ответы jawaban conexion conexao "
    "connessione verbindung соединение koneksi "
    # credentials a program runs on: "won't be needing the old api key"
    "api apikey key keys token tokens credential credentials")
# What one cannot stand any more, after a phrase that says so ("j'en peux plus de ce bug", "não
# aguento mais esse bug", "no aguanto más este calor"): a bug or an everyday nuisance. Not after
# any other phrase: "i want to die this bug has ruined three weeks of work" is not about a bug.
NUISANCES = word_set(
    "bug bugs bogue "
    # the service itself: "ya no puedo más con este soporte", "больше не могу с этой поддержкой"
    "support soporte suporte supporto kundendienst kundenservice atendimento поддержкой "
    "поддержка app apps appli aplicacion aplicativo applicazione chatbot bot billing "
    "facturation factura cobranca fatturazione abrechnung "
    "heat noise traffic rain cold humidity chaleur bruit pluie froid hitze larm regen kalte "
    "calor ruido frio lluvia barulho chuva caldo rumore freddo pioggia жара шум холод дождь "
    "panas hujan macet berisik")
_STANDING = word_set(
    "stand take handle do peux aguanto aguento puedo kann ertrage halte faccio sopporto reggo "
    "терплю выношу могу tahan kuat sanggup")

# What one is done with, after a phrase of ending ("je veux en finir avec ce projet", "farla
# finita con questo abbonamento", "pengen udahan aja sama langganan ini"): a thing, not a life.
ENDED_THINGS = word_set(
    "project projects projet proyecto projeto progetto projekt проектом subscription abonnement "
    "suscripcion assinatura abbonamento abo подпиской langganan account compte "
    "cuenta conta konto akun app appli aplikasi plan contrato contrat vertrag contratto")
_GOING_ON = word_set("continuar seguir continuare proseguire")
_GERUNDS = ("ando", "endo", "indo")
# ...but going on living is the life itself: "no le veo sentido a seguir viviendo".
_LIVING = word_set("viviendo vivendo existiendo existindo esistendo respirando luchando lutando "
                   "lottando aguantando aguentando")
_ENDING = word_set("finir finita acabar terminar acabo termino udahan end ending schluss")
# Everything stopping *doing* something is a thing's fault, not a life's end: "i just want
# everything to stop crashing", "que tout s'arrête de planter", "que tudo pare de travar"...
_STOPPING = word_set("stop arrete arreter pare parar detenga detener smetta smettere aufhort")
_STOPPING_WHAT = word_set("de d di zu")
_ANY_THING = word_set("everything something nothing anything")
# ...except hurting and feeling, which are the writer's own: "i want it all to stop hurting".
_OWN_ACTIVITIES = word_set(
    "hurting hurt doler doer mal weh male sentir sentire fuhlen feeling thinking pensar penser "
    "pensare denken")
# Words between a phrase and its object that say nothing of what it is ("the old api key").
# Determiners, and the prepositions that bring in what one cannot stand ("ya no puedo más con
# este build", "j'en peux plus de ce bug"), all skipped on the way to the object.
_DETERMINERS = word_set(
    "the a an this that these those our their old new current with whole entire all every "
    "ce cet cette ces le la les de du des avec mit diesem dieser diesen dem den "
    "con este esta estos estas ese esa el los las com esse essa o os do da "
    "questo questa il lo di del della "
    "isso isto esto eso "
    # whose it is: "with your billing team", "с этой поддержкой", "sama cs ini"
    "your votre vos vuestro vuestra seu sua vostro vostra euer eure eurem eurer ваш вашей "
    "вашим этой этим этот эта с dengan sama")
_TECH_REACH = 5

# Words of a software thread (an issue tracker, a support forum): a message with two of them and
# no sign of distress the rules could read is a report about software, where the model's feel
# for short, flat complaints ("likewise, now suddenly it happens to me") misleads it.
SOFTWARE_WORDS = word_set(
    "error errors bug bugs repo repository api endpoint endpoints token tokens prompt prompts "
    "cli pr prs commit commits deploy deployment install installed installing update updated "
    "version versions crash crashes crashed dos ddos timeout timeouts log logs login logout "
    "plugin plugins extension extensions sdk ide vscode terminal config workaround changelog "
    "fehler erreur errores erro errore ошибка ошибки")
# "No hope" of something is a wish unmet, not despair: "no tengo ninguna esperanza de que me
# respondan", "нет надежды на поддержку", "没有希望拿到退款".
HOPE_NOUNS = word_set("hope espoir hoffnung esperanza esperanca speranza надежды надежду harapan")
HOPE_OBJECTS = word_set("that of de di da que dass auf на что bahwa untuk buat")
# ...or in the clause a comma opens: "keine Hoffnung mehr, dass", "нет надежды, что".
_HOPE_CLAUSES = word_set("that dass que что bahwa")
_CJK_HOPE = normalize.fold("希望")
_CJK_HOPE_ENDS = tuple(normalize.fold("了的。吧啊"))

# -- an everyday mishap ---------------------------------------------------------------------------

ACCIDENT = word_set(
    "accidentally accident accidental shaving cooking chopping slicing papercut "
    "accidente cocinando afeitandome acidente cozinhando cuisinant rasant versehentlich "
    "versehen kochen rasieren incidente cucinando radendomi sbaglio случайно нечаянно "
    # preparing food: "debone a chicken without cutting myself", "couper les oignons"
    "debone deboning chicken onion onions vegetables veggies fillet filleting peeling dicing "
    "mandoline poulet oignon oignons legumes hahnchen zwiebel zwiebeln gemuse pollo cebolla "
    "cebollas verduras frango cebola cipolla cipolle verdure курицу лук овощи ayam bawang "
    "sayur sayuran "
    # a burn from the kitchen or the bathroom: "burned my arm on the oven tray". Not words that
    # are everyday English too, as this list is read in every language: French "four" (oven) made
    # "four more days and i will kill myself" a mishap; nor "iron", "herd", "fer", "plaque".
    "oven stove stovetop kettle straightener backofen bugeleisen poele horno estufa plancha "
    "sarten fogao panela forno fornello padella духовка плита утюг сковорода kompor setrika "
    "wajan")
# Done on purpose, it is no mishap: "i keep burning my arm with the iron on purpose".
ON_PURPOSE = word_set("purpose purposely deliberately intentionally expres expresso absichtlich "
                      "proposito apposta volutamente нарочно специально sengaja")
# A dose asked for an everyday ailment ("wie viele Tabletten Ibuprofen gegen Kopfschmerzen") is
# no plan: a sign in its clause does not count. Only signs: "i have a migraine every day and i
# want to die" is distress said in earnest (chronic pain is a risk, not an excuse).
AILMENTS = word_set(
    "headache headaches migraine migraines toothache fever flu cramps hangover kopfschmerzen "
    "migrane zahnschmerzen fieber erkaltung fievre grippe migrana fiebre gripe resfriado "
    "resaca febre ressaca febbre influenza emicrania raffreddore мигрень температура простуда "
    "похмелье demam pusing migrain")
# A pet that ate or swallowed something in the sign's clause ("my dog ate an ibuprofen pill, is
# it dangerous?", "mon chien a avalé un cachet"): a question for the vet, no plan. Only signs, as
# for ailments; a pet given away ("took my cat to my sister's") is a warning sign, so the eating
# must be said. (Not French "chat": it is also the chat the writer tells.)
PETS = word_set(
    "dog dogs puppy puppies cat cats kitten kittens pet pets hamster rabbit parrot beagle "
    "chien chienne chiot chaton hund hunde welpe katze kater perro perrita perrito gato "
    "gatito cachorro cane cagnolino gatto gattino cucciolo собака собаку пес щенок кошка кот "
    "котенок anjing kucing")
_CJK_PETS = cjk_markers("犬", "猫", "狗", "宠物", "ペット", "강아지", "고양이", "반려견", "반려묘")
EATEN = word_set(
    "ate eaten eat eats swallowed swallow chewed licked snatched gobbled mange mangé avale avalé "
    "gefressen verschluckt gefuttert comio comió trago tragó comeu engoliu mangiato ingoiato "
    "съел съела проглотил проглотила makan menelan nelen")
_CJK_EATEN = cjk_markers("吃了", "吃掉", "误食", "誤食", "食べ", "飲み込", "먹었", "삼켰", "먹어")
# "I could kill myself for forgetting it": annoyance at oneself (``Framing.self_reproach``).
_COULD = word_set("could")
_A_DEED = word_set("that this it")
# ...but being what one is, or living, is no deed: "for being such a failure" is self-hatred.
_NOT_A_DEED = word_set("being living existing breathing")
# Indonesian bodily states before "mau mati" ("panas banget mau mati", "laper mau mati"): heat,
# hunger, sleepiness, thirst, cold; never tiredness ("capek"), which is as often the despair.
_ID_STATES = word_set("panas gerah laper lapar ngantuk haus dingin kenyang")
_ID_STATES_NOT_ALONE = word_set("capek cape lelah hidup")
_ID_DIE = "mati"
# Dying of a passing feeling: "want to die of embarrassment", "mourir de honte", "morir de risa".
_DIED_OF = word_set("of from de d di vor von от karena dari por a")
_PASSING_CAUSES = word_set(
    "embarrassment shame cringe boredom laughter laughing hunger curiosity envy jealousy "
    "honte rire faim ennui curiosite jalousie scham lachen langeweile neugier verguenza risa "
    "hambre aburrimiento curiosidad envidia vergonha rir fome tedio curiosidade inveja "
    "vergogna ridere fame noia curiosita invidia стыда смеха голода скуки любопытства "
    "malu lapar bosan penasaran "
    # killing oneself with work or study: "vou me matar de estudar", "matarme a trabajar"
    "estudar trabalhar estudiar trabajar studiare lavorare travailler bosser")
# French "crever" with an object is to burst or to put out something: "crever l'abcès" (to
# clear the air), "crever un pneu", "crever les yeux" (be obvious); alone, it is to die.
_BURST = word_set("crever")
_OBJECT_ARTICLES = word_set("le la les un une des mon ma mes ton ta tes son sa ses")
# ...but not a time: "crever la nuit prochaine", "crever un jour".
_TIMES = word_set("soir soiree nuit matin matinee jour journee semaine weekend mois annee fois")
# Not waking up *too early*, *before noon*, or not waking *the baby*: an hour or someone else,
# not never waking ("je préfère ne pas me réveiller trop tôt", "mejor no despertar al bebé").
_WAKING = ("wake", "waking", "reveill", "svegli", "despert", "acord", "aufwach", "проснут",
           "просыпа", "bangun")
_AN_HOUR = word_set(
    "early tot presto temprano cedo fruh рано before avant prima antes vor до noon midi "
    "mezzogiorno mediodia meiodia mittag alarm reveil sveglia despertador")
_SOMEONE_WOKEN = word_set("al a o os le la les il lo")
# CJK 死 after an adjective or a verb is an intensifier: 累死了, 笑死, 饿死, 热死, 忙死, 气死.
_CJK_INTENSIFIED = tuple(normalize.fold(
    "累笑饿餓热熱忙气氣困冷烦煩吓嚇痛疼渴撑撐闷悶急丑醜懒懶穷窮臭美帅帥爽难難"))
_CJK_DEATH = normalize.fold("死")
# ...and so is a wish to die as the complement of such a word, after 得: "热得想死" (so hot i
# could die), "烦得要死", "这个bug搞得我想死". Never after 觉得 (feel) or 活得 (live): "我觉得想死"
# says the wish itself.
_CJK_WISHED_DEATH = tuple(normalize.fold(w) for w in ("想死", "要死"))
_CJK_COMPLEMENT = normalize.fold("得")
_CJK_COMPLEMENT_HEADS = _CJK_INTENSIFIED + tuple(normalize.fold("搞吵闹鬧"))
_CJK_BETWEEN = tuple(normalize.fold("我都人"))  # "热得我都想死了"
# Japanese says the same of a passing feeling with "as much as" after the wish, or "so ... that"
# before it: "死にたいくらい恥ずかしい", "恥ずかしすぎて死にたい" (so embarrassing I could die).
# Only the feelings that pass: "死にたいくらい辛い" (so painful) is the wish itself.
_JA_AS_MUCH_AS = cjk_markers("くらい", "ぐらい", "ほど")
_JA_PASSING_FEELINGS = cjk_markers("恥ずかし", "はずかし", "退屈", "眠い", "お腹")
_JA_SO_THAT = cjk_markers("くて", "すぎて", "さで")
# Everyday causes of a scratch, a bruise, a scar or a burn: a skin complaint, a bite, a pet, an
# operation, a fall, a sport, a tattoo. Read only beside phrases of marks on the body
# (``Phrase.body``): "i want to die because of my eczema" stays a wish to die.
MARK_CAUSES = word_set(
    "eczema dermatitis psoriasis rash itch itchy itching allergy allergic hives mosquito "
    "mosquitoes bites bite sunburn acne pimple pimples surgery operation tattoo piercing cat "
    "cats dog kitten puppy bike fall fell door doors football soccer rugby boxing gym "
    "dermatite demangeaison demangeaisons allergie urticaire moustique moustiques piqures "
    "piqure bouton boutons chirurgie tatouage chien chaton velo chute boxe "
    "neurodermitis ekzem juckreiz mucken muckenstiche stiche sonnenbrand akne pickel op "
    "kaiserschnitt tattoos katze hund fahrrad sturz fussball boxen "
    "eccema picazon comezon alergia mosquitos picaduras granos operacion cirugia cesarea "
    "tatuaje gato perro bici bicicleta caida caigo futbol boxeo "
    "prurito allergia zanzara zanzare punture brufoli operazione intervento cesareo tatuaggio "
    "gatto cane calcio "
    "coceira picadas espinhas cirurgia operacao tatuagem cachorro queda futebol "
    "экзема дерматит зуд аллергия комары комаров комар укусы акне прыщи операция операции "
    "тату кот кошка собака велосипед ожог ожога ожогов ожоги "
    "gatal biduran eksim alergi nyamuk gigitan jerawat operasi tato kucing anjing sepeda "
    "jatuh")
_CJK_MARK_CAUSES = cjk_markers(
    "アトピー", "湿疹", "かゆ", "痒", "蚊", "虫刺され", "ニキビ", "手術", "猫", "犬", "過敏",
    "皮肤干", "痘", "手术", "狗", "아토피", "모기", "가려", "여드름", "수술", "고양이", "강아지",
    "습진")
_TOLD = word_set("say said tell told telling saying dis dit disais digo dije dico detto sage "
                 "sagte говорю сказала сказал bilang bilangnya")
_CJK_TOLD = cjk_markers("说是", "說是", "说", "說", "って", "と言", "라고", "다고")
# What is cut every day: "me corto el pelo", "cut my bangs", "je me coupe les ongles".
EVERYDAY_OBJECTS = word_set(
    "hair nails bangs fringe beard finger fingers thumb pelo cabello unas flequillo barba dedo "
    "cabelo unhas franja cheveux ongles frange barbe doigt capelli unghie frangia dito haare "
    "nagel pony bart волосы ногти челку бороду палец rambut kuku poni jenggot jari")

# -- a word of another language --------------------------------------------------------------

# Signs are read in every family a script allows, so the English weak sign "die" is also the
# German article: in a German message ("wie hoch ist die höchste Brücke") it is no sign.
_GERMAN_CUES = word_set("und ist ich nicht der den dem wie mit auf fur ein eine sich mein meine "
                        "wir bin hab habe")
GERMAN_ARTICLES = word_set("die der das den")
_GERMAN_NEEDED = 2
# Likewise French "il" (he) is the Italian article (``crisis_words.ITALIAN_NOT_PEOPLE``).
_ITALIAN_CUES = word_set(
    "che di per ho sono della questo questa piu mio mia gli anche perche sempre niente tutto "
    "voglio sto non ce faccio lavoro")
_ITALIAN_NEEDED = 2

# -- compounds ------------------------------------------------------------------------------------

# "suicide squeeze" (baseball), "suicide squad", "a mission called suicide run", "misión suicida".
COMPOUND_AFTER = word_set(
    "squeeze squad squads run runs mission missions door doors sprint sprints burn bomber "
    "bombers bombing bombings attack attacks drone drones vest lane knob linux blonde "
    # a program's: "add a suicide function that kills the caller"
    "function functions")
COMPOUND_BEFORE = word_set(
    "mision mission missione missao escuadron escadron squadra esquadrao ataque attaque attacco "
    "atentado attentat attentato kamikaze terrorista gol")


class Framing:
    """One message's framings, each worked out once when first asked."""

    def __init__(self, words: list[Word]):
        self.words = words
        self._earnest: bool | None = None
        self._professional: bool | None = None
        self._joking: dict[int, bool] = {}
        self._german: bool | None = None
        self._italian: bool | None = None
        self._lightness: bool | None = None
        self._cjk_all: str | None = None

    @property
    def cjk(self) -> str:
        """The message's unspaced-script text, read once (``crisis_text.cjk_text``)."""
        if self._cjk_all is None:
            self._cjk_all = crisis_text.cjk_text(self.words)
        return self._cjk_all

    def _latin(self) -> str:
        return " " + " ".join(w.text for w in self.words if not w.cjk) + " "

    def sentence_cjk(self, sentence: int) -> str:
        """The unspaced-script text of one sentence."""
        return crisis_text.cjk_text([w for w in self.words if w.sentence == sentence])

    @property
    def earnest(self) -> bool:
        if self._earnest is None:
            latin = self._latin()
            cjk = self.cjk
            self._earnest = (any(w.text in _EARNEST_WORDS for w in self.words)
                             or any(c in latin for c in _EARNEST)
                             or any(c in cjk for c in _CJK_EARNEST))
        return self._earnest

    def laughs(self, position: int) -> bool:
        """The sentence at ``position`` laughs, and nothing says it is meant: no joke for that
        alone ("i keep thinking about unaliving myself lol"), but no certainty either."""
        return not self.earnest and self._sentence_laughs(self.words[position].sentence)

    def cjk_trifle(self, position: int) -> bool:
        """A short message in an unspaced script whose sentence at ``position`` names a trifle
        (homework, an exam, overtime) and nothing says it is meant: "我想死了 这作业也太多了吧"."""
        if self.earnest or len(self.words) > _CJK_TRIFLE_MESSAGE:
            return False
        cjk = self.sentence_cjk(self.words[position].sentence)
        return _names_trifle([], cjk) and not any(m in cjk for m in _CJK_REALLY)

    def joking(self, position: int) -> bool:
        """The sentence at ``position`` laughs about a trifle, and nothing says it is meant
        ("ugh i want to die, this boss is impossible 😂"); or the writer says it is not meant
        literally; or it happens in a game ("kill myself in minecraft to respawn")."""
        if self.not_literal(position) or self.in_game(position):
            return True
        sentence = self.words[position].sentence
        if sentence not in self._joking:
            latin = [w.text for w in self.words if w.sentence == sentence and not w.cjk]
            cjk = self.sentence_cjk(sentence)
            self._joking[sentence] = self._sentence_laughs(sentence) and (
                _names_trifle(latin, cjk)
                or any(c in " " + " ".join(latin) + " " for c in _EMBARRASSING)
                or any(c in cjk for c in _CJK_EMBARRASSING))
        return self._joking[sentence] and not self.earnest

    def _sentence_laughs(self, sentence: int) -> bool:
        cjk = self.sentence_cjk(sentence)
        return (_laughs_in([w.text for w in self.words if w.sentence == sentence and not w.cjk],
                           cjk)
                or cjk.rstrip().endswith(_CJK_LAUGH_END))

    @property
    def professional(self) -> bool:
        """The writer says what they do: "i'm a therapist", "researcher here", "for my thesis",
        "je suis psychologue", "我是心理師"."""
        if self._professional is None:
            self._professional = professional(self.words)
        return self._professional

    def not_literal(self, position: int) -> bool:
        """The sentence at ``position`` says it is not meant literally ("i want to die (not
        literally, the backup worked)"), or is taken back there or at once after ("... i want
        to die. jk."); another sentence may still be meant."""
        sentence = self.words[position].sentence
        latin = " " + " ".join(w.text for w in self.words
                               if w.sentence == sentence and not w.cjk) + " "
        cjk = self.sentence_cjk(sentence)
        if any(c in latin for c in _NOT_LITERAL) or any(c in cjk for c in _CJK_NOT_LITERAL):
            return True
        return not self.earnest and self.light and (
            self._takes_back(sentence, None) or self._takes_back(sentence + 1, _TAKEN_BACK_OPENING))

    @property
    def light(self) -> bool:
        """The message laughs, or names a trifle, somewhere."""
        if self._lightness is None:
            latin = [w.text for w in self.words if not w.cjk]
            cjk = self.cjk
            self._lightness = _laughs_in(latin, cjk) or _names_trifle(latin, cjk)
        return self._lightness

    def _takes_back(self, sentence: int, opening: int | None) -> bool:
        words = [w for w in self.words if w.sentence == sentence][:opening]
        latin = " " + " ".join(w.text for w in words if not w.cjk) + " "
        return (any(c in latin for c in _TAKEN_BACK)
                or any(c in crisis_text.cjk_text(words) for c in _CJK_TAKEN_BACK))

    def _clause_of(self, position: int) -> list[Word]:
        """The words of the clause the word at ``position`` stands in."""
        clause = self.words[position].clause
        return [w for w in self.words if w.clause == clause]

    def in_game(self, position: int) -> bool:
        return any(w.text in GAME_WORLDS for w in self._clause_of(position))

    @property
    def german(self) -> bool:
        if self._german is None:
            self._german = sum(w.text in _GERMAN_CUES for w in self.words) >= _GERMAN_NEEDED
        return self._german

    @property
    def italian(self) -> bool:
        if self._italian is None:
            self._italian = sum(w.text in _ITALIAN_CUES for w in self.words) >= _ITALIAN_NEEDED
        return self._italian

    def killing_me(self, start: int, end: int) -> bool:
        """"Me" and a verb in progress after "está": something is killing the writer ("esse
        bug tá me matando", "das bringt mich um"), not the writer's act ("estou me matando", "se
        está matando", "ich bringe mich um")."""
        texts = [w.text for w in self.words[max(0, start - 2):end + 1]]
        return not _OBJECT_ME.isdisjoint(texts) and not _THIRD_AUX.isdisjoint(texts)

    def for_a_while(self, start: int, end: int) -> bool:
        """A disappearance limited right after the phrase: for a while, from the internet."""
        words = self.words
        if not any(words[i].text in _DISAPPEAR for i in range(start, end + 1)):
            return False
        clause = words[end].clause
        return any(words[i].text in _FOR_A_WHILE
                   for i in range(end + 1, min(len(words), end + 1 + _FOR_A_WHILE_REACH))
                   if words[i].clause == clause)

    @property
    def software_thread(self) -> bool:
        """Two words of software in the message (``SOFTWARE_WORDS``): one is also a part of a
        life told ("was gonna ask about token quotas but whatever, won't matter soon")."""
        return len({w.text for w in self.words if not w.cjk and w.text in SOFTWARE_WORDS}) >= 2

    def technical(self, start: int, end: int) -> bool:
        """A technical object right after the phrase, past any determiner: "end all sessions",
        "kill the process", "won't be needing the old api key"."""
        words = self.words
        clause = words[end].clause
        following = [w.text for w in words[end + 1:end + 1 + _TECH_REACH] if w.clause == clause]
        if not TECH_OBJECTS.isdisjoint(following[:2]):
            return True
        if (words[end].text in _GOING_ON and following and following[0].endswith(_GERUNDS)
                and following[0] not in _LIVING):
            return True  # "no le veo sentido a seguir pagando el plan": going on doing a thing
        if words[end].text in _STOPPING and following:
            doing = (following[1] if following[0] in _STOPPING_WHAT and len(following) > 1
                     else following[0] if following[0].endswith("ing")
                     and following[0] not in _ANY_THING else "")
            if doing and doing not in _OWN_ACTIVITIES:
                return True  # "want everything to stop crashing": a thing stopping its doing
        # Past determiners, the very next word only: "in this server" is a place, not an object.
        named = next((text for text in following if text not in _DETERMINERS), "")
        return named in TECH_OBJECTS or (named in NUISANCES and any(
            w.text in _STANDING for w in words[start:end + 1])) or (
            named in ENDED_THINGS and any(w.text in _ENDING for w in words[start:end + 1]))

    def hoped_for(self, end: int) -> bool:
        """A phrase ending in "hope" and followed by what is hoped for (``HOPE_OBJECTS``)."""
        words = self.words
        last = words[end]
        nxt = words[end + 1] if end + 1 < len(words) else None
        if last.cjk:
            return (last.text.endswith(_CJK_HOPE) and nxt is not None and nxt.cjk
                    and nxt.text[0] == last.text[-1] and not nxt.text.endswith(_CJK_HOPE_ENDS))
        hope = any(w.text in HOPE_NOUNS for w in words[max(0, end - 1):end + 1])  # "... mehr"
        return (hope and nxt is not None and nxt.text in HOPE_OBJECTS
                and (nxt.clause == last.clause or nxt.text in _HOPE_CLAUSES))

    def mishap_named(self, sentences: set[int]) -> bool:
        """A kitchen or grooming task or an accident ("mi sono tagliato i capelli") in one of
        ``sentences``: enough to keep the model's guess from overriding what the rules read
        there."""
        return any(w.text in ACCIDENT or w.text in EVERYDAY_OBJECTS for w in self.words
                   if w.sentence in sentences)

    def accident(self, start: int, end: int, own: frozenset[int] = frozenset()) -> bool:
        """An everyday mishap in the phrase's clause ("cut myself shaving"), or an everyday
        thing right after it ("me corto el pelo") or in a gap between its words ``own`` ("mi
        taglio i capelli quando sto male"); never a word of the phrase itself ("make it look
        like an accident")."""
        words = self.words
        clause = words[start].clause
        if own and any(words[i].text in EVERYDAY_OBJECTS for i in range(start, end + 1)
                       if i not in own):
            return True
        for i in range(end + 1, min(len(words), end + 4)):
            if words[i].clause != clause:
                break
            if words[i].text in EVERYDAY_OBJECTS:
                return True
        mishap = False
        for i, word in enumerate(words):
            if word.clause != clause:
                continue
            if word.text in ON_PURPOSE:
                return False  # "burning my arm with the iron on purpose"
            if not start <= i <= end and word.text in ACCIDENT and not denied(words, i):
                mishap = True
        return mishap

    def mark_of_everyday(self, start: int) -> bool:
        """An everyday cause of a mark on the body in the phrase's sentence: "scratched my arms
        until they bled" with eczema, "hide my scars" from an operation, "猫に腕をひっかかれて"."""
        sentence = [w for w in self.words if w.sentence == self.words[start].sentence]
        latin = [w.text for w in sentence if not w.cjk]
        cjk = crisis_text.cjk_text(sentence)
        # A cause told as a cover story is none: "男友問我都說是過敏", "i tell mom it was the cat".
        return any(text in MARK_CAUSES and _TOLD.isdisjoint(latin[max(0, i - 5):i])
                   for i, text in enumerate(latin)) or any(
            m in cjk and not cjk[:cjk.index(m)].endswith(_CJK_TOLD) for m in _CJK_MARK_CAUSES)

    def for_an_ailment(self, start: int) -> bool:
        """An everyday ailment in the sign's clause: a question about a dose for it."""
        return any(w.text in AILMENTS for w in self._clause_of(start))

    def of_a_pet(self, start: int) -> bool:
        """A pet that ate something in the sign's clause: the vet's question."""
        in_clause = self._clause_of(start)
        latin = {w.text for w in in_clause if not w.cjk}
        cjk = crisis_text.cjk_text(in_clause)
        return ((not latin.isdisjoint(PETS) or any(pet in cjk for pet in _CJK_PETS))
                and (not latin.isdisjoint(EATEN) or any(eaten in cjk for eaten in _CJK_EATEN)))

    def self_reproach(self, start: int, end: int) -> bool:
        """"I could kill myself for forgetting it": annoyance at oneself for something done,
        said with "could" before and "for" and a deed after."""
        words = self.words
        if start == 0 or words[start - 1].text not in _COULD or end + 2 >= len(words):
            return False
        after, deed = words[end + 1], words[end + 2]
        return (after.text == "for" and after.clause == words[end].clause
                and ((deed.text.endswith("ing") and deed.text not in _NOT_A_DEED)
                     or deed.text in _A_DEED))

    def in_a_state_to_die(self, start: int, end: int) -> bool:
        """Indonesian "panas banget mau mati" (so hot i could die), "laper mau mati": a bodily
        state just before a wish to die, as "累死了" in Chinese."""
        words = self.words
        if not any(w.text == _ID_DIE for w in words[start:end + 1]):
            return False
        before = [w.text for w in words[max(0, start - 3):start]
                  if w.clause == words[start].clause]
        return bool(before) and not _ID_STATES.isdisjoint(before) and not (
            _ID_STATES_NOT_ALONE.intersection(before))

    def died_of(self, end: int) -> bool:
        """A passing feeling right after the phrase ("want to die of embarrassment"), or what a
        verb of dying bursts instead ("crever un pneu")."""
        words = self.words
        nxt = [w.text for w in words[end + 1:end + 4] if w.clause == words[end].clause]
        if (len(nxt) > 1 and words[end].text in _BURST and nxt[0] in _OBJECT_ARTICLES
                and nxt[1] not in _TIMES):
            return True  # "je veux crever l'abcès": a boil lanced, nobody dies
        return (bool(nxt) and nxt[0] in _DIED_OF
                and any(w in _PASSING_CAUSES for w in nxt[1:]))

    def woken_at_an_hour(self, start: int, end: int) -> bool:
        """Not waking up too early or before an hour, or not waking someone: "ne pas me réveiller
        trop tôt (demain)", "no despertar al bebé"."""
        words = self.words
        woken = next((i for i in range(end, start - 1, -1)
                      if words[i].text.startswith(_WAKING)), None)
        if woken is None:
            return False
        nxt = [w.text for w in words[woken + 1:woken + 4] if w.clause == words[woken].clause]
        someone = nxt and nxt[0] in _SOMEONE_WOKEN and not (len(nxt) > 1 and nxt[1] in _TIMES)
        return bool(someone) or not _AN_HOUR.isdisjoint(nxt)

    def cjk_intensifier(self, start: int) -> bool:
        """The phrase starts with 死 right after an adjective or a verb ("累死了"), or is a wish
        to die as the complement of one ("热得想死"): hyperbole."""
        text = self.words[start].text
        if text.startswith(_CJK_WISHED_DEATH):
            return self._cjk_complement(start)
        if not text.startswith(_CJK_DEATH):
            return False
        if start == 0 or not self.words[start - 1].cjk:
            return False
        before = self.words[start - 1].text  # character pairs overlap: "累死" then "死了"
        if before.endswith(_CJK_DEATH):
            before = before[:-1]
        return before.endswith(_CJK_INTENSIFIED)

    def ja_passing_feeling(self, start: int, end: int) -> bool:
        """A wish to die as the measure of a passing feeling: "死にたいくらい恥ずかしい",
        "恥ずかしすぎて死にたい"."""
        after = crisis_text.cjk_run_after(self.words, end)
        # (a phrase may end a letter short of its last pair: "死に|にた" of "死にたい")
        if any(m in after[:4] for m in _JA_AS_MUCH_AS):
            return any(f in after[:10] for f in _JA_PASSING_FEELINGS)
        before = crisis_text.cjk_run_before(self.words, start)
        return before.endswith(_JA_SO_THAT) and any(
            f in before[-8:] for f in _JA_PASSING_FEELINGS)

    def _cjk_complement(self, start: int) -> bool:
        """The characters before ``start`` are an intensified word and 得, perhaps with "我都"
        between: "热得想死", "搞得我想死"."""
        before = crisis_text.cjk_run_before(self.words, start).rstrip("".join(_CJK_BETWEEN))
        return (before.endswith(_CJK_COMPLEMENT) and len(before) > 1
                and before[-2] in _CJK_COMPLEMENT_HEADS)

    def compound(self, start: int, end: int) -> bool:
        """A phrase that is part of a name: "suicide squeeze", "misión suicida", "gol bunuh
        diri"."""
        words = self.words
        before = words[start - 1].text if start > 0 else ""
        if before in COMPOUND_BEFORE:
            return True  # also a phrase of two words: "gol bunuh diri" (an own goal)
        if start != end:
            return False
        after = words[end + 1].text if end + 1 < len(words) else ""
        return after in COMPOUND_AFTER
