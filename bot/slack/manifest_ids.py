"""The names ``app.yaml`` and the listeners must agree on: the command, the shortcut, the buttons.

``tests/test_manifest.py`` checks the manifest against the listeners registered for these, both
ways, so a rename here without the manifest (or the reverse) fails the build.
"""

from __future__ import annotations

APP_NAME = "Safeguards"  # the bot user's display name in app.yaml
COMMAND = "/safeguards"

# Action ids of the buttons; bot/slack/listeners/actions.py registers one listener for each.
SHARE = "share_answer"
PICK = "pick_suggestion"
NONE_OF_THESE = "none_of_these"
HELPFUL = "feedback_helpful"
NOT_HELPFUL = "feedback_not_helpful"
REPLY_IN_THREAD = "reply_in_thread"
ANSWER_ACTION_IDS = (SHARE, PICK, NONE_OF_THESE, HELPFUL, NOT_HELPFUL, REPLY_IN_THREAD)
# The maintainers' Home: a gap group's "belongs to" button and its menu of other articles
# (bot/slack/listeners/maintainers.py).
SUGGEST_ARTICLE = "suggest_article"
SUGGEST_OTHER_ARTICLE = "suggest_other_article"
MAINTAINER_ACTION_IDS = (SUGGEST_ARTICLE, SUGGEST_OTHER_ARTICLE)
ACTION_IDS = ANSWER_ACTION_IDS + MAINTAINER_ACTION_IDS

# The message shortcut (app.yaml's features.shortcuts; bot/slack/listeners/shortcuts.py). The
# triage modal it opens has the same callback id.
FIND_ARTICLE = "find_article"
FIND_ARTICLE_NAME = "Find Safeguards article"
