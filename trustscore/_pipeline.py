"""The one-way flow: HTML -> Document -> body -> signals -> features -> model -> report."""

from __future__ import annotations

from collections.abc import Callable

from trustscore._boilerplate import boilerplate_section, extract_body
from trustscore._boilerplate_signals import boilerplate_signals
from trustscore._document import Document
from trustscore._genre import resolve_genre
from trustscore._headline import headline_signals
from trustscore._model import Scorer, apply_scorer
from trustscore._options import DEFAULT_MAX_BYTES
from trustscore._parsing import parse
from trustscore._profiles import SiteProfile
from trustscore._readability import readability_signals
from trustscore._report import Body, InputInfo, SignalValue, Span, TrustReport
from trustscore._signals import ArticleBody, SignalSet
from trustscore._sourcing import sources_and_quotes, sourcing_signals
from trustscore._specificity import specificity_signals
from trustscore._tone import tone_signals
from trustscore._transparency import transparency_signals

SignalFamily = Callable[[Document, ArticleBody], SignalSet]

# Every signal family, in report order. Each is a pure function of the document and its body.
SIGNAL_FAMILIES: tuple[SignalFamily, ...] = (
    boilerplate_signals,
    sourcing_signals,
    readability_signals,
    tone_signals,
    specificity_signals,
    headline_signals,
    transparency_signals,
)


def analyze(
    source: str | bytes,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    profile: SiteProfile | None = None,
    scorer: Scorer | None = None,
) -> TrustReport:
    """Analyse one article (HTML or plain text) and return its scored trust report."""
    doc = parse(source, url=url, max_bytes=max_bytes)
    report = report_for(doc, profile=profile)
    return apply_scorer(scorer if scorer is not None else Scorer.default(), report)


def report_for(doc: Document, *, profile: SiteProfile | None = None) -> TrustReport:
    """Run every stage after parsing on a Document (profile: a site's learnt template)."""
    body = extract_body(doc, profile=profile)
    signals: dict[str, SignalValue] = {}
    evidence: dict[str, list[Span]] = {}
    warnings = list(doc.warnings)
    for family in SIGNAL_FAMILIES:
        result = family(doc, body)
        signals.update(result.values)
        warnings.extend(result.warnings)
        for name, spans in result.evidence.items():
            evidence[name] = list(spans)
    sources, quotes = sources_and_quotes(body)
    return TrustReport(
        input=InputInfo(
            kind=doc.kind,
            bytes=doc.source_bytes,
            sha256=doc.sha256,
            url=doc.url,
            encoding=doc.encoding,
        ),
        metadata=doc.metadata.model_copy(update={"genre": resolve_genre(doc).genre}),
        body=Body(text=body.text, paragraphs=list(body.paragraphs), word_count=body.word_count),
        boilerplate=boilerplate_section(body),
        sources=sources,
        quotes=quotes,
        signals=signals,
        evidence=evidence,
        warnings=warnings,
    )
