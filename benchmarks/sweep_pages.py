"""Robustness sweep: every page under a folder through ``trustscore.analyze``.

Reproduce:
    python benchmarks/sweep_pages.py ../shared/data/extraction

Reads every ``*.html``, ``*.htm`` and ``*.html.gz`` below the folder (Readability's
``expected.html`` oracles excluded), analyses each page and serialises its report. Prints the
pages that raised anything other than a ``TrustscoreError`` (a bug: every failure must be
typed), the typed errors, the median and maximum seconds per page, and the slowest pages.
Exit status 1 when any page raised an untyped exception.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
import traceback
from pathlib import Path

import trustscore

SLOW_SECONDS = 1.0
"""Pages slower than this are listed: the standards ask for bounded time on any input."""


def main(argv: list[str] | None = None) -> int:
    """Run the sweep and print its summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder searched recursively for pages")
    args = ap.parse_args(argv)
    paths = sorted(
        p
        for p in args.folder.rglob("*")
        if p.is_file()
        and p.name.lower().endswith((".html", ".htm", ".html.gz"))
        and p.name != "expected.html"
    )
    untyped = typed = 0
    times: list[float] = []
    slow: list[tuple[float, str]] = []
    for path in paths:
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        start = time.perf_counter()
        try:
            trustscore.analyze(data).model_dump_json()
        except trustscore.TrustscoreError as exc:
            typed += 1
            print(f"typed error  {path}: {exc}")
        except Exception:
            untyped += 1
            print(f"UNTYPED      {path}")
            traceback.print_exc(limit=4)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        if elapsed > SLOW_SECONDS:
            slow.append((elapsed, str(path)))
    if not times:
        print(f"no pages under {args.folder}", file=sys.stderr)
        return 1
    print(
        f"{len(paths)} pages: {untyped} untyped exceptions, {typed} typed errors; "
        f"median {statistics.median(times) * 1000:.1f} ms, max {max(times):.2f} s"
    )
    for elapsed, name in sorted(slow, reverse=True)[:10]:
        print(f"slow: {elapsed:.2f} s {name}")
    return 1 if untyped else 0


if __name__ == "__main__":
    sys.exit(main())
