"""Tests of duplicate detection (exact, near, runs) and site profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

import trustscore
from trustscore._duplicates import duplicate_classes, find_duplicates, normalize
from trustscore.errors import DataError

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_normalize_ignores_case_and_punctuation() -> None:
    assert normalize("  Hello, World!! ") == normalize("hello world")


def test_exact_duplicates() -> None:
    assert duplicate_classes(["a b", "c", "A b!"]) == [0, 1, 0]


def test_near_duplicates_found() -> None:
    common = "is this article trustworthy tell us what you think of our reporting on the port"
    a = f"{common} with one click below 12 votes so far"
    b = f"{common} with one click below 13 votes so far"
    assert duplicate_classes([a, "other text", b]) == [0, 1, 0]


def test_different_sentences_are_not_near_duplicates() -> None:
    a = "The council approved the budget for the new harbour wall on Monday"
    b = "The council rejected the plan for a car park near the station on Friday"
    assert duplicate_classes([a, b]) == [0, 1]


def test_runs_are_merged() -> None:
    texts = ["Widget title here", "line two of it", "x", "Widget title here", "line two of it"]
    runs = find_duplicates(texts)
    assert len(runs) == 1
    assert runs[0].occurrences == ((0, 1), (3, 4))
    assert runs[0].count == 2


def test_tiny_repeats_not_reported() -> None:
    assert find_duplicates(["Share", "text", "Share"]) == []


def test_many_similar_blocks_finish() -> None:
    texts = [f"item {i} of the long list with the same words in it" for i in range(5000)]
    classes = duplicate_classes(texts)
    assert len(classes) == 5000


def _harbour_pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("site-template-*/*.html"))]


def test_profile_learns_template_lines() -> None:
    profile = trustscore.SiteProfile.learn(_harbour_pages())
    assert profile.pages == 3
    assert profile.knows(
        "Harbour Ledger reporters follow the standards set out in our editorial "
        "charter, which every reader can find on the About page."
    )
    assert not profile.knows("By Tomas Reyes")  # on two pages of three only


def test_profile_removes_template_as_site_template() -> None:
    pages = _harbour_pages()
    profile = trustscore.SiteProfile.learn(pages)
    plain = trustscore.analyze(pages[0])
    assert "editorial charter" in plain.body.text
    report = trustscore.analyze(pages[0], profile=profile)
    assert "editorial charter" not in report.body.text
    assert "Portmere lifeboat" in report.body.text
    reasons = {b.reason for b in report.boilerplate.blocks if "charter" in b.text}
    assert reasons == {"site_template"}


def test_profile_round_trip(tmp_path: Path) -> None:
    profile = trustscore.SiteProfile.learn(_harbour_pages(), site="harbour.example")
    path = tmp_path / "profile.json"
    profile.save(path)
    assert trustscore.SiteProfile.load(path) == profile


def test_profile_load_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError):
        trustscore.SiteProfile.load(bad)
    with pytest.raises(DataError):
        trustscore.SiteProfile.from_json('{"format": "other"}')
    with pytest.raises(DataError):
        trustscore.SiteProfile.load(tmp_path / "missing.json")
