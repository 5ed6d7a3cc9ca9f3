"""Boilerplate detection: find the article among the page's blocks and name everything else.

Two steps, both over data computed in one pass over the blocks (no XPath over the tree):

1. **Main container.** Each block gets a content weight (long, sentence-like, link-poor text
   counts for it; short or link-heavy text counts against it). Weights are summed up the
   element tree; a subtree whose own class/id tokens or tag mark it as navigation, comments,
   sidebar, share bar… counts against its ancestors instead. The element with the highest sum
   is the main container: it holds the most article-like text and the least chrome.
2. **Block rules.** Blocks outside the container are boilerplate; blocks inside are body unless
   a rule names them (text cues first — class names are often obfuscated —, then class/id
   tokens of their ancestors inside the container, tag, link density), or they repeat
   elsewhere on the page (:mod:`trustscore._duplicates`), or a :class:`SiteProfile` knows them
   as the site's template.

Reasons are documented in docs/boilerplate.md. Every threshold below is a named constant;
they were set on trafilatura-eval and Mozilla Readability's pages (training) and checked on
the zyte benchmark's dev pages (held out), see benchmarks/eval_extraction.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trustscore._boilerplate_cues import (
    is_author_bio,
    is_author_line,
    is_byline,
    is_date_line,
    text_reason,
)
from trustscore._boilerplate_tree import (
    LONG_BLOCK,
    NEAR_MAX_LINK_DENSITY,
    ContainerTree,
    block_weight,
    is_linky,
    text_length,
)
from trustscore._document import Block, Document
from trustscore._duplicates import DuplicateRun, find_duplicates, normalize
from trustscore._report import Boilerplate, BoilerplateBlock, DuplicateGroup
from trustscore._signals import ArticleBody, BlockVerdict

if TYPE_CHECKING:
    from trustscore._profiles import SiteProfile

REASONS = (
    "duplicate", "navigation", "share", "newsletter", "subscribe", "author_bio",
    "feedback_widget", "audio_banner", "related", "advertising", "cookie_consent", "comments",
    "caption", "legal", "site_template", "title", "byline", "other",
)  # fmt: skip
"""Every reason a block can be boilerplate for (see docs/boilerplate.md)."""


# Inside the article, only link-heavy blocks up to this length are navigation: a longer one is
# a summary with links (a list of news items), i.e. text.
INSIDE_LINKY_MAX_CHARS = 160
# A link-heavy block whose links average at least this many characters is a teaser/related.
TEASER_ANCHOR_CHARS = 35
# In a repeated run of blocks where one block was named (a widget's title line), the other
# blocks shorter than this take the same reason; longer ones are judged on their own.
DUPLICATE_KEEP_MIN_CHARS = LONG_BLOCK
# Reasons that spread along a repeated run (widget-like things with several lines).
PROPAGATED_REASONS = frozenset(
    {"feedback_widget", "audio_banner", "newsletter", "subscribe", "share", "author_bio",
     "cookie_consent", "advertising"}
)  # fmt: skip
# Text reasons a writer's bio often carries in its last line ("Follow her on X", "Sign up for
# her newsletter"); a block that is a bio by its markup or its opening is an author_bio.
_BIO_LINES = frozenset({"share", "newsletter", "subscribe"})
# A link-only line of at most KICKER_MAX_CHARS before the first prose paragraph is a section
# link ("Local News") above the headline.
KICKER_MAX_CHARS = 40


def _link_reason(blocks: Sequence[Block], i: int, inside: bool) -> str | None:
    """navigation/related for a link-heavy block; inside the article only in a run of them."""
    b = blocks[i]
    if not is_linky(b):
        return None
    if inside and (
        len(b.text) > INSIDE_LINKY_MAX_CHARS
        or not (
            (i > 0 and is_linky(blocks[i - 1])) or (i + 1 < len(blocks) and is_linky(blocks[i + 1]))
        )
    ):
        return None  # a lone link or a linked summary inside the article is text
    if b.link_count and len(b.text) / b.link_count >= TEASER_ANCHOR_CHARS:
        return "related"
    return "navigation"


def _near_prose(b: Block) -> bool:
    """A block next to the container that reads as article prose (a lead outside it)."""
    return (
        (b.heading is None or b.heading > 1)
        and b.link_density < NEAR_MAX_LINK_DENSITY
        and text_length(b.text) >= LONG_BLOCK
    )


def _same_title(text: str, title: str | None) -> bool:
    """Whether a heading repeats the page title (normalised, or one containing the other)."""
    if not title:
        return False
    a, b = normalize(text), normalize(title)
    return bool(a) and (a == b or (len(a) > 20 and (a in b or b in a)))


def classify_blocks(
    doc: Document, *, profile: SiteProfile | None = None
) -> tuple[BlockVerdict, ...]:
    """Every block's verdict: body, or boilerplate with a reason and its occurrence count."""
    return _classify(doc, profile)[0]


