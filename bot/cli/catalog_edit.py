"""Adding phrases to catalog entries by editing the file's text, never by dumping the YAML again.

A maintainer's catalog is a hand-written file: comments, flow lists, quoting and blank lines carry
meaning for the next person, and ``yaml.safe_dump`` would throw all of that away. So the new
phrases are inserted where they belong, found from the positions PyYAML's composer gives every
node: after the last item of a block list (same indentation), before the ``]`` of a flow list, or
as a new ``phrases:`` list at the end of an entry that has none. Every other byte stays as it was.
Phrases are written as double-quoted YAML strings (JSON's escaping is valid YAML).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml


class EditError(ValueError):
    """The file's layout is not one this edit understands; the message is one line."""


def _value(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _entries(text: str) -> dict[str, yaml.MappingNode]:
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    entries = _value(root, "entries") if isinstance(root, yaml.MappingNode) else None
    if not isinstance(entries, yaml.SequenceNode):
        raise EditError("the catalog has no 'entries' list")
    found = {}
    for entry in entries.value:
        if isinstance(entry, yaml.MappingNode):
            eid = _value(entry, "id")
            if isinstance(eid, yaml.ScalarNode):
                found[eid.value] = entry
    return found


def _line_end(text: str, index: int) -> int:
    """The index just after the end of the line holding ``index``."""
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _after(text: str, node: yaml.Node) -> int:
    """Where a line can be inserted after ``node`` (its end may already be a line start)."""
    end = node.end_mark
    if end.column == 0:
        return int(end.index)
    return _line_end(text, int(end.index))


def _quoted(phrase: str) -> str:
    return json.dumps(phrase, ensure_ascii=False)


def _insertion(text: str, entry: yaml.MappingNode, phrases: Sequence[str]) -> tuple[int, str]:
    """(index, text to insert there) adding ``phrases`` to ``entry``."""
    existing = _value(entry, "phrases")
    if existing is None:
        key = entry.value[0][0]
        indent = " " * key.start_mark.column
        last = max((value for _, value in entry.value), key=lambda n: n.end_mark.index)
        items = "".join(f"{indent}  - {_quoted(p)}\n" for p in phrases)
        return _after(text, last), f"{indent}phrases:\n{items}"
    if not isinstance(existing, yaml.SequenceNode):
        raise EditError("'phrases' is not a list")
    if existing.flow_style:
        close = int(existing.end_mark.index) - 1
        if text[close] != "]":
            raise EditError("cannot find the end of the 'phrases' list")
        before = text[:close].rstrip()
        joined = ", ".join(_quoted(p) for p in phrases)
        return close, joined if before.endswith(("[", ",")) else f", {joined}"
    if not existing.value:
        raise EditError("an empty block list of 'phrases'")
    indent = " " * existing.start_mark.column
    return (_after(text, existing.value[-1]),
            "".join(f"{indent}- {_quoted(p)}\n" for p in phrases))


def add_phrases(text: str, additions: Mapping[str, Sequence[str]]) -> str:
    """``text`` with each entry's new phrases added. ``EditError`` for an unknown entry id or a
    layout this edit does not understand (the text is then not to be written)."""
    entries = _entries(text)
    edits = []
    for entry_id, phrases in additions.items():
        if not phrases:
            continue
        if entry_id not in entries:
            raise EditError(f"no entry '{entry_id}' in the catalog")
        edits.append(_insertion(text, entries[entry_id], phrases))
    # From the end of the file backwards, so earlier positions stay valid.
    for index, insert in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if index > 0 and text[index - 1] != "\n" and insert.endswith("\n") and not (
                insert.startswith(",") or text[index] == "]"):
            insert = "\n" + insert  # a file that does not end in a newline
        text = text[:index] + insert + text[index:]
    return text


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (a reader, such as the running bot's reload,
    sees the old file or the new one, never half of it), keeping its permissions."""
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
