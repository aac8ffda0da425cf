"""Jakarta slang "gua" (I), beside "gue" and "gw", is the writer: "mereka tau lengan gua penuh luka
self harm" is the writer's own self-harm, not someone else's ("mereka", they, only found out).

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis


def test_gua_is_the_writer() -> None:
    assert_crisis("mereka tau lengan gua penuh luka self harm", kind=CrisisKind.SELF)
