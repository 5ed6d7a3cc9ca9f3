"""Content spans and clause tests of the attribution rules: what is attributed.

The content after a cue up to where the next attribution starts (``content_right``) or before
it from the sentence start (``content_left``), the recipient skipped after "told"
(``right_after``), and tests of what follows or surrounds a cue: a that-clause or quote opening,
a clause rather than an appositive, a bare object ("that claim"), a tail after a quote, a
second quoted piece. Loops walk tokens a bounded number of times, so time is linear.
"""

from __future__ import annotations

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_cues import coordinated_cue, skip_time
from trustscore._attribution_record import (
    BE,
    CUE_FORMS,
    MAX_RECIPIENT_TOKENS,
    MAX_RELATIVE_TOKENS,
    holds_finite,
    span,
    tokens_in,
    word,
)
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import SENT_END as _SENT_END
from trustscore._sentences import STOP_PUNCT as _STOP_PUNCT
from trustscore._sentences import Token

# "confirmed that claim", "denied these reports": a demonstrative and a noun or two after a cue
# are its object, not reported content.
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
MAX_OBJECT_TOKENS = 3
# A quotation after a cue with at least this many words is more of the quote; shorter ones
# are titles of shows, books or slogans ("on ''Face the Nation''").
MIN_QUOTE_PIECE_WORDS = 4

_RECIPIENT_VERBS = lex.words(
    "tell told tells telling ask asked asks asking assure assured assures warn warned warns "
    "urge urged urges inform informed informs remind reminded reminds accuse accused accuses "
    "thank thanked thanks call called calls"
)


def clause_opens(sent: list[Token], j: int) -> bool:
    """sent[j] opens reported content: "that", a colon or an opening quote mark (maybe after a
    comma: "Emery states, “…”")."""
    if j + 1 < len(sent) and sent[j].text == "," and sent[j + 1].text in _OPEN_QUOTE:
        return True
    return j < len(sent) and (sent[j].lower in ("that", ":") or sent[j].text in _OPEN_QUOTE)


def clause_chunk(sent: list[Token], c: int) -> bool:
    """The chunk between the comma before and the comma at c holds a finite verb and no relative
    clause ("spot faint, polarized waves might allow it …, says Li": content, not an appositive
    of a source)."""
    b = c
    while b > 0 and sent[b - 1].text not in _STOP_PUNCT and c - b <= MAX_RELATIVE_TOKENS:
        b -= 1
    if sent[b].lower.endswith("ing") or any(
        t.lower in lex.CLAUSE_BREAK or t.lower in ("who", "whose") for t in sent[b:c]
    ):
        # "a Republican who has refused …", "as he has in the past", "speaking on condition
        # of anonymity because the review was not public": a clause inside an appositive
        return False
    return holds_finite(sent, b, c)


COORDINATED_SUBJECT_TOKENS = 8


def _clause_cue_follows(sent: list[Token], j: int, semicolon: bool = False) -> bool:
    """A reporting verb follows at j, maybe after a short name or pronoun subject (after a
    semicolon, any subject: "…; the Tolven Winegrowers' Cooperative wrote on Facebook …")."""
    lowercase_subject = False
    coordinated = j < len(sent) and sent[j].lower in ("but", "and", "while", "though", "although")
    if coordinated:
        j += 1  # ", but Cook did not say when"
    coordinated = coordinated or semicolon
    # a conjunction opens a clause whose subject may be longer ("…, while a spokesman for the
    # Pallas administration told …")
    window = COORDINATED_SUBJECT_TOKENS if coordinated else 5
    for m in range(j, min(len(sent), j + window)):
        t = sent[m]
        if m == j and t.lower in CUE_FORMS and t.lower.endswith("ing"):
            return CUE_FORMS[t.lower][1] == "speech"  # "..., adding that ..."
        if t.lower in CUE_FORMS and t.text.islower() and not t.lower.endswith("ing"):
            if m == j and CUE_FORMS[t.lower][1] != "speech":
                return False  # "…, planned operations had been postponed": no inversion
            # "..., the utility said." counts only when the verb ends the sentence or a
            # conjunction opened the clause ("…, but the utility insisted it was safe")
            active = sent[m - 1].lower not in BE  # "and vital clues will be revealed"
            return not lowercase_subject or (coordinated and active) or m + 2 >= len(sent)
        if not (t.text[0].isupper() or t.lower in lex.PRONOUNS or t.lower in lex.VERB_GROUP):
            if not word(t):
                return False
            lowercase_subject = True
    return False


def content_right(sent: list[Token], r: int) -> tuple[int, int] | None:
    """Content from index r (after the cue) to where the next attribution starts."""
    n = len(sent)
    while r < n and sent[r].text in (",", "—"):
        r += 1
    e = n
    for j in range(r + 1, n - 1):
        # '…,” while X told …': the clause after a quote closing with its comma
        nxt = j + 2 if sent[j + 1].text in _CLOSE_QUOTE and j + 2 < n else j + 1
        if (
            sent[j].text in (",", ";")  # "…; Sørlie blamed fatigue"
            and (
                _clause_cue_follows(sent, nxt, semicolon=sent[j].text == ";")
                or (sent[nxt].lower == "according")
            )
        ) or (sent[j].lower in ("and", "but") and coordinated_cue(sent[j + 1])):
            e = j if nxt == j + 1 else nxt  # "..., said ..." / "..., Adelson said ...": the
            break  # next attribution starts here
    while e > r and (sent[e - 1].text in (".", ",", ";", "—") or sent[e - 1].text == ")"):
        e -= 1
    if e <= r or not any(word(t) for t in sent[r:e]):
        return None
    if sent[r].lower in lex.NOT_CONTENT_AFTER and (
        r + 1 >= e or sent[r + 1].lower in ("about", "on", "to", "in", "for")
    ):
        return None
    return span(sent, r, e)


