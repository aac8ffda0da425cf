"""Suggested phrases go into the catalog's text where a person would have typed them: the rest
of the file, comments and layout included, stays byte for byte."""

from __future__ import annotations

import pytest
import yaml

from bot.cli.catalog_edit import EditError, add_phrases
from bot.cli.suggestions import phrase_from_question

CATALOG = """\
# a comment that must survive
entries:
  - id: block   # the usual layout
    title: Block
    phrases:
      - "first phrase"   # a comment on an item
      - second phrase
    keywords: [word]

  - id: flow
    title: Flow
    phrases: [one, two,
    ]
  - id: none-yet
    title: None yet
    keywords: [k]  # the last field
"""


def test_phrases_are_added_to_block_and_flow_lists_and_a_missing_list_is_made() -> None:
    edited = add_phrases(CATALOG, {"block": ["new: phrase", 'with "quotes"'],
                                   "flow": ["third"], "none-yet": ["fresh"]})
    assert edited == """\
# a comment that must survive
entries:
  - id: block   # the usual layout
    title: Block
    phrases:
      - "first phrase"   # a comment on an item
      - second phrase
      - "new: phrase"
      - "with \\"quotes\\""
    keywords: [word]

  - id: flow
    title: Flow
    phrases: [one, two,
    "third"]
  - id: none-yet
    title: None yet
    keywords: [k]  # the last field
    phrases:
      - "fresh"
"""
    entries = {e["id"]: e for e in yaml.safe_load(edited)["entries"]}
    assert entries["block"]["phrases"][-2:] == ["new: phrase", 'with "quotes"']
    assert entries["flow"]["phrases"] == ["one", "two", "third"]
    assert entries["none-yet"]["phrases"] == ["fresh"]


def test_an_unknown_entry_is_refused() -> None:
    with pytest.raises(EditError, match="no entry 'missing'"):
        add_phrases(CATALOG, {"missing": ["x"]})


@pytest.mark.parametrize(("question", "phrase"), [
    ("How do I get my account unsuspended?", "account unsuspended"),
    ("Does Anthropic sell my prompts to advertisers??", "sell prompts advertisers"),
    ("what is it", None),  # only common words
    ("explain every single rule about running autonomous agents with browser tools in "
     "production settings today", None),  # a sentence, not a phrase
])
def test_a_question_becomes_its_distinctive_words(question: str, phrase: str | None) -> None:
    assert phrase_from_question(question) == phrase
