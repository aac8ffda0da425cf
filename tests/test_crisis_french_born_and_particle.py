"""French "né" (born) folds to the negation particle "ne". "Pas être né" is the wish never to
have been born only with "né" after its other words: every negative sentence with "être" has
"ne", "pas" and "être" ("le colis n'a pas pu être livré"), and was a confident crisis. The same
holds for the second look by similarity ("ça ne peut pas être vrai").

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "je voudrais ne pas être né",
    "parfois j'aimerais ne pas être née",
    "j'aurais préféré ne jamais être né",
])
def test_the_wish_never_to_have_been_born_is_distress(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "Mon e-mail n'a pas pu être délivré, l'adresse étant introuvable.",
    "le rapport ne peut pas être envoyé depuis le formulaire",
    "ça ne peut pas être vrai",
    "ce fichier ne doit pas être modifié à la main",
])
def test_a_negative_sentence_with_etre_is_no_escalation(message: str) -> None:
    assert_not_escalated(message)


def test_affairs_in_order_and_not_here_much_longer_is_distress() -> None:
    # Found before only by the accident this file removes ("ne pense pas être" read as "pas
    # être né"); now by what it says.
    assert_crisis("comment exporter mes conversations ? je veux laisser les choses en ordre pour "
                  "ceux qui rangeront mes affaires, je ne pense pas être encore là longtemps")


def test_things_in_order_before_a_holiday_is_calm() -> None:
    assert_not_escalated("je range mon bureau, je veux laisser les choses en ordre avant les "
                         "vacances")
