"""Scoring: a trained model in a safe JSON format, its calibrated score and exact explanations.

The model is a standardised logistic regression with Platt calibration on top, stored as plain
numbers (never pickle, never code). For an article with standardised features ``z``::

    logit      = intercept + sum(coef[i] * z[i])
    calibrated = cal_slope * logit + cal_intercept
    probability = 1 / (1 + exp(-calibrated))

Each signal's contribution is ``cal_slope * coef[i] * z[i]`` summed over its features, and the
``baseline`` is ``cal_slope * intercept + cal_intercept``: baseline plus contributions equal the
calibrated logit exactly. Per-feature constants are computed once when loading
(:mod:`trustscore._scoring_plan`), the style n-grams are looked up in numpy arrays
(:mod:`trustscore._style_codes`); no scikit-learn at run time. Training lives in
:mod:`trustscore._train`.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from trustscore._data import MIN_WORDS
from trustscore._features import FEATURE_NAMES, feature_inputs
from trustscore._report import Explanation, ModelInfo, SignalValue, TrustReport
from trustscore._scoring_plan import (
    EFFECT,
    ScoringPlan,
    direction,
    trusted_explanations,
    trusted_span,
)
from trustscore._style import (
    NGRAM_MAX,
    STYLE_FEATURE,
    CutText,
    StyleMeasure,
    StyleModel,
    token_spans,
)
from trustscore.errors import FeatureMismatch, ModelFormatError

FORMAT = "trustscore-model"
FORMAT_VERSION = 2
"""Version 2 added ``labels`` (the label cut-offs, from the training data)."""

HIGH_MIN_FLOOR = 0.50
"""Lowest possible 'high' cut-off: 'high' needs the article to be more likely reliable than not,
even for a model trained on data where most articles are unreliable (see high_cut_off)."""
LOW_MAX = 0.40
"""Probability below which the label is 'low': the model finds the article more likely than not
unreliable, with a margin of 0.1 so coin-flip cases stay 'mixed'."""


def high_cut_off(reliable_share: float) -> float:
    """The 'high' cut-off of a model trained with this share of label 1: at or above it, an
    article looks more reliable than the average training article (and is more likely reliable
    than not: never below HIGH_MIN_FLOOR). Stored in the model file as labels.high_min."""
    return max(float(reliable_share), HIGH_MIN_FLOOR)


STYLE_EVIDENCE_GRAMS = 5
"""The style explanation names this many n-grams (those that moved the score most its way)."""
STYLE_SPANS_PER_GRAM = 2
"""Evidence spans per named n-gram (its first occurrences; ten spans at most in all)."""
BASELINE = "baseline"
"""Name of the explanation entry holding the model's starting point (before any signal)."""

