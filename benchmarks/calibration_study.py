"""Calibration study: which Platt recipe, chosen on training folds only; how noisy the ECE is.

    /work/venv/bin/python benchmarks/calibration_study.py [--labels ../shared/data/labels]
        [--recipes platt-5,platt-10,...]

For each public set (BuzzFeed-Webis, SemEval, FakeNewsNet, all three combined) it runs the
evaluation's outer publisher-grouped folds with the feature model WITHOUT the style component
(the style search makes a run 10x slower; the recipes only change the calibration on top).
Inside each outer training fold: C is chosen by select_c (as shipped), then each calibration
recipe is scored by inner publisher-grouped cross-validation on that training fold only (the
pooled log loss and ECE of the inner held-out publishers). The recipe with the lowest inner log
loss, averaged over every outer fold of every set, is the choice. The outer figures of every
recipe (ECE, its noise floor and its publisher-bootstrap 90% interval) are printed after, for
the record: they are never used to choose.

Every recipe is Platt scaling (p = sigmoid(a * logit + b)), so the explanations stay exact; they
differ in where the logits the calibration is fitted on come from:

- platt-5: out-of-fold logits of 5 publisher-grouped folds (what trustscore ships);
- platt-10, platt-20: of 10 or 20 grouped folds (models closer to the final one in size);
- platt-5x5: 5 grouped folds repeated with 5 seeds, all logits pooled (less fold luck);
- plain-5: as platt-5 but fitted by plain logistic regression on the 0/1 labels instead of
  Platt's smoothed targets (scikit-learn's sigmoid calibration uses the smoothed ones).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.calibration import _SigmoidCalibration  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import log_loss  # noqa: E402
from sklearn.model_selection import StratifiedGroupKFold  # noqa: E402

from trustscore._calibration import (  # noqa: E402
    ece_group_interval,
    ece_noise_floor,
    expected_calibration_error,
)
from trustscore._evaluate import EVAL_FOLDS, EvalSet, public_sets  # noqa: E402
from trustscore._train import (  # noqa: E402
    SEED,
    default_cache_dir,
    feature_pipeline,
    fill_missing,
    group_folds,
    imputation_values,
    select_c,
)

DEFAULT_LABELS = ROOT.parent / "shared" / "data" / "labels"
INNER_FOLDS = 5
Array = NDArray[np.float64]
Labels = NDArray[np.int64]


def oof_logits(
    x: Array, y: Labels, groups: Sequence[str], c: float, n_splits: int, seeds: Sequence[int]
) -> tuple[Array, Labels]:
    """Out-of-fold logits (pooled over seeds) and their labels."""
    logits, labels = [], []
    for seed in seeds:
        folds = StratifiedGroupKFold(
            n_splits=min(n_splits, len(set(groups))), shuffle=True, random_state=seed
        )
        out = np.zeros(len(y))
        for train, test in folds.split(x, y, groups):
            out[test] = feature_pipeline(c).fit(x[train], y[train]).decision_function(x[test])
        logits.append(out)
        labels.append(y)
    return np.concatenate(logits), np.concatenate(labels)


def platt(smoothed: bool) -> Callable[[Array, Labels], tuple[float, float]]:
    """A Platt fit: (slope, intercept) of p = sigmoid(slope * logit + intercept)."""

    def fit(logits: Array, y: Labels) -> tuple[float, float]:
        if smoothed:
            cal = _SigmoidCalibration().fit(logits, y)
            return -float(cal.a_), -float(cal.b_)
        lr = LogisticRegression(C=np.inf).fit(logits[:, np.newaxis], y)
        return float(lr.coef_[0][0]), float(lr.intercept_[0])

    return fit


RECIPES: dict[str, tuple[int, tuple[int, ...], bool]] = {
    "platt-5": (5, (SEED,), True),
    "platt-10": (10, (SEED,), True),
    "platt-20": (20, (SEED,), True),
    "platt-5x5": (5, tuple(SEED + k for k in range(5)), True),
    "plain-5": (5, (SEED,), False),
}


def fit_recipe(
    name: str, x: Array, y: Labels, groups: Sequence[str], c: float
) -> Callable[[Array], Array]:
    """Fit the feature model with recipe name's calibration; returns its predictor."""
    n_splits, seeds, smoothed = RECIPES[name]
    logits, labels = oof_logits(x, y, groups, c, n_splits, seeds)
    slope, intercept = platt(smoothed)(logits, labels)
    final = feature_pipeline(c).fit(x, y)

    def predict(rows: Array) -> Array:
        z = slope * final.decision_function(rows) + intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    return predict


