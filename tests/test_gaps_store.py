"""Gap groups and suggestions in the database, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Connection

from bot.store import suggestions
from bot.store.database import Database
from bot.store.gaps import gap_groups
from bot.store.question_log import QuestionLog
from tests.support.harness import TEST_SALT


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = Database(database_url)
    yield opened
    opened.close()


def test_gaps_group_by_the_nearest_entry_and_suggestions_keep_their_ids(
        database: Database) -> None:
    log = QuestionLog(database, salt=TEST_SALT, store_text=True)
    declined = [log.record(surface="dm", decision="none", text=text, candidate_id="appeals")
                for text in ("Can I appeal a ban?", "can i appeal a ban", "ban appeal timing")]
    answered = log.record(surface="dm", decision="answer", article_id="appeals",
                          text="my account was banned", candidate_id="appeals")
    log.record_feedback(answered, helpful=False)
    log.record(surface="dm", decision="none", text="nothing near")  # no candidate
    log.record(surface="dm", decision="crisis", article_id="crisis-helpline",
               text="i want to die", candidate_id="appeals")  # never a gap, never text
    log.record(surface="dm", decision="answer", article_id="appeals", candidate_id="appeals")
    assert log.flush()
    now = datetime.now(timezone.utc)  # not at import: a parallel run imports long before
    since, until = now - timedelta(days=1), now + timedelta(minutes=1)

    groups = database.run(lambda c: gap_groups(c, since, until, with_text=True), what="test")
    assert [(g.candidate_id, g.declined, g.not_helpful) for g in groups] == [
        ("appeals", 3, 1), (None, 1, 0)]
    assert groups[0].texts[0] == ("can i appeal a ban", 2)
    assert set(groups[0].question_ids) == {*declined, answered}
    assert all(not g.texts for g in database.run(lambda c: gap_groups(c, since, until),
                                                 what="test"))

    def record(connection: Connection) -> suggestions.Suggestion | None:
        return suggestions.record(connection, article_id="usage-policy",
                                  candidate_id="appeals", since=since, until=until,
                                  suggested_by="U0MAINT01", now=time.time())

    first = database.run(record, what="test")
    again = database.run(record, what="test")  # a double click
    assert first is not None and again == first
    assert set(first.question_ids) == {*declined, answered}
    texts = database.run(lambda c: suggestions.texts_of(c, first.question_ids), what="test")
    assert sorted(texts.values()) == ["Can I appeal a ban?", "ban appeal timing",
                                      "can i appeal a ban", "my account was banned"]
    assert database.run(lambda c: suggestions.mark_applied(c, first.id, now=time.time(),
                                                           phrases_added=2), what="test")
    assert not database.run(lambda c: suggestions.mark_applied(c, first.id, now=time.time(),
                                                               phrases_added=2), what="test")
    [listed] = database.run(lambda c: suggestions.listed(c), what="test")
    assert (listed.status, listed.phrases_added) == (suggestions.APPLIED, 2)
    log.close()
