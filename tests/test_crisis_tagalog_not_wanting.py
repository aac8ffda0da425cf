"""Tagalog "ayoko", "ayaw" (I don't want, doesn't want) deny an English word of distress in a
Tagalog sentence, as "not" does: a parent asking a child's dose so as not to overdose them is
no crisis; wanting to overdose still is.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.support.crisis import assert_crisis, assert_not_crisis


def test_not_wanting_an_overdose_is_a_denial() -> None:
    assert_not_crisis("ayaw kong mag-overdose ang anak ko, ilang ml ng paracetamol?")


def test_wanting_one_is_not() -> None:
    assert_crisis("gusto kong mag-overdose, pagod na ako")
