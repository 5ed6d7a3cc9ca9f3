"""Headline signals: clickbait cues, length, and how far the body delivers what it announces.

The headline is ``doc.metadata.title`` (JSON-LD headline, og:title or <title> without the site
name), else the first heading of the body. Evidence: the headline is usually the body's first
paragraph (the page's h1); when a body paragraph equals the headline (ignoring case and white
space), cue spans point into that paragraph of ``body.text``. When the headline is not in the
body, the values are reported without evidence (a span must point into ``body.text``).
"""

from __future__ import annotations

import re

from trustscore._document import Document
from trustscore._lexicon import (
    MAX_EVIDENCE_SPANS,
    WORD,
    effective_language,
    lede_paragraphs,
    tagged_lexicons,
    tokenize,
)
from trustscore._report import SignalValue, Span
from trustscore._signals import ArticleBody, SignalSet, span
from trustscore._tone import shouting_words

AGREEMENT_PARAGRAPHS = 3
"""Headline-body agreement looks at the first three prose paragraphs after the headline
(lede_paragraphs): the lede and nut graf, where a story states what its headline promises."""
_STEM_CHARS = 6  # stems keep six letters: enough to tell most news words apart
_MIN_CONTENT_LETTERS = 3  # shorter words are function words or initials
# A count that opens the headline ("7 things", "Ten reasons"). Not a year ("2020 Audi e-tron
# revealed") and not "one" ("One of the top stocks…"), which open ordinary news headlines.
_LEADING_NUMBER = re.compile(
    r"^\W{0,3}(?:(?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fifteen|twenty|thirty|fifty|hundred)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you'll|you've|you'd)\b", re.I)
_STOPWORDS = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
        "by", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
        "those", "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "when",
        "where", "will", "would", "can", "could", "should", "may", "might", "has", "have", "had",
        "not", "no", "yes", "you", "your", "our", "we", "they", "them", "their", "his", "her", "he",
        "she", "after", "before", "over", "under", "into", "about", "than", "then", "says", "said",
        "new", "more", "most", "just",
    }
)  # fmt: skip

_CUE_NAMES = (
    "headline_is_question",
    "headline_has_exclamation",
    "headline_starts_with_number",
    "headline_second_person",
    "headline_forward_reference",
    "headline_sensational_phrase",
)
SIGNAL_NAMES = (
    "headline_word_count",
    *_CUE_NAMES,
    "headline_all_caps_words",
    "headline_clickbait_cues",
    "headline_body_agreement",
)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def headline_text(doc: Document, body: ArticleBody) -> str | None:
    """The article's headline: metadata title, else the body's first heading."""
    if doc.metadata.title:
        return " ".join(doc.metadata.title.split())
    for i in sorted(body.headings):
        return body.paragraphs[i]
    return None


def _stem(word: str) -> str:
    """A crude stem: possessive, one inflection (-ing, -ed, -s) and a final e dropped, then the
    first six letters ("votes", "voted", "voting" -> "vot"; "elections" -> "electi")."""
    word = word.casefold().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3:
        word = word.removesuffix("e")
    return word[:_STEM_CHARS]


def content_stems(text: str) -> list[str]:
    """Distinct stems of the content words of text, in order of first appearance."""
    out: list[str] = []
    for t in tokenize(text):
        if len(t.lower) < _MIN_CONTENT_LETTERS or t.lower in _STOPWORDS or t.lower.isdigit():
            continue
        stem = _stem(t.text)
        if stem not in out:
            out.append(stem)
    return out


def headline_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Headline family: clickbait cues, length and agreement with the first paragraphs."""
    values: dict[str, SignalValue] = dict.fromkeys(SIGNAL_NAMES)
    headline = headline_text(doc, body)
    if not headline:
        return SignalSet(values=values)

    # Where the headline sits in body.text, if it is a body paragraph.
    offsets = body.paragraph_offsets()
    key = _normal(headline)
    where = next((i for i, p in enumerate(body.paragraphs) if _normal(p) == key), None)
    base = offsets[where] if where is not None else None
    in_body = body.paragraphs[where] if where is not None else None
    local = in_body if in_body is not None else headline
    text = body.text

    cues: dict[str, list[tuple[int, int]]] = {name: [] for name in _CUE_NAMES}
    stripped = local.rstrip()
    if stripped.endswith(("?", "？")):
        cues["headline_is_question"].append((len(stripped) - 1, len(stripped)))
    cues["headline_has_exclamation"] = [(m.start(), m.end()) for m in re.finditer(r"[!！]", local)]
    number = _LEADING_NUMBER.match(local)
    if number:
        cues["headline_starts_with_number"].append(number.span())

    english = effective_language(doc, " ".join(body.paragraphs[: AGREEMENT_PARAGRAPHS + 1])) == "en"
    if english:
        cues["headline_second_person"] = [m.span() for m in _SECOND_PERSON.finditer(local)]
        phrase_lists = tagged_lexicons("clickbait")
        for tag, name in (
            ("forward", "headline_forward_reference"),
            ("sensational", "headline_sensational_phrase"),
        ):
            lex = phrase_lists.get(tag)
            if lex is not None:
                cues[name] = lex.spans(local)
    tokens = tokenize(local)
    shouted = shouting_words(tokens)

    values["headline_word_count"] = len(tokens)
    for name, hits in cues.items():
        values[name] = bool(hits) if (english or name in _LANGUAGE_FREE_CUES) else None
    values["headline_all_caps_words"] = len(shouted)
    values["headline_clickbait_cues"] = sum(1 for name in _CUE_NAMES if values[name]) + (
        1 if shouted else 0
    )
    values["headline_body_agreement"] = _agreement(headline, body, exclude=where)

    evidence: dict[str, tuple[Span, ...]] = {}
    if base is not None:
        for name, hits in cues.items():
            if hits:
                evidence[name] = tuple(
                    span(text, base + s, base + e) for s, e in hits[:MAX_EVIDENCE_SPANS]
                )
        if shouted:
            evidence["headline_all_caps_words"] = tuple(
                span(text, base + t.start, base + t.end) for t in shouted[:MAX_EVIDENCE_SPANS]
            )
    return SignalSet(values=values, evidence=evidence)


_LANGUAGE_FREE_CUES = frozenset(
    {"headline_is_question", "headline_has_exclamation", "headline_starts_with_number"}
)


def _agreement(headline: str, body: ArticleBody, exclude: int | None) -> float | None:
    """Share of the headline's content words whose stem appears in the first paragraphs."""
    wanted = content_stems(headline)
    if not wanted:
        return None
    paragraphs = [body.paragraphs[i] for i in lede_paragraphs(body, AGREEMENT_PARAGRAPHS, exclude)]
    if not paragraphs:
        return None
    # A stem is a prefix of its casefolded word (3+ letters here), so only words that share a
    # wanted stem's first two letters can match: stemming just those is 4x cheaper on news.
    prefixes = {w[:2] for w in wanted}
    words = set(WORD.findall(" ".join(paragraphs)))
    found = {_stem(w) for w in words if w.casefold().replace("’", "'")[:2] in prefixes}
    return round(sum(1 for w in wanted if w in found) / len(wanted), 4)
