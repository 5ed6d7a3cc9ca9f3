"""Tone and style signals: how loudly and how personally the article is written.

Every rate is per sentence or per 1,000 words of ``body.text`` (words as counted by
``count_words``); every word list is in ``trustscore/data`` with its source and licence. Word
lists are English: on pages whose language is known and is not English the list-based signals
are None (the punctuation, capitals and emoji signals do not depend on the language).
"""

from __future__ import annotations

import re
from collections import Counter

from trustscore._document import Document
from trustscore._lexicon import (
    MAX_EVIDENCE_SPANS,
    WORD,
    Token,
    effective_language,
    in_regions,
    lexicon,
    lowered_text,
    per_thousand,
    quoted_regions,
    sentiment_valence,
    word_counts,
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
# First and second person: pronouns and their contractions, on word boundaries. "I" is
# upper case only (a lone lower-case "i" is a list label or a typo); "US" in capitals is the
# country and is not counted.
_FIRST_PERSON_RE = re.compile(
    r"\b(?<![\w'’-])(?:I|(?i:me|my|mine|myself|we|our|ours|ourselves|let['’]s)|(?:[Uu]s)"
    r"|I['’](?:m|ve|d|ll)|(?i:we['’](?:re|ve|d|ll)))(?![\w'’-])"
)
_SECOND_PERSON_RE = re.compile(
    r"\b(?<![\w'’-])(?i:you|your|yours|yourself|yourselves|you['’](?:d|ll|re|ve)|y['’]all)"
    r"(?![\w'’-])"
)
_MONTH_MAY = re.compile(r"(?<![\w'’-])May(?=\s+\d)")
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
    "sentiment_word_share",
    "negative_word_share",
    "positive_word_share",
)


def _spans(text: str, hits: list[tuple[int, int]]) -> tuple[Span, ...]:
    return tuple(span(text, s, e) for s, e in hits[:MAX_EVIDENCE_SPANS])


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text, leading spaces trimmed, empty ones dropped."""
    out = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end and any(ch.isalnum() for ch in text[start:end]):
            out.append((start, end))
    return out


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


def _shouting_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of shouting words (words = WORD.findall(text), so indexes match WORD matches)."""
    flags = [w.isupper() and _letters(w) >= _MIN_CAPS_LETTERS for w in words]
    if not any(flags):
        return []
    keep = {
        i
        for i, w in enumerate(words)
        if flags[i]
        and (
            (i > 0 and flags[i - 1])
            or (i + 1 < len(flags) and flags[i + 1])
            or _letters(w) >= _ISOLATED_CAPS_MIN_LETTERS
        )
    }
    if not keep:
        return []
    return [m.span() for i, m in enumerate(WORD.finditer(text)) if i in keep]


def _outside_quotes(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Matches of pattern outside quotations (quoted words are the speaker's, not the writer's)."""
    hits = [m.span() for m in pattern.finditer(text)]
    if not hits:
        return hits
    regions = quoted_regions(text)
    starts = [r[0] for r in regions]
    return [h for h in hits if not in_regions(h[0], regions, starts)]


def _sentiment_values(counts: Counter[str], n_words: int) -> dict[str, SignalValue]:
    valence = sentiment_valence()
    negative = positive = 0
    for word in counts.keys() & valence.keys():
        v = valence[word]
        if v <= -SENTIMENT_MIN_VALENCE:
            negative += counts[word]
        elif v >= SENTIMENT_MIN_VALENCE:
            positive += counts[word]
    return {
        "sentiment_word_share": round((negative + positive) / n_words, 4),
        "negative_word_share": round(negative / n_words, 4),
        "positive_word_share": round(positive / n_words, 4),
    }


def _word_evidence(
    text: str, lists: dict[str, frozenset[str]], sentiment: bool
) -> dict[str, list[tuple[int, int]]]:
    """One pass over the words of text: spans of list words and of laden words, capped."""
    out: dict[str, list[tuple[int, int]]] = {name: [] for name in lists}
    valence = sentiment_valence() if sentiment else {}
    out["negative_word_share"], out["positive_word_share"] = [], []
    open_lists = len(out) if sentiment else len(lists)
    for m in WORD.finditer(text):
        word = m.group().lower().replace("’", "'")
        for name, words in lists.items():
            if word in words and len(out[name]) < MAX_EVIDENCE_SPANS:
                out[name].append(m.span())
                open_lists -= len(out[name]) == MAX_EVIDENCE_SPANS
        v = valence.get(word)
        if v is not None:
            target = out["negative_word_share" if v < 0 else "positive_word_share"]
            if len(target) < MAX_EVIDENCE_SPANS:
                target.append(m.span())
                open_lists -= len(target) == MAX_EVIDENCE_SPANS
        if open_lists <= 0:
            break
    return out


def tone_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Tone family: punctuation, capitals, emoji, loaded and personal words in body.text."""
    text = body.text
    words = WORD.findall(text)
    n_words = len(words)
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

    shouted = _shouting_spans(text, words)
    dateline = find_dateline(body)
    if dateline is not None:  # "WASHINGTON —" is a convention, not shouting
        shouted = [s for s in shouted if not dateline[0] <= s[0] < dateline[1]]
    values["all_caps_word_share"] = round(len(shouted) / n_words, 4)
    evidence["all_caps_word_share"] = _spans(text, shouted)

    emoji = sorted([m.span() for m in _EMOJI.finditer(text)] + [
        m.span() for m in _EMOTICON.finditer(text)
    ])  # fmt: skip
    values["emoji_count"] = len(emoji)
    evidence["emoji_count"] = _spans(text, emoji)

    if effective_language(doc, text) != "en":
        return SignalSet(values=values, evidence=_non_empty(evidence))

    lowered = lowered_text(text)
    counts = word_counts(lowered)
    lists = (
        ("superlatives_per_1k_words", "superlatives"),
        ("intensifiers_per_1k_words", "intensifiers"),
        ("hedges_per_1k_words", "hedges"),
        ("boosters_per_1k_words", "boosters"),
    )
    wanted: dict[str, frozenset[str]] = {}
    phrase_hits: dict[str, list[tuple[int, int]]] = {}
    for name, list_name in lists:
        lex = lexicon(list_name)
        found = lex.count(counts, lowered)
        if list_name == "hedges":
            found -= len(_MONTH_MAY.findall(text))  # "May 3": the month, not the modal
        values[name] = per_thousand(found, n_words)
        if found:
            wanted[name] = lex.words
            if lex.phrases is not None:
                phrase_hits[name] = [m.span() for m in lex.phrases.finditer(text)]
    values.update(_sentiment_values(counts, n_words))
    laden = bool(values["sentiment_word_share"])
    if wanted or laden:
        for name, hits in _word_evidence(text, wanted, laden).items():
            if name == "hedges_per_1k_words":
                hits = [h for h in hits if not _MONTH_MAY.match(text, h[0])]
            merged = sorted(hits + phrase_hits.get(name, []))
            evidence[name] = _spans(text, merged)

    first = _outside_quotes(text, _FIRST_PERSON_RE)
    second = _outside_quotes(text, _SECOND_PERSON_RE)
    values["first_person_per_1k_words"] = per_thousand(len(first), n_words)
    values["second_person_per_1k_words"] = per_thousand(len(second), n_words)
    evidence["first_person_per_1k_words"] = _spans(text, first)
    evidence["second_person_per_1k_words"] = _spans(text, second)
    return SignalSet(values=values, evidence=_non_empty(evidence))


def _non_empty(evidence: dict[str, tuple[Span, ...]]) -> dict[str, tuple[Span, ...]]:
    return {k: v for k, v in evidence.items() if v}