def study(data: EvalSet, recipes: Sequence[str]) -> dict[str, dict[str, float]]:
    """Inner criteria (training folds only) and outer figures of each recipe on one set."""
    y, groups = data.y, data.groups
    outer = {name: np.zeros(len(y)) for name in recipes}
    inner_loss: dict[str, list[float]] = {name: [] for name in recipes}
    inner_ece: dict[str, list[float]] = {name: [] for name in recipes}
    for train, test in group_folds(groups, EVAL_FOLDS).split(data.x, y, groups):
        fill = imputation_values(data.x[train])
        x_train, x_test = fill_missing(data.x[train], fill), fill_missing(data.x[test], fill)
        y_train, g_train = y[train], [groups[i] for i in train]
        c, _ = select_c(x_train, y_train, g_train)
        for name in recipes:
            pooled = np.zeros(len(train))
            for a, b in group_folds(g_train, INNER_FOLDS).split(x_train, y_train, g_train):
                predict = fit_recipe(name, x_train[a], y_train[a], [g_train[i] for i in a], c)
                pooled[b] = predict(x_train[b])
            inner_loss[name].append(float(log_loss(y_train, pooled)))
            inner_ece[name].append(expected_calibration_error(y_train, pooled))
            outer[name][test] = fit_recipe(name, x_train, y_train, g_train, c)(x_test)
    result = {}
    for name in recipes:
        p = outer[name]
        low, high = ece_group_interval(y, p, groups)
        result[name] = {
            "inner_log_loss": statistics.fmean(inner_loss[name]),
            "inner_ece": statistics.fmean(inner_ece[name]),
            "outer_ece": expected_calibration_error(y, p),
            "outer_noise_floor": ece_noise_floor(p),
            "outer_ece_low": low,
            "outer_ece_high": high,
            "outer_log_loss": float(log_loss(y, p)),
        }
    return result


def main() -> int:
    """Run the study and print one table per set, then the choice."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--recipes", default=",".join(RECIPES))
    args = parser.parse_args()
    if not args.labels.is_dir():
        print(f"{args.labels} is absent: nothing to study")
        return 1
    recipes = args.recipes.split(",")
    started = time.perf_counter()
    data = public_sets(args.labels, cache_dir=default_cache_dir())
    totals: dict[str, list[float]] = {name: [] for name in recipes}
    for dataset in (*data.sets, data.combined):
        print(
            f"\n{dataset.name} ({len(dataset.records)} articles, {len(set(dataset.groups))} groups)"
        )
        print(
            "| recipe | inner log loss | inner ECE | outer ECE | noise floor "
            "| 90% (publishers) | outer log loss |"
        )
        print("|---|---|---|---|---|---|---|")
        for name, r in study(dataset, recipes).items():
            totals[name].append(r["inner_log_loss"])
            print(
                f"| {name} | {r['inner_log_loss']:.4f} | {r['inner_ece']:.3f} "
                f"| {r['outer_ece']:.3f} | {r['outer_noise_floor']:.3f} "
                f"| {r['outer_ece_low']:.3f}-{r['outer_ece_high']:.3f} "
                f"| {r['outer_log_loss']:.4f} |",
                flush=True,
            )
    mean = {name: statistics.fmean(v) for name, v in totals.items()}
    best = min(recipes, key=lambda name: (round(mean[name], 6), recipes.index(name)))
    print("\nmean inner log loss: " + ", ".join(f"{n} {v:.4f}" for n, v in mean.items()))
    print(f"choice (lowest mean inner log loss; ties: listed first): {best}")
    print(f"took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
