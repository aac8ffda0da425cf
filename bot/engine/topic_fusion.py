"""When the phrases leave the topic open, the topic model's guess settles it.

The matcher's phrases are precise where they match and silent where they do not. The topic model
(``topic_model``) has read many more ways of asking, less precisely. So the phrases decide, and the
model is asked only where they are unsure, and only its confident guesses count:
- no phrase matched well enough (*none*): an article the model is sure of is the answer;
- a "did you mean" between close articles: the one the model is sure of goes first, and is the
  answer when the model is very sure;
- a weak answer the model gives little chance, when it is fairly sure of another article: that
  article instead;
- a weak answer to a question the model is very sure is about nothing we cover, or any answer
  whose article the model all but rules out for "nothing we cover": declined.
A question about another company's product never reaches this (``Matcher.match`` declines it
first), nor does distress; one about the asker's own world only when it matches an article
strongly and the model does not take it for one about nothing of ours.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.catalog import Catalog, Entry
from bot.engine.thresholds import (
    TOPIC_MODEL_ANSWER,
    TOPIC_MODEL_DECLINE,
    TOPIC_MODEL_DISAGREE_ANSWER,
    TOPIC_MODEL_DISAGREE_KEEP,
    TOPIC_MODEL_DISAGREE_NONE,
    TOPIC_MODEL_DOUBT_BELOW,
    TOPIC_MODEL_PICK,
    TOPIC_MODEL_SWITCH_BELOW,
    TOPIC_MODEL_SWITCH_FROM,
    TOPIC_MODEL_SWITCH_TO,
)
from bot.engine.topic_model import NONE, Guess

Guesses = Callable[[], list[Guess]]


def for_none(guesses: Guesses, catalog: Catalog) -> tuple[Entry, float] | None:
    """The article to answer with after all, when no phrase matched well enough."""
    top = guesses()[0]
    if top.label != NONE and top.probability >= TOPIC_MODEL_ANSWER and top.label in catalog:
        return catalog.get(top.label), top.probability
    return None


def declines(guesses: Guesses, answer: str, confidence: float) -> bool:
    """An answer to a question the model takes for one about nothing we cover: a weak answer
    when the model is very sure ("what's the difference between a warrant and a subpoena,
    generally"), any answer when the model finds it more likely about nothing than not and all
    but rules out the article the phrases chose ("how do i appeal a ban on my steam account")."""
    top = guesses()[0]
    if top.label != NONE:
        return False
    if confidence < TOPIC_MODEL_DOUBT_BELOW and top.probability >= TOPIC_MODEL_DECLINE:
        return True
    if top.probability < TOPIC_MODEL_DISAGREE_NONE or confidence >= TOPIC_MODEL_DISAGREE_KEEP:
        return False
    # An entry newer than the model is not among its classes: it cannot have been ruled out.
    chosen = next((g.probability for g in guesses() if g.label == answer), None)
    return chosen is not None and chosen <= TOPIC_MODEL_DISAGREE_ANSWER


def instead_of(guesses: Guesses, answer: str, confidence: float,
               catalog: Catalog) -> tuple[Entry, float] | None:
    """The article to answer with instead of a weak answer (below TOPIC_MODEL_SWITCH_BELOW),
    when the model is fairly sure of another one and gives the phrases' choice little chance
    ("how does anthropic detect harmful content", whose "report" phrases pointed elsewhere)."""
    if confidence >= TOPIC_MODEL_SWITCH_BELOW:
        return None
    found = guesses()
    top = found[0]
    if top.label in (NONE, answer) or top.probability < TOPIC_MODEL_SWITCH_TO:
        return None
    chosen = next((g.probability for g in found if g.label == answer), None)
    if chosen is None or chosen > TOPIC_MODEL_SWITCH_FROM or top.label not in catalog:
        return None
    return catalog.get(top.label), top.probability


def for_suggestions(guesses: Guesses, ids: list[str]) -> tuple[str, bool] | None:
    """Among close suggestions, the one the model is sure of, and whether it is sure enough to
    be the answer."""
    top = guesses()[0]
    if top.label not in ids or top.probability < TOPIC_MODEL_PICK:
        return None
    return top.label, top.probability >= TOPIC_MODEL_ANSWER
