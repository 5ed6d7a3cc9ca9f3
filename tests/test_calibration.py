"""Calibration metrics: standard ECE, equal-mass ECE, noise floor, reliability bins."""

from __future__ import annotations

import numpy as np
import pytest

from trustscore._calibration import (
    ece_group_interval,
    ece_noise_floor,
    equal_mass_ece,
    expected_calibration_error,
    reliability_bins,
)


def test_equal_mass_bins_hold_equal_numbers() -> None:
    # 20 articles, 10 bins of 2 by rank: each pair is (0, 1) at its own probability
    p = np.repeat(np.linspace(0.05, 0.95, 10), 2)
    y = np.tile([0, 1], 10)
    assert equal_mass_ece(y, p) == pytest.approx(
        float(np.mean(np.abs(np.linspace(0.05, 0.95, 10) - 0.5)))
    )


def test_equal_mass_and_standard_agree_when_every_bin_is_exact() -> None:
    p = np.repeat([0.25, 0.75], 40)
    y = np.concatenate([np.tile([1, 0, 0, 0], 10), np.tile([1, 1, 1, 0], 10)])
    assert expected_calibration_error(y, p) == pytest.approx(0.0)
    assert equal_mass_ece(y, p) == pytest.approx(0.0)


def test_noise_floor_shrinks_with_more_articles_and_is_reproducible() -> None:
    small = np.full(100, 0.7)
    large = np.full(10_000, 0.7)
    assert ece_noise_floor(small) > ece_noise_floor(large)
    assert ece_noise_floor(small) == ece_noise_floor(small)


def test_noise_floor_is_zero_for_certain_probabilities() -> None:
    assert ece_noise_floor(np.array([0.0, 1.0, 1.0])) == 0.0


def test_reliability_bins_count_articles_per_bin() -> None:
    p = np.array([0.05, 0.15, 0.12, 0.99, 1.0])
    y = np.array([0, 1, 0, 1, 1])
    bins = reliability_bins(y, p)
    assert [(b.low, b.n_articles) for b in bins] == [(0.0, 1), (0.1, 2), (0.9, 2)]
    assert bins[1].share_reliable == 0.5
    assert bins[1].mean_probability == pytest.approx(0.135)


def _grouped(n_groups: int, per_group: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    rng = np.random.default_rng(7)
    p = rng.uniform(0.05, 0.95, n_groups * per_group)
    # each publisher is off by its own amount: the ECE depends on which publishers are drawn
    shift = np.repeat(rng.normal(0.0, 0.15, n_groups), per_group)
    y = (rng.uniform(size=len(p)) < np.clip(p + shift, 0, 1)).astype(np.int64)
    groups = [f"g{i // per_group}" for i in range(len(p))]
    return y, p, groups


def test_group_interval_brackets_the_ece_and_is_deterministic() -> None:
    y, p, groups = _grouped(40, 25)
    low, high = ece_group_interval(y, p, groups)
    assert 0.0 <= low < high <= 1.0
    assert low <= expected_calibration_error(y, p) <= high + 0.02
    assert ece_group_interval(y, p, groups) == (low, high)


def test_group_interval_is_wider_with_fewer_publishers() -> None:
    few = ece_group_interval(*_grouped(8, 125))
    many = ece_group_interval(*_grouped(200, 5))
    assert few[1] - few[0] > many[1] - many[0]
