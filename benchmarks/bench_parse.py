"""Median and p95 milliseconds per page of ``trustscore.parse`` beside the bare parsers.

Reproduce:
    python benchmarks/bench_parse.py ../shared/data/extraction/zyte-article-benchmark-dev/html

Reads every ``*.html``, ``*.htm`` and ``*.html.gz`` in PAGES_DIR (decompressed beforehand, so
only parsing is timed) and times, in the same run and on the same bytes:
``trustscore.parse`` (decode + tree + blocks + links + metadata), ``lxml.html.fromstring``
alone and ``BeautifulSoup(html, "lxml")`` alone; then, for the product goal (analyse a page
faster than trafilatura extracts its text), the whole ``trustscore.analyze`` (parse, body,
signals, model, report) beside ``trafilatura.extract`` when trafilatura is installed (dev
extra). Each page is parsed ``--repeat`` times and its
fastest time kept (less noise from other processes); one warm-up pass loads lazy imports.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

import trustscore


def load_pages(folder: Path) -> list[bytes]:
    """Raw bytes of every page in the folder (gzip decompressed)."""
    pages = []
    for path in sorted(folder.rglob("*")):
        name = path.name.lower()
        if name.endswith(".gz"):
            pages.append(gzip.decompress(path.read_bytes()))
        elif name.endswith((".html", ".htm")):
            pages.append(path.read_bytes())
    return pages


def time_each(fn: Callable[[bytes], object], pages: list[bytes], repeat: int) -> list[float]:
    """Fastest of `repeat` runs of fn on each page, in ms."""
    out = []
    for page in pages:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            fn(page)
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return out


def p95(values: list[float]) -> float:
    """95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    """Print the timing table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path, help="folder of HTML pages")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page (fastest kept)")
    args = ap.parse_args(argv)
    pages = load_pages(args.pages)
    if not pages:
        print(f"no pages in {args.pages}", file=sys.stderr)
        return 1
    candidates: dict[str, Callable[[bytes], object]] = {
        "trustscore.parse": trustscore.parse,
        "lxml.html.fromstring": lxml.html.fromstring,
        'BeautifulSoup(html, "lxml")': lambda page: BeautifulSoup(page, "lxml"),
        "trustscore.analyze (whole pipeline)": trustscore.analyze,
    }
    try:
        import trafilatura

        candidates["trafilatura.extract"] = trafilatura.extract
    except ImportError:
        print("(trafilatura not installed: pip install '.[dev]' to compare)")
    for fn in candidates.values():  # warm-up: lazy imports, caches
        fn(pages[0])
    sizes = sorted(len(p) for p in pages)
    print(f"{len(pages)} pages, median size {sizes[len(sizes) // 2] / 1024:.0f} KB")
    print(f"{'what':36} {'median ms':>10} {'p95 ms':>10}")
    for name, fn in candidates.items():
        times = time_each(fn, pages, args.repeat)
        print(f"{name:36} {statistics.median(times):10.2f} {p95(times):10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
