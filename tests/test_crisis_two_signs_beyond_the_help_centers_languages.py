"""In the languages the Help Center does not publish in, a sign that is everyday talk alone
(feeling empty, nothing mattering, thanks for everything, pills put by, a bridge) shows the
helpline gently when a sign of another kind stands beside it, as the Help Center's own languages
read two weak signs. One sign alone, two of one kind, a negated one or words in quotation marks
are calm. And the words people use for cutting, pills saved, a wish not to wake and being a
burden in Norwegian, Polish, Ukrainian, Hungarian, Turkish, Czech, Slovak, Hebrew, Danish,
Swedish, Finnish and Dutch. Signs are also written for Norwegian, Greek, Croatian, Tagalog,
Malay, Vietnamese, Arabic, Slovenian, Lithuanian, Bulgarian, Catalan, Swahili, Hindi and Persian.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.matcher import Matcher
from tests.support.crisis import CATALOG, assert_crisis, assert_not_crisis


@pytest.mark.parametrize("message", [
    "od miesiąca totalna pustka w środku i nie widzę przyszłości",
    "cítím se prázdná a nic už nemá smysl, fakt",
    "üres vagyok belül, és semminek nincs értelme",
    "känner mig tom, ser ingen framtid för mig",
    "kiitos kaikesta. pillerit valmiina jo",
    "voel me leeg en zie geen toekomst meer",
    "içim bomboş, hiçbir şeyin anlamı yok artık",
    "אני מרגישה ריקה ואין לי עתיד",
    "всередині пустота, не бачу майбутнього",
    "mă simt goală și nimic nu mai contează",
    "ekkert skiptir máli, ég er tóm að innan",
    "føler meg tom og ser ingen fremtid",
    "νιώθω άδειος και τίποτα δεν έχει νόημα",
    "osjećam se prazno i ništa nema smisla",
    "wala na akong nararamdaman, wala nang saysay ang lahat",
    "rasa kosong sangat, tak nampak masa depan",
    "mình thấy trống rỗng, chẳng còn ý nghĩa gì nữa",
    "أشعر بالفراغ ولا أرى مستقبلا",
    "počutim se prazno in nič nima smisla",
    "jaučiuosi tuščia ir nematau ateities",
    "чувствам се празна и не виждам бъдеще",
    "em sento buida i res no té sentit",
    "najihisi mtupu na sioni mustakabali",
    "andar se khali lagta hai, koi future nahi dikhta",
    "احساس پوچی دارم و هیچی معنی نداره",
    # pills put by, and the night it is to be
    "heb al weken pillen opgespaard en vannacht doe ik het",
    "összegyűjtöttem a gyógyszereket, ma éjjel megteszem",
    "sparat ihop tabletter länge, i natt gör jag det",
])
def test_two_signs_of_different_kinds_are_gentle(message: str) -> None:
    result = assert_crisis(message, level=CrisisLevel.GENTLE)
    assert result.crisis_kind is CrisisKind.SELF


@pytest.mark.parametrize("message", [
    "totalna pustka w lodówce, trzeba iść na zakupy",          # one sign
    "tack för allt, hej då allihop, vi ses efter semestern",  # two of one kind (farewell)
    "nie widzę przyszłości dla tego projektu bez budżetu",     # one sign
    'the song goes "voel me leeg" and "zie geen toekomst"',    # quoted
    "op de brug stond een file van een uur",                   # one sign
    "ingen fremtid for denne bilen",
    "στη γέφυρα έχει κίνηση σήμερα",
    "mình không cần nữa, cảm ơn nhé",
    "vanavond doe ik het huiswerk wel",
    "hepsini içeceğim, çok susadım",
    "ab bas karo yaar, pul par traffic hai",
    "al pont hi ha molt trànsit",
])
def test_one_sign_or_a_denied_or_quoted_pair_is_calm(message: str) -> None:
    assert_not_crisis(message)


@pytest.mark.parametrize("message", [
    "har begynt å kutte meg igjen etter bruddet",
    "chciałabym się zabić, nie daję już rady",
    "jeg har samla opp piller i flere uker",
    "vil bare aludni akarok és nem felébredni soha",
    "aludni akarok és nem felébredni",
    "intihar etmeyi düşünüyorum son zamanlarda",
    "jsem pro rodinu jen přítěž",
    "som len príťaž, bez mňa by im bolo lepšie",
    "יש לי רצון לא להיות",
    "viiltelin itseäni taas eilen",
    "vill somna in och aldrig vakna upp",
    "mijn zoon snijdt zichzelf, wat moet ik doen",
])
def test_everyday_words_for_cutting_pills_and_burden_show_the_helpline(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize("message", [
    "Ik heb de hele dag geen last meer van me rug",
    "jeg skal skade meg selv hvis jeg løper maraton uten trening",
    "купив мотузку для білизни",
    "nem akarok felébredni holnap korán, szabadnap van",
    "intiharı düşünmek üzerine bir makale yazıyorum",
    "ölümü beklemek üzerine bir roman okudum",
    "benden kurtulacaksınız, yarın Ankara'ya taşınıyorum",
    "tappaa itseään on elokuvan teema",
    "tanker om døden er naturlige når man mister nogen",
])
def test_the_same_words_in_everyday_use_are_calm(message: str) -> None:
    assert_not_crisis(message)


def test_a_negated_sign_does_not_count() -> None:
    # By the rules alone: the learned model of these languages reads on its own.
    rules = Matcher(CATALOG, learned=False)
    assert rules.match("czuję się pusty i nie widzę przyszłości").decision.value == "crisis"
    assert rules.match("nie czuję się pusty, tylko nie widzę przyszłości dla tej firmy"
                       ).decision.value == "none"
