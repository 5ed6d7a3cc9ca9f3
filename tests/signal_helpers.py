"""Helpers for the signal-family tests: build a Document and a body from small inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import trustscore
from trustscore._document import Document
from trustscore._signals import ArticleBody

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def page(html: str, url: str | None = "https://news.example.org/2025/01/01/story") -> Document:
    """Parse an HTML snippet (wrapped in a page when it has no <html>)."""
    if "<html" not in html:
        head = "<head><title>T</title></head>"
        html = f"<!DOCTYPE html><html lang='en'>{head}<body>{html}</body></html>"
    return trustscore.parse(html, url=url)


def body_of(*paragraphs: str, headings: tuple[int, ...] = ()) -> ArticleBody:
    """An ArticleBody made of the given paragraphs."""
    return ArticleBody(paragraphs=tuple(paragraphs), headings=frozenset(headings))


def doc_body(doc: Document) -> ArticleBody:
    """Every block of doc as the body (no boilerplate verdicts): tests a family's own rules
    without depending on what the boilerplate stage keeps."""
    return ArticleBody(paragraphs=tuple(b.text for b in doc.blocks))


def matches(expected: Any, actual: Any) -> bool:
    """Subset comparison with the fixtures convention's $approx operator."""
    if isinstance(expected, dict) and "$approx" in expected:
        return isinstance(actual, (int, float)) and abs(
            actual - expected["$approx"]
        ) <= expected.get("$tol", 1e-9)
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and matches(v, actual[k]) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(expected) == len(actual)
            and all(matches(e, a) for e, a in zip(expected, actual, strict=True))
        )
    return type(expected) is type(actual) and expected == actual


def expected(slug: str) -> dict[str, Any]:
    """The expected fields of fixture `slug`."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{slug}.expected.json").read_text("utf-8"))
    return data


def give_textstat_our_syllables(monkeypatch: Any) -> None:
    """Make textstat count syllables as we do (CMU wheel, vowel groups), offline, for a test."""
    import textstat.backend.counts._count_syllables as counting

    from trustscore._readability import _cmu_syllables, vowel_groups

    nltk_shaped = {w: [["AH1"] * n] for w, n in _cmu_syllables().items()}

    class VowelGroups:  # stands for Pyphen: positions + 1 = our count
        def positions(self, word: str) -> list[int]:
            return [0] * ((1 if word.isdigit() else vowel_groups(word)) - 1)

    monkeypatch.setattr(counting, "get_cmudict", lambda lang: nltk_shaped if lang == "en" else None)
    monkeypatch.setattr(counting, "get_pyphen", lambda lang: VowelGroups())
