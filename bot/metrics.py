"""What the bot counts, for Prometheus: one registry, every metric defined here, none with text.

Labels are fixed vocabularies (surfaces, decisions, outcomes, catalog ids), never anything a
person typed, so a metric can never carry a question. ``GET /metrics`` serves ``render()``
(HTTP mode, and ``serve --health-port`` in Socket Mode).

A registry of the bot's own rather than the library's global one: tests and several apps in
one process each count from zero, and nothing a library registers globally leaks in.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST

# Seconds. Acks must come within Slack's 3 s; the interesting range is 5 ms to 3 s.
_ACK_BUCKETS = (0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0)
# Seconds. Matching takes tens to hundreds of microseconds.
_MATCH_BUCKETS = (0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05)

REQUESTS = Counter("safeguards_requests_total", "Slack requests by surface and outcome.",
                   ["surface", "outcome"], registry=REGISTRY)
ACK_SECONDS = Histogram("safeguards_ack_seconds", "Time from a request's arrival to its ack.",
                        ["surface"], buckets=_ACK_BUCKETS, registry=REGISTRY)
MATCH_SECONDS = Histogram("safeguards_match_seconds", "Time to match one question.",
                          buckets=_MATCH_BUCKETS, registry=REGISTRY)
DECISIONS = Counter("safeguards_decisions_total", "Questions by decision and surface.",
                    ["decision", "surface"], registry=REGISTRY)
ESCALATIONS = Counter("safeguards_escalations_total", "Escalation notices by outcome.",
                      ["outcome"], registry=REGISTRY)
REPLIES = Counter("safeguards_replies_total",
                  "Reply deliveries by outcome: delivered, retried, failed, expired.",
                  ["outcome"], registry=REGISTRY)
DUPLICATES = Counter("safeguards_duplicate_deliveries_total",
                     "Slack deliveries dropped as already handled.", registry=REGISTRY)
REFUSED = Counter("safeguards_refused_requests_total", "HTTP requests refused, by reason.",
                  ["reason"], registry=REGISTRY)
CATALOG_RELOADS = Counter("safeguards_catalog_reloads_total", "Catalog reloads by outcome.",
                          ["outcome"], registry=REGISTRY)
CATALOG_INFO = Gauge("safeguards_catalog_info",
                     "The catalog in service (1), labelled with its content hash and size.",
                     ["sha256", "entries"], registry=REGISTRY)


def set_catalog(sha256: str, entries: int) -> None:
    """Record the catalog now in service (one series: the previous one is removed)."""
    CATALOG_INFO.clear()
    CATALOG_INFO.labels(sha256=sha256[:12], entries=str(entries)).set(1)


class _Sampled(Collector):
    """Gauges read when scraped (queue depth, oldest age), from a callable that may fail."""

    def __init__(self, name: str, documentation: str,
                 read: Callable[[], float | None]) -> None:
        self._name, self._documentation, self._read = name, documentation, read

    def collect(self) -> list[GaugeMetricFamily]:
        try:
            value = self._read()
        except Exception:  # a scrape must never fail because one source did
            value = None
        if value is None:
            return []
        return [GaugeMetricFamily(self._name, self._documentation, value=value)]


_sampled: dict[str, _Sampled] = {}


def sample(name: str, documentation: str, read: Callable[[], float | None]) -> None:
    """Serve ``read()`` as gauge ``name`` at every scrape (registering again replaces it)."""
    old = _sampled.pop(name, None)
    if old is not None:
        REGISTRY.unregister(old)
    _sampled[name] = _Sampled(name, documentation, read)
    REGISTRY.register(_sampled[name])


def render() -> bytes:
    """The Prometheus text exposition of every metric."""
    return generate_latest(REGISTRY)
