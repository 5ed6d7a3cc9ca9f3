"""Repeated blocks within one page: exact and near duplicates, merged into runs.

A feedback widget printed twice, or a paragraph a template repeats, shows up as the same
(or nearly the same) text more than once. Texts are compared after normalisation (lower case,
word characters only); near duplicates are found with word-shingle Jaccard similarity through
an inverted index, so the cost stays near-linear in the number of blocks. Consecutive blocks
that repeat together (the lines of one widget) are merged into one group, so a widget of five
lines printed twice is one group with two occurrences. Works on any sequence of strings, so
plain-text input (paragraphs) is handled the same way as HTML blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORDS = re.compile(r"\w+")

# Near duplicates: word 3-gram shingles; two texts are near copies when the Jaccard
# similarity of their shingle sets reaches NEAR_JACCARD. One changed word removes up to three
# shingles from each side, so 0.7 accepts a changed date or counter in a repeated widget of
# 20 words or more, and rejects two different sentences that share a phrase.
SHINGLE_WORDS = 3
NEAR_JACCARD = 0.7
# Only texts of at least this many words are compared for near duplicates (shorter texts
# must match exactly after normalisation: "Share" vs "Shares" are not near copies).
NEAR_MIN_WORDS = 6
# …and of at most this many: repeated widgets and template lines are short, while comparing
# every long article paragraph would cost more than the rest of the stage.
NEAR_MAX_WORDS = 60
# A shingle shared by more blocks than this is too common to index (keeps the cost linear
# on pages with hundreds of similar list items).
MAX_POSTING = 50
# A group is reported when its merged text has at least this many characters: single
# repeated words ("Share", "Menu", "1") are boilerplate noise, not a finding.
REPORT_MIN_CHARS = 12


def normalize(text: str) -> str:
    """Lower-cased word characters separated by single spaces (the comparison key)."""
    return " ".join(_WORDS.findall(text.lower()))


@dataclass(frozen=True)
class DuplicateRun:
    """One repeated text (or run of consecutive blocks) and where each copy is."""

    occurrences: tuple[tuple[int, ...], ...]
    """For each copy, the indexes of its blocks (consecutive, in page order)."""
    text: str
    """The first copy's text (its blocks joined by a space)."""

    @property
    def count(self) -> int:
        """How many times the text appears."""
        return len(self.occurrences)


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """Word 3-gram shingles (tuples) of a word list."""
    return set(zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))


def duplicate_classes(texts: Sequence[str]) -> list[int]:
    """For each text, the index of the first text it duplicates (itself when unique)."""
    rep = list(range(len(texts)))
    first_exact: dict[str, int] = {}
    keys = [normalize(t) for t in texts]
    for i, key in enumerate(keys):
        if not key:
            continue
        j = first_exact.setdefault(key, i)
        rep[i] = j
    # Near duplicates among the exact-class representatives.
    index: dict[tuple[str, ...], list[int]] = {}
    shingle_sets: dict[int, set[tuple[str, ...]]] = {}
    for i, key in enumerate(keys):
        if rep[i] != i:
            continue
        words = key.split()
        if not NEAR_MIN_WORDS <= len(words) <= NEAR_MAX_WORDS:
            continue
        sh = _shingles(words)
        shingle_sets[i] = sh
        counts: dict[int, int] = {}
        for s in sh:  # order-free: each shingle's posting list only grows with i
            posting = index.setdefault(s, [])
            if len(posting) <= MAX_POSTING:
                for j in posting:
                    counts[j] = counts.get(j, 0) + 1
                posting.append(i)
        best = None
        for j in sorted(counts):
            inter = counts[j]
            union = len(sh) + len(shingle_sets[j]) - inter
            if union and inter / union >= NEAR_JACCARD:
                best = j
                break
        if best is not None:
            rep[i] = rep[best]
    # Point every member at its class's final representative.
    return [rep[rep[i]] for i in range(len(texts))]


def find_duplicates(texts: Sequence[str]) -> list[DuplicateRun]:
    """Groups of repeated texts, consecutive repeats merged into runs, in page order."""
    rep = duplicate_classes(texts)
    members: dict[int, list[int]] = {}
    for i, r in enumerate(rep):
        members.setdefault(r, []).append(i)
    classes = {r: m for r, m in members.items() if len(m) > 1}
    # Merge runs: class B continues class A when each copy of B directly follows a copy of A.
    runs: list[list[list[int]]] = []
    run_of: dict[int, int] = {}  # class representative -> run index
    for r in sorted(classes):
        copies = classes[r]
        prev_rep = rep[copies[0] - 1] if copies[0] > 0 else None
        if prev_rep is not None and prev_rep in run_of:
            run = runs[run_of[prev_rep]]
            if len(run) == len(copies) and all(
                copy[-1] + 1 == i for copy, i in zip(run, copies, strict=True)
            ):
                for copy, i in zip(run, copies, strict=True):
                    copy.append(i)
                run_of[r] = run_of[prev_rep]
                continue
        run_of[r] = len(runs)
        runs.append([[i] for i in copies])
    out = []
    for run in runs:
        text = " ".join(texts[i] for i in run[0])
        if len(text) >= REPORT_MIN_CHARS:
            out.append(DuplicateRun(tuple(tuple(c) for c in run), text))
    return out
