"""Tone and style signals: how loudly and how personally the article is written.

Every rate is per sentence or per 1,000 words of ``body.text`` (words as counted by
``count_words``); every word list is in ``trustscore/data`` with its source and licence. Word
lists are English: on pages whose language is known and is not English the list-based signals
are None (the punctuation, capitals and emoji signals do not depend on the language).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from trustscore._document import Document
from trustscore._lexicon import (
    MAX_EVIDENCE_SPANS,
    WORD,
    Token,
    effective_language,
    find_token,
    in_regions,
    lexicon,
    lowered_text,
    per_thousand,
    quoted_regions,
    sentiment_valence,
    word_counts,
    word_pattern,
)
from trustscore._report import SignalValue, Span
from trustscore._signals import ArticleBody, SignalSet, span
from trustscore._transparency import find_dateline

# A sentence: text up to a run of terminal marks (or the end of a paragraph). The classes are
# disjoint and nothing is nested, so matching is linear.
_SENTENCE = re.compile(r"[^.!?。！？\n]+(?:[.!?。！？]+|(?=\n)|\Z)")
_EXCLAMATION = re.compile(r"[!！]")
_QUESTION = re.compile(r"[?？]")
# Emoji: the pictographic blocks (misc symbols and pictographs, emoticons, transport, supplemental
# symbols, symbols and pictographs extended-A), dingbats, misc symbols, regional indicators.
_EMOJI = re.compile(
    "[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff"
    "\U0001fa70-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u26ff\u2700-\u27bf\u2b50\u2b55]"
)
# Text emoticons standing alone: :) :-( ;) :D :P =) :'( <3 xD ^_^ . Not after a letter or digit,
# so "http://", "10:30" and list labels "a)" never match.
_EMOTICON = re.compile(r"(?<![\w:/])(?:[:;=][-'o^]?[)(\]\[DPp/\\|O3*]|<3|[xX]D|\^_\^)(?![\w/])")
_MIN_CAPS_LETTERS = 2  # a one-letter word ("I", "A") is never shouting
_ISOLATED_CAPS_MIN_LETTERS = 6
"""An all-capitals word alone counts only from six letters: shorter ones are mostly acronyms
(NASA, COVID, FBI, NATO); runs of two or more capitalised words count at any length."""
# First and second person: pronouns and their contractions (lower case, plain apostrophe).
# "I" counts only in capitals (a lone lower-case "i" is a list label); "US" in capitals is the
# country, not the pronoun.
FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "let's", "i'm",
     "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"}
)  # fmt: skip
SECOND_PERSON = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "you'd", "you'll", "you're", "you've",
     "y'all"}
)  # fmt: skip
_MONTH_MAY = re.compile(r"May(?=\s+\d)")  # "May 3": the month, not the modal verb
# Candidate all-capitals words: Latin, Greek and Cyrillic capitals (a regular expression scan
# in C, so that only the few candidates are looked at in Python).
# Hyphens and apostrophes are left out of the class: "A-A-A-…" would otherwise give a start
# position per segment, each scanning to the end (quadratic). "NON-STOP" is two adjacent words.
_CAPS_WORD = re.compile(r"\b[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][A-ZÀ-ÖØ-ÞΑ-ΩА-Я0-9]*[A-ZÀ-ÖØ-ÞΑ-ΩА-Я]\b")
SENTIMENT_MIN_VALENCE = 1.5
"""Valence (VADER's -4..+4 scale) from which a word is sentiment-laden; data/sentiment.txt
holds only such words."""

SIGNAL_NAMES = (
    "exclamations_per_sentence",
    "questions_per_sentence",
    "all_caps_word_share",
    "emoji_count",
    "superlatives_per_1k_words",
    "intensifiers_per_1k_words",
    "first_person_per_1k_words",
    "second_person_per_1k_words",
    "hedges_per_1k_words",
    "boosters_per_1k_words",
    "loaded_words_per_1k_words",
    "sentiment_word_share",
    "negative_word_share",
    "positive_word_share",
)


def _spans(text: str, hits: list[tuple[int, int]]) -> tuple[Span, ...]:
    return tuple(span(text, s, e) for s, e in hits[:MAX_EVIDENCE_SPANS])


@lru_cache(maxsize=4)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of text, leading spaces trimmed, empty ones dropped.

    Memoised (immutable result): the tone and specificity families split the same body."""
    out = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end and any(ch.isalnum() for ch in text[start:end]):
            out.append((start, end))
    return tuple(out)


def shouting_words(tokens: list[Token]) -> list[Token]:
    """All-capitals words that read as shouting (see the constants for the rule)."""
    flags = [t.text.isupper() and _letters(t.text) >= _MIN_CAPS_LETTERS for t in tokens]
    return [
        t
        for i, t in enumerate(tokens)
        if flags[i]
        and (
            (i > 0 and flags[i - 1])
            or (i + 1 < len(flags) and flags[i + 1])
            or _letters(t.text) >= _ISOLATED_CAPS_MIN_LETTERS
        )
    ]


def _letters(word: str) -> int:
    return sum(1 for ch in word if ch.isalpha())


def shouting_spans(text: str) -> list[tuple[int, int]]:
    """Spans of shouting words in text: the rule of shouting_words, found by a scan."""
    caps = [m.span() for m in _CAPS_WORD.finditer(text)]
    caps = [c for c in caps if _letters(text[c[0] : c[1]]) >= _MIN_CAPS_LETTERS]
    out = []
    for i, (start, end) in enumerate(caps):
        # Adjacent: nothing but spaces and punctuation (no word) between two capital words.
        prev_adjacent = i > 0 and not WORD.search(text, caps[i - 1][1], start)
        next_adjacent = i + 1 < len(caps) and not WORD.search(text, end, caps[i + 1][0])
        if (
            prev_adjacent
            or next_adjacent
            or _letters(text[start:end]) >= _ISOLATED_CAPS_MIN_LETTERS
        ):
            out.append((start, end))
    return out


def _heading_spans(body: ArticleBody) -> list[tuple[int, int] | None]:
    offsets = body.paragraph_offsets()
    return [(offsets[i], offsets[i] + len(body.paragraphs[i])) for i in sorted(body.headings)]


def _outside_quotes(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits that are outside quotations (quoted words are the speaker's, not the writer's)."""
    if not hits:
        return hits
    regions = quoted_regions(text)
    starts = [r[0] for r in regions]
    return [h for h in hits if not in_regions(h[0], regions, starts)]


_FIRST_PERSON_RE = word_pattern(sorted(FIRST_PERSON), ignore_case=False)
_SECOND_PERSON_RE = word_pattern(sorted(SECOND_PERSON), ignore_case=False)


def _pronouns(text: str, lowered: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Pronoun spans outside quotations ("I" only in capitals; "US" is the country).

    Matched in the lower-cased text (same offsets: callers check the lengths agree)."""
    if pattern is None:  # pragma: no cover - the lists are not empty
        return []
    hits = []
    for m in pattern.finditer(lowered):
        start, end = m.span()
        original = text[start:end]
        if original[0] == "i" or original == "US":
            continue
        hits.append((start, end))
    return _outside_quotes(text, hits)


def _sentiment(
    lowered: str, counts: Mapping[str, int], n_words: int, locate: bool
) -> tuple[dict[str, SignalValue], dict[str, list[tuple[int, int]]]]:
    valence = sentiment_valence()
    negative: list[str] = []
    positive: list[str] = []
    for word in sorted(counts.keys() & valence.keys()):
        if valence[word] <= -SENTIMENT_MIN_VALENCE:
            negative.append(word)
        elif valence[word] >= SENTIMENT_MIN_VALENCE:
            positive.append(word)
    n_negative = sum(counts[w] for w in negative)
    n_positive = sum(counts[w] for w in positive)
    values: dict[str, SignalValue] = {
        "sentiment_word_share": round((n_negative + n_positive) / n_words, 4),
        "negative_word_share": round(n_negative / n_words, 4),
        "positive_word_share": round(n_positive / n_words, 4),
    }
    hits: dict[str, list[tuple[int, int]]] = {}
    if locate:
        for name, group in (("negative_word_share", negative), ("positive_word_share", positive)):
            hits[name] = sorted(h for w in group for h in find_token(lowered, w))
    return values, hits


def tone_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Tone family: punctuation, capitals, emoji, loaded and personal words in body.text."""
    text = body.text
    lowered = lowered_text(text)
    # Offsets found in the lower-cased text are offsets in text when lower-casing kept the
    # length (true but for a few letters such as Turkish dotted I); otherwise words are
    # lower-cased one by one (so that "İstanbul" stays one word) and there is no word evidence.
    locate = len(lowered) == len(text)
    if locate:
        counts = word_counts(lowered)
    else:
        counts = Counter(lowered_text(w) for w in WORD.findall(text))
    n_words = sum(counts.values())
    values: dict[str, SignalValue] = dict.fromkeys(SIGNAL_NAMES)
    evidence: dict[str, tuple[Span, ...]] = {}
    if not n_words:
        return SignalSet(values=values)

    sentences = sentence_spans(text)
    n_sentences = max(1, len(sentences))
    exclaimed = [s for s in sentences if _EXCLAMATION.search(text, s[0], s[1])]
    asked = [s for s in sentences if _QUESTION.search(text, s[0], s[1])]
    values["exclamations_per_sentence"] = round(
        sum(len(_EXCLAMATION.findall(text, s, e)) for s, e in exclaimed) / n_sentences, 4
    )
    values["questions_per_sentence"] = round(
        sum(len(_QUESTION.findall(text, s, e)) for s, e in asked) / n_sentences, 4
    )
    evidence["exclamations_per_sentence"] = _spans(text, exclaimed)
    evidence["questions_per_sentence"] = _spans(text, asked)

    shouted = shouting_spans(text)
    # Conventions, not shouting: the capitals of a dateline ("WASHINGTON —") and subheadings
    # that a site sets in capitals.
    conventional = [find_dateline(body), *_heading_spans(body)]
    shouted = [
        s for s in shouted if not any(c is not None and c[0] <= s[0] < c[1] for c in conventional)
    ]
    values["all_caps_word_share"] = round(len(shouted) / n_words, 4)
    evidence["all_caps_word_share"] = _spans(text, shouted)

    emoji = sorted([m.span() for m in _EMOJI.finditer(text)] + [
        m.span() for m in _EMOTICON.finditer(text)
    ])  # fmt: skip
    values["emoji_count"] = len(emoji)
    evidence["emoji_count"] = _spans(text, emoji)

    if effective_language(doc, text, counts) != "en":
        return SignalSet(values=values, evidence=_non_empty(evidence))

    for name, list_name in (
        ("superlatives_per_1k_words", "superlatives"),
        ("intensifiers_per_1k_words", "intensifiers"),
        ("hedges_per_1k_words", "hedges"),
        ("boosters_per_1k_words", "boosters"),
    ):
        hits = lexicon(list_name).locate(lowered, counts)
        if list_name == "hedges":
            hits = [h for h in hits if not _MONTH_MAY.match(text, h[0])]
        values[name] = per_thousand(len(hits), n_words)
        if locate:
            evidence[name] = _spans(text, hits)

    # Loaded words count in the writer's voice only: a report that quotes "witch hunt" is
    # not calling anything one (offsets need the lower-cased text to keep its length).
    loaded = lexicon("loaded").locate(lowered, counts)
    if locate:
        loaded = _outside_quotes(text, loaded)
        evidence["loaded_words_per_1k_words"] = _spans(text, loaded)
    values["loaded_words_per_1k_words"] = per_thousand(len(loaded), n_words)

    if locate:
        first = _pronouns(text, lowered, _FIRST_PERSON_RE)
        second = _pronouns(text, lowered, _SECOND_PERSON_RE)
        first_count, second_count = len(first), len(second)
    else:  # lower-casing moved the offsets ("İ"): count from the word counts, no evidence
        first, second = [], []
        first_count = sum(counts.get(w, 0) for w in FIRST_PERSON)
        second_count = sum(counts.get(w, 0) for w in SECOND_PERSON)
    values["first_person_per_1k_words"] = per_thousand(first_count, n_words)
    values["second_person_per_1k_words"] = per_thousand(second_count, n_words)
    if locate:
        evidence["first_person_per_1k_words"] = _spans(text, first)
        evidence["second_person_per_1k_words"] = _spans(text, second)

    sentiment_values, sentiment_hits = _sentiment(lowered, counts, n_words, locate)
    values.update(sentiment_values)
    evidence.update({name: _spans(text, hits) for name, hits in sentiment_hits.items()})
    return SignalSet(values=values, evidence=_non_empty(evidence))


def _non_empty(evidence: dict[str, tuple[Span, ...]]) -> dict[str, tuple[Span, ...]]:
    return {k: v for k, v in evidence.items() if v}
