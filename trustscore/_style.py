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

Scoring looks the n-grams up as integer codes in numpy arrays (:mod:`trustscore._style_codes`),
with the same numbers as :func:`tfidf`; training (vocabulary, IDF, weights) lives in
:mod:`trustscore._style_train`.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from trustscore._lexicon import MAX_EVIDENCE_SPANS, _data_lines
from trustscore._style_codes import GramCodes

NGRAM_MAX = 3
"""Longest n-gram, in tokens. Trigrams of function words and shapes cover phrase patterns
("of the C", "' w ,") without growing into rare, article-specific sequences."""

STYLE_FEATURE = "style_ngrams"
"""Name of the style input in a model's feature list and in explanations."""

Gram = tuple[str, ...]
T = TypeVar("T")

# A token: a run of letters, a run of digits, or one other non-space character (underscores and
# white space are the only characters outside every token). Possessive runs, no nested
# quantifiers: linear on any input. Captured, so that splitting on it keeps the gaps too.
_TOKEN = re.compile(r"([^\W\d_]++|\d++|[^\w\s])")

# The same tokens, found about a fifth faster: the look-ahead skips gap characters with one test
# (no token starts there), and a run that starts with an ASCII letter is taken by a cheap range
# first, then continued by the letter class (so it is the same maximal run). A test checks that
# both split every code point alike.
_FAST_TOKEN = re.compile(r"(?=[^\s_])([A-Za-z]++(?:[^\W\d_]++)?+|[^\W\d_]++|\d++|[^\w\s])")

# Curly and typewriter quotation marks and apostrophes are one token each.
_PUNCTUATION = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"}


@cache
def _fixed_masks() -> Mapping[str, str]:
    """Tokens whose mask is fixed: function words in three casings, normalised quote marks."""
    masks: dict[str, str] = dict(_PUNCTUATION)
    for word in _data_lines("function_words.txt"):
        for form in (word, word.capitalize(), word.upper()):
            masks[form] = sys.intern(word)  # one string object per mask
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


def _mapped(
    tokens: list[str], fixed: Mapping[str, T], lower: T, other: Callable[[str], T]
) -> list[T]:
    """Each token's mask (or mask id): fixed ones from the table, lower-case words lower (the
    mask "w"; most tokens are such words, found without a call), the others by other."""
    known = fixed.get
    return [known(t) or (lower if t.islower() else other(t)) for t in tokens]


@dataclass(frozen=True)
class CutText:
    """A text cut around its style tokens (the pieces give their offsets)."""

    text: str
    pieces: list[str]
    """The text cut around its tokens: gap, token, gap, token, ..., gap (they join into it)."""


@dataclass(frozen=True)
class StyleText(CutText):
    """A text cut into style tokens: their masks, and the pieces that give their offsets."""

    tokens: list[str]
    """The mask of each token (function word, shape or punctuation)."""


def style_text(text: str) -> StyleText:
    """The masked tokens of text (function words, shapes, punctuation) and their offsets."""
    pieces = _FAST_TOKEN.split(text)
    return StyleText(text, pieces, _mapped(pieces[1::2], _fixed_masks(), "w", _shape))


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


_TF_TABLE_SIZE = 1024
"""Counts below this take their sublinear term 1 + ln(count) from a table (computed with the
same expression, so the numbers are identical); in an article of a few thousand words every
n-gram is rarer (the commonest, 'w', is about one token in two)."""
_SUBLINEAR_TF = np.array([math.nan, *(1.0 + math.log(count) for count in range(1, _TF_TABLE_SIZE))])


def _sublinear_tf(counts: NDArray[np.signedinteger], most: int) -> NDArray[np.float64]:
    """1 + ln(count) of each count (positive, at most most), the numbers math.log gives."""
    tf: NDArray[np.float64] = _SUBLINEAR_TF.take(counts, mode="clip")
    if most >= _TF_TABLE_SIZE:  # a long text: some counts may be past the table
        for i in (counts >= _TF_TABLE_SIZE).nonzero()[0].tolist():
            tf[i] = 1.0 + math.log(int(counts[i]))
    return tf


