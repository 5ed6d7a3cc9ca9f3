"""Tagging units: the sentences the span tagger reads, and its labels turned into spans.

A unit is a sentence that may hold an attribution (a lexicon cue word, "According", a colon
near its start) or that opens with a quote mark (it may continue a quote). Each token carries
its attributes (see ``_attribution_tagger.token_attributes``), including the tag the rule
attributions give it, so the rules run first over the whole text.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

import numpy as np

from trustscore._attribution import LEARNED_CLASS, Attribution, find_attributions, may_attribute
from trustscore._attribution_tagger import LABELS, Tagger, load_tagger
from trustscore._quotes import QuoteSpan, quote_spans
from trustscore._sentences import OPEN_QUOTE, Sentences, Token
from trustscore._tagger_attributes import token_attributes


@dataclass(frozen=True)
class Unit:
    """One sentence given to the tagger."""

    start: int
    end: int
    tokens: list[Token]
    rule_tags: list[str]
    """Per token: the kind of the rule span holding it ("CUE", "SRC", "CON", with "0" on
    the span's first token) or "O"."""
    in_quote: list[bool]
    """Per token: inside a quotation."""


def unit_attributes(u: Unit, clusters: Mapping[str, str] | None = None) -> list[tuple[str, ...]]:
    """Attribute strings of a unit's tokens (training; inference uses Encoder.encode)."""
    return token_attributes(u.tokens, u.rule_tags, u.in_quote, clusters)


def _rule_tags(starts: list[int], atts: list[Attribution]) -> list[str]:
    """Per token (by its start offset; ascending): the kind of the first rule span holding
    it in _marks' order sorted by start, cue first ("CUE", "SRC", "CON", with "0" on the
    span's first token), or "O"."""
    marks = sorted(_marks(atts), key=lambda m: (m[0], m[2] != "CUE"))
    tags = ["O"] * len(starts)
    # the marks are written last to first, so the first mark holding a token writes last
    for s, e, kind in reversed(marks):
        lo = bisect.bisect_left(starts, s)
        hi = bisect.bisect_left(starts, e)
        if lo < hi:
            tags[lo:hi] = [kind] * (hi - lo)
            if starts[lo] == s:
                tags[lo] = kind + "0"
    return tags


def _marks(atts: list[Attribution]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every rule span, cue first so it wins over an enclosing content."""
    out = []
    for a in atts:
        out.append((a.cue[0], a.cue[1], "CUE"))
        if a.source is not None:
            out.append((a.source[0], a.source[1], "SRC"))
    for a in atts:
        out.extend((s, e, "CON") for s, e in a.contents)
    return out


def sentence_units(
    sentences: Sentences,
    bounds: list[tuple[int, int]],
    atts: list[Attribution],
    hints: frozenset[str] | None,
) -> list[Unit]:
    """The sentences of the text the tagger reads, in text order (hints None: all)."""
    text = sentences.text
    found: list[tuple[int, int, list[Token]]] = []
    for ps, pe in bounds:
        for ss, se in sentences.bounds(ps, pe):
            if (
                hints is not None
                and text[ss] not in OPEN_QUOTE
                and not may_attribute(text, ss, se, hints, sentences=sentences)
            ):
                continue
            toks = sentences.tokens(ss, se)
            if toks:
                found.append((ss, se, toks))
    starts = [t.start for _, _, toks in found for t in toks]
    tags = _rule_tags(starts, atts)
    flags = _inside_quotes(sentences.quotes, starts)
    units = []
    k = 0
    for ss, se, toks in found:
        n = len(toks)
        units.append(Unit(ss, se, toks, tags[k : k + n], flags[k : k + n]))
        k += n
    return units


def _inside_quotes(quotes: list[QuoteSpan], offsets: list[int]) -> list[bool]:
    """_quotes.inside of every offset, vectorised (the spans are sorted)."""
    if not quotes or not offsets:
        return [False] * len(offsets)
    starts = np.array([q.start for q in quotes])
    ends = np.array([q.end for q in quotes])
    at = np.asarray(offsets)
    k = np.searchsorted(ends, at, side="right")
    hit = k < len(quotes)
    k = np.minimum(k, len(quotes) - 1)
    flags: list[bool] = (hit & (starts[k] < at) & (at < ends[k])).tolist()
    return flags


# Per label id: the id of the I- label of its kind (O: none, -1).
_INSIDE = tuple(LABELS.index("I-" + lab[2:]) if lab != "O" else -1 for lab in LABELS)


def _runs(labs: list[int]) -> list[tuple[str, int, int]]:
    """(label, first token, one past last token) of each run of one kind: a token of any
    label but O, then the I- tokens of its kind that follow."""
    out: list[tuple[str, int, int]] = []
    if not any(labs):  # all O: most sentences
        return out
    i = 0
    n = len(labs)
    while i < n:
        lab = labs[i]
        j = i + 1
        if lab:  # O is label 0
            inside = _INSIDE[lab]
            while j < n and labs[j] == inside:
                j += 1
            out.append((LABELS[lab], i, j))
        i = j
    return out


def _split_content(u: Unit, labs: list[int], a: int, b: int) -> bool:
    """Tokens a..b between two content runs are a source and a cue, maybe with punctuation:
    "“We will,” she said, “win.”" is one content around its attribution (PolNeAR's
    discontinuous content, read as one envelope)."""
    names = [LABELS[labs[k]] for k in range(a, b)]
    return (
        any(n.endswith("CUE") for n in names)
        and any(n.endswith("SRC") for n in names)
        and all(n != "O" or not u.tokens[a + k].text[0].isalnum() for k, n in enumerate(names))
    )


def tagged_spans(units: list[Unit], labels: list[list[int]]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the tagged runs of every unit.

    A content run opening a sentence with I-CON extends the content that ended the sentence
    just before it; two content runs around a source and cue are one content.
    """
    out: list[tuple[str, int, int]] = []
    last_content: int | None = None  # index in out of a content ending its sentence
    prev_end = -1
    for u, labs in zip(units, labels, strict=True):
        toks = u.tokens
        carry = last_content if _adjacent(prev_end, u.start) else None
        last_content = None
        content_at: tuple[int, int] | None = None  # (index in out, end token) of last content
        for name, i, j in _runs(labs):
            kind = name[2:]
            s, e = toks[i].start, toks[j - 1].end
            if kind == "CON" and i == 0 and name == "I-CON" and carry is not None:
                out[carry] = ("CON", out[carry][1], e)
                idx = carry
            elif (
                kind == "CON"
                and content_at is not None
                and _split_content(u, labs, content_at[1], i)
            ):
                idx = content_at[0]
                out[idx] = ("CON", out[idx][1], e)
            else:
                out.append((kind, s, e))
                idx = len(out) - 1
            if kind == "CON":
                content_at = (idx, j)
                if j >= len(toks) - 1:
                    last_content = idx
        prev_end = u.end
    return out


def _adjacent(prev_end: int, start: int) -> bool:
    """Two units follow each other with only white space between (checked by offsets)."""
    return prev_end >= 0 and 0 <= start - prev_end <= 2


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def group_spans(
    text: str,
    spans: list[tuple[str, int, int]],
    units: list[Unit],
    rule_atts: list[Attribution],
) -> list[Attribution]:
    """Attributions from tagged spans, one per cue.

    Each cue takes the nearest free source of its sentence and the contents that start in
    its sentence and lie nearer to it than to another cue (a content continued over the next
    sentences starts in the cue's sentence). A cue overlapping a rule cue keeps the rule's
    lemma, class and recipient; other cues are of class LEARNED_CLASS. The contents of a
    sentence without a cue that directly follows a sentence with one go to that sentence
    (its nearest cue: the last); other sources and contents of a sentence without a cue are
    dropped: PolNeAR has no attribution without a cue.
    """
    starts = [u.start for u in units]
    by_unit: dict[int, list[tuple[str, int, int]]] = {}
    for sp in spans:
        by_unit.setdefault(bisect.bisect_right(starts, sp[1]) - 1, []).append(sp)
    with_cue = {k for k, group in by_unit.items() if any(kind == "CUE" for kind, _, _ in group)}
    for k in sorted(by_unit):
        if k in with_cue or k - 1 not in with_cue:
            continue
        if _adjacent(units[k - 1].end, units[k].start):
            moved = [sp for sp in by_unit[k] if sp[0] == "CON"]
            by_unit[k - 1].extend(moved)
            by_unit[k] = [sp for sp in by_unit[k] if sp[0] != "CON"]
    rules = sorted(rule_atts, key=lambda a: a.cue[0])
    rule_starts = [a.cue[0] for a in rules]
    out: list[Attribution] = []
    for k in sorted(by_unit):
        out.extend(_unit_attributions(text, by_unit[k], rules, rule_starts))
    return out


def _unit_attributions(
    text: str,
    group: list[tuple[str, int, int]],
    rules: list[Attribution],
    rule_starts: list[int],
) -> list[Attribution]:
    cues = [(s, e) for kind, s, e in group if kind == "CUE"]
    if not cues:
        return []
    sources = [(s, e) for kind, s, e in group if kind == "SRC"]
    contents: list[list[tuple[int, int]]] = [[] for _ in cues]
    for kind, s, e in group:
        if kind == "CON":
            j = min(range(len(cues)), key=lambda c: (_gap((s, e), cues[c]), c))
            contents[j].append((s, e))
    used: set[int] = set()
    out = []
    for j, cue in enumerate(cues):
        free = [m for m in range(len(sources)) if m not in used]
        source = None
        if free:
            m = min(free, key=lambda m: (_gap(sources[m], cue), sources[m][0] > cue[0], m))
            used.add(m)
            source = sources[m]
        rule = _rule_at(cue, rules, rule_starts)
        if rule is not None:
            out.append(
                Attribution(
                    cue, source, tuple(contents[j]), rule.lemma, rule.cue_class, rule.recipient
                )
            )
        else:
            lemma = text[cue[0] : cue[1]].lower()
            out.append(Attribution(cue, source, tuple(contents[j]), lemma, LEARNED_CLASS))
    return out


def _rule_at(
    cue: tuple[int, int], rules: list[Attribution], rule_starts: list[int]
) -> Attribution | None:
    """The rule attribution whose cue overlaps this cue, if any."""
    i = bisect.bisect_left(rule_starts, cue[1])
    for a in rules[max(0, i - 3) : i]:
        if _overlaps(a.cue, cue):
            return a
    return None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def tagged_attributions(
    text: str, paragraph_bounds: list[tuple[int, int]], tagger: Tagger | None = None
) -> tuple[list[Attribution], list[QuoteSpan]]:
    """Attributions of the span tagger (the rules' attributions when no tagger is trained)."""
    model = tagger or load_tagger()
    sentences = Sentences(text, quote_spans(text, paragraph_bounds))
    atts, quotes = find_attributions(text, paragraph_bounds, learned=False, sentences=sentences)
    if model is None:
        return atts, quotes
    units = sentence_units(sentences, paragraph_bounds, atts, model.hints)
    tokens = list(chain.from_iterable(u.tokens for u in units))
    lens = [len(u.tokens) for u in units]
    rule_tags = list(chain.from_iterable(u.rule_tags for u in units))
    in_quote = list(chain.from_iterable(u.in_quote for u in units))
    labels = model.tag_ids(model.encoder.encode(tokens, lens, rule_tags, in_quote), lens)
    return group_spans(text, tagged_spans(units, labels), units, atts), quotes
