"""Article metadata from meta tags, JSON-LD, microdata and visible page furniture."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from itertools import islice
from typing import Any

from trustscore._document import Block, text_block
from trustscore._report import ArticleType, Metadata

_SPACE = re.compile(r"\s+")
# Title separators between a headline and the site name: "Headline | Site", "Headline - Site".
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·•/\\]|::)\s+")
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
_BYLINE = re.compile(r"^\s*(?:by|von|par|por|di|door|av)\s+(.{2,120})$", re.IGNORECASE)
# A date or time glued after a byline: "By Jo Lee March 25, 2015", "By Jo Lee22 Dec 2016".
_DATE_TAIL = re.compile(
    r"\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b)\s*", re.I)
_NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\d{3,}|^(?:staff|admin|editor|the editors|news desk|newsroom)$", re.I
)
# Co-authors in parentheses: "Jo Lee (avec Ana Ruiz et Bo Chen)", "(with …)".
_COAUTHORS = re.compile(r"\s*\((?:avec|with|mit|con|com|met)\s+", re.IGNORECASE)
# Job titles that follow a name in visible bylines: "Ben Cole Games Editor".
_ROLE_TAIL = re.compile(
    r"(?:\s+(?:senior|chief|deputy|managing|contributing|political|foreign|national|"
    r"international|staff|games|sports?|politics|business|tech(?:nology)?|science|health|"
    r"culture|arts|music|film|travel|food|data|investigations?|economics?))*\s+"
    r"(?:editor|reporter|correspondent|writer|columnist|contributor|producer|journalist|"
    r"critic|analyst)s?$",
    re.IGNORECASE,
)
# Academic and professional credentials written after a name: "Jane Doe, MD".
_CREDENTIALS = frozenset(
    {"ma", "ms", "msc", "md", "phd", "ph.d", "mph", "rn", "mba", "dds", "jd", "bsc", "ba", "bs"}
)
# A name: up to six words, each starting with an upper-case letter (particles allowed).
_NAME_SHAPE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w.'’\-]*|van|von|de|der|den|da|di|du|la|le|del|bin|al|el|y|"
    r"[A-Z]\.)(?:\s+(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w.'’\-]*|van|von|de|der|den|da|di|du|la|le|del|bin|"
    r"al|el|y|[A-Z]\.)){0,5}$"
)
# Most specific first: a page typed ["NewsArticle", "OpinionNewsArticle"] is an opinion piece.
_ARTICLE_TYPES = (
    "OpinionNewsArticle",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "ReportageNewsArticle",
    "AdvertiserContentArticle",
    "SatiricalArticle",
    "NewsArticle",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Article",
    "Review",
)
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


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        for item in value:
            text = _clean(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _clean(value.get("name") or value.get("@value"))
    text = _SPACE.sub(" ", str(value)).strip()
    return text or None


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    raw = value if isinstance(value, list) else [value]
    return [t.rsplit("/", 1)[-1] for t in raw if isinstance(t, str)]


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


def _find_article(jsonld: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    best: tuple[int, dict[str, Any]] | None = None
    for obj in jsonld:
        for t in _types(obj):
            if t in _ARTICLE_TYPES:
                rank = _ARTICLE_TYPES.index(t)
                # Prefer objects that carry a headline, then the most specific type.
                score = (0 if obj.get("headline") else 100) + rank
                if best is None or score < best[0]:
                    best = (score, obj)
    return best[1] if best else None


def _by_id(jsonld: Sequence[dict[str, Any]], value: Any) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
        for obj in jsonld:
            if obj.get("@id") == value["@id"] and len(obj) > 1:
                return obj
    return value


# Time-zone abbreviations common on news pages, as UTC offsets in hours. An unknown name gives a
# naive datetime rather than a guess (dateutil would warn and guess).
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip


def _tzinfo(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil callback: a fixed-offset zone for a known abbreviation, else None."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    hours = _TZ_HOURS.get((name or "").upper())
    return None if hours is None else timezone(timedelta(hours=hours))


def _parse_datetime(value: Any) -> datetime | None:
    text = _clean(value)
    if not text or len(text) > 64:
        return None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(text, tzinfos=_tzinfo)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    return parsed if isinstance(parsed, datetime) else None


def _names(value: Any, jsonld: Sequence[dict[str, Any]]) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person, a list or an @id."""
    value = _by_id(jsonld, value)
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_names(item, jsonld))
        return out
    if isinstance(value, dict):
        name = _clean(value.get("name"))
        if not name and (value.get("givenName") or value.get("familyName")):
            name = _clean(f"{value.get('givenName') or ''} {value.get('familyName') or ''}")
        return [name] if name else []
    text = _clean(value)
    return split_authors(text) if text else []


