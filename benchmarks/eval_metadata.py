"""Title and byline accuracy on the real news pages of Mozilla Readability's test set.

Reproduce:
    python benchmarks/eval_metadata.py ../shared/data/extraction/mozilla-readability-pages \
        --trafilatura ../shared/data/extraction/trafilatura-eval

The byline rules were developed while looking at the Mozilla pages, so the trafilatura-eval
figures (pages with a non-empty title/author annotation; never used for tuning) are the
held-out ones.

Pages: manifest class ``news`` or ``news-magazine``. Title: exact match after case and
whitespace normalisation. Byline: on pages whose expected byline is non-empty, the byline
names the same author(s): the set of normalised names we extract equals the set of names in
the expected byline (split on commas/"and", with "By" and trailing outlet names removed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import trustscore
from trustscore._metadata import split_authors

NEWS_CLASSES = ("news", "news-magazine")


def norm(text: str | None) -> str:
    """Case- and whitespace-normalised text, typographic quotes made plain."""
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def name_set(names: list[str]) -> set[str]:
    """Normalised author names."""
    return {norm(re.sub(r"[.,;:]+$", "", n)) for n in names if n.strip()}


def main(argv: list[str] | None = None) -> int:
    """Print title and byline accuracy and the misses."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path, help="mozilla-readability-pages folder")
    ap.add_argument("--trafilatura", type=Path, help="trafilatura-eval folder (held out)")
    args = ap.parse_args(argv)
    if args.trafilatura:
        held_out(args.trafilatura)
    manifest = json.loads((args.pages / "manifest.json").read_text())
    news = [m for m in manifest if m["cls"] in NEWS_CLASSES]
    title_hits = 0
    byline_hits = 0
    byline_total = 0
    misses: list[str] = []
    for entry in news:
        folder = args.pages / entry["id"]
        expected = json.loads((folder / "expected-metadata.json").read_text())
        doc = trustscore.parse((folder / "source.html").read_bytes())
        title = doc.metadata.title
        if norm(title) == norm(expected.get("title")):
            title_hits += 1
        else:
            misses.append(f"TITLE  {entry['id']}: got {title!r} want {expected.get('title')!r}")
        want = expected.get("byline")
        if want:
            byline_total += 1
            # Readability's byline is raw page text: keep its first line, drop a glued date.
            first_line = re.split(r"\n|\d", want.strip())[0]
            want_names = name_set(split_authors(first_line))
            got_names = name_set(list(doc.metadata.authors))
            if want_names and want_names == got_names:
                byline_hits += 1
            else:
                misses.append(
                    f"BYLINE {entry['id']}: got {sorted(got_names)} want {sorted(want_names)}"
                    f" (raw {want!r})"
                )
    print(f"news pages: {len(news)}")
    print(f"title exact (normalised): {title_hits}/{len(news)} = {title_hits / len(news):.3f}")
    if byline_total:
        print(
            f"byline same author(s): {byline_hits}/{byline_total} = "
            f"{byline_hits / byline_total:.3f}"
        )
    print("\n".join(misses))
    return 0


def held_out(folder: Path) -> None:
    """Title and author agreement on trafilatura-eval's annotated pages."""
    data = json.loads((folder / "evaldata.json").read_text())
    titles = authors = title_total = author_total = 0
    for url, item in sorted(data.items()):
        path = next(
            (
                p
                for p in (folder / "eval" / item["file"], folder / "cache" / item["file"])
                if p.exists()
            ),
            None,
        )
        if path is None or not (item.get("title") or item.get("author")):
            continue
        try:
            doc = trustscore.parse(path.read_bytes(), url=url)
        except trustscore.TrustscoreError:
            continue
        if item.get("title"):
            title_total += 1
            titles += norm(doc.metadata.title) == norm(item["title"])
        if item.get("author"):
            author_total += 1
            raw = item["author"]
            want = ", ".join(raw) if isinstance(raw, list) else str(raw)
            authors += name_set(split_authors(want)) == name_set(list(doc.metadata.authors))
    for what, hits, total in (("title", titles, title_total), ("author", authors, author_total)):
        print(f"trafilatura-eval (held out): {what} {hits}/{total} = {hits / total:.3f}")


if __name__ == "__main__":
    sys.exit(main())
