"""Scorer: the safe model format, tamper and mismatch rejection, scores and explanations."""

import json
import math
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import trustscore
from trustscore import Scorer
from trustscore._features import FEATURE_NAMES, MISSING_SUFFIX
from trustscore._model import (
    BASELINE,
    FORMAT_VERSION,
    HIGH_MIN_FLOOR,
    LOW_MAX,
    checksum,
    high_cut_off,
    label_for,
)
from trustscore._report import Span
from trustscore._style import STYLE_FEATURE, StyleMeasure
from trustscore.errors import FeatureMismatch, ModelFormatError

MODELS = Path(__file__).parent.parent / "trustscore" / "models"


def model_dict(**overrides: Any) -> dict[str, Any]:
    """A valid model file (as a dict) with simple numbers, checksum recomputed."""
    n = len(FEATURE_NAMES)
    body: dict[str, Any] = {
        "format": "trustscore-model",
        "format_version": FORMAT_VERSION,
        "name": "test",
        "version": "1",
        "estimates": "a test",
        "features": list(FEATURE_NAMES),
        "impute": [1.0] * n,
        "scaler": {"mean": [1.0] * n, "scale": [2.0] * n},
        "coefficients": [0.5 * (i + 1) for i in range(n)],
        "intercept": 0.25,
        "calibration": {"method": "platt", "slope": 0.8, "intercept": -0.1},
        "labels": {"high_min": 0.7, "low_max": LOW_MAX},
        "style": None,
        "metadata": {},
    }
    body.update(overrides)
    body["checksum"] = checksum(body)
    return body


def write(tmp_path: Path, body: object) -> Path:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_load_round_trip(tmp_path: Path) -> None:
    scorer = Scorer.load(write(tmp_path, model_dict()))
    assert scorer.info.name == "test"
    assert scorer.model.features == list(FEATURE_NAMES)


def test_tampered_number_is_rejected(tmp_path: Path) -> None:
    body = model_dict()
    body["coefficients"][0] = 99.0
    with pytest.raises(ModelFormatError, match="checksum"):
        Scorer.load(write(tmp_path, body))


def test_tampered_text_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, model_dict())
    path.write_text(path.read_text().replace('"test"', '"evil"', 1))
    with pytest.raises(ModelFormatError):
        Scorer.load(path)


def test_pickle_file_is_rejected_without_unpickling(tmp_path: Path) -> None:
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps({"format": "trustscore-model"}))
    with pytest.raises(ModelFormatError):
        Scorer.load(path)


@pytest.mark.parametrize(
    "content",
    ["", "[]", "null", '{"a": 1}', '{"format": "sklearn"}', "{" * 100_000, '{"x": NaN}'],
)
def test_foreign_files_are_rejected(tmp_path: Path, content: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content)
    with pytest.raises(ModelFormatError):
        Scorer.load(path)


def test_missing_file_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError):
        Scorer.load(tmp_path / "absent.json")


def test_unknown_format_version_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError, match="version"):
        Scorer.load(write(tmp_path, model_dict(format_version=FORMAT_VERSION + 1)))


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError):
        Scorer.load(write(tmp_path, model_dict(code="__import__('os')")))


def test_wrong_types_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError):
        Scorer.load(write(tmp_path, model_dict(intercept="0.25")))


def test_length_mismatch_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ModelFormatError, match="lengths"):
        Scorer.load(write(tmp_path, model_dict(coefficients=[1.0])))


def test_zero_scale_is_rejected(tmp_path: Path) -> None:
    n = len(FEATURE_NAMES)
    with pytest.raises(ModelFormatError):
        Scorer.load(write(tmp_path, model_dict(scaler={"mean": [0.0] * n, "scale": [0.0] * n})))


def test_other_feature_names_are_a_feature_mismatch(tmp_path: Path) -> None:
    names = [*FEATURE_NAMES[:-1], "some_future_signal"]
    with pytest.raises(FeatureMismatch, match="some_future_signal"):
        Scorer.load(write(tmp_path, model_dict(features=names)))


def test_other_feature_order_is_a_feature_mismatch(tmp_path: Path) -> None:
    with pytest.raises(FeatureMismatch):
        Scorer.load(write(tmp_path, model_dict(features=list(reversed(FEATURE_NAMES)))))