def split_authors(text: str) -> list[str]:
    """Names in a byline string: 'By Ann Lee and Bo Chen, Reuters' -> ['Ann Lee', 'Bo Chen']."""
    text = _SPACE.sub(" ", text).strip()
    match = _BYLINE.match(text)
    if match:
        text = match.group(1)
    text = re.sub(r"\s*[|•·]\s*.*$", "", text)  # "Jane Doe | Staff writer"
    if _COAUTHORS.search(text):
        text = _COAUTHORS.sub(", ", text).replace(")", "")
    names = []
    for part in _AUTHOR_SPLIT.split(text):
        part = part.strip(" .,:;-–—")
        if not part or _NOT_A_NAME.search(part) or part.casefold() in _CREDENTIALS:
            continue
        if not any(len(word.strip(".")) >= 2 for word in part.split()):
            continue  # "J J", "A." are initials or noise, not a name
        names.append(part)
    return names


def _strip_role(name: str) -> str:
    """Drop a job title written after a name: 'Ben Cole Games Editor' -> 'Ben Cole'."""
    return _ROLE_TAIL.sub("", name).strip()


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
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
        return _clean(value.get("url") or value.get("@id"))
    if isinstance(value, list):
        for item in value:
            url = _policy_url(item)
            if url:
                return url
        return None
    return _clean(value)


# Class tokens and itemprops that mark the element naming the author.
_BYLINE_CLASS = re.compile(r"byline|author[-_]{0,2}name|\bauthor\b", re.IGNORECASE)
_BYLINE_CANDIDATES = 20  # elements examined at most; the byline is one of the first
_BYLINE_DESCENDANTS = 40  # inline elements examined inside one block


def _byline_elements(blocks: Sequence[Block]) -> Iterable[Any]:
    """Elements marked as byline/author, in page order, from the blocks' elements."""
    seen: set[int] = set()
    for block in blocks:
        el = block.element
        if el is None:
            continue
        nodes = [*islice(el.iter(), _BYLINE_DESCENDANTS), *islice(el.iterancestors(), 3)]
        for node in nodes:
            if not isinstance(node.tag, str) or node.tag in ("meta", "link", "body", "html"):
                continue
            marked = node.get("itemprop") == "author" or node.get("rel") == "author"
            if marked or _BYLINE_CLASS.search(node.get("class") or ""):
                if id(node) not in seen:
                    seen.add(id(node))
                    yield node
                break


