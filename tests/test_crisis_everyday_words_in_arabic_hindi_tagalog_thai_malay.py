"""Everyday words of distress in Arabic, Hindi, Tagalog, Thai, Malay, Vietnamese and Persian:
preferring death, waiting for it, a fan to hang from, being tired of living, being a burden,
cutting one's hands, a friend who says he will jump. A film's title, a cat, a grandmother's
medicine are calm.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.crisis import assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "صراحة أفضل الموت على هذه الحياة",
    "كل يوم أنتظر الموت فقط",
    "कल रात पंखे से लटकने का सोचा",
    "nagsasawa na akong mabuhay, ayoko na",
    "pabigat lang ako sa pamilya ko",
    "ฉันเป็นภาระของทุกคน",
    "aku cuma menyusahkan semua orang",
    "dạo này cứ nghĩ sống làm gì cho mệt",
    "هر شب با تیغ دستامو میبرم",
    "adik saya cakap dia nak terjun dari bumbung",
])
def test_these_show_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    'فيلم "الموت هو الحل" كان مملا جدا',
    "kucing tu nak terjun dari tingkat atas kejar burung",
    "uminom ng maraming gamot ang lola ko para sa presyon niya",
])
def test_the_same_words_elsewhere_are_calm(message: str) -> None:
    assert_not_crisis(message)
