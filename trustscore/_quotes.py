"""Direct quotes: where quoted words are, who said them, and quotes over several paragraphs.

Quote marks are read one at a time in a single left-to-right pass (no regex backtracking):
curly and straight double quotes, German „…“ and guillemets, and British single quotes when
they open at a word start and close before punctuation or the end of the paragraph. A quote
still open at the end of a paragraph continues when the next paragraph opens with a quote
mark (the newspaper convention); otherwise it ends with its paragraph. Single quotes inside
a double quote belong to the outer quote. See docs/sourcing.md.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustscore._signals import count_words

if TYPE_CHECKING:
    from trustscore._attribution import Attribution

_MARK = re.compile(r"''|[“”„«»\"‘’']")
_DOUBLE_OPEN = "“„«"
_CLOSERS = {"“": '”"', "„": '“”"', "«": "»", '"': '"”', "‘": "’'", "'": "'’"}
_OPEN_BEFORE = " \t\n([{—–-/"  # characters after which a mark opens a quote
_AFTER_CLOSE_SINGLE = " \t\n.,;:!?)]—–-…"  # a single quote closes only before these

# Quotes of fewer words than this with no speaker are titles or scare quotes ("truce"),
# not speech; calibrated by eye on PolNeAR train articles, where unattributed quotes of one
# to three words are almost all names of shows, slogans or ironic words.
MIN_UNATTRIBUTED_QUOTE_WORDS = 4
# A quote is matched against the contents that start at most this many contents before it
# (content spans are sentences or quoted paragraphs, so its owner is among the last few).
MAX_CONTENTS_BACK = 32
# A quote that starts at most this many characters after an attribution ends, with only
# punctuation and spaces between (". ", ": "), continues that attribution's speaker.
MAX_CONTINUATION_GAP = 4


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation in the body: the marks included, and the quoted words inside."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset one past the closing mark (or the paragraph end if it never closes)."""
    inner_start: int
    inner_end: int
    paragraphs: int = 1
    """How many paragraphs the quote runs over."""


def _opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_BEFORE or prev in '“"‘') and not nxt.isspace()


