"""Crisis detection beyond the words of the catalog: other word forms, gaps, idioms, farewells,
someone worried about another person; and what is *not* a crisis: the writer's own denial, a
story, a question about the helpline feature.

Every sentence here was written for this file: none is in the catalog as it stands, none is
copied from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import evaluate
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Decision, Result
from bot.slack.answers import escalation_for
from bot.slack.render.answer import for_result
from bot.text import plain_reply, wording
from tests.support.crisis import CATALOG, MATCHER, assert_crisis, assert_not_crisis

ROOT = Path(__file__).resolve().parent.parent
EVAL_FILES = [ROOT.parent / "shared" / "eval" / "questions.yaml",
              *sorted((ROOT / "data" / "eval").glob("*.yaml"))]
# At most this share of the questions that are not crises may get a crisis reply.
FALSE_ALARM_BUDGET = 0.01


def match(message: str) -> Result:
    return MATCHER.match(message)


# -- word forms ----------------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    # German: zu-infinitives and separable verbs, whichever way round
    "ich habe beschlossen, mich umzubringen",
    "ich denke oft darüber nach, mir das Leben zu nehmen",
    "morgen bringe ich mich um",
    # Spanish and Italian: pronouns attached to the verb, or standing before it
    "me quiero quitar la vida esta noche",
    "he pensado en matarme",
    "estoy pensando seriamente en suicidarme",
    "ho deciso di ammazzarmi",
    # Portuguese: the hyphenated pronoun
    "acho que vou matar-me",
    # "to live" going on, as a gerund: "continuar vivendo", "seguir viviendo"
    "eu já não vejo sentido em continuar vivendo depois de tudo",
    # French: elisions and the pronoun before the verb
    "j'ai envie d'en finir une bonne fois",
    "je pense à me tuer",
    # Russian: cases and verb forms
    "постоянно думаю о самоубийстве",
    "я покончу с собой",
    # English: contractions spelt out, forms of the verb
    "i do not want to be alive anymore",
    "been taking all my pills at once in my head all day",
])
def test_other_word_forms_of_listed_phrases(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF, level=CrisisLevel.CONFIDENT)


def test_a_reflexive_pronoun_stands_for_anyone_and_says_whose_distress() -> None:
    # "shoot myself" is listed; "himself" is someone the writer is worried about.
    assert_crisis("my dad keeps talking about shooting himself", kind=CrisisKind.OTHER,
                  level=CrisisLevel.CONFIDENT)
    # "ammazzarmi" is listed; "ammazzarsi" is the same verb, of someone else.
    assert_crisis("mio fratello dice che vuole ammazzarsi", kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "i want to... honestly just die",
    "i really really want to die",
    "ich will wirklich nicht mehr weiter leben",
    "quiero de verdad morirme",
])
def test_a_word_or_two_between_the_words_of_a_phrase(message: str) -> None:
    assert_crisis(message)


def test_word_forms_that_would_be_false_alarms_are_not_joined() -> None:
    # Third person or present tense of the same verbs: everyday hyperbole.
    assert_not_crisis("me mata el calor en esta oficina")
    assert_not_crisis("me muero de ganas de probar el modelo nuevo")
    assert_not_crisis("je meurs d'envie de tester la nouvelle version")
    assert_not_crisis("muoio dalla voglia di provarlo")
    # A pronoun in another clause is not the verb's own.
    assert_not_crisis("en mi novela el personaje quiere suicidarse, ¿claude me ayuda?")


# -- idioms, farewells, disappearing, loneliness, a life falling apart -----------------------

@pytest.mark.parametrize("message", [
    "je suis vraiment à bout",
    "je suis au bout du rouleau depuis des mois",
    "estoy al límite, no sé qué hacer",
    "non ce la faccio più, sono allo stremo",
    "ich bin am Ende und kann nicht mehr",
    "я на пределе, сил больше нет",
    "i'm at the end of my rope",
    "honestly i feel so alone all the time",
    "i'm so exhausted and lonely lately",
    "lost my job in march, my partner left me, and now i'm behind on rent",
])
def test_everyday_idioms_of_exhaustion_and_loneliness_show_the_helpline_gently(
        message: str) -> None:
    result = assert_crisis(message, level=CrisisLevel.GENTLE)
    assert escalation_for(result, CATALOG) is None


@pytest.mark.parametrize("message", [
    "bye everyone, thanks for everything, it was nice knowing you all",
    "this is my last message. goodbye everyone",
    "adieu à tous, c'était bien de vous connaître",
])
def test_farewell_messages_are_crises(message: str) -> None:
    assert_crisis(message)


def test_a_farewell_for_a_last_day_at_work_or_a_holiday_is_not() -> None:
    assert_not_crisis("goodbye everyone, tomorrow is my last day here, it was great working "
                      "with you")
    assert_not_crisis("bye everyone, off on holiday for two weeks")


@pytest.mark.parametrize("message", [
    "it would all be so much simpler for everyone if i just disappeared",
    "sometimes i think my family would be happier without me",
    "sería todo más fácil si desapareciera",
    "всем было бы проще, если я исчезну",
    "ich bin allen nur eine Last",
    "sou um fardo pra minha família",
])
def test_disappearing_and_being_a_burden(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_the_second_look_by_similarity_is_gentle() -> None:
    for message in ("so tired of bein alive", "ich habe keine lust mehr auf leben"):
        result = assert_crisis(message, level=CrisisLevel.GENTLE)
        assert escalation_for(result, CATALOG) is None
        assert any(s.startswith("similar") for s in MATCHER.distress_signals(message))


# -- someone else in danger: the person asking is helping ------------------------------------

@pytest.mark.parametrize("message", [
    "my sister told me last night that she wants to die",
    "my son keeps talking about not wanting to be alive",
    "a coworker said he's planning to end his life this weekend",
    "one of our users wrote in a ticket that they are going to kill themselves",
    "mon amie m'a écrit qu'elle voulait mourir",
    "mein Freund hat gesagt, dass er sich umbringen will",
    "mi hermano dice que se quiere morir",
    "minha amiga disse que quer morrer",
    "моя подруга говорит, что хочет умереть",
    "temanku bilang dia ingin bunuh diri",
    "友達が死にたいと言っていて心配です",
    "我朋友说她不想活了",
])
def test_someone_else_in_danger_is_a_crisis_with_words_for_the_helper(message: str) -> None:
    result = assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)
    assert escalation_for(result, CATALOG) is CATALOG.crisis
    text = plain_reply.render(result, CATALOG)
    assert text.startswith(wording.HELPER_OPENING)
    assert wording.HELPER_HELP in text
    assert wording.CRISIS_OPENING not in text
    reply = for_result(result, CATALOG)
    assert reply.blocks[0]["text"]["text"] == wording.HELPER_OPENING
    assert f"<{CATALOG.crisis.url}|" in str(reply.blocks)


def test_the_writers_own_distress_wins_over_someone_elses() -> None:
    assert_crisis("my friend wants to die and honestly so do i, i want to die too",
                  kind=CrisisKind.SELF)


def test_helper_words_are_warm_and_promise_nothing_the_bot_cannot_do() -> None:
    words = f"{wording.HELPER_OPENING} {wording.HELPER_HELP}".lower()
    for promise in ("we will", "we'll", "someone will", "i will", "i'll", "contact you",
                    "reach out to you", "follow up"):
        assert promise not in words
    for cold in ("error", "request", "unable", "ticket", "must", "should have"):
        assert cold not in words
    assert "988" in words and "emergency" in words


# -- not crises: the writer's denial, stories, questions about the feature -------------------

@pytest.mark.parametrize("message", [
    "I'm not suicidal, I just want to report a bug in the sidebar",
    "i'm not going to hurt myself, i only need my password reset",
    "no, i don't want to die, i want my account back",
    "I'm not depressed or suicidal, just stuck on the api rate limits",
    "je ne suis pas suicidaire, c'est une question de facturation",
    "ich bin nicht suizidal, ich habe nur eine Frage zur Sperrung",
    "no tengo pensamientos suicidas, solo es una duda sobre mi cuenta",
    "não quero me matar, só quero entender a política",
    "non voglio uccidermi, volevo solo segnalare un problema",
    "aku tidak ingin bunuh diri, cuma mau lapor bug",
    "我不想死，只是想问个问题",
    "死にたくないです、質問があるだけです",
])
def test_the_writers_own_denial_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_a_denial_then_real_distress_is_still_a_crisis() -> None:
    assert_crisis("i'm not suicidal but honestly i can't go on like this", kind=CrisisKind.SELF,
                  level=CrisisLevel.CONFIDENT)
    assert_crisis("i don't want to die but i can't stop thinking about killing myself",
                  level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "my novel's main character wants to die in chapter two, is writing that allowed?",
    "in my story the villain tries to kill himself, does that break the usage policy?",
    "writing a screenplay where a character talks about suicide, will claude refuse?",
    'in my story she screams "i want to die" and runs off, is that ok to write?',
    "can claude help me write a poem about a girl who feels hopeless and alone",
    "mon personnage de roman veut mourir, est-ce que Claude peut m'aider à l'écrire ?",
    "in meinem Roman will die Hauptfigur sterben",
])
def test_clear_fiction_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_a_writer_speaking_of_themselves_is_a_crisis_even_about_a_story() -> None:
    assert_crisis("i'm writing a story and honestly i want to die", kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "does claude show suicide hotline numbers in every country?",
    "how does claude handle conversations about self harm?",
    "we're building a mental health app, can claude detect suicidal intent?",
    "i'm writing an article on suicide prevention for our blog",
])
def test_naming_the_subject_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_questions_about_someone_in_general_show_the_helpline_gently() -> None:
    for message in ("what does claude do if someone brings up self harm in a chat",
                    "what should i say if someone tells me they want to die"):
        result = assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.GENTLE)
        assert escalation_for(result, CATALOG) is None
        text = plain_reply.render(result, CATALOG)
        assert text.startswith(wording.CRISIS_GENTLE_OPENING)


def test_someone_looking_for_a_hotline_gets_it_gently() -> None:
    result = assert_crisis("what's the suicide hotline number", level=CrisisLevel.GENTLE)
    assert escalation_for(result, CATALOG) is None


@pytest.mark.parametrize("message", [
    "this bug is killing me", "how do i kill a running process", "my laptop battery died",
    "i'm dying to know when the new model launches", "the deadline is killing us",
    "i'm so tired of these captchas, i give up", "my account is dead and all my chats are gone",
    "i have no one on my team who knows the api", "how do i end my session on every device",
    "ce bug me tue", "ich sterbe vor Hunger", "estou morrendo de rir", "笑死我了",
])
def test_everyday_words_of_death_and_tiredness_are_not_crises(message: str) -> None:
    assert_not_crisis(message)


# -- escalation: only a confident crisis ---------------------------------------------------

def test_only_a_confident_crisis_is_escalated() -> None:
    confident = assert_crisis("some nights i want to kill myself", level=CrisisLevel.CONFIDENT)
    assert escalation_for(confident, CATALOG) is CATALOG.crisis
    gentle = assert_crisis("je suis à bout", level=CrisisLevel.GENTLE)
    assert escalation_for(gentle, CATALOG) is None


def test_a_question_about_the_helpline_feature_is_answered_and_not_escalated() -> None:
    result = match("why did a helpline banner pop up in my chat yesterday")
    assert result.decision is Decision.ANSWER and result.lead_id == "crisis-helpline"
    assert escalation_for(result, CATALOG) is None


def test_a_crisis_result_built_without_a_kind_reads_as_the_persons_own() -> None:
    """Results made elsewhere (triage, tests) keep the words for the person in distress."""
    result = Result(Decision.CRISIS, match("i just want to die tonight").matches, ())
    assert plain_reply.render(result, CATALOG).startswith(wording.CRISIS_OPENING)
    assert escalation_for(result, CATALOG) is CATALOG.crisis


# -- the false-alarm guard on every evaluation set ------------------------------------------

def _non_crisis_questions() -> list[str]:
    questions = []
    for path in EVAL_FILES:
        if path.exists():
            questions += [i.q for i in evaluate.load_items(path) if "crisis" not in i.tags]
    return questions


def test_crisis_replies_to_questions_that_are_not_crises_stay_rare() -> None:
    questions = _non_crisis_questions()
    assert len(questions) > 500
    alarms = [q for q in questions if match(q).decision is Decision.CRISIS]
    escalated = [q for q in alarms if escalation_for(match(q), CATALOG) is not None]
    print(f"\nfalse alarms: {len(alarms)} crisis replies, {len(escalated)} escalated, "
          f"of {len(questions)} questions that are not crises "
          f"({len(alarms) / len(questions):.2%})")
    assert len(alarms) <= FALSE_ALARM_BUDGET * len(questions), alarms


@pytest.mark.parametrize("path", [p for p in EVAL_FILES if p.exists()], ids=lambda p: p.name)
def test_no_crisis_of_the_evaluation_sets_is_missed(path: Path) -> None:
    outcomes = evaluate.run(MATCHER, evaluate.load_items(path))
    missed = [o.item.q for o in outcomes
              if "crisis" in o.item.tags and o.got != "crisis-helpline"]
    assert missed == []


def test_every_catalog_distress_phrase_alone_is_a_crisis_in_every_language() -> None:
    """The gentle ones too (their ~ mark is not part of the words)."""
    for language, phrases in CATALOG.crisis.distress.items():
        for phrase in phrases:
            assert match(phrase).decision is Decision.CRISIS, (language, phrase)


@pytest.mark.parametrize(("message", "kind"), [
    # Traditional characters are read as Simplified: the catalog's phrases serve both scripts.
    ("我真的想結束這一切", CrisisKind.SELF),
    ("我朋友說她不想活了", CrisisKind.OTHER),
    # A want-verb in any person and tense: "vouloir en finir" covers "il voulait en finir".
    ("ma sœur m'a écrit qu'elle voulait en finir", CrisisKind.OTHER),
    ("je voudrais en finir ce soir", CrisisKind.SELF),
])
def test_traditional_chinese_and_other_tenses_of_listed_phrases(message: str,
                                                                kind: CrisisKind) -> None:
    assert_crisis(message, kind=kind)


def test_japanese_markers_of_whose_distress_survive_the_folding_of_characters() -> None:
    # "友達" is folded like the message ("友达"), so the friend is still the one in danger.
    assert_crisis("友達がもう死にたいって言ってる", kind=CrisisKind.OTHER)


# -- weary of being alive, and of living somewhere ----------------------------------------------

@pytest.mark.parametrize("message", [
    "honestly i'm sick of being alive",
    "so fed up with being alive at this point",
    "je suis fatiguée d'être en vie",
    "ich hab das Leben satt",
    "sono stanco di vivere così",
    "tô cansada de viver",
])
def test_weariness_of_being_alive_is_a_confident_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "tired of living in london, thinking of moving north",
    "harto de vivir en esta ciudad con tanto tráfico",
    "устал жить в съёмной квартире",
    "marre de vivre au centre-ville",
])
def test_weary_of_living_somewhere_shows_the_helpline_gently_and_tells_nobody(
        message: str) -> None:
    # Perhaps the place, perhaps life: the helpline, gently, without an escalation notice.
    result = assert_crisis(message, level=CrisisLevel.GENTLE)
    assert escalation_for(result, CATALOG) is None


def test_living_with_pain_stays_a_confident_crisis() -> None:
    assert_crisis("tired of living with this pain every single day", level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "death seems like the only option left",
    "la única salida es la muerte",
    "der Tod ist der einzige Ausweg für mich",
    "смерть единственный выход",
    "只有死才能解脱",
    "rasanya mati adalah satu-satunya jalan",
])
def test_death_as_the_only_way_out_is_a_confident_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "i just want to end my suffering",
    "quero acabar com o meu sofrimento",
    "je veux mettre fin à ma souffrance",
])
def test_wanting_ones_suffering_to_end_shows_the_helpline_gently(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "we had to put our dog down to end his suffering",
    "the vet said it would end her suffering, poor old cat",
    "in hardcore mode death is the only way out of the dungeon",
])
def test_an_animals_suffering_and_a_games_death_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "having dark thoughts again tonight",
    "j'ai des idées noires depuis des semaines",
    "ich habe in letzter Zeit dunkle Gedanken",
    "у меня опять чёрные мысли",
    "요즘 자꾸 나쁜 생각이 들어",
])
def test_dark_thoughts_show_the_helpline_gently(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "tomei comprimidos demais agora há pouco",
    "я выпила слишком много таблеток",
    "j'ai avalé trop de cachets tout à l'heure",
])
def test_having_taken_too_many_pills_is_a_confident_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "my novel's villain has dark thoughts, how do i write him convincingly",
    "나쁜 생각 하지 마 친구야 화이팅",
])
def test_dark_thoughts_in_fiction_or_in_encouragement_are_not(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "how to kill yourself painlessly",
    'my kid searched "how to kill yourself painlessly" on the ipad',
    "wie bringt man sich schmerzlos um",
])
def test_a_method_searched_for_is_a_confident_crisis(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "go kill yourself loser",  # a bully's insult, not a search: another concern
    "how do you kill yourself in bitlife to start a new life",
    "how to kill yourself in minecraft to respawn at spawn",
])
def test_an_insult_or_a_games_death_is_not_that(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "honestly life is pointless",
    "la vida no tiene sentido",
    "das Leben ist sinnlos",
    "жизнь бессмысленна",
    "ich denke ständig an den Tod",
    "penso na morte o tempo todo",
    "맨날 죽음에 대해 생각해",
])
def test_a_pointless_life_and_constant_thoughts_of_death_show_the_helpline_gently(
        message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_a_pointless_tool_is_not_a_pointless_life() -> None:
    assert_not_crisis("without a plugin this editor is pointless")
