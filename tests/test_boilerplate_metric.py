"""The extraction benchmark's metric as implemented in benchmarks/eval_extraction.py."""

from __future__ import annotations

import pytest

from benchmarks.eval_extraction import prf, shingle_match, shingles

TEXT = "one two three four five six seven eight"


def test_shingles_are_word_four_grams() -> None:
    assert shingles("a b c d e") == {"a b c d": 1, "b c d e": 1}
    assert shingles("a b") == {"a b": 1}  # shorter than n: one shingle


def test_identical_texts_score_one() -> None:
    tp, fp, fn = shingle_match(TEXT, TEXT)
    assert (tp, fp, fn) == (1.0, 0.0, 0.0)
    assert prf([(tp, fp, fn)]) == (1.0, 1.0, 1.0)


def test_empty_prediction_costs_recall_not_precision() -> None:
    miss = shingle_match(TEXT, "")
    assert miss == (0.0, 0.0, 1.0)
    p, r, _ = prf([shingle_match(TEXT, TEXT), miss])
    assert p == 1.0  # the empty page has tp + fp == 0: left out of precision
    assert r == 0.5


def test_extra_text_costs_precision() -> None:
    tp, fp, fn = shingle_match(TEXT, TEXT + " nine ten eleven twelve")
    assert fn == 0.0
    assert tp + fp + fn == pytest.approx(1.0)
    assert tp / (tp + fp) == pytest.approx(5 / 9)


def test_counts_are_multisets() -> None:
    tp, fp, _ = shingle_match(TEXT, TEXT + " " + TEXT)
    assert fp > 0  # the repeated copy is not free
    assert tp / (tp + fp) < 0.6
