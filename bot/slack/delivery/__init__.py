"""Getting replies to Slack: owed by listeners, kept in the outbox, sent, paced and retried.

``owed``: what a listener records (ids only) and what stays in memory; ``render``: a row's next
Slack call, rendered again from its ids; ``sender``: one call and how it went; ``pacing``: per
channel, fair across channels; ``service``: the ``Delivery`` that ties them together; ``jobs``:
what it works on; ``timings``: every number, with its reason.

1. **Owed** (``owe``, in the listener, before its ``ack()``): the reply is written to the outbox
   (``bot.store.outbox``) by ids, leased to this process, then queued here to be sent at once.
   The listener waits at most ``outbox_wait_seconds`` for the database. When the row is not
   written in that time, the reply is **sent from memory** at once and the row is still written
   when the database gets to it (a slow database delays the record, never drops it): once there,
   the reply is the outbox's like any other, so a process killed before sending it leaves it to
   the next start; sent before it lands, the row is marked at once. When the database is failing
   (or ``MAX_LATE_WRITES`` rows are already late) the reply is sent from memory only: the person
   still gets it, unless this process dies first, and it is counted as a lost write (logged at
   once, then once a minute with the true count; ``/healthz`` answers 503 while writes fail).
   Acknowledging in time and answering matter more than the record.
2. **Sent** by delivery threads, paced per channel and fair across channels (``pacing``), each
   call rendered again from the row's ids (``render``) and made without slack_sdk's retry
   handlers (``sender``).
3. **Retried** after a 429 (waiting its Retry-After, and holding that channel meanwhile), any 5xx,
   a timeout or a connection error, with exponential backoff and jitter, for as long as the reply
   is useful: 30 minutes for a response_url, ``reply_ttl_seconds`` for the rest. A retry is given
   back to the outbox (due at its time) so any replica may send it; a reply held only in memory
   retries in memory. Past its time a reply is logged as expired and counted. A refusal (Slack's
   final word: ``channel_not_found``, ``expired_url``) is logged and not retried.
4. **Marked** delivered (or expired, or failed) once: the update names this process as the
   lease owner and an unfinished row, so it changes one row or none.
5. **Taken over**: every ``poll_seconds`` each process claims due rows whose lease is free or
   expired, which includes its own retries, the rows of a replica that died, and, at start, what
   the last run left. A process stopping gives back the rows it still holds (``drain``).

Exactly once: a row is sent only by the process holding its lease, and a lease is renewed before a
send whenever less than a send's time is left on it. The one gap is a crash (or a lost database)
between Slack's answer and the mark: the row is then sent again when its lease runs out, since
Slack offers no way to ask whether a message was already posted.
"""
