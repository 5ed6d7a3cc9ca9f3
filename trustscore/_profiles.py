"""Site profiles: the blocks a site's template repeats across its pages, learnt once.

A crawler that scores many pages of one site learns a :class:`SiteProfile` from a handful of
them (``SiteProfile.learn(pages)``), saves it as JSON, and passes it to ``analyze(...,
profile=...)``: blocks whose normalised text the profile knows are boilerplate with reason
``site_template``, even inside the article container (a "Read our corrections policy" line
every article ends with, a template subtitle).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from trustscore._document import Document
from trustscore._duplicates import normalize
from trustscore.errors import DataError

# A block is template when its text appears on at least this share of the learnt pages…
MIN_PAGE_SHARE = 0.5
# …and on at least this many pages: two pages can share text for other reasons (an updated
# story, one author's byline), three pages of different articles rarely do.
MIN_PAGES = 3
PROFILE_FORMAT = "trustscore-site-profile/1"


@dataclass(frozen=True)
class SiteProfile:
    """Texts a site repeats on its pages (normalised), learnt from several of its pages."""

    texts: frozenset[str]
    """Normalised block texts seen on enough pages to be template."""
    pages: int = 0
    """Number of pages the profile was learnt from."""
    site: str | None = None
    """Optional label (a host name) for people."""

    @classmethod
    def learn(
        cls, pages: Iterable[str | bytes | Document], *, site: str | None = None
    ) -> SiteProfile:
        """Learn the template blocks shared by several pages (HTML, text or Documents)."""
        from trustscore._parsing import parse

        counts: dict[str, int] = {}
        n = 0
        for page in pages:
            doc = page if isinstance(page, Document) else parse(page)
            n += 1
            for key in sorted({normalize(b.text) for b in doc.blocks}):
                if key:
                    counts[key] = counts.get(key, 0) + 1
        need = max(MIN_PAGES, math.ceil(MIN_PAGE_SHARE * n))
        return cls(frozenset(k for k, c in counts.items() if c >= need), pages=n, site=site)

    def knows(self, text: str) -> bool:
        """Whether the text (normalised) is part of the site's template."""
        return normalize(text) in self.texts

    def to_json(self) -> str:
        """The profile as a JSON document (texts sorted, so the output is stable)."""
        data = {
            "format": PROFILE_FORMAT,
            "site": self.site,
            "pages": self.pages,
            "texts": sorted(self.texts),
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, data: str) -> SiteProfile:
        """Read a profile written by :meth:`to_json`."""
        try:
            obj = json.loads(data)
        except ValueError as exc:
            raise DataError(f"not a site profile: {exc}") from None
        if not isinstance(obj, dict) or obj.get("format") != PROFILE_FORMAT:
            raise DataError(f"not a site profile (expected format {PROFILE_FORMAT!r})")
        texts = obj.get("texts")
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise DataError("site profile: 'texts' must be a list of strings")
        pages = obj.get("pages", 0)
        site = obj.get("site")
        return cls(
            frozenset(texts),
            pages=pages if isinstance(pages, int) else 0,
            site=site if isinstance(site, str) else None,
        )

    def save(self, path: str | Path) -> None:
        """Write the profile to a JSON file."""
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile from a JSON file written by :meth:`save`."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"cannot read site profile {path}: {exc}") from None
        return cls.from_json(text)
