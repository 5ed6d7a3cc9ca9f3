"""A loaded model's per-feature constants, computed once, and the signal explanations they give.

Scoring an article turns each declared input into its contribution to the calibrated logit,
``slope * coef * (x - mean) / scale`` (see :mod:`trustscore._model`), and each signal into one
explanation entry. Everything that does not depend on the article is computed here once per
model: ``slope * coef`` (the first product of that expression, so the remaining operations and
their order are unchanged and every number is the same bit for bit), the contribution of an
imputed (missing) value and of both values of a missing-value indicator, and the start of each
explanation message. Scoring is then one pass over the inputs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from trustscore._features import FEATURE_SPECS, Transform, transform_value
from trustscore._report import Explanation, SignalValue, Span

NEUTRAL_CONTRIBUTION = 0.01
"""Contributions smaller than this (in logits, about 0.25 points of score at p=0.5) are
'neutral': too small to move the score visibly."""

Direction = Literal["raises", "lowers", "neutral"]
M = TypeVar("M", bound=BaseModel)

EFFECT: Mapping[Direction, str] = {
    "raises": "raises",
    "lowers": "lowers",
    "neutral": "barely changes",
}
"""How each direction reads in an explanation message."""


def direction(contribution: float) -> Direction:
    """'raises', 'lowers' or 'neutral' (smaller than NEUTRAL_CONTRIBUTION either way)."""
    if contribution >= NEUTRAL_CONTRIBUTION:
        return "raises"
    if contribution <= -NEUTRAL_CONTRIBUTION:
        return "lowers"
    return "neutral"


def format_value(value: SignalValue) -> str:
    """A signal's value as an explanation message shows it."""
    if value is None:
        return "not measured"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3g}"


def message_start(description: str) -> str:
    """The start of a signal's explanation message: its description as a sentence, a colon."""
    return description[:1].upper() + description[1:] + ": "


_ENDINGS: Mapping[Direction, str] = {key: f"; {EFFECT[key]} the score." for key in EFFECT}


def signal_entry(
    name: str, start: str, value: SignalValue, contribution: float, spans: Sequence[Span]
) -> dict[str, Any]:
    """One signal's explanation (as Explanation fields); start is its message_start."""
    way = direction(contribution)
    return {
        "signal": name,
        "value": value,
        "contribution": contribution,
        "direction": way,
        "message": start + format_value(value) + _ENDINGS[way],
        "evidence": list(spans),
    }


@dataclass(frozen=True)
class _Input:
    """One declared input: its feature's constants and, if it has one, its indicator's."""

    name: str
    transform: Transform
    scaled: float
    """slope * coef of the value feature."""
    mean: float
    scale: float
    if_missing: float
    """The value feature's contribution when the input is missing (its imputed value's)."""
    indicator: tuple[float, float] | None
    """The indicator feature's contribution when the input is missing and when it is present
    (None: the input has no indicator)."""
    start: str
    """Start of its explanation message."""


def _contribution(scaled: float, value: float, mean: float, scale: float) -> float:
    # slope * coef * (value - mean) / scale, with slope * coef computed once as scaled.
    return scaled * (value - mean) / scale


@dataclass(frozen=True)
class ScoringPlan:
    """A model's per-input constants (see the module docstring)."""

    inputs: tuple[_Input, ...]
    style: tuple[float, float, float, float] | None
    """slope * coef, mean, scale and imputed value of the style input (the last feature)."""

    @classmethod
    def build(
        cls,
        slope: float,
        coefficients: Sequence[float],
        mean: Sequence[float],
        scale: Sequence[float],
        fill: Sequence[float],
        *,
        style: bool,
    ) -> ScoringPlan:
        """The plan of a model whose features are FEATURE_NAMES (plus the style input)."""
        scaled = [slope * c for c in coefficients]
        inputs, i = [], 0
        for spec in FEATURE_SPECS:
            indicator = None
            if spec.can_be_missing:
                k, m, s = scaled[i + 1], mean[i + 1], scale[i + 1]
                indicator = (_contribution(k, 1.0, m, s), _contribution(k, 0.0, m, s))
            inputs.append(
                _Input(
                    name=spec.name,
                    transform=spec.transform,
                    scaled=scaled[i],
                    mean=mean[i],
                    scale=scale[i],
                    if_missing=_contribution(scaled[i], fill[i], mean[i], scale[i]),
                    indicator=indicator,
                    start=message_start(spec.description),
                )
            )
            i += 2 if spec.can_be_missing else 1
        extra = (scaled[i], mean[i], scale[i], fill[i]) if style else None
        return cls(tuple(inputs), extra)

    def contributions(
        self, inputs: Mapping[str, SignalValue], style_value: float | None
    ) -> tuple[list[float], list[float]]:
        """Each feature's contribution (feature order) and each input's (its features' sum,
        counted from 0.0 as a running total; declared order, the style input last)."""
        features: list[float] = []
        totals: list[float] = []
        add, total = features.append, totals.append
        get = inputs.get
        for spec in self.inputs:
            x = transform_value(get(spec.name), spec.transform)
            if x is None:
                c = spec.if_missing
            else:
                c = _contribution(spec.scaled, x, spec.mean, spec.scale)
            add(c)
            if spec.indicator is None:
                total(0.0 + c)
                continue
            flag = spec.indicator[0] if x is None else spec.indicator[1]
            add(flag)
            total(0.0 + c + flag)
        if self.style is not None:
            scaled, mean, scale, fill = self.style
            value = fill if style_value is None else style_value
            c = _contribution(scaled, value, mean, scale)
            add(c)
            total(0.0 + c)
        return features, totals

    def entries(
        self,
        inputs: Mapping[str, SignalValue],
        totals: Sequence[float],
        evidence: Mapping[str, Sequence[Span]],
    ) -> list[dict[str, Any]]:
        """The explanation entries of the declared inputs (not the style input)."""
        get, spans = inputs.get, evidence.get
        return [
            signal_entry(spec.name, spec.start, get(spec.name), total, spans(spec.name, ()))
            for spec, total in zip(self.inputs, totals, strict=False)
        ]


_new, _set = object.__new__, object.__setattr__
_SPAN_FIELDS = tuple(Span.model_fields)


def _constructed(cls: type[M], values: dict[str, Any], given: set[str]) -> M:
    """An instance of cls holding values (every field, in field order), given as set."""
    instance = _new(cls)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", given)
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def trusted_span(start: int, end: int, text: str) -> Span:
    """A Span of numbers and text computed here (valid by construction), not validated."""
    return _constructed(Span, {"start": start, "end": end, "text": text}, set(_SPAN_FIELDS))


def trusted_explanations(entries: Sequence[dict[str, Any]]) -> list[Explanation]:
    """Explanations of entries whose values are already valid: a validated report's signal
    values and Span evidence, numbers and messages computed here (Span evidence only). What
    pydantic's model_construct does (fields given, evidence defaulting to an empty list)
    without its per-field loop; a test checks they equal validated ones."""
    built = []
    for entry in entries:
        given = set(entry)
        values = entry if "evidence" in entry else {**entry, "evidence": []}
        built.append(_constructed(Explanation, values, given))
    return built
