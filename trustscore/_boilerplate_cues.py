"""Cues that name boilerplate: class/id tokens of elements and text patterns of blocks.

Class names are often obfuscated (``css-1x2y3z``), so text cues come first; tokens help when
they are meaningful. Patterns are matched on lower-cased text of short blocks only and are
free of nested quantifiers (bounded time on any input). See docs/boilerplate.md.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from trustscore._duplicates import normalize

# Tags whose subtree is chrome wherever it is.
NEGATIVE_TAGS = frozenset({"nav", "aside", "footer", "form", "menu"})
# Class/id tokens (split on - and _) that mark chrome containers, by reason.
TOKEN_REASONS: dict[str, str] = {
    **dict.fromkeys(
        (
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs",
            "masthead", "topbar", "footer", "sitemap", "pagination", "pager", "skip",
            "sidebar", "toolbar", "header",
        ),
        "navigation",
    ),
    **dict.fromkeys(("share", "sharing", "social", "sharebar", "sociallinks"), "share"),
    **dict.fromkeys(("newsletter", "newsletters"), "newsletter"),
    **dict.fromkeys(("subscribe", "subscription", "signup"), "subscribe"),
    **dict.fromkeys(("bio", "authorbio", "biography"), "author_bio"),
    **dict.fromkeys(("feedback", "rating", "survey", "poll"), "feedback_widget"),
    **dict.fromkeys(("audio", "tts", "podcast"), "audio_banner"),
    **dict.fromkeys(
        (
            "related", "recommended", "recommendations", "recirculation", "trending",
            "popular", "outbrain", "taboola", "readmore", "morestories", "teaser", "teasers",
        ),
        "related",
    ),
    **dict.fromkeys(
        ("ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "promo"),
        "advertising",
    ),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), "cookie_consent"),
    **dict.fromkeys(("comment", "comments", "disqus", "respond", "replies"), "comments"),
    **dict.fromkeys(("caption", "figcaption", "credit", "credits"), "caption"),
    **dict.fromkeys(("copyright", "legal", "imprint", "disclaimer"), "legal"),
    **dict.fromkeys(("popup", "modal", "overlay", "pum", "lightbox", "dialog"), "other"),
}  # fmt: skip
# Tokens that mark an element as the article itself: a container carrying one of these is
# never treated as negative, whatever else its tokens say ("comment-content" stays neutral
# for container choice, "entry-content" positive).
POSITIVE_TOKENS = frozenset(
    {"article", "content", "body", "main", "story", "text", "entry", "post", "articlebody"}
)
# An element that declares itself the article (<article>, <main>, itemprop=articleBody, or one
# of ARTICLE_TOKENS in its class/id) has its container score multiplied by ARTICLE_BONUS: a
# tie-breaker between the article and a popup or teaser box holding as much prose.
ARTICLE_BONUS = 1.5
ARTICLE_TOKENS = frozenset({"article", "articlebody", "story", "entry", "content", "post"})
# Parts of camelCase or glued tokens ("InlineImage-imageEmbedCaption", "PromoSmall") that name
# chrome wherever they occur in a token; only parts that are not in ordinary words.
TOKEN_PART_REASONS = {
    "caption": "caption", "disclaimer": "legal", "disclosure": "advertising",
    "newsletter": "newsletter", "advert": "advertising", "cookie": "cookie_consent",
    "subscri": "subscribe", "breadcrumb": "navigation", "sidebar": "navigation",
    "outbrain": "related", "taboola": "related", "recommend": "related", "promo": "related",
    "related": "related", "socialshare": "share", "sharebar": "share", "sharing": "share",
    "authorbox": "author_bio", "authorbio": "author_bio", "aboutauthor": "author_bio",
    "saboxplugin": "author_bio",
}  # fmt: skip
_TOKEN_PARTS = re.compile("|".join(sorted(TOKEN_PART_REASONS, key=len, reverse=True)))
# "author" with one of these marks an author box ("author-description", "entry-author-info").
AUTHOR_BOX_TOKENS = frozenset({"description", "info", "bio", "box", "about", "details", "card"})
# Tokens that mark chrome even beside a positive token ("cli-modal-content" is a cookie
# dialog, "comments-content" the comments).
STRONG_TOKENS = frozenset(
    {"modal", "popup", "cookie", "cookies", "consent", "gdpr", "lightbox", "comments",
     "disqus", "newsletter", "outbrain", "taboola"}
)  # fmt: skip
# Tokens too ambiguous to mark a container on their own when they sit on a container with a
# lot of prose (header = article header; player, rating… appear on article wrappers).
# An id of more tokens than this is a slug of a heading ("sharing-with-a-developer"), not a
# role: its tokens are ignored.
ID_MAX_TOKENS = 2
WEAK_TOKENS = frozenset({"header", "rating", "credit", "credits", "teaser", "skip", "podcast"})


# Text cues are tried on blocks of at most PATTERN_MAX_CHARS characters only: an article
# paragraph that mentions a newsletter is still article.
PATTERN_MAX_CHARS = 220
# A short heading (at most SECTION_TITLE_MAX_CHARS) named for one of SECTION_REASONS makes the
# section it opens chrome: "Related stories", "Comments", "More from …" title whole boxes.
SECTION_TITLE_MAX_CHARS = 60
SECTION_REASONS = frozenset({"related", "comments", "newsletter", "subscribe"})
_RELATED_HEADING = re.compile(
    r"^more\b|\b(?:related|recommended|popular|trending|latest|top stories|most read|"
    r"weitere|mehr|empfehlungen|meistgelesen|también|relacionad|à lire|leia)"
)
# A date line is at most this long ("18 November 2026, 18:05", "Jun 18th 2018").
DATE_MAX_CHARS = 40
# An author note is at most AUTHOR_BIO_MAX_CHARS long and describes the writer's job.
AUTHOR_BIO_MAX_CHARS = 500
_BIO_VERB = re.compile(
    r"\b(?:covers|writes (?:about|on|for)|reports (?:on|for)|joined (?:the|us)|"
    r"is an? (?:[\w-]+ ){0,3}(?:reporter|writer|editor|correspondent|journalist|columnist|"
    r"contributor|producer|author)|schreibt (?:über|für)|ist (?:redakteur|autor|reporter))"
)
# After the author's name, a tagline says who the writer is ("… is a retired engineer", "… was
# ambassador to Chile", "… has written three books"); read on normalize()d text.
_TAGLINE = re.compile(r"(?:is|was|has been|has written|teaches|chairs|leads|directs) ")
_READ_MORE_END = re.compile(r"(?:read more|more by [^.]{1,60}|mehr lesen)\W{0,3}$")
# Bylines and datelines: short lines at most this long.
BYLINE_MAX_CHARS = 120
# Class/id tokens of the element (or an ancestor) that hold the byline.
BYLINE_TOKENS = frozenset(("byline", "bylines"))

# Patterns are matched against the lower-cased text (faster than re.IGNORECASE).
TEXT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "feedback_widget",
        re.compile(
            r"is this article (?:trustworthy|helpful|useful)|rate this (?:article|story)|"
            r"we value your (?:input|feedback)|"
            r"(?:was|found) this (?:article |page |story )?helpful|"
            r"how (?:would you|do you) rate|give (?:us )?feedback|send (?:us )?feedback|"
            r"report an? (?:error|typo|correction)|war dieser artikel hilfreich",
        ),
    ),
    (
        "audio_banner",
        re.compile(
            r"voice is ai[- ]generated|ai[- ]generated (?:voice|audio|narration)|"
            r"listen to (?:this|the) (?:article|story)|text[- ]to[- ]speech|"
            r"audio (?:version|player)|artikel (?:anhören|vorlesen)|narrated by",
        ),
    ),
    (
        "cookie_consent",
        re.compile(
            r"(?:use|uses|using) cookies|cookie (?:policy|settings|consent|preferences)|"
            r"accept (?:all )?cookies|verwendet cookies|cookies (?:zu|akzeptieren)",
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"newsletter|sign up for (?:our|the)|get (?:our|the) .{0,30}in your inbox|"
            r"delivered to your inbox",
        ),
    ),
    (
        "subscribe",
        re.compile(
            r"^subscribe\b|subscribe (?:now|today|to)|already a subscriber|"
            r"subscribers? only|become a (?:member|subscriber)|jetzt abonnieren|^abonnieren|"
            r"delivered (?:to|through) your (?:door|letterbox)|"
            r"download (?:the|our) .{0,40}\bapps?\b",
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share|teilen|tweet|e-?mail|print|drucken|pin|whatsapp|facebook|twitter|"
            r"linkedin|reddit|copy link)(?:\s|$|:)|share (?:this|on|via|the)|"
            r"follow (?:us|me) on|folgen sie uns|click to (?:share|email|print)|"
            r"^(?:like this|gefällt mir)\b|folge uns|"
            r"follow .{0,40} on (?:twitter|facebook|instagram|x|linkedin|youtube)\b",
        ),
    ),
    (
        "author_bio",
        re.compile(
            r"^about the (?:author|writer)|^über (?:den|die) autor|"
            r"\bis an? (?:\w+ ){0,3}(?:reporter|writer|editor|correspondent|journalist|"
            r"columnist|contributor)\b.{0,120}(?:read more|more by|follow)|"
            r"(?:may|can) be reached at|^have a (?:news )?tip\b",
        ),
    ),
    (
        "related",
        re.compile(
            r"^(?:read (?:next|more|also)|more (?:stories|from|on|news|articles)|"
            r"related(?: (?:articles|stories|posts|coverage|content))?|"
            r"you (?:may|might) (?:also )?like|recommended(?: for you)?|"
            r"most (?:read|popular|viewed|shared)|trending|mehr zum thema|weitere artikel|"
            r"das könnte sie auch interessieren|lesen sie auch|auch interessant)\b|"
            r"^(?:see also|also read|siehe auch|lea también|le puede interesar|vea también|"
            r"mira|à lire aussi|leia também|czytaj też|lees ook|lea más|lee también|"
            r"leer más|leia mais|lire aussi|mehr dazu)\s*:|"
            r"^(?:explore further|zum weiterlesen|weiterlesen|vorschau auf den nächsten|"
            r"weitere (?:aktuelle )?themen)|"
            r"^follow .{0,40}\bcoverage\b",
        ),
    ),
    (
        "advertising",
        re.compile(
            r"^(?:advertisement|advertising|anzeige|werbung|sponsored(?: content)?|"
            r"paid (?:post|content)|promoted|ad)$|^(?:advertisement|anzeige|werbung)\b|"
            r"affiliate (?:commission|links?)|may (?:get|earn) a (?:share|commission)|"
            r"earn (?:a|an) (?:small )?commission",
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:\d+\s+)?(?:comments?|kommentare?|responses?|replies)\b|leave a (?:reply|comment)|"
            r"(?:post|add|write) a comment|join the (?:conversation|discussion)|"
            r"comments? (?:are|is) closed|show comments",
        ),
    ),
    (
        "legal",
        re.compile(
            r"©|\(c\) \d{4}|copyright|all rights reserved|alle rechte vorbehalten|"
            r"^(?:impressum|imprint|privacy policy|terms of (?:use|service)|datenschutz)",
        ),
    ),
    (
        "caption",
        re.compile(
            r"^(?:photo|image|picture|foto|bild|illustration|credit|abbildung|"
            r"crédits? photos?)s?\s*[:©]|"
            r"\((?:photo|image|foto)s?\b[^)]{0,80}\)$|getty images$|/ ?(?:afp|reuters|ap|dpa)$",
        ),
    ),
    ("other", re.compile(r"^(?:https?://|www\.)\S+$")),  # a bare URL (print headers)
)
# A line that is only a date (and time): page metadata, wherever it is.
# Optional weekday, the date (numeric, "Jun 18th 2018" or "18 June 2018"), optional time and
# time zone. Each part is a bounded run of one character class: linear matching.
_DATE_ONLY = re.compile(
    r"^\W{0,3}(?:[a-zäéû]{3,10}\.?,? )?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|[a-zäéû]{3,10}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"\d{1,2}\.? [a-zäéû]{3,10}\.? \d{4})"
    r"(?:,? (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?|h|uhr)?(?: [a-z]{2,5})?)?\W{0,3}$"
)
_BYLINE = re.compile(
    r"^(?:by|von|posted by|written by|published|updated|veröffentlicht|aktualisiert|"
    r"stand:)\b",
    re.IGNORECASE,
)


_TOKEN_SPLIT = re.compile(r"[\s_\-]+")


def own_tokens(el: Any) -> tuple[str, ...]:
    """Class tokens of the element, and its id's tokens when the id is short (not a slug)."""
    tokens = [t for t in _TOKEN_SPLIT.split((el.get("class") or "").lower()) if t]
    ident = [t for t in _TOKEN_SPLIT.split((el.get("id") or "").lower()) if t]
    if len(ident) <= ID_MAX_TOKENS:
        tokens.extend(ident)
    return tuple(tokens)


