"""The deployment files say what the code does: every setting they name exists, the settings
they give are accepted, and the command they run parses. (They cannot be run here: building the
image needs a base image from a registry these machines do not reach.)"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from bot.cli.main import build_parser
from bot.slack.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
SETTING = re.compile(r"\b((?:SLACK|SAFEGUARDS)_[A-Z_]+)\b")
# What stands in for the operator's secrets when the compose file is read.
STAND_INS = {"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "8f" * 16,
             "SAFEGUARDS_HASH_SALT": "s" * 32, "POSTGRES_PASSWORD": "pw", "PUBLIC_HOST": "x.test"}


def known_settings() -> set[str]:
    """Every setting name the code reads: the string constants of bot/ that look like one."""
    names: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        names |= set(re.findall(r"[\"']((?:SLACK|SAFEGUARDS)_[A-Z_]+)[\"']", path.read_text()))
    return names


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def systemd() -> str:
    return (ROOT / "deploy" / "safeguards-bot.service").read_text()


def substituted(value: str) -> str:
    """docker compose's ${VAR:?message} and ${VAR:-default}, with stand-ins for the secrets."""
    return re.sub(r"\$\{(\w+)(?::[?-]([^}]*))?\}",
                  lambda m: STAND_INS.get(m.group(1), ""), value)


@pytest.mark.parametrize("where", ["Dockerfile", "compose.yaml", "deploy/safeguards-bot.service",
                                   "README.md"])
def test_every_setting_named_exists(where: str) -> None:
    named = set(SETTING.findall((ROOT / where).read_text()))
    assert named, f"{where} names no setting"
    assert named <= known_settings(), f"{where} names unknown settings: {named - known_settings()}"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = set(SETTING.findall((ROOT / "README.md").read_text()))
    assert known_settings() <= readme, f"undocumented: {known_settings() - readme}"


def test_the_compose_replicas_settings_are_accepted_and_share_one_database_and_salt() -> None:
    services = compose()["services"]
    bots = {name: s for name, s in services.items() if name.startswith("bot-")}
    assert len(bots) == 2
    envs = [{k: substituted(str(v)) for k, v in s["environment"].items()} for s in bots.values()]
    assert envs[0] == envs[1]
    settings = load_settings(envs[0], http=True)
    assert settings.database.startswith("postgresql")
    assert settings.hash_salt == STAND_INS["SAFEGUARDS_HASH_SALT"]


def test_the_commands_they_run_exist() -> None:
    [cmd] = re.findall(r"^CMD (\[.*\])$", dockerfile(), flags=re.M)
    argv = json.loads(cmd)
    assert argv[0] == "safeguards-bot"
    build_parser().parse_args(argv[1:])
    [start] = re.findall(r"^ExecStart=(.*)$", systemd(), flags=re.M)
    argv = shlex.split(start)
    assert argv[0].endswith("/safeguards-bot")
    build_parser().parse_args(argv[1:])


def test_the_image_and_unit_check_health_and_run_unprivileged() -> None:
    assert re.search(r"^USER bot$", dockerfile(), flags=re.M)
    assert "/healthz" in dockerfile().split("HEALTHCHECK", 1)[1]
    assert "DynamicUser=yes" in systemd() and "NoNewPrivileges=yes" in systemd()
