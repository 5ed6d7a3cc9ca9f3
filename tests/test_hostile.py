"""Hostile inputs end in a report or a typed error, never a traceback or a hang.

These tests assert the outcome, not the time: speed goals live in benchmarks/. Each input is
still sized so that a quadratic algorithm or a backtracking regex would make the suite crawl.
"""

from __future__ import annotations

import pytest

import trustscore
from trustscore.errors import TrustscoreError

MIB = 1024 * 1024

HOSTILE = {
    "deep-nesting-20000": b"<div>" * 20_000 + b"deep text" + b"</div>" * 20_000,
    "deep-unclosed": b"<html><body>" + b"<div><span><p><b>" * 5_000 + b"x",
    "invalid-utf8": b"<html><body><p>caf\xc3 \xff\xfe bad \xed\xa0\x80 bytes</p></body></html>",
    "many-attributes": b"<p " + b"a=1 " * 200_000 + b">x</p>",
    "quote-run": b"<p>" + b'"' * 1_000_000 + b"</p>",
    "capital-run": b"<p>" + b"BREAKING " * 200_000 + b"</p>",
    "comma-run": b"<p>" + b"a, " * 300_000 + b"</p>",
    "many-links": b"<body>" + b'<a href="/x">l</a>' * 100_000 + b"</body>",
    "many-paragraphs": b"".join(b"<p>para %d here.</p>" % i for i in range(100_000)),
    "jsonld-deep": b'<script type="application/ld+json">' + b"[" * 100_000 + b"</script><p>x</p>",
    "unclosed-comment": b"<html><body><p>before</p><!-- never closed <p>after</p>",
    "only-tags": b"<div><span></span></div>" * 10_000,
    "null-bytes-in-text": b"<p>" + b"a\x00" * 4 + b" text</p>",
    # an attribution every 19 characters: the densest sourcing work found (docs/sourcing.md)
    "dense-attributions": b"<p>" + "“Why?” Biden said. ".encode() * 30_000 + b"</p>",
    # embed sign-offs ("— Name (@handle)") after every other paragraph
    # (both read as English, so the sourcing rules run on them: see the language gate)
    "embed-sign-offs": b"".join(
        b"<p>This is the post %d of the day.</p><p>\xe2\x80\x94 Tova Lind (@t%d) March 3</p>"
        % (i, i)
        for i in range(20_000)
    ),
    # stacked appositives before one cue ("Ana Ruiz, a lawyer, …, said")
    "appositive-run": b"<p>"
    + b"Ana Ruiz, a lawyer for the firm, of Leeds, England, " * 10_000
    + b"said that it had.</p>",
}


@pytest.mark.parametrize("data", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_gives_report_or_typed_error(data: bytes) -> None:
    try:
        report = trustscore.analyze(data)
    except TrustscoreError:
        return
    assert report.input.kind in ("html", "text")
    report.model_dump_json()


def test_twenty_mib_is_refused_with_a_typed_error() -> None:
    with pytest.raises(trustscore.errors.InputTooLarge):
        trustscore.analyze(b"<p>" + b"word " * (4 * MIB) + b"</p>")


def test_twenty_mib_is_bounded_when_the_limit_is_raised() -> None:
    data = b"".join(b"<p>paragraph %d is here.</p>" % i for i in range(800_000))
    assert len(data) > 20 * MIB
    report = trustscore.analyze(data, max_bytes=32 * MIB)
    assert any("truncated" in w for w in report.warnings)


def test_deep_nesting_is_reported() -> None:
    report = trustscore.analyze(HOSTILE["deep-nesting-20000"])
    assert any("nested deeper" in w for w in report.warnings)


def test_plain_text_hostile() -> None:
    report = trustscore.analyze("\n\n".join(["word " * 50] * 20_000))
    assert report.input.kind == "text"
