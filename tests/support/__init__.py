"""Helpers shared by several test modules, so that no test module imports another.

- ``harness``: the app under test and how tests drive it (the ``Bot`` that ``make_bot`` starts,
  its salt and escalation channel, running the message shortcut, serve's "listening on" line);
- ``block_kit``: reading the buttons out of a reply or a modal;
- ``catalogs``: catalog files and the edits made to them (a new entry, a broken file) and what
  ``safeguards-bot check`` says about one.

Fixtures stay in ``tests/conftest.py``; the fake Slack and Slack's signed requests are in
``bot.testing`` (the benchmark scripts use them too).
"""
