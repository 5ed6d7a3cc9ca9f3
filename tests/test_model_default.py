"""The bundled default model: pinned identity, pinned fixture scores, bit-for-bit retraining."""

import json
from pathlib import Path
from types import ModuleType

import pytest
import sklearn
from repo_scripts import load_script

import trustscore
from trustscore import Scorer
from trustscore._features import FEATURE_NAMES
from trustscore._style import STYLE_FEATURE

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = json.loads((ROOT / "fixtures" / "model_golden.json").read_text(encoding="utf-8"))
MODEL_FILE = ROOT / "trustscore" / "models" / "default.json"
LABELS = ROOT.parent / "shared" / "data" / "labels"
RETRAIN = (
    "the features of these articles changed (signals, body extraction or parsing): retrain with "
    "`python scripts/train_default.py`, which rewrites the model and fixtures/model_golden.json"
)


def _train_script() -> ModuleType:
    return load_script("scripts/train_default.py")


def test_default_model_identity_is_pinned() -> None:
    model = Scorer.default().model
    assert (model.name, model.version, model.checksum) == (
        GOLDEN["name"],
        GOLDEN["version"],
        GOLDEN["checksum"],
    )
    assert model.metadata == GOLDEN["metadata"]


def test_default_model_features_are_this_codes_features() -> None:
    features = [*FEATURE_NAMES, STYLE_FEATURE]
    assert Scorer.default().model.features == GOLDEN["features"] == features


def test_default_model_was_trained_on_all_three_public_sets() -> None:
    counts = Scorer.default().model.metadata["label_counts"]
    for dataset in (
        "buzzfeed-webis-2016",
        "semeval2019-hyperpartisan-byarticle",
        "fakenewsnet-v1",
    ):
        assert counts[f"{dataset}:0"] > 0 and counts[f"{dataset}:1"] > 0


@pytest.mark.parametrize("page", sorted(GOLDEN["fixture_scores"]))
def test_fixture_scores_are_pinned(page: str) -> None:
    expected = GOLDEN["fixture_scores"][page]
    report = trustscore.analyze((ROOT / "fixtures" / page).read_bytes())
    if expected["probability"] is None:  # too short to be scored (a page with no article)
        assert report.probability is None, RETRAIN
        return
    assert report.probability == pytest.approx(expected["probability"], abs=1e-9), RETRAIN
    assert report.label == expected["label"], RETRAIN


def test_retraining_reproduces_the_bundled_model_bit_for_bit() -> None:
    if not LABELS.is_dir():
        pytest.skip(f"{LABELS} is absent")
    if Scorer.default().model.metadata.get("sklearn_version") != sklearn.__version__:
        pytest.skip("the bundled model was trained with another scikit-learn version")
    text = _train_script().build(LABELS, cache_dir=None)
    assert text == MODEL_FILE.read_text(encoding="utf-8"), RETRAIN


def test_explanations_carry_the_evidence_of_their_signal() -> None:
    report = trustscore.analyze((ROOT / "fixtures" / "anonymous-sources.html").read_bytes())
    by_signal = {e.signal: e for e in report.explanations}
    assert report.evidence["anonymous_source_count"]
    assert by_signal["anonymous_source_count"].evidence == report.evidence["anonymous_source_count"]
    for explanation in report.explanations:
        for span in explanation.evidence:
            assert report.body.text[span.start : span.end] == span.text


def test_default_explanations_sum_to_the_logit() -> None:
    import math

    report = trustscore.analyze((ROOT / "fixtures" / "wire-report.html").read_bytes())
    assert report.probability is not None
    total = math.fsum(e.contribution for e in report.explanations)
    assert total == pytest.approx(math.log(report.probability / (1 - report.probability)))
