"""The words people read, shared by the terminal and Slack replies so both say the same thing.

The crisis words come first in a crisis reply and are written to a person, not to a ticket:
no "error", no "request", no "unable to".
"""

from __future__ import annotations

from bot.engine.crisis import CrisisKind, CrisisLevel

CRISIS_OPENING = (
    "I'm really sorry you're going through this. You don't have to face it alone, "
    "and talking to someone can help right now."
)
CRISIS_HELP = (
    "If you are in danger or thinking about ending your life, please call your local emergency "
    "number, or reach a crisis line: in the US call or text 988; elsewhere, "
    "findahelpline.com lists free, confidential lines in your country."
)
# When the check is unsure (a gentle crisis: an everyday idiom, similarity alone, a question about
# "someone" in general): the same help, without assuming anything about the person asking.
CRISIS_GENTLE_OPENING = (
    "If you, or someone you know, are going through a hard time: you don't have to face it "
    "alone, and talking to someone can help."
)
# When the person writing is worried about someone else ("my friend says she wants to die"): the
# words are for the helper. Plain and warm, no judgement of anyone, and no promise the bot cannot
# keep (it cannot reach the person, call anyone or follow up).
HELPER_OPENING = (
    "Thank you for looking out for them. You don't need the perfect words: being there, "
    "listening and taking what they say seriously already helps. Please look after yourself too."
)
HELPER_HELP = (
    "If they may be in immediate danger, call your local emergency number now. Otherwise you "
    "can encourage them to reach a crisis line, offer to contact one together, or call one "
    "yourself for advice on how to support them: in the US call or text 988; elsewhere, "
    "findahelpline.com lists free, confidential lines in every country."
)
CRISIS_ARTICLE_LEAD = "How Claude points people to crisis support:"
CRISIS_TOPIC_LEAD = "And about the rest of your message:"

ANSWER_LEAD = "This article should help:"
SUGGEST_LEAD = "Did you mean one of these?"
NONE_TEXT = (
    "I couldn't find a Safeguards article that answers this. "
    "The support team can help with anything else:"
)
EMPTY_TEXT = (
    "Ask me a safety question in your own words, for example "
    "\"my account was suspended, can I appeal?\" or \"where do I report a security bug?\""
)
RELATED_LEAD = "Related:"

# Feedback on an answer ("Helpful" / "Not helpful").
FEEDBACK_THANKS = "Thanks for the feedback."
NOT_HELPFUL_OTHERS = "Other articles that might help:"
NOT_HELPFUL_SUPPORT = "Or ask the support team:"

# The "Find Safeguards article" message shortcut, shown to the support agent who used it. The crisis
# flag is about a person, so it is worded as one would speak of them to a colleague.
TRIAGE_CRISIS_FLAG = (
    "This person may be going through something very hard right now. Please reply with care: "
    "the crisis support article is first, and posting it opens with kind words and helplines."
)
TRIAGE_LEAD = "The closest Safeguards articles for this message:"
TRIAGE_NONE = (
    "No Safeguards article fits this message well. The closest ones, and the support team:"
)
TRIAGE_NO_TEXT = (
    "This message has no text I can read (only files or attachments), so I can't suggest an "
    "article. The support team's page is below, or ask /safeguards in your own words."
)


def crisis_words(kind: CrisisKind | None, level: CrisisLevel | None) -> tuple[str, str]:
    """The opening and the help line of a crisis reply: for the person in distress (the default),
    for someone helping another person, or gently when the check is unsure."""
    help_line = HELPER_HELP if kind is CrisisKind.OTHER else CRISIS_HELP
    if level is CrisisLevel.GENTLE:
        return CRISIS_GENTLE_OPENING, help_line
    return (HELPER_OPENING if kind is CrisisKind.OTHER else CRISIS_OPENING), help_line


def confidence_label(confidence: float) -> str:
    from bot.engine.thresholds import HIGH_CONFIDENCE

    return "High" if confidence >= HIGH_CONFIDENCE else "Medium"
