"""The words people read, shared by the terminal and Slack replies so both say the same thing.

The crisis words come first in a crisis reply and are written to a person, not to a ticket:
no "error", no "request", no "unable to".
"""

CRISIS_OPENING = (
    "I'm really sorry you're going through this. You don't have to face it alone, "
    "and talking to someone can help right now."
)
CRISIS_HELP = (
    "If you are in danger or thinking about ending your life, please call your local emergency "
    "number, or reach a crisis line: in the US call or text 988; elsewhere, "
    "findahelpline.com lists free, confidential lines in your country."
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


def confidence_label(confidence: float) -> str:
    from bot.thresholds import HIGH_CONFIDENCE

    return "High" if confidence >= HIGH_CONFIDENCE else "Medium"
