"""Choosing the main container: content weights summed up the element tree in one pass.

Each block gets a content weight (long, sentence-like, link-poor text counts for it; short or
link-heavy text against it). Weights are summed up the tree; a subtree whose tag or own
class/id tokens mark it as chrome counts against its ancestors instead. The element with the
best score (sum, scaled by its share of text outside links and of blocks that are not link
lists, with a bonus for elements that declare themselves the article) is the main container;
siblings that hold a good share of its prose join it. See docs/boilerplate.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from trustscore._boilerplate_cues import (
    ARTICLE_BONUS,
    SECTION_REASONS,
    SECTION_TITLE_MAX_CHARS,
    is_article_element,
    negative_reason,
    own_tokens,
)
from trustscore._document import Block

# A block of at least LONG_BLOCK characters reads as article prose; shorter blocks count as
# prose; shorter blocks only when they end like a sentence (below).
LONG_BLOCK = 80
# A sentence-like block (ends like a sentence) of at least SHORT_SENTENCE_MIN characters counts
# for the article: instructions and quotes come in short sentences.
SHORT_SENTENCE_MIN = 15
# Weight of a short non-sentence block (characters of negative weight); small, so that a few
# "Advertisement" or "Photo: …" lines or list items between paragraphs do not split the
# article, while hundreds of labels in a sidebar still weigh against it.
SHORT_PENALTY = 3
# CJK characters carry about a word each: they count this many times in block lengths.
CJK_WEIGHT = 3
# Each character inside a link costs this much: link lists are navigation, not prose.
LINK_PENALTY = 1.0
# A negative subtree (nav, comments…) counts NEGATIVE_FACTOR times its absolute weight
# against its ancestors.
NEGATIVE_FACTOR = 1.0

_SENTENCE_END = re.compile(r"[.!?:;…\"'”’»)\]。！？」]\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

# A block with this share of its characters in links, and at most LINKY_MAX_CHARS long, is
# navigation or a teaser list, wherever it is.
LINKY_DENSITY = 0.5
LINKY_MAX_CHARS = 400
# The article is never inside an element with one of these reasons.
ENCLOSING_CHROME = frozenset({"comments", "cookie_consent"})
# A sibling of the container whose content weight is at least SIBLING_SHARE of the
# container's, with link density under SIBLING_MAX_LINK_DENSITY, is part of the article.
SIBLING_SHARE = 0.2
SIBLING_MAX_LINK_DENSITY = 0.25
# Prose paragraphs (at least LONG_BLOCK long, link density under NEAR_MAX_LINK_DENSITY, no
# chrome ancestor) under the container's parent or grandparent (NEAR_LEVELS) are body too:
# leads and standfirsts often sit in a sibling of the body container.
NEAR_LEVELS = 1
NEAR_MAX_LINK_DENSITY = 0.2


def block_weight(b: Block) -> float:
    """Content weight of one block for container choice (positive = article-like)."""
    if b.heading is not None:
        return -LINK_PENALTY * b.link_chars
    n = text_length(b.text)
    good = n >= LONG_BLOCK or (n >= SHORT_SENTENCE_MIN and _SENTENCE_END.search(b.text) is not None)
    if good:
        base = float(n - b.link_chars)
    elif b.tag in ("td", "th"):
        base = 0.0  # a data table's cells are short by nature: neutral, links still cost
    else:
        base = -SHORT_PENALTY
    return base - LINK_PENALTY * b.link_chars


def text_length(text: str) -> int:
    """Length of text with CJK characters counted CJK_WEIGHT times."""
    n = len(text)
    if not text.isascii():
        n += (CJK_WEIGHT - 1) * len(_CJK.findall(text))
    return n


def is_linky(b: Block) -> bool:
    """A link-heavy block (a menu item, a teaser headline)."""
    return b.link_density >= LINKY_DENSITY and len(b.text) <= LINKY_MAX_CHARS


class ContainerTree:
    """Aggregates over the ancestors of the blocks' elements, computed in one pass.

    Elements get integer ids in registration order, parents before children, so one pass
    over decreasing ids visits every child before its parent (no sorting, no recursion).
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        weights: Sequence[float],
        text_reasons: Sequence[str | None],
    ) -> None:
        ids: dict[Any, int] = {}
        elems: list[Any] = []
        parent: list[int] = []
        block_el: list[int] = []
        for b in blocks:
            e = ids.get(b.element)
            if e is None:
                chain = []
                node = b.element
                while node is not None and node not in ids:
                    chain.append(node)
                    node = node.getparent()
                pid = ids[node] if node is not None else -1
                for n in reversed(chain):
                    ids[n] = len(elems)
                    elems.append(n)
                    parent.append(pid)
                    pid = len(elems) - 1
                e = pid
            block_el.append(e)
        n_el = len(elems)
        own = [0.0] * n_el
        absolute = [0.0] * n_el
        count = [0] * n_el
        first = [len(blocks)] * n_el
        chars = [0] * n_el
        linked = [0] * n_el
        linky = [0] * n_el
        for i, (b, w) in enumerate(zip(blocks, weights, strict=True)):
            e = block_el[i]
            own[e] += w
            absolute[e] += abs(w)
            count[e] += 1
            first[e] = min(first[e], i)
            chars[e] += len(b.text)
            linked[e] += b.link_chars
            linky[e] += 1 if is_linky(b) else 0
        nblocks = count[:]  # blocks outside chrome, for the teaser-stream share
        for e in range(n_el - 1, 0, -1):  # block counts and first block of every subtree
            p = parent[e]
            if p >= 0:
                count[p] += count[e]
                first[p] = min(first[p], first[e])
        titled = self._titled_sections(blocks, text_reasons, block_el, parent, count, first)
        reason: list[str | None] = [None] * n_el
        candidates: list[tuple[float, int, int]] = []
        # Elements repeat the same tag and attributes (menu items, paragraphs): judge each
        # (tag, class, id, itemprop, has prose) once.
        judged: dict[tuple[Any, ...], tuple[str | None, bool]] = {}
        for e in range(n_el - 1, -1, -1):
            el = elems[e]
            key = (el.tag, el.get("class"), el.get("id"), el.get("itemprop"), own[e] > 0)
            verdict = judged.get(key)
            if verdict is None:
                tokens = own_tokens(el) if key[1] or key[2] else ()
                verdict = (negative_reason(el, tokens, own[e]), is_article_element(el, tokens))
                judged[key] = verdict
            r = titled.get(e) or verdict[0]
            reason[e] = r
            score = own[e]
            if score > 0 and r is None:
                # Readability's rule: a candidate is worth its text outside links.
                score *= 1.0 - (linked[e] / chars[e] if chars[e] else 0.0)
                # A teaser stream alternates linked headlines and summaries.
                score *= 1.0 - linky[e] / max(1, nblocks[e])
                if verdict[1]:
                    score *= ARTICLE_BONUS
                candidates.append((-score, -e, e))  # ties: the deeper (later) element
            p = parent[e]
            if p >= 0:
                own[p] += own[e] if r is None else -NEGATIVE_FACTOR * absolute[e]
                absolute[p] += absolute[e]
                if r is None:  # chrome is already counted against, once
                    chars[p] += chars[e]
                    linked[p] += linked[e]
                    linky[p] += linky[e]
                    nblocks[p] += nblocks[e]
        # The best candidate that is not inside a comment thread or a cookie/consent dialog
        # (a long reader comment, a long cookie notice).
        best = -1
        for *_, e in sorted(candidates):
            a = parent[e]
            while a >= 0 and reason[a] not in ENCLOSING_CHROME:
                a = parent[a]
            if a < 0:
                best = e
                break
        if best < 0 and n_el:  # no prose outside comments: the whole page is the candidate
            best = 0
        self.container = elems[best] if best >= 0 else None
        # Siblings of the container that hold a good share of its prose are the same article
        # split by an ad or a box (Readability's sibling rule).
        inside = {best} if best >= 0 else set()
        top = best  # the container's outermost wrapper that holds no other block
        while top >= 0 and parent[top] >= 0 and count[parent[top]] == count[top]:
            top = parent[top]
        if top >= 0 and parent[top] >= 0:
            p = parent[top]
            floor = SIBLING_SHARE * own[best]
            for e in range(p + 1, n_el):
                if (
                    parent[e] == p
                    and e != top
                    and reason[e] is None
                    and own[e] >= floor
                    and (linked[e] / chars[e] if chars[e] else 1.0) < SIBLING_MAX_LINK_DENSITY
                ):
                    inside.add(e)
        near: dict[int, int] = {}
        a = parent[top] if top >= 0 else -1
        for level in range(1, NEAR_LEVELS + 1):
            if a < 0:
                break
            near[a] = level
            a = parent[a]
        # Where each element is (0 inside the container, k under its k-th ancestor, -1
        # elsewhere) and the lowest chrome reason on the way up: parents before children.
        place: list[tuple[int, str | None]] = [(-1, None)] * n_el
        for e in range(n_el):
            if e in inside:
                place[e] = (0, None)
            elif e in near:
                place[e] = (near[e], None)
            else:
                up = place[parent[e]] if parent[e] >= 0 else (-1, None)
                place[e] = (up[0], reason[e] or up[1])
        self._block_place = [place[e] for e in block_el]

    @staticmethod
    def _titled_sections(
        blocks: Sequence[Block],
        text_reasons: Sequence[str | None],
        block_el: Sequence[int],
        parent: Sequence[int],
        count: Sequence[int],
        first: Sequence[int],
    ) -> dict[int, str]:
        """Sections that open with a chrome heading ("Related stories", "Comments"): the
        lowest ancestor of the heading that holds other blocks and starts with it."""
        out: dict[int, str] = {}
        for i, b in enumerate(blocks):
            reason = text_reasons[i]
            if reason not in SECTION_REASONS or len(b.text) > SECTION_TITLE_MAX_CHARS:
                continue
            if b.heading is None:
                continue
            e = block_el[i]
            while e >= 0 and count[e] <= 1:
                e = parent[e]
            if e >= 0 and first[e] == i:
                out[e] = reason
        return out

    def place(self, i: int) -> tuple[int, str | None]:
        """Where block i is: 0 inside the container, k under its k-th ancestor (k <=
        NEAR_LEVELS), -1 elsewhere; and the reason of the lowest chrome element above it."""
        return self._block_place[i]
