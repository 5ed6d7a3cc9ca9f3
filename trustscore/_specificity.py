"""Specificity signals: how concrete the article's text is (numbers, names, typed web handles).

Reporting that can be checked is specific: it gives figures, dates and the names of people,
places and organisations, which a reader can verify. Writing that argues rather than reports
has fewer of them. This is the journalistic rationale ("the discipline of verification",
Kovach and Rosenstiel, *The Elements of Journalism*), not a rule we measured: how much each
signal counts is learnt by the model. Hashtags, @handles and URLs typed into the text are the
style of social media posts rather than of edited reports.

Every rate is per 1,000 words (or a share of the words) of ``body.text``, with words as
counted by ``count_words``; every evidence span is an offset in ``body.text``. Numbers and web
handles are measured in any language; the proper-noun share only in English (German, for one,
capitalises every noun).
"""

from __future__ import annotations

import re

from trustscore._document import Document
from trustscore._lexicon import (
    MAX_EVIDENCE_SPANS,
    WORD,
    effective_language,
    lowered_text,
    per_thousand,
    word_counts,
)
from trustscore._report import SignalValue, Span
from trustscore._signals import ArticleBody, SignalSet, span
from trustscore._tone import sentence_spans

# A number: digits with inner separators ("3.5", "1,200", "10:30", "9/11", "2016"); one match
# per written number. Each repetition starts with a separator, so matching is linear. A match
# right after a word character, "." or "," is the tail of a word ("B52") and is dropped (checked
# in Python on the few matches: a look-behind at every position costs more).
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NOT_BEFORE_NUMBER = re.compile(r"[\w.,]")
# Typed web handles: #hashtag, @handle (not an e-mail address: nothing word-like before), or a
# URL. The URL class stops at whitespace: one linear scan, only run when one of the markers'
# first characters is in the text at all.
_WEB_MARKER = re.compile(r"(?<![\w@#])[#@]\w+|\bhttps?://\S+|\bwww\.\S+")
_WEB_HINTS = ("#", "@", "http", "www.")
# A capitalised word token (the token rule of WORD; Latin-1 capitals: the share is only
# measured on English text).
_CAPITALISED = re.compile(r"(?<!\w)(?<!\w[-'’])[A-ZÀ-ÖØ-Þ]\w*(?:[-'’]\w+)*")
# The pronoun I, capitalised in English wherever it stands: not a name.
_PRONOUN_I = frozenset({"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"})

SIGNAL_NAMES = ("numbers_per_1k_words", "proper_noun_share", "web_markers_per_1k_words")


def _spans(text: str, hits: list[tuple[int, int]]) -> tuple[Span, ...]:
    return tuple(span(text, s, e) for s, e in hits[:MAX_EVIDENCE_SPANS])


def proper_noun_spans(text: str) -> list[tuple[int, int]]:
    """Capitalised words that do not open a sentence (names of people, places, bodies).

    The first word of a sentence is skipped whatever it is (its capital is grammar), and so is
    the pronoun "I" (and "I'm", "I've"); words in capitals (acronyms such as FBI) count."""
    openers = set()
    for start, end in sentence_spans(text):
        first = WORD.search(text, start, end)
        if first:
            openers.add(first.start())
    return [
        m.span()
        for m in _CAPITALISED.finditer(text)
        if m.start() not in openers and m.group() not in _PRONOUN_I
    ]


def number_spans(text: str) -> list[tuple[int, int]]:
    """Written numbers in text (see _NUMBER), not the digits inside words."""
    return [
        m.span()
        for m in _NUMBER.finditer(text)
        if not (m.start() and _NOT_BEFORE_NUMBER.match(text, m.start() - 1))
    ]


def specificity_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Specificity family: numbers, proper nouns and typed web handles in body.text."""
    text = body.text
    counts = word_counts(lowered_text(text))
    n_words = sum(counts.values())  # the tone family's count (the WORD rule of body.word_count)
    values: dict[str, SignalValue] = dict.fromkeys(SIGNAL_NAMES)
    if not n_words:
        return SignalSet(values=values)
    numbers = number_spans(text)
    english = effective_language(doc, text, counts) == "en"
    names = proper_noun_spans(text) if english else []
    web = []
    if any(hint in text for hint in _WEB_HINTS):
        web = [m.span() for m in _WEB_MARKER.finditer(text)]
    values["numbers_per_1k_words"] = per_thousand(len(numbers), n_words)
    values["proper_noun_share"] = round(len(names) / n_words, 4) if english else None
    values["web_markers_per_1k_words"] = per_thousand(len(web), n_words)
    evidence = {
        "numbers_per_1k_words": _spans(text, numbers),
        "proper_noun_share": _spans(text, names) if english else (),
        "web_markers_per_1k_words": _spans(text, web),
    }
    return SignalSet(values=values, evidence={k: v for k, v in evidence.items() if v})
