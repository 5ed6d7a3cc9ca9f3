"""Style n-grams: masking, counting, TF-IDF (scoring's = training's), model files."""

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from style_reference import gram_spans

import trustscore
from trustscore import Scorer
from trustscore._data import LabelledArticle
from trustscore._features import FEATURE_NAMES
from trustscore._model import LOW_MAX, checksum
from trustscore._style import (
    NGRAM_MAX,
    STYLE_FEATURE,
    StyleModel,
    gram_counts,
    style_text,
    style_tokens,
    tfidf,
    token_gram_counts,
)
from trustscore._style_train import (
    STYLE_VOCABULARY_GRID,
    fit_style,
    gram_matrix,
    tfidf_rows,
    vocabulary,
)
from trustscore._train import train
from trustscore.errors import FeatureMismatch, ModelFormatError

ROOT = Path(__file__).resolve().parent.parent


def test_content_words_are_masked_by_shape() -> None:
    tokens = style_tokens("The senator Smith said: “We won 52 votes in NEVADA.”")
    assert tokens == ["the", "w", "C", "w", ":", '"', "we", "w", "0", "w", "in", "A", ".", '"']


def test_topic_does_not_change_the_grams() -> None:
    politics = gram_counts("The senator said the budget was a disaster, and we agreed.")
    sport = gram_counts("The striker said the match was a triumph, and we celebrated.")
    assert politics == sport


def test_grams_run_from_one_to_ngram_max_tokens() -> None:
    counts = gram_counts("of the w")
    assert {len(gram) for gram in counts} == set(range(1, NGRAM_MAX + 1))
    assert counts[("of", "the")] == 1 and counts[("of",)] == 1


def test_curly_and_straight_quotes_are_one_token() -> None:
    assert style_tokens("“a” ‘b’") == style_tokens("\"a\" 'b'")


def test_spans_point_at_the_gram_in_the_text() -> None:
    text = "Officials said it. But of the Senate, nothing; of the House, more."
    spans = gram_spans(style_text(text), [("of", "the", "C")], per_gram=2)
    assert [text[a:b] for a, b in spans] == ["of the Senate", "of the House"]


@pytest.mark.parametrize(
    "text", ["!" * 200_000, "“" * 100_000, "A" * 500_000, "the " * 100_000, ", " * 200_000]
)
def test_adversarial_text_finishes(text: str) -> None:
    counts = gram_counts(text)
    assert sum(counts.values()) > 0
    gram_spans(style_text(text), list(counts)[:3], per_gram=2)


CORPUS = [
    "The minister said on Monday that the plan, which costs 40 million, would go ahead.",
    "You won't BELIEVE what they did! Share this now!!! They are lying to you.",
    "According to officials, the report was released on Tuesday; it found no errors.",
    "WOW. Just WOW. The truth is out there and they can't hide it any more!",
    "In a statement, the company said it would review the decision, a spokesman said.",
    "Why are they hiding this? Ask yourself: who benefits? Wake up, people!",
]


def test_pure_python_tfidf_equals_the_training_matrix() -> None:
    matrix = gram_matrix(CORPUS, min_df=1)
    ranked, idf = vocabulary(matrix)
    ranked, idf = ranked[:40], idf[:40]
    rows = tfidf_rows(matrix.counts[:, ranked], idf).toarray()
    vocab = tuple(matrix.grams[j] for j in ranked)
    index = {gram: j for j, gram in enumerate(vocab)}
    for text, row in zip(CORPUS, rows, strict=True):
        vector = tfidf(gram_counts(text), index, list(idf))
        dense = np.zeros(len(vocab))
        for j, value in vector.items():
            dense[j] = value
        assert np.allclose(dense, row, atol=1e-12)
        assert math.isclose(float(np.linalg.norm(dense)), 1.0) or not vector


def test_style_logit_is_intercept_plus_shares() -> None:
    model = StyleModel.from_grams(
        (("the",), ("!",), ("the", "w")), (1.0, 2.0, 1.5), (0.5, -1.0, 0.25), 0.1
    )
    logit, shares = model.parts(style_tokens(CORPUS[1]))
    assert logit == pytest.approx(0.1 + sum(shares.values()))
    assert shares[1] < 0  # exclamation marks carry their negative weight


