"""What real posts taught the distress check (data/eval/realposts_dev.yaml, read after its first
run): a grief told as a story beside an accident, words put between a listed phrase's words in
Chinese, a wish to disappear for a while, and crowds in a question about a feature.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Decision
from bot.engine.thresholds import DISTRESS_MODEL_OVER_STORY
from bot.slack.answers import escalation_for
from tests.support.crisis import CATALOG, MATCHER, assert_crisis, assert_not_crisis


def test_an_accident_elsewhere_in_the_story_does_not_hold_the_model_back() -> None:
    # The model alone finds this one; an accident named anywhere used to silence it.
    message = ("Hola a todos. Desde que mi hermano murió en un accidente de moto hace dos años "
               "nada es igual. Ya no me queda nadie, no encuentro por qué seguir levantándome y "
               "cada noche pienso que sería mejor no estar.")
    assert MATCHER._crisis._judge(message, None, rules=False) is not None
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_an_accident_told_with_the_signs_still_holds_the_model_back() -> None:
    assert_not_crisis("cut myself badly slicing bread, blood everywhere, feel a bit faint now")


@pytest.mark.parametrize("message", [
    "最近真的不太想活了，每天都好累",
    "说实话我不怎么想活",
    "我已经下了决心去死",
])
def test_chinese_words_between_the_words_of_not_wanting_to_live(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "me dan ganas de desaparecer y ya nada tiene sentido",
    "a veces tengo ganas de desaparecer",
])
def test_spanish_wish_to_disappear_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "i want to disappear for a while from social media, how do i deactivate instagram",
    "tengo ganas de desaparecer un rato de internet",
    "j'ai envie de disparaître quelques semaines des réseaux",
    "nada tiene sentido en este código, el test pasa solo a veces",
])
def test_a_break_from_the_internet_is_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_disappearing_for_good_is_still_a_crisis() -> None:
    assert_crisis("honestly i just want to disappear for good", kind=CrisisKind.SELF,
                  level=CrisisLevel.CONFIDENT)


def test_a_crowd_in_a_question_about_a_feature_is_gentle_and_not_escalated() -> None:
    assert_crisis("could our app notice users looking up suicide methods and show them a "
                  "hotline?", kind=CrisisKind.OTHER, level=CrisisLevel.GENTLE)


def test_people_the_writer_knows_are_someone_in_danger() -> None:
    assert_crisis("two people in my class said they want to kill themselves, what do i do",
                  kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)


def test_posts_about_the_subject_are_a_mention() -> None:
    assert_not_crisis("our moderators want to auto-hide posts about suicide, which library?")


@pytest.mark.parametrize("message", [
    "Claude Code says it is unable to respond and tells me to edit your last message or start a "
    "new session. I'm on two accounts with the pro plan and it happens tonight on both",
    "after the update the app asks me to resend your last message every time, annoying",
])
def test_a_pasted_error_about_your_last_message_and_a_pro_plan_is_not_a_farewell(
        message: str) -> None:
    assert_not_crisis(message)


def test_my_last_message_and_a_plan_of_ones_own_still_count() -> None:
    assert_crisis("i have a plan. tonight.", kind=CrisisKind.SELF)
    assert_crisis("this will be my last message here, goodbye all", kind=CrisisKind.SELF)


def test_telling_ones_story_in_indonesian_is_no_fiction() -> None:
    assert_crisis("capek banget, cuma di sini tempat aku cerita. rasanya sudah enggan hidup.",
                  kind=CrisisKind.SELF)


def test_weak_signs_scattered_through_a_long_bug_report_are_chance() -> None:
    assert_not_crisis(
        "Bug report: the export button fails. Not for every file, only the big ones. Steps: open "
        "a project with more than two hundred files, click export, wait, and the progress bar "
        "stops at ninety percent with no error in the console or in the logs. I tried three "
        "browsers, cleared the cache, reinstalled the desktop app and switched networks, and "
        "nothing changed at all. Expected: the archive downloads. Actual: nothing happens. After "
        "an hour of this I decided to write it up here, for reasons of sanity.")


def test_a_long_post_whose_distress_is_its_own_is_still_a_crisis() -> None:
    assert_crisis(
        "Long time lurker, first post, sorry for the wall of text. I moved cities for a job that "
        "fell through after two months, my savings are gone, my sister stopped answering and my "
        "landlord wants me out by Friday. I used to code every night and now I just lie there. "
        "I've given up on fixing any of it. I can't take this pain anymore and I honestly don't "
        "see how this ends well. Anyway, does anyone know a free counselling line?")


GAME_BUG_REPORT = """### Summary

The suicide command is broken for the smuggler role: he cannot kill himself with it.

### Expected

