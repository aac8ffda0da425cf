"""``safeguards-bot suggestions``: what maintainers suggested from Slack, and ``apply`` to turn it
into catalog phrases.

A suggestion says "these questions belong to article X" (``bot/store/suggestions.py``). ``apply``
reads the questions' text still kept in the log (only where the workspace opted in, and within the
retention period), makes each a phrase (``phrase_from_question``), adds the phrases to the
article's entry by editing the catalog file's text (``bot/cli/catalog_edit.py``), and writes the
file only if the result passes the same checks as ``safeguards-bot check``; otherwise the file is
left untouched and the command says why. The running bot picks the edit up like any other.
Nothing changes the catalog without a person running this.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from bot.cli.catalog_edit import EditError, add_phrases, write_atomically
from bot.engine import normalize
from bot.engine.catalog import CatalogError, load_catalog, parse_catalog, resolve_path
from bot.engine.matcher import Matcher
from bot.store import suggestions as store
from bot.store.database import Database, DatabaseUrlError, describe_error, open_for_reading

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
# Catalog phrases are a few distinctive words (data/SCHEMA.md); a longer question is a sentence,
# and is left to a person to boil down.
MAX_PHRASE_WORDS = 8
MAX_PHRASE_CHARS = 80
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?¿¡…-–—*_`~|/\\？！。、，：；（）「」『』"


class CommandError(Exception):
    """One line for the person at the terminal, and the exit status."""

    def __init__(self, message: str, status: int = EXIT_PROBLEM):
        super().__init__(message)
        self.status = status


def phrase_from_question(text: str) -> str | None:
    """A question as a catalog phrase: lower case, its common words dropped, the words kept as
    typed ("How do I get my account unsuspended?" -> "account unsuspended"); None when nothing
    distinctive is left or it is longer than a phrase should be."""
    words = []
    for raw in text.split():
        word = raw.strip(_EDGE_PUNCTUATION).casefold()
        if word and normalize.tokens(word):
            words.append(word)
    phrase = " ".join(words)
    if not phrase or len(words) > MAX_PHRASE_WORDS or len(phrase) > MAX_PHRASE_CHARS:
        return None
    return phrase


def _same_words(phrase: str) -> str:
    return " ".join(sorted(set(normalize.tokens(phrase))))


@dataclass
class Plan:
    """What ``apply`` would do for one suggestion."""

    suggestion: store.Suggestion
    phrases: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why texts gave no phrase
    texts: list[str] = field(default_factory=list)


# -- the database --------------------------------------------------------------------------------
def _read(db: str, ids: Sequence[int], status: str | None) -> tuple[list[store.Suggestion],
                                                                       dict[str, str]]:
    """The suggestions and the text kept for their questions, read without writing."""
    try:
        engine, name = open_for_reading(db)
    except FileNotFoundError as exc:
        raise CommandError(f"no database at {exc} (the bot creates it when it first runs)",
                           EXIT_USAGE) from None
    except DatabaseUrlError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("suggestions"):
                return [], {}
            found = store.listed(connection, ids, status=status)
            wanted = [q for s in found for q in s.question_ids]
            return found, store.texts_of(connection, wanted)
    except SQLAlchemyError as exc:
        raise CommandError(f"cannot read {name}: {describe_error(exc)}") from None
    finally:
        engine.dispose()


def _mark_applied(db: str, applied: dict[int, int]) -> None:
    url = db if "://" in db else f"sqlite:///{db}"
    database = Database(url, report_failures=False)
    try:
        now = time.time()
        database.run(lambda connection: [
            store.mark_applied(connection, sid, now=now, phrases_added=n)
            for sid, n in applied.items()], what="suggestions", rows=len(applied), timeout=30)
    finally:
        database.close()


# -- planning ------------------------------------------------------------------------------------
def plan(found: Sequence[store.Suggestion], texts: dict[str, str],
         existing: dict[str, tuple[str, ...]]) -> list[Plan]:
    """For each suggestion, the phrases it adds (new to its entry and to the plan so far)."""
    taken = {eid: {_same_words(p) for p in phrases} for eid, phrases in existing.items()}
    plans = []
    for suggestion in found:
        item = Plan(suggestion)
        seen = taken.setdefault(suggestion.article_id, set())
        kept = [texts[q] for q in suggestion.question_ids if q in texts]
        item.texts = kept
        missing = len(suggestion.question_ids) - len(kept)
        if missing:
            item.skipped.append(f"{missing} question(s) without kept text (text is kept only "
                                "with SAFEGUARDS_STORE_TEXT=1, and purged after its retention)")
        for question in kept:
            phrase = phrase_from_question(question)
            if phrase is None:
                item.skipped.append(f"\"{question[:60]}\": too long or only common words for a "
                                    "phrase: add its key words by hand")
            elif _same_words(phrase) in seen:
                continue
            else:
                seen.add(_same_words(phrase))
                item.phrases.append(phrase)
        plans.append(item)
    return plans


# -- the commands --------------------------------------------------------------------------------
def _when(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def list_suggestions(db: str, *, catalog_path: str | None, as_json: bool,
                     show_all: bool) -> int:
    found, texts = _read(db, (), None if show_all else store.OPEN)
    existing = _phrases_of(catalog_path)
    plans = plan(found, texts, existing)
    if as_json:
        print(json.dumps([_as_dict(p) for p in plans], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not plans:
        print("No open suggestions." if not show_all else "No suggestions.")
        return EXIT_OK
    for item in plans:
        s = item.suggestion
        nearest = s.candidate_id or "no candidate"
        print(f"#{s.id}  {s.status:<7} {_when(s.created_at)}  {s.article_id}  (group: nearest "
              f"{nearest}; {len(s.question_ids)} question(s), {len(item.texts)} with text)"
              f"{'  by ' + s.suggested_by if s.suggested_by else ''}")
        for phrase in item.phrases:
            print(f"      + \"{phrase}\"")
        for reason in item.skipped:
            print(f"      - {reason}")
    if not show_all:
        print("Apply with: safeguards-bot suggestions apply [ID ...]")
    return EXIT_OK


def _as_dict(item: Plan) -> dict[str, Any]:
    s = item.suggestion
    return {"id": s.id, "status": s.status, "created_at": s.created_at,
            "article_id": s.article_id, "candidate_id": s.candidate_id,
            "questions": len(s.question_ids), "with_text": len(item.texts),
            "since": s.since, "until": s.until, "suggested_by": s.suggested_by,
            "phrases": item.phrases, "skipped": item.skipped}


def _phrases_of(catalog_path: str | None) -> dict[str, tuple[str, ...]]:
    try:
        catalog = load_catalog(catalog_path)
    except CatalogError:
        return {}
    return {e.id: (*e.phrases, *e.keywords, e.title) for e in catalog.entries}


def apply_suggestions(db: str, ids: Sequence[int], *, catalog_path: str | None) -> int:
    path = resolve_path(catalog_path)
    try:
        catalog = load_catalog(path)
    except CatalogError as exc:
        raise CommandError("the catalog does not pass check now; fix it first:\n"
                           + "\n".join(exc.problems)) from None
    found, texts = _read(db, ids, None)
    unknown = sorted(set(ids) - {s.id for s in found})
    if unknown:
        raise CommandError(f"no suggestion {', '.join(map(str, unknown))} (see "
                           "'safeguards-bot suggestions')", EXIT_USAGE)
    done = [s.id for s in found if s.status != store.OPEN]
    if done:
        raise CommandError(f"suggestion {', '.join(map(str, done))} applied already",
                           EXIT_USAGE)
    if not found:
        print("No open suggestions: nothing to apply.")
        return EXIT_OK
    gone = [s for s in found if s.article_id not in catalog]
    if gone:
        raise CommandError("not applied: " + "; ".join(
            f"suggestion {s.id} names '{s.article_id}', which is no longer in {path}"
            for s in gone))
    plans = plan(found, texts, {e.id: (*e.phrases, *e.keywords, e.title)
                                for e in catalog.entries})
    additions: dict[str, list[str]] = {}
    for item in plans:
        additions.setdefault(item.suggestion.article_id, []).extend(item.phrases)
        for reason in item.skipped:
            print(f"suggestion {item.suggestion.id}: {reason}")
    if not any(additions.values()):
        raise CommandError("nothing to apply: no suggestion gave a new phrase (see above); "
                           f"{path} is unchanged")
    before = path.read_text(encoding="utf-8")
    try:
        after = add_phrases(before, additions)
        edited = parse_catalog(after, path)  # what `safeguards-bot check` runs
    except EditError as exc:
        raise CommandError(f"not applied: {path}: {exc}; the file is unchanged") from None
    except CatalogError as exc:
        raise CommandError(f"not applied: with these phrases {path} would not pass check, so "
                           "it is unchanged:\n" + "\n".join(
                               f"  {problem}" for problem in exc.problems)) from None
    write_atomically(path, after)
    _mark_applied(db, {item.suggestion.id: len(item.phrases) for item in plans})
    matcher = Matcher(edited)
    for item in plans:
        s = item.suggestion
        print(f"applied suggestion {s.id}: {len(item.phrases)} phrase(s) added to "
              f"{s.article_id}" + "".join(f"\n  + \"{p}\"" for p in item.phrases))
        answered = sum(1 for q in item.texts if matcher.match(q).lead_id == s.article_id)
        if item.texts:
            print(f"  its questions now lead with {s.article_id}: {answered} of "
                  f"{len(item.texts)}")
    print(f"{path}: check passed; the running bot reloads it within seconds.")
    return EXIT_OK


def run_suggestions(db: str, action: str | None, ids: Sequence[int], *,
                    catalog_path: str | None, as_json: bool, show_all: bool) -> int:
    """The command: ``suggestions [--all] [--json]`` or ``suggestions apply [ID ...]``."""
    try:
        if action == "apply":
            return apply_suggestions(db, ids, catalog_path=catalog_path)
        return list_suggestions(db, catalog_path=catalog_path, as_json=as_json,
                                show_all=show_all)
    except CommandError as exc:
        print(f"safeguards-bot suggestions: {exc}", file=sys.stderr)
        return exc.status
    except OSError as exc:
        print(f"safeguards-bot suggestions: {exc}", file=sys.stderr)
        return EXIT_PROBLEM

