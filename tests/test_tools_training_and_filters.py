"""Real posts about coding tools and accounts, in our words (stress/realposts_topics_dev.yaml
showed the gaps; every sentence here was written for this file):

- another coding assistant, editor, relay or exchange (Cursor, Zed, ClawHub, Kraken, a Twitter
  account in Japanese) banning someone is theirs to answer: declined;
- a Claude subscription run by a pipeline or a bot (a GitHub Action, CI, a cron job, a Telegram
  bot), asked with leave or a ban in mind, is the agents article's;
- conversations used to train the models, opting out of it, telemetry: the privacy policy;
- a filter called oversensitive, a safeguard tripped: the user-safety article;
- a flat complaint in a software thread ("i'm also getting the error since the update") is no
  distress for the model alone to flag.
"""

from __future__ import annotations

import pytest

from bot.engine.catalog import load_catalog
from bot.engine.matcher import Decision, Matcher
from tests.support.answers import assert_answers
from tests.support.crisis import assert_crisis, assert_not_crisis

MATCHER = Matcher(load_catalog())


@pytest.mark.parametrize("question", [
    "my cursor account got banned after i created a second one, how do i appeal",
    "Cursor 账号被封了，还能申诉吗",
    "my cursor pro subscription was suspended for abuse??",
    "ClawHub suspended my publisher account without warning",
    "Twitterアカウントが凍結された、解除する方法は？",
    "크라켄 계정이 정지됐어요 어떻게 풀죠",
    "Zed's pro plan got my account locked after two days",
])
def test_another_tools_bans_are_declined(question: str) -> None:
    assert MATCHER.match(question).decision is Decision.NONE


@pytest.mark.parametrize("question", [
    "Darf ich Claude Code in einer GitHub Action laufen lassen, ohne dass mein Konto gesperrt "
    "wird?",
    "posso usare il mio abbonamento Claude Pro dentro un bot Telegram?",
    "Claude Code를 CI에서 돌려도 약관 위반 아닌가요?",
    "is it allowed to run claude code in a cron job with my subscription?",
])
def test_a_subscription_run_by_a_pipeline_or_a_bot(question: str) -> None:
    assert_answers(question, "agents-usage-policy")


@pytest.mark.parametrize("question", [
    "how do I opt out of training on my claude chats",
    "does claude code collect telemetry, and can i turn it off?",
    "Claude va entraîner ses modèles sur mes conversations ? comment refuser",
    "Wie kann ich das Training der Modelle mit meinen Chats abschalten?",
    "¿Cómo desactivar el entrenamiento con mis conversaciones en Claude?",
    "Claudeで入力した内容はモデルの学習に利用されますか",
])
def test_training_on_conversations_is_the_privacy_policy(question: str) -> None:
    assert_answers(question, "privacy-policy")


@pytest.mark.parametrize("question", [
    "claude has the most oversensitive filter, it blocked a base64 string",
    "Claude 过滤太敏感了，普通的问题也被拦截",
    "클로드가 병원 RAG 만드는 것도 자꾸 막아요",
])
def test_a_filter_called_oversensitive_is_user_safety(question: str) -> None:
    assert_answers(question, "user-safety")


def test_a_flat_complaint_in_a_software_thread_is_no_distress() -> None:
    assert_not_crisis("I just got hit by a DOS on the API end, which counted against my prompts")


def test_distress_in_a_software_thread_is_still_distress() -> None:
    assert_crisis("the api error again. honestly i dont want to be alive anymore")


@pytest.mark.parametrize("question", [
    "does opencode still work with a claude max plan or only with an api key now?",
    "OpenClaw에서 Claude Pro 구독으로 쓰는 거 아직 되나요?",
    "用 ccproxy 把 claude max 订阅接到别的工具里还能用吗",
])
def test_a_plan_named_with_a_harness_is_the_agents_question(question: str) -> None:
    assert_answers(question, "agents-usage-policy")


def test_an_appeal_after_a_harness_stays_with_appeals() -> None:
    assert_answers("banned after using opencode with my claude max plan, how do i appeal?",
                   "appeals")
