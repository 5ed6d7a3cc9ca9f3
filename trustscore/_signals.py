"""Plumbing shared by the signal families: the article body and the result every family returns.

A signal family is a pure function of the Document and the Body that returns a
:class:`SignalSet`; :mod:`trustscore._pipeline` wires the families in one explicit tuple.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from trustscore._document import Block
from trustscore._duplicates import DuplicateRun
from trustscore._report import SignalValue, Span

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    """Number of words in text (runs of word characters, hyphens and apostrophes inside)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class BlockVerdict:
    """The boilerplate stage's decision about one block."""

    block: Block
    is_body: bool
    reason: str | None = None
    """Why the block is boilerplate (None for body blocks); see docs/boilerplate.md."""
    occurrences: int = 1
    """How many times the block's text (or a near copy) appears on the page."""


@dataclass(frozen=True)
class ArticleBody:
    """The article text with the page around it removed; every text signal reads this."""

    paragraphs: tuple[str, ...]
    verdicts: tuple[BlockVerdict, ...] = ()
    """Every block of the page with its verdict, in page order."""
    headings: frozenset[int] = frozenset()
    """Indexes into paragraphs of the paragraphs that are headings."""
    duplicates: tuple[DuplicateRun, ...] = ()
    """Texts repeated on the page (block indexes of each copy); see trustscore._duplicates."""

    # Computed once per body (every family reads them; cached_property writes the instance's
    # __dict__ directly, so the dataclass stays frozen and its fields alone define equality).
    @cached_property
    def text(self) -> str:
        """Paragraphs joined by a blank line; every offset in the report refers to this."""
        return "\n\n".join(self.paragraphs)

    @cached_property
    def word_count(self) -> int:
        """Number of words in the body."""
        return count_words(self.text)

    def paragraph_offsets(self) -> list[int]:
        """Start offset in text of each paragraph."""
        offsets, pos = [], 0
        for p in self.paragraphs:
            offsets.append(pos)
            pos += len(p) + 2
        return offsets


@dataclass(frozen=True)
class SignalSet:
    """What a signal family returns: values by signal name, and the spans behind them."""

    values: Mapping[str, SignalValue]
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    """Problems met while measuring that did not stop it (copied into report.warnings)."""


def span(text: str, start: int, end: int) -> Span:
    """A Span of text[start:end]."""
    return Span(start=start, end=end, text=text[start:end])
