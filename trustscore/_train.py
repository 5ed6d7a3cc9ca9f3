"""Training: labelled articles -> feature matrix -> calibrated logistic regression -> model file.

The estimator is a scikit-learn ``Pipeline`` (StandardScaler, L2 LogisticRegression) inside
``CalibratedClassifierCV`` (Platt/sigmoid, ``ensemble=False``, with publisher-grouped folds so
the calibration is fitted on predictions for unseen publishers). The L2 strength is chosen
inside the training data, on the same publisher-grouped folds (:func:`select_c`), so an outer
evaluation that calls :func:`fit_features` on its training folds evaluates the whole recipe.
The fitted numbers are then written as plain JSON (:mod:`trustscore._model`); nothing is
pickled. Everything is deterministic: lbfgs has no randomness and the folds are seeded
(:data:`SEED`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from numpy.typing import NDArray
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from trustscore._data import LabelledArticle
from trustscore._features import FEATURE_NAMES, raw_vector
from trustscore._model import FORMAT, FORMAT_VERSION, LOW_MAX, Scorer, checksum, high_cut_off
from trustscore._parsing import parse
from trustscore._pipeline import report_for
from trustscore._report import SignalValue
from trustscore._style import NGRAM_MAX, STYLE_FEATURE
from trustscore._style_train import (
    STYLE_C_GRID,
    STYLE_VOCABULARY_GRID,
    FittedStyle,
    GramMatrix,
    fit_style,
    gram_matrix,
)
from trustscore._version import __version__
from trustscore.errors import DataError

C_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
"""Candidate inverse L2 strengths of the logistic regression, in half-decade steps from strong
shrinkage (a few hundred articles, some dozens of correlated features) to scikit-learn's
default 1.0. Chosen per training set by :func:`select_c`, never on evaluation data."""
SEED = 20161
"""Seed of the fold assignment (StratifiedGroupKFold shuffles groups before balancing labels;
without shuffling it breaks ties by group order, which depends on the data's order)."""
CALIBRATION_FOLDS = 5
"""Publisher-grouped folds for the out-of-fold logits that the Platt calibration is fitted on."""
MAX_ITER = 1000
"""lbfgs iteration cap (convergence takes well under 100 on standardised features)."""
SIGNIFICANT_DIGITS = 12
"""Numbers in model files are rounded to this many significant digits, so a retrain gives the
same file on machines whose floating-point sums differ in the last bits."""

ESTIMATES = (
    "Probability that professional raters would judge the article reliable (accurate and not "
    "hyperpartisan), from its own text; see docs/model-card.md."
)

MODEL_STAGE_FILES = frozenset(
    {
        "_model.py",
        "_train.py",
        "_evaluate.py",
        "_calibration.py",
        "_cli.py",
        "_model_cli.py",
        "_data.py",
        "_style.py",
        "_style_train.py",
    }
)
"""Modules that do not change reports: editing them keeps cached feature inputs valid."""

Inputs = dict[str, SignalValue]
Matrix = NDArray[np.float64]


def code_version() -> str:
    """Hash of the trustscore modules and data files that produce reports (keys the cache)."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    # the attribution cue model changes sourcing features; default.json is the output
    files = [*package.glob("*.py"), *package.glob("data/**/*"), package / "models/attribution.json"]
    for path in sorted(files):
        if path.is_file() and path.name not in MODEL_STAGE_FILES:
            name = path.relative_to(package).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    """Where computed feature inputs are cached (a temp dir, never the repository)."""
    return Path(tempfile.gettempdir()) / "trustscore-feature-cache"


def _record_key(record: LabelledArticle) -> str:
    digest = hashlib.sha256((record.url or "").encode() + b"\0" + record.source.encode())
    return digest.hexdigest()


def article_inputs(source: str, url: str | None) -> tuple[Inputs, str]:
    """Feature inputs and body text of one article, from the pipeline without scoring."""
    from trustscore._features import feature_inputs

    report = report_for(parse(source, url=url))
    return feature_inputs(report), report.body.text


@dataclass(frozen=True)
class Analysed:
    """Records the pipeline could analyse, their feature inputs, and the ones it could not."""

    records: list[LabelledArticle]
    inputs: list[Inputs]
    skipped: list[tuple[str, str, str]]
    """(id, error type, message) of each article left out."""
    texts: list[str]
    """Body text of each record (what the style n-grams read)."""


def analyse_records(
    records: Sequence[LabelledArticle],
    *,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Analysed:
    """Feature inputs and body text of each record (cached by content hash and code version).

    An article the pipeline fails on is left out and named in ``skipped``: one bad page (or a
    bug in one signal) must not sink a training run, and must not go unnoticed either."""
    cache: dict[str, dict[str, Any]] = {}
    cache_file = None
    if cache_dir is not None:
        cache_file = cache_dir / f"articles-{code_version()}.json"
        if cache_file.exists():
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
    result = Analysed([], [], [], [])
    fresh = 0
    for i, record in enumerate(records):
        key = _record_key(record)
        if key not in cache:
            try:
                inputs, text = article_inputs(record.source, record.url)
            except Exception as exc:
                result.skipped.append((record.id, type(exc).__name__, str(exc)))
                continue
            cache[key] = {"inputs": inputs, "text": text}
            fresh += 1
        result.records.append(record)
        result.inputs.append(cache[key]["inputs"])
        result.texts.append(cache[key]["text"])
        if progress is not None:
            progress(i + 1, len(records))
    if cache_file is not None and fresh:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cache), encoding="utf-8")
        tmp.replace(cache_file)
    return result


def matrix(inputs: Sequence[Inputs]) -> tuple[Matrix, NDArray[np.bool_]]:
    """Feature matrix (NaN where missing) and its missing mask, in FEATURE_NAMES order."""
    rows = [[np.nan if v is None else v for v in raw_vector(x)] for x in inputs]
    x = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))
    return x, np.isnan(x)


def imputation_values(x: Matrix) -> NDArray[np.float64]:
    """Mean of the observed values of each feature (0 for a feature never observed)."""
    observed = ~np.isnan(x)
    counts = observed.sum(axis=0)
    sums = np.where(observed, x, 0.0).sum(axis=0)
    return np.where(counts > 0, sums / np.maximum(counts, 1), 0.0)


def fill_missing(x: Matrix, fill: NDArray[np.float64]) -> Matrix:
    """x with each NaN replaced by its column's imputation value."""
    return np.where(np.isnan(x), fill[np.newaxis, :], x)


def group_folds(groups: Sequence[str], n_splits: int) -> StratifiedGroupKFold:
    """Publisher-grouped folds with label shares kept as even as the groups allow."""
    return StratifiedGroupKFold(
        n_splits=min(n_splits, len(set(groups))), shuffle=True, random_state=SEED
    )


def calibrated_pipeline(
    estimator: Any, x: Any, y: NDArray[np.int64], groups: Sequence[str]
) -> CalibratedClassifierCV:
    """Fit estimator and a Platt calibration on publisher-grouped out-of-fold predictions."""
    folds = list(group_folds(groups, CALIBRATION_FOLDS).split(x, y, groups))
    model = CalibratedClassifierCV(estimator, method="sigmoid", cv=folds, ensemble=False)
    model.fit(x, y)
    return model


def feature_pipeline(c: float = 1.0) -> Pipeline:
    """The scikit-learn estimator of the feature model (scaling and logistic regression)."""
    return Pipeline(
        [
            ("scale", StandardScaler()),
            ("logit", LogisticRegression(C=c, max_iter=MAX_ITER)),
        ]
    )


@dataclass(frozen=True)
class SearchResult:
    """What search_c found: the chosen C, every C's loss, and the chosen C's logits."""

    c: float
    losses: list[float]
    logits: NDArray[np.float64]
    """Out-of-fold logits of the chosen C (each fold's from a model fitted on the others)."""
    platt_slope: float
    """Slope of the Platt fit on those logits (positive when they predict the label)."""


def search_c(
    x: Any,
    y: NDArray[np.int64],
    groups: Sequence[str],
    grid: Sequence[float],
    make: Callable[[float], Any],
) -> SearchResult:
    """The C of grid whose estimator make(C) gives the lowest calibrated out-of-fold log loss.

    For each C, logits for each publisher-grouped calibration fold come from a model fitted on
    the other folds; a Platt fit on those logits (what the shipped calibration does) gives the
    log loss. Ties go to the smaller C (more shrinkage)."""
    folds = list(group_folds(groups, CALIBRATION_FOLDS).split(x, y, groups))
    losses, all_logits, slopes = [], [], []
    for c in grid:
        logits = np.zeros(len(y))
        for train_index, test_index in folds:
            fitted = make(c).fit(x[train_index], y[train_index])
            logits[test_index] = fitted.decision_function(x[test_index])
        platt = LogisticRegression(C=np.inf).fit(logits[:, np.newaxis], y)
        losses.append(float(log_loss(y, platt.predict_proba(logits[:, np.newaxis])[:, 1])))
        all_logits.append(logits)
        slopes.append(float(platt.coef_[0][0]))
    best = min(range(len(grid)), key=lambda i: (round(losses[i], 12), i))
    return SearchResult(grid[best], losses, all_logits[best], slopes[best])


def select_c(x: Matrix, y: NDArray[np.int64], groups: Sequence[str]) -> tuple[float, list[float]]:
    """The C of C_GRID with the lowest calibrated out-of-fold log loss, and every C's loss
    (search_c with the feature pipeline)."""
    search = search_c(x, y, groups, C_GRID, feature_pipeline)
    return search.c, search.losses


@dataclass(frozen=True)
class FittedFeatureModel:
    """A fitted feature model and its imputation values."""

    fill: NDArray[np.float64]
    model: CalibratedClassifierCV
    c: float
    """The inverse L2 strength select_c chose."""
    c_losses: tuple[float, ...] = ()
    """select_c's calibrated out-of-fold log loss of each C of C_GRID."""
    reliable_share: float = 0.5
    """Share of label 1 in the training data (sets the 'high' cut-off, see high_cut_off)."""
    style: FittedStyle | None = None
    """The style component (its logit is the last feature), or None when not used."""
    log_loss_without_style: float | None = None
    """The lowest calibrated out-of-fold log loss of the C search without the style input."""

    def predict_proba(self, x: Matrix, grams: GramMatrix | None = None) -> NDArray[np.float64]:
        """Calibrated probability of label 1 for raw feature rows (NaN = missing) and, when
        the model has a style component, the same articles' style n-gram counts."""
        filled = fill_missing(x, self.fill[: x.shape[1]])
        if self.style is not None:
            if grams is None:
                raise DataError("this model has a style component: give the articles' n-grams")
            filled = np.hstack([filled, self.style.logits(grams)[:, np.newaxis]])
        proba: NDArray[np.float64] = self.model.predict_proba(filled)[:, 1]
        return proba


def fit_features(
    x: Matrix, y: NDArray[np.int64], groups: Sequence[str], grams: GramMatrix | None = None
) -> FittedFeatureModel:
    """Impute, fit the style component (when grams are given), then the calibrated pipeline.

    The style component's out-of-fold logits are the last column of the training matrix
    (stacking); new articles get the full style model's logit. The component is kept only when
    it lowers the calibrated out-of-fold log loss of the main model's C search."""
    if len(set(y.tolist())) < 2:
        raise DataError("training data need both labels (0 and 1)")
    if len(set(groups)) < 2:
        raise DataError("training data need at least two groups (publishers)")
    fill = imputation_values(x)
    filled = fill_missing(x, fill)
    c, losses = select_c(filled, y, groups)
    without_style = min(losses)
    style = fit_style(grams, y, groups) if grams is not None else None
    if style is not None:
        stacked = np.hstack([filled, style.out_of_fold[:, np.newaxis]])
        stacked_c, stacked_losses = select_c(stacked, y, groups)
        # The style input must earn its place: the same calibrated out-of-fold log loss that
        # chooses C must be lower with it than without it (ties: without).
        if round(min(stacked_losses), 12) < round(min(losses), 12):
            filled, c, losses = stacked, stacked_c, stacked_losses
            fill = np.append(fill, style.out_of_fold.mean())
        else:
            style = None
    model = calibrated_pipeline(feature_pipeline(c), filled, y, groups)
    return FittedFeatureModel(fill, model, c, tuple(losses), float(y.mean()), style, without_style)


def _round(values: Any) -> list[float]:
    return [float(f"{float(v):.{SIGNIFICANT_DIGITS}g}") for v in np.ravel(values)]


def export(
    fitted: FittedFeatureModel, *, name: str, version: str, metadata: dict[str, Any]
) -> dict[str, Any]:
    """The JSON model file (with checksum) of a fitted feature model."""
    calibrated = fitted.model.calibrated_classifiers_[0]
    pipeline = calibrated.estimator
    scaler: StandardScaler = pipeline.named_steps["scale"]
    logit: LogisticRegression = pipeline.named_steps["logit"]
    sigmoid = calibrated.calibrators[0]
    # scikit-learn's sigmoid calibration is p = 1 / (1 + exp(a * f + b)).
    slope, intercept = _round([-sigmoid.a_, -sigmoid.b_])
    body: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": name,
        "version": version,
        "estimates": ESTIMATES,
        "features": [*FEATURE_NAMES, *([STYLE_FEATURE] if fitted.style else [])],
        "impute": _round(fitted.fill),
        "scaler": {"mean": _round(scaler.mean_), "scale": _round(scaler.scale_)},
        "coefficients": _round(logit.coef_[0]),
        "intercept": _round(logit.intercept_)[0],
        "calibration": {"method": "platt", "slope": slope, "intercept": intercept},
        "labels": {
            "high_min": _round([high_cut_off(fitted.reliable_share)])[0],
            "low_max": LOW_MAX,
        },
        "style": None,
        "metadata": metadata,
    }
    if fitted.style is not None:
        style = fitted.style.model
        body["style"] = {
            "ngram_max": NGRAM_MAX,
            "vocabulary": list(style.texts),
            "idf": _round(style.idf),
            "weights": _round(style.weights),
            "intercept": _round([style.intercept])[0],
        }
    body["checksum"] = checksum(body)
    return body


