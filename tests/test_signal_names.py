"""The full list of signal names is pinned: renaming or dropping a signal is a deliberate act.

Regenerate with ``python scripts/gen_signal_names.py`` after changing signals on purpose.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import trustscore
from trustscore._pipeline import SIGNAL_FAMILIES

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "fixtures" / "signal_names.json"
REFERENCE = ROOT / "fixtures" / "transparency-jsonld.html"
REFERENCE_URL = "https://www.rivertonpost.example/local/2025/03/04/mill-street-bridge-vote"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def pinned() -> list[str]:
    names: list[str] = json.loads(PINNED.read_text(encoding="utf-8"))
    return names


def test_pipeline_emits_exactly_the_pinned_names_in_order() -> None:
    report = trustscore.analyze(REFERENCE.read_bytes(), url=REFERENCE_URL)
    assert list(report.signals) == pinned()


@pytest.mark.parametrize(
    "source",
    [
        "Just one line of plain text.",
        "<html><body><p>No title, no metadata.</p></body></html>",
        "<html lang='ja'><body><h1>見出し</h1><p>本文です。</p></body></html>",
    ],
    ids=["text", "bare-html", "japanese"],
)
def test_every_input_reports_every_name(source: str) -> None:
    report = trustscore.analyze(source)
    assert list(report.signals) == pinned()


def test_names_are_unique_snake_case() -> None:
    names = pinned()
    assert len(names) == len(set(names))
    assert all(_NAME.match(n) for n in names)


def test_no_two_families_share_a_name() -> None:
    from signal_helpers import body_of, page

    doc, body = page("<p>x</p>"), body_of("A short body.")
    seen: dict[str, str] = {}
    for family in SIGNAL_FAMILIES:
        for name in family(doc, body).values:
            assert name not in seen, f"{name} in {seen.get(name)} and {family.__name__}"
            seen[name] = family.__name__


def _fixture_pages() -> list[Path]:
    return sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".html", ".txt"))


@pytest.mark.parametrize("path", _fixture_pages(), ids=lambda p: p.name)
def test_evidence_points_into_the_body_and_reports_repeat(path: Path) -> None:
    """Every span of every family is a slice of body.text; a second run gives the same JSON."""
    data = path.read_bytes()
    report = trustscore.analyze(data)
    text = report.body.text
    for name, spans in report.evidence.items():
        for s in spans:
            assert 0 <= s.start <= s.end <= len(text), name
            assert text[s.start : s.end] == s.text, name
    assert trustscore.analyze(data).model_dump_json() == report.model_dump_json()
