"""The parsed document: built once by :func:`trustscore.parse`, read by every later stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from trustscore._report import Metadata

if TYPE_CHECKING:
    from bs4 import BeautifulSoup


def _label(node: Any) -> str:
    label = node.tag.lower() if isinstance(node.tag, str) else "?"
    ident = (node.get("id") or "").split()
    if ident:
        label += "#" + ident[0]
    cls = (node.get("class") or "").split()
    if cls:
        label += "." + ".".join(cls[:3])
    return label


def element_path(el: Any) -> str:
    """'html>body>div#main>p' for an lxml element: its ancestors' tags with id and classes."""
    labels = [_label(el), *(_label(a) for a in el.iterancestors())]
    return ">".join(reversed(labels))


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink on the page."""

    url: str
    """Target, resolved against the page URL or ``<base href>``."""
    text: str
    """Anchor text, whitespace-normalised."""
    rel: tuple[str, ...]
    """Tokens of the ``rel`` attribute, lower-cased."""
    external: bool
    """True when the target's host is not the page's own site (False when unknown)."""
    position: int
    """Order of the link on the page, from 0."""
    block: int | None
    """Index of the block that contains the link, or None when it is outside every block."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit of page text, in document order."""

    index: int
    """Position in ``Document.blocks``."""
    text: str
    """The block's text, whitespace-normalised (one line)."""
    tag: str
    """Tag of the element: p, h1-h6, li, blockquote, pre, td, dd, figcaption, div, …"""
    tokens: frozenset[str]
    """Lower-cased id and class tokens of the element and its ancestors (split on -, _)."""
    link_chars: int
    """Characters of the block's text that are inside links."""
    link_count: int
    """Number of links inside the block."""
    depth: int
    """Depth of the element in the tree."""
    heading: int | None
    """1-6 for a heading block, else None."""
    element: Any = field(default=None, compare=False, repr=False)
    """The lxml element (None for plain-text input)."""

    @property
    def path(self) -> str:
        """Ancestor tags from the root with id/class: ``html>body>div#main>article>p``."""
        if self.element is None:
            return self.tag
        return element_path(self.element)

    @property
    def link_density(self) -> float:
        """Share of the block's characters inside links (0-1)."""
        return self.link_chars / len(self.text) if self.text else 0.0


_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def text_block(
    index: int, text: str, *, tag: str = "p", tokens: frozenset[str] | set[str] = frozenset()
) -> Block:
    """A Block for plain-text input (no element, no links)."""
    return Block(
        index=index,
        text=text,
        tag=tag,
        tokens=frozenset(tokens),
        link_chars=0,
        link_count=0,
        depth=0,
        heading=_HEADING_TAGS.get(tag),
    )


@dataclass(frozen=True)
class Document:
    """An article page parsed once: metadata, links and blocks, plus the tree for custom work."""

    kind: Literal["html", "text"]
    """html when markup was found, else text."""
    text_source: str
    """The decoded input."""
    source_bytes: int
    """Size of the input in bytes."""
    sha256: str
    """SHA-256 of the input bytes, hex."""
    url: str | None
    """The URL given by the caller."""
    encoding: str | None
    """Encoding used for byte input."""
    metadata: Metadata
    """Title, authors, dates, publisher, type, policies…"""
    blocks: tuple[Block, ...]
    """Paragraph-level text units in document order."""
    links: tuple[Link, ...]
    """Every link with an href, in document order."""
    jsonld: tuple[dict[str, Any], ...]
    """Every JSON-LD object on the page, ``@graph`` nodes flattened."""
    tree: Any = field(default=None, compare=False, repr=False)
    """The lxml root element (None for plain text)."""
    warnings: tuple[str, ...] = ()
    """Problems met while parsing that did not stop it."""

    @property
    def text(self) -> str:
        """All block texts joined by blank lines (the whole page, boilerplate included)."""
        return "\n\n".join(b.text for b in self.blocks)

    @cached_property
    def soup(self) -> BeautifulSoup:
        """A BeautifulSoup tree of the page, built on first use (costly: ~10x the lxml parse)."""
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.text_source, "lxml")
