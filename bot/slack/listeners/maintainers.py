"""The maintainers' Home: a click on a gap group records a suggestion ("these questions belong to
article X"), and the Home is published again to show it.

Only maintainers (``SAFEGUARDS_MAINTAINERS``) may record one: anyone else's click, or a value this
bot did not write, is acknowledged, logged and ignored. The suggestion is written before the
acknowledgement, like every reply (``bot.slack.delivery``); the Home that shows it goes through the
outbox. Nothing here touches the catalog: ``safeguards-bot suggestions apply`` does, run by a
person.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.slack.delivery.owed import HOME
from bot.slack.listeners.deps import Deps
from bot.slack.listeners.guard import guarded
from bot.slack.manifest_ids import MAINTAINER_ACTION_IDS, SUGGEST_ARTICLE, SUGGEST_OTHER_ARTICLE
from bot.slack.suggestion_values import SuggestionRef
from bot.store.database import describe_error

log = logging.getLogger(__name__)

ACTIONS = MAINTAINER_ACTION_IDS


def _suggest(deps: Deps, body: dict[str, Any], value: object) -> None:
    user = body.get("user")
    user_id = user.get("id") if isinstance(user, dict) else None
    home = deps.maintainers
    if home is None or not home.maintainers.includes(user_id):
        log.warning("suggestion refused: not from a maintainer")
        return
    ref = SuggestionRef.decode(value)
    if ref is None or ref.article_id not in deps.answers.catalog:
        log.warning("suggestion refused: not a gap group or article this bot offered")
        return
    assert isinstance(user_id, str)  # a maintainer's id, checked above
    try:
        suggestion = home.record(ref, user_id)
    except Exception as exc:
        log.error("suggestion not recorded: %s", describe_error(exc))
        suggestion = None
    else:
        if suggestion is None:
            log.info("suggestion article=%s: the group has no question left", ref.article_id)
        else:
            log.info("suggestion #%d recorded article=%s candidate=%s questions=%d",
                     suggestion.id, suggestion.article_id, suggestion.candidate_id or "-",
                     len(suggestion.question_ids))
    # The Home again, now marking the group (or showing why it could not).
    deps.delivery.owe(deps.delivery.row(HOME, "home", user_id=user_id))


@guarded
def suggest_article(ack: Ack, body: dict[str, Any], action: dict[str, Any],
                    context: BoltContext) -> None:
    _suggest(Deps.of(context), body, action.get("value"))
    ack()


@guarded
def suggest_other_article(ack: Ack, body: dict[str, Any], action: dict[str, Any],
                          context: BoltContext) -> None:
    selected = action.get("selected_option")
    _suggest(Deps.of(context), body,
             selected.get("value") if isinstance(selected, dict) else action.get("value"))
    ack()


def register(app: App) -> None:
    app.action(SUGGEST_ARTICLE)(suggest_article)
    app.action(SUGGEST_OTHER_ARTICLE)(suggest_other_article)