def content_left(sent: list[Token], b: int) -> tuple[int, int] | None:
    """Content from the sentence start to index b (the comma or closing mark before the cue)."""
    e = b
    if sent[b].text in _CLOSE_QUOTE:
        e = b + 1
    elif b > 0 and sent[b - 1].text in _CLOSE_QUOTE and sent[b - 1].start > sent[0].start:
        e = b
    a = 0
    while a < e and sent[a].lower in ("but", "and", "so", "yet", "still", "now"):
        a += 1
    if e <= a or not any(word(t) for t in sent[a:e]):
        return None
    return span(sent, a, e)


def _recipient(sent: list[Token], r: int) -> tuple[int, int]:
    """Skip the person told ("told Reuters on Monday that"): returns (content start, end)."""
    n = len(sent)
    for e in range(r, min(n, r + MAX_RECIPIENT_TOKENS + 1)):
        t = sent[e]
        if t.text in _OPEN_QUOTE and e > r + 2 and sent[r].text[0].isupper():
            named = _outlet_then_clause(sent, r)
            if named is not None and named < e:
                # "tells Radio Marrowby the strike will “absolutely” go ahead": the quote is
                # inside the clause reported
                return (named, named)
        if t.lower in ("that", "to", ":", ",") or t.text in _OPEN_QUOTE:
            return (e, e) if e > r else (r, r)
        if t.text in _SENT_END:
            if e > r and all(x.text[0].isupper() or x.lower == "the" for x in sent[r:e]):
                return (e, e)  # "told The Associated Press."
            break
    if r < n and sent[r].text[0].isupper():
        named = _outlet_then_clause(sent, r)
        if named is not None:
            return (named, named)  # "told Radio Tamsin they had complained": the whole name
        return (r + 1, r + 1)
    if r < n and sent[r].lower in ("him", "her", "them", "me", "us"):
        return (r + 1, r + 1)
    return (r, r)


def _outlet_then_clause(sent: list[Token], r: int) -> int | None:
    """Where the clause starts after a name of two capitalised words or more at r ("Radio
    Tamsin they had complained"), None when no clause word follows the name."""
    n = len(sent)
    e = r + 1
    while e < n and e - r < MAX_RECIPIENT_TOKENS and sent[e].text[0].isupper() and word(sent[e]):
        e += 1
    return e if e > r + 1 and e < n and sent[e].lower in _CLAUSE_STARTS else None


# Words that open a reported clause after the person told ("told Radio Nord they …").
_CLAUSE_STARTS = frozenset(
    ("he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its")
)


def right_after(sent: list[Token], r: int, verb: str) -> tuple[tuple[int, int] | None, int]:
    """(recipient span, index where content starts) after the cue group ending at r."""
    r2 = skip_time(sent, r)
    if verb in _RECIPIENT_VERBS:
        cs, _ = _recipient(sent, r2)
        if cs > r2:
            return span(sent, r2, cs), skip_time(sent, cs)
    return None, r2


def object_only(sent: list[Token], content: tuple[int, int]) -> bool:
    """The "content" is a demonstrative and a noun or two: an object ("that claim")."""
    toks = tokens_in(sent, content)
    return bool(toks) and toks[0].lower in _DEMONSTRATIVES and len(toks) <= MAX_OBJECT_TOKENS


def has_quote_span(sent: list[Token], span: tuple[int, int]) -> bool:
    """A token of sent inside the character span is a quote mark."""
    return any(t.text in _OPEN_QUOTE | _CLOSE_QUOTE for t in sent if span[0] <= t.start < span[1])


def trailer(sent: list[Token], r: int) -> bool:
    """ "“…,” he said at the time." / "“…,” Sessions said as he launched the roll call.": after a
    quote, what follows the cue is a tail, not reported content, unless it is a that-clause or
    holds another quote. (Until the third session only tails of at most 6 words were; on PolNeAR
    train, tails of any length: content overlap F1 0.737 -> 0.744, quote speaker accuracy
    0.777 -> 0.817, benchmarks/eval_quotes.py.)"""
    first = next((t for t in sent[r:] if word(t)), None)
    return not ((first is not None and first.lower == "that") or quote_follows(sent, r))


def quote_follows(sent: list[Token], r: int) -> bool:
    """A quotation of several words follows r (a second piece of the quote: "“A,” she said in
    March, “but B.”"), not a title ("said on CBS's ''Face the Nation.''")."""
    words = -1
    prev = ""
    for t in sent[r:]:
        doubled = t.text == "'" and prev == "'"  # the NYT's '' is two tokens, one mark
        prev = t.text
        if doubled:
            continue
        if words < 0:
            if t.text in _OPEN_QUOTE:
                words = 0
        elif t.text in _CLOSE_QUOTE:
            if words >= MIN_QUOTE_PIECE_WORDS:
                return True
            words = -1
        elif word(t):
            words += 1
    return words >= MIN_QUOTE_PIECE_WORDS
