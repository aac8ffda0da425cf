"""Distress written in a language the Help Center does not publish in (Arabic, Turkish, Dutch,
Vietnamese, Hindi, Thai and fourteen more) still gets the helpline; the same words negated, said
of an exam, or in news, do not escalate.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.catalog import CatalogError, load_catalog
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.crisis_other_languages import OtherLanguageFinder
from bot.engine.plain_text import plain
from bot.testing.fake_slack import FakeSlack
from bot.testing.slack_requests import DM_CHANNEL, direct_message
from tests.support.crisis import (
    CATALOG,
    assert_crisis,
    assert_not_crisis,
    assert_not_escalated,
)
from tests.support.harness import ESCALATIONS, Bot

MINI = Path(__file__).parent / "catalogs" / "mini.yaml"


@pytest.mark.parametrize("message", [
    "والله تعبت، أفكر في الانتحار كل يوم",  # ar
    "بدي انتحر، ما حدا بيفهمني",  # ar, Levantine
    "artık yaşamak istemiyorum, her gün daha kötü",  # tr
    "intihar edeceğim bu gece",  # tr
    "ik wil mezelf van kant maken, ik trek het niet meer",  # nl
    "toi khong muon song nua, moi thu vo nghia",  # vi, without diacritics
    "chcę się zabić, nic już nie ma sensu",  # pl
    "не хочу жити, все набридло",  # uk
    "मैं अब और जीना नहीं चाहता",  # hi
    "yaar ab suicide karna chahta hu",  # hi, romanized
    "เหนื่อยมาก อยากฆ่าตัวตาย",  # th
    "دیگه نمی‌خوام زندگی کنم",  # fa, with its zero-width non-joiner
    "אני רוצה להתאבד, אין לי כוח",  # he
    "Θέλω να αυτοκτονήσω",  # el
    "jag vill ta mitt liv, orkar inte mer",  # sv
    "chci umřít, nemá to cenu",  # cs
    "nu mai vreau să trăiesc, sunt terminat",  # ro
    "gusto ko nang mamatay, pagod na ko",  # tl
    "saya rasa nak bunuh diri",  # ms
    "haluan kuolla, en jaksa",  # fi
    "meg akarok halni, nem bírom tovább",  # hu
    "jeg vil tage mit eget liv",  # da
    "jeg vil ta livet mitt i kveld",  # no
    "میں اب جینا نہیں چاہتا",  # ur
    "আমি আর বাঁচতে চাই না",  # bn
    "chcem sa zabiť, nemá to zmysel",  # sk
    "не искам да живея повече",  # bg
    "ne želim više živjeti",  # hr
    "ja no vull viure, estic esgotat",  # ca
    "ubil se bom, nimam več moči",  # sl
    "nebenoriu gyventi",  # lt
    "nataka kujiua, nimechoka",  # sw
    "எனக்கு வாழ விருப்பமில்லை",  # ta
])
def test_distress_in_a_language_beyond_the_help_center_s_is_a_crisis(message: str) -> None:
    assert_crisis(message, kind=CrisisKind.SELF)


@pytest.mark.parametrize("message", [
    "İNTİHAR EDECEĞİM",  # capital dotted İ folds to i
    "اريد ان اموت",  # no hamza on the alefs
    "CHCE SIE ZABIC",  # no Polish letters
    "تعبت كثيرا وأتمنى الموت",  # ar: "and" joined to the phrase's first word
    "ואני רוצה להתאבד",  # he: the same
])
def test_the_ways_people_type_without_their_letters_still_match(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize(("message", "kind"), [
    ("arkadaşım intihar etmek istiyor, ne yapmalıyım", CrisisKind.OTHER),
    ("bạn ấy muốn tự tử, mình phải làm sao", CrisisKind.OTHER),
    ("הוא רוצה להתאבד ואני לא יודע מה לעשות", CrisisKind.OTHER),
    # a phrase of oneself after "she" or "he" of its language
    ("mijn nicht appte dat ze er een eind aan wil maken", CrisisKind.OTHER),
    ("mera bhai keh raha hai ki wo marna chahta hai", CrisisKind.OTHER),
    ("ze begrijpen me niet, ik wil er een eind aan maken", CrisisKind.SELF),
    # Polish "chcę" (I want) and "chce" (she wants) are one word without their letters: read
    # as the writer's, the worse mistake being to speak to a person in distress as a helper
    ("chcę popełnić samobójstwo", CrisisKind.SELF),
])
def test_someone_else_s_distress_makes_the_writer_a_helper(message: str,
                                                           kind: CrisisKind) -> None:
    assert_crisis(message, kind=kind)


@pytest.mark.parametrize("message", [
    "Dzięki za wszystko, to moja ostatnia wiadomość",  # pl: a farewell
    "tänker hoppa framför tåget ikväll",  # sv: a way named
    "كل ما أريده أن أنام ولا أستيقظ",  # ar: to sleep and not wake
])
def test_veiled_endings_in_other_languages_get_the_helpline(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "ik zie het niet meer zitten met deze verbouwing",  # an idiom that is also everyday
    "pagod na ako sa buhay na ganito",
])
def test_an_idiom_with_an_everyday_sense_is_offered_gently(message: str) -> None:
    assert_crisis(message, level=CrisisLevel.GENTLE)


@pytest.mark.parametrize("message", [
    "لا أريد أن أموت، أريد فقط أن أستعيد حسابي",  # ar: I don't want to die
    "tôi không muốn chết đâu, chỉ hỏi về tài khoản",  # vi
    "nie chcę umrzeć, chcę tylko odblokować konto",  # pl
    "ฉันไม่อยากตายนะ แค่ถามเฉยๆ",  # th, written without spaces
    "Jeg har ikke tenkt å ta mitt eget liv, jeg spurte om statistikk",  # no: negation 3 back
    "nem akarok meghalni, csak a fiókomat szeretném vissza",  # hu
    "אני לא רוצה להתאבד, רק שאלתי על החשבון",  # he
    "আমি মরতে চাই না, শুধু অ্যাকাউন্ট ফেরত চাই",  # bn: the negation comes after the verb
    "nee, ik ben niet suïcidaal, ik vroeg hoe je een proces kilt",  # nl, an English-like word
])
def test_the_same_words_negated_are_no_crisis(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "Come segnalo contenuti autolesionisti?",  # it: the Catalan noun is no phrase
    "gdzie zgłosić treści o samookaleczeniu?",  # pl: the name of the subject
])
def test_the_name_of_self_harm_as_a_subject_is_no_crisis(message: str) -> None:
    assert_not_crisis(message)


def test_words_quoted_in_a_story_or_the_news_are_offered_gently_not_escalated() -> None:
    quoted = "Straipsnis apie frazę „nebenoriu gyventi“: ką daryti, kai ją išgirstate?"
    assert_crisis(quoted, level=CrisisLevel.GENTLE)
    assert_crisis("nebenoriu gyventi, viskas beprasmiška", level=CrisisLevel.CONFIDENT)


def test_a_phrase_beside_a_word_the_rules_read_as_no_distress_is_offered_gently() -> None:
    # "suicide" in a film's name is read as no distress; the Tagalog beside it still counts,
    # gently (on its own it would be escalated).
    assert_crisis("gusto ko nang mamatay. the suicide squad movie was so bad",
                  level=CrisisLevel.GENTLE)
    assert_crisis("gusto ko nang mamatay. the movie was so bad", level=CrisisLevel.CONFIDENT)


def test_a_negation_in_the_clause_before_does_not_reach_the_phrase() -> None:
    assert_crisis("Nie. Chcę umrzeć.")


@pytest.mark.parametrize("message", [
    "Denne eksamenen kommer til å ta livet av meg",  # no: the exam will kill me
    "tentan kommer att ta livet av mig",  # sv
    "eksamen kommer til at tage livet af mig",  # da
    "trời nóng muốn chết luôn",  # vi: hot enough to die
    "bu sınav beni öldürecek",  # tr
    "haber: ünlü şarkıcının intiharı tartışılıyor",  # tr: news
    "raport: ilu nastolatków próbuje popełnić samobójstwo",  # pl: a bare infinitive, gently
])
def test_hyperbole_and_news_are_not_escalated(message: str) -> None:
    assert_not_escalated(message)


def test_a_dm_in_arabic_gets_the_helpline_and_the_specialists_are_told(
    make_bot: Callable[..., Bot], fake_slack: FakeSlack,
) -> None:
    bot = make_bot(escalation_channel=ESCALATIONS)
    message = "أفكر في الانتحار ولا أعرف لمن أتحدث"

    bot.slack.event(direct_message(message))

    def posted_to(channel: str) -> list[str]:
        return [c.dump() for c in fake_slack.calls("chat.postMessage")
                if c.body["channel"] == channel]

    fake_slack.wait_until(lambda: posted_to(DM_CHANNEL) and posted_to(ESCALATIONS))
    [reply] = posted_to(DM_CHANNEL)
    assert "13171706" in reply  # the crisis helpline article
    [notice] = posted_to(ESCALATIONS)
    assert message not in notice


def _with_other_languages(tmp_path: Path, block: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    anchor = "      ja: [死にたい]\n"
    assert anchor in text
    path = tmp_path / "catalog.yaml"
    path.write_text(text.replace(anchor, anchor + block, 1), encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    return caught.value.problems


def test_the_catalog_reads_other_languages_by_speaker(tmp_path: Path) -> None:
    path = _with_other_languages(tmp_path, "    distress_other_languages:\n"
                                           "      tr: {self: [intihar edece*], others: ['~x y']}\n")
    crisis = load_catalog(path).get("crisis-helpline")
    assert crisis.distress_other_languages == {"tr": {"self": ("intihar edece*",),
                                                      "others": ("~x y",)}}


@pytest.mark.parametrize(("block", "said"), [
    ("      fr: {self: [je veux mourir]}\n", "'fr' is a Help Center language"),
    ("      Turkish: {self: [intihar]}\n", "'Turkish' is not a language code"),
    ("      tr: {me: [intihar]}\n", "'me' must be one of self, others"),
    ("      tr: {self: ['~*']}\n", "has no letters to match"),
    ("      tr: {self: ['. | ,']}\n", "has no letters to match"),  # marks are no words
])
def test_a_mistake_in_other_languages_is_named_with_its_line(tmp_path: Path, block: str,
                                                             said: str) -> None:
    path = _with_other_languages(tmp_path, "    distress_other_languages:\n" + block)
    found = _problems(path)
    assert any(said in p and f"{path}:" in p for p in found), found


def test_only_the_crisis_entry_may_have_other_languages(tmp_path: Path) -> None:
    text = MINI.read_text(encoding="utf-8")
    anchor = "    phrases: [contact support]\n"
    path = tmp_path / "catalog.yaml"
    path.write_text(text.replace(anchor, anchor + "    distress_other_languages:\n"
                                 "      tr: {self: [intihar]}\n", 1), encoding="utf-8")
    assert any("only 'crisis-helpline' may have 'distress_other_languages'" in p
               for p in _problems(path))


_FINDER = OtherLanguageFinder(CATALOG.crisis.distress_other_languages)
_PIECES = st.sampled_from(["ไม่", "อยากตาย", "لا", "أريد أن أموت", "nie", "chcę umrzeć", '"', "«",
                           ".", "و", "intihar edeceğim", "মরতে চাই", "না", "\u200c", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map(" ".join))
def test_any_text_gives_hits_inside_it(text: str) -> None:
    flat = plain(text)
    for hit in _FINDER.find(text):
        assert 0 <= hit.start < hit.end <= len(flat)


@pytest.mark.parametrize(("message", "level"), [
    # ways of saying it that real posts used and the first lists lacked
    ("Pagod na ako, gusto ko na lang magpakamatay", CrisisLevel.CONFIDENT),  # Tagalog
    ("Naiisip kong magpakamatay tuwing gabi", CrisisLevel.CONFIDENT),
    ("Mỗi đêm tôi vẫn muốn chết, không ai hiểu", CrisisLevel.CONFIDENT),  # Vietnamese
    ("Haluaisin nukkua enkä herätä enää koskaan", CrisisLevel.GENTLE),  # Finnish
    ("أرغب في الموت ولا أعرف لماذا", CrisisLevel.CONFIDENT),  # Arabic
    ("حاولت الانتحار مرتين هذا العام", CrisisLevel.CONFIDENT),
    ("Yine kendimi kesiyorum, duramıyorum", CrisisLevel.CONFIDENT),  # Turkish
    ("Bu hayattan gitmek istiyorum artık", CrisisLevel.CONFIDENT),
    ("Hidup ni terlalu sakit untuk diteruskan", CrisisLevel.GENTLE),  # Malay
])
def test_more_ways_of_saying_it_get_the_helpline(message: str, level: CrisisLevel) -> None:
    assert_crisis(message, level=level)


@pytest.mark.parametrize("message", [
    "Oyunda karakterim 'yok olmak istiyorum' diyor, çok komik",  # a game character, quoted
    "Yemek yaparken bıçakla kendimi kestim, kanama durdu",  # a kitchen cut
])
def test_their_look_alikes_are_never_escalated(message: str) -> None:
    assert_not_escalated(message)
