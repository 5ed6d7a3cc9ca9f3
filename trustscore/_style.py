"""Style n-grams: how a text is put together, with what it is about masked out.

Every word that is not a function word (``data/function_words.txt``) is replaced by its shape
(``w`` lower case, ``C`` capitalised, ``A`` all capitals, ``0`` a number); function words
(lower-cased) and punctuation marks stay. The n-grams (1 to :data:`NGRAM_MAX` tokens) of that
sequence are counted, weighted by sublinear TF-IDF over a small vocabulary chosen on the
training data, and a linear model turns them into one number, the *style logit*, which the
scoring model uses as one more input (``style_ngrams``). Because every step after the counting
is linear, the style input's contribution is exactly the sum of its n-grams' contributions (see
docs/style-ngrams.md). Topic words never reach the model: "the senator said" and "the
quarterback said" are both ``the w w``.

Scoring is pure Python; training (vocabulary, IDF, weights) lives in :mod:`trustscore._train`.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import cast

from trustscore._lexicon import MAX_EVIDENCE_SPANS, _data_lines

NGRAM_MAX = 3
"""Longest n-gram, in tokens. Trigrams of function words and shapes cover phrase patterns
("of the C", "' w ,") without growing into rare, article-specific sequences."""

STYLE_FEATURE = "style_ngrams"
"""Name of the style input in a model's feature list and in explanations."""

Gram = tuple[str, ...]

# A token: a run of letters, a run of digits, or one other non-space character (underscores and
# white space are the only characters outside every token). Possessive runs, no nested
# quantifiers: linear on any input. Captured, so that splitting on it keeps the gaps too.
_TOKEN = re.compile(r"([^\W\d_]++|\d++|[^\w\s])")

# Curly and typewriter quotation marks and apostrophes are one token each.
_PUNCTUATION = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"}


@cache
def _fixed_masks() -> Mapping[str, str]:
    """Tokens whose mask is fixed: function words in three casings, normalised quote marks."""
    masks: dict[str, str] = dict(_PUNCTUATION)
    for word in _data_lines("function_words.txt"):
        for form in (word, word.capitalize(), word.upper()):
            masks[form] = sys.intern(word)  # the vocabulary's tokens are interned too
    return masks


def _shape(token: str) -> str:
    """The mask of a token that is not a function word or a quote mark."""
    if token.isdigit():
        return "0"
    if not token[0].isalpha():
        return token  # one punctuation mark or symbol
    if token[0].isupper():
        return "A" if len(token) > 1 and token.isupper() else "C"
    return "w"


@dataclass(frozen=True)
class StyleText:
    """A text cut into style tokens: their masks, and the pieces that give their offsets."""

    text: str
    pieces: list[str]
    """The text cut around its tokens: gap, token, gap, token, ..., gap (they join into it)."""
    tokens: list[str]
    """The mask of each token (function word, shape or punctuation)."""


def style_text(text: str) -> StyleText:
    """The masked tokens of text (function words, shapes, punctuation) and their offsets."""
    pieces = _TOKEN.split(text)
    known = _fixed_masks().get
    # Most tokens are lower-case words that are not function words: their mask is "w" (what
    # _shape gives them), found without the call.
    return StyleText(
        text,
        pieces,
        [known(t) or ("w" if t.islower() else _shape(t)) for t in pieces[1::2]],
    )


def style_tokens(text: str) -> list[str]:
    """The masked token sequence of text (function words, shapes, punctuation)."""
    return style_text(text).tokens


def gram_counts(text: str) -> Counter[Gram]:
    """Counts of every style n-gram (1 to NGRAM_MAX tokens) of text."""
    return token_gram_counts(style_tokens(text))


def token_gram_counts(tokens: list[str]) -> Counter[Gram]:
    """Counts of every n-gram (1 to NGRAM_MAX tokens) of a masked token sequence."""
    counts: Counter[Gram] = Counter(zip(tokens, strict=False))
    for n in range(2, NGRAM_MAX + 1):
        counts.update(zip(*(tokens[i:] for i in range(n)), strict=False))
    return counts


def gram_text(gram: Gram) -> str:
    """An n-gram as stored in model files: its tokens joined by single spaces."""
    return " ".join(gram)


def tfidf(
    counts: Mapping[Gram, int], index: Mapping[Gram, int], idf: Sequence[float]
) -> dict[int, float]:
    """Sublinear, L2-normalised TF-IDF of the vocabulary's n-grams: {vocabulary index: value}.

    tf = 1 + ln(count), times the n-gram's idf, divided by the vector's Euclidean length (over
    the vocabulary's n-grams only); the same formula as scikit-learn's TfidfVectorizer with
    sublinear_tf and a fixed vocabulary."""
    raw = _raw_tfidf(counts, index, idf)
    norm = math.sqrt(math.fsum(v * v for v in raw.values()))
    return {j: v / norm for j, v in raw.items()} if norm > 0 else {}


