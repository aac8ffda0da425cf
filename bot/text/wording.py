"""The words people read, shared by the terminal and Slack replies so both say the same thing.

Each constant is an English message and its gettext message id (``N_`` marks it for extraction);
``bot.text.words.Words`` gives it in a reader's language from the catalogs in
``bot/text/locales/`` (``bot.text.i18n``). Placeholders are ``{name}``, filled after translation,
and every translation keeps exactly the same ones (tests/test_i18n.py).

The crisis words come first in a crisis reply and are written to a person, not to a ticket:
no "error", no "request", no "unable to". They promise nothing the bot cannot do (it cannot reach
anyone, call anyone or follow up), and carry the helpline article's facts (free, confidential
helplines in every country through findahelpline.com, run with ThroughLine; local emergency
numbers), never its sentences. Each language's version was written for that language, not
translated word for word.
"""

from __future__ import annotations

MESSAGES: list[str] = []


def N_(message: str) -> str:
    """Mark ``message`` for translation (gettext's convention) and return it unchanged."""
    MESSAGES.append(message)
    return message


# -- crisis --------------------------------------------------------------------------------------
CRISIS_OPENING = N_(
    "I'm really sorry you're going through this. You don't have to face it alone, "
    "and talking to someone can help right now."
)
CRISIS_HELP = N_(
    "If you are in danger or thinking about ending your life, please call your local emergency "
    "number, or reach a crisis line: in the US call or text 988; elsewhere, "
    "findahelpline.com lists free, confidential lines in your country."
)
# When the check is unsure (a gentle crisis: an everyday idiom, similarity alone, a question about
# "someone" in general): the same help, without assuming anything about the person asking.
CRISIS_GENTLE_OPENING = N_(
    "If you, or someone you know, are going through a hard time: you don't have to face it "
    "alone, and talking to someone can help."
)
# When the person writing is worried about someone else ("my friend says she wants to die"): the
# words are for the helper. Plain and warm, no judgement of anyone, and no promise the bot cannot
# keep (it cannot reach the person, call anyone or follow up).
HELPER_OPENING = N_(
    "Thank you for looking out for them. You don't need the perfect words: being there, "
    "listening and taking what they say seriously already helps. Please look after yourself too."
)
HELPER_HELP = N_(
    "If they may be in immediate danger, call your local emergency number now. Otherwise you "
    "can encourage them to reach a crisis line, offer to contact one together, or call one "
    "yourself for advice on how to support them: in the US call or text 988; elsewhere, "
    "findahelpline.com lists free, confidential lines in every country."
)
CRISIS_ARTICLE_LEAD = N_("How Claude points people to crisis support:")
CRISIS_TOPIC_LEAD = N_("And about the rest of your message:")

# -- answers -------------------------------------------------------------------------------------
ANSWER_LEAD = N_("This article should help:")
SUGGEST_LEAD = N_("Did you mean one of these?")
NONE_TEXT = N_(
    "I couldn't find a Safeguards article that answers this. "
    "The support team can help with anything else:"
)
EMPTY_TEXT = N_(
    "Ask me a safety question in your own words, for example "
    "\"my account was suspended, can I appeal?\" or \"where do I report a security bug?\""
)
RELATED_LEAD = N_("Related:")
YOU_ASKED = N_("You asked: {question}")
CONFIDENCE = N_("Confidence: {level}")
HIGH = N_("High")
MEDIUM = N_("Medium")
LOW = N_("Low")
# After the link of a page that exists in English only (anthropic.com's policies).
IN_ENGLISH = N_("(in English)")
SHARED_BY = N_("Shared by {user} with {tool}")

# -- buttons (at most 75 characters, Slack's limit) ----------------------------------------------
SHARE_BUTTON = N_("Share in channel")
SHARE_LABEL = N_("Share {title} in this channel")
HELPFUL_BUTTON = N_("Helpful")
HELPFUL_LABEL = N_("{title}: helpful")
NOT_HELPFUL_BUTTON = N_("Not helpful")
NOT_HELPFUL_LABEL = N_("{title}: not helpful")
PICK_BUTTON = N_("This one")
PICK_LABEL = N_("Show {title}")
NONE_OF_THESE_BUTTON = N_("None of these")

# -- feedback on an answer ("Helpful" / "Not helpful") -------------------------------------------
FEEDBACK_THANKS = N_("Thanks for the feedback.")
NOT_HELPFUL_OTHERS = N_("Other articles that might help:")
NOT_HELPFUL_SUPPORT = N_("Or ask the support team:")

