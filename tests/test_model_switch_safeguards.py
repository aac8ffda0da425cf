"""Our models' names keep a question ours, and the words people use when a model's safeguards
flag their work ("safeguards triggered", "it switched models on me") are the user-safety
article's: Fable 5 answers a flagged request with another model (Help Center 15363606, outside
the Safeguards collection), and the safety checks behind it are that article's subject.

Every sentence here was written for this file: none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.support.answers import assert_answers


@pytest.mark.parametrize("question", [
    "fable safeguards triggered while i was hardening my ubuntu server config",
    "i think i tripped claude's safeguards again, my prompt was just a log file",
    "my message got flagged and it switched models on me halfway through",
])
def test_flagged_work_is_the_user_safety_article(question: str) -> None:
    assert_answers(question, "user-safety")


@pytest.mark.parametrize("question", [
    "write a fable about a fox for my kid",
    "what's the context window of opus 4.8",
])
def test_a_models_name_alone_is_no_safeguards_question(question: str) -> None:
    assert_answers(question, "none")
