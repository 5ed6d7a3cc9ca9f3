"""Word lists, tokens, language and quotation helpers shared by the style signal families.

The word lists live in ``trustscore/data/*.txt`` (sources and licences in each file's header
and in docs/signals.md). They are read once, on first use, into immutable objects.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from types import MappingProxyType

from trustscore._document import Document
from trustscore._signals import ArticleBody

# A word: the same definition as trustscore._signals.count_words, so that rates per 1,000
# words share their denominator with body.word_count.
WORD = re.compile(r"\w+(?:[-'’]\w+)*")

MAX_EVIDENCE_SPANS = 10
"""At most this many spans per signal: enough to show a pattern, small enough for a report
(each span is a validated pydantic object, about 2 microseconds to build)."""

# Quoted passages: “…”, "…", «…», „…“ within one paragraph. An opening mark with no closing
# mark quotes to the end of its paragraph (news style for quotes that run on). The inner class
# excludes the opening mark too, so the text between two opening marks is scanned at most
# twice: matching is linear even on a run of opening marks.
_QUOTED = re.compile(
    r"“[^“”\n]{0,5000}(?:”|(?=\n)|\Z)"
    r'|"[^"\n]{0,5000}(?:"|(?=\n)|\Z)'
    r"|«[^«»\n]{0,5000}(?:»|(?=\n)|\Z)"
    r"|„[^„“”\n]{0,5000}(?:[“”]|(?=\n)|\Z)"
)

# Frequent English function words that are rare in other languages written in Latin script
# ("a", "in", "on", "so" are left out: they are words in several languages).
_ENGLISH_MARKERS = frozenset(
    {
        "the", "and", "of", "to", "is", "was", "that", "for", "with", "are", "this", "from", "have",
        "has", "were", "been", "their", "they", "which", "would", "will", "said", "it", "he", "she",
        "his", "her", "by", "at", "be", "not",
    }
)  # fmt: skip
ENGLISH_MARKER_SHARE = 0.12
"""A text looks English when at least this share of its words are English markers.

On the zyte dev pages, English article bodies score 0.17-0.33 (median 0.25) on this list and
non-English ones 0.00-0.08 (names and loan words), so 0.12 leaves a margin on both sides."""
NOT_ENGLISH_SHARE = 0.05
"""Below this share a text of MIN_WORDS_TO_REJECT words or more is clearly not English: no
English attributions to find, no score.

ENGLISH_MARKER_SHARE decides which readability formulas apply; it is too strict for short
bodies. The first 60 words of the 924 PolNeAR articles (English news) score 0.067 at least, and
24 of them fall under 0.12; their first 30 words fall under 0.05 in 8 of 924. Non-English zyte
dev bodies score 0.000-0.009 (a Japanese page 0.089: unspaced languages are told apart by their
declared language)."""
LANGUAGE_SAMPLE_CHARS = 5_000
"""clearly_not_english reads the text's opening only: enough words to tell, a bounded cost."""
MIN_WORDS_TO_REJECT = 50
"""Shorter texts are never called non-English (8 of 924 PolNeAR 30-word openings would be)."""
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})
"""Languages written without spaces between words: word-based measures would be wrong."""
_MIN_WORDS_TO_GUESS = 20
"""Below this many words the share is too noisy to call a text English."""


