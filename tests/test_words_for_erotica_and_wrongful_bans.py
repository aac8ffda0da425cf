"""Words people use in their own languages that the catalog lacked: erotic writing (the Usage
Policy), a wrongful ban in Chinese ("误封", the appeals article), a script injection in French
(vulnerability reporting); and, for distress, a wish for tomorrow not to come in Japanese and
doing one's family a favour by disappearing in Spanish (gently).

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.answers import assert_answers
from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize(("question", "article"), [
    ("Est-ce que j'ai le droit d'écrire des récits érotiques avec Claude ?", "usage-policy"),
    ("Darf ich mit Claude erotische Geschichten schreiben?", "usage-policy"),
    ("Claude で官能小説を書いてもいいですか", "usage-policy"),
    ("Разрешены ли эротические рассказы в Claude?", "usage-policy"),
    ("我的Claude账号被误封了，怎么办", "appeals"),
    ("J'ai trouvé une injection de script sur claude.ai, à qui l'envoyer ?",
     "vulnerability-reporting"),
])
def test_the_words_people_use_find_their_article(question: str, article: str) -> None:
    assert_answers(question, article)


@pytest.mark.parametrize("message", [
    "毎晩、明日が来てほしくないと思いながら寝ている",
    "a veces creo que les haría un favor desapareciendo",
])
def test_veiled_wishes_get_the_helpline_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


def test_a_bug_that_disappears_is_no_favour_to_anyone_in_distress() -> None:
    assert_not_crisis("si el bug desaparece solo, nos haría un favor a todos")
