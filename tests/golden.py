"""Golden fixtures: each ``fixtures/<slug>.<ext>`` page has ``fixtures/<slug>.expected.json``.

An expected file is a JSON object holding only the fields a careful human reader settled:

- ``"url"``: passed to ``trustscore.analyze`` as ``url=`` (optional).
- ``"note"``: free text for people (optional, never checked).
- ``"body_with"`` / ``"body_without"``: lists of snippets that must / must not occur in
  ``report.body.text``.
- any top-level field of :class:`trustscore.TrustReport` (``input``, ``metadata``, ``sources``,
  ``signals``, ...): compared with the report's JSON (``model_dump(mode="json")``, so datetimes
  are ISO strings such as ``"2025-03-01T10:00:00Z"``).

Comparison rules (:func:`compare`):

- a dict is a SUBSET: every key given must be in the report and match; other keys are ignored;
- a list is compared WHOLE: same length, items matched pairwise in order with these same rules
  (so list items that are dicts are subsets of the report's items);
- any other value must be equal, and of the same JSON type (``true`` is not ``1``);
- operators (a dict whose keys start with ``$``):
  ``{"$approx": 0.42, "$tol": 0.005}`` a number within an absolute tolerance (default 1e-9);
  ``{"$contains": [item, ...]}`` a list in which each item matches a different element, in any
  order (for lists whose full content is not settled).

Any other key — a top-level key that is neither a report field nor one of the special keys
above, or an unknown ``$`` operator — is an error, so a typo can never silently pass.

Each expected dict field (``metadata``, ``input``, ``signals``, ...) is split into one case per
sub-key (``metadata.title``, ``signals.hedge_rate``) so that one failing field does not hide the
others; lists and the special keys are one case each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import trustscore

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED_SUFFIX = ".expected.json"
# File endings of fixture pages (what the CLI reads from a directory).
PAGE_SUFFIXES = (".html", ".htm", ".txt", ".html.gz")
# Keys of an expected file that are not compared with the report.
ARGUMENT_KEYS = frozenset({"url", "note"})
# Keys checked against body.text rather than compared with a report field.
BODY_KEYS = frozenset({"body_with", "body_without"})
REPORT_FIELDS = frozenset(trustscore.TrustReport.model_fields)
_DEFAULT_TOL = 1e-9


@dataclass(frozen=True)
class Fixture:
    """One fixture page and its expected fields."""

    slug: str
    page: Path
    expected: dict[str, Any]

    def data(self) -> bytes:
        """The page as bytes, exactly as stored."""
        return self.page.read_bytes()

    @property
    def url(self) -> str | None:
        """The URL to analyse the page with, if the expected file gives one."""
        url = self.expected.get("url")
        return url if isinstance(url, str) else None


def _page_for(slug: str, directory: Path) -> Path:
    pages = [directory / f"{slug}{suffix}" for suffix in PAGE_SUFFIXES]
    found = [p for p in pages if p.is_file()]
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise FileNotFoundError(f"fixture {slug!r}: expected exactly one page file, found {names}")
    return found[0]


def load_fixtures(directory: Path = FIXTURES_DIR) -> list[Fixture]:
    """Every fixture with an expected file, sorted by slug."""
    out = []
    for path in sorted(directory.glob(f"*{EXPECTED_SUFFIX}")):
        slug = path.name[: -len(EXPECTED_SUFFIX)]
        expected = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(expected, dict):
            raise ValueError(f"{path.name}: expected a JSON object")
        out.append(Fixture(slug=slug, page=_page_for(slug, directory), expected=expected))
    return out


def pages_without_expectations(directory: Path = FIXTURES_DIR) -> list[str]:
    """Names of fixture pages that have no expected file."""
    out = []
    for path in sorted(directory.iterdir()):
        if not path.is_file() or not path.name.endswith(PAGE_SUFFIXES):
            continue
        suffix = next(
            s for s in sorted(PAGE_SUFFIXES, key=len, reverse=True) if path.name.endswith(s)
        )
        slug = path.name[: -len(suffix)]
        if not (directory / f"{slug}{EXPECTED_SUFFIX}").is_file():
            out.append(path.name)
    return out


@cache
def report_json(page: Path, url: str | None) -> dict[str, Any]:
    """The report of a fixture page as JSON (analysed once per test session)."""
    report = trustscore.analyze(page.read_bytes(), url=url)
    return report.model_dump(mode="json")


def case_keys(expected: dict[str, Any]) -> list[str]:
    """The separately checked expectations of one expected file, in file order."""
    keys = []
    for key, value in expected.items():
        if key in ARGUMENT_KEYS:
            continue
        if key in REPORT_FIELDS and isinstance(value, dict) and not _is_operator(value):
            keys.extend(f"{key}.{sub}" for sub in value)
        else:
            keys.append(key)
    return keys


def check_case(fixture: Fixture, key: str) -> list[str]:
    """Mismatches of one expectation (``metadata.title``, ``body_with``, ...); empty if it holds."""
    report = report_json(fixture.page, fixture.url)
    top, _, sub = key.partition(".")
    if top in BODY_KEYS and not sub:
        return _check_body(top, fixture.expected[top], report["body"]["text"])
    if top not in REPORT_FIELDS:
        known = sorted(BODY_KEYS | ARGUMENT_KEYS)
        return [f"unknown key {top!r}: neither a report field nor one of {known}"]
    if not sub:
        return compare(fixture.expected[top], report[top], top)
    actual = report[top]
    if not isinstance(actual, dict) or sub not in actual:
        return [f"{key}: the report has no such field"]
    return compare(fixture.expected[top][sub], actual[sub], key)


def _check_body(key: str, snippets: Any, text: str) -> list[str]:
    if not isinstance(snippets, list) or not all(isinstance(s, str) for s in snippets):
        return [f"{key}: expected a list of strings"]
    want = key == "body_with"
    return [
        f"{key}: {snippet!r} {'missing from' if want else 'found in'} body.text"
        for snippet in snippets
        if (snippet in text) != want
    ]


def _is_operator(value: Any) -> bool:
    return isinstance(value, dict) and any(isinstance(k, str) and k.startswith("$") for k in value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def compare(expected: Any, actual: Any, path: str) -> list[str]:
    """Mismatches between an expected value and the report's value (rules in the docstring)."""
    if _is_operator(expected):
        return _compare_operator(expected, actual, path)
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"]
        errors = []
        for key, value in expected.items():
            if key not in actual:
                errors.append(f"{path}.{key}: missing from the report")
            else:
                errors.extend(compare(value, actual[key], f"{path}.{key}"))
        return errors
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{path}: expected a list, got {actual!r}"]
        if len(expected) != len(actual):
            return [
                f"{path}: expected {len(expected)} items {expected!r}, got {len(actual)} {actual!r}"
            ]
        errors = []
        for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
            errors.extend(compare(want, got, f"{path}[{i}]"))
        return errors
    if _json_type(expected) != _json_type(actual) or expected != actual:
        return [f"{path}: expected {expected!r}, got {actual!r}"]
    return []


