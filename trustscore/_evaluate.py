"""Honest evaluation: publisher-grouped cross-validation, cross-dataset transfer, baselines.

Never random splits: a model that has seen a publisher in training learns its house style.
Every setting scores three models on the same splits: the feature model (what trustscore
ships), a constant (the training base rate) and a TF-IDF bag-of-words logistic regression
(what a user would build instead), each calibrated the same way on training folds only.
Nothing is tuned: every hyper-parameter is a fixed, documented constant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    brier_score_loss,
    f1_score,
    roc_auc_score,
)
from sklearn.pipeline import Pipeline

from trustscore._calibration import (
    ReliabilityBin,
    ece_group_interval,
    ece_noise_floor,
    equal_mass_ece,
    expected_calibration_error,
    reliability_bins,
)
from trustscore._data import (
    BUZZFEED,
    FAKENEWSNET,
    SEMEVAL,
    LabelledArticle,
    article_text,
    deduplicate,
    load_buzzfeed,
    load_domain_ratings,
    load_fakenewsnet,
    load_semeval,
    long_enough,
    with_domain_labels,
)
from trustscore._model import high_cut_off
from trustscore._style_train import GramMatrix, gram_matrix
from trustscore._train import (
    Analysed,
    Inputs,
    Matrix,
    analyse_records,
    calibrated_pipeline,
    fit_features,
    group_folds,
    matrix,
)

EVAL_FOLDS = 5
"""Publisher-grouped outer folds (StratifiedGroupKFold, seeded: label shares kept even across
folds, so a model that learns the base rate is not pushed against each test fold's own rate)."""
DECISION_THRESHOLD = 0.5
"""Probability below which an article is predicted untrustworthy (accuracy, F1). The F1 is
also reported with the threshold at the training share of label 1 ("@prior": flag articles
less likely reliable than the average training article), fixed in advance, never tuned."""
TFIDF_MIN_DF = 2
"""Words in fewer documents than this are dropped by the TF-IDF baseline (scikit-learn's
usual choice to skip typos and names seen once)."""
TFIDF_C = 1.0
"""Inverse L2 strength of the TF-IDF baseline's logistic regression (scikit-learn's default)."""

MODELS = ("features", "constant", "tfidf")

Predictor = Callable[[Sequence[int], Sequence[int]], NDArray[np.float64]]


@dataclass(frozen=True)
class Metrics:
    """Scores of one model in one setting; the untrustworthy class is label 0."""

    roc_auc: float
    accuracy: float
    balanced_accuracy: float
    f1_untrustworthy: float
    f1_untrustworthy_at_prior: float
    """F1 of label 0 when articles below the training share of label 1 are flagged."""
    f1_untrustworthy_not_high: float
    """F1 of label 0 under the product's own rule: untrustworthy = not labelled 'high'
    (probability below the model's 'high' cut-off: the training share of label 1, at least
    0.5, see trustscore._model.high_cut_off; set from the training data only)."""
    brier: float
    ece: float
    """Expected calibration error, ECE_BINS equal-width bins (the target's metric)."""
    ece_equal_mass: float
    """The same error over equal-mass bins (context, not the target)."""
    ece_noise_floor: float
    """Mean ECE a perfectly calibrated model would show here (binning noise)."""
    ece_low: float
    ece_high: float
    """90% interval of the ECE over publisher-group bootstrap resamples (ece_group_interval)."""
    n_articles: int
    n_groups: int
    reliability: tuple[ReliabilityBin, ...] = ()
    """The equal-width bins behind ece."""


@dataclass(frozen=True)
class Row:
    """One line of the evaluation table."""

    setting: str
    """'grouped-cv' or 'transfer'."""
    train: str
    test: str
    model: str
    metrics: Metrics


def fold_auc(y: NDArray[np.int64], p: NDArray[np.float64], fold: NDArray[np.int64]) -> float:
    """Mean ROC-AUC over the folds that hold both labels (NaN when none does).

    Per fold, not pooled: pooled out-of-fold scores mix models with different base rates, and
    with publisher-grouped folds a fold's training base rate moves against its test rate, which
    drags even a constant's pooled AUC far from 0.5."""
    scores = [
        float(roc_auc_score(y[fold == f], p[fold == f]))
        for f in np.unique(fold)
        if len(set(y[fold == f].tolist())) == 2
    ]
    return float(np.mean(scores)) if scores else float("nan")


def metrics(
    y: NDArray[np.int64],
    p: NDArray[np.float64],
    groups: Sequence[str],
    fold: NDArray[np.int64] | None = None,
    prior: NDArray[np.float64] | None = None,
) -> Metrics:
    """Every reported metric of probabilities p (of label 1) against labels y.

    ROC-AUC is averaged over folds (see fold_auc); the others are computed on all articles.
    prior is, per article, the share of label 1 in the data its model was trained on."""
    predicted = (p >= DECISION_THRESHOLD).astype(np.int64)
    both = len(set(y.tolist())) == 2
    fold = np.zeros(len(y), dtype=np.int64) if fold is None else fold
    prior = np.full(len(y), DECISION_THRESHOLD) if prior is None else prior
    flagged = (p >= prior).astype(np.int64)
    high = np.asarray([high_cut_off(q) for q in prior], dtype=np.float64)
    low, high_ece = ece_group_interval(y, p, groups)
    return Metrics(
        roc_auc=fold_auc(y, p, fold),
        accuracy=float(accuracy_score(y, predicted)),
        balanced_accuracy=float(balanced_accuracy_score(y, predicted)) if both else float("nan"),
        f1_untrustworthy=float(f1_score(y, predicted, pos_label=0, zero_division=0.0)),
        f1_untrustworthy_at_prior=float(f1_score(y, flagged, pos_label=0, zero_division=0.0)),
        f1_untrustworthy_not_high=float(
            f1_score(y, (p >= high).astype(np.int64), pos_label=0, zero_division=0.0)
        ),
        brier=float(brier_score_loss(y, p)),
        ece=expected_calibration_error(y, p),
        ece_equal_mass=equal_mass_ece(y, p),
        ece_noise_floor=ece_noise_floor(p),
        ece_low=low,
        ece_high=high_ece,
        n_articles=len(y),
        n_groups=len(set(groups)),
        reliability=reliability_bins(y, p),
    )


@dataclass(frozen=True)
class EvalSet:
    """Records with their feature matrix and texts, ready to split."""

    name: str
    records: tuple[LabelledArticle, ...]
    x: Matrix
    texts: tuple[str, ...]
    """Article texts as the data set gives them (what the TF-IDF baseline reads)."""
    grams: GramMatrix
    """Style n-gram counts of the body texts trustscore extracted (the style component's input)."""

    @property
    def y(self) -> NDArray[np.int64]:
        """Labels."""
        return np.asarray([r.label for r in self.records], dtype=np.int64)

    @property
    def groups(self) -> list[str]:
        """Publisher of each record."""
        return [r.group for r in self.records]

    def subset(self, index: Sequence[int], name: str | None = None) -> EvalSet:
        """The records at index."""
        return EvalSet(
            name or self.name,
            tuple(self.records[i] for i in index),
            self.x[list(index)],
            tuple(self.texts[i] for i in index),
            self.grams.rows(index),
        )


def make_set(
    name: str, records: Sequence[LabelledArticle], inputs: Sequence[Inputs], bodies: Sequence[str]
) -> EvalSet:
    """An EvalSet from records, their feature inputs and their body texts."""
    x, _ = matrix(inputs)
    texts = tuple(article_text(r) for r in records)
    return EvalSet(name, tuple(records), x, texts, gram_matrix(bodies))


def tfidf_pipeline() -> Pipeline:
    """The bag-of-words baseline: TF-IDF (sublinear tf) and logistic regression."""
    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=TFIDF_MIN_DF)),
            ("logit", LogisticRegression(C=TFIDF_C, max_iter=1000)),
        ]
    )


