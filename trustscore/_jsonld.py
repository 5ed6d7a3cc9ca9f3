"""Reading JSON-LD values: types, the article object, @id references, clean strings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_SPACE = re.compile(r"\s+")

# Most specific first: a page typed ["NewsArticle", "OpinionNewsArticle"] is an opinion piece.
ARTICLE_TYPES = (
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


def clean(value: Any) -> str | None:
    """Whitespace-normalised text of a value (first item of a list, name of an object)."""
    if value is None:
        return None
    if isinstance(value, list):
        for item in value:
            text = clean(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return clean(value.get("name") or value.get("@value"))
    text = _SPACE.sub(" ", str(value)).strip()
    return text or None


def types_of(obj: dict[str, Any]) -> list[str]:
    """The schema.org type names of a JSON-LD object."""
    value = obj.get("@type")
    raw = value if isinstance(value, list) else [value]
    return [t.rsplit("/", 1)[-1] for t in raw if isinstance(t, str)]


def find_article(jsonld: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: with a headline, most specific type."""
    best: tuple[int, dict[str, Any]] | None = None
    for obj in jsonld:
        for t in types_of(obj):
            if t in ARTICLE_TYPES:
                rank = ARTICLE_TYPES.index(t)
                # Prefer objects that carry a headline, then the most specific type.
                score = (0 if obj.get("headline") else 100) + rank
                if best is None or score < best[0]:
                    best = (score, obj)
    return best[1] if best else None


def by_id(jsonld: Sequence[dict[str, Any]], value: Any) -> Any:
    """The @graph node a bare {"@id": …} reference points to, else the value itself."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
        for obj in jsonld:
            if obj.get("@id") == value["@id"] and len(obj) > 1:
                return obj
    return value