def test_style_that_does_not_predict_is_left_out() -> None:
    texts = [CORPUS[i % 2] for i in range(40)]  # the same two texts in both labels
    y = np.asarray([(i // 2) % 2 for i in range(40)], dtype=np.int64)
    groups = [f"g{i % 8}" for i in range(40)]
    assert fit_style(gram_matrix(texts, min_df=1), y, groups) is None


def _style_model_dict(**style_overrides: Any) -> dict[str, Any]:
    n = len(FEATURE_NAMES) + 1
    style = {
        "ngram_max": NGRAM_MAX,
        "vocabulary": ["the", "!", "the w", ", w w"],
        "idf": [1.0, 2.0, 1.5, 1.2],
        "weights": [0.5, -1.0, 0.25, 0.3],
        "intercept": 0.1,
    }
    style.update(style_overrides)
    body: dict[str, Any] = {
        "format": "trustscore-model",
        "format_version": 2,
        "name": "style-test",
        "version": "1",
        "estimates": "a test",
        "features": [*FEATURE_NAMES, STYLE_FEATURE],
        "impute": [1.0] * n,
        "scaler": {"mean": [1.0] * n, "scale": [2.0] * n},
        "coefficients": [0.01] * (n - 1) + [0.8],
        "intercept": 0.25,
        "calibration": {"method": "platt", "slope": 0.9, "intercept": -0.1},
        "labels": {"high_min": 0.7, "low_max": LOW_MAX},
        "style": style,
        "metadata": {},
    }
    body["checksum"] = checksum(body)
    return body


def _report() -> trustscore.TrustReport:
    return trustscore.analyze((ROOT / "fixtures" / "opinion-column.html").read_bytes())


def test_style_explanation_is_exact_and_points_at_body_text() -> None:
    scorer = Scorer.from_dict(_style_model_dict())
    report = _report()
    result = scorer.score(report)
    total = sum(e.contribution for e in result.explanations)
    assert total == pytest.approx(math.log(result.probability / (1 - result.probability)))
    style = next(e for e in result.explanations if e.signal == STYLE_FEATURE)
    assert style.value == pytest.approx(scorer.style.logit(report.body.text) if scorer.style else 0)
    for span in style.evidence:
        assert report.body.text[span.start : span.end] == span.text


def test_style_contribution_is_the_sum_of_its_grams_plus_a_constant() -> None:
    scorer = Scorer.from_dict(_style_model_dict())
    assert scorer.style is not None
    text = _report().body.text
    logit, shares = scorer.style.parts(style_tokens(text))
    assert logit == pytest.approx(scorer.style.intercept + sum(shares.values()))
    grams = scorer.gram_contributions(shares)
    model = scorer.model
    factor = model.calibration.slope * 0.8 / 2.0
    constant = factor * (scorer.style.intercept - 1.0)
    _, contributions = scorer.logit_parts({}, text)
    assert contributions[-1] == pytest.approx(constant + sum(grams.values()))


def test_signals_without_text_leave_style_out() -> None:
    scorer = Scorer.from_dict(_style_model_dict())
    result = scorer.score({})
    style = next(e for e in result.explanations if e.signal == STYLE_FEATURE)
    assert style.value is None and style.contribution == 0.0


@pytest.mark.parametrize(
    "overrides",
    [
        {"ngram_max": 4},
        {"idf": [1.0]},
        {"vocabulary": ["the", "the", "the w", ", w w"]},
        {"vocabulary": ["the", "!", "a b c d", ", w w"]},
        {"vocabulary": ["the", "!", "the  w", ", w w"]},
    ],
)
def test_bad_style_blocks_are_rejected(tmp_path: Path, overrides: dict[str, Any]) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_style_model_dict(**overrides)), encoding="utf-8")
    with pytest.raises(ModelFormatError):
        Scorer.load(path)


def test_style_feature_without_style_block_is_a_mismatch() -> None:
    body = _style_model_dict()
    body["style"] = None
    body["checksum"] = checksum(body)
    with pytest.raises(FeatureMismatch):
        Scorer.from_dict(body)


def _styled_records() -> list[LabelledArticle]:
    # Same content words for both labels; only the function words and punctuation differ.
    words = ["council", "river", "budget", "bridge", "school", "harbour", "rail", "market"]
    records = []
    for i in range(64):
        label = i % 2
        w = [words[(i + k) % len(words)] for k in range(6)]
        if label:
            sentence = (
                f"The {w[0]} said on Monday that the {w[1]}, which {w[2]} approved, would {w[3]}."
            )
        else:
            sentence = f"You {w[0]} this!!! They {w[1]} {w[2]} from YOU!!! Why {w[3]} it?"
        body = "\n\n".join(f"{sentence} {w[4]} {w[5]} {k}" for k in range(8))
        records.append(
            LabelledArticle(
                id=f"user:{i}",
                dataset="user",
                source=f"Headline {i} {w[5]}\n\n{body}",
                url=None,
                label=label,
                group=f"g{i % 8}",
                raw_label=str(label),
            )
        )
    return records


def test_training_fits_a_style_component_when_style_predicts() -> None:
    body = train(_styled_records(), name="styled")
    assert body["style"] is not None
    assert body["features"][-1] == STYLE_FEATURE
    assert body["metadata"]["style_vocabulary"] <= max(STYLE_VOCABULARY_GRID)
    scorer = Scorer.from_dict(body)
    calm = trustscore.analyze(_styled_records()[1].source, scorer=scorer)
    loud = trustscore.analyze(_styled_records()[0].source, scorer=scorer)
    by_signal = {e.signal: e for e in loud.explanations}
    assert by_signal[STYLE_FEATURE].direction == "lowers"
    assert by_signal[STYLE_FEATURE].evidence
    assert calm.probability is not None and loud.probability is not None
    assert calm.probability > loud.probability


TEXTS = [
    "The senator Smith said: “We won 52 votes in NEVADA.” It’s a_b ⓐ — done!!",
    "  leading and trailing spaces  ",
    "",
    "no_tokens_here ___",
    *CORPUS,
]


@pytest.mark.parametrize("text", TEXTS)
def test_style_text_pieces_rebuild_the_text(text: str) -> None:
    cut = style_text(text)
    assert "".join(cut.pieces) == text
    assert len(cut.pieces) == 2 * len(cut.tokens) + 1
    assert cut.tokens == style_tokens(text)


@pytest.mark.parametrize("text", TEXTS)
def test_spans_cover_exactly_the_grams_tokens(text: str) -> None:
    cut = style_text(text)
    grams = list(gram_counts(text))
    for gram in grams[:40]:
        for a, b in gram_spans(cut, [gram], per_gram=2):
            assert style_tokens(text[a:b]) == list(gram)


def test_spans_take_the_first_occurrences_of_each_gram() -> None:
    text = "a, b. c, d, e"
    spans = gram_spans(style_text(text), [(",",), (".",)], per_gram=2)
    assert [text[a:b] for a, b in spans] == [",", ".", ","]
    assert spans == sorted(spans)


def test_parts_equal_the_reference_tfidf_bit_for_bit() -> None:
    matrix = gram_matrix(CORPUS, min_df=1)
    ranked, idf = vocabulary(matrix)
    vocab = tuple(matrix.grams[j] for j in ranked)
    weights = tuple(float(w) for w in np.linspace(-1.0, 1.0, len(vocab)))
    model = StyleModel.from_grams(vocab, [float(v) for v in idf], weights, 0.25)
    for text in CORPUS:
        vector = tfidf(gram_counts(text), model.index, model.idf)
        logit, shares = model.parts(style_tokens(text))
        assert shares == {j: weights[j] * v for j, v in vector.items()}
        assert logit == 0.25 + math.fsum(shares.values())


def test_counts_beyond_the_table_use_the_same_formula() -> None:
    grams = (("w",), ("w", "w"), ("!",))
    model = StyleModel.from_grams(grams, (1.5, 1.2, 2.5), (2.0, -1.0, 0.5), 0.0)
    tokens = ["w"] * 3000 + ["!"]  # counts far beyond the precomputed 1 + ln(count) table
    vector = tfidf(token_gram_counts(tokens), model.index, model.idf)
    _, shares = model.parts(tokens)
    assert shares == {j: model.weights[j] * v for j, v in vector.items()}
    assert vector[0] > vector[2] > 0
