"""One percentile for every figure the project quotes (``bench`` and the scripts' load figures).

``statistics.quantiles`` with the inclusive method (the sample is the whole population measured):
the same rule everywhere, so a p99 from one tool means what it means in another.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

_CUTS = 1000  # p50 is cut 500, p99 cut 990, p99.9 cut 999


def percentile(values: Sequence[float], share: float) -> float:
    """The value ``share`` (0–1) of the way up ``values``; 0.0 for none."""
    if not values:
        return 0.0
    if len(values) == 1 or share >= 1.0:
        return float(max(values))
    if share <= 0.0:
        return float(min(values))
    cuts = statistics.quantiles(values, n=_CUTS, method="inclusive")
    return float(cuts[max(0, round(share * _CUTS) - 1)])