def negative_reason(el: Any, tokens: tuple[str, ...], prose: float) -> str | None:
    """Reason when the element itself marks chrome (by tag or own tokens), else None."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("html", "body"):  # their classes describe the whole page (feature flags…)
        return None
    for t in tokens:
        if t in STRONG_TOKENS:
            return TOKEN_REASONS[t]
    if any(t in POSITIVE_TOKENS for t in tokens):
        return None
    for t in tokens:
        reason = TOKEN_REASONS.get(t)
        if reason is not None and not (t in WEAK_TOKENS and prose > 0):
            return reason
    if tokens:
        m = _TOKEN_PARTS.search(" ".join(tokens))
        if m is not None:
            return TOKEN_PART_REASONS[m.group(0)]
    if "author" in tokens and any(t in AUTHOR_BOX_TOKENS for t in tokens):
        return "author_bio"
    if tag == "figcaption":
        return "caption"
    if tag in NEGATIVE_TAGS:
        return "navigation" if tag in ("nav", "menu", "footer") else "other"
    return None


def is_article_element(el: Any, tokens: tuple[str, ...]) -> bool:
    """An element that declares itself the article (<article>, <main>, articleBody…)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("article", "main"):
        return True
    prop = (el.get("itemprop") or "").lower()
    if "articlebody" in prop:
        return True
    return any(t in ARTICLE_TOKENS for t in tokens)


