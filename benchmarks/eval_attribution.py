"""Evaluate the attribution stage: PolNeAR spans, our own sourcing set, and its speed.

Reproduce (from the repository root):

    /work/venv/bin/python benchmarks/eval_attribution.py \
        --data ../shared/data/attribution/polnear --split dev \
        --fixtures fixtures/sourcing/attributions.jsonl \
        --pages ../shared/data/extraction/zyte-article-benchmark-dev [--config rules|cues|tagger]

``--config`` chooses what produces the attributions: ``rules`` (the default: what the sourcing
stage and so every report uses), ``cues`` (rules + the learned cue model) or ``tagger`` (rules
+ the span tagger, ``_attribution_tagging.tagged_attributions``; with --pages its time per
page is printed too). ``--rules-only`` is the same as ``--config rules``. ``--repeat N`` times
every page N times and keeps each page's fastest run (less sensitive to other processes on a
shared machine; the default 1 is one measurement per page).

PolNeAR (Newell et al., LREC 2018) is brat stand-off: Source, Cue and Content spans. Where an
article has several annotators' files, the first file in name order is the gold standard.
A discontinuous span (fragments "a b;c d", e.g. content over two paragraphs) is scored as
its envelope (first start, last end); so are the contents of one predicted attribution
("“We will,” she said, “win.”" has two content pieces, scored as one span). Spans of each
type are deduplicated per article (two attributions sharing one source give one source
span), on both sides.

Matching, per article and span type, as in Pareti's PARC work and BBC citron's evaluation:
  * exact: predicted and gold spans have the same start and end (after trimming spaces);
  * overlap: a predicted span matches a gold span of the same type when they share at least
    one character; the matching is one-to-one, greedy by largest shared length first.
Precision = matched / predicted, recall = matched / gold, summed over all articles (micro).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trustscore._attribution import Attribution, find_attributions
from trustscore._attribution_model import CueModel
from trustscore._attribution_tagger import Tagger, load_tagger
from trustscore._attribution_tagging import tagged_attributions
from trustscore._signals import ArticleBody

Span = tuple[int, int]
TYPES = ("Source", "Cue", "Content")
_LINE = re.compile(r"[^\n]+")


def body_for(text: str) -> tuple[ArticleBody, list[int], list[int]]:
    """Body of a plain-text file (one paragraph per line) and each paragraph's two starts."""
    matches = list(_LINE.finditer(text))
    body = ArticleBody(paragraphs=tuple(m.group() for m in matches))
    return body, [m.start() for m in matches], body.paragraph_offsets()


