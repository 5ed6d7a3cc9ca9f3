"""Tokens and sentences of the body, with offsets into the text (for the attribution rules).

Tokens are words (with inner apostrophes, hyphens, en dashes and dots: "don't", "U.S.",
"Ardent–Lusso"), title abbreviations ("Mr.") and single punctuation marks. A sentence ends
at a terminal mark, optional closing quotes and white space before a capital, digit or quote
mark, but never inside a quotation, after a title, or after an initial or abbreviation
unless a typical sentence opener follows ("in the U.S. He said"). Every regex is a flat
alternation or one character class repeated, so tokenising and splitting are linear in the
text.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from trustscore import _sourcing_lexicon as lex
from trustscore._quotes import QuoteSpan, inside

_ABBREV = (
    "Mrs|Mr|Ms|Dr|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Prof|St|Jr|Sr|Maj|Adm|Cmdr|Supt|Insp|Pres|"
    "Rev|Hon|Atty|Corp|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Ft|Mt"
)
# A plural possessive keeps its apostrophe ("the Employers’ Association", "Doctors’ groups"):
# after an "s" and before a space and a word that is not a pronoun (a closing single quote is
# followed by punctuation or "he said"). A bounded look-ahead: no backtracking over runs.
_PLURAL_POSSESSIVE = r"(?:(?<=[sS])['’](?=[ \t](?!(?:he|she|they|it|we|I)\b)\w))?"
# A plus sign closing a name is part of it ("Vireo+", "Disney+", "C++"), not a sum ("3+2").
_NAME_PLUS = r"(?:(?<=[A-Za-z])\+{1,2}(?![\w+]))?"
# A number with thousands separators ("2,000", "1,200,000") is one token, like a number
# without them: a comma and three digits after a digit continue the word (one branch, so each
# token start tries no extra alternative).
# A US party-and-state label is one token with its dot ("Mitch McConnell, R-Ky., said",
# "D-Calif.", "R-N.Y."), so the dot ends neither the name nor the sentence.
_PARTY_STATE = r"\b[RDI]-(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)"
_TOKEN = re.compile(
    # (a handle is one token: "One fan, @glasshouse_gemma, wrote")
    rf"@\w+|{_PARTY_STATE}|(?:[A-Za-z]\.){{2,}}|\b(?:{_ABBREV})\."
    rf"|\w+(?:['’.\-–]\w+|(?<=\d),\d{{3}}\b)*{_PLURAL_POSSESSIVE}{_NAME_PLUS}|\S"
)
# The same tokens, each with the white space before it: findall gives (space, token) string
# pairs, and the offsets follow from their lengths (no match object per token). The token
# alternatives never start with white space, so the leading \s* gives nothing back before a
# token; trailing white space, where it would retry at every position (quadratic), is cut
# off before matching.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
# Lower-case words: cue words are lower-case ("According" aside), so a sentence without one of
# the hint words among these holds no cue (_attribution.may_attribute).
LOWER_WORD = re.compile(r"\b[a-z]+")
SENT_END = frozenset(".!?…")
CLOSE_QUOTE = frozenset("”»\"’'“")
OPEN_QUOTE = frozenset("“„«\"‘'")
STOP_PUNCT = frozenset(",;:()[]—–\"“”„«»‘’'")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (a tuple: tokens are made by the thousand)."""

    start: int
    end: int
    text: str
    lower: str


