"""Evaluate direct quotes and their speakers on PolNeAR (what reports list in ``quotes``).

Reproduce (from the repository root):

    /work/venv/bin/python benchmarks/eval_quotes.py \
        --data ../shared/data/attribution/polnear --split dev

Gold quotes: every PolNeAR attribution (brat event ``E``) whose Content holds a double quotation
mark (straight, curly, or two apostrophes as in the NYT's plain text) is a direct quote; its
Content span (envelope of its fragments) is the quote and its linked Source span, if any, the
speaker. Predicted quotes: the sourcing stage's
``analyse(body).quotes`` (the quotation marks it found, scare quotes dropped), each with the
attribution it was attached to; the pieces of one attribution's quote ("“We will,” she said,
“win.”") are one quote, their envelope, as PolNeAR's discontinuous Content is one span.

* Quote P / R / F1: a predicted quote matches a gold quote when they share at least one
  character, one to one, greedily by largest overlap (the matching of eval_attribution.py).
* Speaker accuracy, as the GenderGapTracker evaluation reports it (share of correctly matched
  quotes whose speaker is right): among matched quotes whose gold quote has a Source, the share
  whose predicted attribution has a source span overlapping the gold Source span. A pronoun
  source ("she said") counts as right when the gold Source is the same pronoun, as PolNeAR
  annotates the span, not the person. Quotes with no predicted speaker count as wrong.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_attribution import Span, body_for, files, prf, to_file, trim

from trustscore._sourcing import analyse

# Double quotation marks: straight, curly, and the two apostrophes of the NYT's plain text.
_QUOTE_MARK = re.compile("[\"“”]|''")


def read_gold_quotes(path: Path, text: str) -> list[tuple[Span, Span | None]]:
    """(quote span, speaker span or None) of every direct-quote attribution in one .ann file."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _, _, offs = parts[1].partition(" ")
            nums = [int(x) for x in re.findall(r"\d+", offs)]
            spans[parts[0]] = trim(text, min(nums), max(nums))
        elif parts[0].startswith("E"):
            roles = dict(p.split(":", 1) for p in parts[1].split() if ":" in p)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None or not _QUOTE_MARK.search(text[content[0] : content[1]]):
            continue
        out.append((content, spans.get(roles.get("Source", ""))))
    return out


def predicted_quotes(text: str) -> list[tuple[Span, Span | None]]:
    """(quote span, source span or None) of every quote the sourcing stage reports."""
    body, fs, bs = body_for(text)

    def file_span(s: int, e: int) -> Span:
        return trim(text, to_file(s, fs, bs), to_file(e - 1, fs, bs) + 1)

    out: list[tuple[Span, Span | None]] = []
    by_attribution: dict[int, int] = {}  # id of the attribution -> index in out
    for spoken, _speaker in analyse(body).quotes:
        q = spoken.span
        a = spoken.attribution
        span = file_span(q.start, q.end)
        if a is not None and id(a) in by_attribution:  # one quote split by its cue
            k = by_attribution[id(a)]
            (s, e), source = out[k]
            out[k] = ((min(s, span[0]), max(e, span[1])), source)
            continue
        source = file_span(*a.source) if a is not None and a.source is not None else None
        if a is not None:
            by_attribution[id(a)] = len(out)
        out.append((span, source))
    return out


def _overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match_quotes(
    pred: list[tuple[Span, Span | None]], gold: list[tuple[Span, Span | None]]
) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs sharing characters, largest overlap first."""
    pairs = sorted(
        (-_overlap(p[0], g[0]), i, j)
        for i, p in enumerate(pred)
        for j, g in enumerate(gold)
        if _overlap(p[0], g[0]) > 0
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def evaluate(data: Path, split: str) -> None:
    """Print quote P/R/F1 and speaker accuracy on one PolNeAR split."""
    n_pred = n_gold = n_match = n_with_speaker = n_right = n_articles = 0
    for text, ann in files(data, split):
        gold = read_gold_quotes(ann, text)
        pred = predicted_quotes(text)
        pairs = match_quotes(pred, gold)
        n_articles += 1
        n_pred += len(pred)
        n_gold += len(gold)
        n_match += len(pairs)
        for i, j in pairs:
            gold_source = gold[j][1]
            if gold_source is None:
                continue
            n_with_speaker += 1
            source = pred[i][1]
            if source is not None and _overlap(source, gold_source) > 0:
                n_right += 1
    p, r, f = prf(n_match, n_pred, n_gold)
    acc = n_right / n_with_speaker if n_with_speaker else 0.0
    print(f"PolNeAR {split}: {n_articles} articles, {n_gold} gold direct quotes")
    print(f"quotes   P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (pred {n_pred}, matched {n_match})")
    print(
        f"speaker accuracy {acc:.3f}  "
        f"({n_right} of {n_with_speaker} matched quotes with a gold source)"
    )


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/attribution/polnear"))
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no PolNeAR data at {args.data}")
        return
    evaluate(args.data, args.split)


if __name__ == "__main__":
    main()
