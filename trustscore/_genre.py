"""Article type: is the piece news, opinion, analysis, a review, satire or paid content?

Opinion, analysis and satire are not judged as news reports, so the genre is exposed as
signals (one boolean per genre) and set on the report's ``metadata.genre``.

Precedence, first that applies: a non-news genre declared by the page (JSON-LD ``@type`` such
as OpinionNewsArticle, its ``genre``, or the ``article:section``, as read into
``doc.metadata.genre``); a visible label near the headline ("Opinion", "Analysis", "Sponsored",
"Paid content"…); the URL's first path segment (/opinion/, /sponsored/…); the declared genre
(news or other); else unknown (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import get_args
from urllib.parse import urlsplit

from trustscore._document import Block, Document
from trustscore._report import ArticleType

LABEL_WINDOW = 4
"""A label counts when it is within four blocks of the headline (kicker above, tag line below):
wider windows reach the navigation, whose "Opinion" link is a section name, not a label."""
_MAX_LABEL_CHARS = 40  # a label is a few words, not a sentence that mentions the word
NAV_TOKENS = frozenset(
    {"nav", "navbar", "navigation", "menu", "megamenu", "sitenav", "subnav", "dropdown"}
)
"""id/class tokens of navigation: its "Opinion" or "Sponsored Content" items are section
links, not labels of this article."""

# Whole-block labels (the block's entire text), checked in this order.
_LABELS: tuple[tuple[re.Pattern[str], ArticleType], ...] = (
    (re.compile(r"(?:sponsored(?: content| post| story| by .{1,30})?|paid (?:content|post|"
                r"partnership|for by .{1,30})|partner content|advertiser content|advertorial|"
                r"advertisement feature|promoted content|brand ?voice|in partnership with .{1,30})",
                re.I), "sponsored"),
    (re.compile(r"(?:opinion|op-?ed|commentary|editorial|column|columnist|viewpoint|"
                r"perspective|guest (?:essay|column|opinion)|letters?(?: to the editor)?|"
                r"meinung|kommentar|tribune|opinión|opinião)", re.I), "opinion"),
    (re.compile(r"(?:(?:news )?analysis|explainer|fact ?check|analyse)", re.I), "analysis"),
    (re.compile(r"(?:satire|parody|humou?r)", re.I), "satire"),
    (re.compile(r"(?:review|film review|book review|album review)", re.I), "review"),
)  # fmt: skip
_LABEL_TRIM = " \t|:·•-–—›»"
# First path segments that name a genre section.
_URL_SECTIONS: dict[str, ArticleType] = {
    "opinion": "opinion", "opinions": "opinion", "commentary": "opinion",
    "comment": "opinion", "editorial": "opinion", "editorials": "opinion",
    "op-ed": "opinion", "oped": "opinion", "columns": "opinion", "columnists": "opinion",
    "commentisfree": "opinion",
    "analysis": "analysis", "explainer": "analysis", "explainers": "analysis",
    "sponsored": "sponsored", "sponsored-content": "sponsored", "partner-content": "sponsored",
    "paid-content": "sponsored", "brandvoice": "sponsored", "advertorial": "sponsored",
    "satire": "satire", "reviews": "review", "review": "review",
}  # fmt: skip
GENRES: tuple[ArticleType, ...] = tuple(g for g in get_args(ArticleType) if g != "other")


@dataclass(frozen=True)
class Genre:
    """The resolved article type and what it rests on."""

    genre: ArticleType | None
    source: str | None
    """declared, label, url or None."""
    label: Block | None = None
    """The visible label block, when one was found."""


def _headline_index(doc: Document) -> int | None:
    title = " ".join((doc.metadata.title or "").split()).casefold()
    first_h1 = None
    for block in doc.blocks:
        if block.heading == 1 and first_h1 is None:
            first_h1 = block.index
        if title and block.heading and block.text.casefold() == title:
            return block.index
    return first_h1


def headline_window(doc: Document) -> range:
    """Indexes of the blocks within LABEL_WINDOW of the headline (empty without a headline)."""
    at = _headline_index(doc)
    if at is None:
        return range(0)
    return range(max(0, at - LABEL_WINDOW), min(len(doc.blocks), at + LABEL_WINDOW + 1))


def visible_label(doc: Document) -> tuple[ArticleType, Block] | None:
    """A genre label shown near the headline (not in navigation), with its block."""
    for i in headline_window(doc):
        block = doc.blocks[i]
        if (
            block.heading == 1
            or len(block.text) > _MAX_LABEL_CHARS
            or block.tokens & NAV_TOKENS
            or block.tag == "li"  # an item of a list of sections, not a label
        ):
            continue
        text = block.text.strip(_LABEL_TRIM)
        for pattern, genre in _LABELS:
            if pattern.fullmatch(text):
                return genre, block
    return None


def url_genre(doc: Document) -> ArticleType | None:
    """Genre named by the first path segment of the page URL (or canonical URL)."""
    for url in (doc.url, doc.metadata.canonical_url):
        if not url:
            continue
        try:
            path = urlsplit(url).path
        except ValueError:
            continue
        segments = [s for s in path.lower().split("/") if s]
        # Skip a leading language or edition segment: /en/opinion/…, /us/opinion/…
        for segment in segments[:2]:
            if segment in _URL_SECTIONS:
                return _URL_SECTIONS[segment]
    return None


def resolve_genre(doc: Document) -> Genre:
    """The article's genre by the precedence in the module docstring."""
    declared = doc.metadata.genre
    if declared is not None and declared not in ("news", "other"):
        return Genre(declared, "declared")
    label = visible_label(doc)
    if label is not None:
        return Genre(label[0], "label", label[1])
    from_url = url_genre(doc)
    if from_url is not None:
        return Genre(from_url, "url")
    if declared is not None:
        return Genre(declared, "declared")
    return Genre(None, None)
