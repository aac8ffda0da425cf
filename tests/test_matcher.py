"""The matcher on the real catalog: decisions a person would notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import evaluate
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher

CATALOG = load_catalog()
MATCHER = Matcher(CATALOG)
EVAL_DIR = Path(__file__).resolve().parent.parent / "data" / "eval"


def lead(question: str) -> str:
    return MATCHER.match(question).lead_id


@pytest.mark.parametrize(("question", "expected"), [
    ("my account got banned, can I appeal?", "appeals"),
    ("police asked us for user data", "law-enforcement"),
    ("found an XSS on claude.ai", "vulnerability-reporting"),
    ("is there a reward for jailbreaks", "bug-bounty"),
    ("can i sign up again after deleting my account", "account-after-deletion"),
    ("rules for autonomous agents and computer use", "agents-usage-policy"),
    ("how do we stop our own users from abusing our app built on the api", "api-safeguards-tools"),
    ("our edtech product is for teenagers, what rules apply", "minors"),
    ("how do i report a harmful response", "reporting-content"),
    ("how does anthropic detect child sexual abuse material", "csam"),
    ("government agency needs exceptions to the usage policy", "usage-policy-exceptions"),
])
def test_everyday_questions_get_their_article(question: str, expected: str) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER
    assert result.lead_id == expected


def test_typos_slang_and_markup_do_not_matter() -> None:
    assert lead("acount suspnded pls help") == "appeals"
    assert lead("<@U123ABC> <!channel> my acct got banned") == "appeals"
    assert lead("vulnerabilty report") == "vulnerability-reporting"


def test_other_languages_including_unspaced_scripts() -> None:
    assert lead("Mon compte a été suspendu, comment faire appel ?") == "appeals"
    assert lead("アカウントが停止されました") == "appeals"
    assert lead("경찰이 사용자 정보를 요청하면 어떻게 되나요") == "law-enforcement"
    assert lead("Как пожаловаться на вредный ответ?") == "reporting-content"
    assert lead("ＡＰＩ　ＳＡＦＥＧＵＡＲＤＳ") == "api-safeguards-tools"


def test_out_of_scope_is_declined_not_guessed() -> None:
    for question in ("how much does claude pro cost", "reset password", "hello", "ok thanks",
                     "is it going to rain today", "", "   ", "🙂🙂"):
        result = MATCHER.match(question)
        assert result.decision is Decision.NONE, question
        assert result.matches == ()


def test_crisis_wins_over_any_topic_and_keeps_the_topic_second() -> None:
    result = MATCHER.match("my account got banned and honestly i want to die")
    assert result.decision is Decision.CRISIS
    assert [m.entry.id for m in result.matches] == ["crisis-helpline", "appeals"]


def test_questions_about_the_helpline_feature_are_answers_not_crises() -> None:
    result = MATCHER.match("why does claude show a helpline banner sometimes")
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "crisis-helpline"


@pytest.mark.parametrize("language", sorted(CATALOG.crisis.distress))
def test_every_distress_phrase_triggers_a_crisis_alone_and_in_a_sentence(language: str) -> None:
    for phrase in CATALOG.crisis.distress[language]:
        assert MATCHER.match(phrase).decision is Decision.CRISIS, phrase
        padded = f"sorry to bother you. {phrase}. anyway how do i export my data?"
        assert MATCHER.match(padded).decision is Decision.CRISIS, padded


def test_indirect_distress_in_several_languages() -> None:
    for message in (
        "i don't see the point anymore",
        "everyone would be better off without me",
        "i just want to sleep and never wake up",
        "je veux en finir",
        "ich will nicht mehr leben",
        "ya no quiero vivir",
        "não aguento mais viver",
        "voglio farla finita",
        "もう死にたい",
        "죽고싶다",
        "我不想活了",
        "aku ingin mati saja",
        "я больше не хочу жить",
    ):
        assert MATCHER.match(message).decision is Decision.CRISIS, message


def test_ambiguous_questions_offer_choices() -> None:
    result = MATCHER.match("responsible disclosure bug bounty")
    assert result.decision in (Decision.SUGGEST, Decision.ANSWER)
    if result.decision is Decision.SUGGEST:
        assert 2 <= len(result.matches) <= 3
        ids = [m.entry.id for m in result.matches]
        assert len(set(ids)) == len(ids)


def test_an_article_beats_a_resource_on_the_same_words() -> None:
    assert lead("exceptions to the acceptable use policy") == "usage-policy-exceptions"
    assert lead("where is the acceptable use policy") == "usage-policy"


@pytest.mark.parametrize("path", sorted(EVAL_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_no_crisis_message_in_our_eval_sets_is_missed(path: Path) -> None:
    outcomes = evaluate.run(MATCHER, evaluate.load_items(path))
    missed = [o.item.q for o in outcomes
              if "crisis" in o.item.tags and o.got != "crisis-helpline"]
    assert missed == []