def text_reason(text: str, heading: bool = False) -> str | None:
    """Reason named by the block's text (short blocks only), in TEXT_RULES order."""
    if len(text) > PATTERN_MAX_CHARS:
        return None
    lowered = text.lower()
    if heading and len(text) <= SECTION_TITLE_MAX_CHARS and _RELATED_HEADING.search(lowered):
        return "related"
    for reason, pattern in TEXT_RULES:
        if pattern.search(lowered):
            return reason
    return None


def is_author_bio(text: str, authors: tuple[str, ...]) -> bool:
    """A note about the writer: starts with an author's name and says who the writer is ("…
    is a retired engineer") or what the writer does ("covers", "is a reporter"), or ends with
    "Read more" and says what the writer does."""
    if len(text) > AUTHOR_BIO_MAX_CHARS:
        return False
    lowered = text.lower()
    key = normalize(text)
    for a in authors:
        if key.startswith(a + " ") and _TAGLINE.match(key, len(a) + 1):
            return True  # "Carla Mendes is a retired engineer and chairs …" (an op-ed tagline)
    if not _BIO_VERB.search(lowered):
        return False
    return _opens_with_author(key, authors) or _READ_MORE_END.search(lowered) is not None


def _opens_with_author(key: str, authors: tuple[str, ...]) -> bool:
    """The normalize()d text starts with one of the page's (normalized) authors."""
    return any(key.startswith(a) for a in authors)


def is_byline(text: str) -> bool:
    """A short author/date line ("By …", "Published …")."""
    return len(text) <= BYLINE_MAX_CHARS and _BYLINE.search(text) is not None


def is_author_line(text: str, tokens: Collection[str], authors: tuple[str, ...]) -> bool:
    """A short line marked as the byline, or opening with the page's author ("Daniel Osei,
    Local Democracy Reporter · 2 October 2026"): a byline without "By"."""
    if len(text) > BYLINE_MAX_CHARS:
        return False
    if any(t in BYLINE_TOKENS for t in tokens):
        return True
    return _opens_with_author(normalize(text), authors)


def is_date_line(text: str) -> bool:
    """A line that is only a date (and a time)."""
    return len(text) <= DATE_MAX_CHARS and _DATE_ONLY.match(text.lower()) is not None
