"""Print what trustscore currently reports for a fixture, to help people write expectations.

It never writes expected files: expectations are decided by a human reader, not copied from
the program's output.

    python scripts/show_fixture.py wire-report            # every report field except body.text
    python scripts/show_fixture.py wire-report metadata   # only some top-level fields
    python scripts/show_fixture.py --list                 # the fixture slugs

Paragraphs are printed numbered, and each expectation of the fixture is shown as ok / FAIL.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import golden


def main(argv: list[str] | None = None) -> int:
    """Print one fixture's report fields and the state of its expectations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slug", nargs="?", help="fixture name, e.g. wire-report")
    parser.add_argument("fields", nargs="*", help="top-level report fields to show (default all)")
    parser.add_argument("--list", action="store_true", help="list the fixture slugs")
    args = parser.parse_args(argv)
    fixtures = {f.slug: f for f in golden.load_fixtures()}
    if args.list or not args.slug:
        print("\n".join(fixtures))
        return 0
    if args.slug not in fixtures:
        print(f"no fixture {args.slug!r}; known: {', '.join(fixtures)}", file=sys.stderr)
        return 2
    fixture = fixtures[args.slug]
    report = golden.report_json(fixture.page, fixture.url)
    fields = args.fields or [k for k in report if k != "body"] + ["body"]
    for field in fields:
        if field not in report:
            print(f"no report field {field!r}", file=sys.stderr)
            return 2
        if field == "body":
            body = report["body"]
            print(f"== body ({body['word_count']} words, {len(body['paragraphs'])} paragraphs)")
            for i, paragraph in enumerate(body["paragraphs"]):
                print(f"[{i:3}] {paragraph}")
        else:
            print(f"== {field}")
            print(json.dumps(report[field], ensure_ascii=False, indent=2))
    print("== expectations")
    for key in golden.case_keys(fixture.expected):
        errors = golden.check_case(fixture, key)
        print(f"{'ok  ' if not errors else 'FAIL'} {key}")
        for error in errors:
            print(f"       {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
