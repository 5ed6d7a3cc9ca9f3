"""Regenerate the docs that are derived from code: the report JSON Schema and the CLI reference.

Run from the repository root:
    python scripts/gen_docs.py          # write docs/report.schema.json and docs/cli.md
    python scripts/gen_docs.py --check  # exit 1 when either is out of date (used by the tests)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from contextlib import redirect_stdout, suppress
from pathlib import Path

os.environ["COLUMNS"] = "100"  # argparse wraps help to the terminal width: fix it
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from trustscore._cli import build_parser  # noqa: E402
from trustscore._report import TrustReport  # noqa: E402

SCHEMA = ROOT / "docs" / "report.schema.json"
CLI = ROOT / "docs" / "cli.md"
REPORT = ROOT / "docs" / "report.md"


def schema_text() -> str:
    """The JSON Schema of TrustReport, pretty-printed."""
    return json.dumps(TrustReport.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _help(argv: list[str]) -> str:
    out = io.StringIO()
    with redirect_stdout(out), suppress(SystemExit):
        build_parser().parse_args([*argv, "--help"])
    return out.getvalue().rstrip()


def cli_text() -> str:
    """The CLI reference: the --help of the command and of each subcommand."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `python scripts/gen_docs.py`; do not edit by hand.",
        "",
        "## trustscore",
        "",
        "```text",
        _help([]),
        "```",
    ]
    for name in sub.choices:
        parts += ["", f"## trustscore {name}", "", "```text", _help([name]), "```"]
    return "\n".join(parts) + "\n"


def _type_name(prop: dict[str, object]) -> str:
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " or ".join(_type_name(p) for p in prop["anyOf"])  # type: ignore[attr-defined]
    if "enum" in prop:
        return " / ".join(json.dumps(v) for v in prop["enum"])  # type: ignore[attr-defined]
    if "const" in prop:
        return json.dumps(prop["const"])
    kind = str(prop.get("type", "any"))
    if kind == "array":
        return f"list of {_type_name(prop.get('items', {}))}"  # type: ignore[arg-type]
    if kind == "object" and isinstance(prop.get("additionalProperties"), dict):
        return f"object of {_type_name(prop['additionalProperties'])}"  # type: ignore[arg-type]
    return kind


def report_text() -> str:
    """docs/report.md: every object of the report JSON, field by field, from the models."""
    schema = TrustReport.model_json_schema()
    defs = schema.get("$defs", {})
    parts = [
        "# The report",
        "",
        "Generated from the pydantic models by `python scripts/gen_docs.py`; do not edit by",
        "hand. The JSON Schema is `docs/report.schema.json`. Offsets (`start`, `end`) index",
        "`body.text`; every signal is defined in `docs/signals.md` and the sourcing signals in",
        "`docs/sourcing.md`.",
    ]
    for name, obj in [("TrustReport", schema), *sorted(defs.items())]:
        parts += ["", f"## {name}", "", str(obj.get("description", "")).strip(), ""]
        parts += ["| field | type | meaning |", "|---|---|---|"]
        for field, prop in obj.get("properties", {}).items():
            desc = str(prop.get("description", "")).replace("\n", " ").replace("|", "\\|")
            parts.append(f"| `{field}` | {_type_name(prop)} | {desc} |")
    return "\n".join(parts) + "\n"


def main() -> int:
    """Write or check the generated docs."""
    ap = argparse.ArgumentParser(description="Regenerate docs derived from code.")
    ap.add_argument("--check", action="store_true", help="fail when a file is out of date")
    args = ap.parse_args()
    stale = []
    for path, text in ((SCHEMA, schema_text()), (CLI, cli_text()), (REPORT, report_text())):
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
