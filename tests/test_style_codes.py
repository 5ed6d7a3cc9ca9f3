"""Integer-coded style n-grams and the style measure: the same counts, numbers and evidence
as the straightforward string n-grams (token_gram_counts, tfidf, gram_spans)."""

import math
import random

import numpy as np
import pytest
from style_reference import gram_spans

from trustscore._style import (
    MAX_EVIDENCE_SPANS,
    Gram,
    StyleModel,
    style_text,
    style_tokens,
    tfidf,
    token_gram_counts,
    token_spans,
)
from trustscore._style_codes import GramCodes

_ALPHABET = [
    "the",
    "The",
    "THE",
    "of",
    "word",
    "Word",
    "WORD",
    "x",
    "I",
    "42",
    ",",
    ".",
    "!",
    "?",
    "“",
    "”",
    "’",
    "'",
    '"',
    "—",
    "_",
    "café",
    "ÉTÉ",
    "x²",
    "½",
    "中文",
    "Ⅻ",
    "٣",
    "😀",
    "snake_case",
    "19th",
    "iPhone",
    " ",
    "\n\n",
    "\t",
    "\u00a0",
]


def _random_text(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 400)))


TEXTS = [
    "",
    " ",
    "word",
    "The",
    ",",
    ".,;!?",
    "!!! ??? ...",
    "“Quote,” she said. ‘Another’ — done…",
    "café naïve ÉTÉ x² ½ Ⅻ ٣٤ 中文 русский 😀 snake_case 19th 2020s COVID-19 iPhone",
    "The minister said on Monday that the plan, which costs 40 million, would go ahead.",
    "You won't BELIEVE what they did! Share this now!!! They are lying to you.",
    "of the " * 3000 + "w, " * 1500,  # counts past the 1 + ln(count) table
    *(_random_text(seed) for seed in range(12)),
]


def _vocabulary(texts: list[str]) -> tuple[Gram, ...]:
    """Every n-gram of the texts, in a shuffled order, plus n-grams no text has."""
    grams = {gram for text in texts for gram in token_gram_counts(style_tokens(text))}
    extra = [("nowhere",), ("nowhere", "w"), ("w", "nowhere", "w"), ("of", "of", "of")]
    ordered = sorted(grams) + [g for g in extra if g not in grams]
    random.Random(3).shuffle(ordered)
    return tuple(ordered)


VOCABULARY = _vocabulary(TEXTS)


def _model(vocabulary: tuple[Gram, ...] = VOCABULARY) -> StyleModel:
    rng = random.Random(5)
    idf = tuple(1.0 + rng.random() * 4 for _ in vocabulary)
    weights = tuple(rng.uniform(-2.0, 2.0) for _ in vocabulary)
    return StyleModel.from_grams(vocabulary, idf, weights, -0.375)


MODEL = _model()


def _reference_counts(tokens: list[str], index: dict[Gram, int]) -> list[tuple[int, int]]:
    """(vocabulary position, count) of the present n-grams, in the order Counter meets them."""
    return [(index[g], n) for g, n in token_gram_counts(tokens).items() if g in index]


@pytest.mark.parametrize("text", TEXTS)
def test_coded_counts_equal_the_string_ngram_counts(text: str) -> None:
    tokens = style_tokens(text)
    codes = GramCodes.build(MODEL.texts)
    hits = codes.positions(codes.encode(tokens))
    assert len(hits) == sum(max(len(tokens) - m, 0) for m in range(3))
    counts = np.bincount(hits[hits >= 0], minlength=len(VOCABULARY))
    expected = _reference_counts(tokens, MODEL.index)
    assert {j: int(counts[j]) for j in counts.nonzero()[0]} == dict(expected)
    assert list(MODEL.measure(tokens).share_map()) == [j for j, _ in expected]  # text order


@pytest.mark.parametrize("text", TEXTS)
def test_measure_equals_the_reference_tfidf_bit_for_bit(text: str) -> None:
    tokens = style_tokens(text)
    vector = tfidf(token_gram_counts(tokens), MODEL.index, MODEL.idf)
    measured = MODEL.measure(tokens)
    shares = measured.share_map()
    assert list(shares.items()) == [(j, MODEL.weights[j] * v) for j, v in vector.items()]
    assert measured.logit == MODEL.intercept + math.fsum(shares.values())
    assert MODEL.parts(tokens) == (measured.logit, shares)


