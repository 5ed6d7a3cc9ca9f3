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

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

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

# --- content weights (step 1) -------------------------------------------------------------
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
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr", "cmp"), "cookie_consent"),
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

# --- block rules (step 2) -----------------------------------------------------------------
# Text cues are tried on blocks of at most PATTERN_MAX_CHARS characters only: an article
# paragraph that mentions a newsletter is still article.
PATTERN_MAX_CHARS = 220
# A block with this share of its characters in links, and at most LINKY_MAX_CHARS long, is
# navigation or a teaser list, wherever it is.
LINKY_DENSITY = 0.5
LINKY_MAX_CHARS = 400
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
# A sibling of the container whose content weight is at least SIBLING_SHARE of the
# container's, with link density under SIBLING_MAX_LINK_DENSITY, is part of the article.
SIBLING_SHARE = 0.2
SIBLING_MAX_LINK_DENSITY = 0.25
# Prose paragraphs (at least LONG_BLOCK long, link density under NEAR_MAX_LINK_DENSITY, no
# chrome ancestor) under the container's parent or grandparent (NEAR_LEVELS) are body too:
# leads and standfirsts often sit in a sibling of the body container.
NEAR_LEVELS = 1
NEAR_MAX_LINK_DENSITY = 0.2
# A short heading (at most SECTION_TITLE_MAX_CHARS) named for one of SECTION_REASONS makes the
# section it opens chrome: "Related stories", "Comments", "More from …" title whole boxes.
SECTION_TITLE_MAX_CHARS = 60
SECTION_REASONS = frozenset({"related", "comments", "newsletter", "subscribe"})
_RELATED_HEADING = re.compile(
    r"^more\b|\b(?:related|recommended|popular|trending|latest|top stories|most read|"
    r"weitere|mehr|empfehlungen|meistgelesen|también|relacionad|à lire|leia)"
)
# A link-only line of at most KICKER_MAX_CHARS before the first prose paragraph is a section
# link ("Local News") above the headline.
KICKER_MAX_CHARS = 40
# A date line is at most this long ("18 November 2026, 18:05", "Jun 18th 2018").
DATE_MAX_CHARS = 40
# An author note is at most AUTHOR_BIO_MAX_CHARS long and describes the writer's job.
AUTHOR_BIO_MAX_CHARS = 500
_BIO_VERB = re.compile(
    r"\b(?:covers|writes (?:about|on|for)|reports (?:on|for)|joined (?:the|us)|"
    r"is an? (?:[\w-]+ ){0,3}(?:reporter|writer|editor|correspondent|journalist|columnist|"
    r"contributor|producer|author)|schreibt (?:über|für)|ist (?:redakteur|autor|reporter))"
)
_READ_MORE_END = re.compile(r"(?:read more|more by [^.]{1,60}|mehr lesen)\W{0,3}$")
# Bylines and datelines: short lines at most this long.
BYLINE_MAX_CHARS = 120

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
_DATE_ONLY = re.compile(
    r"^\W{0,3}(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|[a-zäéû]{3,10}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"\d{1,2}\.? [a-zäéû]{3,10}\.? \d{4})(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?\W{0,3}$"
)
_BYLINE = re.compile(
    r"^(?:by|von|posted by|written by|published|updated|veröffentlicht|aktualisiert|"
    r"stand:)\b",
    re.IGNORECASE,
)


def _block_weight(b: Block) -> float:
    """Content weight of one block for container choice (positive = article-like)."""
    if b.heading is not None:
        return -LINK_PENALTY * b.link_chars
    n = _length(b.text)
    good = n >= LONG_BLOCK or (n >= SHORT_SENTENCE_MIN and _SENTENCE_END.search(b.text) is not None)
    if good:
        base = float(n - b.link_chars)
    elif b.tag in ("td", "th"):
        base = 0.0  # a data table's cells are short by nature: neutral, links still cost
    else:
        base = -SHORT_PENALTY
    return base - LINK_PENALTY * b.link_chars


def _length(text: str) -> int:
    """Length of text with CJK characters counted CJK_WEIGHT times."""
    n = len(text)
    if not text.isascii():
        n += (CJK_WEIGHT - 1) * len(_CJK.findall(text))
    return n


_TOKEN_SPLIT = re.compile(r"[\s_\-]+")


def _own_tokens(el: Any) -> tuple[str, ...]:
    """Class tokens of the element, and its id's tokens when the id is short (not a slug)."""
    tokens = [t for t in _TOKEN_SPLIT.split((el.get("class") or "").lower()) if t]
    ident = [t for t in _TOKEN_SPLIT.split((el.get("id") or "").lower()) if t]
    if len(ident) <= ID_MAX_TOKENS:
        tokens.extend(ident)
    return tuple(tokens)


def _negative_reason(el: Any, tokens: tuple[str, ...], prose: float) -> str | None:
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


