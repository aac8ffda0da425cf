"""The ``safeguards-bot`` command line: ask, check, eval, bench, report, serve."""

from bot.cli.main import main

__all__ = ["main"]
