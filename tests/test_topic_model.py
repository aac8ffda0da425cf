"""The topic model and where its guess counts (``topic_fusion``): its file, its probabilities, and
the three places the matcher asks it. A small model written by hand shows each rule; the shipped
model is checked for being trained on the corpus in the repository."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.engine import topic_fusion, topic_model
from bot.engine.crisis import CrisisLevel
from bot.engine.letter_ngrams import features, fingerprint
from bot.engine.matcher import Decision, Matcher
from bot.engine.thresholds import TOPIC_MODEL_DISAGREE_KEEP
from bot.engine.topic_model import NONE, TopicModel, shipped
from tests.support.crisis import CATALOG
from tests.support.model_files import assert_refused

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ("appeals", "bug-bounty", NONE)
# "suspended" points to appeals, "jailbreak" to the bounty; nothing else says anything.
HANDMADE = TopicModel(CLASSES, {
    **{g: ((0, 3.0),) for g in features("suspended")},
    **{g: ((1, 3.0),) for g in features("jailbreak")},
}, biases=(0.0, 0.0, 0.5))


def guesses(text: str) -> topic_fusion.Guesses:
    return lambda: HANDMADE.guesses(text)


def test_probabilities_add_up_and_come_likeliest_first() -> None:
    found = HANDMADE.guesses("my account was suspended")
    assert found[0].label == "appeals"
    assert abs(sum(g.probability for g in found) - 1) < 1e-9
    assert [g.probability for g in found] == sorted((g.probability for g in found), reverse=True)
    assert HANDMADE.guesses("")[0].label == NONE  # nothing said: the biases decide


def test_a_question_no_phrase_matched_gets_the_article_the_model_is_sure_of() -> None:
    found = topic_fusion.for_none(guesses("suspended suspended, what now"), CATALOG)
    assert found is not None and found[0].id == "appeals" and found[1] >= 0.7
    assert topic_fusion.for_none(guesses("what's for lunch"), CATALOG) is None


def test_a_weak_answer_is_declined_only_when_the_model_is_very_sure_it_is_about_nothing() -> None:
    calm = "what's for lunch"  # nothing the handmade model knows: "none" by its bias
    # About 92% "none", but 7.5% appeals: not enough to overrule a strong answer.
    sure_none = TopicModel(CLASSES, {}, biases=(2.5, 0.0, 5.0))
    assert topic_fusion.declines(lambda: sure_none.guesses(calm), "appeals", confidence=0.5)
    assert not topic_fusion.declines(lambda: sure_none.guesses(calm), "appeals", confidence=0.95)
    # "none", but not 90% sure, and appeals not ruled out
    assert not topic_fusion.declines(guesses(calm), "appeals", confidence=0.5)
    assert not topic_fusion.declines(guesses("suspended suspended"), "appeals", confidence=0.5)


def test_any_answer_is_declined_when_the_model_all_but_rules_its_article_out() -> None:
    calm = "what's for lunch"
    # 99% "none", under 1% for either article: a strong answer is declined too
    certain = TopicModel(CLASSES, {}, biases=(0.0, 0.0, 5.0))
    assert topic_fusion.declines(lambda: certain.guesses(calm), "appeals", confidence=0.9)
    # Only 70% "none", appeals at 3%: still ruled out, so declined however strong the phrases
    lean = TopicModel(CLASSES, {}, biases=(0.0, 2.25, 3.2))
    found = {g.label: g.probability for g in lean.guesses(calm)}
    assert 0.5 <= found[NONE] < 0.9 and found["appeals"] <= 0.05
    assert topic_fusion.declines(lambda: lean.guesses(calm), "appeals", confidence=0.9)
    # ... unless the phrases hold the whole question: then it is in our words alone
    assert not topic_fusion.declines(lambda: certain.guesses(calm), "appeals",
                                     confidence=TOPIC_MODEL_DISAGREE_KEEP)
    # ... but not when the phrases chose the article the model still allows (bug-bounty, 27%)
    assert not topic_fusion.declines(lambda: lean.guesses(calm), "bug-bounty", confidence=0.7)
    # ... nor an entry added to the catalog after the model was trained: it knows nothing of it
    assert not topic_fusion.declines(lambda: certain.guesses(calm), "newer-entry", confidence=0.95)


def test_the_model_orders_a_did_you_mean_but_only_among_the_suggestions() -> None:
    assert topic_fusion.for_suggestions(
        guesses("a jailbreak, suspended?"), ["appeals", "bug-bounty"]) is not None
    picked = topic_fusion.for_suggestions(guesses("jailbreak jailbreak"), ["appeals", "bug-bounty"])
    assert picked == ("bug-bounty", True)
    # Its favourite is not among them: the phrases' order stands.
    assert topic_fusion.for_suggestions(guesses("jailbreak"), ["appeals", "minors"]) is None


def test_without_models_the_matcher_is_phrases_and_rules_alone() -> None:
    plain, learned = Matcher(CATALOG, learned=False), Matcher(CATALOG)
    result = plain.match("my account was suspended, how do i appeal")
    assert result.decision is Decision.ANSWER and result.lead_id == "appeals"
    # No phrase or sign holds this; only the distress model hears it, and only gently.
    quiet = "honestly i just want everything to go quiet for good"
    assert plain.match(quiet).decision is not Decision.CRISIS
    heard = learned.match(quiet)
    assert heard.decision is Decision.CRISIS and heard.crisis_level is CrisisLevel.GENTLE


@pytest.mark.parametrize(("text", "where"), [
    ("<classes>\tappeals none\n<bias>\t0 0\n ab\t7:1.0\n", ":3:"),  # no class 7
    ("<classes>\tappeals none\n<bias>\t0 0\n ab\t0:x\n", ":3:"),
    ("<classes>\tappeals none\n<bias>\tzero 0\n", ":2:"),
    ("<classes>\tappeals\n<bias>\t0\n ab\t0:1\n", "not a topic model"),  # no "none" class
])
def test_a_broken_topic_model_is_refused_naming_the_file_and_line(
        tmp_path: Path, text: str, where: str) -> None:
    assert_refused(TopicModel.load, tmp_path / "topics.tsv", text, where)


def test_the_shipped_topic_model_was_trained_on_the_corpus_in_the_repository() -> None:
    training = [*sorted((ROOT / "data" / "training" / "topics").glob("*.yaml")),
                ROOT / "data" / "training" / "distress" / "calm_everyday.yaml"]
    expected = fingerprint(path.read_text(encoding="utf-8") for path in training)
    model = shipped()
    assert model.trained_on.get("training") == expected, (
        "data/topic_model.tsv is older than data/training/topics/: "
        "run scripts/train_topic_model.py")
    assert all(label in CATALOG for label in model.classes if label != NONE)


def test_packed_rows_add_up_to_the_sums_of_their_weights() -> None:
    # Rows of weights are packed into one integer each so that adding rows adds every class's
    # weights at once; negative weights borrow from the fields above and must come back out.
    rng = random.Random(7)
    for _ in range(300):
        rows = [[(i, round(rng.uniform(-9, 9), 3)) for i in range(21) if rng.random() < 0.4]
                for _ in range(rng.randint(0, 200))]
        expected = [0.0] * 21
        for row in rows:
            for index, weight in row:
                expected[index] += weight
        got = topic_model._unpack(sum(topic_model._pack(row) for row in rows), 21)
        assert got == pytest.approx(expected, abs=1e-9)


def test_a_weak_answer_gives_way_to_the_article_the_model_is_fairly_sure_of() -> None:
    # The handmade model all but rules appeals out for "jailbreak jailbreak": bug-bounty instead
    found = topic_fusion.instead_of(guesses("jailbreak jailbreak"), "appeals", 0.5, CATALOG)
    assert found is not None and found[0].id == "bug-bounty" and found[1] >= 0.5
    # ... but not a strong answer, nor one the model still allows, nor for "nothing of ours"
    assert topic_fusion.instead_of(guesses("jailbreak jailbreak"), "appeals", 0.9, CATALOG) is None
    assert topic_fusion.instead_of(guesses("a jailbreak, suspended?"), "appeals", 0.5,
                                   CATALOG) is None
    assert topic_fusion.instead_of(guesses("what's for lunch"), "appeals", 0.5, CATALOG) is None


def test_rows_unpacked_at_start_give_the_same_guesses_as_rows_unpacked_on_first_use() -> None:
    # `serve` unpacks every row before its first question; the guesses must not depend on when.
    path = ROOT / "data" / "topic_model.tsv"
    lazy, eager = TopicModel.load(path), TopicModel.load(path)
    eager.unpack_all()
    assert len(eager._rows) == len(eager.weights) > len(lazy._rows) == 0
    for text in ("my account got banned, can i appeal?", "Wie melde ich eine Sicherheitslücke?",
                 "アカウントが停止されました", "how much does claude pro cost", ""):
        assert eager.guesses(text) == lazy.guesses(text)
