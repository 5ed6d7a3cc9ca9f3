"""Training, evaluation and the model commands, on synthetic articles written by the tests."""

import json
from pathlib import Path

import numpy as np
import pytest

import trustscore
from trustscore import Scorer
from trustscore._cli import main
from trustscore._data import LabelledArticle
from trustscore._evaluate import (
    MODELS,
    expected_calibration_error,
    fold_auc,
    metrics,
)
from trustscore._features import FEATURE_NAMES
from trustscore._model import LOW_MAX, high_cut_off
from trustscore._train import C_GRID, dump, imputation_values, select_c, train
from trustscore.errors import DataError

N_GROUPS = 8
PER_GROUP = 10


def _article(i: int, label: int) -> str:
    # Trustworthy articles here are longer, with more paragraphs: a pattern the model can learn.
    # Both are long enough to be scored (trustscore._model.MIN_SCORED_WORDS).
    paragraphs = (3 + i % 4) if label else 2
    words = (40 + 7 * (i % 5)) if label else 26 + i % 6
    # every third word is "the", so the text looks English (non-English bodies are not scored)
    body = "\n\n".join(
        " ".join("the" if k % 3 == 0 else f"w{(i * 31 + p * 7 + k) % 97}" for k in range(words))
        for p in range(paragraphs)
    )
    return f"Headline number {i}\n\n{body}"