def _closes_single(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or nxt.isalnum():
        return False
    # "the members’ votes": a plural possessive, not the end of a quote.
    return not (prev == "s" and nxt == " " and i + 2 < len(text) and text[i + 2].islower())


def _paragraph_quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quotes inside text[start:end] as (open, close_end, closed); the last may stay open."""
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    opener = ""
    for m in _MARK.finditer(text, start, end):
        i, c = m.start(), m.group()
        if c == "''":  # two apostrophes: a double quote in older wire and NYT text
            c = '"'
            i = m.end() - 1 if open_at >= 0 else i
        if open_at < 0:
            if c in _DOUBLE_OPEN or (c in "\"‘'" and _opens(text, i)):
                if c in "'‘" and i + 2 < end and text[i + 1 : i + 3].isdigit():
                    continue  # '90s
                open_at, opener = i, c
            continue
        if opener in "‘'":
            if c in _CLOSERS[opener] and _closes_single(text, i):
                out.append((open_at, i + 1, True))
                open_at = -1
            elif c in '“"' and _opens(text, i):
                open_at, opener = i, c  # the single mark was an apostrophe after all
            continue
        if c in _CLOSERS[opener] and not (c == '"' and _opens(text, i) and i > open_at + 1):
            out.append((open_at, i + 1, True))
            open_at = -1
        elif c == "“" == opener and _closes_single(text, i):
            out.append((open_at, i + 1, True))  # “typo“: an opening mark used to close
            open_at = -1
    if open_at >= 0:
        out.append((open_at, end, False))
    return out


def _ends_open(text: str, spans: list[tuple[int, int, bool]]) -> bool:
    return bool(spans) and not spans[-1][2] and text[spans[-1][0]] not in "'‘"


def quote_spans(text: str, paragraph_bounds: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quotation in text, given the (start, end) of each paragraph."""
    result: list[QuoteSpan] = []
    carry: tuple[int, int] | None = None  # (open offset, paragraphs so far)
    for k, (ps, pe) in enumerate(paragraph_bounds):
        spans = _paragraph_quotes(text, ps, pe)
        if carry is not None:
            if spans and spans[0][0] == ps:
                first = spans.pop(0)
                open_at, n = carry
                if first[2]:
                    result.append(_make(text, open_at, first[1], n + 1))
                    carry = None
                else:
                    carry = (open_at, n + 1)
                    if k + 1 == len(paragraph_bounds):
                        result.append(_make(text, open_at, pe, n + 1))
                    continue
            else:
                # The previous quote never closed and this paragraph does not continue it.
                open_at, n = carry
                prev_end = paragraph_bounds[k - 1][1]
                result.append(_make(text, open_at, prev_end, n))
                carry = None
        for s, e, closed in spans:
            if not closed and s == spans[-1][0] and _ends_open(text, spans):
                carry = (s, 1)
                nxt = paragraph_bounds[k + 1][0] if k + 1 < len(paragraph_bounds) else None
                if nxt is None or text[nxt : nxt + 1] not in "“\"„«‘'":
                    result.append(_make(text, s, e, 1))
                    carry = None
                continue
            if closed or text[s] not in "'‘":
                result.append(_make(text, s, e, 1))
    return [q for q in result if q.inner_end > q.inner_start]


def _make(text: str, start: int, end: int, paragraphs: int) -> QuoteSpan:
    inner_start = start + 2 if text.startswith("''", start) else start + 1
    inner_end = end - 1 if end > start + 1 and text[end - 1] in "”»\"’'“" else end
    if text[end - 2 : end] == "''" and end - 2 >= inner_start:
        inner_end = end - 2
    return QuoteSpan(start, end, inner_start, max(inner_start, inner_end), paragraphs)


def inside(spans: list[QuoteSpan], offset: int) -> bool:
    """True when offset falls strictly inside one of the (sorted) quote spans."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo].start < offset < spans[lo].end


@dataclass(frozen=True)
class SpokenQuote:
    """A direct quote with the attribution it belongs to (None when no speaker was found)."""

    span: QuoteSpan
    attribution: Attribution | None


_NOT_BETWEEN = re.compile(r"[\w\n]")


def _continued(
    text: str, q: QuoteSpan, ends: list[tuple[int, int]], end_offsets: list[int]
) -> int | None:
    """The attribution that ends right before quote q in its paragraph, with nothing but
    punctuation between: "…, he wrote after the report. “This is real wage growth.”" goes on
    quoting him (a new sentence in the same quotation run)."""
    i = bisect.bisect_right(end_offsets, q.start) - 1
    if i < 0:
        return None
    end, k = ends[i]
    if q.start - end > MAX_CONTINUATION_GAP or _NOT_BETWEEN.search(text, end, q.start):
        return None
    return k


def attach_speakers(
    text: str, spans: list[QuoteSpan], attributions: list[Attribution]
) -> list[SpokenQuote]:
    """Match each quote to the attribution whose content holds it; drop scare quotes."""
    entries = sorted((cs, ce, k) for k, a in enumerate(attributions) for cs, ce in a.contents)
    starts = [e[0] for e in entries]
    ends = sorted((a.end, k) for k, a in enumerate(attributions) if a.source is not None)
    end_offsets = [e for e, _ in ends]
    out: list[SpokenQuote] = []
    for q in spans:
        holder: int | None = None
        touching: int | None = None
        hi = bisect.bisect_left(starts, q.end)
        for cs, ce, k in entries[max(0, hi - MAX_CONTENTS_BACK) : hi]:
            if cs <= q.inner_start and q.inner_end <= ce + 1:
                holder = k if holder is None else min(holder, k)
            elif q.start < ce:
                touching = k if touching is None else min(touching, k)
        idx = holder if holder is not None else touching
        if idx is None:
            idx = _continued(text, q, ends, end_offsets)
        owner = attributions[idx] if idx is not None else None
        words = count_words(text[q.inner_start : q.inner_end])
        if owner is None and words < MIN_UNATTRIBUTED_QUOTE_WORDS:
            continue
        out.append(SpokenQuote(q, owner))
    return out
