"""Live reload on a real catalog file edited on disk: good edits go live, broken ones never do."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.catalog import CatalogError, parse_catalog
from bot.engine.matcher import Decision, Matcher
from bot.server.catalog_reloader import CatalogReloader, Outcome
from tests.support.catalogs import (
    MINI,
    NEW_ID,
    NEW_QUESTION,
    SOURCE,
    broken,
    check_output,
    with_new_entry,
)


@pytest.fixture
def catalog_file(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.yaml"
    shutil.copyfile(SOURCE, path)
    return path


@pytest.fixture
def reloader(catalog_file: Path) -> Iterator[CatalogReloader]:
    watcher = CatalogReloader(catalog_file, interval=0.05)
    yield watcher
    watcher.stop()


# Long enough for a reload of the real catalog (models included) on a loaded CI machine, which
# took over 5 s once with four test workers on two cores; a passing run waits only as long as
# the reload takes.
def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_the_first_load_is_in_service(reloader: CatalogReloader, catalog_file: Path):
    matcher = reloader.current()
    assert isinstance(matcher, Matcher)
    assert reloader.catalog.path == catalog_file
    assert reloader.check_now() is Outcome.UNCHANGED
    assert reloader.current() is matcher


def test_a_broken_catalog_at_start_raises_like_load_catalog(tmp_path: Path):
    path = tmp_path / "catalog.yaml"
    path.write_text(broken(MINI), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        CatalogReloader(path)
    assert caught.value.problems[0].startswith(f"{path}:1: ")
    with pytest.raises(CatalogError, match="cannot read"):
        CatalogReloader(tmp_path / "absent.yaml")


def test_touching_or_resaving_the_same_text_does_not_reload(reloader: CatalogReloader,
                                                            catalog_file: Path):
    before = reloader.current()
    os.utime(catalog_file)
    assert reloader.check_now() is Outcome.UNCHANGED
    catalog_file.write_bytes(catalog_file.read_bytes())
    assert reloader.check_now() is Outcome.UNCHANGED
    assert reloader.current() is before


def test_a_good_edit_is_picked_up(reloader: CatalogReloader, catalog_file: Path,
                                  caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.INFO)
    before = reloader.current()
    assert before.match(NEW_QUESTION).lead_id != NEW_ID
    catalog_file.write_text(with_new_entry(catalog_file), encoding="utf-8")

    assert reloader.check_now() is Outcome.RELOADED

    after = reloader.current()
    assert after is not before
    result = after.match(NEW_QUESTION)
    assert result.decision is Decision.ANSWER and result.lead_id == NEW_ID
    assert before.match(NEW_QUESTION).lead_id != NEW_ID, "a matcher in use is never changed"
    assert "reloaded" in caplog.text
    assert reloader.check_now() is Outcome.UNCHANGED


def test_a_broken_edit_keeps_the_last_good_catalog_and_logs_what_check_says(
        reloader: CatalogReloader, catalog_file: Path, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]):
    before = reloader.current()
    answer = before.match("how do I appeal a suspended account")
    catalog_file.write_text(broken(catalog_file), encoding="utf-8")

    assert reloader.check_now() is Outcome.REJECTED

    assert reloader.current() is before
    assert reloader.current().match("how do I appeal a suspended account") == answer
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.server.catalog_reloader"]
    problems = check_output(catalog_file, capsys)
    assert problems and problems[0].startswith(f"{catalog_file}:1: ")
    assert logged[1:] == problems
    assert "previous catalog stays in service" in logged[0]

    caplog.clear()
    assert reloader.check_now() is Outcome.REJECTED
    assert not caplog.records, "the same broken edit is reported once, not every few seconds"

    catalog_file.write_text(with_new_entry(SOURCE), encoding="utf-8")
    assert reloader.check_now() is Outcome.RELOADED
    assert reloader.current().match(NEW_QUESTION).lead_id == NEW_ID


def test_malformed_yaml_is_rejected_with_its_line(reloader: CatalogReloader,
                                                  catalog_file: Path,
                                                  caplog: pytest.LogCaptureFixture):
    before = reloader.current()
    text = catalog_file.read_text(encoding="utf-8")
    catalog_file.write_text(text + "\n  - [unclosed\n", encoding="utf-8")
    assert reloader.check_now() is Outcome.REJECTED
    assert reloader.current() is before
    assert f"{catalog_file}:" in caplog.text and "malformed YAML" in caplog.text


def test_undecodable_bytes_are_rejected(reloader: CatalogReloader, catalog_file: Path,
                                        caplog: pytest.LogCaptureFixture):
    before = reloader.current()
    catalog_file.write_bytes(catalog_file.read_bytes() + b"\n# \xff\xfe\n")
    assert reloader.check_now() is Outcome.REJECTED
    assert reloader.current() is before
    assert "cannot read the catalog" in caplog.text


def test_a_missing_file_keeps_the_catalog_until_it_returns(reloader: CatalogReloader,
                                                           catalog_file: Path,
                                                           caplog: pytest.LogCaptureFixture):
    before = reloader.current()
    saved = catalog_file.read_bytes()
    catalog_file.unlink()
    assert reloader.check_now() is Outcome.MISSING
    assert reloader.check_now() is Outcome.MISSING
    assert caplog.text.count("is missing") == 1
    assert reloader.current() is before

    catalog_file.write_bytes(saved)
    assert reloader.check_now() is Outcome.UNCHANGED
    catalog_file.write_text(with_new_entry(catalog_file), encoding="utf-8")
    assert reloader.check_now() is Outcome.RELOADED


def test_an_unreadable_catalog_is_reported_once(reloader: CatalogReloader, catalog_file: Path,
                                               caplog: pytest.LogCaptureFixture):
    before = reloader.current()
    catalog_file.unlink()
    catalog_file.mkdir()  # stat works, reading does not
    assert reloader.check_now() is Outcome.MISSING
    assert reloader.check_now() is Outcome.MISSING
    assert caplog.text.count("cannot read the catalog") == 1
    assert reloader.current() is before


def test_an_edit_keeping_size_and_time_is_still_seen(reloader: CatalogReloader,
                                                     catalog_file: Path):
    """Coarse file-system clocks: a same-size edit within the same tick must not be missed."""
    text = catalog_file.read_text(encoding="utf-8")
    # The file as if just saved (on a loaded machine the fixture's save may already be old
    # enough to trust, and an old time kept by an edit is then, by design, not looked behind).
    now = time.time_ns()
    os.utime(catalog_file, ns=(now, now))
    assert reloader.check_now() is Outcome.UNCHANGED
    stat = catalog_file.stat()
    # Same length, different content, same modification time.
    catalog_file.write_text("nonsense_field: 1\n" + text[len("nonsense_field: 1\n"):],
                            encoding="utf-8")
    os.utime(catalog_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert catalog_file.stat().st_size == stat.st_size
    assert reloader.check_now() is Outcome.REJECTED


def test_a_file_swapped_in_by_rename_is_seen_even_with_an_old_time(
        reloader: CatalogReloader, catalog_file: Path):
    """Atomic saves and Kubernetes ConfigMaps replace the file; size and time may not change."""
    an_hour_ago = time.time_ns() - 3600 * 10**9
    os.utime(catalog_file, ns=(an_hour_ago, an_hour_ago))
    assert reloader.check_now() is Outcome.UNCHANGED  # now the stat is trusted
    text = catalog_file.read_text(encoding="utf-8")
    swapped = catalog_file.with_name("catalog.yaml.new")
    swapped.write_text("nonsense_field: 1\n" + text[len("nonsense_field: 1\n"):],
                       encoding="utf-8")
    os.utime(swapped, ns=(an_hour_ago, an_hour_ago))
    os.replace(swapped, catalog_file)
    assert reloader.check_now() is Outcome.REJECTED
    assert reloader.check_now() is Outcome.REJECTED, "still broken, without reading it again"


def test_the_callback_hears_of_each_reload_and_cannot_break_it(
        catalog_file: Path, caplog: pytest.LogCaptureFixture):
    heard: list[Matcher] = []

    def on_reload(matcher: Matcher) -> None:
        heard.append(matcher)
        raise RuntimeError("a careless callback")

    watcher = CatalogReloader(catalog_file, on_reload=on_reload)
    catalog_file.write_text(with_new_entry(catalog_file), encoding="utf-8")
    assert watcher.check_now() is Outcome.RELOADED
    assert heard == [watcher.current()]
    assert "callback failed" in caplog.text


def test_the_background_thread_reloads_while_questions_are_answered(
        reloader: CatalogReloader, catalog_file: Path, caplog: pytest.LogCaptureFixture):
    failures: list[BaseException] = []
    stop = threading.Event()

    def ask_constantly() -> None:
        while not stop.is_set():
            try:
                reloader.current().match("how do I appeal a suspended account")
            except BaseException as exc:  # pragma: no cover - reported below
                failures.append(exc)

    asker = threading.Thread(target=ask_constantly)
    asker.start()
    reloader.start()
    reloader.start()  # a second start is harmless
    try:
        first = reloader.current()
        catalog_file.write_text(broken(catalog_file), encoding="utf-8")
        # The thread has looked at the broken edit once it has said so (no sleeping and hoping).
        assert wait_for(lambda: "was edited but not reloaded" in caplog.text)
        assert reloader.current() is first
        catalog_file.write_text(with_new_entry(SOURCE), encoding="utf-8")
        assert wait_for(lambda: reloader.current().match(NEW_QUESTION).lead_id == NEW_ID)
    finally:
        stop.set()
        asker.join()
        reloader.stop()
    assert not failures


_FULL = with_new_entry(MINI).encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(_FULL)))
def test_any_truncated_save_is_taken_whole_or_not_at_all(cut: int):
    """An editor that dies mid-save leaves a prefix of the file: what serves is what validates."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.yaml"
        path.write_bytes(_FULL)
        watcher = CatalogReloader(path)
        before = watcher.current()
        path.write_bytes(_FULL[:cut])
        outcome = watcher.check_now()
        try:
            expected = parse_catalog(_FULL[:cut].decode("utf-8"), path)
        except (CatalogError, UnicodeDecodeError):
            assert outcome is Outcome.REJECTED
            assert watcher.current() is before
        else:
            assert outcome in (Outcome.RELOADED, Outcome.UNCHANGED)
            assert watcher.current().catalog.entries == expected.entries