def _records() -> list[LabelledArticle]:
    out = []
    for i in range(N_GROUPS * PER_GROUP):
        label = (i // 2) % 2
        out.append(
            LabelledArticle(
                id=f"user:{i}",
                dataset="user",
                source=_article(i, label),
                url=None,
                label=label,
                group=f"g{i % N_GROUPS}",
                raw_label=str(label),
            )
        )
    return out


@pytest.fixture(scope="module")
def trained() -> dict[str, object]:
    return train(_records(), name="synthetic", version="7")


def test_trained_model_loads_and_separates_the_classes(trained: dict[str, object]) -> None:
    scorer = Scorer.from_dict(trained)
    assert scorer.info.name == "synthetic" and scorer.info.version == "7"
    long_report = trustscore.analyze(_article(1, 1), scorer=scorer)
    short_report = trustscore.analyze(_article(1, 0), scorer=scorer)
    assert long_report.probability is not None and short_report.probability is not None
    assert long_report.probability > short_report.probability


def test_training_is_deterministic(trained: dict[str, object]) -> None:
    assert dump(train(_records(), name="synthetic", version="7")) == dump(trained)


def test_metadata_counts_the_training_data(trained: dict[str, object]) -> None:
    meta = trained["metadata"]
    assert isinstance(meta, dict)
    assert meta["articles"] == N_GROUPS * PER_GROUP
    assert meta["groups"] == N_GROUPS
    assert meta["label_counts"] == {"user:0": 40, "user:1": 40}


def test_style_that_does_not_help_is_not_in_the_model(trained: dict[str, object]) -> None:
    # Every synthetic article has the same style (masked words and numbers only).
    assert trained["style"] is None
    assert trained["features"] == list(FEATURE_NAMES)
    meta = trained["metadata"]
    assert isinstance(meta, dict) and "log_loss_without_style" in meta


def test_the_high_cut_off_is_the_training_share_of_label_1(trained: dict[str, object]) -> None:
    assert trained["labels"] == {"high_min": high_cut_off(0.5), "low_max": LOW_MAX}


def test_metadata_records_the_chosen_regularisation(trained: dict[str, object]) -> None:
    meta = trained["metadata"]
    assert isinstance(meta, dict)
    assert meta["regularisation_c"] in C_GRID
    assert meta["regularisation_c_grid"] == list(C_GRID)
    losses = meta["regularisation_c_log_loss"]
    assert len(losses) == len(C_GRID)
    assert losses[C_GRID.index(meta["regularisation_c"])] == min(losses)


def _separable(noise: float, n: int = 120) -> tuple[np.ndarray, np.ndarray, list[str]]:
    rng = np.random.default_rng(3)
    y = np.asarray([i % 2 for i in range(n)], dtype=np.int64)
    signal = (2 * y - 1) * 1.5
    x = np.column_stack([signal + rng.normal(0, 1, n), rng.normal(0, noise, (n, 20))])
    return x, y, [f"g{i % 10}" for i in range(n)]


def test_select_c_prefers_shrinkage_when_most_features_are_noise() -> None:
    x, y, groups = _separable(noise=1.0)
    c, losses = select_c(x, y, groups)
    assert c < 1.0 and len(losses) == len(C_GRID)
    assert select_c(x, y, groups) == (c, losses)  # deterministic


def test_select_c_breaks_ties_towards_the_smaller_c() -> None:
    x, y, groups = _separable(noise=1.0)
    constant = np.zeros_like(x)  # every C gives the same (constant) logits
    c, losses = select_c(constant, y, groups)
    assert c == C_GRID[0] and len(set(round(v, 9) for v in losses)) == 1


def test_one_label_only_is_a_data_error() -> None:
    records = [r for r in _records() if r.label == 1]
    with pytest.raises(DataError, match="both labels"):
        train(records)


def test_one_group_only_is_a_data_error() -> None:
    from dataclasses import replace

    records = [replace(r, group="same") for r in _records()]
    with pytest.raises(DataError, match="groups"):
        train(records)


def test_imputation_uses_observed_mean() -> None:
    x = np.array([[1.0, np.nan], [3.0, np.nan], [np.nan, np.nan]])
    assert imputation_values(x).tolist() == [2.0, 0.0]


def test_ece_of_perfectly_calibrated_bins_is_zero() -> None:
    y = np.array([1, 0, 1, 0])
    p = np.array([0.5, 0.5, 0.5, 0.5])
    assert expected_calibration_error(y, p) == 0.0


def test_ece_of_confident_wrong_predictions() -> None:
    y = np.array([0, 0])
    p = np.array([0.95, 0.95])
    assert expected_calibration_error(y, p) == pytest.approx(0.95)


def test_fold_auc_averages_folds_with_both_labels() -> None:
    y = np.array([0, 1, 0, 1, 1, 1])
    p = np.array([0.1, 0.9, 0.9, 0.1, 0.5, 0.6])
    fold = np.array([0, 0, 1, 1, 2, 2])
    assert fold_auc(y, p, fold) == pytest.approx(0.5)


def test_metrics_of_a_perfect_model() -> None:
    y = np.array([0, 0, 1, 1])
    m = metrics(y, np.array([0.0, 0.1, 0.9, 1.0]), ["a", "a", "b", "c"])
    assert (m.roc_auc, m.accuracy, m.balanced_accuracy, m.f1_untrustworthy) == (1, 1, 1, 1)
    assert (m.n_articles, m.n_groups) == (4, 3)


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "data.jsonl"
    lines = [json.dumps({"text": r.source, "label": r.label, "group": r.group}) for r in _records()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_train_then_analyze_with_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.json"
    assert main(["train", str(_jsonl(tmp_path)), "--out", str(out), "--name", "mine"]) == 0
    page = tmp_path / "a.txt"
    page.write_text(_article(3, 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["analyze", str(page), "--model", str(out)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["model"]["name"] == "mine"


def test_cli_analyze_with_tampered_model_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model.json"
    model.write_text('{"format": "trustscore-model", "format_version": 2}', encoding="utf-8")
    page = tmp_path / "a.txt"
    page.write_text("Title\n\nText.", encoding="utf-8")
    assert main(["analyze", str(page), "--model", str(model)]) == 2
    assert "checksum" in capsys.readouterr().err


def test_cli_train_reports_bad_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    assert main(["train", str(bad), "--out", str(tmp_path / "m.json")]) == 1
    assert "label" in capsys.readouterr().err


def test_cli_evaluate_reports_every_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(_jsonl(tmp_path)), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["model"] for row in rows] == list(MODELS)
    assert all(row["metrics"]["n_groups"] == N_GROUPS for row in rows)
    assert all(row["setting"] == "grouped-cv" for row in rows)


def test_evaluation_table_has_a_row_per_model() -> None:
    from trustscore._evaluate import Evaluation, Row

    m = metrics(np.array([0, 1]), np.array([0.2, 0.8]), ["a", "b"])
    table = Evaluation(tuple(Row("grouped-cv", "x", "x", model, m) for model in MODELS)).table()
    assert all(f"| {model} |" in table for model in MODELS)


def test_code_version_is_stable_and_short() -> None:
    from trustscore._train import code_version

    assert code_version() == code_version()
    assert len(code_version()) == 16


def test_feature_cache_round_trip(tmp_path: Path) -> None:
    from trustscore._train import analyse_records

    records = _records()[:3]
    first = analyse_records(records, cache_dir=tmp_path)
    assert list(tmp_path.glob("articles-*.json"))
    assert analyse_records(records, cache_dir=tmp_path) == first
    assert first.records == records and not first.skipped


def test_articles_the_pipeline_fails_on_are_skipped_and_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trustscore import _train

    real = _train.article_inputs

    def flaky(source: str, url: str | None) -> tuple[dict[str, object], str]:
        if "Headline number 5\n" in source:
            raise KeyError("boom")
        return real(source, url)

    monkeypatch.setattr(_train, "article_inputs", flaky)
    body = _train.train(_records())
    assert body["metadata"]["skipped"] == ["user:5: KeyError"]
    assert body["metadata"]["articles"] == N_GROUPS * PER_GROUP - 1
