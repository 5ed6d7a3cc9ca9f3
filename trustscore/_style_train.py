"""Training the style component: vocabulary, IDF and weights of the style logit.

All choices are made on the training data only: the vocabulary is the STYLE_VOCABULARY n-grams
found in the most training articles, the IDF is computed on them, and the inverse L2 strength
of the style logistic regression is chosen on publisher-grouped folds of the training data by
calibrated log loss (:func:`trustscore._train.search_c`), like the main model's. Those folds
also give the *out-of-fold* style logits the main model is trained on (stacking), so the main
model learns how much to trust the style logit on articles the style model did not see.

Training works on one sparse count matrix per data set (:class:`GramMatrix`, built once);
scoring recomputes the same TF-IDF per article (:mod:`trustscore._style`); a test checks
the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from trustscore._style import Gram, StyleModel, gram_counts

STYLE_VOCABULARY_GRID = (300, 1000, 3000)
"""Candidate sizes of the style vocabulary (the n-grams in the most training articles), chosen
with the L2 strength on the training data by fit_style: from a few hundred (the function
words, punctuation and their commonest pairs) to a few thousand (still small enough for a
model file of a few hundred kilobytes)."""
STYLE_MIN_DF = 5
"""An n-gram must occur in at least this many training articles to be in the vocabulary (rarer
sequences are one publisher's habit or one article's quirk)."""
STYLE_C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
"""Candidate inverse L2 strengths of the style logistic regression (half-decade steps around
scikit-learn's default 1; TF-IDF rows have unit length, so useful values are larger than the
main model's)."""
MAX_ITER = 1000
"""lbfgs iteration cap."""


@dataclass(frozen=True)
class GramMatrix:
    """Style n-gram counts of a list of articles: a sparse articles × n-grams count matrix."""

    counts: sparse.csr_matrix
    grams: tuple[Gram, ...]
    """The n-gram of each column (sorted, so column order is deterministic)."""

    def rows(self, index: Sequence[int]) -> GramMatrix:
        """The articles at index."""
        return GramMatrix(self.counts[list(index)], self.grams)

    def columns_for(self, vocabulary: Sequence[Gram]) -> sparse.csr_matrix:
        """Counts of the given n-grams (zero for n-grams this matrix does not hold)."""
        position = {gram: j for j, gram in enumerate(self.grams)}
        select = sparse.lil_matrix((len(self.grams) + 1, len(vocabulary)))
        for k, gram in enumerate(vocabulary):
            select[position.get(gram, len(self.grams)), k] = 1.0
        padded = sparse.hstack([self.counts, sparse.csr_matrix((self.counts.shape[0], 1))])
        return sparse.csr_matrix(padded @ select.tocsr())


def gram_matrix(texts: Sequence[str], min_df: int = STYLE_MIN_DF) -> GramMatrix:
    """Count matrix of the n-grams in at least min_df of texts (no fold can keep rarer ones)."""
    counted = [gram_counts(text) for text in texts]
    df: dict[Gram, int] = {}
    for counts in counted:
        for gram in counts:
            df[gram] = df.get(gram, 0) + 1
    grams = tuple(sorted(g for g, n in df.items() if n >= min_df))
    column = {gram: j for j, gram in enumerate(grams)}
    rows, cols, values = [], [], []
    for i, counts in enumerate(counted):
        for gram, count in counts.items():
            j = column.get(gram)
            if j is not None:
                rows.append(i)
                cols.append(j)
                values.append(float(count))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), len(grams)))
    matrix.sort_indices()
    return GramMatrix(matrix, grams)


def vocabulary(matrix: GramMatrix) -> tuple[list[int], NDArray[np.float64]]:
    """Columns of the n-grams in at least STYLE_MIN_DF articles, by how many articles hold them
    (ties: n-gram order), and their IDF; a vocabulary of size k is the first k of them.

    IDF = ln((1 + n) / (1 + df)) + 1 over the n articles of matrix (scikit-learn's smooth IDF)."""
    df = np.asarray((matrix.counts > 0).sum(axis=0)).ravel()
    order = np.lexsort((np.arange(len(df)), -df))
    chosen = [int(j) for j in order if df[j] >= STYLE_MIN_DF]
    n = matrix.counts.shape[0]
    idf = np.log((1.0 + n) / (1.0 + df[chosen])) + 1.0
    return chosen, idf


def tfidf_rows(counts: sparse.csr_matrix, idf: NDArray[np.float64]) -> sparse.csr_matrix:
    """Sublinear, L2-normalised TF-IDF of count rows (the formula of trustscore._style.tfidf)."""
    weighted = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    weighted.data = 1.0 + np.log(weighted.data)
    weighted = sparse.csr_matrix(weighted @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    scale = np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)
    return sparse.csr_matrix(sparse.diags(scale) @ weighted)


@dataclass(frozen=True)
class FittedStyle:
    """A fitted style component and the out-of-fold style logits of its training articles."""

    model: StyleModel
    out_of_fold: NDArray[np.float64]
    c: float
    """The chosen inverse L2 strength."""
    c_losses: tuple[float, ...]
    """Calibrated out-of-fold log loss of each (vocabulary size, C), sizes in the outer loop."""

    def logits(self, matrix: GramMatrix) -> NDArray[np.float64]:
        """Style logits of the articles of matrix."""
        x = tfidf_rows(matrix.columns_for(self.model.vocabulary), np.asarray(self.model.idf))
        return (
            np.asarray(x @ np.asarray(self.model.weights), dtype=np.float64) + self.model.intercept
        )


def style_pipeline(c: float) -> LogisticRegression:
    """The style logistic regression (TF-IDF rows need no scaling)."""
    return LogisticRegression(C=c, max_iter=MAX_ITER)


def fit_style(
    matrix: GramMatrix, y: NDArray[np.int64], groups: Sequence[str]
) -> FittedStyle | None:
    """Fit the style component, choosing its vocabulary size and L2 strength on
    publisher-grouped folds of the training data (lowest calibrated out-of-fold log loss;
    ties: the smaller vocabulary, then the smaller C). None when the chosen out-of-fold logits
    do not predict the label (a non-positive Platt slope: the style model would only add noise,
    or worse)."""
    from trustscore._train import SearchResult, search_c

    ranked, idf = vocabulary(matrix)
    if not ranked:
        return None
    best: tuple[float, int, SearchResult] | None = None
    losses: list[float] = []
    for size in STYLE_VOCABULARY_GRID:
        x = tfidf_rows(matrix.counts[:, ranked[:size]], idf[:size])
        search = search_c(x, y, groups, STYLE_C_GRID, style_pipeline)
        losses += search.losses
        loss = round(min(search.losses), 12)
        if best is None or loss < best[0]:
            best = (loss, size, search)
        if size >= len(ranked):
            break  # larger vocabularies would be the same one
    assert best is not None
    _, size, search = best
    if search.platt_slope <= 0:
        return None
    columns = ranked[:size]
    fitted = style_pipeline(search.c).fit(tfidf_rows(matrix.counts[:, columns], idf[:size]), y)
    model = StyleModel.from_grams(
        [matrix.grams[j] for j in columns],
        [float(v) for v in idf[:size]],
        [float(w) for w in fitted.coef_[0]],
        float(fitted.intercept_[0]),
    )
    return FittedStyle(model, search.logits, search.c, tuple(losses))
