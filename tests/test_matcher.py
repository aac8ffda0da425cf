"""The matcher on the real catalog: decisions a person would notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import evaluate
from bot.engine import topic_model
from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher
from bot.engine.thresholds import ELSEWHERE_ANSWER_AT

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


# -- what the articles say, and other companies' products (issue 9) ------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("what exactly are enhanced safety filters", "user-safety"),
    ("how long do the stricter filters stay on after repeated violations", "user-safety"),
    ("where do i find the cyber use case form, i do pentesting for work", "appeals"),
    ("banned because i signed up from an unsupported country", "appeals"),
    ("should the user ids we put in the metadata be hashed", "api-safeguards-tools"),
    ("we are on bedrock and want to log prompts and completions in our s3 bucket",
     "api-safeguards-tools"),
    ("which address do officers email their legal process to", "law-enforcement"),
    ("got a notice that our org was reported to ncmec and we think it's wrong", "csam"),
    ("will i be sued if i report a security flaw in good faith", "vulnerability-reporting"),
    ("can an agent buy followers through click farming", "agents-usage-policy"),
    ("signup says my email was active in the last 30 days", "account-after-deletion"),
    ("do people in the jailbreak bounty have to sign an nda", "bug-bounty"),
    ("what is the wearehackerone alias for", "bug-bounty"),
    ("how do i close the crisis banner", "crisis-helpline"),
    ("so anthropic actually pays you to break claude's classifiers?", "bug-bounty"),
    ("does claude scan every image for child abuse material", "csam"),
    ("running my max plan through a 3rd party wrapper, will that get me banned",
     "agents-usage-policy"),
    ("can i get phone support", "get-support"),
])
def test_questions_about_what_the_articles_say(question: str, expected: str) -> None:
    assert lead(question) == expected


@pytest.mark.parametrize("question", [
    "chatgpt suspended my account, where's the appeal form",
    "openai banned my org, how do i appeal",
    "i think i found an xss in deepseek, who should i report it to",
    "is there a bug bounty for gemini jailbreaks",
    "copilot keeps refusing to write my code",
    "my discord account got disabled for a violation",
    "reported a harmful llama response, what happens now",
    "ChatGPT账号被封了怎么申诉",
    "ChatGPTのアカウントが停止されました",
    "Mon compte ChatGPT a été suspendu, comment faire appel ?",
    # games and apps by the names people use for them at home
    "me banearon del insta por ser menor, como lo recupero",
    "原神の垢がBANされた、どこに問い合わせ？",
    "王者荣耀账号被封了怎么申诉",
    "롤 계정 정지 당했는데 풀 수 있나요",
    # platforms, payment apps and public portals of each language's countries
    "mein Kleinanzeigen Konto ist gesperrt, wie lege ich Widerspruch ein?",
    "闲鱼账号被封了怎么申诉",
    "카톡 계정 정지됐는데 어떻게 풀어요",
    "bug bounty di BSSN dapet duit gak?",
    # wikis
    "my fandom account got blocked, who do i write to",
    "меня заблокировали в Википедии, как оспорить",
])
def test_questions_about_another_companys_product_are_declined(question: str) -> None:
    result = MATCHER.match(question)
    assert MATCHER.other_product(question) is not None
    assert result.decision is Decision.NONE, question
    assert result.matches == ()


@pytest.mark.parametrize("question", [
    "ma banque m'a suspendu mon compte, comment contester ?",
    "my bank froze my account after a weird charge, how do i appeal that",
    # the asker's own shop, a school's own rules
    "Für unseren Onlineshop: welche Altersverifikation brauchen wir für Minderjährige?",
    "学校规定未成年人晚上不能用手机，合理吗",
])
def test_the_askers_own_bank_shop_and_school_are_not_ours(question: str) -> None:
    assert MATCHER.match(question).decision is Decision.NONE


@pytest.mark.parametrize(("question", "expected"), [
    ("openai banned me last year, can claude ban me for the same thing, how do i appeal",
     "appeals"),
    ("found a jailbreak that works on gpt and on Claude, is there a bounty", "bug-bounty"),
    ("Anthropic's own github repo has a security vulnerability", "vulnerability-reporting"),
])
def test_naming_claude_or_anthropic_keeps_a_question_ours(question: str, expected: str) -> None:
    assert MATCHER.other_product(question) is None
    assert MATCHER.names_us(question)
    assert lead(question) == expected


def test_a_question_that_names_neither_claude_nor_anthropic_does_not_name_us() -> None:
    assert not MATCHER.names_us("my account got banned, can I appeal?")
    assert MATCHER.names_us("クロードのアカウントが停止されました")


def test_a_possessive_still_names_the_product() -> None:
    assert MATCHER.other_product("where is openai's trust portal, i need a soc2 report") == "openai"
    assert MATCHER.other_product("what does meta ai's filter block") == "meta ai"
    assert MATCHER.other_product("my chats are gone") is None


def test_everyday_words_are_not_product_names() -> None:
    # "metà" (Italian), a Google Form, a mouse cursor: not other companies' products here.
    for question in ("a metà conversazione mi hanno bannato l'account",
                     "the google form for my appeal won't load",
                     "the agent moves the cursor and clicks around websites"):
        assert MATCHER.other_product(question) is None, question


@pytest.mark.parametrize("question", [
    "my son's school chromebook lets him see anything, how do i set up parental controls on it",
    "someone stole my car, how do i get a copy of the police report? it was a stolen car",
    "found a prototype pollution vuln in my own pypi package, how do i disclose it responsibly",
    "how do i appeal a speeding ticket",
    "vodafone suspended my account for nonpayment, how to reinstate",
    "wie melde ich einen fehler im bug-bounty-programm bei google",
    # a game's anti-cheat or a forum's moderators
    "got a hwid ban from the anti cheat, can i appeal it",
    "the mods banned me from the forum for one joke, how do i get unbanned",
    "中古で買ったゲーム機が本体BANされてた、解除できる？",
])
def test_our_words_about_the_askers_own_world_are_declined(question: str) -> None:
    # Catalog `elsewhere`: a device, another company's service, a dealing with the police.
    assert MATCHER.elsewhere(question) is not None
    result = MATCHER.match(question)
    assert result.decision is Decision.NONE, question
    assert result.ranked, question  # it did match something of ours, only not well enough


def test_the_askers_own_world_does_not_take_our_questions_away() -> None:
    # Naming Claude or Anthropic keeps it ours.
    named = "my claude account got banned after i asked how to report a stolen car, how do i appeal"
    assert MATCHER.elsewhere(named) is None
    assert lead(named) == "appeals"
    # So does a strong match: a full phrase of the article and more of its words.
    strong = "i deleted my account and now i can't sign up again with my gmail, is there a wait"
    assert MATCHER.elsewhere(strong) == "gmail"
    assert lead(strong) == "account-after-deletion"
    # A Google Form is ours (the appeal form); only Google named as someone else counts.
    assert MATCHER.elsewhere("the google form for my appeal won't load") is None


def test_a_strong_match_in_the_askers_own_world_is_declined_when_the_model_says_not_ours() -> None:
    # Our law-enforcement phrases match strongly, but the question is about Gmail's practice.
    question = ("if the cops ask google for my gmail, does google just hand it over "
                "without a warrant?")
    assert MATCHER.elsewhere(question) == "gmail"
    assert MATCHER.match(question).ranked[0].confidence >= ELSEWHERE_ANSWER_AT
    assert MATCHER.match(question).decision is Decision.NONE


def test_distress_still_wins_in_the_askers_own_world() -> None:
    result = MATCHER.match("someone stole my car and my wallet, i lost everything, i want to die")
    assert result.decision is Decision.CRISIS
    assert MATCHER.match("how do i appeal a speeding ticket, i want to die").decision is (
        Decision.CRISIS)


def test_distress_wins_even_when_another_product_is_named() -> None:
    for message in ("chatgpt banned me and honestly i want to die",
                    "ChatGPTのアカウントが停止された。もう死にたい"):
        result = MATCHER.match(message)
        assert result.decision is Decision.CRISIS, message
        # The helpline, and no article of ours about someone else's ban.
        assert [m.entry.id for m in result.matches] == ["crisis-helpline"]


@pytest.mark.parametrize(("question", "expected"), [
    ("why does claude keep linking support.claude.com/en/articles/8106465 when i ask about nmap",
     "user-safety"),
    ("<https://support.claude.com/ja/articles/8241253-safeguards-warnings-and-appeals|この記事>"
     "を読んだけど、よくわからない", "appeals"),
    ("the old link support.anthropic.com/en/articles/12119250 still works?", "bug-bounty"),
])
def test_a_pasted_link_to_one_of_our_articles_names_it(question: str, expected: str) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER and lead(question) == expected


def test_a_link_to_another_article_is_matched_like_any_question() -> None:
    question = "support.claude.com/en/articles/1234567 says my account got banned, how do i appeal"
    assert lead(question) == "appeals"


def test_a_question_about_the_helpline_is_never_declined_by_the_topic_model() -> None:
    # The model is sure this is about nothing of ours (a script, a popup); the phrases know the
    # helpline banner, and showing it when not needed costs a kind word.
    question = "how do i switch off the mental health popup, it keeps appearing while i draft my " \
               "slasher script"
    assert topic_model.shipped().guesses(question)[0].label == topic_model.NONE
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER and result.lead_id == "crisis-helpline"


@pytest.mark.parametrize(("question", "expected"), [
    ("i moderate a subreddit, is there an api tool to flag self harm posts",
     "api-safeguards-tools"),
    ("ban wave? my claude account just got suspended", "appeals"),
])
def test_a_subreddit_or_a_ban_wave_of_ours_keeps_its_answer(question: str, expected: str) -> None:
    assert MATCHER.match(question).lead_id == expected
