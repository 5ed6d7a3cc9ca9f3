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
    expected = (FIXTURES / "chrome-variants/expected-body.txt").read_text(encoding="utf-8")
    assert a.body.text == expected.rstrip("\n")
    assert b.body.text == a.body.text
    assert a.body.paragraphs[2] == "How the work will be paid for"  # the subheading is kept


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


def test_heavy_chrome_feedback_widget_is_one_group_of_two() -> None:
    report = trustscore.analyze((FIXTURES / "heavy-chrome.html").read_bytes())
    groups = [g for g in report.boilerplate.duplicate_groups if "Trustworthy?" in g.text]
    assert len(groups) == 1
    assert groups[0].occurrences == 2
    assert groups[0].reason == "feedback_widget"
    for line in ("Trustworthy", "We value your input", "Somewhat trustworthy", "Your feedback"):
        assert line not in report.body.text
    widget = {b.reason for b in report.boilerplate.blocks if "trustworthy" in b.text.lower()}
    assert widget == {"feedback_widget"}


def test_heavy_chrome_signals() -> None:
    report = trustscore.analyze((FIXTURES / "heavy-chrome.html").read_bytes())
    assert report.signals["has_feedback_widget"] is True
    assert report.signals["has_ai_audio_disclosure"] is True
    assert report.signals["has_author_bio"] is True
    assert report.signals["has_comments"] is True
    reasons = {b.text: b.reason for b in report.boilerplate.blocks}
    assert reasons["Voice is AI-generated. Learn more"] == "audio_banner"
    assert reasons["More from Local News"] == "related"
