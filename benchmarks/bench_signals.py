"""Time the readability, tone, headline and transparency families on the zyte dev pages.

    python benchmarks/bench_signals.py [--data ../shared/data/extraction/zyte-article-benchmark-dev]

Each page is parsed once (not timed); then every family runs on it and its time is recorded.
Two bodies are measured: the page's ground-truth article body (``articleBody`` split into
paragraphs: what a good boilerplate stage hands to the signals) and the pipeline's current
``extract_body`` (with the provisional extractor: every block of the page, the worst case).
The one-time cost of building the syllable dictionary is timed separately, before the loop.
Prints the median and 90th percentile per page (wall clock, each page measured once, cold) for
each family and for their sum, the sum's process CPU time (less sensitive to other processes
on a shared machine), and the load average before and after.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trustscore._document import Document  # noqa: E402
from trustscore._headline import headline_signals  # noqa: E402
from trustscore._parsing import parse  # noqa: E402
from trustscore._pipeline import extract_body  # noqa: E402
from trustscore._readability import _cmu_syllables, readability_signals  # noqa: E402
from trustscore._signals import ArticleBody, SignalSet  # noqa: E402
from trustscore._tone import tone_signals  # noqa: E402
from trustscore._transparency import transparency_signals  # noqa: E402

FAMILIES: tuple[Callable[[Document, ArticleBody], SignalSet], ...] = (
    readability_signals,
    tone_signals,
    headline_signals,
    transparency_signals,
)
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction" / "zyte-article-benchmark-dev"


def _pages(data: Path) -> list[tuple[Document, ArticleBody, ArticleBody]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for path in sorted((data / "html").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        entry = truth[page_id]
        doc = parse(gzip.decompress(path.read_bytes()), url=entry.get("url"))
        paragraphs = tuple(p.strip() for p in entry["articleBody"].split("\n") if p.strip())
        out.append((doc, ArticleBody(paragraphs=paragraphs), extract_body(doc)))
    return out


def _summary(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    return f"  {label:<22} median {statistics.median(ms):6.3f} ms   p90 {p90:6.3f} ms"


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    if not (args.data / "ground-truth.json").is_file():
        sys.exit(f"no data at {args.data}")
    print(f"load average before: {os.getloadavg()}")
    start = time.perf_counter()
    _cmu_syllables()
    print(f"one-time syllable dictionary build: {(time.perf_counter() - start) * 1000:.0f} ms")
    pages = _pages(args.data)
    for family in FAMILIES:  # warm the word lists and regex caches
        family(pages[0][0], pages[0][1])
    for which, label in ((1, "ground-truth body"), (2, "extract_body (whole page)")):
        per_family: dict[str, list[float]] = {f.__name__: [] for f in FAMILIES}
        totals: list[float] = []
        cpu_totals: list[float] = []
        for page in pages:
            doc, body = page[0], page[which]
            total = cpu_total = 0.0
            for family in FAMILIES:
                t0, c0 = time.perf_counter(), time.process_time()
                family(doc, body)
                elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
                per_family[family.__name__].append(elapsed)
                total += elapsed
                cpu_total += cpu
            totals.append(total)
            cpu_totals.append(cpu_total)
        words = statistics.median(p[which].word_count for p in pages)
        print(f"{label}: {len(pages)} pages, median body {words:.0f} words (first run, wall)")
        for name, times in per_family.items():
            print(_summary(name, times))
        print(_summary("all four families", totals))
        print(_summary("all four, CPU time", cpu_totals))
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
