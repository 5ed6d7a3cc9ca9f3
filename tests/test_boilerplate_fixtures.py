"""Golden tests of the boilerplate stage on our own fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import trustscore

FIXTURES = Path(__file__).parent.parent / "fixtures"
SNIPPETS = json.loads((FIXTURES / "boilerplate-snippets.json").read_text(encoding="utf-8"))


def test_same_article_in_two_chromes_gives_same_body() -> None:
    a = trustscore.analyze((FIXTURES / "chrome-variants/article-in-chrome-a.html").read_bytes())
    b = trustscore.analyze((FIXTURES / "chrome-variants/article-in-chrome-b.html").read_bytes())
    assert a.body.text == b.body.text
    assert len(a.body.paragraphs) == 7


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_with_and_without_snippets(name: str) -> None:
    report = trustscore.analyze((FIXTURES / name).read_bytes())
    for snippet in SNIPPETS[name]["with"]:
        assert snippet in report.body.text, snippet
    for snippet in SNIPPETS[name]["without"]:
        assert snippet not in report.body.text, snippet


def test_chrome_b_reasons() -> None:
    path = FIXTURES / "chrome-variants/article-in-chrome-b.html"
    report = trustscore.analyze(path.read_bytes())
    reasons = {b.text: b.reason for b in report.boilerplate.blocks}
    assert reasons["Listen to this article"] == "audio_banner"
    assert reasons["Advertisement"] == "advertising"
    assert reasons["3 comments"] == "comments"
    assert report.signals["has_comments"] is True
