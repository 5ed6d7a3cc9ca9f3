"""The span tagger's fast attribute ids (Encoder.encode) equal the ids of the attribute
strings the training script uses (token_attributes), and tagging from them is the same."""

from __future__ import annotations

import re

import numpy as np
import pytest

from trustscore._attribution import find_attributions
from trustscore._attribution_tagger import LABELS, Tagger, load_tagger, make_tagger
from trustscore._attribution_tagging import sentence_units, unit_attributes
from trustscore._quotes import quote_spans
from trustscore._sentences import Sentences, tokenize
from trustscore._tagger_attributes import ATTRIBUTES, PAD

TEXTS = (
    "Finance Minister Ana Ruiz said the budget would be cut next year.",
    "“We will win,” she said, “and soon.” Officials, who asked not to be named, disagreed.",
    "The plan will fail, according to the union | and its allies say so too.",
    "Ruiz told Reuters: “No.” The U.S. envoy, Mr. Reyes, added that it was “over”.",
    "“",
    "A, B, C, D said said said ,,, ““”” 'x' ‘y’ || |a a| 99 said|",
    "Xyzzyq frobnicated wuzzle, Qwertz announced.",
)


def _units(text: str):  # type: ignore[no-untyped-def]
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    sentences = Sentences(text, quote_spans(text, bounds))
    atts, _ = find_attributions(text, bounds, learned=False, sentences=sentences)
    return sentence_units(sentences, bounds, atts, None)


def _string_ids(tagger: Tagger, attrs: list[list[tuple[str, ...]]]) -> list[list[int]]:
    """Each attribute's ids over all tokens, looked up from the attribute strings."""
    return [
        [tagger.values[a].get(t[a], 0) for u in attrs for t in u] for a in range(len(ATTRIBUTES))
    ]


def _check(tagger: Tagger, text: str) -> None:
    units = _units(text)
    attrs = [unit_attributes(u, tagger.clusters) for u in units]
    tokens = [t for u in units for t in u.tokens]
    lens = [len(u.tokens) for u in units]
    tags = [x for u in units for x in u.rule_tags]
    flags = [x for u in units for x in u.in_quote]
    fast = tagger.encoder.encode(tokens, lens, tags, flags)
    slow = _string_ids(tagger, attrs)
    for a, name in enumerate(ATTRIBUTES):
        assert fast[a].tolist() == slow[a], name
    assert tagger.tag_ids(fast, lens) == tagger.tag(attrs)


def _toy() -> Tagger:
    """A tagger whose vocabulary holds values of every attribute, pairs with "|" included."""
    state = {
        f"{name}[0]": {"B-CUE": {v: 0.5 for v in values}}
        for name, values in {
            "w": ["said", "|", "ruiz"],
            "bg": ["said|the", "||a", "a||", "said|<p>", "|||"],
            "shs": ["C|aid", "<p>|ana", "||a", "a||", "q|we"],
            "sh": ["C", "a", "q", "|", "X"],
            "suf": ["aid", "uiz"],
            "s2": ["id"],
            "lex": ["speech", "pron", "acc", "-"],
            "cl": ["3", "-"],
            "nc": ["Rsay", "Lsay", "self", "none", "Lannounce"],
            "cue": ["L1", "R2", "Lfar", "self", "none"],
            "qd": ["L1", "R4", "self", "none"],
            "cc": ["0", "1", "none"],
            "cap": ["-", "B", "B+", "I", "I+"],
            "pos": ["0", "1", "2", "end", "mid"],
            "rule": ["O", "CUE0", "SRC", "CON"],
            "q": ["0", "1"],
            "sq": ["1"],
            "sr": ["0"],
        }.items()
    }
    n = len(LABELS)
    zeros = [[0.0] * n for _ in range(n)]
    return make_tagger(state, [0.0] * n, zeros, ["said"], {"said": "3", "ruiz": "3"})


@pytest.mark.parametrize("text", TEXTS)
def test_toy_encoder_matches_attribute_strings(text: str) -> None:
    _check(_toy(), text)


@pytest.mark.parametrize("text", TEXTS)
def test_shipped_encoder_matches_attribute_strings(text: str) -> None:
    tagger = load_tagger()
    if tagger is None:
        pytest.skip("span tagger weights not present")
    _check(tagger, text)


def test_long_sentence_is_cut_the_same_way() -> None:
    _check(_toy(), "Ruiz said " + "very " * 500 + "much.")


def test_empty_input_encodes_to_nothing() -> None:
    tagger = _toy()
    ids = tagger.encoder.encode([], [], [], [])
    assert ids.shape == (len(ATTRIBUTES), 0)
    assert tagger.tag_ids(ids, []) == []


def test_padding_value_is_never_a_word() -> None:
    assert PAD not in _toy().encoder.word_index


WORDS = ["said", "ruiz", "xyzzyq", "frobnicated", "a", "|", "it's", "don't", "aid", "wuzzle"]
SPELLINGS = ["Said", "SAID", "Ruiz", "Xyzzyq", "it’s", "It’s", "IT’S", "“", "|", "9th", "iPad"]


@pytest.mark.parametrize("shipped", [False, True])
def test_row_lookups_match_the_row_functions(shipped: bool) -> None:
    tagger = load_tagger() if shipped else _toy()
    if tagger is None:
        pytest.skip("span tagger weights not present")
    enc = tagger.encoder
    assert any(w not in enc.word_index for w in WORDS)  # the unknown-word path is taken
    at = np.array([enc.word_index.get(w, -1) for w in WORDS])
    assert enc.word_rows(WORDS, at).tolist() == [list(enc.word_row(w)) for w in WORDS]
    rows, _ = enc.text_rows(SPELLINGS)
    assert rows.tolist() == [list(enc.text_row(t)) for t in SPELLINGS]


@pytest.mark.parametrize("text", ["İSTANBUL said it.", "ΟΔΟΣ: said", "Ruiz said it’s OK."])
def test_word_ids_by_text_match_the_lower_case_forms(text: str) -> None:
    # through the text table where the text is known; by the token's own lower-case form
    # when a character lowers to two ("İ") or by context ("Σ")
    enc = _toy().encoder
    toks = tokenize(text, 0, len(text))
    lows, texts = [t.lower for t in toks], [t.text for t in toks]
    _, text_at = enc.text_rows(texts)
    assert enc.word_ids(lows, texts, text_at).tolist() == [enc.word_index.get(w, -1) for w in lows]
