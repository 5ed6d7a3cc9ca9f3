"""Evaluate body extraction against trafilatura on the public extraction data sets.

Reproduce (from the repository root)::

    /work/venv/bin/python benchmarks/eval_extraction.py \
        [--data ../shared/data/extraction] [--sets zyte,trafilatura,mozilla] [--limit N] \
        [--half all|even|odd] [--only-ours] [--repeat N]

The stage was tuned on the even-indexed trafilatura-eval pages (``--half even``); the
odd-indexed ones (``--half odd``) are held out.

* ``zyte`` — the Article Extraction Benchmark metric (Scrapinghub/Zyte): ``\\w+`` tokens, 4-gram
  shingles, per-page tp/fp/fn multisets normalised to sum to 1; precision averaged over pages
  with tp + fp > 0, recall over pages with tp + fn > 0, F1 of the two averages.
* ``trafilatura`` — trafilatura's own evaluation pages: recall of the ``with`` snippets (must be
  in the body) and exclusion rate of the ``without`` snippets (must not be).
* ``mozilla`` — Mozilla Readability's real pages (classes news, news-magazine, real-non-news):
  the zyte metric against the text of ``expected.html`` (Readability's output, an oracle, not a
  human annotation), plus with/without snippets derived from it (see :func:`mozilla_pages`).
  Readability's oracle keeps captions and the lead, which our body does not: read its F1 as
  agreement with Readability, not as accuracy.

Both extractors run on the same pages in the same run; times are per page, median and p95,
for ``trustscore.parse`` + ``extract_body`` and for ``trafilatura.extract`` alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trustscore._parsing import parse
from trustscore._pipeline import extract_body

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
NGRAM = 4  # the benchmark's shingle size
MAX_FAILURES_SHOWN = 3


def shingles(text: str, n: int = NGRAM) -> Counter[str]:
    """Multiset of n-gram shingles of the text's \\w+ tokens (the benchmark's definition)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page, as in the benchmark's evaluate.py."""
    ts, ps = shingles(true), shingles(pred)
    ts.pop("", None)
    ps.pop("", None)
    tp = fp = fn = 0
    for key in ts.keys() | ps.keys():
        t, p = ts.get(key, 0), ps.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def prf(metrics: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Macro precision, recall and F1 over pages (the benchmark's aggregation)."""
    precisions = [tp / (tp + fp) for tp, fp, _ in metrics if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in metrics if tp + fn > 0]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Page:
    """One evaluation page: its HTML and what the body should (not) contain."""

    key: str
    html: bytes
    truth: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)


def zyte_pages(root: Path) -> Iterator[Page]:
    """Pages of the zyte benchmark with their annotated article body."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        yield Page(key, gzip.decompress(path.read_bytes()), truth=truth[key]["articleBody"])


def trafilatura_pages(root: Path) -> Iterator[Page]:
    """Pages of trafilatura's evaluation with their with/without snippets."""
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        item = data[url]
        for folder in ("eval", "cache"):
            path = root / folder / item["file"]
            if path.exists():
                yield Page(item["file"], path.read_bytes(), None, item["with"], item["without"])
                break


_TAGS = re.compile(r"<[^>]*>")


def _html_text(markup: str) -> str:
    """All text of an HTML fragment, one text node per line."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.LxmlError):
        return _TAGS.sub(" ", markup)
    return "\n".join(t.strip() for t in tree.itertext() if t.strip())


SNIPPETS_PER_PAGE = 5  # with/without snippets drawn per Readability page
SNIPPET_WORDS = 8  # a "with" snippet: the first words of a paragraph of the expected body
_PARA_TAGS = ("p", "li", "h2", "h3", "h4", "td", "dd", "blockquote", "figcaption", "a")


def _segments(markup: str) -> list[str]:
    """Whitespace-normalised texts of paragraph-level elements (and links), in order."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.LxmlError):
        return []
    for bad in list(tree.iter("script", "style", "noscript", "template")):
        if bad.getparent() is not None:
            bad.drop_tree()
    out = []
    for el in tree.iter(*_PARA_TAGS):
        text = _norm(el.text_content())
        if text:
            out.append(text)
    return out


def _spread(items: list[str], k: int) -> list[str]:
    """Up to k items evenly spread over the list (deterministic)."""
    if len(items) <= k:
        return items
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


def mozilla_pages(root: Path) -> Iterator[Page]:
    """Real pages of Readability's tests (synthetic cases skipped); truth is expected.html.

    Snippets, derived from Readability's output (an oracle, not a human annotation): ``with``
    = the first SNIPPET_WORDS words of SNIPPETS_PER_PAGE evenly spread paragraphs of the
    expected body; ``without`` = SNIPPETS_PER_PAGE evenly spread texts of the source page's
    paragraphs and links (4 to 30 words) that do not occur in the expected body.
    """
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    for item in manifest:
        if item["cls"] == "synthetic":
            continue
        folder = root / item["id"]
        markup = (folder / "expected.html").read_text(encoding="utf-8")
        expected = _segments(markup)
        truth = _html_text(markup)
        flat_truth = _norm(truth)
        source = (folder / "source.html").read_bytes()
        with_ = [
            " ".join(t.split()[:SNIPPET_WORDS]) for t in expected if len(t.split()) >= SNIPPET_WORDS
        ]
        outside = [
            t
            for t in dict.fromkeys(_segments(source.decode("utf-8", "replace")))
            if 4 <= len(t.split()) <= 30 and t not in flat_truth
        ]
        yield Page(
            item["id"],
            source,
            truth,
            _spread(list(dict.fromkeys(with_)), SNIPPETS_PER_PAGE),
            _spread(outside, SNIPPETS_PER_PAGE),
        )


def ours(html: bytes) -> str:
    """Our body text: parse + extract_body."""
    return extract_body(parse(html)).text


def trafilatura_text(html: bytes) -> str:
    """trafilatura.extract with its defaults."""
    import trafilatura

    return trafilatura.extract(html) or ""


def _norm(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return _SPACE.sub(" ", text).strip()


@dataclass
class Result:
    """What one extractor did on one data set."""

    metrics: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)
    with_hit: int = 0
    with_total: int = 0
    without_kept_out: int = 0
    without_total: int = 0


def run(
    pages: list[Page], extractors: dict[str, Callable[[bytes], str]], repeat: int = 1
) -> dict[str, Result]:
    """Run every extractor on every page, timing each call (the fastest of ``repeat``)."""
    results = {name: Result() for name in extractors}
    failures: dict[str, int] = {}
    for page in pages:
        for name, fn in extractors.items():
            best = float("inf")
            try:
                for _ in range(max(1, repeat)):
                    start = time.perf_counter()
                    text = fn(page.html)
                    best = min(best, time.perf_counter() - start)
            except Exception as exc:
                failures[name] = failures.get(name, 0) + 1
                if failures[name] <= MAX_FAILURES_SHOWN:
                    print(f"  {name} failed on {page.key}: {type(exc).__name__}: {exc}")
                text = ""
            res = results[name]
            if best != float("inf"):  # a failed call has no time
                res.times.append(best)
            if page.truth is not None:
                res.metrics[page.key] = shingle_match(page.truth, text)
            flat = _norm(text)
            res.with_total += len(page.with_)
            res.with_hit += sum(_norm(s) in flat for s in page.with_)
            res.without_total += len(page.without)
            res.without_kept_out += sum(_norm(s) not in flat for s in page.without)
    return results


def _ms(times: list[float], q: float) -> float:
    """The q-quantile of times, in milliseconds."""
    ordered = sorted(times)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def report(title: str, results: dict[str, Result], worst: int = 10) -> None:
    """Print the side-by-side table and our worst pages."""
    print(f"\n== {title}")
    print(
        f"{'extractor':<12} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6} "
        f"{'with':>7} {'without':>8} {'med ms':>7} {'p95 ms':>7}"
    )
    for name, res in results.items():
        nan = float("nan")  # printed as "nan" where a set has no annotated body
        p, r, f1 = prf(list(res.metrics.values())) if res.metrics else (nan, nan, nan)
        with_rate = res.with_hit / res.with_total if res.with_total else float("nan")
        wo_rate = res.without_kept_out / res.without_total if res.without_total else float("nan")
        print(
            f"{name:<12} {len(res.times):>5} {f1:>6.3f} {p:>6.3f} {r:>6.3f} "
            f"{with_rate:>7.3f} {wo_rate:>8.3f} {_ms(res.times, 0.5):>7.1f} "
            f"{_ms(res.times, 0.95):>7.1f}"
        )
    mine = results.get("trustscore")
    if mine and mine.metrics:
        other = results.get("trafilatura")
        print(f"worst {worst} pages for trustscore (F1, trafilatura's F1):")

        def f1_of(m: tuple[float, float, float]) -> float:
            """F1 of one page from its normalised counts."""
            tp, fp, fn = m
            return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

        ranked = sorted(mine.metrics.items(), key=lambda kv: f1_of(kv[1]))[:worst]
        for key, m in ranked:
            theirs = f1_of(other.metrics[key]) if other and key in other.metrics else float("nan")
            print(f"  {f1_of(m):.3f} ({theirs:.3f})  {key}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=here / ".." / "shared" / "data" / "extraction")
    ap.add_argument("--sets", default="zyte,trafilatura,mozilla")
    ap.add_argument("--limit", type=int, default=0, help="at most N pages per set (0 = all)")
    ap.add_argument("--only-ours", action="store_true", help="skip trafilatura")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each call N times and keep the fastest (less noise on a busy machine)",
    )
    ap.add_argument(
        "--half",
        choices=("all", "even", "odd"),
        default="all",
        help="pages at even (training) or odd (held-out) positions of each set",
    )
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    extractors: dict[str, Callable[[bytes], str]] = {"trustscore": ours}
    if not args.only_ours:
        extractors["trafilatura"] = trafilatura_text
    loaders = {
        "zyte": ("zyte-article-benchmark-dev", zyte_pages),
        "trafilatura": ("trafilatura-eval", trafilatura_pages),
        "mozilla": ("mozilla-readability-pages", mozilla_pages),
    }
    for name in args.sets.split(","):
        folder, loader = loaders[name]
        root = args.data / folder
        if not root.exists():
            print(f"{root} is absent: skipped")
            continue
        pages = list(loader(root))
        if args.half != "all":
            parity = 0 if args.half == "even" else 1
            pages = [p for i, p in enumerate(pages) if i % 2 == parity]
        if args.limit:
            pages = pages[: args.limit]
        report(f"{name} ({folder})", run(pages, extractors, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
