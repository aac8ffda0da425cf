"""Catalog `situations`: a subscription used through another program, asked about with a worry
about the rules or a ban, is the agents article's, whatever "banned" would say alone.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.catalog import CatalogError, load_catalog
from bot.engine.matcher import Decision, Matcher
from tests.support.answers import assert_answers

MATCHER = Matcher(load_catalog())
ROOT = Path(__file__).resolve().parents[1]
MINI = Path(__file__).parent / "catalogs" / "mini.yaml"


@pytest.mark.parametrize("question", [
    "if I log in with my Max subscription through OAuth in this VS Code extension, could "
    "Anthropic ban my account?",
    "is it against the ToS to use a third-party client with my claude pro plan",
    "running claude code headless from cron jobs on my personal subscription, will that get me "
    "suspended?",
    "does opencode break anthropic's terms if I sign in with my claude account",
    "we rotate three subscription accounts so the agents never hit the limit. allowed?",
    "用第三方客户端登录Claude会不会被封号？",
    # several accounts run together, or a subscription through another program, in the words
    # people use at home
    "tenho várias contas do claude num script que troca entre elas, isso é proibido?",
    "複数アカウントでClaudeを回してるけど規約違反になる？",
    "여러 계정으로 클로드 돌리면 걸리나요",
    "我用多个账号轮着调用Claude，会违规吗",
    "boleh gak sih pake akun claude di aplikasi pihak ketiga?",
    "можно ли пользоваться claude через подписку в стороннем клиенте, не банят?",
    "ai-je le droit d'utiliser plusieurs comptes claude pour mon agent ?",
    # a subscription named with its plan
    "用这个插件跑 claude max 订阅，会不会被封号？",
    "is it against the rules to run this harness on my claude max subscription",
    # the harness now asking for an API key, or eating extra usage
    "opencode stopped working with my claude max plan, now it wants an api key. what changed?",
    "openclaw keeps using my extra usage instead of the plan limits, is that on purpose?",
])
def test_a_subscription_used_through_another_program_is_about_the_agents_rules(
    question: str,
) -> None:
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER
    assert result.lead_id == "agents-usage-policy"


@pytest.mark.parametrize("question", [
    # a ban with no other program in it
    "my claude account got banned yesterday, what can I do",
    # the appeal itself, whatever caused the ban
    "I was banned after using a third-party client with my claude subscription, how do I appeal?",
])
def test_a_ban_without_the_situation_or_with_an_appeal_stays_with_appeals(question: str) -> None:
    assert MATCHER.match(question).lead_id == "appeals"


def test_the_situation_needs_its_worry_too() -> None:
    # The other program alone, with no word of rules or bans: the phrases decide.
    question = "how do I install a third-party client for claude on linux"
    assert MATCHER.situation(question) is None
    assert MATCHER.match(question).lead_id != "agents-usage-policy"


def test_another_companys_product_is_still_declined() -> None:
    question = "will chatgpt ban me for using my plus subscription in a third-party client?"
    assert MATCHER.situation(question) == "agents-usage-policy"
    assert MATCHER.match(question).decision is Decision.NONE


def test_distress_still_comes_first() -> None:
    result = MATCHER.match("they banned my account for using oauth in opencode and honestly "
                           "I want to kill myself")
    assert result.decision is Decision.CRISIS


@pytest.mark.parametrize("question", [
    "how does claude respond to self harm",
    "does claude react to suicidal messages?",
    "how does the bot deal with suicide",
])
def test_how_claude_handles_distress_is_the_helpline_articles(question: str) -> None:
    # A question about the product, not a crisis: the article, and no crisis reply.
    result = MATCHER.match(question)
    assert result.decision is Decision.ANSWER, (question, result.decision)
    assert result.lead_id == "crisis-helpline"


def test_distress_said_to_claude_is_still_a_crisis() -> None:
    result = MATCHER.match("claude, how do i handle this, i want to die")
    assert result.decision is Decision.CRISIS


def test_explain_names_the_situation() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "--explain",
         "is using my claude subscription in a third-party tool against the terms of service?"],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert reply["explain"]["situation"] == "agents-usage-policy"
    assert reply["matches"][0]["id"] == "agents-usage-policy"


def _with_situations(tmp_path: Path, block: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    path = tmp_path / "catalog.yaml"
    path.write_text(text.replace("\nentries:\n", f"\n{block}\nentries:\n", 1), encoding="utf-8")
    return path


def test_a_situation_in_a_catalog_is_read(tmp_path: Path) -> None:
    path = _with_situations(tmp_path, (
        "situations:\n"
        "  - article: appeals\n"
        "    why: a test\n"
        "    when: [gizmo]\n"
        "    about: [wobbles]\n"
        "    unless: [never]\n"))
    (situation,) = load_catalog(path).situations
    assert (situation.article, situation.when, situation.about, situation.unless) == (
        "appeals", ("gizmo",), ("wobbles",), ("never",))


@pytest.mark.parametrize(("block", "says"), [
    ("situations:\n  - article: nowhere\n    why: x\n    when: [a b]\n    about: [c]\n",
     "article 'nowhere' is not an entry"),
    ("situations:\n  - article: appeals\n    when: [gizmo]\n    about: [wobbles]\n",
     "a situation needs why"),
    ("situations:\n  - article: appeals\n    why: x\n    when: [gizmo]\n    about: []\n",
     "at least one word in 'when' and 'about'"),
    ("situations:\n  - article: appeals\n    why: x\n    when: ['?!']\n    about: [wobbles]\n",
     "'?!' has no letters or digits"),
    ("situations:\n  - article: appeals\n    why: x\n    when: [gizmo]\n    about: [w]\n"
     "    if: [x]\n", "unknown field 'if'"),
    ("situations: {article: appeals}\n", "'situations' must be a list"),
])
def test_a_broken_situation_is_named_with_its_line(tmp_path: Path, block: str, says: str) -> None:
    path = _with_situations(tmp_path, block)
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert any(says in problem and f"{path}:" in problem for problem in caught.value.problems), \
        caught.value.problems


@pytest.mark.parametrize("question", [
    "false positive: the safety filter blocks my prompts about firewall hardening for my own "
    "servers",
    "my requests keep getting flagged incorrectly while I write routine penetration test "
    "reports for our clients",
])
def test_a_legitimate_prompt_the_filters_flagged_is_about_the_safety_filters(
    question: str,
) -> None:
    assert MATCHER.situation(question) == "user-safety"
    assert MATCHER.match(question).lead_id == "user-safety"


def test_a_flagged_account_to_appeal_stays_with_appeals() -> None:
    question = ("my account was suspended after a false positive on my prompts, how do I "
                "appeal?")
    assert MATCHER.situation(question) != "user-safety"
    assert MATCHER.match(question).lead_id == "appeals"


@pytest.mark.parametrize("question", [
    "is it allowed to use claude to classify self-harm content for our moderation team?",
    "我在做关于青少年自伤内容的研究，想用Claude分析帖子，这种用途违反政策吗？",
    "Ich forsche zu Suizidprävention: darf ich Forenbeiträge über Suizid mit Claude "
    "klassifizieren, oder verstößt das gegen die Regeln?",
])
def test_research_on_content_about_suicide_asks_the_usage_policy(question: str) -> None:
    assert_answers(question, "usage-policy")


@pytest.mark.parametrize("question", [
    "could i get claude to draft phishing mails for our staff awareness drill or is that "
    "prohibited",
    "est-ce qu'on a le droit de faire rédiger des faux avis clients par Claude ?",
    "Ist es erlaubt, mit Claude Wahlkampf-Texte für unseren Kandidaten zu schreiben?",
    "¿está permitido que Claude me ayude con diagnósticos médicos para mis pacientes?",
    "posso usare Claude per scrivere recensioni false? è vietato?",
    "Можно ли попросить Claude сделать дипфейк голоса начальника?",
    "boleh ga pake claude bikin konten hoaks buat grup wa",
    "Claudeで偽レビューを量産するのは規約違反ですか",
    "클로드로 얼굴 인식 시스템 만들어도 되나요?",
    "用Claude写钓鱼邮件做安全培训，这违反使用政策吗？",
])
def test_a_use_the_usage_policy_names_asks_the_usage_policy(question: str) -> None:
    assert_answers(question, "usage-policy")


@pytest.mark.parametrize(("question", "article"), [
    # a ban over such a use is an appeal; an agent doing it is the agents article's
    ("my claude account got banned after i asked for phishing examples, can i appeal?",
     "appeals"),
    ("can an agent built on the agent sdk post fake reviews for us? is that allowed",
     "agents-usage-policy"),
    # a minor, a scam's victim at the police: not the policy's question
    ("경찰이 사기 피해자 진술하러 오라는데 꼭 가야 되나요?", None),
    ("C'est interdit de laisser des ados utiliser l'assistant, même sous surveillance ?",
     "minors"),
])
def test_a_use_the_policy_names_asked_about_something_else_is_not_the_policy(
        question: str, article: str | None) -> None:
    assert MATCHER.situation(question) != "usage-policy"
    if article is not None:
        assert_answers(question, article)


@pytest.mark.parametrize("question", [
    "keep getting 'API Error: Output blocked by content filtering policy' while refactoring a "
    "plain csv parser",
    "usage policy error every time i ask it to rename variables in my repo, simply a rename",
    "claude code flags a usage policy violation after a couple of prompts about a linker",
    "The request was incorrectly rejected as a usage policy violation, nothing dangerous in it",
    "对话完全正常，突然报违反使用政策的错误",
    "Ganz normale Anfrage und trotzdem Verstoß gegen die Nutzungsrichtlinie, Fehlalarm?",
])
def test_the_usage_policy_error_on_ordinary_work_is_about_the_safety_filters(
        question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize(("question", "article"), [
    # one's API customers' prompts, and an account banned over the error, are other articles'
    ("our end users keep getting flagged for their prompts in our app, how do we filter them "
     "before they reach the api?", None),
    ("账号因违反使用政策被封号了，明明是误判，怎么申诉？", "appeals"),
])
def test_the_usage_policy_error_of_someone_elses_users_or_a_ban_is_not_the_filters(
        question: str, article: str | None) -> None:
    assert MATCHER.situation(question) != "user-safety"
    if article is not None:
        assert_answers(question, article)


@pytest.mark.parametrize("question", [
    "我们三个人拼车用一个claude max，这样会被封吗？",
    "号池里的账号用中转站跑claude code，最近老被封，是违规了吗",
    "팀원들이랑 계정 공유해서 쓰고 있는데 정지될 수도 있나요?",
    "is sharing my account with my cofounder against the terms? we don't want a ban",
])
def test_one_subscription_shared_or_resold_is_about_the_agents_rules(question: str) -> None:
    assert_answers(question, "agents-usage-policy")


@pytest.mark.parametrize("question", [
    "I'm a doctor and I keep getting content warnings when I summarise clinical guidelines",
    "my biology lecture notes got flagged as harmful, it's plain cell biology",
    "preparing a presentation on vaccines and claude code classified the chat as dangerous",
])
def test_legitimate_work_the_filters_flagged_told_in_own_words_is_about_the_filters(
        question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize(("question", "not_this", "article"), [
    # a school app's builder asks what to put in place; a report of a harmful answer; an appeal
    ("we're building a homework helper for teens on claude, what content filtering do we need?",
     "user-safety", None),
    ("I reported a response as harmful, what happens to my report?", "user-safety",
     "reporting-content"),
    ("my account was flagged and banned, I'm a researcher, how do I appeal?", "user-safety",
     "appeals"),
    # an everyday ride shared, with no word of rules or a ban; a new API key
    ("周末拼车去杭州，有人一起吗？", "agents-usage-policy", None),
    ("after switching to a new API key the usage policy error still appears on every prompt",
     "agents-usage-policy", None),
])
def test_a_flag_or_a_share_said_of_something_else_is_not_the_situation(
        question: str, not_this: str, article: str | None) -> None:
    assert MATCHER.situation(question) != not_this
    if article is not None:
        assert_answers(question, article)


@pytest.mark.parametrize("question", [
    "I keep getting usage policy errors in claude code since yesterday",
    "the usage policy flags everything I send, even a unit test",
    "claude code 一直报错说违反使用政策",
])
def test_the_usage_policy_error_coming_back_is_about_the_safety_filters(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    "using claude code in CI every time I push, is that a usage policy violation?",
    "is it a policy violation to run claude code randomly at night",
])
def test_asking_whether_a_use_is_a_violation_is_not_the_filters(question: str) -> None:
    assert MATCHER.situation(question) != "user-safety"