def training_metadata(
    records: Sequence[LabelledArticle], skipped: Sequence[tuple[str, str, str]] = ()
) -> dict[str, Any]:
    """What a model was trained on and with (no timestamps: retrains must be identical)."""
    counts = Counter(f"{r.dataset}:{r.label}" for r in records)
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda r: r.id):
        digest.update(f"{record.id}\0{record.label}\0{record.group}\n".encode())
    return {
        "articles": len(records),
        "groups": len({r.group for r in records}),
        "label_counts": dict(sorted(counts.items())),
        "data_sha256": digest.hexdigest(),
        "estimator": "StandardScaler + LogisticRegression(L2) + Platt calibration",
        "regularisation_c_grid": list(C_GRID),
        "style_vocabulary_grid": list(STYLE_VOCABULARY_GRID),
        "style_c_grid": list(STYLE_C_GRID),
        "calibration_folds": CALIBRATION_FOLDS,
        "seed": SEED,
        "trustscore_version": __version__,
        "sklearn_version": sklearn.__version__,
        "skipped": [f"{key}: {error}" for key, error, _ in skipped],
    }


def train(
    records: Sequence[LabelledArticle],
    *,
    name: str = "custom",
    version: str = "1",
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Train a model file (as a dict) on labelled articles."""
    if not records:
        raise DataError("no training articles")
    analysed = analyse_records(records, cache_dir=cache_dir, progress=progress)
    records = analysed.records
    x, _ = matrix(analysed.inputs)
    y = np.asarray([r.label for r in records], dtype=np.int64)
    groups = [r.group for r in records]
    fitted = fit_features(x, y, groups, gram_matrix(analysed.texts))
    metadata = training_metadata(records, analysed.skipped)
    metadata["regularisation_c"] = fitted.c
    metadata["regularisation_c_log_loss"] = _round(fitted.c_losses)
    if fitted.log_loss_without_style is not None:
        metadata["log_loss_without_style"] = _round([fitted.log_loss_without_style])[0]
    if fitted.style is not None:
        metadata["style_vocabulary"] = len(fitted.style.model.vocabulary)
        metadata["style_c"] = fitted.style.c
        metadata["style_c_log_loss"] = _round(fitted.style.c_losses)
    body = export(fitted, name=name, version=version, metadata=metadata)
    Scorer.from_dict(body)  # the written file must load
    return body


def dump(body: dict[str, Any]) -> str:
    """A model file's JSON text (stable: sorted keys, two-space indent, final newline)."""
    return json.dumps(body, sort_keys=True, indent=2, ensure_ascii=True) + "\n"