def _compare_operator(expected: dict[str, Any], actual: Any, path: str) -> list[str]:
    keys = set(expected)
    if keys <= {"$approx", "$tol"} and "$approx" in keys:
        target, tol = expected["$approx"], expected.get("$tol", _DEFAULT_TOL)
        if _json_type(actual) != "number":
            return [f"{path}: expected a number near {target!r}, got {actual!r}"]
        if abs(actual - target) > tol:
            return [f"{path}: expected {target!r} ± {tol!r}, got {actual!r}"]
        return []
    if keys == {"$contains"} and isinstance(expected["$contains"], list):
        if not isinstance(actual, list):
            return [f"{path}: expected a list, got {actual!r}"]
        wanted = expected["$contains"]
        fits = [[i for i, got in enumerate(actual) if not compare(w, got, path)] for w in wanted]
        owner: dict[int, int] = {}  # actual index -> wanted index
        return [
            f"{path}: no separate item matches {wanted[w]!r} (items: {actual!r})"
            for w in range(len(wanted))
            if not _assign(w, fits, owner, set())
        ]
    return [f"{path}: unknown operator {sorted(keys)!r} (known: $approx with $tol, $contains)"]


def _assign(w: int, fits: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Give wanted item w its own matching item, moving earlier ones (bipartite matching)."""
    for i in fits[w]:
        if i in seen:
            continue
        seen.add(i)
        if i not in owner or _assign(owner[i], fits, owner, seen):
            owner[i] = w
            return True
    return False
