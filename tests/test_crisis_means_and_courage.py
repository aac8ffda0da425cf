"""Having what one needs and lacking only the courage is a plan told in two everyday signs, in
every language: together they show the helpline, gently. Chinese "想鼠" (鼠 for 死, to get past
filters) is wanting to die; a mouse (鼠标) is not.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "honestly i've got what i need, i only need the courage now",
    "j'ai tout, il me manque juste le courage",
    "Ich habe alles, mir fehlt nur noch der Mut",
    "у меня всё есть, не хватает только смелости",
    "需要的东西都准备好了，现在就差勇气",
    "最近真的好想鼠啊",
])
def test_the_means_and_only_the_courage_missing_shows_the_helpline(message: str) -> None:
    assert_crisis(message)


def test_a_mouse_is_not_wanting_to_die() -> None:
    assert_not_crisis("老鼠好可怕，我想鼠标坏了")


def test_courage_for_a_new_job_is_never_escalated() -> None:
    assert_not_escalated("I have the business plan, just need the courage to quit my job")