@dataclass(frozen=True)
class Lexicon:
    """A word list: counted from word frequencies, located with str.find (C speed)."""

    words: frozenset[str]
    """Single-word entries."""
    phrases: tuple[tuple[str, tuple[str, ...]], ...]
    """Multi-word entries with their words."""
    pattern: re.Pattern[str] | None
    """Every entry, case-insensitive, on word boundaries (for short texts such as headlines)."""

    def locate(self, lowered: str, counts: Mapping[str, int]) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in lowered (see lowered_text), in order."""
        hits: list[tuple[int, int]] = []
        for word in sorted(counts.keys() & self.words):
            hits.extend(find_token(lowered, word))
        for phrase, parts in self.phrases:
            if all(part in counts for part in parts):
                hits.extend(find_token(lowered, phrase))
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int]] = []
        for hit in hits:  # overlapping entries ("no doubt" in "there is no doubt"): the longest
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def spans(self, text: str, limit: int = MAX_EVIDENCE_SPANS) -> list[tuple[int, int]]:
        """(start, end) of the first `limit` occurrences in text (regular expression)."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            out.append(m.span())
            if len(out) >= limit:
                break
        return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_token(lowered: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of needle in lowered that is a whole WORD token (or run of tokens)."""
    out = []
    n, size = len(lowered), len(needle)
    at = lowered.find(needle)
    while at >= 0:
        end = at + size
        before_ok = at == 0 or not (
            _word_char(lowered[at - 1])
            or (lowered[at - 1] in "-'" and at > 1 and _word_char(lowered[at - 2]))
        )
        after_ok = end == n or not (
            _word_char(lowered[end])
            or (lowered[end] in "-'" and end + 1 < n and _word_char(lowered[end + 1]))
        )
        if before_ok and after_ok:
            out.append((at, end))
        at = lowered.find(needle, at + 1)
    return out


def lowered_text(text: str) -> str:
    """text in lower case with typographic apostrophes made plain (for counting)."""
    return text.lower().replace("’", "'")


@lru_cache(maxsize=4)
def word_counts(lowered: str) -> Mapping[str, int]:
    """How often each word occurs in an already lower-cased text (read-only; 0 if absent).

    Memoised: the tone and specificity families count the same body; the cache holds the last
    few bodies' counts, read-only, so sharing them cannot leak state between reports."""
    return MappingProxyType(Counter(WORD.findall(lowered)))


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text with its offsets."""

    start: int
    end: int
    text: str
    lower: str


def tokenize(text: str) -> list[Token]:
    """Every word of text with its offsets (apostrophes normalised to ' in ``lower``)."""
    out = []
    for m in WORD.finditer(text):
        word = m.group()
        out.append(Token(m.start(), m.end(), word, word.lower().replace("’", "'")))
    return out


def _data_lines(name: str) -> list[str]:
    raw = files("trustscore").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and line[0] != "#"]


def word_pattern(entries: Sequence[str], ignore_case: bool = True) -> re.Pattern[str] | None:
    """One pattern for the entries, on the same word boundaries as WORD (ignore_case=False is
    about three times faster, for text already passed through lowered_text)."""
    if not entries:
        return None
    parts = []
    for entry in sorted(set(entries), key=lambda p: (-len(p), p)):
        words = [re.escape(w).replace("'", "['’]") for w in entry.split()]
        parts.append(r"\s+".join(words))
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"\b(?<!\w[-'’])(?:" + "|".join(parts) + r")\b(?![-'’]\w)", flags)


@cache
def lexicon(name: str) -> Lexicon:
    """The word list ``trustscore/data/<name>.txt`` (read once; immutable)."""
    entries = [e.lower() for e in _data_lines(f"{name}.txt")]
    return _make_lexicon(entries)


def _make_lexicon(entries: Sequence[str]) -> Lexicon:
    return Lexicon(
        words=frozenset(e for e in entries if " " not in e),
        phrases=tuple(sorted((e, tuple(e.split())) for e in set(entries) if " " in e)),
        pattern=word_pattern(entries),
    )


@cache
def tagged_lexicons(name: str) -> dict[str, Lexicon]:
    """A file of ``tag: phrase`` lines as one Lexicon per tag (read once)."""
    by_tag: dict[str, list[str]] = {}
    for line in _data_lines(f"{name}.txt"):
        tag, _, phrase = line.partition(":")
        by_tag.setdefault(tag.strip(), []).append(phrase.strip().lower())
    return {tag: _make_lexicon(items) for tag, items in sorted(by_tag.items())}


@cache
def sentiment_valence() -> dict[str, float]:
    """Sentiment-laden words with their valence (-4..+4), from data/sentiment.txt."""
    out = {}
    for line in _data_lines("sentiment.txt"):
        word, _, value = line.partition("\t")
        out[word] = float(value)
    return out


def language_root(tag: str | None) -> str | None:
    """Primary subtag of a language tag, lower case: 'en-US' and 'EN_gb' -> 'en'."""
    if not tag:
        return None
    root = re.split(r"[-_\s]", tag.strip(), maxsplit=1)[0].lower()
    return root if root.isalpha() and 2 <= len(root) <= 3 else None


