"""Scoring: a trained model in a safe JSON format, its calibrated score and exact explanations.

The model is a standardised logistic regression with Platt calibration on top, stored as plain
numbers (never pickle, never code). For an article with standardised features ``z``::

    logit      = intercept + sum(coef[i] * z[i])
    calibrated = cal_slope * logit + cal_intercept
    probability = 1 / (1 + exp(-calibrated))

Each signal's contribution is ``cal_slope * coef[i] * z[i]`` summed over its features, and the
``baseline`` is ``cal_slope * intercept + cal_intercept``: baseline plus contributions equal the
calibrated logit exactly. Scoring is pure Python (no numpy or scikit-learn import), so loading
and scoring stay fast; training lives in :mod:`trustscore._train`.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trustscore._data import MIN_WORDS
from trustscore._features import (
    FEATURE_NAMES,
    SPEC_BY_NAME,
    feature_inputs,
    impute,
    raw_vector,
    source_of,
)
from trustscore._report import Explanation, ModelInfo, SignalValue, Span, TrustReport
from trustscore.errors import FeatureMismatch, ModelFormatError

FORMAT = "trustscore-model"
FORMAT_VERSION = 1

HIGH_MIN = 0.70
"""Probability at or above which the label is 'high'. Above the share of reliable articles in
the training data (about 0.7), so 'high' means more reliable-looking than the average article."""
LOW_MAX = 0.40
"""Probability below which the label is 'low': the model finds the article more likely than not
unreliable, with a margin of 0.1 so coin-flip cases stay 'mixed'."""
NEUTRAL_CONTRIBUTION = 0.01
"""Contributions smaller than this (in logits, about 0.25 points of score at p=0.5) are
'neutral': too small to move the score visibly."""

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


class ModelFile(_Strict):
    """The JSON model format (version 1); see docs/model-card.md."""

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


def label_for(probability: float) -> Literal["high", "mixed", "low"]:
    """'high', 'mixed' or 'low' by the documented cut-offs HIGH_MIN and LOW_MAX."""
    if probability >= HIGH_MIN:
        return "high"
    if probability < LOW_MAX:
        return "low"
    return "mixed"


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _format_value(value: SignalValue) -> str:
    if value is None:
        return "not measured"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3g}"


@dataclass(frozen=True)
class Scorer:
    """A loaded, validated model: turns signals into a calibrated score with explanations."""

    model: ModelFile

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
        if tuple(model.features) != FEATURE_NAMES:
            missing = sorted(set(FEATURE_NAMES) - set(model.features))
            extra = sorted(set(model.features) - set(FEATURE_NAMES))
            raise FeatureMismatch(
                "the model's features differ from this trustscore's features "
                f"(missing: {missing}, unknown: {extra}, or a different order); "
                "retrain it with `trustscore train`"
            )
        return cls(model)

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

    def logit_parts(self, inputs: Mapping[str, SignalValue]) -> tuple[float, list[float]]:
        """Baseline and per-feature contributions on the calibrated logit scale."""
        model = self.model
        values = impute(raw_vector(inputs), tuple(model.impute))
        slope = model.calibration.slope
        contributions = [
            slope * c * (v - m) / s
            for c, v, m, s in zip(
                model.coefficients, values, model.scaler.mean, model.scaler.scale, strict=True
            )
        ]
        baseline = slope * model.intercept + model.calibration.intercept
        return baseline, contributions

    def probability(self, inputs: Mapping[str, SignalValue]) -> float:
        """Calibrated probability for raw feature inputs (signals plus report values)."""
        baseline, contributions = self.logit_parts(inputs)
        return _sigmoid(baseline + math.fsum(contributions))

    def score(self, report_or_signals: TrustReport | Mapping[str, SignalValue]) -> ScoreResult:
        """Probability, score (0-100), label and explanations for a report or a signal dict."""
        if isinstance(report_or_signals, TrustReport):
            inputs = feature_inputs(report_or_signals)
            evidence = report_or_signals.evidence
        else:
            inputs = dict(report_or_signals)
            evidence = {}
        baseline, contributions = self.logit_parts(inputs)
        probability = _sigmoid(baseline + math.fsum(contributions))
        by_source: dict[str, float] = {}
        for name, contribution in zip(self.model.features, contributions, strict=True):
            key = source_of(name)
            by_source[key] = by_source.get(key, 0.0) + contribution
        explanations = [
            _explain(name, inputs.get(name), total, evidence.get(name, []))
            for name, total in by_source.items()
        ]
        explanations.sort(key=lambda e: (-abs(e.contribution), e.signal))
        explanations.append(
            Explanation(
                signal=BASELINE,
                value=None,
                contribution=baseline,
                direction="neutral",
                message="The model's starting point before any signal is counted.",
            )
        )
        return ScoreResult(probability, 100.0 * probability, label_for(probability), explanations)


MIN_SCORED_WORDS = MIN_WORDS
"""Bodies shorter than this get no score: the models are trained only on articles of at least
this many words, and a section front or a failed extraction is not an article to judge."""


def apply_scorer(scorer: Scorer, report: TrustReport) -> TrustReport:
    """The report with score, probability, label, model and explanations filled in."""
    words = report.body.word_count
    if words < MIN_SCORED_WORDS:
        note = (
            f"not scored: the article body has {words} words; scores are only given to "
            f"articles of {MIN_SCORED_WORDS} words or more (the length the model was trained on)"
        )
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


def _explain(name: str, value: SignalValue, contribution: float, spans: list[Span]) -> Explanation:
    if contribution >= NEUTRAL_CONTRIBUTION:
        direction: Literal["raises", "lowers", "neutral"] = "raises"
    elif contribution <= -NEUTRAL_CONTRIBUTION:
        direction = "lowers"
    else:
        direction = "neutral"
    spec = SPEC_BY_NAME[name]
    effect = {"raises": "raises", "lowers": "lowers", "neutral": "barely changes"}[direction]
    what = spec.description[:1].upper() + spec.description[1:]
    message = f"{what}: {_format_value(value)}; {effect} the score."
    return Explanation(
        signal=name,
        value=value,
        contribution=contribution,
        direction=direction,
        message=message,
        evidence=list(spans),
    )


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in a model file")


@lru_cache(maxsize=1)
def _default_scorer() -> Scorer:
    text = (
        resources.files("trustscore").joinpath("models").joinpath("default.json").read_text("utf-8")
    )
    return Scorer.loads(text)
