"""The report schema: pydantic models serialised as the JSON that every user sees.

The JSON Schema generated from :class:`TrustReport` is committed as ``docs/report.schema.json``
(``python scripts/gen_docs.py`` regenerates it; a test checks that it is current).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

SignalValue = bool | int | float | None
"""A signal's value: a number, a flag, or None when it cannot be measured on this input."""

ArticleType = Literal[
    "news",
    "opinion",
    "analysis",
    "review",
    "satire",
    "sponsored",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """A piece of the article body that supports a finding."""

    start: int = Field(description="Offset of the first character in body.text.")
    end: int = Field(description="Offset one past the last character in body.text.")
    text: str = Field(description="body.text[start:end].")


class InputInfo(_Model):
    """What was analysed."""

    kind: Literal["html", "text"] = Field(description="html when markup was found, else text.")
    bytes: int = Field(description="Size of the input in bytes (UTF-8 for str input).")
    sha256: str = Field(description="SHA-256 of the input bytes, hex.")
    url: str | None = Field(default=None, description="The page URL given by the caller.")
    encoding: str | None = Field(
        default=None, description="Encoding used to decode byte input (None for str input)."
    )


class Metadata(_Model):
    """What the page says about the article."""

    title: str | None = Field(default=None, description="Headline, without the site suffix.")
    authors: list[str] = Field(
        default_factory=list, description="Names of the people credited with the article."
    )
    published: datetime | None = Field(
        default=None, description="First publication time (timezone-aware when the page says)."
    )
    modified: datetime | None = Field(default=None, description="Last modification time.")
    publisher: str | None = Field(default=None, description="Publisher or site name.")
    canonical_url: str | None = Field(default=None, description="The page's canonical URL.")
    language: str | None = Field(default=None, description="Language tag, e.g. 'en' or 'de-AT'.")
    section: str | None = Field(default=None, description="Section of the site, e.g. 'Politics'.")
    description: str | None = Field(default=None, description="The page's summary or standfirst.")
    article_type: str | None = Field(
        default=None,
        description="schema.org type of the article as declared, e.g. NewsArticle, "
        "OpinionNewsArticle, AnalysisNewsArticle, AdvertiserContentArticle, SatiricalArticle.",
    )
    genre: ArticleType | None = Field(
        default=None,
        description="The kind of piece: news, opinion, analysis, review, satire, sponsored or "
        "other, from the declared type and visible labels.",
    )
    policies: dict[str, str] = Field(
        default_factory=dict,
        description="Publisher policy links by kind (publishingPrinciples, correctionsPolicy, "
        "ethicsPolicy, masthead, unnamedSourcesPolicy, ownershipFundingInfo, "
        "actionableFeedbackPolicy, diversityPolicy, verificationFactCheckingPolicy, "
        "noBylinesPolicy, about, contact).",
    )


class Body(_Model):
    """The article text, with the page around it removed."""

    text: str = Field(description="Paragraphs joined by a blank line; offsets refer to this.")
    paragraphs: list[str] = Field(description="Paragraphs in reading order (headings included).")
    word_count: int = Field(description="Number of words in text.")


class BoilerplateBlock(_Model):
    """A block of page text that is not part of the article."""

    text: str = Field(description="The block's text.")
    reason: str = Field(description="Why it is not the article (see docs/boilerplate.md).")
    occurrences: int = Field(default=1, description="How many times it appears on the page.")


class DuplicateGroup(_Model):
    """Blocks that appear more than once on the page (exactly or nearly)."""

    text: str = Field(description="The text of the first occurrence.")
    occurrences: int = Field(description="How many times it appears.")
    reason: str | None = Field(default=None, description="What the repeated block is, if known.")


class Boilerplate(_Model):
    """What was stripped from the page before the article was measured."""

    blocks: list[BoilerplateBlock] = Field(
        default_factory=list, description="Each removed block, in page order."
    )
    ratio: float = Field(default=0.0, description="Share of page text that is boilerplate.")
    duplicate_groups: list[DuplicateGroup] = Field(
        default_factory=list, description="Blocks printed more than once on the page."
    )


class Source(_Model):
    """A source the article cites."""

    kind: Literal["named", "anonymous", "organization"] = Field(description="Who is speaking.")
    name: str | None = Field(default=None, description="Name or description of the source.")
    role: str | None = Field(default=None, description="Role or title given, if any.")
    social_media: bool = Field(default=False, description="The words were posted on social media.")
    via: str | None = Field(default=None, description="The outlet that carried the words.")
    cue: str | None = Field(default=None, description="The reporting verb or phrase.")
    start: int = Field(description="Start of the whole attribution in body.text.")
    end: int = Field(description="End of the whole attribution in body.text.")


class Quote(_Model):
    """A direct quotation."""

    text: str = Field(description="The quoted words, without the quote marks.")
    speaker: str | None = Field(default=None, description="Who said it, if found.")
    start: int = Field(description="Start of the quoted words in body.text.")
    end: int = Field(description="End of the quoted words in body.text.")


class Explanation(_Model):
    """One signal's share in the score."""

    signal: str = Field(description="Feature name.")
    value: SignalValue = Field(description="The signal's value on this article.")
    contribution: float = Field(description="Additive contribution to the model's logit.")
    direction: Literal["raises", "lowers", "neutral"] = Field(description="Effect on the score.")
    message: str = Field(default="", description="A sentence for people.")
    evidence: list[Span] = Field(default_factory=list, description="Where the signal points.")


class ModelInfo(_Model):
    """The model that produced the score."""

    name: str = Field(description="Model name.")
    version: str = Field(description="Model version.")
    estimates: str = Field(description="What the probability estimates.")


class TrustReport(_Model):
    """Everything trustscore found about one article."""

    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Version of this JSON layout (major.minor)."
    )
    input: InputInfo = Field(description="What was analysed.")
    metadata: Metadata = Field(description="What the page says about the article.")
    body: Body = Field(description="The article text, page chrome removed.")
    boilerplate: Boilerplate = Field(
        default_factory=Boilerplate, description="What was removed from the page, and why."
    )
    sources: list[Source] = Field(
        default_factory=list, description="Every source the article cites, in order."
    )
    quotes: list[Quote] = Field(default_factory=list, description="Every direct quotation.")
    signals: dict[str, SignalValue] = Field(
        default_factory=dict, description="Every signal by name (see docs/signals.md)."
    )
    evidence: dict[str, list[Span]] = Field(
        default_factory=dict, description="Text spans behind signals, by signal name."
    )
    score: float | None = Field(default=None, description="100 x probability, 0-100.")
    probability: float | None = Field(default=None, description="Calibrated probability.")
    label: Literal["high", "mixed", "low"] | None = Field(
        default=None, description="The score in words (cut-offs in docs/model-card.md)."
    )
    model: ModelInfo | None = Field(default=None, description="The model behind the score.")
    explanations: list[Explanation] = Field(
        default_factory=list, description="Each signal's share in the score, largest first."
    )
    warnings: list[str] = Field(
        default_factory=list, description="Problems met that did not stop the analysis."
    )
