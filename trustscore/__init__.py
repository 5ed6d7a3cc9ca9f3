"""trustscore: how far can a news article be trusted, from its HTML.

>>> import trustscore
>>> report = trustscore.analyze("<html>…</html>", url="https://example.org/a")
>>> report.score, report.label
"""

from trustscore import errors
from trustscore._document import Block, Document, Link
from trustscore._model import Scorer
from trustscore._parsing import parse
from trustscore._pipeline import analyze
from trustscore._profiles import SiteProfile
from trustscore._report import (
    Body,
    Boilerplate,
    Explanation,
    InputInfo,
    Metadata,
    Quote,
    Source,
    Span,
    TrustReport,
)
from trustscore._version import __version__
from trustscore.errors import TrustscoreError

__all__ = [
    "Block",
    "Body",
    "Boilerplate",
    "Document",
    "Explanation",
    "InputInfo",
    "Link",
    "Metadata",
    "Quote",
    "Scorer",
    "SiteProfile",
    "Source",
    "Span",
    "TrustReport",
    "TrustscoreError",
    "__version__",
    "analyze",
    "errors",
    "parse",
]
