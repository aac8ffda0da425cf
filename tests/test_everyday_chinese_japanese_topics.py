"""Everyday Chinese and Japanese for the articles' commonest questions: chats used for training
("拿我的對話去訓練"), how personal data one typed is handled, a strange answer reported to the
company, whether a use counts as a violation, and an app's users misusing a company's API
access (and whether that implicates the company's account).

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers
from tests.support.crisis import MATCHER


@pytest.mark.parametrize(("question", "article"), [
    ("Claude 会不会拿我的聊天记录去训练模型？", "privacy-policy"),
    ("Claudeに送った個人情報の扱いが気になります", "privacy-policy"),
    ("Claude 的回答有错误信息，想反馈给官方", "reporting-content"),
    ("用 Claude 帮客户写广告文案算违规吗", "usage-policy"),
    ("うちのサービスの利用者がClaudeを悪用しないようにするにはどうすればいい？",
     "api-safeguards-tools"),
    ("我们平台的用户滥用 API 会不会连累公司的账号被封", "api-safeguards-tools"),
])
def test_everyday_words_find_the_article(question: str, article: str) -> None:
    assert_answers(question, article)


@pytest.mark.parametrize("question", [
    "does claude sell my data to advertisers?",
    "can anthropic employees see what i type?",
])
def test_who_sees_or_buys_ones_data_is_the_privacy_policys(question: str) -> None:
    assert_answers(question, "privacy-policy")


@pytest.mark.parametrize(("question", "article"), [
    ("Claudeにおかしな回答をされた、どこに報告すれば？", "reporting-content"),
    ("APIの利用者ごとにIDを付けるのは何のため？", "api-safeguards-tools"),
])
def test_more_everyday_japanese(question: str, article: str) -> None:
    assert_answers(question, article)


def test_a_shops_strange_reviews_are_not_ours() -> None:
    assert MATCHER.match("この店の口コミ、変な回答ばっかり").lead_id == "none"
