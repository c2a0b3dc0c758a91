"""Bootstrap confidence intervals and the paired bootstrap test, over articles."""

from __future__ import annotations

import numpy as np

RESAMPLES = 1000


def _means(values: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(values), size=(RESAMPLES, len(values)))
    return values[idx].mean(axis=1)


def bootstrap_ci(values: list[float] | np.ndarray, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of the mean."""
    arr = np.asarray(values, dtype=float)
    if len(arr) == 0:
        return (0.0, 0.0)
    lo, hi = np.percentile(_means(arr, seed), [2.5, 97.5])
    return float(lo), float(hi)


def paired_bootstrap(system: list[float] | np.ndarray, baseline: list[float] | np.ndarray, seed: int = 0) -> float:
    """One-sided p-value that `system` is not better than `baseline` on the same articles."""
    diff = np.asarray(system, dtype=float) - np.asarray(baseline, dtype=float)
    if len(diff) == 0:
        return 1.0
    return float((_means(diff, seed) <= 0).mean())