def test_probability_matches_the_documented_formula(tmp_path: Path) -> None:
    body = model_dict()
    scorer = Scorer.from_dict(body)
    inputs = {"body_word_count": 300, "paragraph_count": 6, "mean_paragraph_words": 50.0}
    x = [math.log1p(300), math.log1p(6), math.log1p(50.0), 0.0][: len(FEATURE_NAMES)]
    logit = body["intercept"] + sum(
        c * (v - 1.0) / 2.0 for c, v in zip(body["coefficients"], x, strict=False)
    )
    expected = 1 / (1 + math.exp(-(0.8 * logit - 0.1)))
    assert scorer.probability(inputs) == pytest.approx(expected, rel=1e-12)


def test_explanations_sum_to_the_calibrated_logit() -> None:
    scorer = Scorer.from_dict(model_dict())
    result = scorer.score({"body_word_count": 40, "paragraph_count": 2})
    total = sum(e.contribution for e in result.explanations)
    assert total == pytest.approx(math.log(result.probability / (1 - result.probability)))
    assert result.explanations[-1].signal == BASELINE
    assert result.score == pytest.approx(100 * result.probability)


def test_one_explanation_per_input_with_indicator_folded_in() -> None:
    result = Scorer.from_dict(model_dict()).score({})
    names = [e.signal for e in result.explanations]
    assert len(names) == len(set(names))
    assert not any(n.endswith(MISSING_SUFFIX) for n in names)


def test_explanations_are_sorted_by_size() -> None:
    result = Scorer.from_dict(model_dict()).score({"body_word_count": 5000})
    sizes = [abs(e.contribution) for e in result.explanations[:-1]]
    assert sizes == sorted(sizes, reverse=True)


def test_directions_follow_the_sign() -> None:
    for e in Scorer.from_dict(model_dict()).score({"body_word_count": 5000}).explanations[:-1]:
        expected = "raises" if e.contribution > 0 else "lowers"
        assert e.direction == expected or abs(e.contribution) < 0.01


def test_missing_input_is_reported_as_not_measured() -> None:
    result = Scorer.from_dict(model_dict()).score({})
    assert all("not measured" in e.message for e in result.explanations[:-1])


def test_evidence_spans_are_copied_from_the_report() -> None:
    report = trustscore.analyze("Title words here\n\nOne two three four.")
    span = Span(start=0, end=3, text=report.body.text[:3])
    report = report.model_copy(update={"evidence": {"body_word_count": [span]}})
    result = Scorer.from_dict(model_dict()).score(report)
    found = {e.signal: e.evidence for e in result.explanations}
    assert found["body_word_count"] == [span]


def test_label_cut_offs() -> None:
    assert label_for(0.7, 0.7) == "high"
    assert label_for(0.7 - 1e-9, 0.7) == "mixed"
    assert label_for(LOW_MAX, 0.7) == "mixed"
    assert label_for(LOW_MAX - 1e-9, 0.7) == "low"


def test_high_cut_off_is_the_training_share_of_reliable_articles() -> None:
    assert high_cut_off(0.81) == 0.81
    assert high_cut_off(0.2) == HIGH_MIN_FLOOR  # 'high' never means 'more likely unreliable'


def test_the_models_own_cut_offs_set_its_label() -> None:
    flat = {"coefficients": [0.0] * len(FEATURE_NAMES), "intercept": math.log(0.8 / 0.2)}
    flat["calibration"] = {"method": "platt", "slope": 1.0, "intercept": 0.0}
    strict = Scorer.from_dict(model_dict(labels={"high_min": 0.81, "low_max": LOW_MAX}, **flat))
    lenient = Scorer.from_dict(model_dict(labels={"high_min": 0.79, "low_max": LOW_MAX}, **flat))
    assert strict.score({}).probability == pytest.approx(0.8)
    assert (strict.score({}).label, lenient.score({}).label) == ("mixed", "high")


@pytest.mark.parametrize(
    "labels",
    [
        {"high_min": 0.4, "low_max": 0.6},
        {"high_min": 1.5, "low_max": 0.4},
        {"high_min": 0.7},
    ],
)
def test_inconsistent_label_cut_offs_are_rejected(tmp_path: Path, labels: object) -> None:
    with pytest.raises(ModelFormatError):
        Scorer.load(write(tmp_path, model_dict(labels=labels)))


ARTICLE = "A headline here\n\n" + "\n\n".join(
    f"Paragraph {i} says that the council met on Monday and agreed a plan for the river."
    for i in range(5)
)


def test_analyze_fills_score_with_default_model() -> None:
    report = trustscore.analyze(ARTICLE)
    assert report.probability is not None and 0 < report.probability < 1
    assert report.score == pytest.approx(100 * report.probability)
    assert report.label in {"high", "mixed", "low"}
    assert report.model is not None and report.model.name == "default"
    assert report.explanations