def _is_article_element(el: Any, tokens: tuple[str, ...]) -> bool:
    """An element that declares itself the article (<article>, <main>, articleBody…)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("article", "main"):
        return True
    prop = (el.get("itemprop") or "").lower()
    if "articlebody" in prop:
        return True
    return any(t in ARTICLE_TOKENS for t in tokens)


class _Tree:
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
            linky[e] += 1 if _linky(b) else 0
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
                tokens = _own_tokens(el) if key[1] or key[2] else ()
                verdict = (_negative_reason(el, tokens, own[e]), _is_article_element(el, tokens))
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
        # The best candidate that is not inside a comment thread (a long reader comment).
        best = -1
        for *_, e in sorted(candidates):
            a = parent[e]
            while a >= 0 and reason[a] != "comments":
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


def _text_reason(text: str, heading: bool = False) -> str | None:
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


def _linky(b: Block) -> bool:
    return b.link_density >= LINKY_DENSITY and len(b.text) <= LINKY_MAX_CHARS


def _link_reason(blocks: Sequence[Block], i: int, inside: bool) -> str | None:
    """navigation/related for a link-heavy block; inside the article only in a run of them."""
    b = blocks[i]
    if not _linky(b):
        return None
    if inside and (
        len(b.text) > INSIDE_LINKY_MAX_CHARS
        or not (
            (i > 0 and _linky(blocks[i - 1])) or (i + 1 < len(blocks) and _linky(blocks[i + 1]))
        )
    ):
        return None  # a lone link or a linked summary inside the article is text
    if b.link_count and len(b.text) / b.link_count >= TEASER_ANCHOR_CHARS:
        return "related"
    return "navigation"


def _is_author_bio(text: str, authors: tuple[str, ...]) -> bool:
    """A note about the writer: starts with an author's name (or ends with "Read more") and
    says what the writer does ("covers", "is a reporter")."""
    if len(text) > AUTHOR_BIO_MAX_CHARS:
        return False
    lowered = text.lower()
    if not _BIO_VERB.search(lowered):
        return False
    key = normalize(text)
    if any(key.startswith(a) for a in authors):
        return True
    return _READ_MORE_END.search(lowered) is not None


def _near_prose(b: Block) -> bool:
    """A block next to the container that reads as article prose (a lead outside it)."""
    return (
        b.heading is None
        and b.link_density < NEAR_MAX_LINK_DENSITY
        and _length(b.text) >= LONG_BLOCK
    )


def _same_title(text: str, title: str | None) -> bool:
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
    blocks = doc.blocks
    if not blocks:
        return (), ()
    reasons: list[str | None] = [None] * len(blocks)
    html = doc.kind == "html" and all(b.element is not None for b in blocks)
    if html:
        text_reasons = [_text_reason(b.text, b.heading is not None) for b in blocks]
        weights = [_block_weight(b) for b in blocks]
        tree = _Tree(blocks, weights, text_reasons)
        title = doc.metadata.title
        authors = tuple(normalize(a) for a in doc.metadata.authors if normalize(a))
        seen_prose = False
        for i, b in enumerate(blocks):
            level, chrome = tree.place(i)
            inside = level == 0
            reason = text_reasons[i]
            if reason is None and inside and chrome is not None:
                reason = chrome
            if reason is None:
                reason = _link_reason(blocks, i, inside)
            if reason is None and b.tag == "figcaption":
                reason = "caption"
            if reason is None and not seen_prose:
                if b.heading is not None and _same_title(b.text, title):
                    reason = "title"
                elif len(b.text) <= BYLINE_MAX_CHARS and _BYLINE.search(b.text):
                    reason = "byline"
                elif _linky(b) and len(b.text) <= KICKER_MAX_CHARS:
                    reason = "navigation"  # a section link above the headline
            if (
                reason is None
                and len(b.text) <= DATE_MAX_CHARS
                and _DATE_ONLY.match(b.text.lower())
            ):
                reason = "byline"
            if reason is None and _is_author_bio(b.text, authors):
                reason = "author_bio"
            if reason is None and not inside:
                reason = chrome or ("other" if level < 0 or not _near_prose(b) else None)
            if reason is None and weights[i] > 0:
                seen_prose = True
            reasons[i] = reason
    else:
        for i, b in enumerate(blocks):
            reasons[i] = _text_reason(b.text)
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
                    _length(blocks[i].text) < DUPLICATE_KEEP_MIN_CHARS
                ):
                    reasons[i] = named
    for copy in run.occurrences:
        for i in copy:
            if reasons[i] == "other":
                reasons[i] = "duplicate"


def _drop_orphan_headings(blocks: Sequence[Block], reasons: list[str | None]) -> None:
    """A body heading with no body prose after it (before the next heading) is chrome."""
    pending: int | None = None
    for i, b in enumerate(blocks):
        if reasons[i] is not None:
            continue
        if b.heading is not None:
            if pending is not None:
                reasons[pending] = _next_reason(reasons, pending)
            pending = i
        else:
            pending = None
    if pending is not None:
        reasons[pending] = _next_reason(reasons, pending)


def _next_reason(reasons: Sequence[str | None], i: int) -> str:
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