def fit_predict(train: EvalSet, test: EvalSet) -> dict[str, NDArray[np.float64]]:
    """Each model fitted on train (calibrated on grouped folds of train), predicting test."""
    y = train.y
    fitted = fit_features(train.x, y, train.groups, train.grams)
    features = fitted.predict_proba(test.x, test.grams)
    texts = np.asarray(train.texts, dtype=object)
    tfidf = calibrated_pipeline(tfidf_pipeline(), texts, y, train.groups)
    bow: NDArray[np.float64] = tfidf.predict_proba(np.asarray(test.texts, dtype=object))[:, 1]
    constant = np.full(len(test.records), float(y.mean()))
    return {"features": features, "constant": constant, "tfidf": bow, PRIOR: constant}


FOLD = "fold"
"""Key of the fold numbers in cross_validate's result."""
PRIOR = "prior"
"""Key of the training share of label 1 behind each prediction."""


def cross_validate(data: EvalSet) -> dict[str, NDArray[Any]]:
    """Out-of-fold probabilities of every model under publisher-grouped folds, and the folds."""
    out: dict[str, NDArray[Any]] = {m: np.zeros(len(data.records)) for m in (*MODELS, PRIOR)}
    out[FOLD] = np.zeros(len(data.records), dtype=np.int64)
    folds = group_folds(data.groups, EVAL_FOLDS).split(data.x, data.y, data.groups)
    for number, (train_index, test_index) in enumerate(folds):
        predictions = fit_predict(data.subset(train_index), data.subset(test_index))
        for model, p in predictions.items():
            out[model][test_index] = p
        out[FOLD][test_index] = number
    return out


