"""Crisis detection by pattern, in every language where the pattern applies: farewells, giving
away what one loves, means and methods, euphemisms, self-harm again, being a burden, someone else
in danger; and the look-alikes that are not crises: jokes about trifles, a professional's work,
everyday mishaps, names that contain a distress word, a denial, questions about medicines.

Every sentence here was written for this file: none is in the catalog as it stands, none is
copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine import crisis_text
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.crisis_framing import Framing
from bot.engine.crisis_lang import message_keys
from tests.support.crisis import MATCHER, assert_crisis, assert_not_crisis

# -- farewells ---------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "this group kept me going for years. i love you all, take care of yourselves. farewell",
    "merci pour tout les amis, prenez soin de vous. adieu",
    "danke für alles, passt auf euch auf. lebt wohl",
    "gracias por todo, cuídense mucho. adiós",
    "obrigado por tudo pessoal, cuidem-se. adeus",
    "grazie di tutto ragazzi, abbiate cura di voi. addio",
    "спасибо за все, берегите себя. прощайте",
    "terima kasih untuk semuanya, jaga diri kalian ya. selamat tinggal",
    "今までありがとう、みんな元気でね。さようなら",
    "그동안 고마웠어요 다들 건강하게 지내요. 안녕",
    "谢谢大家一直以来的照顾,保重,再见了",
])
def test_a_farewell_to_everyone_with_thanks_and_take_care_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "gonna give my dog to my neighbour tomorrow. after that there's nothing keeping me here",
    "j'ai confié mon chien à ma sœur, je ne pourrai plus m'en occuper après ce soir",
    "ich habe meine Katze zu meiner Nachbarin gebracht, ich werde sie nicht mehr brauchen",
    "le regalé mi perro a mi vecina, ya no lo voy a poder cuidar",
    "doei meu gato pra minha vizinha, não vou precisar mais cuidar dele",
    "ho dato il mio gatto alla vicina, non potrò più occuparmene",
    "отдал кота соседке, мне он больше не понадобится",
    "猫を友達に預けた。もう私には必要ないから",
    "고양이를 친구한테 맡겼어. 이제 필요 없을 것 같아서",
    "我把猫送给邻居了,以后也用不着了",
])
def test_giving_away_a_pet_for_good_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "can someone take care of my cat while i'm on vacation next week?",
    "how do i give away my old laptop safely? want to wipe it first",
    "my coworker said goodbye to everyone today, it's her last day",
    "thanks for everything, the appeal went through! goodbye and have a nice day",
])
def test_everyday_goodbyes_and_giving_things_away_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "my girlfriend sent me a message saying goodbye and her phone is off now",
    "ma fille m'a envoyé un message d'adieu et ne répond plus",
    "mein bruder hat eine abschiedsnachricht geschickt und geht nicht ran",
    "mi primo publicó un mensaje de despedida anoche y no responde a nadie",
    "meu namorado mandou uma mensagem de despedida e não atende",
    "mio fratello ha mandato un messaggio d'addio e non risponde",
    "мама отправила мне прощальное сообщение, телефон выключен",
    "adikku kirim pesan perpisahan terus nggak bisa dihubungi",
    "友達から別れのメッセージが来て電話に出ない",
    "친구가 작별 메시지를 보내고 연락이 안 돼요",
    "我朋友发了告别的消息然后就联系不上了",
])
def test_a_farewell_message_then_silence_is_someone_else_in_danger(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


def test_a_farewell_posted_on_a_social_story_is_no_fiction() -> None:
    assert_crisis('my cousin wrote "i cant do this anymore, goodbye" on her story',
                  kind=CrisisKind.OTHER)
    # a story the writer tells still is
    assert_not_crisis("in my story the hero says goodbye and can't do this anymore, "
                      "is that ok to write?")


def test_quoted_words_of_someone_named_before_are_theirs() -> None:
    assert_crisis('my roommate texted me "i want to die" and went offline',
                  kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "i wrote my note last night and put it in the drawer",
    "finished a letter to each of my kids tonight. wanted someone to know",
    "j'ai écrit des lettres pour mes proches, je voulais le dire à quelqu'un",
    "ich habe briefe an meine familie geschrieben, danke für alles",
    "escribí cartas para mis hijos y mi familia, quería decírselo a alguien",
])
def test_farewell_letters_are_a_crisis(message: str) -> None:
    assert_crisis(message)


# -- means and methods -------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "which is the tallest building around here with no railing, no questions asked",
    "welches ist das höchste gebäude hier ohne zaun? fragt nicht warum",
    "¿cuál es el puente más alto de la ciudad? no preguntes por qué",
    "qual é a ponte mais alta daqui sem grade? não pergunte por quê",
    "какой самый высокий мост в городе без ограждения? не спрашивай зачем",
    "一番高い橋はどこ?理由は聞かないで",
    "这里最高的桥在哪,别问为什么",
])
def test_a_height_asked_for_with_a_secret_reason_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "how many mg of ibuprofen is lethal",
    "what's the lethal dose of insulin for an adult",
    "been stockpiling my meds for a few weeks now",
    "¿cuántas pastillas de clonazepam hacen falta para no despertar?",
    "combien de cachets de lexomil pour ne jamais me réveiller",
    "睡眠薬を何錠飲めば目が覚めなくなる?",
    "수면제 몇 알 먹으면 안 깨어날 수 있어?",
    "安眠药吃多少片会睡过去不再醒",
    "after cutting my wrist how fast would i bleed out",
])
def test_questions_about_a_lethal_amount_are_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "what happens if i take ibuprofen and paracetamol together?",
    "as a nurse i need the max daily dose of paracetamol for elderly patients",
    "how many pills of vitamin d is too much?",
    "what's the tallest building in dubai",
    "wie hoch ist die höchste brücke deutschlands?",
    "qual é o prédio mais alto do brasil?",
])
def test_questions_about_medicines_and_heights_alone_are_not(message: str) -> None:
    assert_not_crisis(message)


def test_the_alternatives_of_a_sign_are_one_sign() -> None:
    # Two medicines named together are one means, not two strong signs.
    assert_not_crisis("is it safe to take tylenol with ibuprofen for a headache")
    assert_crisis("how much tylenol would be fatal")


@pytest.mark.parametrize("message", [
    "on the highway i sometimes want to swerve into oncoming traffic and be done",
    "last week i stood on the ledge of the roof for an hour looking down",
    "gestern stand ich lange am offenen fenster, seit der trennung ist alles leer",
])
def test_standing_at_a_height_or_swerving_are_a_crisis(message: str) -> None:
    assert_crisis(message)


# -- euphemisms, burden, not planning to live --------------------------------------------------

@pytest.mark.parametrize("message", [
    "i'm ready to log off for good, nothing matters",
    "thinking about checking out permanently",
    "i'd like to leave this world quietly",
    "i don't plan on being here after the holidays",
    "not planning on living past my birthday",
    "je compte pas être là le mois prochain, pas l'intention de vivre",
    "não pretendo continuar vivo depois disso",
    "non ho intenzione di vivere ancora a lungo",
    "я не собираюсь жить дальше",
    "生きるつもりはない",
    "이제 살 생각이 없어",
    "我没打算活到明年",
    "tidak berniat hidup lagi",
])
def test_euphemisms_and_not_planning_to_live_are_crises(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "if i was gone would anyone miss me",
    "my parents would honestly be happier if i was gone",
    "there's no point in waking up tomorrow",
    "i can't see myself alive by summer",
    "私がいなくなった方が家族は楽になる",
    "没有我大家都会过得更好",
    "我是多余的人",
    "내가 없는 게 나아",
])
def test_burden_and_no_future_are_crises(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


# -- self-harm again ---------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "i carved into my leg again last night",
    "i scratch my skin until it bleeds when it gets bad",
    "relapsed yesterday after 3 months clean",
    "je me suis encore scarifiée hier soir",
    "ich habe mich gestern wieder geritzt",
    "anoche me volví a cortar los brazos",
    "me cortei de novo ontem à noite",
    "stanotte mi sono tagliata di nuovo",
    "вчера снова порезался",
    "semalam aku nyayat tangan lagi",
    "昨日また手首を切ってしまった",
    "어젯밤에 또 손목을 그었어",
    "昨晚又割了手臂",
])
def test_self_harm_again_in_the_past_tense_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "i cut myself shaving this morning, anyway how do i reset my password",
    "ya me corté el pelo, quedó horrible",
    "mi sono tagliato i capelli da solo, che disastro",
    "ich habe mir beim Kochen in den Finger geschnitten",
])
def test_everyday_cuts_are_not(message: str) -> None:
    assert_not_crisis(message)


# -- someone else ------------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "meu irmão falou que vai se jogar da ponte",
    "mon ami dit qu'il va se jeter d'un pont",
    "mi hermana dice que se va a matar esta noche",
])
def test_a_loose_reflexive_before_the_verb_is_someone_elses_distress(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)


def test_a_loose_reflexive_is_only_one_before_an_infinitive() -> None:
    assert_not_crisis("se cortó la luz otra vez en la oficina")
    assert_not_crisis("¿se puede matar el proceso desde la terminal?")


def test_a_threat_is_not_the_writers_distress() -> None:
    assert_not_crisis("je vais te tuer si tu touches encore à mon code")


# -- not crises: jokes, work, names, order of words ----------------------------------------------

@pytest.mark.parametrize("message", [
    "this exam makes me want to die lol",
    "ugh this boss fight makes me want to kill myself 😂",
    "mau mati aja rasanya ngerjain tugas ini wkwk",
    "this deadline makes me want to die hahaha",
])
def test_a_joke_about_a_trifle_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "lol sometimes i just want to end it all",
    "lol this homework is hard but honestly i want to die for real",
])
def test_laughter_alone_or_said_to_be_meant_is_no_joke(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "i'm a school counselor preparing a presentation about self-harm warning signs",
    "researcher here, compiling data on overdose deaths by region, can claude help?",
    "je suis infirmière et je prépare une formation sur la prévention du suicide",
    "ich bin Lehrerin und möchte mit meiner Klasse über Suizidprävention sprechen",
    "soy psicóloga y quiero usar claude para material sobre autolesiones",
    "sono un ricercatore e studio il suicidio tra gli adolescenti",
    "я психолог и пишу статью о суициде",
    "看護師です。自殺予防の研修資料をClaudeで作ってもいい?",
    "저는 상담사인데 자살 예방 교육 자료를 만들고 싶어요",
    "我是社工，想用Claude写自杀预防的宣传材料",
    "a user's reply encouraged self-harm, where do i report it",
])
def test_a_professional_naming_the_subject_at_work_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i'm a nurse and i keep thinking about suicide",
    "i'm a therapist and honestly i want to kill myself",
    "as a researcher i attempted suicide twice",
])
def test_a_professionals_own_distress_is_still_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "what is a suicide squeeze play in softball",
    "the suicide squad sequel was fun",
    "en la película hay una misión suicida",
    "my wizard sacrifices himself to kill the dragon in the last chapter",
    "i'm writing a thriller where the detective finds a suicide note",
])
def test_names_stories_and_another_verbs_reflexive_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


def test_a_denial_is_no_sign_of_distress() -> None:
    assert_not_crisis("not feeling suicidal or anything, just curious why claude won't give "
                      "me the tylenol dose for my toddler")
    # real distress after a denial is still found on its own
    assert_crisis("i'm not suicidal but i've been stockpiling pills")


# -- word forms --------------------------------------------------------------------------------

def test_articles_and_fused_prepositions_do_not_change_a_phrase() -> None:
    # catalog: "me jogar de um prédio"; "do" is "de o", the article is no key
    assert_crisis("tenho vontade de me jogar do prédio hoje")


def test_spoken_indonesian_affixes_are_the_written_ones() -> None:
    assert "id:akit" in message_keys("nyakitin")
    assert_crisis("aku pengen nyakitin diri sendiri")


def test_a_traditional_character_opencc_keeps_is_folded_for_the_check() -> None:
    assert crisis_text.texts("活著") == crisis_text.texts("活着")
    assert_crisis("我覺得活著沒有意義")


def test_laughing_faces_are_laughter() -> None:
    words = crisis_text.read("this meeting 😂")
    assert words[-1].text == crisis_text.LAUGHTER_WORD


def test_a_german_message_is_told_apart_for_its_articles() -> None:
    assert Framing(crisis_text.read("wie hoch ist die brücke und wo ist der weg")).german
    assert not Framing(crisis_text.read("i want to die")).german


# -- later rules: buying means, second negations, who a message was sent to ----------------------

@pytest.mark.parametrize("message", [
    "i bought a rope today and it's not for camping",
    "j'ai acheté une corde, je sais ce que je vais faire",
    "compré una cuerda, ya sé lo que voy a hacer",
    "купил веревку, я уже все решил",
    "aku udah beli tali, udah mutusin",
    "ロープを買った。もう決めた",
    "밧줄을 샀어. 이미 결정했어",
    "我买了绳子,已经决定了",
])
def test_buying_the_means_with_a_decision_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "stanotte spero di non svegliarmi mai più",
    "je voudrais m'endormir et ne jamais me réveiller",
    "真希望睡着了就不要再醒来",
    "그냥 잠들어서 안 깼으면 좋겠다",
])
def test_a_second_negation_agreeing_with_the_phrase_is_no_denial(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_the_me_a_message_was_sent_to_is_not_the_one_in_danger() -> None:
    assert_crisis("my girlfriend sent me a message saying goodbye and her phone is off now",
                  kind=CrisisKind.OTHER)
    assert_crisis("mi hermano me mandó un mensaje de despedida y ya no responde",
                  kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "does drowning hurt a lot? genuinely asking",
    "i keep staring at the knife in the kitchen",
    "i made a plan and i have everything i need",
    "i've been hiding pills in my drawer for months",
    "i've been researching how to make it look like an accident",
    "j'ai pensé à me jeter sous le métro ce matin",
    "a veces me dan ganas de tirarme del balcón de mi cuarto piso",
    "我一直在想从楼上跳下去",
])
def test_means_plans_and_places_are_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "je me sens comme un fardeau pour tout le monde",
    "ich fühle mich wie eine Last für alle",
    "me siento como una carga para mi familia",
    "чувствую себя обузой для всех",
    "aku merasa jadi beban buat keluarga",
    "나는 짐만 되는 존재야",
    "我只是大家的负担",
    "i'm a waste of space and everyone knows it",
])
def test_feeling_a_burden_is_a_crisis_in_every_language(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "honestly i'm not sure i'll still be here next month. anyway how do i change my plan",
    "sorry for everything guys. i'm logging off for the last time",
    "got a text from my uncle that just said sorry, love you all. he's been depressed since "
    "the layoff and won't answer",
])
def test_veiled_farewells_are_crises(message: str) -> None:
    assert_crisis(message)


# -- later rules: not crises ---------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "esse erro tá me matando, alguém sabe resolver?",
    "este error me está matando, alguien sabe arreglarlo?",
    "is there a way to end all sessions from the settings page",
    "this migration makes me want to die, not literally, how do i roll back a chat?",
    "in terraria can i kill myself to respawn at my bed faster",
    "恥ずかしすぎて死にたい笑",
    "부끄러워 죽고 싶다 ㅋㅋ",
    "me quiero morir de la vergüenza jajaja, mandé el mensaje equivocado",
    "what are the warning signs of suicide in teens? i'm a parent and want to be prepared",
    "sou jornalista e estou escrevendo sobre automutilação entre jovens",
    "i finally said goodbye to my old job today, excited for the new one!",
    "sorry for everything i said in my last message, i was frustrated with the bug",
])
def test_hyperbole_tech_games_topics_and_apologies_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


def test_an_english_ill_is_i_will() -> None:
    assert "en:will" in message_keys("ill")


def test_not_literally_holds_for_its_own_sentence_only() -> None:
    assert_not_crisis("this migration makes me want to die, not literally, how do i roll back?")
    assert_crisis("honestly i want to die. not literally maybe, but i can't go on like this")


# -- word forms: one rule for every inflection, not a list of forms ------------------------------

@pytest.mark.parametrize("message", [
    "stanotte la faccio finita, ho già deciso",
    "se domani non cambia niente la farò finita",
    "ci ho pensato tanto e l'ho quasi fatta finita sabato",
])
def test_an_italian_object_pronoun_moves_before_a_conjugated_fare(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "la riunione è finita, cosa faccio?",
    "ho fatto la spesa, la lezione è finita",
])
def test_fare_and_finita_apart_are_no_farla_finita(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "mi ammazzo stasera, non ce la faccio",
    "stasera mi butto dal ponte",
    "me tiro del puente esta noche",
    "eu me mato hoje",
])
def test_a_first_person_reflexive_present_is_the_infinitive_with_its_pronoun(
        message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "me mato estudiando para el examen, ¿claude me ayuda?",
    "me mata el calor en esta oficina",
    "mi taglio i capelli domani, poi scrivo il prompt",
    "mi butto sul divano e provo claude code",
])
def test_a_reflexive_present_before_a_gerund_or_an_everyday_object_is_not_one(
        message: str) -> None:
    assert_not_crisis(message)


def test_it_is_killing_me_is_hyperbole_in_italian_too() -> None:
    assert_not_crisis("questo bug mi sta uccidendo, tre ore che cerco l'errore")


@pytest.mark.parametrize("message", ["死にたかった、ずっと", "もう死にたくて仕方ない"])
def test_a_japanese_wish_is_found_in_every_inflection(message: str) -> None:
    assert_crisis(message)


def test_a_japanese_wish_denied_after_it_is_no_crisis() -> None:
    assert_not_crisis("死にたくないけど、どうすればいいですか")


@pytest.mark.parametrize("message", [
    "踏切に飛び込めば楽になれるかも",
    "消えれば楽になれるのに",
    "나 하나 없어지면 모두 편해질 거야",
    "要是我不在了，爸妈会不会轻松一点",
    "我很快也不在了，你们别难过",
])
def test_a_gap_in_an_unspaced_phrase_takes_a_conditional_or_an_adverb(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "このツールを使えば作業が楽になれる",
    "서버 작업이 끝나면 다들 편할 거예요",
    "如果我不在办公室，谁来审批？",
    "这个功能很快就不在了吗？",
])
def test_relief_or_absence_without_the_writer_gone_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "ya no tengo ninguna esperanza",
    "у меня больше нет надежды",
    "我已经没有希望了",
])
def test_hopelessness_said_of_oneself_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "no tengo ninguna esperanza de que me devuelvan el dinero",
    "у меня больше нет надежды на поддержку",
    "我已经没有希望拿到退款了吗",
    "ich habe keine Hoffnung mehr, dass der Support antwortet",
])
def test_no_hope_of_something_is_a_wish_unmet(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "been thinking about driving off the bridge on my commute",
    "i sat in my garage with the car running again last night",
    "stood at the railing and thought about leaning over the edge",
    "my sister said goodbye and that she loves me, now it goes straight to voicemail",
    "thanks for everything, i won't need it after tomorrow. take care of yourself",
    "i'll be gone soon anyway, who cares",
])
def test_means_farewells_and_being_gone_soon_in_english(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "i'll be gone soon for vacation, can i pause my subscription?",
    "the old api will be gone soon anyway, should we migrate?",
    "my call went straight to voicemail, how do i contact anthropic support",
    "we painted the balcony railing and my cat jumped off the ledge haha",
    "thanks for all the help! take care of yourself",
])
def test_trips_deprecations_and_support_calls_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


# -- core vocabulary per language: ending oneself, cutting oneself, not holding on ------------

@pytest.mark.parametrize("message", [
    "我想结束自己，太累了",
    "昨晚我又割了自己",
    "我不打算再撐下去了，謝謝你們",
    "活够了，不想再活下去",
    "我想了结生命",
    "もう消えちゃいたい",
    "死ぬつもりです",
    "手首切っちゃった",
    "그만 살고 싶어요",
    "스스로 목숨을 끊을까 생각해요",
    "다 끝내버리고 싶다",
    "Я хочу шагнуть с крыши",
    "вчера опять порезала себя",
    "aku pengen menghilang aja dari dunia ini",
    "udah gak pengen hidup lagi",
])
def test_core_distress_vocabulary_in_every_script(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "думаю, не покончить ли с собой",
    "каждую ночь думаю, не прыгнуть ли вниз",
])
def test_russian_whether_with_ne_li_is_no_denial(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_russian_ne_li_about_an_everyday_step_is_no_crisis() -> None:
    assert_not_crisis("Заблокировали аккаунт, не знаю, не написать ли в поддержку")


# -- if I disappeared nobody would notice; a weight on everyone --------------------------------

@pytest.mark.parametrize("message", [
    "Se morissi stasera nessuno se ne accorgerebbe",
    "si je disparaissais demain, personne ne le remarquerait",
    "wenn ich verschwinden würde, würde es niemand bemerken",
    "si desapareciera mañana nadie se daría cuenta",
    "se eu desaparecesse ninguém ia perceber",
])
def test_disappearing_unnoticed_is_a_crisis_in_european_languages(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "I'm just a weight on the people around me, honestly",
    "Je suis un poids pour tout le monde",
    "Sono un peso per tutti, vivrebbero meglio senza di me",
    "their lives would be easier without me in the picture",
])
def test_being_a_weight_on_everyone_is_a_crisis(message: str) -> None:
    assert_crisis(message)


# -- helpers: a farewell with a charge, a plan, final acts -------------------------------------

@pytest.mark.parametrize("message", [
    'my dad sent me "thanks for everything, take care of the kids" and his phone is off',
    "my roommate said goodbye to all of us last night and told me weeks ago she had it planned",
    "Meine Schwester hat ihren Schreibtisch ausgeräumt und gesagt, vergesst mich nicht. "
    "Sie hat nicht gekündigt.",
])
def test_a_helper_reporting_a_farewell_with_a_charge_or_a_plan_is_a_crisis(message: str) -> None:
    assert_crisis(message)


def test_a_negated_holiday_gives_no_everyday_reason_to_leave() -> None:
    assert_crisis("my colleague emptied his desk and said remember me fondly. he's not on "
                  "vacation and hasn't quit", kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "please look after mom's garden while I'm on vacation, thanks for everything",
    "he cleared his desk on his last day, new job next week, remember me he said lol",
    "We had a plan for the migration but the API changed",
])
def test_ordinary_thanks_plans_and_departures_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


# -- means in context: a bridge, a balcony -----------------------------------------------------

@pytest.mark.parametrize("message", [
    "been parking on the bridge after work and staring at the water, lost my job last month",
    "i keep thinking i should just step off the balcony",
])
def test_means_in_context_are_a_crisis(message: str) -> None:
    assert_crisis(message)


def test_traffic_on_a_bridge_is_no_crisis() -> None:
    assert_not_crisis("the bridge was slowing down traffic on my way home")


# -- look-alikes: embarrassment, clinicians, builders ------------------------------------------

@pytest.mark.parametrize("message", [
    "lol i want to die, i called my teacher mom in front of the whole class",
    "i want to disappear lmao i replied all to the company email with my grocery list",
])
def test_embarrassment_hyperbole_with_a_laugh_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_embarrassment_without_a_laugh_still_counts() -> None:
    assert_crisis("i want to disappear forever, everyone saw what happened in front of the class")


@pytest.mark.parametrize("message", [
    "I'm a pharmacist: what is the treatment threshold for paracetamol overdose patients?",
    "ER nurse here, what's the acetylcysteine protocol for overdose patients",
    "薬剤師です。過量服薬の患者への対応手順を知りたい",
    "我是药剂师，想了解过量服药患者的解毒剂使用标准",
])
def test_clinical_questions_about_patients_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "We're developing a mental health chatbot; how should it handle users who mention suicide?",
    "Our team is building a forum app. What moderation does Anthropic recommend for self-harm "
    "content?",
    "我们在开发一个心理健康应用，关于自杀话题有什么安全要求？",
])
def test_builders_asking_about_safeguards_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


def test_a_builder_who_speaks_of_their_own_distress_is_still_a_crisis() -> None:
    assert_crisis("we're building an app and honestly i want to kill myself", kind=CrisisKind.SELF)


# -- issue 9b: plans, overdoses in progress, no way out, inner voices, edges ------------------

@pytest.mark.parametrize("message", [
    "got a rope in the garage, all that's left is to pick a date",
    "j'ai la corde, il me reste à choisir le jour",
    "ich habe das Seil, ich muss nur noch den Tag aussuchen",
    "ya tengo la cuerda, solo falta elegir el día",
    "já tenho a corda, só falta escolher o dia",
    "ho già la corda, devo solo scegliere il giorno",
    "ロープは買った。あとは日を決めるだけ",
    "밧줄은 있어. 이제 날짜만 정하면 돼",
    "绳子已经买好了，就差选个日子",
    "aku sudah punya tali, tinggal pilih tanggal",
    "верёвка уже есть, осталось выбрать день",
    "nobody would miss me. i've been planning it since spring and i'm at peace with it now",
])
def test_a_means_or_a_plan_with_a_chosen_day_or_calm_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "swallowed all my pills twenty minutes ago, feeling dizzy",
    "j'ai avalé tous mes médicaments il y a une heure",
    "me tomé todas las pastillas hace media hora",
    "tomei todos os remédios agora há pouco e tô com medo",
    "薬をたくさん飲んだ、怖い",
    "刚才把药全吃了，有点害怕",
    "наглоталась таблеток час назад",
])
def test_an_overdose_already_taken_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "the voices tell me to kill myself every night",
    "he keeps telling me to hurt myself and i think he's right",
])
def test_being_told_to_harm_oneself_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_telling_others_to_harm_themselves_is_still_a_report() -> None:
    assert_not_crisis("a user in our server keeps telling people to kill themselves")


@pytest.mark.parametrize("message", [
    "my daughter searched how to hang yourself, what should i do",
    "ich will mich erhängen",
    "quero me enforcar",
    "хочу повеситься",
])
def test_hanging_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "if they reject me again, i'm done. not with you. with everything.",
    "if the appeal fails i'm done. not with anthropic, with life.",
    "honestly im done with life",
    "ever since the layoff there's no reason to keep going",
    "the band was the last thing keeping me going and now it's over. i've had enough",
    "i see no way out anymore",
    "ya no hay salida para mí",
    "je ne vois plus d'issue",
    "ich sehe keinen ausweg",
    "non vedo via d'uscita",
    "sinto que não há mais saída pra mim",
    "逃げ道がない、もう疲れた",
    "走投无路了",
    "не вижу выхода",
    "gak ada jalan keluar lagi buat aku",
])
def test_no_way_out_and_no_reason_to_go_on_are_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "i stand on the edge of the cliff and think about one step forward",
    "je reste au bord du quai et je pense à faire un pas en avant",
])
def test_an_edge_and_a_step_forward_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "i want to die of shame, i called my teacher mom",
    "je vais mourir de honte, j'ai envoyé le message au mauvais groupe",
    "how to dice onions without cutting myself",
    "how do you fillet a fish without cutting yourself",
    "笑死我了，这个视频太搞笑",
    "饿死了，推荐个外卖",
    "热死了，空调坏了怎么办",
    "忙死了，帮我写个邮件",
    "氣死我了，老闆又改需求",
    "Saya perawat IGD, pasien saya overdosis obat tidur, berapa dosis antidotnya?",
    "can i export my chats before it's deleted and gone?",
    "we've been planning it for a while: a surprise party for my mom",
    "how to pick a date for our wedding",
    "is there a step forward button in the debugger",
])
def test_hyperbole_cooking_clinicians_and_things_gone_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)


# -- the same concepts in every language (overdose taken, arrangements with a timing, means
# checked, concealment, burden apology with an ending) --------------------------------------

@pytest.mark.parametrize("message", [
    "i swallowed the whole strip of paracetamol twenty minutes ago",
    "j'ai avalé toutes mes plaquettes de somnifères ce matin",
    "ich habe gerade alle Tabletten geschluckt, die Schlaftabletten waren",
    "me tomé todas las pastillas que tenía en el cajón",
    "tomei todos os comprimidos da cartela agora",
    "ho preso tutte le pillole del flacone mezz'ora fa",
    "睡眠薬を全部飲んだ、少し怖い",
    "수면제를 다 먹었어 지금 어지러워",
    "刚才把一整板安眠药全吃了",
    "barusan aku minum semua obat tidur yang ada",
    "наглоталась таблеток час назад",
])
def test_an_overdose_already_taken_is_a_crisis_in_every_language(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "made a will and gave my bank pin to my sister. tonight it's over, i'm done",
    "Testament geschrieben, Wohnung aufgeräumt. Heute Nacht mach ich Schluss.",
    "我把银行卡密码告诉了表哥，今晚去河边走走",
    "selama ini ngerepotin kalian ya, titip salam buat semua",
    "みんなが寝静まったら終わりにする。ずっと迷惑ばかりでごめん",
    "я всё решил, дождусь пока все заснут",
])
def test_final_arrangements_with_a_time_are_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "hurt myself yet again, i hide my cuts so nobody at school sees",
    "me machuquei de novo, uso manga comprida pra ninguém ver",
    "查怎么割才不会痛，我已经撑不下去了",
    "活著沒有意義，每天都好累",
    "hija mía, ojalá no despierte mañana, eso pienso cada noche",
])
def test_concealment_searches_and_meaninglessness_are_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "how do I write a will and who should I give my online banking passwords to?",
    "Wie setze ich ein Testament auf, und muss ich meine Schulden vorher beglichen haben?",
    "bought a shotgun for duck season this weekend, any tips on cleaning it?",
    "i made the decision to quit and i feel weirdly calm about it, starting a new job monday",
    "how do I kill a zombie child process that keeps respawning, it won't die",
    "what's the song with the line 'i don't want to wake up' in the chorus?",
    "我把wifi密码发给室友了，今晚一起看电影",
    "j'ai fait mon testament chez le notaire, quels documents garder ?",
])
def test_estate_planning_hunting_calm_and_tech_words_are_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "our moderation team sorts incoming messages that mention self-harm by urgency, any guidance?",
    "a customer says the model wrote suicide instructions when asked in a roundabout way",
    "les messages qui évoquent le suicide sont-ils lus par un humain chez Anthropic ?",
    "我们在写一篇关于自杀预防工作者的报道，想了解Claude怎么处理这类对话",
])
def test_the_subject_named_in_work_about_it_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "我这几年一直有关于自杀的念头，最近更严重了",
    "how tall does a parking garage need to be so you don't survive? for me, not for a story",
])
def test_thoughts_about_it_and_fiction_denied_stay_a_crisis(message: str) -> None:
    # "关于" introduces the writer's own thoughts here, not a report; "not for a story" denies
    # the fiction, not the distress.
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "in hollow knight how do i kill myself to get back to the bench faster",
    "speedrun trick: you kill yourself on purpose right after the second save",
])
def test_dying_in_a_named_game_is_the_game(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "we're building a bilingual peer support chat app for students, how to handle self-harm?",
    "Ich schreibe eine Kurzgeschichte, in der eine Figur einen Suizid plant. Hilft Claude da?",
    "need the overdose thresholds of paracetamol for my pharmacology lesson tomorrow",
])
def test_builders_story_writers_and_teachers_at_work_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_not_looking_for_a_lecture_is_no_professional_at_work() -> None:
    # The work word is denied: the writer speaks of themselves, and the relapse is a crisis.
    assert_crisis("cutting again since monday. not looking for a lecture, just tell me if claude "
                  "can show a helpline", level=CrisisLevel.CONFIDENT)


def test_overdose_thresholds_asked_about_are_not_escalated() -> None:
    # A clinical word after the subject makes it a mention: at most the helpline, gently.
    result = MATCHER.match("does the filter block questions about overdose thresholds of drugs?")
    assert result.crisis_level is not CrisisLevel.CONFIDENT
    assert_crisis("i took 40 pills, what's the overdose threshold, am i going to die",
                  level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "ich denke jeden abend daran, mir etwas anzutun",
    "hab angst, mir was anzutun, wenn ich heute allein bin",
])
def test_a_short_separable_verb_with_zu_is_the_verb(message: str) -> None:
    assert_crisis(message)
    german = {key for key in message_keys("anzutun") if key.startswith("de:")}
    assert german and german == {key for key in message_keys("antun") if key.startswith("de:")}


def test_going_to_the_han_river_with_silence_is_a_crisis_but_a_picnic_is_not() -> None:
    # Korean speakers say "going to the Han River" for jumping from its bridges; alone it is a
    # strong sign only, since the river's parks are where Seoul goes on a Sunday.
    assert_crisis("친구가 한강 가려고 한다는 말만 남기고 전화를 안 받아요",
                  level=CrisisLevel.GENTLE)
    assert_not_crisis("이번 주말에 한강 가서 라면 먹을 건데 클로드로 일정 짜도 돼?")


def test_ruby_on_rails_is_no_railing() -> None:
    assert_not_crisis("my org got disabled for no reason, i only use it for rails work. "
                      "not for resale. the project is dead without it")


def test_a_moderator_telling_what_a_member_posted_is_a_helper() -> None:
    # A role ("im a mod") makes a bare term a mention at work, but not someone's goodbye post.
    assert_crisis("im a mod on a gaming server and a member just posted a goodbye message and "
                  "a photo of pills, what do we do", kind=CrisisKind.OTHER)
    assert_not_crisis("i'm a moderator writing our server rules about goodbye messages")


@pytest.mark.parametrize("message", [
    "j'ai écrit des lettres pour ma famille et je voulais dire merci pour nos conversations",
    "não vou precisar de mais nada disso depois de sábado, como apago minha conta?",
    "wrote letters for my family tonight. thanks for our conversations, claude",
])
def test_veiled_farewells_with_letters_thanks_and_a_date_are_crises(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "dieses Build-Skript bringt mich noch um, warum bricht es ab?",
    "site admin here, i don't want my docs showing up in claude's answers, how do i opt out",
])
def test_idioms_and_scrambled_look_alikes_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "if im not here tmrw, just know you guys were cool",
    "how many of my lorazepam would it take",
    "some nights i think about steering into a tree so it all stops",
    "scratching my arms with a pin again so i can feel something",
    "我已经决定好日期了，就在考完试那天",
])
def test_veiled_plans_means_and_self_harm_acts_are_crises(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "my eczema makes me scratch my arms all night, any cream tips",
    "how long would it take to hear back about my appeal",
    "if im not online tomorrow it's because our office moves, can claude keep notes",
])
def test_the_same_words_in_everyday_life_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "자살 생각 같은 거 없어요, 그냥 계정 정지 이의제기 방법이 궁금해요",
    "자살 생각이 없어요. 보고서 쓰는 중이에요",
    "por qué claude me corta la respuesta cuando pregunto de química",
])
def test_a_korean_denial_and_a_reply_cut_short_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "요즘 자살 생각밖에 없어요",
    "자살 생각이 없어지지 않아요",
    "my son is 14 and has fresh cuts on his wrists, he says it was the cat",
    "udah nulis surat buat ibu. jangan cari aku ya, makasih buat kalian semua",
])
def test_korean_thoughts_that_stay_cuts_a_parent_sees_and_a_farewell_are_crises(
        message: str) -> None:
    assert_crisis(message)
