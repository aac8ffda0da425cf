"""Vietnamese "sống" (to live), its marks folded away, read as an English "song", and a scene
seen again ("rivedo la scena", "vejo a cena") read as fiction named, held the learned model back
on real distress. A song or a scene that is one still holds it back where a story is told.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis_context import Context
from bot.engine.crisis_text import read


@pytest.mark.parametrize("message", [
    "mình không biết sống để làm gì nữa, ngày nào cũng như ngày nào",
    "dopo l'incidente rivedo la scena ogni notte e non dormo più",
    "depois do acidente vejo a cena toda vez que fecho os olhos",
])
def test_living_in_vietnamese_or_a_scene_seen_again_names_no_fiction(message: str) -> None:
    assert not Context(read(message)).fiction_named


@pytest.mark.parametrize("message", [
    "i wrote a song about a girl who wants to die, is that allowed?",
    "nel mio romanzo c'è una scena in cui il protagonista vuole morire",
])
def test_a_song_or_a_novel_still_does(message: str) -> None:
    assert Context(read(message)).fiction_named
