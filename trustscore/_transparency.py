"""Transparency signals: how openly the publisher stands behind the article.

After the Trust Project's indicators (best practices, author expertise, type of work,
citations and references, methods, corrections) and NewsGuard's criteria (discloses ownership,
labels advertising, reveals who is in charge, provides names of content creators, regularly
corrects errors). Every rule is in docs/signals.md.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from trustscore._citations import BodyLink, block_paragraphs, body_links, is_primary_source
from trustscore._citations import link_spans as _link_spans
from trustscore._document import Document
from trustscore._genre import GENRES, NAV_TOKENS, headline_window, resolve_genre
from trustscore._lexicon import MAX_EVIDENCE_SPANS, lede_paragraphs, per_thousand
from trustscore._metadata import POLICY_PROPERTIES
from trustscore._report import SignalValue, Span
from trustscore._signals import ArticleBody, SignalSet, span
from trustscore._urls import domain_of, registrable_domain, split_with_host

# --- byline -----------------------------------------------------------------------------------
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.|van|von|de|der|den|da|di|du|la|le|"
                        r"del|bin|al|el|y|ibn|mc)$")  # fmt: skip
_ORGANISATION_WORDS = frozenset(
    {
        "staff", "desk", "team", "editors", "editorial", "board", "news", "press", "agency",
        "reuters", "associated", "afp", "ap", "dpa", "bloomberg", "media", "group", "inc", "ltd",
        "llc", "newsroom", "service", "wire", "wires", "bureau", "reporters", "writers",
        "correspondents", "contributors", "admin", "administrator", "editor", "redaktion",
        "rédaction", "redacción", "online", "digital", "partners", "partner", "sponsored",
        "network", "channel",
    }
)  # fmt: skip
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 5  # "Ann Lee" .. "Maria de la Cruz Ortega"
# Starts with the literal "/" (which lets the regex engine skip ahead: a lookbehind first made
# it 2.4x slower on real pages); _has_author_path checks the character before it.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|by|profiles?|people|staff|journalists?|writers?|reporters?|contributors?|"
    r"columnists?|team|autor|auteur|autore|redaktion)/[^/?#]+",
    re.IGNORECASE,
)
_BIO_TOKENS = frozenset({"bio", "biography", "authorbio", "byline-bio"})
_BIO_START = re.compile(
    r"^\s*(?:[A-Z][\w'’\-]+ ){1,3}(?:is|was|covers|writes|reports|has been|joined|serves)\b"
)
_MAX_BIO_CHARS = 600  # an author bio is a few sentences
_BIO_OPENING_CHARS = 80  # _BIO_START covers at most three names and a verb

# --- dates ------------------------------------------------------------------------------------
DATE_TOLERANCE = timedelta(minutes=1)
"""modified may precede published by this much (systems stamp the two fields separately)."""
MIXED_TZ_TOLERANCE = timedelta(hours=14)
"""When one date has a time zone and the other has none, they can differ by any UTC offset."""
_FOOTER_BLOCKS = 60  # copyright notices sit in the page's last blocks
EARLIEST_PLAUSIBLE_YEAR = 1990
"""No web article predates 1990: earlier years are placeholders (1970-01-01) or typos."""
# Three patterns, each opening with a literal, so that the regex engine can skip ahead to it.
_COPYRIGHT_YEARS = tuple(
    re.compile(prefix + r"\s{0,3}(?:\d{4}\s{0,3}[-–]\s{0,3})?(\d{4})")
    for prefix in ("©", r"\(c\)", "copyright")
)

# --- dateline ---------------------------------------------------------------------------------
# Place, up to three ", part" additions (state, country, date), an optional (agency), a dash.
# Each repeated group opens with a literal (" " or ", ") that its class cannot match, so there
# is one way to split a line: no catastrophic backtracking.
_DATELINE_CAPS = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]{1,30}(?: [A-Z][A-Z.'’\-]{1,30}){0,3})"
    r"(?:, [A-Z0-9][A-Za-z0-9.]{0,20}(?: [A-Za-z0-9.]{1,12}){0,3}){0,3}"
    r"(?: \([^()\n]{2,40}\))? ?[—–:-]{1,2} ?"
)
_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][a-z]{1,30}(?: [A-Z][a-z]{1,30}){0,3})"
    r"(?:, [A-Z0-9][A-Za-z0-9.]{0,20}(?: [A-Za-z0-9.]{1,12}){0,3}){0,3}"
    r" \([^()\n]{2,40}\) ?[—–-]{1,2} ?"
)
_NOT_PLACES = frozenset(
    {
        "BREAKING", "UPDATE", "UPDATED", "CORRECTION", "EXCLUSIVE", "WATCH", "LIVE", "OPINION",
        "ANALYSIS", "NOTE", "EDITOR'S", "EDITORS", "NOTE:", "PHOTO", "PHOTOS", "VIDEO", "VIDEOS",
        "LISTEN", "READ", "ALSO", "MORE", "ADVERTISEMENT", "SPONSORED", "FACT", "CHECK", "SEE",
        "RELATED", "TRENDING", "WARNING", "ALERT", "URGENT",
    }
)  # fmt: skip
DATELINE_PARAGRAPHS = 3
"""A dateline opens the story: only the first three prose paragraphs (lede_paragraphs) count."""

# --- corrections and updates ------------------------------------------------------------------
_CORRECTION = re.compile(
    r"^(?:correction|clarification|editor['’]?s note)s?\s{0,3}(?:\([^()\n]{0,40}\)\s{0,3})?[:—–]"
    r"|\ban earlier version of this (?:article|story|report|post|piece)\b"
    r"|\bthis (?:article|story|report|post|piece) (?:has been|was) (?:corrected|amended)\b"
    r"|\b(?:has been|was) (?:corrected|amended) to (?:reflect|show|clarify|say|state|remove)\b",
    re.IGNORECASE | re.MULTILINE,
)
_UPDATE = re.compile(
    r"^(?:update|updated|last updated)\b[^\n:—–]{0,30}[:—–]"
    r"|\bthis (?:article|story|report|post|piece) (?:has been|was) updated\b"
    r"|\bupdated (?:at|on) \d",
    re.IGNORECASE | re.MULTILINE,
)

# --- disclosures ------------------------------------------------------------------------------
_AI_MENTION = re.compile(
    r"\b(?:AI|A\.I\.|artificial intelligence|generative AI|ChatGPT|a large language model|"
    r"an? (?:AI|automated) (?:tool|system|model|assistant))\b|\bAI[- ](?:generated|assisted)\b",
    re.IGNORECASE,
)
_AI_SELF_REFERENCE = re.compile(
    r"\bthis (?:article|story|content|summary|text|piece|post|report|translation|page|"
    r"newsletter|recap)\b|\b(?:we|our (?:newsroom|editors|journalists)) used\b",
    re.IGNORECASE,
)
_AUDIO_WORDS = re.compile(r"\b(?:audio|listen|voice[ds]?|narrat\w*|read aloud|podcast)\b", re.I)
_SPONSORSHIP = re.compile(
    r"\b(?:sponsored by|sponsored (?:content|post|article|story)|in (?:paid )?partnership with|"
    r"paid (?:post|content|partnership)|advertiser content|partner content|brought to you by|"
    r"this (?:content|article|story|post) (?:was|is) (?:paid for|sponsored|funded|produced|"
    r"created) (?:by|for|on behalf of|in partnership with))\b",
    re.IGNORECASE,
)
_AFFILIATE = re.compile(
    r"\baffiliate (?:links?|commissions?|partners?|programs?|programmes?|marketing)\b"
    r"|\b(?:we|i) (?:may |might |could |will )?(?:earn|receive|get|make) (?:a )?(?:small |"
    r"share of |portion of |part of )?(?:commission|compensation|share of (?:the )?(?:sales|"
    r"revenue))"
    r"|\bcommission (?:from|on) (?:purchases|sales|qualifying purchases)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|(?=\n)|\Z)")
# Lower-case substrings without which a disclosure pattern cannot match: a cheap first test
# on the whole page before the patterns run block by block.
_TRIGGERS = {
    _AI_MENTION.pattern: (" ai ", " ai-", " ai,", " ai.", "a.i.", "artificial intelligence",
                          "chatgpt", "language model", "automated"),
    _SPONSORSHIP.pattern: ("sponsor", "partnership", "paid ", "advertiser", "partner content",
                           "brought to you"),
    _AFFILIATE.pattern: ("affiliate", "commission", "compensation", "share of"),
    _CORRECTION.pattern: ("correct", "clarif", "editor", "earlier version", "amended"),
    _UPDATE.pattern: ("updat",),
}  # fmt: skip
AFFILIATE_HOSTS = frozenset(
    {
        "amzn.to", "go.redirectingat.com", "click.linksynergy.com", "shareasale.com",
        "anrdoezrs.net", "dpbolvw.net", "jdoqocy.com", "tkqlhce.com", "kqzyfj.com",
        "awin1.com", "rstyle.me", "shop-links.co", "go.skimresources.com", "howl.me",
        "pntra.com", "avantlink.com", "prf.hn", "fave.co", "bit.ly/affiliate",
    }
)  # fmt: skip
_AMAZON_TAG = re.compile(r"(?:^|[?&])tag=[\w-]{3,}")

POLICY_SIGNALS = (
    ("has_corrections_policy", "correctionsPolicy"),
    ("has_ethics_policy", "ethicsPolicy"),
    ("has_publishing_principles", "publishingPrinciples"),
    ("has_unnamed_sources_policy", "unnamedSourcesPolicy"),
    ("has_masthead", "masthead"),
    ("has_ownership_info", "ownershipFundingInfo"),
    ("has_feedback_policy", "actionableFeedbackPolicy"),
    ("has_fact_checking_policy", "verificationFactCheckingPolicy"),
    ("has_diversity_policy", "diversityPolicy"),
    ("has_about_page", "about"),
    ("has_contact_page", "contact"),
)
SIGNAL_NAMES = (
    "has_byline",
    "byline_names_person",
    "author_count",
    "has_author_link",
    "has_author_info",
    "has_published_date",
    "has_modified_date",
    "dates_consistent",
    "update_lag_days",
    "has_dateline",
    "article_type_labelled",
    "genre_label_visible",
    *(f"is_{g}" for g in GENRES),
    "policy_link_count",
    "policy_links_declared",
    *(name for name, _ in POLICY_SIGNALS),
    "has_correction_note",
    "has_update_note",
    "external_link_count",
    "external_links_per_1k_words",
    "external_domain_count",
    "primary_source_link_count",
    "affiliate_link_count",
    "discloses_ai_content",
    "discloses_sponsorship",
    "discloses_affiliate_links",
    "undisclosed_affiliate_links",
)


def is_person_name(name: str) -> bool:
    """True when an author string looks like a person's name, not an organisation or desk."""
    words = name.replace(",", " ").split()
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
        return False
    if any(w.lower().strip(".") in _ORGANISATION_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def _jsonld_authors(doc: Document) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for obj in doc.jsonld:
        value = obj.get("author")
        items = value if isinstance(value, list) else [value]
        out.extend(item for item in items if isinstance(item, dict))
    return out


def _has_author_path(urls: str) -> bool:
    """Whether a URL (one per line) has an author-page path segment after its host."""
    # Not at the start of a line nor right after "/": "//authors/" is a host, not a path.
    return any(
        m.start() > 0 and urls[m.start() - 1] not in "/\n" for m in _AUTHOR_PATH.finditer(urls)
    )


def _byline_values(doc: Document, body: ArticleBody) -> dict[str, SignalValue]:
    authors = doc.metadata.authors
    people = [a for a in authors if is_person_name(a)]
    jsonld_authors = _jsonld_authors(doc)
    author_link = (
        any("author" in link.rel for link in doc.links)
        or _has_author_path("\n".join(link.url for link in doc.links))
        or any(a.get("url") or a.get("sameAs") for a in jsonld_authors)
    )
    bio = any(isinstance(a.get("description"), str) and a.get("description") for a in
              jsonld_authors)  # fmt: skip
    if not bio:  # the boilerplate stage's verdict first, then our own rules
        bio = any(v.reason == "author_bio" for v in body.verdicts)
    if not bio:
        surnames = {p.split()[-1] for p in people}
        for block in doc.blocks:
            if len(block.text) > _MAX_BIO_CHARS:
                continue
            if block.tokens & _BIO_TOKENS or (
                {"about", "author"} <= block.tokens and len(block.text.split()) > 6
            ):
                bio = True
                break
            opening = block.text[:_BIO_OPENING_CHARS]
            if not any(s in opening for s in surnames):
                continue
            match = _BIO_START.match(block.text)
            if match and any(s in match.group() for s in surnames):
                bio = True
                break
    return {
        "has_byline": bool(authors),
        "byline_names_person": bool(people),
        "author_count": len(authors),
        "has_author_link": bool(author_link),
        "has_author_info": bio,
    }


def _comparable(a: datetime, b: datetime) -> tuple[datetime, datetime, timedelta]:
    if (a.tzinfo is None) == (b.tzinfo is None):
        return a, b, DATE_TOLERANCE
    return a.replace(tzinfo=None), b.replace(tzinfo=None), MIXED_TZ_TOLERANCE


def copyright_year(page_text: str) -> int | None:
    """The latest year in the page's copyright notices (an upper bound for its dates)."""
    lowered = page_text.lower()
    years = [int(m.group(1)) for p in _COPYRIGHT_YEARS for m in p.finditer(lowered)]
    years = [y for y in years if EARLIEST_PLAUSIBLE_YEAR <= y <= 2200]
    return max(years) if years else None


def _date_values(doc: Document, page_text: str) -> dict[str, SignalValue]:
    published, modified = doc.metadata.published, doc.metadata.modified
    values: dict[str, SignalValue] = {
        "has_published_date": published is not None,
        "has_modified_date": modified is not None,
        "dates_consistent": None,
        "update_lag_days": None,
    }
    if published is None:
        return values
    consistent = published.year >= EARLIEST_PLAUSIBLE_YEAR
    ceiling = copyright_year(page_text)
    if ceiling is not None and published.year > ceiling + 1:
        consistent = False  # published after the year the page itself was served
    if modified is not None:
        a, b, tolerance = _comparable(published, modified)
        try:
            lag = (b - a).total_seconds()
        except OverflowError:  # year-1 placeholders
            lag = None
        if lag is None or lag < -tolerance.total_seconds():
            consistent = False
        else:
            values["update_lag_days"] = round(max(0.0, lag) / 86400, 4)
    values["dates_consistent"] = consistent
    return values


def find_dateline(body: ArticleBody) -> tuple[int, int] | None:
    """(start, end) in body.text of the dateline that opens the story, if any."""
    offsets = body.paragraph_offsets()
    for i in lede_paragraphs(body, DATELINE_PARAGRAPHS):
        paragraph = body.paragraphs[i]
        for pattern in (_DATELINE_CAPS, _DATELINE_AGENCY):
            m = pattern.match(paragraph)
            if m and m.group("place").split()[0].rstrip(":").upper() not in _NOT_PLACES:
                if len(paragraph) - m.end() < 20:  # a whole paragraph of capitals is no dateline
                    continue
                return offsets[i] + m.start(), offsets[i] + m.end()
    return None


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _disclosure_sentences(
    doc: Document,
    body: ArticleBody,
    wanted: re.Pattern[str],
    page: tuple[str, dict[int, int]],
    ai: bool = False,
    article_only: bool = False,
) -> tuple[bool, tuple[Span, ...]]:
    """Whether a page block discloses (wanted), and the evidence in body.text.

    Navigation is never read. With article_only, only body blocks and blocks near the
    headline are: "Sponsored Content" elsewhere on a page labels other links, not this piece.
    """
    lowered, mapping = page
    if not any(trigger in lowered for trigger in _TRIGGERS[wanted.pattern]):
        return False, ()
    text = body.text
    offsets = body.paragraph_offsets()
    near = headline_window(doc) if article_only else range(0)
    found = False
    spans: list[Span] = []
    for block in doc.blocks:
        if block.tokens & NAV_TOKENS or not wanted.search(block.text):
            continue
        if article_only and block.index not in mapping and block.index not in near:
            continue
        for m in _SENTENCE.finditer(block.text):
            sentence = m.group()
            if not wanted.search(sentence):
                continue
            if ai and (not _AI_SELF_REFERENCE.search(sentence) or _AUDIO_WORDS.search(sentence)):
                continue
            found = True
            if block.index in mapping and len(spans) < MAX_EVIDENCE_SPANS:
                base = offsets[mapping[block.index]]
                spans.append(span(text, base + m.start(), base + m.end()))
    return found, tuple(spans)


def is_affiliate_link(url: str) -> bool:
    """True for links through known affiliate networks or Amazon links with a partner tag."""
    split = split_with_host(url)
    if split is None:
        return False
    parts, host = split
    if host in AFFILIATE_HOSTS or registrable_domain(host) in AFFILIATE_HOSTS:
        return True
    return registrable_domain(host).startswith("amazon.") and bool(_AMAZON_TAG.search(parts.query))


def _citation_values(
    doc: Document, body: ArticleBody, links: list[BodyLink]
) -> tuple[dict[str, SignalValue], dict[str, tuple[Span, ...]]]:
    page_known = bool(doc.url or doc.metadata.canonical_url)
    external = [bl for bl in links if bl.link.external]
    primary = [bl for bl in links if is_primary_source(bl.link.url)]
    affiliate = [bl for bl in links if is_affiliate_link(bl.link.url) or "sponsored" in bl.link.rel]
    domains = sorted({d for bl in external if (d := domain_of(bl.link.url))})
    values: dict[str, SignalValue] = {
        "external_link_count": len(external) if page_known else None,
        "external_links_per_1k_words": per_thousand(len(external), body.word_count)
        if page_known
        else None,
        "external_domain_count": len(domains) if page_known else None,
        "primary_source_link_count": len(primary),
        "affiliate_link_count": len(affiliate),
    }
    evidence = {
        "external_link_count": _link_spans(body, external)[:MAX_EVIDENCE_SPANS],
        "primary_source_link_count": _link_spans(body, primary)[:MAX_EVIDENCE_SPANS],
        "affiliate_link_count": _link_spans(body, affiliate)[:MAX_EVIDENCE_SPANS],
    }
    return values, evidence


def _policies_declared(doc: Document) -> int:
    return sum(1 for prop in POLICY_PROPERTIES if any(obj.get(prop) for obj in doc.jsonld))


def transparency_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Transparency family: byline, dates, dateline, type label, policies, notes, links."""
    text = body.text
    values: dict[str, SignalValue] = {}
    evidence: dict[str, tuple[Span, ...]] = {}
    page_text = "\n".join(b.text for b in doc.blocks)
    footer_text = "\n".join(b.text for b in doc.blocks[-_FOOTER_BLOCKS:])
    mapping = block_paragraphs(doc, body)
    values.update(_byline_values(doc, body))
    values.update(_date_values(doc, footer_text))

    dateline = find_dateline(body)
    values["has_dateline"] = dateline is not None
    if dateline is not None:
        evidence["has_dateline"] = (span(text, *dateline),)

    genre = resolve_genre(doc)
    values["article_type_labelled"] = genre.genre is not None
    values["genre_label_visible"] = genre.source == "label"
    for g in GENRES:
        values[f"is_{g}"] = genre.genre == g
    if genre.label is not None and genre.label.index in mapping:
        p = mapping[genre.label.index]
        start = body.paragraph_offsets()[p]
        evidence["genre_label_visible"] = (span(text, start, start + len(body.paragraphs[p])),)

    policies = doc.metadata.policies
    values["policy_link_count"] = sum(1 for prop in POLICY_PROPERTIES if prop in policies)
    values["policy_links_declared"] = _policies_declared(doc)
    for name, kind in POLICY_SIGNALS:
        values[name] = kind in policies

    lowered_body = text.lower()
    for name, pattern in (("has_correction_note", _CORRECTION), ("has_update_note", _UPDATE)):
        triggered = any(t in lowered_body for t in _TRIGGERS[pattern.pattern])
        hits = _matches(pattern, text) if triggered else []
        values[name] = bool(hits)
        if hits:
            evidence[name] = tuple(span(text, s, e) for s, e in hits[:MAX_EVIDENCE_SPANS])

    citation_values, citation_evidence = _citation_values(doc, body, body_links(doc, body, mapping))
    values.update(citation_values)
    evidence.update({k: v for k, v in citation_evidence.items() if v})

    page = (page_text.lower(), mapping)
    for name, pattern, ai, article_only in (
        ("discloses_ai_content", _AI_MENTION, True, False),
        ("discloses_sponsorship", _SPONSORSHIP, False, True),
        ("discloses_affiliate_links", _AFFILIATE, False, False),
    ):
        found, spans = _disclosure_sentences(doc, body, pattern, page, ai, article_only)
        values[name] = found
        if spans:
            evidence[name] = spans
    affiliate_count = values["affiliate_link_count"]
    values["undisclosed_affiliate_links"] = (
        bool(affiliate_count) and not values["discloses_affiliate_links"]
    )
    return SignalSet(values={name: values[name] for name in SIGNAL_NAMES}, evidence=evidence)