def to_file(offset: int, file_starts: list[int], body_starts: list[int]) -> int:
    """Map an offset in body.text back to the original file."""
    lo, hi = 0, len(body_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if body_starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return file_starts[lo] + offset - body_starts[lo]


def trim(text: str, s: int, e: int) -> Span:
    """Span without surrounding white space."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def read_gold(path: Path, text: str) -> dict[str, set[Span]]:
    """Source/Cue/Content spans of one .ann file (envelopes of fragments)."""
    gold: dict[str, set[Span]] = {t: set() for t in TYPES}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts[0].startswith("T") or len(parts) < 2:
            continue
        kind, _, offs = parts[1].partition(" ")
        if kind not in gold:
            continue
        nums = [int(x) for x in re.findall(r"\d+", offs)]
        gold[kind].add(trim(text, min(nums), max(nums)))
    return gold


def predict(
    text: str,
    learned: bool = True,
    cue_model: CueModel | None = None,
    tagger: Tagger | None = None,
) -> dict[str, set[Span]]:
    """Predicted spans in file offsets (with a tagger: the span tagger's attributions)."""
    body, fs, bs = body_for(text)
    btext = body.text
    bounds = [(s, s + len(p)) for s, p in zip(bs, body.paragraphs, strict=True)]
    if tagger is not None:
        atts, _ = tagged_attributions(btext, bounds, tagger)
    else:
        atts, _ = find_attributions(btext, bounds, learned=learned, cue_model=cue_model)
    return spans_of(atts, text, fs, bs)


def spans_of(
    atts: list[Attribution], text: str, fs: list[int], bs: list[int]
) -> dict[str, set[Span]]:
    """Source, cue and content spans of attributions, in file offsets.

    An attribution's contents count as one span from the first to the last, as the gold
    reads PolNeAR's discontinuous content ("“We will,” she said, “win.”").
    """
    out: dict[str, set[Span]] = {t: set() for t in TYPES}

    def add(kind: str, s: int, e: int) -> None:
        a, b = to_file(s, fs, bs), to_file(e - 1, fs, bs) + 1
        out[kind].add(trim(text, a, b))

    for a in atts:
        add("Cue", *a.cue)
        if a.source:
            add("Source", *a.source)
        if a.contents:
            add("Content", min(s for s, _ in a.contents), max(e for _, e in a.contents))
    return out


def match(pred: set[Span], gold: set[Span], exact: bool) -> int:
    """Number of one-to-one matches."""
    if exact:
        return len(pred & gold)
    pairs = []
    for p in pred:
        for g in gold:
            ov = min(p[1], g[1]) - max(p[0], g[0])
            if ov > 0:
                pairs.append((-ov, p, g))
    pairs.sort()
    used_p: set[Span] = set()
    used_g: set[Span] = set()
    n = 0
    for _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            n += 1
    return n


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def files(data: Path, split: str) -> Iterable[tuple[str, Path]]:
    """(text, gold .ann path) of every article in the split."""
    anns = sorted((data / split / "attributions").glob("*.ann"))
    by_base: dict[str, Path] = {}
    for ann in anns:
        base = ann.stem.rsplit("_", 1)[0]
        by_base.setdefault(base, ann)
    for txt in sorted((data / split / "text").glob("*.txt")):
        if txt.stem in by_base:
            yield txt.read_text(encoding="utf-8"), by_base[txt.stem]


CONFIGS = ("rules", "cues", "tagger")


def eval_polnear(data: Path, split: str, config: str = "rules") -> None:
    """Print P/R/F1 per span type, exact and overlap."""
    counts = {(t, m): [0, 0, 0] for t in TYPES for m in ("exact", "overlap")}
    n = 0
    tagger = load_tagger() if config == "tagger" else None
    if config == "tagger" and tagger is None:
        raise SystemExit("no span tagger: train it first with scripts/train_attribution_tagger.py")
    for text, ann in files(data, split):
        gold = read_gold(ann, text)
        pred = predict(text, learned=config == "cues", tagger=tagger)
        n += 1
        for t in TYPES:
            for m in ("exact", "overlap"):
                c = counts[(t, m)]
                c[0] += match(pred[t], gold[t], m == "exact")
                c[1] += len(pred[t])
                c[2] += len(gold[t])
    print(f"PolNeAR {split}: {n} articles, configuration {config!r}")
    print(f"{'span':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    for (t, m), (tp, np_, ng) in counts.items():
        p, r, f = prf(tp, np_, ng)
        print(f"{t:8} {m:8} {p:6.3f} {r:6.3f} {f:6.3f} {np_:6d} {ng:6d}")


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/attribution/polnear"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--fixtures", type=Path, default=None)
    ap.add_argument("--pages", type=Path, default=None)
    ap.add_argument(
        "--config",
        choices=CONFIGS,
        default="rules",
        help="rules alone; rules + learned cue model; or rules + span tagger",
    )
    ap.add_argument("--rules-only", action="store_true", help="same as --config rules")
    ap.add_argument("--repeat", type=int, default=1, help="time each page N times, keep the least")
    args = ap.parse_args()
    if args.data.exists():
        eval_polnear(args.data, args.split, "rules" if args.rules_only else args.config)
    else:
        print(f"no PolNeAR data at {args.data}")
    if args.fixtures is not None:
        eval_fixtures(args.fixtures)
    if args.pages is not None:
        tagger = args.config == "tagger" and not args.rules_only
        time_pages(args.pages, tagger=tagger, repeat=args.repeat)


KINDS = ("named", "anonymous", "organization", "social_media")


_LEADING = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir", "dame"))


def name_key(name: str) -> str:
    """A name as our sets compare it: lower case, without a leading article or possessive and
    without honorifics ("The ministry" = "ministry", "Dr Ilka Moreau" = "Ilka Moreau")."""
    words = [w.strip(".,") for w in name.lower().replace("’", "'").split()]
    while words and words[0] in _LEADING:
        words = words[1:]
    return " ".join(w for w in words if w not in _HONORIFICS)


def kind_counts(path: Path) -> dict[str, tuple[int, int, int]]:
    """(matched, predicted, gold) per kind on one of our annotated sourcing sets (JSONL)."""
    return {k: v[:3] for k, v in kind_and_name_counts(path).items()}


def kind_and_name_counts(path: Path) -> dict[str, tuple[int, int, int, int]]:
    """(matched, predicted, gold, matched with the gold name) per kind on one of our sets: a
    predicted source matches a gold one of its kind when one cue holds the other (one to
    one, in text order); its name agrees when name_key of both is the same."""
    from trustscore._sourcing import sources_and_quotes

    counts = {k: [0, 0, 0, 0] for k in KINDS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        body = ArticleBody(paragraphs=tuple(item["text"].split("\n\n")))
        sources, _ = sources_and_quotes(body)
        pred = [(s.kind, s.social_media, s.cue or "", s.name or "") for s in sources]
        gold = [
            (g["kind"], bool(g.get("social_media")), g["cue"], g["name"])
            for g in item["attributions"]
        ]
        for k in KINDS:
            if k == "social_media":
                p = [x for x in pred if x[1]]
                g = [x for x in gold if x[1]]
            else:
                p = [x for x in pred if x[0] == k]
                g = [x for x in gold if x[0] == k]
            c = counts[k]
            c[1] += len(p)
            c[2] += len(g)
            rest = list(g)
            for _, _, cue, name in p:
                # (cues as printed, compared in lower case: "According to" at a
                # sentence's start is the same cue as "according to")
                low = cue.lower()
                hit = next((x for x in rest if x[2].lower() in low or low in x[2].lower()), None)
                if hit is not None:
                    rest.remove(hit)
                    c[0] += 1
                    c[3] += name_key(name) == name_key(hit[3])
    return {k: (c[0], c[1], c[2], c[3]) for k, c in counts.items()}


def eval_fixtures(path: Path) -> None:
    """Per-kind precision and recall on our annotated sourcing set, and name agreement."""
    print(f"\nsourcing set {path}")
    print(f"{'kind':13} {'P':>6} {'R':>6} {'pred':>5} {'gold':>5} {'names':>6}")
    for k, (tp, npred, ngold, named) in kind_and_name_counts(path).items():
        p, r, _ = prf(tp, npred, ngold)
        names = f"{named / tp:6.3f}" if tp else f"{'-':>6}"
        print(f"{k:13} {p:6.3f} {r:6.3f} {npred:5d} {ngold:5d} {names}")


def time_pages(folder: Path, tagger: bool = False, repeat: int = 1) -> None:
    """Median ms per page of the sourcing stage, after parsing and body extraction; with
    tagger, also of the span tagger's attributions (which the sourcing stage does not run).
    With repeat > 1 each page is timed that many times and its fastest run kept."""
    from trustscore._boilerplate import extract_body
    from trustscore._parsing import parse
    from trustscore._sourcing import _analyse_paragraphs, sources_and_quotes, sourcing_signals

    if tagger:
        load_tagger()  # read once before timing, as a long-running process would
    pages = []
    for f in sorted((folder / "html").glob("*.html.gz")):
        doc = parse(gzip.decompress(f.read_bytes()))
        pages.append((doc, extract_body(doc)))
    runs: list[list[list[float]]] = [[] for _ in pages]  # per page, per run: the timings
    for _ in range(repeat):
        for k, (doc, extracted) in enumerate(pages):
            # a fresh body (its text and word count are cached per body) and analysis cache
            body = replace(extracted)
            _analyse_paragraphs.cache_clear()
            # What report_for spends: the signals, then the typed sources and quotes (the
            # second call reuses the analysis cached by the first).
            t0, c0 = time.perf_counter(), time.process_time()
            sourcing_signals(doc, body)
            sources_and_quotes(body)
            run = [(time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000]
            if tagger:
                starts = body.paragraph_offsets()
                bounds = [(s, s + len(p)) for s, p in zip(starts, body.paragraphs, strict=True)]
                c0 = time.process_time()
                find_attributions(body.text, bounds, learned=False)
                run.append((time.process_time() - c0) * 1000)
                c0 = time.process_time()
                tagged_attributions(body.text, bounds)
                run.append((time.process_time() - c0) * 1000)
            runs[k].append(run)
    best = [[min(col) for col in zip(*page_runs, strict=True)] for page_runs in runs]
    wall = [b[0] for b in best]
    cpu = [b[1] for b in best]
    rules = [b[2] for b in best] if tagger else []
    tagged = [b[3] for b in best] if tagger else []
    fastest = f", fastest of {repeat} runs" if repeat > 1 else ""
    print(f"\nsourcing stage on {len(wall)} pages of {folder.name} (ms per page{fastest}):")
    rows = [("wall clock", wall), ("CPU time", cpu)]
    if tagger:
        rows.append(("rule attributions alone, CPU", rules))
        rows.append(("rules + span tagger attributions, CPU", tagged))
        added = [t - r for t, r in zip(tagged, rules, strict=True)]
        rows.append(("added by the span tagger, CPU", added))
    for label, xs in rows:
        xs.sort()
        print(
            f"  {label}: median {statistics.median(xs):.2f}, "
            f"p90 {xs[int(0.9 * len(xs))]:.2f}, max {xs[-1]:.2f}"
        )


if __name__ == "__main__":
    main()
