"""The catalog checks: every mistake a maintainer can make is named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.catalog import CatalogError, load_catalog

MINI = Path(__file__).parent / "catalogs" / "mini.yaml"


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in the mini catalog"
    path = tmp_path / "catalog.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found")


def problems(path: Path) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert caught.value.problems, "a CatalogError must say what is wrong"
    return caught.value.problems


def test_the_real_catalog_loads_with_all_ids() -> None:
    catalog = load_catalog()
    ids = {e.id for e in catalog.entries}
    assert {
        "user-safety", "usage-policy-exceptions", "appeals", "api-safeguards-tools",
        "law-enforcement", "minors", "reporting-content", "csam", "vulnerability-reporting",
        "agents-usage-policy", "account-after-deletion", "bug-bounty", "crisis-helpline",
        "usage-policy", "responsible-disclosure-policy", "privacy-policy", "consumer-terms",
        "commercial-terms", "trust-center", "get-support",
    } == ids
    assert len(catalog.articles) == 13
    assert catalog.fallback.id == "get-support"
    assert {e.id for e in catalog.entries if e.escalate} == {
        "crisis-helpline", "csam", "law-enforcement", "vulnerability-reporting"}
    for entry in catalog.entries:
        assert entry.url.startswith("https://"), entry.id
        assert entry.summary, entry.id


def test_real_catalog_has_distress_phrases_in_every_language() -> None:
    catalog = load_catalog()
    languages = {"en", "fr", "de", "es", "pt", "it", "ja", "ko", "zh", "id", "ru"}
    assert set(catalog.crisis.distress) == languages
    for entry in catalog.articles:
        assert languages - {"en"} <= set(entry.languages), entry.id


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = broken(tmp_path, "phrases: [account suspended, appeal a ban]",
                  "phrases: [account suspended, appeal a ban")
    (message,) = problems(path)
    assert str(path) in message
    assert "malformed YAML" in message
    # YAML reports an unclosed bracket where it notices it: the line after the phrase.
    assert f":{line_of(path, 'appeal a ban') + 1}:" in message


def test_missing_field(tmp_path: Path) -> None:
    path = broken(tmp_path, "    summary: How to reach the support team.\n", "")
    found = problems(path)
    line = line_of(path, "- id: get-support")
    assert f"{path}:{line}: entry 'get-support' is missing 'summary'" in found


def test_duplicate_id(tmp_path: Path) -> None:
    path = broken(tmp_path, "- id: get-support", "- id: appeals")
    found = problems(path)
    assert any("duplicate id 'appeals'" in p for p in found)
    lines = path.read_text().splitlines()
    second = [n for n, line in enumerate(lines, 1) if "- id: appeals" in line][1]
    assert any(p.startswith(f"{path}:{second}:") for p in found)


def test_url_must_be_https(tmp_path: Path) -> None:
    path = broken(tmp_path, "url: https://support.claude.com/en/articles/9015913",
                  "url: http://support.claude.com/en/articles/9015913")
    (message,) = problems(path)
    assert "must be an https:// link" in message
    assert f":{line_of(path, 'http://support')}:" in message


@pytest.mark.parametrize(("url", "says"), [
    ("https://support.claude.com/en/articles/9015913 how", "a space, '|', '<' or '>'"),
    ("https://support.claude.com/en/articles/9015913|Click", "a space, '|', '<' or '>'"),
    ("https://support.claude.com/en/<!channel>", "a space, '|', '<' or '>'"),
    ("https://support.claude.com/" + "a" * 3000, "longer than 3000 characters"),
    ("https://evil.example/phish", "evil.example, which is not in link_hosts"),
    ("https://anthropic.com.evil.example/x", "which is not in link_hosts"),
])
def test_urls_that_break_slack_links_or_leave_the_allowed_hosts_are_refused(
    tmp_path: Path, url: str, says: str
) -> None:
    path = broken(tmp_path, "url: https://support.claude.com/en/articles/9015913",
                  f"url: {url}")
    (message,) = problems(path)
    assert says in message
    assert f":{line_of(path, url[-12:])}:" in message


def test_a_subdomain_of_an_allowed_host_and_a_declared_host_are_accepted(tmp_path: Path) -> None:
    path = broken(tmp_path, "url: https://support.claude.com/en/articles/9015913",
                  "url: https://trust.anthropic.com/")
    assert load_catalog(path).get("get-support").url.startswith("https://trust.anthropic.com/")
    path = broken(tmp_path, "version: 1", "version: 1\nlink_hosts: [help.example.org]")
    found = problems(path)  # every Help Center link is now outside the declared hosts
    assert found and all("not in link_hosts (help.example.org)" in p for p in found)


@pytest.mark.parametrize("version", ["banana", "2", "1.5", "'1'"])
def test_only_known_catalog_versions_are_accepted(tmp_path: Path, version: str) -> None:
    path = broken(tmp_path, "version: 1", f"version: {version}")
    (message,) = problems(path)
    assert "version must be one of 1" in message
    assert f":{line_of(path, 'version:')}:" in message


def test_same_phrase_on_two_entries(tmp_path: Path) -> None:
    path = broken(tmp_path, "phrases: [contact support]",
                  "phrases: [contact support, Account  SUSPENDED]")
    (message,) = problems(path)
    assert "also given to 'appeals'" in message
    assert message.startswith(f"{path}:{line_of(path, 'SUSPENDED')}:")


def test_unknown_field_and_language_are_typos(tmp_path: Path) -> None:
    path = broken(tmp_path, "    keywords: [banned]", "    keyword: [banned]\n    languages_x: 1")
    found = problems(path)
    assert any("unknown field 'keyword'" in p for p in found)
    path = broken(tmp_path, "      fr: [compte suspendu]", "      xx: [compte suspendu]")
    assert any("unknown language 'xx'" in p for p in problems(path))


def test_related_and_fallback_must_exist(tmp_path: Path) -> None:
    path = broken(tmp_path, "related: [get-support]", "related: [no-such-thing]")
    assert any("unknown id 'no-such-thing'" in p for p in problems(path))
    path = broken(tmp_path, "fallback: get-support", "fallback: nowhere")
    assert any("fallback 'nowhere' is not an entry id" in p for p in problems(path))


def test_empty_and_wrong_shapes_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert "empty" in problems(empty)[0]
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    assert "must be a mapping" in problems(listing)[0]
    no_entries = broken(tmp_path, "entries:", "entries_old:")
    assert any("missing field 'entries'" in p for p in problems(no_entries))


def test_crisis_entry_is_required(tmp_path: Path) -> None:
    path = broken(tmp_path, "- id: crisis-helpline", "- id: crisis-other")
    assert any("must have the 'crisis-helpline' entry" in p for p in problems(path))


def test_phrase_of_only_common_words_is_refused(tmp_path: Path) -> None:
    path = broken(tmp_path, "keywords: [banned]", "keywords: [banned, how do i]")
    (message,) = problems(path)
    assert "only common words" in message


def test_missing_file(tmp_path: Path) -> None:
    (message,) = problems(tmp_path / "nope.yaml")
    assert "nope.yaml" in message and "cannot read" in message


def test_phrases_equal_up_to_synonyms_and_order_are_the_same_phrase(tmp_path: Path) -> None:
    # appeals has "account suspended"; with suspended = banned, "banned account" is that phrase.
    path = broken(tmp_path, "entries:", "synonyms:\n  - [ban, suspended]\nentries:")
    path.write_text(path.read_text().replace(
        "phrases: [contact support]", "phrases: [contact support, banned account]"))
    (message,) = problems(path)
    assert "phrase 'banned account' is also given to 'appeals'" in message


def test_synonym_groups_are_checked(tmp_path: Path) -> None:
    path = broken(tmp_path, "entries:", "synonyms:\n  - [ban]\n  - [x, two words]\nentries:")
    found = problems(path)
    assert any("needs at least two words" in p for p in found)
    assert any("must be one word" in p for p in found)


# -- sources, titles and other products (issue 9) ---------------------------------------------

# The mini catalog's appeals entry says where its title is English only; GROUNDED replaces that.
UNGROUNDED = """    related: [get-support]
    english_title_in: [fr, de, id, it, ja, ko, pt-BR, ru, zh-CN, es, zh-TW]
