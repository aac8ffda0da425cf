"""Normalisation: both sides of a match must land on the same words."""

from __future__ import annotations

from bot.engine.normalize import fold, is_cjk_token, stem, tokens
from bot.engine.question import question_text


def test_case_accents_width_and_punctuation_fold_away() -> None:
    assert tokens("Compte SUSPENDU !!") == tokens("compte suspendu")
    assert tokens("Sécurité") == tokens("securite")
    assert tokens("ＡＰＩ　ｓａｆｅｇｕａｒｄｓ") == tokens("api safeguards")
    assert tokens("can't") == tokens("cant")


def test_french_and_italian_elisions_drop_the_article_not_the_word() -> None:
    # "l'API" is the API, "d'utilisation" is "utilisation": not the words "lapi", "dutilisation".
    assert tokens("l'API de Claude") == tokens("API Claude") == ["api"]
    assert tokens("politique d'utilisation") == tokens("politique utilisation")
    assert tokens("contattare l’assistenza") == tokens("contattare assistenza")
    assert tokens("dell'account") == ["account"]
    # English contractions keep their single word.
    assert tokens("don't can't it's") == tokens("dont cant its")


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


def test_han_outside_the_basic_block_is_cjk_too() -> None:
    # U+20000..U+2A6DF (Extension B) holds Han characters used in names and Cantonese.
    ext_b = "\U00020000\U0002000b\U0002a6d6"
    assert is_cjk_token(ext_b[0])
    assert tokens(ext_b) == [ext_b[0:2], ext_b[1:3]]
    assert tokens(f"api{ext_b[0]}") == ["api", ext_b[0]]
    assert tokens(f"{ext_b[0]} {ext_b[1]}") == [ext_b[0:2]]
    assert tokens("\u3400\u4e00") == ["\u3400\u4e00"]  # Extension A and the basic block


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


def test_traditional_and_simplified_chinese_are_one_normal_form() -> None:
    assert tokens("我的帳號被封鎖了，怎麼申訴") == tokens("我的帐号被封锁了，怎么申诉")
    assert tokens("我想結束自己的生命") == tokens("我想结束自己的生命")
    # Latin text is untouched by it.
    assert tokens("Account suspended") == ["account", "suspend"]
