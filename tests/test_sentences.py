"""Tokens and sentences: offsets, the one-match-per-token tokenizer, and the shared memo."""

from __future__ import annotations

import pytest

from trustscore._quotes import quote_spans
from trustscore._sentences import _TOKEN, Sentences, sentence_bounds, tokenize

SAMPLES = [
    "Mr. Ana Ruiz said, “We won’t go.” The U.S. team agreed.",
    "  leading and trailing spaces  ",
    "tabs\tand\nnew lines\u00a0and no-break spaces",
    "U.S.A. vs. the co-op's 3.5% rate (Inc.)…",
    "",
    "   ",
    "İstanbul Σ ΟΔΟΣ said.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_tokens_are_the_token_regex_matches(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert [(t.start, t.end, t.text) for t in toks] == [
        (m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)
    ]


def test_tokens_inside_a_range_have_absolute_offsets() -> None:
    text = "Intro. Ruiz said no.  "
    toks = tokenize(text, 7, len(text))
    assert [t.text for t in toks] == ["Ruiz", "said", "no", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert toks[0].lower == "ruiz"


def test_lower_form_folds_the_typographic_apostrophe() -> None:
    [t] = tokenize("Don’t", 0, 5)
    assert (t.text, t.lower) == ("Don’t", "don't")


def test_long_trailing_white_space_finishes() -> None:
    # a sentence keeps the white space before the next one; a long run must stay linear
    text = "Ruiz said no." + " " * 200_000 + "Then"
    [first, second] = sentence_bounds(text, 0, len(text), [])
    assert [t.text for t in tokenize(text, *first)] == ["Ruiz", "said", "no", "."]
    assert [t.text for t in tokenize(text, *second)] == ["Then"]


def test_sentences_memo_gives_what_the_functions_give() -> None:
    text = "Ana said “Go. Now.” Then she left. Mr. Ruiz agreed."
    bounds = [(0, len(text))]
    sentences = Sentences(text, quote_spans(text, bounds))
    got = sentences.bounds(0, len(text))
    assert got == sentence_bounds(text, 0, len(text), sentences.quotes)
    assert sentences.bounds(0, len(text)) is got  # computed once
    for s, e in got:
        assert sentences.tokens(s, e) == tokenize(text, s, e)
        assert sentences.tokens(s, e) is sentences.tokens(s, e)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("the Employers’ Association said", ["the", "Employers’", "Association", "said"]),
        ("the workers' union said", ["the", "workers'", "union", "said"]),
        # a closing single quote before a pronoun or punctuation stays a mark of its own
        (
            "‘It was for the fans’ he said.",
            ["‘", "It", "was", "for", "the", "fans", "’", "he", "said", "."],
        ),
        (
            "‘We love the fans’, she said",
            ["‘", "We", "love", "the", "fans", "’", ",", "she", "said"],
        ),
        ("the boss’ call", ["the", "boss’", "call"]),
    ],
)
def test_a_plural_possessive_keeps_its_apostrophe(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text))] == tokens


def test_many_possessive_like_apostrophes_stay_linear() -> None:
    text = "Employers’ " * 20_000 + "’" * 20_000
    tokens = tokenize(text, 0, len(text))
    assert tokens[0].text == "Employers’" and tokens[-1].text == "’"
    assert "".join(t.text for t in tokens) == text.replace(" ", "")
