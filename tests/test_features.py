"""The feature vector: names, transforms and explicit missing values."""

import json
import math
from pathlib import Path

import pytest

import trustscore
from trustscore._features import (
    FEATURE_NAMES,
    FEATURE_SPECS,
    MISSING_SUFFIX,
    REPORT_VALUES,
    FeatureSpec,
    feature_inputs,
    feature_names,
    impute,
    raw_vector,
    source_of,
)
from trustscore._pipeline import report_for

GOLDEN = Path(__file__).parent.parent / "fixtures" / "feature_names.json"

SPECS = (
    FeatureSpec("count", "log1p", "a count"),
    FeatureSpec("ratio", "identity", "a ratio", can_be_missing=True),
    FeatureSpec("flag", "flag", "a flag", can_be_missing=True),
)


def test_feature_names_match_golden_file() -> None:
    assert list(FEATURE_NAMES) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_feature_names_are_unique() -> None:
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_indicator_follows_its_feature() -> None:
    assert feature_names(SPECS) == (
        "count",
        "ratio",
        "ratio" + MISSING_SUFFIX,
        "flag",
        "flag" + MISSING_SUFFIX,
    )


def test_transforms() -> None:
    vector = raw_vector({"count": 9, "ratio": 0.25, "flag": True}, SPECS)
    assert vector == [math.log1p(9), 0.25, 0.0, 1.0, 0.0]


def test_negative_count_is_clipped_to_zero_before_log() -> None:
    assert raw_vector({"count": -3, "ratio": 0.0, "flag": False}, SPECS)[0] == 0.0


def test_missing_values_are_none_with_indicator_set() -> None:
    vector = raw_vector({"count": 1}, SPECS)
    assert vector[1] is None and vector[2] == 1.0
    assert vector[3] is None and vector[4] == 1.0


def test_explicit_none_is_missing() -> None:
    assert raw_vector({"count": 1, "ratio": None, "flag": None}, SPECS)[1:] == [
        None,
        1.0,
        None,
        1.0,
    ]


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_values_are_missing(bad: float) -> None:
    assert raw_vector({"count": 1, "ratio": bad, "flag": 0}, SPECS)[1:3] == [None, 1.0]


def test_impute_replaces_only_missing_values() -> None:
    assert impute([None, 2.0, None], (7.0, 8.0, 9.0)) == [7.0, 2.0, 9.0]


def test_source_of_strips_indicator_suffix() -> None:
    assert source_of("ratio" + MISSING_SUFFIX) == "ratio"
    assert source_of("ratio") == "ratio"


def test_every_feature_input_is_produced_by_the_pipeline() -> None:
    report = report_for(trustscore.parse("Title here\n\nOne paragraph of text.\n\nAnother one."))
    inputs = feature_inputs(report)
    for spec in FEATURE_SPECS:
        assert spec.name in inputs, spec.name


def test_report_values_are_read_from_the_report() -> None:
    report = report_for(trustscore.parse("Title here\n\nOne two three.\n\nFour five."))
    inputs = feature_inputs(report)
    assert inputs["body_word_count"] == report.body.word_count
    assert inputs["paragraph_count"] == len(report.body.paragraphs)


def test_signals_take_precedence_over_report_values() -> None:
    report = report_for(trustscore.parse("Title here\n\nOne two three."))
    report = report.model_copy(update={"signals": {"body_word_count": 99}})
    assert feature_inputs(report)["body_word_count"] == 99


def test_every_report_value_has_a_spec_or_is_unused_by_name() -> None:
    declared = {spec.name for spec in FEATURE_SPECS}
    assert set(REPORT_VALUES) <= declared


def test_mean_paragraph_words_is_missing_without_paragraphs() -> None:
    report = report_for(trustscore.parse("<html><body><img src='a.png'></body></html>"))
    assert feature_inputs(report)["mean_paragraph_words"] is None
