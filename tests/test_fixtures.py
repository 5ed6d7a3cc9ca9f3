"""Golden tests: every fixture page against the fields settled in its expected file.

See tests/golden.py for the expected-file format. Cases the code does not meet yet are listed
in KNOWN_GAPS with the reason; they are strict xfails, so they fail as soon as they pass and the
entry must then be removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import golden
import pytest

import trustscore

FIXTURES = golden.load_fixtures()

# (slug, case) -> why the code does not meet the expectation yet.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for fixture in FIXTURES:
        for key in golden.case_keys(fixture.expected):
            reason = KNOWN_GAPS.get((fixture.slug, key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(fixture, key, marks=marks, id=f"{fixture.slug}:{key}"))
    return cases


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.slug for f in FIXTURES])
def test_fixture_analyses(fixture: golden.Fixture) -> None:
    report = trustscore.analyze(fixture.data(), url=fixture.url)
    assert report.input.bytes == len(fixture.data())
    assert report.body.text.strip()


@pytest.mark.parametrize(("fixture", "key"), _cases())
def test_fixture_expectation(fixture: golden.Fixture, key: str) -> None:
    errors = golden.check_case(fixture, key)
    assert not errors, "\n".join(errors)


def test_every_page_has_expectations() -> None:
    assert golden.pages_without_expectations() == []


def test_known_gaps_name_real_cases() -> None:
    cases = {(f.slug, key) for f in FIXTURES for key in golden.case_keys(f.expected)}
    assert sorted(set(KNOWN_GAPS) - cases) == []


# --- the comparator itself -------------------------------------------------------------------


def test_compare_dict_is_subset() -> None:
    assert golden.compare({"a": 1}, {"a": 1, "b": 2}, "x") == []
    assert golden.compare({"a": 1}, {"a": 2}, "x") == ["x.a: expected 1, got 2"]
    assert golden.compare({"c": 1}, {"a": 1}, "x") == ["x.c: missing from the report"]


def test_compare_list_is_whole_and_ordered() -> None:
    assert golden.compare(["a", "b"], ["a", "b"], "x") == []
    assert golden.compare(["a"], ["a", "b"], "x") != []
    assert golden.compare(["b", "a"], ["a", "b"], "x") != []
    assert golden.compare([{"k": 1}], [{"k": 1, "extra": 2}], "x") == []


def test_compare_types_are_strict() -> None:
    assert golden.compare(True, 1, "x") != []
    assert golden.compare(1, True, "x") != []
    assert golden.compare(None, "", "x") != []
    assert golden.compare(1, 1.0, "x") == []


def test_compare_operators() -> None:
    assert golden.compare({"$approx": 0.5, "$tol": 0.01}, 0.505, "x") == []
    assert golden.compare({"$approx": 0.5, "$tol": 0.01}, 0.52, "x") != []
    assert golden.compare({"$approx": 0.5}, "0.5", "x") != []
    contains = {"$contains": [{"k": 2}, {"k": 1}]}
    assert golden.compare(contains, [{"k": 1}, {"k": 3}, {"k": 2}], "x") == []
    assert golden.compare(contains, [{"k": 1}, {"k": 3}], "x") != []
    assert golden.compare({"$contains": [1, 1]}, [1], "x") != []
    # Each expected item gets its own element, even when a greedy choice would block another.
    general_first = {"$contains": [{"k": 1}, {"k": 1, "x": 2}]}
    assert golden.compare(general_first, [{"k": 1, "x": 2}, {"k": 1}], "x") == []


def test_compare_unknown_operator_fails() -> None:
    assert golden.compare({"$aprox": 1}, 1, "x") != []


def test_unknown_top_level_key_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text('{"metdata": {"title": "Headline"}}')
    (fixture,) = golden.load_fixtures(tmp_path)
    (key,) = golden.case_keys(fixture.expected)
    assert golden.check_case(fixture, key) != []


def test_body_snippets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(
        '{"body_with": ["Body text", "absent"], "body_without": ["here.", "nowhere"]}'
    )
    (fixture,) = golden.load_fixtures(tmp_path)
    assert golden.check_case(fixture, "body_with") == ["body_with: 'absent' missing from body.text"]
    assert golden.check_case(fixture, "body_without") == [
        "body_without: 'here.' found in body.text"
    ]


def test_metadata_is_split_into_cases() -> None:
    expected = {"url": "u", "note": "n", "metadata": {"title": "t", "authors": []}, "sources": []}
    assert golden.case_keys(expected) == ["metadata.title", "metadata.authors", "sources"]


def test_page_needs_exactly_one_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.html").write_text("x", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text("{}")
    with pytest.raises(FileNotFoundError):
        golden.load_fixtures(tmp_path)


def test_windows_1252_fixture_is_stored_as_cp1252() -> None:
    """The page must stay cp1252 bytes: re-saving it as UTF-8 would void what it tests."""
    data = (golden.FIXTURES_DIR / "windows-1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "€14.50" in data.decode("cp1252")
