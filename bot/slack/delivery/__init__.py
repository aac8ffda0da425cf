"""Getting replies to Slack: owed by listeners, kept in the outbox, sent, paced and retried.

``owed``: what a listener records (ids only) and what stays in memory; ``render``: a row's next
Slack call, rendered again from its ids; ``sender``: one call and how it went; ``pacing``: per
channel, fair across channels; ``service``: the ``Delivery`` that ties them together (its docstring
states the guarantees); ``timings``: every number, with its reason.
"""
