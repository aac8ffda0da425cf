"""What the real posts of the last round taught (data/eval/sealed/realposts6.yaml and
nineteenth.yaml, read after their two blind runs): a weak sign read as everyday in a post that
says more, not seeing the point of living in French, and words two letters from a distress word.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import MATCHER, assert_crisis, assert_not_crisis


def test_a_weak_sign_read_as_everyday_does_not_silence_the_rest_of_the_post() -> None:
    # "plus la force de rire" reads as an everyday complaint; the sentences around it do not.
    message = ("Ne me jugez pas si je ne souris plus. Je n'ai juste plus la force de rire ou "
               "de parler. Je vous avoue que je ne vais pas bien du tout et que ce mal-être est "
               "en train de me dévorer.")
    assert MATCHER._crisis._judge(message, None, rules=False) is not None
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_a_weak_sign_in_an_everyday_sentence_is_still_nothing() -> None:
    assert_not_crisis("je vais mourir de honte, j'ai envoyé le mauvais fichier au client")
    assert_not_crisis("plus la force de rire après cette réunion, quelle journée")


def test_not_seeing_the_point_of_living_in_french_is_shown_gently() -> None:
    assert_crisis("honnêtement je ne vois pas l'intérêt de vivre comme ça",
                  level=CrisisLevel.GENTLE)
    assert_crisis("je ne vois pas à quoi bon vivre si rien ne change", level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "sudah muak dengan kehidupan ini",
    "jujur aku capek, buat apa bertahan hidup",
    "最近ずっと、自分がいないほうが家族は楽になるんじゃないかって考えてしまう",
])
def test_sick_of_this_life_and_better_off_without_me(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "aku muak sama kehidupan kantor yang gini gini aja",
    "kenapa harus bertahan di perusahaan ini, gajinya kecil",
    "会議に自分がいないほうが話が早く進むと思う",
])
def test_the_same_words_about_work_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)
