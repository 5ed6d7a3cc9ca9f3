"""Docs derived from code are current, and every command is documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_docs_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        result.stdout + result.stderr + ("\nrun: python scripts/gen_docs.py")
    )


def test_every_cli_command_is_in_the_usage_doc() -> None:
    from trustscore._cli import build_parser

    usage = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"trustscore {name}" in usage, f"docs/usage.md does not show 'trustscore {name}'"


def test_readme_starts_with_install_and_test_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```")
    assert "pip install" in blocks[1] and "trustscore analyze" in blocks[1]
    assert "pytest" in blocks[3]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = blocks[3].strip().splitlines()[-1].split("&&")[-1].strip()
    assert test_command in ci


def test_web_backend_example_runs() -> None:
    """The usage doc's backend example maps a page to 200 and bad input to 413/422."""
    usage = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    section = usage.split("## Behind a browser extension", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {"__name__": "usage_example"}
    exec(compile(code, "docs/usage.md", "exec"), namespace)
    score_page = namespace["score_page"]
    assert callable(score_page)
    page = (ROOT / "fixtures" / "wire-report.html").read_bytes()
    status, body = score_page(page, "https://example.org/a")
    assert status == 200 and '"score"' in body
    assert score_page(b"", None)[0] == 422
    assert score_page(b"<p>x</p>" * (2**20), None)[0] == 413
    namespace["pool"].shutdown()  # type: ignore[attr-defined]
