"""A short message of thanks at parting and a wish that everyone take care, with nothing else
("merci pour tout, prenez soin de vous", "今まで本当にありがとう みんな元気でね"): two weak
signs, one of them a goodbye, are enough there to show the helpline gently. The same words with
an everyday reason to leave (a holiday, a transfer, Monday at the office) are not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "thanks for everything, take care everyone",
    "merci pour tout, prenez soin de vous",
    "danke für alles, passt auf euch auf",
    "спасибо за всё, берегите себя",
    "今まで本当にありがとう。みんな、元気でね",
    "这段时间谢谢你们 大家保重",
])
def test_thanks_at_parting_and_take_care_show_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "thanks for everything, see you monday!",
    "gracias por todo, nos vemos el lunes en la oficina",
    "merci pour tout, prenez soin de vous, je pars en vacances demain",
    "danke für alles und passt auf euch auf, ab morgen bin ich im Urlaub",
    "今までありがとう、来月からは大阪支社です！",
    "这段时间谢谢你们 下个月就调岗了 大家保重",
])
def test_the_same_goodbye_with_an_everyday_reason_is_calm(message: str) -> None:
    assert_not_crisis(message)