# Token(...) runs a Python-level __new__; tuple.__new__ with the class builds the same tuple.
_new_token = partial(tuple.__new__, Token)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with absolute offsets."""
    piece = text[start:end]
    low = piece.lower().replace("’", "'")  # same length: offsets carry over
    out: list[Token] = []
    b = 0  # offsets relative to start
    for space, word in _SPACED_TOKEN.findall(text, start, start + len(piece.rstrip())):
        a = b + len(space)
        b = a + len(word)
        out.append(_new_token((start + a, start + b, word, low[a:b])))
    return out


# A possible sentence end: terminal mark, closing quotes, space, then a capital, digit or quote.
_BOUNDARY = re.compile(r"[.!?…][”\"’']*\s+(?=[A-Z0-9“\"‘'„«])")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_ABBREVIATIONS = frozenset(_ABBREV.split("|"))
# Titles always precede a name; other abbreviations ("Inc.", "Jan.") may end a sentence.
_TITLES = lex.words(
    "Mrs Mr Ms Dr Gov Sen Rep Lt Col Gen Sgt Capt Prof St Maj Adm Cmdr Supt Insp Pres Rev Hon "
    "Atty Ft Mt No"
)
_NEXT_WORD = re.compile(r"[“\"‘']?(\w+)")
_SENTENCE_STARTERS = lex.words(
    "He She It They We I The A An But And In On At This That These Those His Her Their Its "
    "There However Meanwhile After Before When While If As So Still Yet Another Others Some "
    "Many Most Several Both One"
)


# After a quotation ending in "?" or "!", a short clause with a reporting verb is its
# attribution, not a new sentence ("“Why?” Biden said at the rally.").
_TAIL = re.compile(r"[^.!?\n“\"]{1,80}[.!?]")
MAX_TAIL_WORDS = 8
# A reporting verb among the tail's first words ("Caudevilla told me …", "said Ana Ruiz, …")
# makes it the attribution whatever its length (the tail pattern caps it at 80 characters).
CUE_REACH = 4


# Words before "X" that make it the platform ("on X.", "to X.").
_ON_TO = frozenset(("on ", "to ", "On ", "To "))


def _quote_then_cue(text: str, pos: int, end: int, boundary: str) -> bool:
    """The boundary closes a quotation and what follows is a short attribution clause."""
    if not any(ch in boundary for ch in "”\"’'"):
        return False
    tail = _TAIL.match(text, pos, end)
    if tail is None:
        return False
    words = [w.strip(".,!?") for w in tail.group().lower().replace("’", "'").split()]
    if any(w in lex.CUE_FORMS for w in words[:CUE_REACH]):
        return True  # "“Why?” Caudevilla told me when I visited the lab in Madrid."
    return len(words) <= MAX_TAIL_WORDS and any(w in lex.CUE_FORMS for w in words)


def sentence_bounds(
    text: str, start: int, end: int, quotes: list[QuoteSpan]
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph; never split inside a quotation."""
    out: list[tuple[int, int]] = []
    first = start
    for m in _BOUNDARY.finditer(text, start, end):
        mark = m.start()
        if inside(quotes, m.start() + len(m.group().rstrip())):
            continue
        if text[mark] in "?!…" and _quote_then_cue(text, m.end(), end, m.group()):
            continue  # "“Does he not understand?” Biden said.": one sentence
        if text[mark] == ".":
            w = _LAST_WORD.search(text, max(first, mark - 12), mark + 1)
            word = w.group(1) if w else ""
            if word in _TITLES:
                continue
            nxt = _NEXT_WORD.match(text, m.end())
            starts = nxt is not None and nxt.group(1) in _SENTENCE_STARTERS
            # "Passengers took to X. “Four hours …”": an opening quotation after an initial
            starts = starts or (len(word) == 1 and text.startswith(("“", "«", "„"), m.end()))
            # "one customer posted on X. Another wrote …": the platform, not an initial
            starts = starts or (word == "X" and text[max(first, mark - 4) : mark - 1] in _ON_TO)
            if (word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())) and not starts:
                continue  # "Smith Corp. said", "John J. Smith"
            if mark >= 2 and text[mark - 2] == "." and text[mark - 1].isalpha() and not starts:
                continue  # "U.S. officials" (but "... in the U.S. He said")
        out.append((first, m.end()))
        first = m.end()
    if first < end:
        out.append((first, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


class Sentences:
    """The sentences of one text, their tokens and lower-case words, each computed once when
    first asked for.

    The rule attributions and the span tagger read the same sentences: sharing one
    Sentences object between them splits and tokenises each paragraph only once. A cache
    local to one call, never shared between texts.
    """

    def __init__(self, text: str, quotes: list[QuoteSpan]) -> None:
        self.text = text
        self.quotes = quotes
        """The text's quotations (quote_spans), which sentences never split."""
        self._bounds: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._words: dict[tuple[int, int], list[str]] = {}

    def bounds(self, start: int, end: int) -> list[tuple[int, int]]:
        """sentence_bounds of the paragraph text[start:end]."""
        got = self._bounds.get((start, end))
        if got is None:
            got = self._bounds[start, end] = sentence_bounds(self.text, start, end, self.quotes)
        return got

    def tokens(self, start: int, end: int) -> list[Token]:
        """tokenize of the sentence text[start:end] (the list is shared: do not modify it)."""
        got = self._tokens.get((start, end))
        if got is None:
            got = self._tokens[start, end] = tokenize(self.text, start, end)
        return got

    def lower_words(self, start: int, end: int) -> list[str]:
        """LOWER_WORD's matches in text[start:end] (the list is shared: do not modify it)."""
        got = self._words.get((start, end))
        if got is None:
            got = self._words[start, end] = LOWER_WORD.findall(self.text, start, end)
        return got