def _rows(
    setting: str, train: str, data: EvalSet, predictions: dict[str, NDArray[Any]]
) -> list[Row]:
    fold, prior = predictions.get(FOLD), predictions[PRIOR]
    return [
        Row(setting, train, data.name, m, metrics(data.y, predictions[m], data.groups, fold, prior))
        for m in MODELS
    ]


def unseen(train: EvalSet, test: EvalSet) -> EvalSet:
    """test without the articles and publishers that appear in train."""
    keys = {k for r in train.records for k in r.fingerprints()}
    groups = set(train.groups)
    keep = [
        i
        for i, r in enumerate(test.records)
        if r.group not in groups and not keys.intersection(r.fingerprints())
    ]
    return test.subset(keep)


@dataclass(frozen=True)
class Evaluation:
    """Every row of an evaluation run."""

    rows: tuple[Row, ...]
    skipped: tuple[str, ...] = ()
    """Articles the pipeline failed on (left out), as '<id>: <error>'."""

    def as_dicts(self) -> list[dict[str, Any]]:
        """Rows as plain dicts (for JSON output)."""
        return [asdict(row) for row in self.rows]

    def table(self) -> str:
        """A Markdown table of every row."""
        head = (
            "| setting | train | test | model | ROC-AUC (fold mean) | acc | bal. acc | F1 untrust. "
            "| F1 untrust. @prior | F1 untrust. not high | Brier | ECE | ECE eq.-mass "
            "| ECE noise floor | ECE 90% (publishers) | n articles | n groups |\n"
            + "|---" * 17
            + "|"
        )
        lines = [head]
        for r in self.rows:
            m = r.metrics
            lines.append(
                f"| {r.setting} | {r.train} | {r.test} | {r.model} | {m.roc_auc:.3f} "
                f"| {m.accuracy:.3f} | {m.balanced_accuracy:.3f} | {m.f1_untrustworthy:.3f} "
                f"| {m.f1_untrustworthy_at_prior:.3f} | {m.f1_untrustworthy_not_high:.3f} "
                f"| {m.brier:.3f} | {m.ece:.3f} | {m.ece_equal_mass:.3f} "
                f"| {m.ece_noise_floor:.3f} | {m.ece_low:.3f}-{m.ece_high:.3f} "
                f"| {m.n_articles} | {m.n_groups} |"
            )
        lines += [f"\nskipped (the pipeline failed on it): {entry}" for entry in self.skipped]
        return "\n".join(lines)

    def reliability_table(self) -> str:
        """The ECE bins of the feature model's grouped-CV rows: articles, mean p, share of 1."""
        lines = [
            "| train | test | bins: [low] n articles, mean probability → share reliable |",
            "|---|---|---|",
        ]
        for r in self.rows:
            if r.setting == "grouped-cv" and r.model == "features":
                cells = "; ".join(
                    f"[{b.low:.1f}] {b.n_articles}, {b.mean_probability:.2f} → "
                    f"{b.share_reliable:.2f}"
                    for b in r.metrics.reliability
                )
                lines.append(f"| {r.train} | {r.test} | {cells} |")
        return "\n".join(lines)