_NONE = np.zeros(0, dtype=np.intp)


@dataclass(frozen=True, eq=False)
class StyleMeasure:
    """The style n-grams of one token sequence: the style logit and each present vocabulary
    n-gram's share of it (the logit is the intercept plus the sum of the shares).

    The shares are kept in vocabulary order (what the sum needs: fsum is exact, so its order
    does not matter); the order in which the text meets its n-grams (token_gram_counts: the
    unigrams in text order, then the bigrams, then the trigrams), which breaks ties and orders
    share_map, is the order of their first hits."""

    logit: float
    positions: NDArray[np.signedinteger]
    """Vocabulary positions of the present n-grams, ascending."""
    shares: NDArray[np.float64]
    """Each present n-gram's share of the logit (weight times its TF-IDF value)."""
    hits: NDArray[np.signedinteger]
    """Vocabulary position (-1: none) of the unigram starting at each token, then of the
    bigram, then of the trigram (GramCodes.positions)."""
    size: int
    """Number of tokens."""

    def _first_hits(self, which: NDArray[np.intp]) -> NDArray[np.intp]:
        """Index in hits of the first hit of each of the present n-grams at which."""
        found = (self.hits >= 0).nonzero()[0]
        first = np.full(int(self.positions[-1]) + 1, len(self.hits), dtype=np.intp)
        np.minimum.at(first, self.hits[found], found)
        result: NDArray[np.intp] = first[self.positions[which]]
        return result

    def share_map(self) -> dict[int, float]:
        """The shares by vocabulary position, in the order the text meets the n-grams."""
        if not len(self.positions):
            return {}
        every = np.arange(len(self.positions))
        order = every[np.argsort(self._first_hits(every), kind="stable")]
        return dict(zip(self.positions[order].tolist(), self.shares[order].tolist(), strict=True))

    def strongest(self, sign: float, n: int) -> list[int]:
        """Positions of the n largest shares of sign's sign, largest first (ties: in the order
        the text meets them)."""
        if sign == 0 or not len(self.shares) or n < 1:
            return []
        keys = -self.shares if sign > 0 else self.shares  # smallest keys first
        if len(keys) > n:  # only the keys up to the n-th smallest can be among the first n
            which = (keys <= np.partition(keys, n - 1)[n - 1]).nonzero()[0]
        else:
            which = np.arange(len(keys))
        # A handful of candidates: sorted in Python, by key, then (only if two keys are equal)
        # by first hit.
        values, positions = keys[which].tolist(), self.positions[which].tolist()
        first = [0] * len(values)
        if len(set(values)) < len(values):
            first = self._first_hits(which).tolist()
        order = sorted(range(len(values)), key=lambda k: (values[k], first[k]))[:n]
        return [positions[k] for k in order if values[k] < 0]

    def starts(self, position: int, length: int, limit: int) -> list[int]:
        """Token index of the first limit occurrences of the vocabulary n-gram at position,
        which has length tokens."""
        n = self.size
        start = sum(max(n - m, 0) for m in range(length - 1))  # the shorter n-grams' hits
        segment = self.hits[start : start + max(n - length + 1, 0)]
        found: list[int] = (segment == position).nonzero()[0][:limit].tolist()
        return found


@dataclass(frozen=True, eq=False)
class _Prepared:
    """What a style model computes once: look-up tables, token ids, IDF and weights."""

    codes: GramCodes
    raw_ids: dict[str, int]
    """Id of each token whose mask is fixed (function words, quote marks) or is a vocabulary
    token (punctuation marks, shapes)."""
    lower_id: int
    """Id of the mask "w" of lower-case words."""
    idf: NDArray[np.float64]
    weights: NDArray[np.float64]

    def shape_id(self, token: str) -> int:
        """Id of the mask of a token outside raw_ids that is not a lower-case word."""
        return self.codes.token_ids.get(_shape(token), self.codes.other)