"""
GROUNDED = """    related: [get-support]
    english_title_in: [fr, de, id, it, ja, ko, pt-BR, ru, zh-CN, es]
    sources:
      - https://support.claude.com/en/articles/8241253-safeguards-warnings-and-appeals
    titles:
      en: Safeguards Warnings and Appeals
      zh-TW: 警告與申訴
"""


def test_sources_and_titles_are_read(tmp_path: Path) -> None:
    catalog = load_catalog(broken(tmp_path, UNGROUNDED, GROUNDED))
    entry = catalog.get("appeals")
    assert entry.sources == (
        "https://support.claude.com/en/articles/8241253-safeguards-warnings-and-appeals",)
    assert entry.titles == {"en": "Safeguards Warnings and Appeals", "zh-TW": "警告與申訴"}
    # Both are optional: an entry without them has none.
    assert catalog.get("get-support").sources == ()
    assert catalog.get("get-support").titles == {}


def test_a_title_in_an_unknown_locale_names_file_and_line(tmp_path: Path) -> None:
    # "zh-tw" is a typo for "zh-TW", "pt" is not one of the Help Center's title locales here.
    path = broken(tmp_path, UNGROUNDED,
                  GROUNDED.replace("zh-TW:", "zh-tw:") + "      pt: Avisos e recursos\n")
    found = problems(path)
    assert len(found) == 2
    assert f"{path}:{line_of(path, 'zh-tw:')}: titles: unknown locale 'zh-tw'" in found[0]
    assert "expected one of en, fr, de" in found[0]
    assert f"{path}:{line_of(path, 'pt: Avisos')}: titles: unknown locale 'pt'" in found[1]


def test_a_source_must_be_an_https_link(tmp_path: Path) -> None:
    path = broken(tmp_path, UNGROUNDED,
                  GROUNDED.replace("https://support", "http://support"))
    (message,) = problems(path)
    assert message.startswith(f"{path}:{line_of(path, 'http://support')}: source ")
    assert "must be an https:// link" in message
    path = broken(tmp_path, UNGROUNDED,
                  GROUNDED.replace("      - https://support.claude.com/en/articles/8241253"
                                   "-safeguards-warnings-and-appeals",
                                   "      - support.claude.com/en/articles/8241253"))
    assert "must be an https:// link" in problems(path)[0]


def test_titles_must_be_a_mapping_and_sources_a_list(tmp_path: Path) -> None:
    path = broken(tmp_path, UNGROUNDED,
                  "    related: [get-support]\n    sources: https://a.example\n"
                  "    titles: [en]\n")
    found = problems(path)
    assert any(p.startswith(f"{path}:{line_of(path, 'sources:')}:") and "must be a list" in p
               for p in found)
    assert any(p.startswith(f"{path}:{line_of(path, 'titles:')}:") and "must be a mapping" in p
               for p in found)


PRODUCTS = "other_products: [chatgpt, meta ai]\nown_names: [claude]\nentries:"


def test_other_products_and_own_names_are_read(tmp_path: Path) -> None:
    catalog = load_catalog(broken(tmp_path, "entries:", PRODUCTS))
    assert catalog.other_products == ("chatgpt", "meta ai")
    assert catalog.own_names == ("claude",)
    assert load_catalog(MINI).other_products == ()


def test_other_products_checks(tmp_path: Path) -> None:
    # A name that is a whole phrase of an entry would decline that entry's own questions.
    path = broken(tmp_path, "entries:", PRODUCTS.replace("meta ai", "Account Suspended"))
    (message,) = problems(path)
    assert message.startswith(f"{path}:{line_of(path, 'other_products:')}:")
    assert "'Account Suspended' is also a phrase of 'appeals'" in message
    # Without our own names, every question naming another product would be declined.
    path = broken(tmp_path, "entries:", "other_products: [chatgpt]\nentries:")
    assert "needs 'own_names'" in problems(path)[0]
    # A name in both lists, or only punctuation.
    path = broken(tmp_path, "entries:", PRODUCTS.replace("[claude]", "[claude, ChatGPT, '!!']"))
    found = problems(path)
    assert any("other_products: 'chatgpt' is already in 'own_names'" in p for p in found)
    assert any("'!!' has no letters or digits" in p for p in found)


def test_elsewhere_is_read_and_checked(tmp_path: Path) -> None:
    catalog = load_catalog(broken(tmp_path, "entries:", "elsewhere: [ipad, traffic stop]\n"
                                  + PRODUCTS))
    assert catalog.elsewhere == ("ipad", "traffic stop")
    assert load_catalog(MINI).elsewhere == ()
    # A whole phrase of an entry, a name already in another list, no own names.
    path = broken(tmp_path, "entries:", "elsewhere: [account suspended, chatgpt]\n" + PRODUCTS)
    found = problems(path)
    assert any("elsewhere: 'account suspended' is also a phrase of 'appeals'" in p
               for p in found)
    assert any("elsewhere: 'chatgpt' is already in 'other_products'" in p for p in found)
    path = broken(tmp_path, "entries:", "elsewhere: [ipad]\nentries:")
    assert "'elsewhere' needs 'own_names'" in problems(path)[0]


def test_real_catalog_entries_are_grounded_in_their_articles() -> None:
    catalog = load_catalog()
    grounded = [*catalog.articles, catalog.fallback]
    for entry in grounded:
        assert entry.sources, entry.id
        assert entry.titles.get("en"), entry.id
        # The entry's own article is among the pages it was grounded in.
        number = entry.url.rsplit("/", 1)[-1].split("-", 1)[0]
        assert any(f"/articles/{number}" in s for s in entry.sources), entry.id
        assert all(s.startswith("https://") for s in entry.sources), entry.id
    assert "chatgpt" in catalog.other_products
    assert {"claude", "anthropic"} <= set(catalog.own_names)


def test_a_help_center_article_needs_a_title_in_every_locale_or_says_it_is_english(
    tmp_path: Path
) -> None:
    path = broken(tmp_path, UNGROUNDED,
                  "    related: [get-support]\n    english_title_in: [fr, de, ja]\n")
    (message,) = problems(path)
    assert message.startswith(f"{path}:{line_of(path, '- id: appeals')}: 'appeals' has no title "
                              "in id, it, ko, pt-BR, ru, zh-CN, es, zh-TW")
    assert "english_title_in" in message


def test_a_locale_is_either_titled_or_english_never_both_and_is_a_real_one(
    tmp_path: Path
) -> None:
    path = broken(tmp_path, UNGROUNDED, GROUNDED.replace("zh-CN, es]", "zh-CN, es, zh-TW]"))
    (message,) = problems(path)
    assert "'appeals' has a title in zh-TW and lists it in english_title_in too" in message
    path = broken(tmp_path, UNGROUNDED, UNGROUNDED.replace("zh-TW]", "zh-TW, en, pt]"))
    found = problems(path)
    assert len(found) == 2 and all("english_title_in: '" in p for p in found)


def test_slugs_are_read_and_must_be_one_piece_of_a_link(tmp_path: Path) -> None:
    catalog = load_catalog(broken(tmp_path, UNGROUNDED, UNGROUNDED + "    slugs: {fr: appel}\n"))
    assert catalog.get("appeals").slugs == {"fr": "appel"}
    path = broken(tmp_path, UNGROUNDED, UNGROUNDED + "    slugs: {fr: a/b, xx: c}\n")
    found = problems(path)
    assert len(found) == 2 and "must be one piece of a link" in found[0]