def _raw_tfidf(
    counts: Mapping[Gram, int], index: Mapping[Gram, int], idf: Sequence[float]
) -> dict[int, float]:
    """(1 + ln count) * idf of the vocabulary's n-grams, before normalisation."""
    log, position = math.log, index.get
    raw = {}
    for gram, count in counts.items():
        j = position(gram)
        if j is not None:
            raw[j] = (1.0 + log(count)) * idf[j]
    return raw


_TF_TABLE_SIZE = 64
"""Counts below this take their sublinear term 1 + ln(count) from a table (computed with the
same expression, so the numbers are identical); nearly every n-gram of an article is rarer."""
_SUBLINEAR_TF = (math.nan, *(1.0 + math.log(count) for count in range(1, _TF_TABLE_SIZE)))


@dataclass(frozen=True)
class StyleModel:
    """A fitted style component: vocabulary, IDF, weights and intercept of the style logit."""

    vocabulary: tuple[Gram, ...]
    idf: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    @cached_property
    def index(self) -> Mapping[Gram, int]:
        """Position of each n-gram in the vocabulary (built once per model)."""
        return {gram: j for j, gram in enumerate(self.vocabulary)}

    @cached_property
    def _positions(self) -> Mapping[str | Gram, int]:
        """Vocabulary positions keyed as parts counts: unigrams by their token (no 1-tuples to
        build per token), longer n-grams by their tuple."""
        return {(gram[0] if len(gram) == 1 else gram): j for j, gram in enumerate(self.vocabulary)}

    def parts(self, tokens: list[str]) -> tuple[float, dict[int, float]]:
        """The style logit of a masked token sequence (style_tokens) and each present n-gram's
        share of it (by vocabulary index, in the order token_gram_counts meets them). The logit
        is intercept plus the sum of the shares.

        The numbers are those of tfidf (the same operations in the same order), found faster:
        only the vocabulary's n-grams are weighted, and 1 + ln(count) comes from a table."""
        # Counting vocabulary positions, not n-grams: the n-grams outside the vocabulary all
        # become None, and each present n-gram keeps its first-seen order (positions are
        # unique), so the numbers and their order are those of token_gram_counts.
        position = self._positions.get
        found: Counter[int | None] = Counter(map(position, tokens))
        for n in range(2, NGRAM_MAX + 1):
            found.update(map(position, zip(*(tokens[i:] for i in range(n)), strict=False)))
        found.pop(None, None)
        counts = cast(dict[int, int], found)
        if not counts:
            return self.intercept, {}
        idf, table, log = self.idf, _SUBLINEAR_TF, math.log
        raw = [
            (table[count] if count < _TF_TABLE_SIZE else 1.0 + log(count)) * idf[j]
            for j, count in counts.items()
        ]
        norm = math.sqrt(math.fsum([v * v for v in raw]))
        weights = self.weights
        shares = {j: weights[j] * (v / norm) for j, v in zip(counts, raw, strict=True)}
        return self.intercept + math.fsum(shares.values()), shares

    def logit(self, text: str) -> float:
        """The style logit of text."""
        return self.parts(style_tokens(text))[0]


def _occurrences(joined: str, gram: Gram, limit: int) -> list[int]:
    """Token positions of the first limit occurrences of gram in the tokens joined (by
    gram_spans) as " t0 t1 ... tn ". Tokens hold no spaces, so a match of " a b " is a match
    of whole tokens, and the spaces before it count the tokens before it."""
    wanted = " " + " ".join(gram) + " "
    found: list[int] = []
    at = joined.find(wanted)
    while at >= 0 and len(found) < limit:
        found.append(joined.count(" ", 0, at))
        at = joined.find(wanted, at + 1)
    return found


def gram_spans(text: StyleText, grams: Sequence[Gram], per_gram: int) -> list[tuple[int, int]]:
    """Character spans in text.text of the first per_gram occurrences of each n-gram; at most
    MAX_EVIDENCE_SPANS, in text order."""
    joined = " " + " ".join(text.tokens) + " "
    wanted: list[tuple[int, int]] = []  # (first token, last token)
    for gram in grams:
        for i in _occurrences(joined, gram, per_gram):
            wanted.append((i, i + len(gram) - 1))
    wanted = wanted[:MAX_EVIDENCE_SPANS]
    if not wanted:
        return []
    # Token i is piece 2i + 1 (pieces alternate gap, token): it starts after the first 2i + 1
    # pieces and ends after the first 2i + 2. Lengths of joined runs of pieces, in order,
    # give those offsets without measuring every piece.
    pieces, offsets, done, length = text.pieces, {}, 0, 0
    for boundary in sorted({k for a, b in wanted for k in (2 * a + 1, 2 * b + 2)}):
        length += len("".join(pieces[done:boundary]))
        offsets[boundary], done = length, boundary
    return sorted({(offsets[2 * a + 1], offsets[2 * b + 2]) for a, b in wanted})