MAX_MODEL_BYTES = 5 * 1024 * 1024
"""Model files larger than this are refused unread (a linear model is a few kilobytes)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Calibration(_Strict):
    """Platt scaling of the logit: p = sigmoid(slope * logit + intercept)."""

    method: Literal["platt"]
    slope: float
    intercept: float


class Scaler(_Strict):
    """Standardisation: z = (x - mean) / scale."""

    mean: list[float]
    scale: list[float]

    @field_validator("scale")
    @classmethod
    def _positive(cls, value: list[float]) -> list[float]:
        if any(s <= 0 for s in value):
            raise ValueError("scales must be positive")
        return value


class Labels(_Strict):
    """Label cut-offs: 'high' at or above high_min, 'low' below low_max, else 'mixed'."""

    high_min: float
    low_max: float


class Style(_Strict):
    """The style component: n-gram vocabulary, IDF, weights and intercept of the style logit."""

    ngram_max: int
    vocabulary: list[str]
    """N-grams as their tokens joined by single spaces."""
    idf: list[float]
    weights: list[float]
    intercept: float


class ModelFile(_Strict):
    """The JSON model format (version 2); see docs/model-card.md."""

    format: Literal["trustscore-model"]
    format_version: int
    name: str
    version: str
    estimates: str
    features: list[str]
    impute: list[float]
    scaler: Scaler
    coefficients: list[float]
    intercept: float
    calibration: Calibration
    labels: Labels
    style: Style | None
    metadata: dict[str, Any] = Field(default_factory=dict)
    checksum: str


class ScoreResult(NamedTuple):
    """What Scorer.score returns."""

    probability: float
    score: float
    label: Literal["high", "mixed", "low"]
    explanations: list[Explanation]


def canonical_json(body: Mapping[str, Any]) -> str:
    """The serialisation the checksum is computed over (sorted keys, no spaces, no NaN)."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def checksum(body: Mapping[str, Any]) -> str:
    """'sha256:<hex>' of the canonical JSON of a model file without its checksum field."""
    content = {k: v for k, v in body.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(canonical_json(content).encode()).hexdigest()


def _finite(values: list[float], what: str) -> None:
    if not all(math.isfinite(v) for v in values):
        raise ModelFormatError(f"model file: {what} holds a non-finite number")


def label_for(
    probability: float, high_min: float, low_max: float = LOW_MAX
) -> Literal["high", "mixed", "low"]:
    """'high', 'mixed' or 'low' by a model's cut-offs (see high_cut_off and LOW_MAX)."""
    if probability >= high_min:
        return "high"
    if probability < low_max:
        return "low"
    return "mixed"


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Scorer:
    """A loaded, validated model: turns signals into a calibrated score with explanations."""

    model: ModelFile
    style: StyleModel | None = None
    """The style component (None when the model has none)."""

    @classmethod
    def from_dict(cls, data: object) -> Scorer:
        """Validate a parsed model file (format, checksum, numbers, feature names)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelFormatError("not a trustscore model file (no 'format': 'trustscore-model')")
        if data.get("format_version") != FORMAT_VERSION:
            raise ModelFormatError(
                f"model format version {data.get('format_version')!r} is not supported "
                f"(this trustscore reads version {FORMAT_VERSION})"
            )
        try:
            expected = checksum(data)
        except (TypeError, ValueError) as exc:
            raise ModelFormatError(f"model file cannot be serialised: {exc}") from None
        if data.get("checksum") != expected:
            raise ModelFormatError("model file checksum does not match: the file was modified")
        try:
            model = ModelFile.model_validate(data)
        except ValidationError as exc:
            raise ModelFormatError(f"invalid model file: {exc}") from None
        n = len(model.features)
        sizes = (len(model.impute), len(model.scaler.mean), len(model.scaler.scale))
        if any(size != n for size in (*sizes, len(model.coefficients))):
            raise ModelFormatError("model file: feature, scaler and coefficient lengths differ")
        for values, what in (
            (model.impute, "impute"),
            (model.scaler.mean, "scaler.mean"),
            (model.scaler.scale, "scaler.scale"),
            (model.coefficients, "coefficients"),
            ([model.intercept, model.calibration.slope, model.calibration.intercept], "scalars"),
        ):
            _finite(values, what)
        labels = model.labels
        if not 0.0 < labels.low_max < labels.high_min < 1.0:
            raise ModelFormatError("model file: labels need 0 < low_max < high_min < 1")
        names = (*FEATURE_NAMES, *((STYLE_FEATURE,) if model.style else ()))
        if model.style is not None:
            _check_style(model.style)
        if tuple(model.features) != names:
            missing = sorted(set(names) - set(model.features))
            extra = sorted(set(model.features) - set(names))
            raise FeatureMismatch(
                "the model's features differ from this trustscore's features "
                f"(missing: {missing}, unknown: {extra}, or a different order); "
                "retrain it with `trustscore train`"
            )
        style = model.style
        if style is None:
            return cls(model)._loaded()
        texts = tuple(style.vocabulary)
        return cls(
            model, StyleModel(texts, tuple(style.idf), tuple(style.weights), style.intercept)
        )._loaded()

    @classmethod
    def load(cls, path: str | Path) -> Scorer:
        """Load a model file written by `trustscore train` (JSON; never executes code)."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_MODEL_BYTES:
                raise ModelFormatError(f"{path}: larger than {MAX_MODEL_BYTES} bytes")
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelFormatError(f"cannot read model file {path}: {exc}") from None
        return cls.loads(text)

    @classmethod
    def loads(cls, text: str) -> Scorer:
        """Parse and validate a model from its JSON text."""
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            raise ModelFormatError(f"model file is not valid JSON: {exc}") from None
        return cls.from_dict(data)

    @classmethod
    def default(cls) -> Scorer:
        """The model bundled with trustscore (trustscore/models/default.json)."""
        return _default_scorer()

    @property
    def info(self) -> ModelInfo:
        """Name, version and what the probability estimates, for the report."""
        return ModelInfo(
            name=self.model.name, version=self.model.version, estimates=self.model.estimates
        )

    def logit_parts(
        self, inputs: Mapping[str, SignalValue], text: str | None = None
    ) -> tuple[float, list[float]]:
        """Baseline and per-feature contributions on the calibrated logit scale.

        text is the article body (body.text), read by the style component; without it the
        style input is missing (imputed with its training mean: it contributes nothing)."""
        style_value = self.style.logit(text) if self.style and text is not None else None
        return self._parts(inputs, style_value)

    def _parts(
        self, inputs: Mapping[str, SignalValue], style_value: float | None
    ) -> tuple[float, list[float]]:
        contributions, _ = self._plan.contributions(inputs, style_value)
        return self._baseline, contributions

    def probability(self, inputs: Mapping[str, SignalValue], text: str | None = None) -> float:
        """Calibrated probability for raw feature inputs (signals plus report values) and, for
        a model with a style component, the body text."""
        baseline, contributions = self.logit_parts(inputs, text)
        return _sigmoid(baseline + math.fsum(contributions))

    def score(self, report_or_signals: TrustReport | Mapping[str, SignalValue]) -> ScoreResult:
        """Probability, score (0-100), label and explanations for a report or a signal dict."""
        text = None
        if isinstance(report_or_signals, TrustReport):
            inputs = feature_inputs(report_or_signals)
            evidence = report_or_signals.evidence
            text = report_or_signals.body.text
        else:
            inputs = dict(report_or_signals)
            evidence = {}
        style_value: float | None = None
        measured: tuple[CutText, StyleMeasure] | None = None
        if self.style is not None and text is not None:
            measured = self.style.measure_text(text)
            style_value = measured[1].logit
        contributions, totals = self._plan.contributions(inputs, style_value)
        baseline = self._baseline
        probability = _sigmoid(baseline + math.fsum(contributions))
        entries = self._plan.entries(inputs, totals, evidence)
        if self.style is not None:
            entries.append(self._style_entry(totals[-1], measured))
        # Strongest first (ties: by name; names are unique, so the entries are never compared).
        ranked = sorted([(-abs(e["contribution"]), e["signal"], e) for e in entries])
        entries = [e for _, _, e in ranked]
        entries.append(
            {
                "signal": BASELINE,
                "value": None,
                "contribution": baseline,
                "direction": "neutral",
                "message": "The model's starting point before any signal is counted.",
            }
        )
        if isinstance(report_or_signals, TrustReport):  # values and spans validated with it
            explanations = trusted_explanations(entries)
        else:  # one validation call for the whole list (half the time of one per entry)
            explanations = _explanation_list().validate_python(entries)
        labels = self.model.labels
        label = label_for(probability, labels.high_min, labels.low_max)
        return ScoreResult(probability, 100.0 * probability, label, explanations)

    def gram_contributions(self, shares: Mapping[int, float]) -> dict[str, float]:
        """Each present n-gram's contribution to the calibrated logit (by its text).

        The style entry's contribution is their sum plus a constant (the style intercept's and
        the training mean's share), so the n-grams say exactly what moved it."""
        if self.style is None:
            return {}
        factor = self._style_factor()
        vocabulary = self._style_vocabulary()
        return {vocabulary[j]: factor * share for j, share in shares.items()}

    def _style_factor(self) -> float:
        """Calibrated-logit change per unit of the style logit (the style input is last)."""
        model = self.model
        return model.calibration.slope * model.coefficients[-1] / model.scaler.scale[-1]

    def _style_vocabulary(self) -> list[str]:
        return self.model.style.vocabulary if self.model.style else []

    @cached_property
    def _plan(self) -> ScoringPlan:
        """The model's per-input constants (built once; see trustscore._scoring_plan)."""
        model = self.model
        return ScoringPlan.build(
            model.calibration.slope,
            model.coefficients,
            model.scaler.mean,
            model.scaler.scale,
            model.impute,
            style=self.style is not None,
        )

    @cached_property
    def _baseline(self) -> float:
        """The calibrated logit before any signal: cal_slope * intercept + cal_intercept."""
        model = self.model
        return model.calibration.slope * model.intercept + model.calibration.intercept

    def _loaded(self) -> Scorer:
        """This scorer with its per-input constants computed (done once, when loading)."""
        self._plan  # noqa: B018 (builds the cached constants)
        if self.style is not None:
            self.style.prepare()
        return self

    def _style_entry(
        self, contribution: float, measured: tuple[CutText, StyleMeasure] | None
    ) -> dict[str, Any]:
        """The style input's explanation (as Explanation fields)."""
        way = direction(contribution)
        if measured is None or self.style is None:
            message = "Style n-grams: not measured (no body text); barely changes the score."
            return {
                "signal": STYLE_FEATURE,
                "value": None,
                "contribution": contribution,
                "direction": way,
                "message": message,
            }
        # An n-gram's contribution is factor * share (gram_contributions); keep the strongest
        # of those pointing the entry's way (ties: in the order of shares).
        cut, style = measured
        factor = self._style_factor()
        sign = factor if contribution >= 0 else -factor
        texts = self.style.texts
        top = style.strongest(sign, STYLE_EVIDENCE_GRAMS)
        quoted = ", ".join(f"'{texts[j]}'" for j in top) or "none"
        message = (
            "Style n-grams (function words and punctuation; other words masked as w, C, A, 0): "
            f"strongest {quoted}; {EFFECT[way]} the score."
        )
        lengths = [texts[j].count(" ") + 1 for j in top]  # tokens per n-gram
        wanted = [
            (i, i + n - 1)
            for j, n in zip(top, lengths, strict=True)
            for i in style.starts(j, n, STYLE_SPANS_PER_GRAM)
        ]
        text, spans = cut.text, token_spans(cut, wanted)
        return {
            "signal": STYLE_FEATURE,
            "value": style.logit,
            "contribution": contribution,
            "direction": way,
            "message": message,
            "evidence": [trusted_span(a, b, text[a:b]) for a, b in spans],
        }


MIN_SCORED_WORDS = MIN_WORDS
"""Bodies shorter than this get no score: the models are trained only on articles of at least
this many words, and a section front or a failed extraction is not an article to judge."""


def apply_scorer(scorer: Scorer, report: TrustReport) -> TrustReport:
    """The report with score, probability, label, model and explanations filled in."""
    words = report.body.word_count
    note = None
    if words < MIN_SCORED_WORDS:
        note = (
            f"not scored: the article body has {words} words; scores are only given to "
            f"articles of {MIN_SCORED_WORDS} words or more (the length the model was trained on)"
        )
    elif report.signals.get("is_english") is False:
        note = (
            "not scored: the text does not look English (docs/signals.md, Language); the "
            "model was trained on English articles only"
        )
    if note is not None:
        return report.model_copy(
            update={"model": scorer.info, "warnings": [*report.warnings, note]}
        )
    result = scorer.score(report)
    return report.model_copy(
        update={
            "score": result.score,
            "probability": result.probability,
            "label": result.label,
            "model": scorer.info,
            "explanations": result.explanations,
        }
    )


@cache
def _explanation_list() -> TypeAdapter[list[Explanation]]:
    return TypeAdapter(list[Explanation])


def _check_style(style: Style) -> None:
    if style.ngram_max != NGRAM_MAX:
        raise ModelFormatError(
            f"model file: style n-grams of up to {style.ngram_max} tokens; this trustscore "
            f"counts up to {NGRAM_MAX}: retrain it with `trustscore train`"
        )
    n = len(style.vocabulary)
    if len(style.idf) != n or len(style.weights) != n or len(set(style.vocabulary)) != n:
        raise ModelFormatError("model file: style vocabulary, idf and weights differ in length")
    for gram in style.vocabulary:
        parts = gram.split(" ")
        if not 1 <= len(parts) <= NGRAM_MAX or not all(parts):
            raise ModelFormatError(f"model file: bad style n-gram {gram!r}")
    _finite([*style.idf, *style.weights, style.intercept], "style")


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in a model file")


@lru_cache(maxsize=1)
def _default_scorer() -> Scorer:
    text = (
        resources.files("trustscore").joinpath("models").joinpath("default.json").read_text("utf-8")
    )
    return Scorer.loads(text)
