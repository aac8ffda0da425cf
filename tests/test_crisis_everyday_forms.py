"""Common ways of saying it that probing each catalog language found missing, and the look-alikes
each new phrase was checked against.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    # "put an end to my life", in the languages that lacked it
    "ultimamente penso muito em dar um fim na minha vida",
    "às vezes quero pôr fim à minha vida",
    "llevo días pensando en ponerle fin a mi vida",
    "creo que voy a terminar con mi vida",
    "ho pensato seriamente di porre fine alla mia vita",
    "ich überlege, meinem Leben ein Ende zu setzen",
    "я решил положить конец своей жизни",
    "もう人生に終止符を打ちたい",
    "내 삶을 끝내고 싶다는 생각만 들어",
    # other everyday forms
    "hier soir je me suis ouvert les veines",
    "nach meinem Selbstmordversuch letztes Jahr geht es wieder bergab",
    "últimamente me hago daño casi todos los días",
    "я опять причиняю себе боль",
    "毎晩首を吊りたいと思ってしまう",
])
def test_everyday_forms_are_confident(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    # chat shorthand for the small words: "nn" is "non", "q" is "que"
    "nn vedo nessuna via d'uscita",
    "q sentido tiene seguir asi",
    # saving up medicine, in the unspaced scripts: a stockpile beside a medicine
    "睡眠薬を少しずつ貯めてる",
    "安眠药我已经攒了一个月了",
    # veiled, offered gently
    "sinceramente siento que sobro en todas partes",
    "ich bin einfach überflüssig",
    "明天早上不想醒来",
    "tired of waking up every single day",
    "ho regalato tutte le mie cose la settimana scorsa",
])
def test_shorthand_stockpiles_and_veiled_forms_get_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "그런 일이 다시는 안 일어났으면 좋겠어",  # I hope that never happens again
    "회의가 늦게 끝나서 내일 늦게 일어나지 않았으면 좋겠어",  # I hope I don't oversleep
    "试用期结束后一切都结束了吗",  # does everything stop when the trial ends
    "这个游戏里我死了也没人复活我",  # nobody revives me when I die in this game
    "la película trata de cómo poner fin a la vida de un personaje",
    "este campo sobra en el formulario",
    "ce champ est de trop dans le formulaire",
    "dieser Parameter ist überflüssig",
    "этот параметр здесь лишний",
    "the od command dumps a file in octal",
    "nothing matters more than uptime for us, which article covers api safety tools",
    "die Diskussion war sinnlos, das Meeting hätte eine Mail sein können",
])
def test_look_alikes_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "Laut der neuen Statistik ist die Zahl der Suizide bei Jugendlichen gestiegen, wo steht das?",
    "le taux de suicide chez les étudiants a encore augmenté cette année",
    "what is the suicide rate among teenagers in japan",
])
def test_a_count_of_people_names_the_subject(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i think about suicide at a rate of once an hour",
    "my suicide attempt was counted in the hospital statistics",
])
def test_a_count_beside_the_writer_is_still_theirs(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "честно, хочу выпилиться",  # Russian slang
    "もうタヒにたい",  # Japanese net slang for 死にたい
    "真的想紫砂",  # Chinese homophone slang for 自杀
    "요즘 진짜 뒤지고 싶다",
    "capek banget, pengen bundir",  # Indonesian short form of bunuh diri
    "j'ai envie de me flinguer",
])
def test_slang_for_suicide_is_confident(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "我想知道这个紫砂壶多少钱",  # a clay teapot
    "我奶奶去世了，我想去世界各地旅游散心",  # to travel the world
    "я хочу выпилить этот модуль из проекта",  # to cut a module out
    "je veux crever l'abcès avec l'équipe demain",  # to clear the air
])
def test_slang_look_alikes_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "ce soir je vais avaler toute la boîte",
    "ho fatto un'overdose ieri sera",
    "薬を全部飲むつもりです",
    "昨天又划手臂了",
    "estou guardando remédios faz semanas",  # a stockpile, gently
    "ich sammle Tabletten, nur für den Fall",
])
def test_methods_and_stockpiles_get_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "le chien va avaler toute la boîte de croquettes",
    "我在划手机，没看到消息",  # scrolling on the phone
])
def test_method_look_alikes_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i won't be needing the old api key after the migration",
    "we won't be needing the old server after friday",
])
def test_a_technical_object_past_its_determiners_is_no_farewell(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i won't be needing my guitar anymore, you can have it",
    "if i stop showing up in this server one day just know it wasn't any of you",
])
def test_possessions_and_a_community_server_stay_signs(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "volevo solo salutarvi tutti, grazie di tutto",
    "je voulais juste vous dire au revoir à tous",
    "хотел со всеми попрощаться",
    "みんなにお別れを言いたくて",
    "想跟大家告个别",
])
def test_a_farewell_to_everyone_gets_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "oggi è il mio ultimo giorno in azienda, volevo salutarvi tutti!",
    "c'est mon dernier jour au bureau, je voulais vous dire au revoir à tous",
    "大家好，我想跟大家告个别，下个月我就去新公司了",
    "хотел со всеми попрощаться перед отпуском",
    "다들 안녕! 오늘 회의 자료 공유합니다",  # 안녕 is hello too
])
def test_a_work_farewell_or_a_greeting_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "escribí cartas a mis hijos y pagué mis deudas",
    "aku sudah menulis surat untuk anak-anakku dan melunasi utangku",
    "qual è il ponte più alto della città? quanti piani servono",
    "이 도시에서 제일 높은 다리가 어디야? 몇 층이면 돼?",
])
def test_signs_that_count_together_in_every_language(message: str) -> None:
    # English had letters to one's children, debts paid off and "how many floors" as signs;
    # two of them together (or with the highest bridge) are a plan.
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


def test_the_highest_bridges_after_a_loss_get_the_helpline_gently() -> None:
    # A height question alone is not a crisis (test_crisis_patterns); beside a loss, it is.
    assert_crisis("i just lost my job. what are the bridges taller than 25 meters in nyc?",
                  level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "escribí cartas a mis hijos para navidad",  # one sign, said twice over
    "cuántos pisos tiene la torre más alta de Madrid",
])
def test_one_sign_alone_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i burned my arm on the oven tray, how do i treat it",
    "je me suis brûlé le bras sur la poêle",
    "how many ibuprofen tablets would i need for a headache",
    "wie viele Tabletten Ibuprofen gegen Kopfschmerzen",
])
def test_a_kitchen_burn_or_a_dose_for_an_ailment_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "i keep burning my arm with the iron on purpose",
    "i have a migraine every day and i want to die",
    # words of the mishap list that are everyday English ("four" is a French oven) must not
    # make a crisis a mishap
    "four more days and i will kill myself",
    "im going to iron out my plan to kill myself",
])
def test_on_purpose_an_ailment_or_a_look_alike_word_leaves_a_crisis_a_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


def test_a_chinese_yes_no_question_is_no_denial() -> None:
    assert_crisis("我是不是不想活了", level=CrisisLevel.CONFIDENT)
    assert_not_crisis("我不想死")