@dataclass(frozen=True)
class StyleModel:
    """A fitted style component: vocabulary, IDF, weights and intercept of the style logit."""

    texts: tuple[str, ...]
    """The vocabulary's n-grams as model files store them: tokens joined by single spaces."""
    idf: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    @classmethod
    def from_grams(
        cls, grams: Sequence[Gram], idf: Sequence[float], weights: Sequence[float], intercept: float
    ) -> StyleModel:
        """A style model of n-grams given as token tuples."""
        return cls(tuple(map(gram_text, grams)), tuple(idf), tuple(weights), intercept)

    @cached_property
    def vocabulary(self) -> tuple[Gram, ...]:
        """The vocabulary's n-grams as token tuples (built when first asked for: scoring
        needs only the texts, and loading a model then allocates no tuple per n-gram)."""
        return tuple(tuple(text.split(" ")) for text in self.texts)

    @cached_property
    def index(self) -> Mapping[Gram, int]:
        """Position of each n-gram in the vocabulary (built once per model)."""
        return {gram: j for j, gram in enumerate(self.vocabulary)}

    @cached_property
    def _prepared(self) -> _Prepared:
        """Look-up tables and arrays (built once per model, when loading)."""
        codes = GramCodes.build(self.texts)
        ids = codes.token_ids
        raw = {token: ids.get(mask, codes.other) for token, mask in _fixed_masks().items()}
        for token in ids:  # a vocabulary token's own mask, as style_text would give it
            raw[token] = ids.get(_mapped([token], _fixed_masks(), "w", _shape)[0], codes.other)
        return _Prepared(
            codes, raw, ids.get("w", codes.other), np.array(self.idf), np.array(self.weights)
        )

    def prepare(self) -> StyleModel:
        """This model with its look-up tables built (Scorer does it when loading)."""
        self._prepared  # noqa: B018 (builds the cached tables)
        return self

    def measure(self, tokens: Sequence[str]) -> StyleMeasure:
        """The style logit of a masked token sequence (style_tokens) and its n-grams' shares.

        The numbers are those of tfidf times the weights (the same floating-point operations
        on the same numbers, bit for bit; fsum is exact, so its order does not matter), found
        with arrays: token ids, n-gram look-ups (GramCodes), counts (bincount), and
        1 + ln(count) from a table."""
        return self._measure(self._prepared.codes.encode(tokens))

    def measure_text(self, text: str) -> tuple[CutText, StyleMeasure]:
        """The cut text and measure(style_tokens(text)), the tokens' ids found without their
        masks (the same ids: each token maps to its mask's id)."""
        prepared, pieces = self._prepared, _FAST_TOKEN.split(text)
        shape = prepared.shape_id
        ids = _mapped(pieces[1::2], prepared.raw_ids, prepared.lower_id, shape)
        return CutText(text, pieces), self._measure(np.array(ids, dtype=np.intp))

    def _measure(self, ids: NDArray[np.intp]) -> StyleMeasure:
        prepared = self._prepared
        hits = prepared.codes.positions(ids)
        counts = np.bincount(hits[hits >= 0], minlength=len(self.texts))
        positions = counts.nonzero()[0]
        if not len(positions):
            return StyleMeasure(self.intercept, _NONE, np.zeros(0), hits, len(ids))
        raw = _sublinear_tf(counts[positions], len(ids)) * prepared.idf[positions]
        norm = math.sqrt(math.fsum((raw * raw).tolist()))
        shares = prepared.weights[positions] * (raw / norm)
        logit = self.intercept + math.fsum(shares.tolist())
        return StyleMeasure(logit, positions, shares, hits, len(ids))

    def parts(self, tokens: Sequence[str]) -> tuple[float, dict[int, float]]:
        """The style logit of a masked token sequence and each present n-gram's share of it
        (by vocabulary index, in the order token_gram_counts meets them)."""
        measured = self.measure(tokens)
        return measured.logit, measured.share_map()

    def logit(self, text: str) -> float:
        """The style logit of text."""
        return self.measure(style_tokens(text)).logit


def token_spans(text: CutText, wanted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans in text.text of the first MAX_EVIDENCE_SPANS (first token, last token)
    runs of wanted, in text order."""
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