# -- help, the article list, the App Home tab ----------------------------------------------------
HOW_TO_ASK = N_("How to ask")
HOW_COMMAND = N_("{command_question}: a private answer, which you can share in the channel")
HOW_COMMAND_QUESTION = N_("your question")
HOW_MENTION = N_("Mention {bot} with your question in a channel: the answer goes in the thread")
HOW_DM = N_("Send me a direct message")
HOW_LIST = N_("{command_list}: every article; {command_help}: this message")
TOPICS_HEADING = N_("Topics I can help with")
TOPICS_TEXT = N_("Topics: {topics}.")
MORE_IN_LIST = N_("…and more: see {command_list}.")
EVERY_ARTICLE = N_("Every Safeguards article, by topic:")
EVERY_ARTICLE_TEXT = N_("Every Safeguards article: {articles}")
MORE_IN_HOME = N_("…and more in the {app} app's Home tab.")
HOME_HEADER = N_("{app} answers")
HOME_INTRO = N_(
    "I answer safety questions with the right article from the Claude Help Center's Safeguards "
    "collection, and point you to the support team when no article fits. Answers to {command} "
    "are private until you share them."
)
HOME_ARTICLES = N_("Articles by topic")
MORE = N_("…and more.")

# -- the "Find Safeguards article" message shortcut (support agents) -----------------------------
# The crisis flag is about a person, so it is worded as one would speak of them to a colleague.
TRIAGE_CRISIS_FLAG = N_(
    "This person may be going through something very hard right now. Please reply with care: "
    "the crisis support article is first, and posting it opens with kind words and helplines."
)
TRIAGE_LEAD = N_("The closest Safeguards articles for this message:")
TRIAGE_NONE = N_(
    "No Safeguards article fits this message well. The closest ones, and the support team:"
)
TRIAGE_NO_TEXT = N_(
    "This message has no text I can read (only files or attachments), so I can't suggest an "
    "article. The support team's page is below, or ask {command} in your own words."
)
TRIAGE_FLAGGED = N_("Flagged: this message reads as someone in distress")
TRIAGE_SUPPORT_ANYTHING = N_("The support team, for anything no article covers")
TRIAGE_SUPPORT_NO_FIT = N_("The support team, when no article fits")
TRIAGE_CONFIDENCE = N_("Confidence: {level} ({percent}%)")
TRIAGE_REPLY_BUTTON = N_("Reply in thread")
TRIAGE_REPLY_LABEL = N_("Reply in the thread with {title}")
TRIAGE_FOOTER = N_(
    "{reply_in_thread} posts the article under the message, for everyone in the conversation, "
    "credited to you."
)
# A modal's title is at most 24 characters (Slack's limit), the app's name included.
TRIAGE_TITLE = N_("{app} articles")
CLOSE = N_("Close")
TRIAGE_POSTED = N_("Posted in the thread.")
TRIAGE_GONE = N_("This can't be posted any more: run {shortcut} on the message again.")
TRIAGE_NOT_IN_CHANNEL = N_(
    "Not posted: I'm not in that conversation. In a channel, add me with {invite}, then try "
    "again. {slack_said}"
)
TRIAGE_NOT_POSTED = N_("Not posted. Try again in a moment. {slack_said}")
SLACK_SAID = N_("(Slack said {code})")

# -- the escalation channel's notice (in the workspace's language, for the specialists) ----------
ESCALATION_HEADLINE = N_("A question needs a specialist:")
ESCALATION_VIA = N_("Asked via {how}{where}.")
ESCALATION_IN = N_(" in {channel}")
ESCALATION_VIA_MENTION = N_("a mention of the bot")
ESCALATION_VIA_DM = N_("a direct message to the bot")
ESCALATION_VIA_SHORTCUT = N_("{shortcut} on a message")
ESCALATION_VIA_PICK = N_("a suggestion the person picked")
ESCALATION_OPEN = N_("Open the message")
ESCALATION_NO_LINK_COMMAND = N_("There is no message to link: {command} answers are private.")
ESCALATION_NO_LINK_DM = N_(
    "There is no message to link: a direct message with the bot is private.")
ESCALATION_NO_LINK_PRIVATE = N_("There is no message to link: the answer was private.")
ESCALATION_NO_LINK = N_("No link: Slack did not give one.")
ESCALATION_ASKED_BY = N_("Asked by {user}.")
ESCALATION_MESSAGE_THEM = N_("Message them directly")
ESCALATION_NOT_COPIED = N_("The question is not copied here: open the message to read it.")
ESCALATION_TEXT = N_("A question needs a specialist: {title}, asked via {how}{where}{link}")
