"""Smoke tests: the package imports and analyses the simplest inputs."""

import trustscore


def test_analyze_html_returns_report() -> None:
    report = trustscore.analyze("<html><body><h1>Hello</h1><p>World is round.</p></body></html>")
    assert report.input.kind == "html"
    assert "World is round." in report.body.text


def test_analyze_text_returns_report() -> None:
    report = trustscore.analyze("A headline\n\nThe first paragraph says something.")
    assert report.input.kind == "text"
    assert report.metadata.title == "A headline"
