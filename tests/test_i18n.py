"""The words in every language: complete catalogs, the same placeholders, and no reply that mixes
languages.

"Mixes languages", precisely: a reply rendered for locale L contains, as a whole word sequence, a
piece of an English message (the text of a ``wording`` message between its placeholders, a topic
name or an entry summary) that L's catalog translates differently. Names are not messages and may
stay English: article titles the Help Center has no localised version of (``english_title_in``),
the titles of English-only pages, the app's name, the command, the shortcut's name, links.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

from bot.engine.catalog import Catalog
from bot.engine.crisis import CrisisKind, CrisisLevel
from bot.engine.help_center import DEFAULT_LOCALE, LOCALES
from bot.engine.matcher import Decision, Match, Matcher, Result
from bot.slack.button_values import ButtonRef
from bot.slack.render.answer import declined, for_result, picked, shared
from bot.slack.render.catalog_views import article_list, home_view, how_to_ask
from bot.slack.render.escalation import escalation_notice
from bot.slack.render.feedback import answer_after_feedback, feedback_thanks
from bot.slack.render.triage import (
    triage_gone,
    triage_not_posted,
    triage_posted,
    triage_reply,
    triage_view,
)
from bot.text import i18n, wording
from bot.text.plain_reply import render
from bot.text.words import Words

ROOT = Path(__file__).resolve().parent.parent
OTHERS = [locale for locale in LOCALES if locale != DEFAULT_LOCALE]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def po(locale: str) -> dict[str, Any]:
    with i18n.po_path(locale).open("rb") as source:
        return {m.id: m for m in read_po(source) if m.id}


def english_messages(catalog: Catalog) -> list[str]:
    return [*wording.MESSAGES, *(t.name for t in catalog.topics),
            *(e.summary for e in catalog.entries)]


@pytest.mark.parametrize("locale", OTHERS)
def test_every_message_has_a_translation_with_the_same_placeholders(
    locale: str, catalog: Catalog
) -> None:
    entries = po(locale)
    for message in english_messages(catalog):
        assert message in entries, f"{locale}: no entry for {message!r}"
        entry = entries[message]
        assert entry.string and not entry.fuzzy, f"{locale}: untranslated {message!r}"
        assert sorted(PLACEHOLDER.findall(entry.string)) == sorted(PLACEHOLDER.findall(message)), \
            f"{locale}: placeholders differ in {entry.string!r}"
    # Nothing stale: every entry is a message the bot still says.
    assert set(entries) <= set(english_messages(catalog))


def test_the_template_lists_exactly_the_messages_of_the_code_and_the_catalog(
    catalog: Catalog
) -> None:
    with (i18n.LOCALES_DIR / "messages.pot").open("rb") as source:
        template = {m.id for m in read_po(source) if m.id}
    assert template == set(english_messages(catalog)), "run: python scripts/i18n.py update"


def test_a_checkout_reads_the_po_and_has_no_compiled_catalog_to_go_stale() -> None:
    assert not list(i18n.LOCALES_DIR.rglob("*.mo"))
    french = i18n.translations("fr")
    assert french.gettext(wording.ANSWER_LEAD) == "Cet article devrait vous aider :"
    # The same bytes setup.py compiles into the wheel.
    compiled = i18n.compile_po(i18n.po_path("ja"))
    assert compiled.startswith(b"\xde\x12\x04\x95") or compiled.startswith(b"\x95\x04\x12\xde")


def test_placeholders_are_filled_after_translation_and_english_is_the_message_itself() -> None:
    assert Words("de")(wording.CONFIDENCE, level="hoch") == "Sicherheit: hoch"
    assert Words("en")(wording.YOU_ASKED, question="x") == "You asked: x"
    assert Words("xx").locale == DEFAULT_LOCALE  # anything unknown is English, never an error


# -- no reply mixes languages ---------------------------------------------------------------------

def _texts(value: object) -> list[str]:
    """Every string a person can read in a Slack payload (text, labels, the fallback text)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for key, v in value.items() if key not in ("value", "action_id", "block_id",
                                                             "callback_id", "private_metadata",
                                                             "type", "url")
                for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


_LINK = re.compile(r"<[^<>|]*\|[^<>]*>|<[^<>]*>|https?://\S+")


def _readable(payload: object, catalog: Catalog, words: Words) -> str:
    """The reply's text with the names taken out: links (their labels are titles), and every
    title shown in English because the page has no other."""
    text = " ".join(_texts(payload))
    text = _LINK.sub(" ", text)
    for entry in catalog.entries:
        text = text.replace(words.title(entry), " ")
    return text


def _has(text: str, piece: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(piece)}(?![\w])", text) is not None


