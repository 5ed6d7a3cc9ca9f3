"""Article metadata from meta tags, JSON-LD, microdata and visible page furniture."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from trustscore._authors import (
    BYLINE,
    dedupe_names,
    names_from_jsonld,
    split_authors,
    text_byline,
    visible_byline,
)
from trustscore._dates import first_datetime, time_element
from trustscore._document import Block, text_block
from trustscore._jsonld import ARTICLE_TYPES, by_id, clean, find_article, types_of
from trustscore._report import ArticleType, Metadata

_SPACE = re.compile(r"\s+")
# Title separators between a headline and the site name: "Headline | Site", "Headline - Site".
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·•/\\]|::)\s+")
_GENRE_BY_TYPE: dict[str, ArticleType] = {
    "NewsArticle": "news",
    "ReportageNewsArticle": "news",
    "AskPublicNewsArticle": "news",
    "LiveBlogPosting": "news",
    "AnalysisNewsArticle": "analysis",
    "BackgroundNewsArticle": "analysis",
    "OpinionNewsArticle": "opinion",
    "ReviewNewsArticle": "review",
    "Review": "review",
    "AdvertiserContentArticle": "sponsored",
    "SatiricalArticle": "satire",
}
# Section names and genre labels that declare the kind of piece.
_GENRE_WORDS: tuple[tuple[re.Pattern[str], ArticleType], ...] = (
    (re.compile(r"\b(?:sponsored|paid (?:post|content)|advertorial|partner content|"
                r"advertiser content|brandvoice)\b", re.I), "sponsored"),
    (re.compile(r"\b(?:opinion|op-?ed|commentary|editorials?|column|viewpoint|"
                r"meinung|kommentar|tribune)\b", re.I), "opinion"),
    (re.compile(r"\b(?:analysis|explainer|news analysis)\b", re.I), "analysis"),
    (re.compile(r"\b(?:satire|humou?r)\b", re.I), "satire"),
    (re.compile(r"\b(?:reviews?)\b", re.I), "review"),
)  # fmt: skip
POLICY_PROPERTIES = (
    "publishingPrinciples",
    "correctionsPolicy",
    "ethicsPolicy",
    "masthead",
    "unnamedSourcesPolicy",
    "ownershipFundingInfo",
    "actionableFeedbackPolicy",
    "diversityPolicy",
    "diversityStaffingReport",
    "verificationFactCheckingPolicy",
    "missionCoveragePrioritiesPolicy",
    "noBylinesPolicy",
)
# Link text that names a policy page; the first match wins, so the specific come first.
_POLICY_LINK_TEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:unnamed|anonymous) sources?\b", re.I), "unnamedSourcesPolicy"),
    (re.compile(r"\bcorrections?\b|\bcorrection policy\b|\bkorrektur", re.I), "correctionsPolicy"),
    (re.compile(r"\bfact[- ]?check(?:ing)? (?:policy|standards|process)\b|\bverification\b",
                re.I), "verificationFactCheckingPolicy"),
    (re.compile(r"\bethic|\bcode of (?:conduct|practice)\b|\beditorial (?:standards|values)\b|"
                r"\bstandards and (?:practices|ethics)\b|\bjournalistic standards\b", re.I),
     "ethicsPolicy"),
    (re.compile(r"\bpublishing principles\b|\beditorial (?:policy|policies|guidelines|"
                r"independence)\b|\bour principles\b|\btrust principles\b", re.I),
     "publishingPrinciples"),
    (re.compile(r"\bmasthead\b|\bour (?:team|staff|journalists|newsroom)\b|\bstaff directory\b|"
                r"\bimpressum\b|\bimprint\b", re.I), "masthead"),
    (re.compile(r"\bownership\b|\bwho (?:owns|funds) us\b|\bour funding\b|\bfunders?\b|"
                r"\bsupporters\b", re.I), "ownershipFundingInfo"),
    (re.compile(r"\bdiversity\b", re.I), "diversityPolicy"),
    (re.compile(r"\b(?:feedback|contact the (?:editor|newsroom)|report an error|"
                r"submit a correction)\b", re.I), "actionableFeedbackPolicy"),
    (re.compile(r"^\s*(?:about|about us|who we are|über uns)\s*$", re.I), "about"),
    (re.compile(r"^\s*(?:contact|contact us|kontakt)\s*$", re.I), "contact"),
)  # fmt: skip
_MAX_POLICY_LINK_TEXT = 60  # longer anchor texts are sentences, not footer links


def _meta_tags(root: Any) -> dict[str, str]:
    """First content of every meta name/property/itemprop, keys lower-cased."""
    out: dict[str, str] = {}
    head_and_body = root.iter("meta")
    for meta in head_and_body:
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                for k in key.lower().split():
                    out.setdefault(k, content.strip())
    return out


def _strip_site_suffix(title: str, site_names: Sequence[str], h1: str | None) -> str:
    """Drop a site name before or after a separator: 'Headline | Site' -> 'Headline'."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {s.casefold() for s in site_names if s}
    if h1:
        for i in range(len(parts), 0, -1):
            head = " - ".join(parts[:i])
            if head.casefold() == h1.casefold():
                return title[: len(h1)] if title.casefold().startswith(h1.casefold()) else h1
    if parts[-1].casefold() in names or any(n and n in parts[-1].casefold() for n in names):
        pieces = _TITLE_SEPARATORS.split(title)
        return _join_kept(title, len(pieces) - 1)
    if parts[0].casefold() in names:
        match = _TITLE_SEPARATORS.search(title)
        return title[match.end() :] if match else title
    # No known site name: a short last part after a separator is usually the site.
    last = parts[-1]
    if len(last.split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 3:
        return _join_kept(title, len(parts) - 1)
    return title


def _strip_known_site(title: str, site_names: Sequence[str]) -> str:
    """Drop the text after the last separator only when it is the site's name."""
    matches = list(_TITLE_SEPARATORS.finditer(title))
    if not matches:
        return title
    match = matches[-1]
    head, tail = title[: match.start()].strip(), title[match.end() :].strip()
    if tail.casefold() in {n.casefold() for n in site_names}:
        return head
    return title


def _join_kept(title: str, keep: int) -> str:
    """The title up to (not including) separator number `keep`."""
    matches = list(_TITLE_SEPARATORS.finditer(title))
    if keep - 1 < len(matches):
        return title[: matches[keep - 1].start()].strip()
    return title


def _link_policies(anchors: Iterable[tuple[str, str, str]], base: str | None) -> dict[str, str]:
    """Policy pages named by link text: (href, anchor text, rel) -> {kind: url}."""
    from urllib.parse import urljoin

    out: dict[str, str] = {}
    for href, text, _ in anchors:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if not text or len(text) > _MAX_POLICY_LINK_TEXT:
            continue
        for pattern, kind in _POLICY_LINK_TEXT:
            if pattern.search(text):
                if kind not in out:
                    try:
                        out[kind] = urljoin(base, href) if base else href
                    except ValueError:
                        out[kind] = href
                break
    return out


def _policy_url(value: Any) -> str | None:
    if isinstance(value, dict):
        return clean(value.get("url") or value.get("@id"))
    if isinstance(value, list):
        for item in value:
            url = _policy_url(item)
            if url:
                return url
        return None
    return clean(value)


def extract_metadata(
    root: Any,
    jsonld: Sequence[dict[str, Any]],
    blocks: Sequence[Block],
    anchors: Sequence[tuple[str, str, str]],
    *,
    url: str | None,
) -> Metadata:
    """Title, authors, dates, publisher, type and policies of an HTML page."""
    meta = _meta_tags(root)
    article = find_article(jsonld) or {}
    publisher_obj = by_id(jsonld, article.get("publisher"))
    if not isinstance(publisher_obj, dict):
        publisher_obj = next(
            (o for o in jsonld if {"NewsMediaOrganization", "Organization"} & set(types_of(o))),
            {},
        )
    h1_el = next(iter(root.iter("h1")), None)
    h1 = clean(h1_el.text_content()) if h1_el is not None else None
    title_el = next(iter(root.iter("title")), None)
    html_title = clean(title_el.text_content()) if title_el is not None else None

    publisher = (
        clean(publisher_obj.get("name") if isinstance(publisher_obj, dict) else None)
        or clean(meta.get("og:site_name"))
        or clean(meta.get("application-name"))
    )
    site_names = [n for n in (publisher, clean(meta.get("og:site_name"))) if n]

    declared_title = (
        clean(article.get("headline"))
        or clean(meta.get("og:title"))
        or clean(meta.get("twitter:title"))
        or clean(meta.get("dc.title"))
    )
    if declared_title:
        # A declared headline keeps its words unless a site name is glued on after a separator.
        title: str | None = _strip_known_site(declared_title, site_names)
    elif html_title:
        title = _strip_site_suffix(html_title, site_names, h1)
        if not publisher and title != html_title:
            # "Headline :: Site" with no declared site name: the stripped part names the site.
            publisher = clean(html_title[len(title) :].lstrip(" |-–—:»·•/\\"))
    else:
        title = h1

    authors = names_from_jsonld(article.get("author"), jsonld) if article.get("author") else []
    if not authors:
        for key in ("author", "article:author", "og:article:author", "dc.creator",
                    "parsely-author", "sailthru.author", "byl", "dcterms.creator"):  # fmt: skip
            value = meta.get(key)
            if value and not value.startswith("http"):
                authors = split_authors(value)
                if authors:
                    break
    listing = not article and _looks_like_listing(root, meta)
    if not authors and not listing:
        authors = visible_byline(blocks, anchors)
    if not authors and not listing:
        authors = text_byline(blocks)
    authors = dedupe_names(authors)

    published = first_datetime(
        article.get("datePublished"),
        meta.get("article:published_time"),
        meta.get("datepublished"),
        meta.get("og:published_time"),
        meta.get("parsely-pub-date"),
        meta.get("sailthru.date"),
        meta.get("pubdate"),
        meta.get("publishdate"),
        meta.get("date"),
        meta.get("dc.date"),
        meta.get("dcterms.created"),
        None if listing else time_element(root),
    )
    modified = first_datetime(
        article.get("dateModified"),
        meta.get("article:modified_time"),
        meta.get("og:updated_time"),
        meta.get("datemodified"),
        meta.get("dcterms.modified"),
    )

    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    canonical = canonical or clean(meta.get("og:url")) or _policy_url(article.get("url"))
    if canonical and url:
        from urllib.parse import urljoin

        with contextlib.suppress(ValueError):
            canonical = urljoin(url, canonical)

    language = clean(root.get("lang")) or clean(meta.get("content-language"))
    if not language:
        language = clean(meta.get("og:locale")) or clean(article.get("inLanguage"))
    if language:
        language = language.replace("_", "-").split(",")[0].strip()

    section = (
        clean(meta.get("article:section"))
        or clean(article.get("articleSection"))
        or clean(meta.get("parsely-section"))
    )
    description = (
        clean(meta.get("og:description"))
        or clean(meta.get("description"))
        or clean(article.get("description"))
    )
    declared = [t for t in types_of(article) if t in ARTICLE_TYPES]
    article_type = min(declared, key=ARTICLE_TYPES.index) if declared else None
    genre = _genre(article_type, section, article.get("genre"))

    policies: dict[str, str] = {}
    for source in (article, publisher_obj if isinstance(publisher_obj, dict) else {}):
        for prop in POLICY_PROPERTIES:
            value = _policy_url(source.get(prop))
            if value and prop not in policies:
                policies[prop] = value
    for kind, href in _link_policies(anchors, url or canonical).items():
        policies.setdefault(kind, href)

    return Metadata(
        title=title,
        authors=authors,
        published=published,
        modified=modified,
        publisher=publisher,
        canonical_url=canonical,
        language=language,
        section=section,
        description=description,
        article_type=article_type,
        genre=genre,
        policies=policies,
    )


def _genre(article_type: str | None, section: str | None, genre: Any) -> ArticleType | None:
    if article_type in _GENRE_BY_TYPE and article_type != "NewsArticle":
        return _GENRE_BY_TYPE[article_type]
    for label in (clean(genre), section):
        if label:
            for pattern, kind in _GENRE_WORDS:
                if pattern.search(label):
                    return kind
    if article_type is not None:
        return _GENRE_BY_TYPE.get(article_type, "other")
    return None


# A page with this many <article> elements or dated items is a list of stories, not a story.
_LISTING_MIN_ITEMS = 3


def _looks_like_listing(root: Any, meta: dict[str, str]) -> bool:
    """True for section fronts and other lists of stories (no single byline or date applies)."""
    if meta.get("og:type", "").lower() == "article":
        return False
    articles = sum(1 for _ in islice(root.iter("article"), _LISTING_MIN_ITEMS))
    if articles >= _LISTING_MIN_ITEMS:
        return True
    dates = {el.get("datetime") for el in root.iter("time") if el.get("datetime")}
    return len(dates) >= _LISTING_MIN_ITEMS and not any(
        el.get("pubdate") is not None or el.get("itemprop") == "datePublished"
        for el in root.iter("time")
    )


# A plain-text headline is short and does not end like a sentence.
_MAX_TEXT_HEADLINE_WORDS = 20


def text_metadata(blocks: tuple[Block, ...]) -> tuple[Metadata, tuple[Block, ...]]:
    """Metadata of a plain-text article: a short first line is the headline, 'By …' the byline."""
    title = None
    authors: list[str] = []
    out = list(blocks)
    if out:
        first = out[0].text
        if (
            len(first.split()) <= _MAX_TEXT_HEADLINE_WORDS
            and not first.rstrip().endswith((".", ":", ";", ","))
            and len(out) > 1
        ):
            title = first
            out[0] = _as_heading(out[0])
    for i, block in enumerate(out[:4]):
        match = BYLINE.match(block.text)
        if match and len(block.text) < 120:
            authors = split_authors(block.text)
            if authors:
                out[i] = text_block(block.index, block.text, tag="address", tokens={"byline"})
                break
    return Metadata(title=title, authors=authors), tuple(out)


def _as_heading(block: Block) -> Block:
    return text_block(block.index, block.text, tag="h1")
