"""Being worth more dead than alive (to a family, to a life insurance) is a warning sign in every
language; the same words of a laptop, a server or a company are not about a person.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "the math is simple, i'm worth more dead than alive to my family",
    "con el seguro de vida, valgo más muerta que viva",
    "pensando bem, eu valho mais morto do que vivo pra minha família",
    "avec mon assurance, je vaux plus mort que vivant pour eux",
    "für meine Familie bin ich tot mehr wert als lebendig",
    "con l'assicurazione valgo più da morto che da vivo",
    "для семьи мёртвый я стою больше, чем живой",
    "buat keluargaku aku lebih berharga kalau mati",
    "保険金を考えると、私は死んだ方が価値がある",
    "보험금 생각하면 나는 죽는 게 더 가치 있어",
    "算了一下，我死了比活着更值钱",
    "算了一下，我死了比活著更值錢",
])
def test_worth_more_dead_is_a_crisis_of_the_writer(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "questo server vale più da morto che da vivo",
    "ce vieux serveur vaut plus mort que vivant lol",
    "este coche vale más muerto que vivo",
])
def test_the_words_of_a_machine_are_not_a_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    # letters alike enough to be offered the helpline gently; nobody is told
    "that old laptop is worth more dead than alive, sell it for parts",
    "analysts say the company is worth more dead than alive",
])
def test_an_english_thing_worth_more_dead_is_never_escalated(message: str) -> None:
    assert_not_escalated(message)
