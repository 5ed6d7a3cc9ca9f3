"""Parsing: input → :class:`Document` (tree, blocks, links, metadata), once per page.

Design: the tree is built with ``lxml.html`` directly (about 1.3 ms on a median page) rather
than BeautifulSoup (about 13 ms), because every later stage runs after parsing on every page.
``Document.soup`` builds a BeautifulSoup tree on demand for users who write their own signals.
Blocks come from one iterative walk over the tree (no recursion, so any depth is safe).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from trustscore._document import Block, Document, Link, text_block
from trustscore._input import decode_input
from trustscore._metadata import extract_metadata, text_metadata
from trustscore._options import DEFAULT_MAX_BYTES
from trustscore._urls import registrable_domain
from trustscore.errors import ParseError, TrustscoreError

# Elements whose content is never article text.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "button", "head", "title",
        "video", "audio", "map", "dialog",
    }
)  # fmt: skip
# Elements that start a new block of text: their text is never glued to the text around them.
BLOCK_TAGS = frozenset(
    {
        "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav",
        "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "figure", "figcaption", "form", "fieldset", "legend", "address",
        "details", "summary", "hr", "menu", "center", "hgroup", "picture", "noscript",
        "label",
    }
)  # fmt: skip
# Bounds that keep hostile pages fast. Real article pages have a few hundred blocks and at most
# a few thousand links; past these limits the rest of the page is not read (with a warning).
MAX_BLOCKS = 5_000
MAX_LINKS = 5_000
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACE = re.compile(r"\s+")
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A blank line (two or more line breaks, possibly with spaces) separates plain-text paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_JSONLD_WRAPPERS = re.compile(r"<!\[CDATA\[|\]\]>|^\s*<!--|-->\s*$|^\s*//[^\n]*$", re.M)
_BR = "\u2028"  # stands for <br> while a block's text is collected


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Parse article HTML or plain text (str or bytes) into a Document."""
    decoded = decode_input(source, max_bytes=max_bytes)
    try:
        if decoded.kind == "text":
            return _parse_text(decoded.text, decoded.size, decoded.sha256, url, decoded.encoding)
        return _parse_html(decoded.text, decoded.size, decoded.sha256, url, decoded.encoding)
    except TrustscoreError:
        raise
    except (ValueError, TypeError, RecursionError, MemoryError, lxml.etree.LxmlError) as exc:
        raise ParseError(f"could not parse the input: {type(exc).__name__}: {exc}") from None


def _parse_text(
    text: str, size: int, digest: str, url: str | None, encoding: str | None
) -> Document:
    paragraphs = [_SPACE.sub(" ", p).strip() for p in _PARAGRAPH_BREAK.split(text.strip())]
    paragraphs = [p for p in paragraphs if p]
    blocks = tuple(text_block(i, p) for i, p in enumerate(paragraphs))
    metadata, blocks = text_metadata(blocks)
    return Document(
        kind="text",
        text_source=text,
        source_bytes=size,
        sha256=digest,
        url=url,
        encoding=encoding,
        metadata=metadata,
        blocks=blocks,
        links=(),
        jsonld=(),
    )


def _parse_html(
    text: str, size: int, digest: str, url: str | None, encoding: str | None
) -> Document:
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, default_doctype=False
    )
    # NUL characters end strings inside libxml2: make them visible replacement characters.
    data = text.replace("\x00", "\ufffd").encode("utf-8", "replace")
    root = lxml.html.document_fromstring(data, parser=parser)
    if root is None:  # pragma: no cover - lxml raises rather than return None
        raise ParseError("the markup holds no document")
    warnings: list[str] = []
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        warnings.append(
            "markup nested deeper than the parser's limit (256 levels): deeper content dropped"
        )
    base = _base_url(root, url)
    jsonld = _read_jsonld(root, warnings)
    blocks, raw_links, truncated = _walk(root)
    if truncated:
        warnings.append(
            f"page truncated: only the first {len(blocks)} blocks and {len(raw_links)} links "
            "were read"
        )
    anchors = [(href, anchor, " ".join(rel)) for href, anchor, rel, _ in raw_links]
    metadata = extract_metadata(root, jsonld, blocks, anchors, url=url)
    resolver = _LinkResolver(base or metadata.canonical_url)
    links = tuple(
        resolver.link(href, anchor, rel, i, block)
        for i, (href, anchor, rel, block) in enumerate(raw_links)
    )
    return Document(
        kind="html",
        text_source=text,
        source_bytes=size,
        sha256=digest,
        url=url,
        encoding=encoding,
        metadata=metadata,
        blocks=tuple(blocks),
        links=links,
        jsonld=tuple(jsonld),
        tree=root,
        warnings=tuple(warnings),
    )


