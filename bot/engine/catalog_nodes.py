"""Reading the catalog's YAML node tree: typed values, each mistake with its file and line.

The checks of ``bot.engine.catalog_checks`` and ``bot.engine.catalog_locales`` are built on this
reader: a value of the wrong kind is a problem collected here, never an exception, so ``check``
can list every mistake of a file at once.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import yaml

SUPPORTED_VERSIONS = (1,)
# Where links may point when the catalog does not say (``link_hosts``): the Help Center, and
# anthropic.com with its subdomains (policies, trust center). A host is allowed when it is one of
# these or a subdomain of one.
DEFAULT_LINK_HOSTS = ("support.claude.com", "anthropic.com")
# Slack's link markup is <url|label>: a space, "|", "<" or ">" in a URL breaks it (or lets the
# rest pose as the label), so such a URL is refused rather than escaped.
_UNSAFE_IN_URL = re.compile(r"[\s|<>\x00-\x1f\x7f]")
MAX_URL_CHARS = 3000


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class NodeReader:
    """Typed reads of YAML nodes; every problem is collected as "file:line: message"."""

    def __init__(self, where: Path):
        self.where = where
        self.problems: list[str] = []
        self.link_hosts: tuple[str, ...] = DEFAULT_LINK_HOSTS

    def fail(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else line_of(node)
        self.problems.append(f"{self.where}:{line}: {message}")

    # -- node helpers -------------------------------------------------------------------------
    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping (key: value)")
            return None
        out: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if not isinstance(name, str):
                self.fail(key, f"{what}: keys must be plain names")
                continue
            if name in out:
                self.fail(key, f"{what}: '{name}' is given twice")
            out[name] = value
        return out

    def text(self, node: yaml.Node, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.fail(node, f"{what} must be text")
            return None
        value = str(node.value).strip()
        if not value:
            self.fail(node, f"{what} is empty")
            return None
        return value

    def text_list(self, node: yaml.Node, what: str) -> list[tuple[str, int]]:
        if isinstance(node, yaml.ScalarNode) and node.value in ("", None):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
            return []
        out = []
        for item in node.value:
            value = self.text(item, f"an item of {what}")
            if value is not None:
                out.append((value, line_of(item)))
        return out

    def https(self, node: yaml.Node | int, value: str, what: str) -> None:
        if len(value) > MAX_URL_CHARS:
            self.fail(node, f"{what} is longer than {MAX_URL_CHARS} characters")
            return
        if _UNSAFE_IN_URL.search(value):
            self.fail(node, f"{what} has a space, '|', '<' or '>', which break Slack's links")
            return
        try:
            url = urlparse(value)
            host = (url.hostname or "").lower()
        except ValueError:
            self.fail(node, f"{what} is not a valid link")
            return
        if url.scheme != "https" or not host:
            self.fail(node, f"{what} must be an https:// link")
        elif not any(host == allowed or host.endswith("." + allowed)
                     for allowed in self.link_hosts):
            self.fail(node, f"{what} points to {host}, which is not in link_hosts "
                            f"({', '.join(self.link_hosts)})")

    def version(self, node: yaml.Node | None, line: int) -> None:
        if node is None:
            self.fail(line, "the catalog needs 'version: 1'")
        elif not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int"
                  and int(node.value) in SUPPORTED_VERSIONS):
            self.fail(node, f"version must be one of {', '.join(map(str, SUPPORTED_VERSIONS))}")

    def hosts(self, node: yaml.Node | None) -> tuple[str, ...]:
        """The catalog's own ``link_hosts``, or the defaults."""
        if node is None:
            return DEFAULT_LINK_HOSTS
        hosts = []
        for value, line in self.text_list(node, "link_hosts"):
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", value):
                self.fail(line, f"link_hosts: '{value}' is not a host name such as example.com")
            hosts.append(value)
        return tuple(hosts)

    def boolean(self, node: yaml.Node, what: str) -> bool:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return node.value.lower() in ("true", "yes", "on")
        self.fail(node, f"{what} must be true or false")
        return False
