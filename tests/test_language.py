"""Which language a question is in, which locale a reply takes, and an entry's page and title in
each locale: pure functions of the engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.engine.catalog import Catalog
from bot.engine.help_center import (
    LOCALES,
    from_slack_locale,
    normalize_locale,
    reply_locale,
    title_in,
    url_in,
)
from bot.engine.language import CHINESE, cyrillic_not_russian
from bot.engine.matcher import Matcher
from tests.test_slack_languages import QUESTIONS

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_question_in_each_language_is_read_as_that_language(locale: str,
                                                              matcher: Matcher) -> None:
    assert matcher.language_of(QUESTIONS[locale]) == locale


@pytest.mark.parametrize("text, expected", [
    ("我的账户被封禁了", "zh-CN"), ("我的帳戶被封禁了", "zh-TW"),  # Simplified / Traditional
    ("児童虐待", "ja"),  # kanji only, but the catalog's Japanese phrases
    ("我不想活了", CHINESE),  # no character that differs: Chinese, variant unsaid
    ("compte suspendu", "fr"),  # the catalog's French words, no small word needed
    ("je veux en finir", "fr"),
    ("appeal", None), ("CSAM", None), ("help", None), ("", None), ("!!!", None),
    ("how do i appeal", "en"),
])
def test_what_is_clear_and_what_is_not(text: str, expected: str | None,
                                       matcher: Matcher) -> None:
    assert matcher.language_of(text) == expected


def test_the_evaluation_questions_are_read_in_their_language(matcher: Matcher) -> None:
    """Over every evaluation set: no English question is taken for another language, and the
    questions in other languages are read as one of them (or left unclear, never English)."""
    english_as_other, other_as_english, other = [], [], 0
    for path in sorted(EVAL.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            found = matcher.language_of(case["q"])
            if "multilingual" in (case.get("tags") or []):
                other += 1
                if found == "en":
                    other_as_english.append(case["q"])
            elif found not in (None, "en"):
                english_as_other.append((case["q"], found))
    assert other > 100
    assert english_as_other == [] and other_as_english == []


def test_language_detection_never_changes_an_answer(matcher: Matcher) -> None:
    for question in QUESTIONS.values():
        before = matcher.match(question)
        matcher.language_of(question)
        assert matcher.match(question) == before


def test_the_reply_s_locale_is_the_question_s_then_the_asker_s_then_the_workspace_s() -> None:
    asked: list[str] = []

    def asker(locale: str | None) -> Callable[[], str | None]:
        def ask() -> str | None:
            asked.append("asked")
            return locale
        return ask

    assert reply_locale("fr", asker("ja"), "en") == "fr" and asked == []  # not even asked
    assert reply_locale(None, asker("ja"), "en") == "ja"
    assert reply_locale(None, asker(None), "de") == "de"
    assert reply_locale(CHINESE, asker("zh-TW"), "en") == "zh-TW"
    assert reply_locale(CHINESE, asker("fr"), "en") == "zh-CN"


@pytest.mark.parametrize("slack, locale", [
    ("ja-JP", "ja"), ("en-GB", "en"), ("es-LA", "es"), ("es-ES", "es"), ("pt-BR", "pt-BR"),
    ("pt-PT", "pt-BR"), ("zh-TW", "zh-TW"), ("zh-HK", "zh-TW"), ("zh-CN", "zh-CN"),
    ("ko-KR", "ko"), ("fr-CA", "fr"), ("nl-NL", None), ("", None), (None, None),
])
def test_slack_locales_become_help_center_locales(slack: str | None, locale: str | None) -> None:
    assert from_slack_locale(slack) == locale


def test_locales_are_written_as_the_help_center_writes_them() -> None:
    assert normalize_locale("pt-br") == "pt-BR" and normalize_locale("zh_tw") == "zh-TW"
    assert normalize_locale("FR") == "fr" and normalize_locale("klingon") is None


def test_links_are_the_article_in_each_locale_with_a_slug_only_where_one_was_seen(
    catalog: Catalog
) -> None:
    appeals, agents, policy = (catalog.get(i) for i in ("appeals", "agents-usage-policy",
                                                         "usage-policy"))
    assert url_in(appeals, "en") == appeals.url
    assert url_in(appeals, "fr") == "https://support.claude.com/fr/articles/8241253"
    assert url_in(appeals, "pt-BR") == "https://support.claude.com/pt/articles/8241253"
    assert url_in(agents, "ja").startswith(
        "https://support.claude.com/ja/articles/12005017-%E5%BD%93%E7%A4%BE")
    # anthropic.com's policies have no localised page: the English link, in every locale.
    assert {url_in(policy, locale) for locale in LOCALES} == {policy.url}


def test_every_help_center_article_has_a_title_in_every_locale_or_says_it_is_english(
    catalog: Catalog
) -> None:
    for entry in catalog.entries:
        if not entry.url.startswith("https://support.claude.com/"):
            continue
        for locale in LOCALES[1:]:
            assert (locale in entry.titles) != (locale in entry.english_title_in), (entry.id,
                                                                                     locale)
    # A title the Help Center shows is used; where none was found, the English one.
    seen = "当社の利用ポリシーに従ったエージェントの使用"
    assert title_in(catalog.get("agents-usage-policy"), "ja") == seen
    assert title_in(catalog.get("appeals"), "ja") == "Safeguards Warnings and Appeals"


def test_a_few_characters_quoted_in_an_english_post_leave_it_english(matcher: Matcher) -> None:
    assert matcher.language_of(
        "why does the word 状态 show up in the middle of an english answer? is my session "
        "compromised or is it just a glitch in the model") == "en"


def test_a_russian_post_under_an_english_title_is_russian(matcher: Matcher) -> None:
    assert matcher.language_of(
        "[Bug] Refusals on harmless prompts\n\nфильтр заблокировал обычный вопрос про "
        "базу данных") == "ru"


@pytest.mark.parametrize(("text", "other"), [
    ("я дуже втомилася і не хочу жити", True),  # Ukrainian: і
    ("Вече не съм добре, не искам да живея", True),  # Bulgarian: ъ as a vowel
    ("я очень устала и не хочу жить", False),  # Russian
    ("объявление о съёмке", False),  # Russian ъ as a separator, with ё
])
def test_ukrainian_and_bulgarian_are_told_from_russian(text: str, other: bool) -> None:
    assert cyrillic_not_russian(text) is other