def _classify(
    doc: Document, profile: SiteProfile | None
) -> tuple[tuple[BlockVerdict, ...], tuple[DuplicateRun, ...]]:
    """Verdicts of every block and the page's duplicate runs."""
    blocks = doc.blocks
    if not blocks:
        return (), ()
    reasons: list[str | None] = [None] * len(blocks)
    html = doc.kind == "html" and all(b.element is not None for b in blocks)
    if html:
        text_reasons = [text_reason(b.text, b.heading is not None) for b in blocks]
        weights = [block_weight(b) for b in blocks]
        tree = ContainerTree(blocks, weights, text_reasons)
        title = doc.metadata.title
        authors = tuple(normalize(a) for a in doc.metadata.authors if normalize(a))
        seen_prose = False
        for i, b in enumerate(blocks):
            level, chrome = tree.place(i)
            inside = level == 0
            reason = text_reasons[i]
            if reason in _BIO_LINES and (chrome == "author_bio" or is_author_bio(b.text, authors)):
                reason = "author_bio"  # "… covers diplomacy. Follow her on X.": a bio first
            if reason is None and inside and chrome is not None:
                reason = chrome
            if reason is None:
                reason = _link_reason(blocks, i, inside)
            if reason is None and b.tag == "figcaption":
                reason = "caption"
            if reason is None and not seen_prose:
                if b.heading is not None and _same_title(b.text, title):
                    reason = "title"
                elif is_byline(b.text) or is_author_line(b.text, b.tokens, authors):
                    reason = "byline"
                elif is_linky(b) and len(b.text) <= KICKER_MAX_CHARS:
                    reason = "navigation"  # a section link above the headline
            if reason is None and is_date_line(b.text):
                reason = "byline"
            if reason is None and is_author_bio(b.text, authors):
                reason = "author_bio"
            if reason is None and not inside:
                reason = chrome or ("other" if level < 0 or not _near_prose(b) else None)
            if reason is None and weights[i] > 0:
                seen_prose = True
            reasons[i] = reason
    else:  # plain text: no tree, only what the text itself says
        title = doc.metadata.title
        for i, b in enumerate(blocks):
            reason = text_reason(b.text)
            if reason is None and (is_date_line(b.text) or (i < 2 and is_byline(b.text))):
                reason = "byline"
            # the first line is the headline when metadata took it as one (_metadata)
            if reason is None and i == 0 and len(blocks) > 1 and title:
                reason = "title" if _same_title(b.text, title) else None
            reasons[i] = reason
    if profile is not None:
        for i, b in enumerate(blocks):
            if reasons[i] is None and profile.knows(b.text):
                reasons[i] = "site_template"
    occurrences = [1] * len(blocks)
    runs = tuple(find_duplicates([b.text for b in blocks]))
    for run in runs:
        for copy in run.occurrences:
            for i in copy:
                occurrences[i] = run.count
        _resolve_duplicates(blocks, run, reasons)
    _drop_orphan_headings(blocks, reasons)
    verdicts = tuple(
        BlockVerdict(block=b, is_body=r is None, reason=r, occurrences=o)
        for b, r, o in zip(blocks, reasons, occurrences, strict=True)
    )
    return verdicts, runs


def _resolve_duplicates(
    blocks: Sequence[Block], run: DuplicateRun, reasons: list[str | None]
) -> None:
    """Name the copies of a repeated text.

    When a rule named some block of the run (the title line of a widget), the run's other
    short blocks are parts of the same thing and take its reason. Removed copies with no
    specific reason ("other") become ``duplicate``. Copies inside the article that no rule
    named stay: articles repeat their own lines on purpose (recipes, fact-check boxes quoting
    a paragraph), and annotated article bodies keep every copy.
    """
    named = next((reasons[i] for c in run.occurrences for i in c if reasons[i]), None)
    if named is not None and named in PROPAGATED_REASONS:
        for copy in run.occurrences:
            for i in copy:
                if reasons[i] in (None, "other") and (
                    text_length(blocks[i].text) < DUPLICATE_KEEP_MIN_CHARS
                ):
                    reasons[i] = named
    for copy in run.occurrences:
        for i in copy:
            if reasons[i] == "other":
                reasons[i] = "duplicate"


def _drop_orphan_headings(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """A body heading with no body text after it before the next heading of its rank or
    higher (or the end) is chrome; a heading followed by its own subheading stays."""
    pending: int | None = None
    for i, b in enumerate(blocks):
        if reasons[i] is not None:
            continue
        if b.heading is not None:
            level = blocks[pending].heading if pending is not None else None
            if pending is not None and level is not None and b.heading <= level:
                reasons[pending] = _next_reason(reasons, pending)
            pending = i
        else:
            pending = None
    if pending is not None:
        reasons[pending] = _next_reason(reasons, pending)


def _next_reason(reasons: Sequence[str | None], i: int) -> str:
    """The reason of the first named block after block i ("other" when none)."""
    for r in reasons[i + 1 :]:
        if r is not None:
            return r
    return "other"


def extract_body(doc: Document, *, profile: SiteProfile | None = None) -> ArticleBody:
    """The article body of a Document, with every block's verdict."""
    verdicts, runs = _classify(doc, profile)
    paragraphs: list[str] = []
    headings: set[int] = set()
    for v in verdicts:
        if v.is_body:
            if v.block.heading is not None:
                headings.add(len(paragraphs))
            paragraphs.append(v.block.text)
    return ArticleBody(
        paragraphs=tuple(paragraphs),
        verdicts=verdicts,
        headings=frozenset(headings),
        duplicates=runs,
    )


def boilerplate_section(body: ArticleBody) -> Boilerplate:
    """The report's ``boilerplate`` section: removed blocks, their share, duplicate groups."""
    blocks: list[BoilerplateBlock] = []
    seen: set[str] = set()
    total = removed = 0
    for v in body.verdicts:
        n = len(v.block.text)
        total += n
        if v.is_body:
            continue
        removed += n
        key = normalize(v.block.text) or v.block.text
        if key in seen:
            continue
        seen.add(key)
        blocks.append(
            BoilerplateBlock(
                text=v.block.text, reason=v.reason or "other", occurrences=v.occurrences
            )
        )
    groups = []
    for run in body.duplicates:
        first = body.verdicts[run.occurrences[0][0]] if body.verdicts else None
        groups.append(
            DuplicateGroup(
                text=run.text,
                occurrences=run.count,
                reason=first.reason if first is not None else None,
            )
        )
    return Boilerplate(
        blocks=blocks,
        ratio=round(removed / total, 4) if total else 0.0,
        duplicate_groups=groups,
    )
