"""Reference evidence spans for the style n-grams, by string search over the joined tokens.

Scoring finds them from the integer look-up array (``StyleMeasure.starts`` then
``token_spans``); these straightforward versions are what the tests hold it to.
"""

from collections.abc import Sequence

from trustscore._style import Gram, StyleText, token_spans


def _occurrences(joined: str, gram: Gram, limit: int) -> list[int]:
    """Token positions of the first limit occurrences of gram in the tokens joined (by
    gram_spans) as " t0 t1 ... tn ". Tokens hold no spaces, so a match of " a b " is a match
    of whole tokens, and the spaces before it count the tokens before it."""
    wanted = " " + " ".join(gram) + " "
    found: list[int] = []
    at = joined.find(wanted)
    while at >= 0 and len(found) < limit:
        found.append(joined.count(" ", 0, at))
        at = joined.find(wanted, at + 1)
    return found


def gram_spans(text: StyleText, grams: Sequence[Gram], per_gram: int) -> list[tuple[int, int]]:
    """Character spans in text.text of the first per_gram occurrences of each n-gram; at most
    MAX_EVIDENCE_SPANS, in text order."""
    joined = " " + " ".join(text.tokens) + " "
    wanted: list[tuple[int, int]] = []  # (first token, last token)
    for gram in grams:
        for i in _occurrences(joined, gram, per_gram):
            wanted.append((i, i + len(gram) - 1))
    return token_spans(text, wanted)
