"""Integer-coded style n-grams: a text's vocabulary n-grams found with array look-ups.

Each token of the vocabulary (function words, shapes, punctuation) gets a small id, 1 to T;
every other token is ``T + 1`` ("other"), which is in no vocabulary n-gram. With ``K = T + 2``,
a bigram ``(a, b)`` is the number ``a * K + b``, and look-up tables built once per model give
the vocabulary position of every unigram and bigram code (-1 when it is not in the
vocabulary). A trigram ``(a, b, c)`` is looked up in two steps, so that the table stays small:
its first two tokens give the row of that prefix (one row per prefix of a vocabulary trigram,
and a last row of -1 for every other prefix), and ``row * K + c`` the position. A text's n-grams
are then a few array operations, whatever its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np
from numpy.typing import NDArray

CODED_NGRAM_MAX = 3
"""Longest n-gram the tables look up (unigrams, bigrams and trigrams)."""

Positions = NDArray[np.signedinteger]
"""Vocabulary positions: int16 for vocabularies of fewer than 2 ** 15 n-grams (the shipped
model's 3,000; half the memory of int32), else int32."""


@dataclass(frozen=True, eq=False)
class GramCodes:
    """Look-up tables from token ids and n-gram codes to vocabulary positions (-1: absent)."""

    token_ids: dict[str, int]
    """Id of each token found in the vocabulary's n-grams (1 to T)."""
    other: int
    """The id of every other token (T + 1)."""
    unigram: Positions
    bigram: Positions
    """Indexed by a * K + b."""
    prefix: NDArray[np.int32]
    """Trigram prefix row of a * K + b (the last row, all -1, for prefixes of no trigram)."""
    trigram: Positions
    """Indexed by row * K + c."""

    @property
    def width(self) -> int:
        """K: ids run from 1 to K - 1."""
        return self.other + 1

    @classmethod
    def build(cls, texts: Sequence[str]) -> GramCodes:
        """The tables of a vocabulary of n-grams of 1 to CODED_NGRAM_MAX tokens, given as their
        tokens joined by single spaces (as model files store them)."""
        tokens = sorted({token for text in texts for token in text.split(" ")})
        ids = {token: i for i, token in enumerate(tokens, start=1)}
        k = len(tokens) + 2
        kind = np.int16 if len(texts) < 2**15 else np.int32
        # Codes are built as plain ints (no tuple per n-gram: loading allocates few objects for
        # the garbage collector to count; the lists of split are freed at once).
        rows: dict[int, int] = {}  # trigram prefix code a * K + b -> its row
        for text in texts:
            gram = text.split(" ")
            if len(gram) == CODED_NGRAM_MAX:
                rows.setdefault(ids[gram[0]] * k + ids[gram[1]], len(rows))
        unigram = np.full(k, -1, dtype=kind)
        bigram = np.full(k * k, -1, dtype=kind)
        prefix = np.full(k * k, len(rows), dtype=np.int32)
        trigram = np.full((len(rows) + 1) * k, -1, dtype=kind)
        prefix[list(rows)] = list(rows.values())
        for j, text in enumerate(texts):
            gram = text.split(" ")
            if len(gram) == 1:
                unigram[ids[gram[0]]] = j
            elif len(gram) == 2:
                bigram[ids[gram[0]] * k + ids[gram[1]]] = j
            elif len(gram) == CODED_NGRAM_MAX:
                row = rows[ids[gram[0]] * k + ids[gram[1]]]
                trigram[row * k + ids[gram[2]]] = j
            else:
                raise ValueError(f"n-gram of {len(gram)} tokens: at most {CODED_NGRAM_MAX}")
        return cls(ids, len(tokens) + 1, unigram, bigram, prefix, trigram)

    def encode(self, tokens: Sequence[str]) -> NDArray[np.intp]:
        """The id of each token (other for tokens in no vocabulary n-gram)."""
        found = map(self.token_ids.get, tokens, repeat(self.other))
        return np.fromiter(found, dtype=np.intp, count=len(tokens))

    def positions(self, ids: NDArray[np.intp]) -> Positions:
        """Vocabulary position of the n-gram starting at each token, unigrams, then bigrams,
        then trigrams (n + (n - 1) + (n - 2) entries for n tokens; -1 where absent)."""
        k = self.width
        pairs = ids[:-1] * k + ids[1:]
        triples = self.prefix[pairs[:-1]] * k + ids[2:]
        return np.concatenate((self.unigram[ids], self.bigram[pairs], self.trigram[triples]))