def _english_pieces(catalog: Catalog, words: Words) -> list[str]:
    """The pieces of English messages that this locale never says itself ("articles" is French
    too, "Safeguards" a name in every language), longest first."""
    translated = " ".join(words(m) for m in english_messages(catalog))
    pieces = set()
    for message in english_messages(catalog):
        for piece in PLACEHOLDER.split(message)[0::2]:
            piece = piece.strip(" .,:;…()\"'")
            if re.search(r"[A-Za-z]{3,}", piece) and not _has(translated, piece):
                pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def _replies(catalog: Catalog, matcher: Matcher, questions: dict[Decision, str],
             words: Words) -> dict[str, object]:
    """Every kind of reply the bot can show, in ``words``' language."""
    entry, fallback = catalog.get("appeals"), catalog.fallback
    answer = matcher.match(questions[Decision.ANSWER])
    ref = ButtonRef("appeals", "0" * 32, ("usage-policy",), words.locale)
    crisis = Result(Decision.CRISIS, (Match(catalog.crisis, 1.0), Match(entry, 0.9)), ())
    out: dict[str, object] = {}
    for decision in Decision:
        result = matcher.match(questions[decision])
        out[f"reply:{decision.value}"] = for_result(
            result, catalog, shareable=True, question="q", question_id="0" * 32,
            words=words).message()
        out[f"plain:{decision.value}"] = render(result, catalog, words=words)
    for kind in (CrisisKind.SELF, CrisisKind.OTHER):
        for level in (CrisisLevel.CONFIDENT, CrisisLevel.GENTLE):
            result = Result(Decision.CRISIS, crisis.matches, (), kind, level)
            out[f"crisis:{kind.value}:{level.value}"] = for_result(
                result, catalog, words=words).message()
    out["empty"] = render(answer, catalog, empty_question=True, words=words)
    out["help"] = how_to_ask(catalog, words).message()
    out["list"] = article_list(catalog, words).message()
    out["home"] = home_view(catalog, words)
    out["picked"] = picked(entry, catalog, shareable=True, ref=ref, words=words).message()
    out["declined"] = declined(catalog, words).message()
    out["shared"] = shared(entry, catalog, "U0ASKER01", words).message()
    out["thanks"] = feedback_thanks(catalog, helpful=False, others=("usage-policy",),
                                    words=words)
    out["after-feedback"] = answer_after_feedback(
        entry, catalog, helpful=True, shareable=True, words=words).message()
    for name, result in (("triage", answer), ("triage-crisis", crisis), ("triage-empty", None)):
        out[name] = triage_view(result, catalog, channel="C0GENERAL", message_ts="1.2",
                                words=words)
    out["triage-post"] = triage_reply(entry, catalog, "U0AGENT01", ref, words).message()
    out["triage-post-crisis"] = triage_reply(catalog.crisis, catalog, "U0AGENT01",
                                             words=words).message()
    out["triage-notes"] = [triage_posted(words), triage_gone(words),
                           triage_not_posted("not_in_channel", words),
                           triage_not_posted("ratelimited", words)]
    for surface in ("command", "mention", "dm", "shortcut", "pick"):
        out[f"escalation:{surface}"] = escalation_notice(
            catalog.crisis, surface, "C0GENERAL", None, user_id="U0ASKER01",
            team_id="T0SAFEGRD", words=words).message()
    out["support-link"] = fallback.title
    return out


@pytest.mark.parametrize("locale", OTHERS)
def test_no_reply_mixes_languages(locale: str, catalog: Catalog, matcher: Matcher,
                                  questions: dict[Decision, str]) -> None:
    words = Words(locale)
    pieces = _english_pieces(catalog, words)
    assert len(pieces) > 100  # the check has teeth
    for name, payload in _replies(catalog, matcher, questions, words).items():
        text = _readable(payload, catalog, words)
        found = [p for p in pieces if _has(text, p)]
        assert not found, f"{locale} {name}: English {found[:3]} in {text[:300]!r}"


def test_the_english_replies_are_in_english_too(catalog: Catalog, matcher: Matcher,
                                                questions: dict[Decision, str]) -> None:
    # The mirror check: no French piece in an English reply.
    french, english = Words("fr"), Words("en")
    pieces = [p for p in _english_pieces(catalog, french)]
    translated = [french(m) for m in english_messages(catalog) if french(m) != m]
    payloads = _replies(catalog, matcher, questions, english)
    text = " ".join(_readable(p, catalog, english) for p in payloads.values())
    assert pieces and not [t for t in translated if len(t) > 12 and t in text]


# -- the terminal ---------------------------------------------------------------------------------

def ask(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)


def test_ask_answers_in_the_question_s_language_with_the_localised_link() -> None:
    done = ask("--json", "Mon compte a été suspendu, comment faire appel ?")
    reply = json.loads(done.stdout)
    assert reply["language"] == "fr"
    assert reply["matches"][0]["url"] == "https://support.claude.com/fr/articles/8241253"
    plain = ask("Mon compte a été suspendu, comment faire appel ?").stdout
    assert plain.startswith("Cet article devrait vous aider :")
    assert "https://support.claude.com/fr/articles/8241253" in plain


def test_ask_lang_overrides_the_question_s_language_and_is_checked() -> None:
    reply = json.loads(ask("--json", "--lang", "pt-BR", "my account got banned").stdout)
    assert reply["language"] == "pt-BR"
    assert reply["matches"][0]["url"].startswith("https://support.claude.com/pt/articles/")
    # Slack's own spelling of a locale is understood; a language the Help Center lacks is not.
    assert json.loads(ask("--json", "--lang", "ja-JP", "appeal").stdout)["language"] == "ja"
    wrong = ask("--lang", "nl", "appeal")
    assert wrong.returncode == 2 and "must be one of en, fr, de" in wrong.stderr
