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
