"""The command line, in-process and as a real subprocess."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from trustscore._cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "<html><head><title>A council vote on the bridge</title></head><body>{}</body></html>"
BODY = "<h1>Council backs bridge</h1><p>The council voted on Monday, officials said.</p>"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder with HTML, text, gzip and a bad file, plus a file the walk must ignore."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(ARTICLE.format(BODY), encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Headline\n\nA plain paragraph.", encoding="utf-8")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(ARTICLE.format(BODY).encode()))
    (tmp_path / "d.htm").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "notes.md").write_text("# not an input", encoding="utf-8")
    return tmp_path


def test_single_file_prints_one_json_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.html"
    path.write_text(ARTICLE.format(BODY), encoding="utf-8")
    assert main(["analyze", str(path), "--url", "https://example.org/a"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["input"]["url"] == "https://example.org/a"
    assert report["metadata"]["title"] == "A council vote on the bridge"
    assert set(report) >= {"schema_version", "body", "signals", "score", "warnings"}


def test_directory_is_walked_and_bad_files_do_not_stop_the_batch(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["analyze", str(pages), "--format", "jsonl"])
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 3  # a.html, sub/b.txt, sub/c.html.gz; d.htm fails; notes.md skipped
    kinds = sorted(json.loads(line)["input"]["kind"] for line in lines)
    assert kinds == ["html", "html", "text"]
    assert status == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1
    assert "d.htm" in errors[0] and "binary" in errors[0]
    assert "Traceback" not in captured.err


def test_json_for_several_inputs_is_an_array(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["analyze", str(pages / "a.html"), str(pages / "sub" / "b.txt"), "--format", "json"])
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_table_format(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["analyze", str(pages / "a.html"), "--format", "table"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["file", "score", "label"]
    assert "A council vote on the bridge" in out[1]


def test_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "/no/such/file.html"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "/no/such/file.html" in err[0]


def test_url_with_several_inputs_is_a_usage_error(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(pages), "--url", "https://example.org/"]) == 2


def test_subprocess_stdin_and_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trustscore", "analyze", "-", "--format", "jsonl"],
        input=ARTICLE.format(BODY).encode(),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["input"]["kind"] == "html"
    bad = subprocess.run(
        [sys.executable, "-m", "trustscore", "analyze", "-"],
        input=b"",
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert bad.returncode == 1
    assert b"empty" in bad.stderr and b"Traceback" not in bad.stderr


def test_subprocess_on_bundled_fixture() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trustscore", "analyze", "fixtures/wire-report.html"],
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["metadata"]["title"]


def test_learn_profile_then_analyze_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = ROOT / "fixtures" / "site-template-harbour"
    profile = tmp_path / "harbour.json"
    assert main(["learn-profile", str(site), "--out", str(profile), "--site", "harbour"]) == 0
    capsys.readouterr()
    page = sorted(site.glob("*.html"))[0]
    assert main(["analyze", str(page), "--profile", str(profile)]) == 0
    report = json.loads(capsys.readouterr().out)
    reasons = {b["reason"] for b in report["boilerplate"]["blocks"]}
    assert "site_template" in reasons


def test_bad_profile_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{}", encoding="utf-8")
    page = tmp_path / "a.html"
    page.write_text(ARTICLE.format(BODY), encoding="utf-8")
    assert main(["analyze", str(page), "--profile", str(bad)]) == 2
    assert "site profile" in capsys.readouterr().err
