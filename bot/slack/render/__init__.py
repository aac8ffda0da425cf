"""Block Kit for each surface, as pure functions from a matcher ``Result`` (or the catalog).

No client, no I/O: every surface builds its message here, so they all look alike and can be tested
without Slack. ``answer``: replies to a question; ``feedback``: after Helpful / Not helpful;
``triage``: the agents' modal; ``escalation``: the specialists' notice; ``catalog_views``: help,
the article list and the App Home tab.
"""
