"""Authors: byline strings, JSON-LD author values, byline elements and "By …" lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from trustscore._document import Block
from trustscore._jsonld import by_id, clean

_SPACE = re.compile(r"\s+")

# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
BYLINE = re.compile(r"^\s*(?:by|von|par|por|di|door|av)\s+(.{2,120})$", re.IGNORECASE)
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


def names_from_jsonld(value: Any, jsonld: Sequence[dict[str, Any]]) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person, a list or an @id."""
    value = by_id(jsonld, value)
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(names_from_jsonld(item, jsonld))
        return out
    if isinstance(value, dict):
        name = clean(value.get("name"))
        if not name and (value.get("givenName") or value.get("familyName")):
            name = clean(f"{value.get('givenName') or ''} {value.get('familyName') or ''}")
        return [name] if name else []
    text = clean(value)
    return split_authors(text) if text else []


def split_authors(text: str) -> list[str]:
    """Names in a byline string: 'By Ann Lee and Bo Chen, Reuters' -> ['Ann Lee', 'Bo Chen']."""
    text = _SPACE.sub(" ", text).strip()
    match = BYLINE.match(text)
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


def strip_role(name: str) -> str:
    """Drop a job title written after a name: 'Ben Cole Games Editor' -> 'Ben Cole'."""
    return _ROLE_TAIL.sub("", name).strip()


def dedupe_names(names: Iterable[str]) -> list[str]:
    """Names without case-insensitive repeats, in order."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


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


def visible_byline(blocks: Sequence[Block], anchors: Iterable[tuple[str, str, str]]) -> list[str]:
    """Names from links marked rel=author, then from elements classed as byline or author."""
    for _, text, rel in anchors:
        if "author" in rel.split():
            name = clean(text)
            if name and is_name(name):
                return [name]
    for el in islice(_byline_elements(blocks), _BYLINE_CANDIDATES):
        names_el = el.xpath(".//*[@itemprop='name']")
        marked = clean(names_el[0].text_content() if names_el else el.text_content())
        if not marked or len(marked) > 120:
            continue
        names = [strip_role(n) for n in split_authors(marked)]
        names = [n for n in names if is_name(n)]
        if names:
            return names
    return []


# A byline sits near the headline: the blocks from a little before the first <h1> to some
# way after it are searched (the whole top of the page when there is no <h1>).
_BYLINE_BEFORE_H1 = 10
_BYLINE_AFTER_H1 = 60
_BYLINE_NO_H1 = 150
_MAX_BYLINE_CHARS = 160
_BYLINE_SEGMENTS = re.compile(r"\s+[|•·]\s+")


def text_byline(blocks: Sequence[Block]) -> list[str]:
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
            if not BYLINE.match(segment):
                continue
            names = [n for n in split_authors(_DATE_TAIL.sub("", segment)) if is_name(n)]
            if names:
                return names
    return []


def is_name(text: str) -> bool:
    """A person's name: capitalised words, at least two, single letters only as initials."""
    words = text.split()
    if len(words) < 2 or not _NAME_SHAPE.match(text):
        return False
    return all(len(w) > 1 or w.endswith(".") for w in words)
