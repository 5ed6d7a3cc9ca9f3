"""Learned cue model: loading, features, and how its cues join the rule attributions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from trustscore._attribution import LEARNED_CLASS, Attribution, find_attributions
from trustscore._attribution_model import (
    FEATURE_SCHEME,
    FORMAT_VERSION,
    MODEL_PATH,
    load_model,
    make_model,
    token_features,
)
from trustscore._sentences import tokenize
from trustscore._signals import ArticleBody
from trustscore._sourcing import analyse
from trustscore.errors import ModelError

# The bundled model must stay small enough to ship in the wheel.
MAX_MODEL_BYTES = 2_000_000


def _bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _find(text: str, weights: dict[str, float], vocabulary: list[str]) -> list[Attribution]:
    model = make_model(vocabulary, weights, -2.0, 0.5)
    return find_attributions(text, _bounds(text), cue_model=model)[0]


def test_bundled_model_loads_and_is_small() -> None:
    model = load_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert model.vocabulary and model.vocabulary <= model.hints
    assert MODEL_PATH.stat().st_size < MAX_MODEL_BYTES
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert raw["format_version"] == FORMAT_VERSION
    assert raw["feature_scheme"] == FEATURE_SCHEME
    assert "PolNeAR" in raw["source"]


def test_load_model_missing_file_gives_none(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json") is None


def test_load_model_rejects_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format_version": 999, "feature_scheme": "x"}), "utf-8")
    with pytest.raises(ModelError):
        load_model(path)


def test_load_model_rejects_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(ModelError):
        load_model(path)


def test_features_name_word_and_neighbours() -> None:
    text = "Smith frobnicated himself from the plan."
    toks = tokenize(text, 0, len(text))
    feats = token_features(toks, 1, False)
    assert "w=frobnicated" in feats
    assert "p1=smith" in feats
    assert "n1=himself" in feats
    assert feats == token_features(toks, 1, False)  # deterministic


def test_learned_cue_builds_source_and_content() -> None:
    text = "Smith frobnicated himself from the plan to cut taxes."
    [a] = _find(text, {"w=frobnicated": 5.0}, ["frobnicated"])
    assert a.cue_class == LEARNED_CLASS
    assert a.source is not None and text[a.source[0] : a.source[1]] == "Smith"
    assert a.contents


def test_low_score_adds_nothing() -> None:
    text = "Smith frobnicated himself from the plan to cut taxes."
    assert _find(text, {"w=frobnicated": 1.0}, ["frobnicated"]) == []


def test_learned_cue_never_replaces_a_rule_attribution() -> None:
    text = "The minister said that Smith frobnicated himself from the plan."
    found = _find(text, {"w=frobnicated": 5.0}, ["frobnicated"])
    assert [text[a.cue[0] : a.cue[1]] for a in found] == ["said"]


def test_rules_only_ignores_the_model() -> None:
    text = "Smith frobnicated himself from the plan to cut taxes."
    model = make_model(["frobnicated"], {"w=frobnicated": 5.0}, -2.0, 0.5)
    assert find_attributions(text, _bounds(text), learned=False, cue_model=model)[0] == []


def test_learned_attributions_are_not_counted_as_sources() -> None:
    body = ArticleBody(paragraphs=("Smith frobnicated himself from the plan to cut taxes.",))
    assert all(c.attribution.cue_class != LEARNED_CLASS for c in analyse(body).cited)


def test_learned_source_must_look_like_a_name_or_person() -> None:
    text = "it was hard frobnicated from the plan to cut taxes."
    [a] = _find(text, {"w=frobnicated": 5.0}, ["frobnicated"])
    assert a.source is None


def test_adversarial_runs_finish_with_bundled_model() -> None:
    for text in ("“" * 20000, "A " * 20000, ", " * 20000, "said " * 5000, "support " * 5000):
        find_attributions(text, [(0, len(text))])


def test_model_weights_are_read_only() -> None:
    model = load_model()
    assert model is not None
    with pytest.raises(TypeError):
        model.weights["w=said"] = 1.0  # type: ignore[index]
