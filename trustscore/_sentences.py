"""Tokens and sentences of the body, with offsets into the text (for the attribution rules).

Tokens are words (with inner apostrophes, hyphens and dots: "don't", "U.S."), title
abbreviations ("Mr.") and single punctuation marks. A sentence ends at a terminal mark,
optional closing quotes and white space before a capital, digit or quote mark, but never
inside a quotation, after a title, or after an initial or abbreviation unless a typical
sentence opener follows ("in the U.S. He said"). Every regex is a flat alternation or one
character class repeated, so tokenising and splitting are linear in the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from trustscore import _sourcing_lexicon as lex
from trustscore._quotes import QuoteSpan, inside

_ABBREV = (
    "Mrs|Mr|Ms|Dr|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Prof|St|Jr|Sr|Maj|Adm|Cmdr|Supt|Insp|Pres|"
    "Rev|Hon|Atty|Corp|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|Ft|Mt"
)
_TOKEN = re.compile(rf"(?:[A-Za-z]\.){{2,}}|\b(?:{_ABBREV})\.|\w+(?:['’.\-]\w+)*|\S")
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


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with absolute offsets."""
    low = text[start:end].lower().replace("’", "'")  # same length: offsets carry over
    out = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        out.append(Token(a, b, m.group(), low[a - start : b - start]))
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
    "There However Meanwhile After Before When While If As So Still Yet"
)


# After a quotation ending in "?" or "!", a short clause with a reporting verb is its
# attribution, not a new sentence ("“Why?” Biden said at the rally.").
_TAIL = re.compile(r"[^.!?\n“\"]{1,80}[.!?]")
MAX_TAIL_WORDS = 8
# A reporting verb among the tail's first words ("Caudevilla told me …", "said Ana Ruiz, …")
# makes it the attribution whatever its length (the tail pattern caps it at 80 characters).
CUE_REACH = 4


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
            if (word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())) and not starts:
                continue  # "Smith Corp. said", "John J. Smith"
            if mark >= 2 and text[mark - 2] == "." and text[mark - 1].isalpha() and not starts:
                continue  # "U.S. officials" (but "... in the U.S. He said")
        out.append((first, m.end()))
        first = m.end()
    if first < end:
        out.append((first, end))
    return [(s, e) for s, e in out if text[s:e].strip()]