_ENGLISH_MARKER_RE = re.compile(r"\b(?:" + "|".join(sorted(_ENGLISH_MARKERS)) + r")\b")


def english_share(text: str) -> float | None:
    """Share of the words of text that are English markers (None below _MIN_WORDS_TO_GUESS)."""
    n_words = len(WORD.findall(text))
    if n_words < _MIN_WORDS_TO_GUESS:
        return None
    return len(_ENGLISH_MARKER_RE.findall(text.lower())) / n_words


def english_share_of_counts(counts: Mapping[str, int]) -> float | None:
    """english_share from word counts of the lower-cased text (see word_counts)."""
    n_words = sum(counts.values())
    if n_words < _MIN_WORDS_TO_GUESS:
        return None
    return sum(counts.get(m, 0) for m in _ENGLISH_MARKERS) / n_words


def looks_english(text: str) -> bool:
    """True when enough of the words are common English function words (see constants)."""
    share = english_share(text)
    return share is not None and share >= ENGLISH_MARKER_SHARE


def clearly_not_english(text: str, declared: str | None = None) -> bool:
    """The text is not English: declared in a language written without spaces (word counts
    mean nothing there, as in effective_language), or of MIN_WORDS_TO_REJECT words or more with
    under NOT_ENGLISH_SHARE English markers in its first LANGUAGE_SAMPLE_CHARS characters."""
    if language_root(declared) in UNSPACED_LANGUAGES:
        return True
    text = text[:LANGUAGE_SAMPLE_CHARS]
    n_words = len(WORD.findall(text))
    if n_words < MIN_WORDS_TO_REJECT:
        return False
    needed = NOT_ENGLISH_SHARE * n_words
    # Most texts are English: the markers of an opening cut at a space (so no word is cut and
    # each of its matches is one of the whole sample's) usually reach the bar already, and
    # counting the rest cannot take them below it. Same answer, a third of the work.
    cut = text.rfind(" ", 0, _OPENING_CHARS)
    if cut > 0 and len(_ENGLISH_MARKER_RE.findall(text[:cut].lower())) >= needed:
        return False
    return len(_ENGLISH_MARKER_RE.findall(text.lower())) < needed


# The opening clearly_not_english counts markers in first (characters).
_OPENING_CHARS = 1_500


def effective_language(
    doc: Document, text: str, counts: Mapping[str, int] | None = None
) -> str | None:
    """The language the text is measured in (root subtag), or None when unknown.

    Text that looks English is English, whatever the page declares (sites often keep one
    lang attribute for every edition); a page declared English whose text does not look
    English is unknown; otherwise the declared language. Texts too short to judge keep the
    declared language. counts: word_counts of the text, when the caller has them.
    """
    declared = language_root(doc.metadata.language)
    if declared in UNSPACED_LANGUAGES:
        return declared  # word counts mean nothing there: "Kindle for PC" in Japanese prose
    share = english_share(text) if counts is None else english_share_of_counts(counts)
    if share is None:
        return declared
    if share >= ENGLISH_MARKER_SHARE:
        return "en"
    return None if declared in (None, "en") else declared


@lru_cache(maxsize=4)
def quoted_regions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every quoted passage in text, in order, not overlapping (memoised:
    several word counts of one body skip quoted words)."""
    return tuple(m.span() for m in _QUOTED.finditer(text))


def in_regions(pos: int, regions: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """True when pos falls inside one of the sorted, disjoint regions (starts = their starts)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


def per_thousand(count: int, words: int) -> float | None:
    """count per 1,000 words, or None for an empty text."""
    return round(1000.0 * count / words, 4) if words else None


LEDE_MIN_WORDS = 12
"""A story's opening paragraphs are full sentences: shorter paragraphs before them are the
headline, kicker, byline, date or navigation left in the body."""


def lede_paragraphs(body: ArticleBody, count: int, after: int | None = None) -> list[int]:
    """Indexes of the first `count` prose paragraphs (not headings, >= LEDE_MIN_WORDS words),
    after paragraph `after` when given."""
    out = []
    for i, paragraph in enumerate(body.paragraphs):
        if (after is not None and i <= after) or i in body.headings:
            continue
        if len(WORD.findall(paragraph)) >= LEDE_MIN_WORDS:
            out.append(i)
            if len(out) == count:
                break
    return out