def _base_url(root: Any, url: str | None) -> str | None:
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(url, href) if url else href
        break
    return url


class _LinkResolver:
    """Resolves hrefs against the page URL and tells links to other sites."""

    __slots__ = ("base", "external_by_netloc", "site")

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.external_by_netloc: dict[str, bool] = {}  # a page links to few distinct hosts
        host = None
        if base:
            try:
                host = urlsplit(base).hostname
            except ValueError:
                host = None
        self.site = registrable_domain(host) if host else None

    def link(
        self, href: str, anchor: str, rel: tuple[str, ...], position: int, block: int | None
    ) -> Link:
        """A Link for one href."""
        href = href.strip()
        if href.startswith(("http://", "https://")) or not self.base:
            url = href
        else:
            try:
                url = urljoin(self.base, href)
            except ValueError:
                url = href
        return Link(
            url=url,
            text=anchor,
            rel=rel,
            external=self._external(url),
            position=position,
            block=block,
        )

    def _external(self, url: str) -> bool:
        if self.site is None or not url.startswith(("http://", "https://")):
            return False
        netloc = url.split("/", 3)[2]
        known = self.external_by_netloc.get(netloc)
        if known is not None:
            return known
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        external = bool(host) and registrable_domain(host or "") != self.site
        self.external_by_netloc[netloc] = external
        return external


