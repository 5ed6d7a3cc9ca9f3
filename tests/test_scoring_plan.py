"""The scoring plan's contributions equal the model formula computed step by step, bit for bit."""

import math
from pathlib import Path

import pytest

import trustscore
from trustscore import Scorer
from trustscore._features import FEATURE_SPECS, feature_inputs, impute, raw_vector, source_of
from trustscore._report import SignalValue
from trustscore._scoring_plan import direction, format_value, message_start, signal_entry

ROOT = Path(__file__).resolve().parent.parent


def _reference(
    scorer: Scorer, inputs: dict[str, SignalValue], style_value: float | None
) -> tuple[list[float], dict[str, float]]:
    """slope * coef * (x - mean) / scale of every feature, and their sums per input."""
    model = scorer.model
    raw = raw_vector(inputs)
    if scorer.style is not None:
        raw.append(style_value)
    values = impute(raw, tuple(model.impute))
    slope = model.calibration.slope
    features = [
        slope * c * (v - m) / s
        for c, v, m, s in zip(
            model.coefficients, values, model.scaler.mean, model.scaler.scale, strict=True
        )
    ]
    totals: dict[str, float] = {}
    for name, c in zip(model.features, features, strict=True):
        totals[source_of(name)] = totals.get(source_of(name), 0.0) + c
    return features, totals


def _odd_inputs() -> list[dict[str, SignalValue]]:
    names = [spec.name for spec in FEATURE_SPECS]
    odd: list[SignalValue] = [None, 0, -3, 2.5, True, False, math.nan, math.inf, -0.0, 1e300]
    return [{}, *({name: value for name in names} for value in odd)]


def _fixture_inputs() -> list[dict[str, SignalValue]]:
    pages = sorted((ROOT / "fixtures").glob("*.html"))[:4]
    return [feature_inputs(trustscore.analyze(page.read_bytes())) for page in pages]


@pytest.mark.parametrize("style_value", [None, 0.0, -1.25, 3.5])
def test_contributions_equal_the_formula_bit_for_bit(style_value: float | None) -> None:
    scorer = Scorer.default()
    for inputs in [*_odd_inputs(), *_fixture_inputs()]:
        features, totals = scorer._plan.contributions(inputs, style_value)
        expected, by_input = _reference(scorer, inputs, style_value)
        assert [repr(c) for c in features] == [repr(c) for c in expected]  # -0.0 included
        assert [repr(t) for t in totals] == [repr(t) for t in by_input.values()]


def test_signal_entries_read_like_sentences() -> None:
    start = message_start("number of paragraphs")
    entry = signal_entry("paragraph_count", start, 7, -0.5, [])
    assert entry["message"] == "Number of paragraphs: 7; lowers the score."
    assert entry["direction"] == direction(-0.5) == "lowers"
    assert format_value(None) == "not measured" and format_value(True) == "yes"
    assert format_value(0.123456) == "0.123" and format_value(3) == "3"
    assert direction(0.001) == "neutral" and direction(0.5) == "raises"


def test_trusted_explanations_equal_validated_ones() -> None:
    import pickle

    from pydantic import TypeAdapter, ValidationError

    from trustscore._report import Explanation, Span
    from trustscore._scoring_plan import trusted_explanations, trusted_span

    scorer = Scorer.default()
    adapter = TypeAdapter(list[Explanation])
    for page in sorted((ROOT / "fixtures").glob("*.html"))[:5]:
        report = trustscore.analyze(page.read_bytes())
        built = scorer.score(report).explanations
        entries = [{k: getattr(e, k) for k in e.model_fields_set} for e in built]
        validated = adapter.validate_python(entries)
        assert trusted_explanations(entries) == validated == built
        for mine, theirs in zip(built, validated, strict=True):
            assert mine.model_fields_set == theirs.model_fields_set
            assert mine.model_dump_json() == theirs.model_dump_json()
            assert pickle.loads(pickle.dumps(mine)) == theirs
            with pytest.raises(ValidationError):
                mine.signal = "changed"  # type: ignore[misc]  # frozen like the validated ones
    span = trusted_span(2, 5, "abc")
    assert span == Span(start=2, end=5, text="abc")
    assert span.model_fields_set == {"start", "end", "text"}
