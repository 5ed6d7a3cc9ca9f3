"""Calibration metrics: expected calibration error, its binning noise, its spread over
publishers (group bootstrap), reliability bins.

The reported ECE is the standard one (``ECE_BINS`` equal-width bins). Two companions put it in
context without replacing it: the ECE over equal-mass bins (each bin the same number of
articles, so no bin is a handful of articles), and the ECE that a perfectly calibrated model
would still show with the same probabilities on this many articles (labels drawn from the
probabilities themselves), which is the floor the binning noise sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

ECE_BINS = 10
"""Equal-width probability bins of the expected calibration error."""
NOISE_DRAWS = 200
"""Simulated label draws behind the ECE noise floor (its spread is under 0.002 at 200)."""
NOISE_SEED = 20161
"""Seed of those draws: the floor is the same number on every run."""


@dataclass(frozen=True)
class ReliabilityBin:
    """One equal-width bin: how many articles, their mean probability, their share of label 1."""

    low: float
    n_articles: int
    mean_probability: float
    share_reliable: float


def _bin_index(p: NDArray[np.float64]) -> NDArray[np.int64]:
    return np.minimum((p * ECE_BINS).astype(np.int64), ECE_BINS - 1)


def _binned_error(y: NDArray[np.int64], p: NDArray[np.float64], bins: NDArray[np.int64]) -> float:
    total = 0.0
    for b in np.unique(bins):
        mask = bins == b
        total += mask.sum() * abs(float(p[mask].mean()) - float(y[mask].mean()))
    return total / len(y)


def expected_calibration_error(y: NDArray[np.int64], p: NDArray[np.float64]) -> float:
    """Weighted mean |mean probability - share of label 1| over ECE_BINS equal-width bins."""
    return _binned_error(y, p, _bin_index(p))


def equal_mass_ece(y: NDArray[np.int64], p: NDArray[np.float64]) -> float:
    """The same error over ECE_BINS bins of (nearly) equal numbers of articles, by rank of p."""
    order = np.argsort(p, kind="stable")
    bins = np.empty(len(p), dtype=np.int64)
    bins[order] = np.arange(len(p)) * ECE_BINS // max(len(p), 1)
    return _binned_error(y, p, bins)


def ece_noise_floor(p: NDArray[np.float64]) -> float:
    """Mean ECE of a perfectly calibrated model with these probabilities (labels ~ p)."""
    rng = np.random.default_rng(NOISE_SEED)
    bins = _bin_index(p)
    draws = [
        _binned_error(rng.binomial(1, p).astype(np.int64), p, bins) for _ in range(NOISE_DRAWS)
    ]
    return float(np.mean(draws))


def reliability_bins(y: NDArray[np.int64], p: NDArray[np.float64]) -> tuple[ReliabilityBin, ...]:
    """The non-empty equal-width bins of the ECE, in order."""
    bins = _bin_index(p)
    return tuple(
        ReliabilityBin(
            low=b / ECE_BINS,
            n_articles=int((bins == b).sum()),
            mean_probability=float(p[bins == b].mean()),
            share_reliable=float(y[bins == b].mean()),
        )
        for b in range(ECE_BINS)
        if (bins == b).any()
    )


BOOTSTRAP_DRAWS = 200
"""Publisher-group resamples behind the ECE interval (enough for a 90% interval to within about
0.005 on our sets; each draw is one numpy pass)."""
BOOTSTRAP_LEVEL = 0.90
"""Coverage of the ECE interval: the 5th to the 95th percentile of the resampled ECEs."""


def ece_group_interval(
    y: NDArray[np.int64], p: NDArray[np.float64], groups: Sequence[str]
) -> tuple[float, float]:
    """BOOTSTRAP_LEVEL interval of the ECE when whole publishers are resampled (with
    replacement, as many as there are): how much the ECE depends on which publishers the data
    set happens to hold. Articles of a publisher are not independent, so resampling articles
    would understate it."""
    names, group_of = np.unique(np.asarray(groups, dtype=object), return_inverse=True)
    members = [np.flatnonzero(group_of == g) for g in range(len(names))]
    rng = np.random.default_rng(NOISE_SEED)
    draws = []
    for _ in range(BOOTSTRAP_DRAWS):
        index = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        draws.append(expected_calibration_error(y[index], p[index]))
    tail = (1.0 - BOOTSTRAP_LEVEL) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return float(low), float(high)