It works like for the other roles.
"""


def test_a_bug_report_about_a_suicide_command_is_never_escalated() -> None:
    result = MATCHER.match(GAME_BUG_REPORT)
    assert result.decision is not Decision.CRISIS or result.crisis_level is CrisisLevel.GENTLE
    assert escalation_for(result, CATALOG) is None


def test_the_writers_own_distress_inside_a_bug_report_still_counts() -> None:
    report = ("### What's Wrong?\n\nThe export keeps failing and honestly I want to kill myself, "
              "I can't do this anymore.\n\n### What Should Happen?\n\nThe export works.\n")
    assert_crisis(report, kind=CrisisKind.SELF, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "もう薬は十分ためてある。今週末にしようと思う",
    "再来月にはもうこの世にいないと思うので、サブスクは止めておきたい",
    "每天都被噩梦折磨，我只想安乐死",
])
def test_japanese_and_chinese_plans_and_farewells(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_someone_who_has_died_is_no_farewell() -> None:
    assert_not_crisis("父はもうこの世にいないので、父のアカウントを削除したいです")


def test_a_question_of_history_is_no_one_in_danger() -> None:
    assert_not_crisis("which 19th century painters died by killing themselves? it's for an art "
                      "history presentation")


@pytest.mark.parametrize("message", [
    "my cousin is a famous singer and she told me she wants to kill herself",
    "a famous streamer i watch said live he wants to kill himself, who do i tell?",
])
def test_a_famous_person_the_writer_knows_or_watches_is_someone_in_danger(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "the filter test fails: input `i want to kill myself` should return the hotline card but "
    "returns nothing",
    "repro steps:\n```\n> how do I end my life\n(no helpline shown)\n```\nexpected the banner",
])
def test_code_in_a_post_is_quoted_to_a_program_not_the_writers_words(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    # a backtick typed for an apostrophe is no code span
    "i don`t want to live anymore, i can`t do this",
    # the writer's own words beside a code span still count
    "`npm test` passes but honestly i want to kill myself, i can't keep going",
])
def test_the_writers_words_around_code_still_count(message: str) -> None:
    assert_crisis(message)


def test_a_sign_said_of_a_thing_that_runs_out_is_not_the_writers() -> None:
    # "exhausted" of a quota and "dead" of a server had made, with "to make sure", three signs.
    message = ("please fail over to the backup key once the quota is exhausted, the server is "
               "dead by morning otherwise and i need to make sure the job finishes")
    assert_not_crisis(message)


def test_the_same_signs_said_of_the_writer_still_count() -> None:
    assert_crisis("i am exhausted and honestly i feel dead inside, everything is pointless")


@pytest.mark.parametrize("message", [
    "Worker process commits suicide after the watchdog signal\n\nOn 2.3 the worker calls "
    "kill() on itself when the queue is empty and the supervisor logs it as a crash.",
    "thread suicide on shutdown: the daemon thread exits with SIGKILL before flushing logs",
])
def test_a_program_ending_itself_is_no_ones_distress(message: str) -> None:
    assert_not_crisis(message)


def test_suicide_beside_a_process_of_the_writers_own_still_counts() -> None:
    assert_crisis("i'm so tired of this whole process, i think about suicide every day now")


def test_a_story_word_does_not_hold_back_a_model_that_is_all_but_sure() -> None:
    # "This is my story": the writer's life, in a post whose every other line is their own
    # distress. The model is all but sure; the story word had silenced it.
    message = ("Essa é a minha história. Tenho 17 anos, todo dia finjo que estou bem na escola "
               "e choro à noite. Já penso em dar um fim em tudo, não tenho mais vontade de saber "
               "o que vai acontecer amanhã.")
    assert MATCHER._crisis._model.score(message) >= DISTRESS_MODEL_OVER_STORY
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_a_story_still_holds_back_a_model_that_is_only_fairly_sure() -> None:
    message = "i'm writing a short story where the narrator feels hopeless and tired of everything"
    assert MATCHER._crisis._model.score(message) < DISTRESS_MODEL_OVER_STORY
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "Non sono un medico, ma sono autolesionista da undici anni: di solito mi taglio con una "
    "lametta, e adesso ho ricominciato.",
    "i'm not a therapist or anything, i just need to say it: i've been cutting myself again",
])
def test_a_profession_the_writer_denies_is_no_profession(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


def test_forms_of_one_word_listed_apart_are_one_sign() -> None:
    # "tödlich", "tödliche" and "tödlichen" are all found on the one word "tödlichen": one
    # strong sign, not the two a confident crisis needs (a Minecraft article had been one).
    assert_not_crisis("Der /kill Befehl fügt dem Zielobjekt sofortigen, tödlichen Schaden zu.")


@pytest.mark.parametrize("message", [
    "mi hermano me escribió despidiéndose y no contesta, vive solo",
    "my sister sent me a voice message saying goodbye and now she isn't answering her phone, "
    "she lives alone",
])
def test_a_farewell_unanswered_by_someone_who_lives_alone_is_escalated(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER, level=CrisisLevel.CONFIDENT)


def test_a_long_article_in_which_nobody_says_i_names_the_subject() -> None:
    assert_not_crisis(
        "Suicide rates among teenagers rose again in 2020, according to the national statistics "
        "office. Suicide was the leading cause of death for people aged 15 to 24, ahead of road "
        "accidents and cancer. Experts point to social isolation during the pandemic, academic "
        "pressure and the lack of school counsellors. The ministry announced a new prevention "
        "plan with more psychologists in schools and a free helpline open day and night. "
        "Families are encouraged to talk openly with young people and to watch for changes in "
        "sleep, appetite and mood.")


def test_a_bare_term_said_by_the_writer_still_counts() -> None:
    assert_crisis("Suicide. That word has been in my head all week, and I can't make it stop.")


def test_an_old_style_quotation_names_the_word() -> None:
    # `word' (a backtick, then an apostrophe) quotes like double marks, as in program comments
    assert_not_crisis("the handler calls abort() when `suicide' mode is set in the config")


@pytest.mark.parametrize("message", [
    "i don`t want to live anymore",  # a backtick for an apostrophe, after a letter
    "honestly `i want to die' is all i think about",  # the writer's own words, quoted
])
def test_backticks_do_not_hide_the_writers_words(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)
