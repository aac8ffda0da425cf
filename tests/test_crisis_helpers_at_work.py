"""A teacher, a nurse or a counsellor telling of a pupil's or a patient's distress is someone
helping: a crisis with a helper's wording, in every script. A student writing of themselves is
still the writer."""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind
from tests.support.crisis import assert_crisis


@pytest.mark.parametrize("message", [
    "看護師です。患者さんが死にたいと言っています。どう対応すべき？",
    "我是心理老师，有个学生说想自杀，该怎么办",
    "saya guru, murid saya bilang mau bunuh diri, harus gimana",
    "Ich bin Lehrerin, eine Schülerin hat sich geritzt, was soll ich tun?",
    "sono infermiera, un paziente mi ha parlato di suicidio, come posso aiutarlo?",
    "я учитель, ученица сказала, что хочет умереть, что делать",
])
def test_someone_in_the_writers_care(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.OTHER)


@pytest.mark.parametrize("message", [
    "학생인데 죽고 싶어요",
    "我是学生，我想自杀",
    "saya capek, teman saya bilang saya harus istirahat, tapi saya pengen mati aja",
])
def test_the_writer_who_is_a_student(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)
