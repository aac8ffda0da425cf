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


def confidence_label(confidence: float) -> str:
    from bot.engine.thresholds import HIGH_CONFIDENCE

    return "High" if confidence >= HIGH_CONFIDENCE else "Medium"