def test_analyze_uses_the_given_scorer() -> None:
    scorer = Scorer.from_dict(model_dict())
    report = trustscore.analyze(ARTICLE, scorer=scorer)
    assert report.model is not None and report.model.name == "test"
    assert report.probability == scorer.score(report).probability


def test_too_short_bodies_are_not_scored() -> None:
    from trustscore._model import MIN_SCORED_WORDS

    report = trustscore.analyze("A headline here\n\nSome paragraph of text.")
    assert report.body.word_count < MIN_SCORED_WORDS
    assert report.score is None and report.probability is None and report.label is None
    assert report.explanations == []
    assert any("not scored" in w for w in report.warnings)
    assert report.model is not None


GERMAN = (
    "Der Streik der Lokführer hat am Montag große Teile des Fernverkehrs lahmgelegt. Nach "
    "Angaben der Bahn fielen rund achtzig Prozent der Fernzüge aus, im Regionalverkehr etwa "
    "die Hälfte. Eine Sprecherin der Bahn bedauerte die Einschränkungen für die Fahrgäste. Die "
    "Gewerkschaft kündigte weitere Streiks für die kommende Woche an, falls das Unternehmen "
    "kein neues Angebot vorlegt. Pendler mussten auf Busse und Autos umsteigen, und auf den "
    "Autobahnen rund um die großen Städte bildeten sich am Morgen lange Staus."
)


def test_non_english_bodies_are_not_scored() -> None:
    report = trustscore.analyze(GERMAN)
    assert report.body.word_count >= 50
    assert report.signals["is_english"] is False
    assert report.score is None and report.label is None
    assert any("does not look English" in w for w in report.warnings)


def test_english_bodies_are_scored() -> None:
    report = trustscore.analyze(ARTICLE)
    assert report.signals["is_english"] is True
    assert report.score is not None


def test_default_is_cached_and_valid() -> None:
    assert Scorer.default() is Scorer.default()
    assert Scorer.default().model.features == [*FEATURE_NAMES, STYLE_FEATURE]


def test_oversized_file_is_refused_unread(tmp_path: Path) -> None:
    from trustscore._model import MAX_MODEL_BYTES

    path = tmp_path / "model.json"
    path.write_bytes(b" " * (MAX_MODEL_BYTES + 1))
    with pytest.raises(ModelFormatError, match="larger"):
        Scorer.load(path)


def test_loads_and_load_agree(tmp_path: Path) -> None:
    path = write(tmp_path, model_dict())
    assert Scorer.loads(path.read_text()) == Scorer.load(path)


def test_messages_keep_the_descriptions_capitals() -> None:
    from trustscore._features import SPEC_BY_NAME
    from trustscore._scoring_plan import message_start, signal_entry

    start = message_start(SPEC_BY_NAME["body_word_count"].description)
    explanation = signal_entry("body_word_count", start, 12, 0.5, [])
    assert explanation["message"] == "Length of the article body in words: 12; raises the score."


def _measure(shares: dict[int, float]) -> StyleMeasure:
    """A measure whose text meets the n-grams in the order of shares (one hit each)."""
    positions = sorted(shares)
    values = np.array([shares[j] for j in positions], dtype=np.float64)
    hits = np.array(list(shares), dtype=np.intp)
    return StyleMeasure(0.0, np.array(positions, dtype=np.intp), values, hits, len(hits))


def test_strongest_grams_point_the_entrys_way_largest_first() -> None:
    measured = _measure({3: 0.5, 1: -0.7, 4: 0.2, 9: 0.5, 2: -0.1, 7: 0.9})
    assert measured.strongest(1.0, 3) == [7, 3, 9]  # ties keep their order
    assert measured.strongest(-2.0, 5) == [1, 2]  # only the negative ones
    assert measured.strongest(-2.0, 1) == [1]
    assert measured.strongest(0.0, 3) == []
    assert _measure({}).strongest(1.0, 3) == []
    assert _measure({5: 0.0, 6: -0.0}).strongest(1.0, 3) == []  # zero moves nothing


def test_strongest_ties_keep_the_first_seen_order_both_ways() -> None:
    measured = _measure({8: -0.25, 2: 0.25, 5: -0.25, 1: 0.25, 0: 0.25})
    assert measured.strongest(1.0, 2) == [2, 1]
    assert measured.strongest(-1.0, 5) == [8, 5]
