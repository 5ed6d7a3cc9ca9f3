"""Command line: ``trustscore analyze PATH... [--url URL] [--format json|jsonl|table]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from trustscore._model_cli import add_model_commands, add_model_option, scorer_from
from trustscore._options import DEFAULT_MAX_BYTES
from trustscore._parsing import parse
from trustscore._pipeline import analyze
from trustscore._profiles import SiteProfile
from trustscore._report import TrustReport
from trustscore._version import __version__
from trustscore.errors import TrustscoreError

INPUT_SUFFIXES = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
"""Files a directory argument expands to (recursively)."""

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
"""At least one input could not be analysed (the others still were)."""
EXIT_USAGE = 2
EXIT_BELOW_THRESHOLD = 3
"""--fail-under was given and at least one article scored below it (or had no score)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``trustscore`` command."""
    parser = argparse.ArgumentParser(
        prog="trustscore",
        description="How far can a news article be trusted? Signals and a score from its HTML.",
    )
    parser.add_argument("--version", action="version", version=f"trustscore {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    an = commands.add_parser(
        "analyze",
        help="analyse article pages and print their reports",
        description="Analyse article pages (HTML or plain text) and print their trust reports.",
    )
    an.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories (searched recursively for *.html, *.htm, *.txt, *.html.gz) "
        "or - for standard input",
    )
    an.add_argument("--url", help="the page's URL (resolves links; only with a single input)")
    an.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default=None,
        help="json: one JSON document (an array for several inputs); jsonl: one report per "
        "line; table: one summary row per input (default: json for one input, jsonl for more)",
    )
    an.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES})",
    )
    an.add_argument(
        "--fail-under",
        type=float,
        metavar="SCORE",
        help="exit with status 3 when any article scores below SCORE (0-100): for CI checks",
    )
    an.add_argument(
        "--profile",
        metavar="FILE",
        help="a site profile (from 'trustscore learn-profile'): blocks the site repeats on "
        "every page are removed as site_template",
    )
    add_model_option(an)
    an.set_defaults(func=_analyze_command)

    lp = commands.add_parser(
        "learn-profile",
        help="learn a site's template from several of its pages",
        description="Learn the blocks one site repeats across its pages (navigation, footers, "
        "widgets) and save them as a site profile for 'analyze --profile'.",
    )
    lp.add_argument("paths", nargs="+", metavar="PATH", help="pages of ONE site (files or dirs)")
    lp.add_argument("--out", required=True, metavar="FILE", help="where to write the profile")
    lp.add_argument("--site", help="a label for the profile, e.g. the host name")
    lp.set_defaults(func=_learn_profile_command)
    add_model_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return status


def _expand(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """Each input as (display name, path); stdin is ('-', None)."""
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.name.lower().endswith(INPUT_SUFFIXES)
            )
            for p in found:
                yield str(p), p
        else:
            yield raw, path


def _read(path: Path | None, max_bytes: int) -> bytes:
    if path is None:
        return sys.stdin.buffer.read(max_bytes + 1)
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


def _analyze_command(args: argparse.Namespace) -> int:
    inputs = list(_expand(args.paths))
    if args.url and len(inputs) > 1:
        print("trustscore: error: --url applies to a single input", file=sys.stderr)
        return EXIT_USAGE
    try:
        scorer = scorer_from(args)
    except TrustscoreError as exc:
        print(f"trustscore: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        profile = SiteProfile.load(args.profile) if args.profile else None
    except TrustscoreError as exc:
        print(f"trustscore: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or ("json" if len(inputs) == 1 else "jsonl")
    out = sys.stdout
    status = EXIT_OK
    reports: list[tuple[str, TrustReport]] = []
    if fmt == "table":
        _table_header(out)
    for name, path in inputs:
        try:
            data = _read(path, args.max_bytes)
            report = analyze(
                data, url=args.url, max_bytes=args.max_bytes, scorer=scorer, profile=profile
            )
        except TrustscoreError as exc:
            print(f"trustscore: {name}: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        except OSError as exc:
            print(f"trustscore: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        if args.fail_under is not None and (report.score is None or report.score < args.fail_under):
            shown = "no score" if report.score is None else f"score {report.score:.1f}"
            print(f"trustscore: {name}: {shown} is below {args.fail_under:g}", file=sys.stderr)
            status = max(status, EXIT_BELOW_THRESHOLD)
        if fmt == "jsonl":
            out.write(report.model_dump_json() + "\n")
            out.flush()
        elif fmt == "table":
            _table_row(out, name, report)
        else:
            reports.append((name, report))
    if fmt == "json" and reports:
        if len(inputs) == 1:
            out.write(reports[0][1].model_dump_json(indent=2) + "\n")
        else:
            docs = [json.loads(r.model_dump_json()) for _, r in reports]
            out.write(json.dumps(docs, indent=2, ensure_ascii=False) + "\n")
    return status


def _learn_profile_command(args: argparse.Namespace) -> int:
    docs = []
    status = EXIT_OK
    for name, path in _expand(args.paths):
        try:
            docs.append(parse(_read(path, DEFAULT_MAX_BYTES)))
        except TrustscoreError as exc:
            print(f"trustscore: {name}: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
        except OSError as exc:
            print(f"trustscore: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
    profile = SiteProfile.learn(docs, site=args.site)
    try:
        profile.save(args.out)
    except OSError as exc:
        print(f"trustscore: {args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    print(f"trustscore: learnt {len(profile.texts)} template blocks from {profile.pages} pages")
    return status


_COLUMNS = (("score", 6), ("label", 6), ("type", 9), ("words", 6), ("sources", 7), ("title", 0))


def _table_header(out: TextIO) -> None:
    out.write("  ".join(f"{n:<{w}}" if w else n for n, w in (("file", 28), *_COLUMNS)) + "\n")


def _table_row(out: TextIO, name: str, report: TrustReport) -> None:
    score = "-" if report.score is None else f"{report.score:.0f}"
    cells = (
        _fit(name, 28),
        f"{score:<6}",
        f"{report.label or '-':<6}",
        f"{report.metadata.genre or '-':<9}",  # news, opinion, analysis, satire, sponsored…
        f"{report.body.word_count:<6}",
        f"{len(report.sources):<7}",
        _fit(report.metadata.title or "-", 60).rstrip(),
    )
    out.write("  ".join(cells) + "\n")


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text[: width - 1] + "…") if len(text) > width else f"{text:<{width}}"
