"""The one percentile rule every quoted figure uses."""

from __future__ import annotations

from bot.cli.percentiles import percentile


def test_percentiles_follow_the_inclusive_quantiles() -> None:
    values = list(range(1, 101))
    assert percentile(values, 0.5) == 50.5
    assert 99.0 <= percentile(values, 0.99) <= 100.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([7.0], 0.99) == 7.0
    assert percentile([], 0.5) == 0.0