@pytest.mark.parametrize("text", TEXTS)
def test_measuring_the_text_gives_the_ids_of_the_masks(text: str) -> None:
    cut, measured = MODEL.measure_text(text)
    expected = MODEL.measure(style_tokens(text))
    assert cut.pieces == style_text(text).pieces
    assert measured.hits.tolist() == expected.hits.tolist()
    assert measured.logit == expected.logit
    assert measured.share_map() == expected.share_map()


def test_tokens_outside_the_vocabulary_match_nothing() -> None:
    model = _model((("the",), ("the", "w"), ("w", ",", "the")))
    measured = model.measure(style_tokens("The cat, the dog; a mouse."))
    assert measured.share_map().keys() == {0, 1, 2}
    empty = model.measure(style_tokens("; ; ;"))
    assert empty.share_map() == {} and empty.logit == model.intercept
    assert empty.strongest(1.0, 3) == []


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_starts_give_the_spans_of_gram_spans(text: str) -> None:
    cut, measured = MODEL.measure_text(text)
    tokens = style_tokens(text)
    for sign in (1.0, -1.0):
        top = measured.strongest(sign, 5)
        grams = [MODEL.vocabulary[j] for j in top]
        wanted = [
            (i, i + len(MODEL.vocabulary[j]) - 1)
            for j in top
            for i in measured.starts(j, len(MODEL.vocabulary[j]), 2)
        ]
        spans = token_spans(cut, wanted)
        assert spans == gram_spans(style_text(text), grams, per_gram=2)
        assert len(spans) <= MAX_EVIDENCE_SPANS
        for a, b in spans:
            assert tuple(style_tokens(text[a:b])) in grams
    for j in measured.positions.tolist()[:30]:
        gram = MODEL.vocabulary[j]
        for i in measured.starts(j, len(gram), 3):
            assert tuple(tokens[i : i + len(gram)]) == gram


def test_strongest_equals_sorting_the_share_map() -> None:
    for text in TEXTS:
        measured = MODEL.measure(style_tokens(text))
        items = list(measured.share_map().items())
        largest = sorted(items, key=lambda item: item[1], reverse=True)[:5]
        smallest = sorted(items, key=lambda item: item[1])[:5]
        assert measured.strongest(0.5, 5) == [j for j, v in largest if v > 0]
        assert measured.strongest(-0.5, 5) == [j for j, v in smallest if v < 0]


def test_large_vocabularies_use_wider_positions() -> None:
    words = [f"t{i}" for i in range(40)]
    vocabulary = tuple((a, b, c) for a in words for b in words for c in words[:21])[:33_000]
    codes = GramCodes.build([" ".join(gram) for gram in vocabulary])
    assert codes.trigram.dtype == np.int32
    last = vocabulary[-1]
    hits = codes.positions(codes.encode(list(last)))
    assert hits.tolist() == [-1, -1, -1, -1, -1, len(vocabulary) - 1]
    assert GramCodes.build(MODEL.texts).trigram.dtype == np.int16


def test_grams_longer_than_three_tokens_are_refused() -> None:
    with pytest.raises(ValueError, match="at most 3"):
        GramCodes.build(["a b c d"])


def test_the_fast_token_pattern_splits_every_code_point_like_the_plain_one() -> None:
    from trustscore._style import _FAST_TOKEN, _TOKEN

    # Each code point after an ASCII letter, after a non-ASCII letter, before itself and before
    # a space: every way it can start, continue or end a token.
    chars = [chr(c) for c in range(0x110000)]
    text = "".join(f"x{c}é{c}{c} " for c in chars)
    assert _FAST_TOKEN.split(text) == _TOKEN.split(text)


@pytest.mark.parametrize("text", ["a" * 300_000 + " ", " " * 300_000 + "_", "aé" * 200_000])
def test_the_fast_token_pattern_is_linear_on_long_runs(text: str) -> None:
    from trustscore._style import _FAST_TOKEN, _TOKEN

    assert _FAST_TOKEN.split(text) == _TOKEN.split(text)


@pytest.mark.parametrize(
    "text", ["!" * 200_000, "“" * 100_000, "A" * 500_000, "the " * 100_000, ", w" * 100_000]
)
def test_measuring_adversarial_text_finishes(text: str) -> None:
    cut, measured = MODEL.measure_text(text)
    top = measured.strongest(1.0, 5) + measured.strongest(-1.0, 5)
    lengths = [len(MODEL.vocabulary[j]) for j in top]
    wanted = [
        (i, i + n - 1) for j, n in zip(top, lengths, strict=True) for i in measured.starts(j, n, 2)
    ]
    assert len(token_spans(cut, wanted)) <= MAX_EVIDENCE_SPANS
    assert math.isfinite(measured.logit)
