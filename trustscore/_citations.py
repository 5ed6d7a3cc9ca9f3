"""Outbound citations: the links inside the article body, where they go, and where they sit.

A link belongs to the body when the block that contains it (``Link.block``) is a body block.
Body blocks are paired with ``body.paragraphs`` in order by their text, so a link's anchor text
can be located in ``body.text`` for evidence. With no boilerplate verdicts (plain pipelines,
tests) every block whose text is a body paragraph counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trustscore._document import Document, Link
from trustscore._report import Span
from trustscore._signals import ArticleBody, span
from trustscore._urls import registrable_domain, split_with_host

# Hosts of government, military and intergovernmental bodies: gov, gob, gouv, gc, mil, int
# labels anywhere in the host, and the EU's domain.
_OFFICIAL_HOST = re.compile(
    r"(?:^|\.)(?:gov|gob|gouv|gv|govt|mil|int|gc)(?:\.[a-z]{2})?$|(?:^|\.)europa\.eu$"
)
# Courts and case-law registries, scholarly publishers, preprint servers and identifiers.
PRIMARY_DOMAINS = frozenset(
    {
        "doi.org", "dx.doi.org", "arxiv.org", "biorxiv.org", "medrxiv.org", "ssrn.com",
        "nature.com", "science.org", "sciencemag.org", "thelancet.com", "nejm.org",
        "jamanetwork.com", "bmj.com", "cell.com", "pnas.org", "plos.org", "springer.com",
        "wiley.com", "sciencedirect.com", "tandfonline.com", "oup.com", "jstor.org",
        "frontiersin.org", "mdpi.com", "acm.org", "ieee.org", "sagepub.com",
        "cambridge.org", "courtlistener.com", "supremecourt.gov", "uscourts.gov",
        "justia.com", "bailii.org", "legislation.gov.uk", "parliament.uk", "congress.gov",
        "sec.gov", "who.int", "un.org", "worldbank.org", "imf.org", "oecd.org",
    }
)  # fmt: skip
_LOOKAHEAD = 8  # how far ahead a body block's paragraph may be after the previous match
_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|csv)$", re.IGNORECASE)


@dataclass(frozen=True)
class BodyLink:
    """A link inside the article body."""

    link: Link
    paragraph: int
    """Index into body.paragraphs."""
    start: int | None
    """Offset of the anchor text in body.text, if found."""
    end: int | None


def block_paragraphs(doc: Document, body: ArticleBody) -> dict[int, int]:
    """Block index -> body paragraph index, for the blocks that are body paragraphs."""
    if body.verdicts:
        candidates = [v.block for v in body.verdicts if v.is_body]
    else:
        candidates = list(doc.blocks)
    out: dict[int, int] = {}
    j = 0
    paragraphs = body.paragraphs
    for block in candidates:
        k = j
        # Look a few paragraphs ahead: the body may have dropped or merged a block.
        while k < len(paragraphs) and k < j + _LOOKAHEAD and paragraphs[k] != block.text:
            k += 1
        if k < len(paragraphs) and paragraphs[k] == block.text:
            out[block.index] = k
            j = k + 1
    return out


def body_links(
    doc: Document, body: ArticleBody, mapping: dict[int, int] | None = None
) -> list[BodyLink]:
    """Every link inside a body paragraph, with its anchor located in body.text when found."""
    if mapping is None:
        mapping = block_paragraphs(doc, body)
    offsets = body.paragraph_offsets()
    cursor: dict[int, int] = {}
    out = []
    for link in doc.links:
        if link.block is None or link.block not in mapping:
            continue
        p = mapping[link.block]
        paragraph = body.paragraphs[p]
        start = end = None
        if link.text:
            at = paragraph.find(link.text, cursor.get(p, 0))
            if at >= 0:
                start, end = offsets[p] + at, offsets[p] + at + len(link.text)
                cursor[p] = at + len(link.text)
        out.append(BodyLink(link=link, paragraph=p, start=start, end=end))
    return out


def is_primary_source(url: str) -> bool:
    """True for links to official bodies, courts, journals, DOIs or documents (PDF, data)."""
    split = split_with_host(url)
    if split is None:
        return False
    parts, host = split
    if _OFFICIAL_HOST.search(host) or registrable_domain(host) in PRIMARY_DOMAINS:
        return True
    return bool(_DOCUMENT_PATH.search(parts.path)) or host in PRIMARY_DOMAINS


def link_spans(body: ArticleBody, links: list[BodyLink]) -> tuple[Span, ...]:
    """Evidence spans of the anchors that were found in body.text."""
    text = body.text
    return tuple(
        span(text, bl.start, bl.end) for bl in links if bl.start is not None and bl.end is not None
    )