def _visible_byline(blocks: Sequence[Block], anchors: Iterable[tuple[str, str, str]]) -> list[str]:
    """Names from links marked rel=author, then from elements classed as byline or author."""
    for _, text, rel in anchors:
        if "author" in rel.split():
            name = _clean(text)
            if name and _is_name(name):
                return [name]
    for el in islice(_byline_elements(blocks), _BYLINE_CANDIDATES):
        names_el = el.xpath(".//*[@itemprop='name']")
        marked = _clean(names_el[0].text_content() if names_el else el.text_content())
        if not marked or len(marked) > 120:
            continue
        names = [_strip_role(n) for n in split_authors(marked)]
        names = [n for n in names if _is_name(n)]
        if names:
            return names
    return []


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
    article = _find_article(jsonld) or {}
    publisher_obj = _by_id(jsonld, article.get("publisher"))
    if not isinstance(publisher_obj, dict):
        publisher_obj = next(
            (o for o in jsonld if {"NewsMediaOrganization", "Organization"} & set(_types(o))),
            {},
        )
    h1_el = next(iter(root.iter("h1")), None)
    h1 = _clean(h1_el.text_content()) if h1_el is not None else None
    title_el = next(iter(root.iter("title")), None)
    html_title = _clean(title_el.text_content()) if title_el is not None else None

    publisher = (
        _clean(publisher_obj.get("name") if isinstance(publisher_obj, dict) else None)
        or _clean(meta.get("og:site_name"))
        or _clean(meta.get("application-name"))
    )
    site_names = [n for n in (publisher, _clean(meta.get("og:site_name"))) if n]

    declared_title = (
        _clean(article.get("headline"))
        or _clean(meta.get("og:title"))
        or _clean(meta.get("twitter:title"))
        or _clean(meta.get("dc.title"))
    )
    if declared_title:
        # A declared headline keeps its words unless a site name is glued on after a separator.
        title: str | None = _strip_known_site(declared_title, site_names)
    elif html_title:
        title = _strip_site_suffix(html_title, site_names, h1)
        if not publisher and title != html_title:
            # "Headline :: Site" with no declared site name: the stripped part names the site.
            publisher = _clean(html_title[len(title) :].lstrip(" |-–—:»·•/\\"))
    else:
        title = h1

    authors = _names(article.get("author"), jsonld) if article.get("author") else []
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
        authors = _visible_byline(blocks, anchors)
    if not authors and not listing:
        authors = _text_byline(blocks)
    authors = _dedupe(authors)

    published = _first_datetime(
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
        None if listing else _time_element(root),
    )
    modified = _first_datetime(
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
    canonical = canonical or _clean(meta.get("og:url")) or _policy_url(article.get("url"))
    if canonical and url:
        from urllib.parse import urljoin

        with contextlib.suppress(ValueError):
            canonical = urljoin(url, canonical)

    language = _clean(root.get("lang")) or _clean(meta.get("content-language"))
    if not language:
        language = _clean(meta.get("og:locale")) or _clean(article.get("inLanguage"))
    if language:
        language = language.replace("_", "-").split(",")[0].strip()

    section = (
        _clean(meta.get("article:section"))
        or _clean(article.get("articleSection"))
        or _clean(meta.get("parsely-section"))
    )
    description = (
        _clean(meta.get("og:description"))
        or _clean(meta.get("description"))
        or _clean(article.get("description"))
    )
    declared = [t for t in _types(article) if t in _ARTICLE_TYPES]
    article_type = min(declared, key=_ARTICLE_TYPES.index) if declared else None
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
    for label in (_clean(genre), section):
        if label:
            for pattern, kind in _GENRE_WORDS:
                if pattern.search(label):
                    return kind
    if article_type is not None:
        return _GENRE_BY_TYPE.get(article_type, "other")
    return None


# A byline sits near the headline: the blocks from a little before the first <h1> to some
# way after it are searched (the whole top of the page when there is no <h1>).
_BYLINE_BEFORE_H1 = 10
_BYLINE_AFTER_H1 = 60
_BYLINE_NO_H1 = 150
_MAX_BYLINE_CHARS = 160
_BYLINE_SEGMENTS = re.compile(r"\s+[|•·]\s+")


def _text_byline(blocks: Sequence[Block]) -> list[str]:
    """Names from a short "By Jane Doe" block (or block segment) near the headline."""
    h1 = next((b.index for b in blocks if b.heading == 1), None)
    window = (
        blocks[max(0, h1 - _BYLINE_BEFORE_H1) : h1 + _BYLINE_AFTER_H1]
        if h1 is not None
        else blocks[:_BYLINE_NO_H1]
    )
    for block in window:
        if len(block.text) > _MAX_BYLINE_CHARS:
            continue
        for segment in _BYLINE_SEGMENTS.split(block.text):
            if not _BYLINE.match(segment):
                continue
            names = [n for n in split_authors(_DATE_TAIL.sub("", segment)) if _is_name(n)]
            if names:
                return names
    return []


def _is_name(text: str) -> bool:
    """A person's name: capitalised words, at least two, single letters only as initials."""
    words = text.split()
    if len(words) < 2 or not _NAME_SHAPE.match(text):
        return False
    return all(len(w) > 1 or w.endswith(".") for w in words)


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


def _time_element(root: Any) -> str | None:
    first = None
    for el in root.iter("time"):
        value = el.get("datetime")
        if not value:
            continue
        if el.get("pubdate") is not None or (el.get("itemprop") or "") == "datePublished":
            return str(value)
        first = first or value
    return first


def _first_datetime(*values: Any) -> datetime | None:
    for value in values:
        if value:
            parsed = _parse_datetime(value)
            if parsed is not None:
                return parsed
    return None


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
        match = _BYLINE.match(block.text)
        if match and len(block.text) < 120:
            authors = split_authors(block.text)
            if authors:
                out[i] = text_block(block.index, block.text, tag="address", tokens={"byline"})
                break
    return Metadata(title=title, authors=authors), tuple(out)


def _as_heading(block: Block) -> Block:
    return text_block(block.index, block.text, tag="h1")
