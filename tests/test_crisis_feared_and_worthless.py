"""Japanese and Korean ask a worry with a negation: "娘が自殺しないか心配" (afraid my daughter might
kill herself), "아들이 자살하지 않을까 걱정" (worried my son might). That negation asks; it denies
nothing. After a reason or a worth to live, Japanese "none" is the despair itself ("生きる意味なんて
ない"). A few everyday ways of saying it that no phrase held: Russian "хочу сдохнуть", Indonesian
"aku pantas mati", German self-harm said again with a relapse, "just let me die", Spanish
veins beside "una locura" (the old euphemism), French wanting to see one's blood run. And a
dataset or the symptoms of a subject are that subject named, not anyone's distress. A fear that
someone will take their life is said with the verb in the subjunctive or the present ("qu'il ne
mette fin à ses jours", "que se quite la vida", "dass sie sich umbringt"): someone at risk.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "娘が自殺しないか心配です",
    "息子が自殺しないかと毎日不安で",
    "아들이 자살하지 않을까 몹시 걱정입니다",
    "동생이 자해하지 않을까 무서워요",
])
def test_a_negation_that_asks_with_a_worry_is_someone_at_risk(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "自殺しないから心配しないで",
    "自殺しないです、心配しないで",
    "자살하지 않아요, 걱정 마세요",
    "저는 자해하지 않을 거니까 걱정 마세요",
])
def test_a_denial_that_says_do_not_worry_stays_a_denial(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", ["生きてる意味なんてない", "もう生きる意味もない"])
def test_no_reason_to_live_in_japanese_is_despair(message: str) -> None:
    assert_crisis(message)


def test_it_is_not_that_there_is_no_reason_stays_a_denial() -> None:
    assert_not_crisis("生きる意味がないわけじゃない")


@pytest.mark.parametrize("message", [
    "устал от всего, хочу сдохнуть",
    "aku pantas mati, cuma nyusahin semua orang",
    "gestern wieder geritzt. rückfall nach drei monaten",
    "please just let me die",
    "me quedo mirando mis venas y pienso en hacer una locura",
    "parfois j'ai envie de voir mon sang couler",
])
def test_everyday_ways_of_saying_it(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "чуть не сдох от смеха",
    "телефон сдох, хочу новый",
    "koruptor lebih pantas mati daripada dipenjara",
    "wir haben unsere Initialen wieder ins Holz geritzt",
    "beim Kochen wieder geschnitten, Rückfall in alte Gewohnheiten lol",
    "overdose symptoms in dogs",
    "el viernes vamos a hacer una locura: pizza y karaoke",
    "me sacaron sangre de las venas para el análisis, qué locura",
    "we are publishing a self-harm dataset for classifier research",
])
def test_the_same_words_about_other_things_are_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "my dog ate an ibuprofen pill, is it dangerous?",
    "mon chien a avalé un cachet de paracétamol, je fais quoi ?",
    "我家狗吃了一片布洛芬怎么办",
])
def test_a_pill_a_pet_ate_is_the_vets_question(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "猫托付给朋友了，以后就不麻烦大家了",
    "le dejé mi gato a mi hermana y regalé mis cosas. ya está todo listo",
])
def test_a_pet_given_away_is_still_a_warning_sign(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "je crains que mon frère ne mette fin à ses jours",
    "me da miedo que mi hija se quite la vida",
    "ho paura che mia sorella si tolga la vita",
    "tenho medo que ele se mate, não sei o que fazer",
    "ich habe Angst, dass mein Vater sich umbringt",
])
def test_a_fear_that_someone_will_take_their_life_is_someone_at_risk(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "der Film handelt von einem Mann, der sich umbringt",
    "das bringt mich um, dieser Bug",
])
def test_a_film_about_it_or_a_bug_is_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "我哥最近一直说想死，我很担心",
    "엄마가 살기 싫다고 울었어요",
    "母がもう生きていたくないと言っています",
])
def test_a_family_member_who_says_it_is_someone_at_risk(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "友達に死にたいって言った",
    "엄마한테 죽고 싶다고 말했어",
    "私は母に死にたいと言った",
])
def test_the_person_told_is_not_the_one_in_distress(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "come faccio ricorso per il ban? tanto ormai non so perché sono ancora viva",
    "como recorro do banimento? não sei por que ainda estou vivo",
    "계정 정지 이의 제기 어떻게 해요? 솔직히 내가 왜 아직 살아있는지 모르겠어요",
    "账号被封怎么申诉？说实话我不知道自己为什么还活着",
    "gimana cara banding akun? jujur kenapa aku masih hidup aja aku gak tau",
])
def test_not_knowing_why_one_is_still_alive_beside_a_question_is_distress(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "이 버그가 왜 살아있는지 모르겠네 ㅋㅋ",
    "不知道这个老服务为什么还活着",
    "koruptor kenapa masih hidup",
])
def test_a_bug_or_a_service_still_alive_is_not(message: str) -> None:
    assert_not_crisis(message)