def evaluate_sets(sets: Sequence[EvalSet], combined: EvalSet | None = None) -> Evaluation:
    """Grouped CV on each set (and on the combined set, sliced per set), and transfer."""
    rows: list[Row] = []
    for data in sets:
        rows += _rows("grouped-cv", data.name, data, cross_validate(data))
    if combined is not None:
        predictions = cross_validate(combined)
        rows += _rows("grouped-cv", combined.name, combined, predictions)
        for data in sets:
            index = [i for i, r in enumerate(combined.records) if r.dataset == data.name]
            if index:
                part = combined.subset(index, name=f"{data.name} (slice)")
                sliced = {m: p[index] for m, p in predictions.items()}
                rows += _rows("grouped-cv", combined.name, part, sliced)
    for train in sets:
        for test in sets:
            if train is not test:
                target = unseen(train, test)
                if len(set(target.y.tolist())) == 2:
                    rows += _rows("transfer", train.name, target, fit_predict(train, target))
    return Evaluation(tuple(rows))


def _skipped(analysed: Analysed) -> tuple[str, ...]:
    return tuple(f"{key}: {error}: {message}" for key, error, message in analysed.skipped)


@dataclass(frozen=True)
class PublicSets:
    """The public labelled sets, ready to evaluate."""

    sets: tuple[EvalSet, ...]
    """BuzzFeed-Webis, SemEval, FakeNewsNet (each deduplicated)."""
    combined: EvalSet
    """All three, deduplicated across sets."""
    weak: EvalSet
    """The combined articles labelled by their domain's rating (weak labels)."""
    skipped: tuple[str, ...]


def public_sets(
    labels_dir: Path,
    *,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PublicSets:
    """Load and analyse ../shared/data/labels: the three sets, combined, weak labels."""
    loaded = {
        BUZZFEED: long_enough(load_buzzfeed(labels_dir / BUZZFEED)),
        SEMEVAL: long_enough(load_semeval(labels_dir / SEMEVAL)),
        FAKENEWSNET: long_enough(load_fakenewsnet(labels_dir / FAKENEWSNET)),
    }
    analysed = analyse_records(
        [r for records in loaded.values() for r in records], cache_dir=cache_dir, progress=progress
    )
    by_id = dict(zip((r.id for r in analysed.records), analysed.inputs, strict=True))
    body = dict(zip((r.id for r in analysed.records), analysed.texts, strict=True))

    def make(name: str, records: Sequence[LabelledArticle], key: Callable[[str], str]) -> EvalSet:
        ids = [key(r.id) for r in records]
        return make_set(name, records, [by_id[i] for i in ids], [body[i] for i in ids])

    def same(record_id: str) -> str:
        return record_id

    sets = []
    for name, records in loaded.items():
        kept = deduplicate(r for r in records if r.id in by_id)
        sets.append(make(name, kept, same))
    combined_records = deduplicate(analysed.records)
    combined = make("all", combined_records, same)
    ratings = load_domain_ratings(labels_dir / "domain-ratings")
    weak = with_domain_labels(combined_records, ratings)
    weak_set = make("domain-ratings (weak)", weak, lambda record_id: record_id.split(":", 1)[1])
    return PublicSets(tuple(sets), combined, weak_set, _skipped(analysed))


def evaluate_public(
    labels_dir: Path,
    *,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Evaluation:
    """The full evaluation on ../shared/data/labels: three sets, combined, weak labels."""
    data = public_sets(labels_dir, cache_dir=cache_dir, progress=progress)
    result = evaluate_sets(data.sets, data.combined)
    rows = _rows("grouped-cv", data.weak.name, data.weak, cross_validate(data.weak))
    return Evaluation(result.rows + tuple(rows), data.skipped)


def evaluate_records(records: Sequence[LabelledArticle], name: str = "user") -> Evaluation:
    """Grouped CV of the three models on a user's own labelled articles."""
    analysed = analyse_records(records)
    data = make_set(name, analysed.records, analysed.inputs, analysed.texts)
    rows = _rows("grouped-cv", name, data, cross_validate(data))
    return Evaluation(tuple(rows), _skipped(analysed))
