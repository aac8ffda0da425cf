"""A news item told with nobody saying "I" ("News: a man jumped from a bridge, suspected
suicide"), and distress words in the languages beyond the Help Center's that a film, a news item,
a game or laughter frames, still show the helpline (a reader may be shaken), but gently: nobody
is told. The writer's own words beside the news, or a film watched before "I can't go on", are
still the writer's, and escalate as before.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisLevel
from tests.support.crisis import assert_crisis, assert_not_escalated


@pytest.mark.parametrize("message", [
    "News: a man jumped from a bridge downtown, suspected suicide.",
    "Police say a student killed himself in the dorm last night, investigation ongoing.",
    "Nachrichten: ein Mann sprang von der Brücke, vermutlich Suizid.",
    "Berita: seorang pria terjun dari jembatan, diduga bunuh diri.",
    "Polis mengesahkan seorang pelajar membunuh diri semalam, siasatan masih dijalankan.",
    "Noticia: un hombre se quitó la vida tras perder su casa, informa la policía.",
])
def test_the_news_told_with_nobody_saying_i_is_not_escalated(message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "Filmen handler om en jente som vil ta livet sitt, veldig sterk film.",
    "Dizide kız kendini öldürmek istiyor, çok etkileyici bir sahneydi.",
    "งานเยอะจนอยากตายเลย 555 พรุ่งนี้ต้องส่งรายงานอีก",
    "W serialu bohaterka chce się zabić, bardzo smutny odcinek.",
    "Trong phim nhân vật chính muốn tự tử, xem mà khóc luôn.",
])
def test_distress_framed_by_a_film_news_or_laughter_beyond_the_help_centers_languages(
        message: str) -> None:
    assert_not_escalated(message)


@pytest.mark.parametrize("message", [
    "saw the news today and i want to die",
    # "film i" is no "film saya" (my film): the "i" after a film is the writer
    "after the movie i want to die",
    "after the film i just want to die, nothing matters",
    "la policía viene y ya no quiero vivir",
    "Jeg så en film i går kveld. Drikker litt vann. Jeg orker ikke å leve mer.",
    "Dün akşam bir dizi izledim. Sonra oturdum ve düşündüm, artık yaşamak istemiyorum, "
    "hiçbir şeyin anlamı yok.",
])
def test_the_writers_own_words_beside_the_news_or_a_film_still_escalate(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.CONFIDENT)


@pytest.mark.parametrize("message", [
    "в новостях рассказали, что студент покончил с собой",
    "al telegiornale parlano di un uomo che si è tolto la vita",
])
def test_the_news_in_russian_and_italian_cases_and_abbreviations(message: str) -> None:
    assert_not_escalated(message)