def _read_jsonld(root: Any, warnings: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, read with extruct; arrays and @graph flattened."""
    scripts = [s for s in root.iter("script") if "ld+json" in (s.get("type") or "").lower()]
    if not scripts:
        return []
    from extruct.jsonld import JsonLdExtractor

    extractor = JsonLdExtractor()
    items: list[Any] = []
    for script in scripts:
        # One script at a time, so that one invalid block does not hide the others.
        try:
            items.extend(extractor.extract_items(script))
            continue
        except (ValueError, TypeError, RecursionError, AttributeError):
            pass
        # extruct does not unwrap <![CDATA[ … ]]> or trailing semicolons; retry once cleaned.
        cleaned = _JSONLD_WRAPPERS.sub("", script.xpath("string()")).strip().rstrip(";")
        try:
            items.append(json.loads(cleaned, strict=False))
        except (ValueError, RecursionError) as exc:
            warnings.append(f"invalid JSON-LD ignored: {type(exc).__name__}")
    out: list[dict[str, Any]] = []
    stack = list(reversed(items))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            rest = {k: v for k, v in item.items() if k != "@graph"}
            if len(rest) > 1 or (rest and "@context" not in rest):
                out.append(rest)
            if isinstance(graph, (list, dict)):
                stack.extend(reversed(graph) if isinstance(graph, list) else [graph])
    return out


class _Caches:
    """Per-walk memo of each element's ancestor tokens."""

    __slots__ = ("tokens",)

    def __init__(self) -> None:
        self.tokens: dict[Any, frozenset[str]] = {}


class _Collector:
    """Collects the text of the block being read during the walk."""

    __slots__ = (
        "blocks",
        "chars",
        "link_chars",
        "link_count",
        "links",
        "pending_links",
        "truncated",
    )

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.chars: list[str] = []
        self.link_chars = 0
        self.link_count = 0
        self.pending_links: list[tuple[str, str, tuple[str, ...]]] = []
        self.links: list[tuple[str, str, tuple[str, ...], int | None]] = []
        self.truncated = False

    def flush(self, container: Any, depth: int, caches: _Caches) -> None:
        """Turn the collected text into blocks of the container (stops at the bounds)."""
        if len(self.blocks) >= MAX_BLOCKS or len(self.links) >= MAX_LINKS:
            self.truncated = True
            return
        raw = "".join(self.chars)
        self.chars.clear()
        if not self.pending_links and (not raw or raw.isspace()):
            self.link_chars = 0
            self.link_count = 0
            return
        pieces = [_SPACE.sub(" ", p).strip() for p in raw.split(_BR + _BR)]
        pieces = [p.replace(_BR, " ").strip() for p in pieces]
        pieces = [_SPACE.sub(" ", p) for p in pieces if p]
        first_index = len(self.blocks)
        if pieces:
            tag = container.tag if isinstance(container.tag, str) else "div"
            tag = tag.lower()
            tokens = _tokens(container, caches.tokens)
            total = sum(len(p) for p in pieces)
            for piece in pieces:
                share = len(piece) / total if total else 0.0
                self.blocks.append(
                    Block(
                        index=len(self.blocks),
                        text=piece,
                        tag=tag,
                        tokens=tokens,
                        link_chars=min(len(piece), round(self.link_chars * share)),
                        link_count=self.link_count if len(pieces) == 1 else 0,
                        depth=depth,
                        heading=_HEADINGS.get(tag),
                        element=container,
                    )
                )
        block_index = first_index if pieces else None
        for href, anchor, rel in self.pending_links:
            self.links.append((href, anchor, rel, block_index))
        self.pending_links.clear()
        self.link_chars = 0
        self.link_count = 0


def _walk(
    root: Any,
) -> tuple[list[Block], list[tuple[str, str, tuple[str, ...], int | None]], bool]:
    """Split the page into blocks of text in document order, and collect its links."""
    body = root.find("body")
    start = body if body is not None else root
    col = _Collector()
    caches = _Caches()
    noscripts: list[Any] = []
    _walk_from(start, col, caches, noscripts)
    if noscripts and not col.truncated:
        # Some templates (Blogger's among them) print the whole post only inside <noscript>.
        # Its subtrees are read, after the rest, only when they hold most of the page's words.
        page_words = sum(len(b.text.split()) for b in col.blocks)
        hidden_words = sum(len(el.text_content().split()) for el in noscripts)
        if hidden_words > page_words:
            for el in noscripts:
                _walk_from(el, col, caches, None)
    return col.blocks, col.links, col.truncated


def _walk_from(start: Any, col: _Collector, caches: _Caches, noscripts: list[Any] | None) -> None:
    """Collect the blocks and links under start (noscript subtrees skipped and listed)."""
    containers: list[Any] = [start]
    in_link = 0
    skipped: Any = None  # the element whose subtree is being skipped
    walker = lxml.etree.iterwalk(start, events=("start", "end"))
    chars = col.chars
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comments and processing instructions
            continue
        if event == "start":
            if el is not start and (tag in SKIP_TAGS or _is_hidden(el)):
                walker.skip_subtree()
                skipped = el
                if tag == "noscript" and noscripts is not None:
                    noscripts.append(el)
                continue
            if tag in BLOCK_TAGS:
                if chars or col.pending_links:
                    col.flush(containers[-1], len(containers), caches)
                    if col.truncated:
                        break
                containers.append(el)
            elif tag == "br":
                chars.append(_BR)
            elif tag == "a":
                href = el.get("href")
                if href is not None and href.lstrip()[:11].lower() != "javascript:":
                    anchor = _SPACE.sub(" ", el.text_content()).strip()
                    rel = tuple((el.get("rel") or "").lower().split())
                    col.pending_links.append((href, anchor, rel))
                    col.link_count += 1
                in_link += 1
            text = el.text
        else:
            if el is skipped:
                skipped = None
            elif tag in BLOCK_TAGS:
                if chars or col.pending_links:
                    col.flush(el, len(containers), caches)
                    if col.truncated:
                        break
                if len(containers) > 1:
                    containers.pop()
            elif tag == "a":
                in_link = max(0, in_link - 1)
            text = el.tail if el is not start else None
        if text:
            if text.isspace():
                # Whitespace only separates inline elements: keep one space, never start with it.
                if chars:
                    chars.append(" ")
            else:
                chars.append(text)
                if in_link:
                    col.link_chars += len(_SPACE.sub(" ", text))
    if not col.truncated:
        col.flush(containers[-1], len(containers), caches)


def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _own_tokens(el: Any) -> frozenset[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not raw.strip():
        return frozenset()
    return frozenset(t for t in _TOKEN_SPLIT.split(raw) if t)


def _tokens(el: Any, cache: dict[Any, frozenset[str]]) -> frozenset[str]:
    """Id/class tokens of the element and all its ancestors (memoised per element)."""
    chain = []
    node = el
    while node is not None and node not in cache:
        chain.append(node)
        node = node.getparent()
    acc = cache[node] if node is not None else frozenset()
    for n in reversed(chain):
        own = _own_tokens(n)
        acc = acc | own if own else acc
        cache[n] = acc
    return acc
