"""Normalisation: both sides of a match must land on the same words."""

from __future__ import annotations

from bot.engine.normalize import fold, stem, tokens
from bot.engine.question import question_text


def test_case_accents_width_and_punctuation_fold_away() -> None:
    assert tokens("Compte SUSPENDU !!") == tokens("compte suspendu")
    assert tokens("Sécurité") == tokens("securite")
    assert tokens("ＡＰＩ　ｓａｆｅｇｕａｒｄｓ") == tokens("api safeguards")
    assert tokens("can't") == tokens("cant")


def test_inflections_meet() -> None:
    assert stem("banned") == stem("ban")
    assert stem("suspended") == stem("suspend")
    assert stem("deleted") == stem("delete") == stem("deleting")
    assert stem("policies") == stem("policy")


def test_cjk_and_hangul_become_character_pairs_without_losing_marks() -> None:
    assert tokens("死にたい") == ["死に", "にた", "たい"]
    assert tokens("자살") == ["자살"]
    # Decomposing kana or Hangul would change the word: they keep their marks.
    assert fold("ガ") == "ガ"
    assert fold("한국") == "한국"
    assert tokens("apiキー") == ["api", "キー"]


def test_stopwords_dropped_unless_asked_to_keep() -> None:
    assert tokens("how do I kill myself") == ["kill"]
    assert tokens("how do I kill myself", keep_stopwords=True)[-2:] == ["kill", "myself"]


def test_question_text_drops_slack_markup_and_control_characters() -> None:
    assert question_text("<@U123> my acct is banned <!channel>") == "my acct is banned"
    assert question_text("see <https://evil.example|https://support.claude.com>") == (
        "see https://support.claude.com")
    assert question_text("in <#C1|general> ok") == "in general ok"
    assert question_text("a\x00b\x1bc\u202ed") == "a b c d"
    assert question_text("Q&amp;A &lt;tag&gt;") == "Q&A <tag>"
    assert question_text(None) == ""
    assert len(question_text("x" * 100_000)) == 40_000
