"""Unit tests of the boilerplate stage: block reasons, body selection, report section."""

from __future__ import annotations

import pytest

import trustscore
from trustscore._boilerplate import REASONS, classify_blocks, extract_body
from trustscore._parsing import parse

PROSE = (
    "The harbour authority said on Tuesday that dredging of the inner channel would start in "
    "May and last about six weeks, weather permitting, with night work kept to a minimum."
)


def _page(article: str, chrome_before: str = "", chrome_after: str = "") -> str:
    return (
        "<html><body>"
        f"{chrome_before}<article><div class='body'>{article}</div></article>{chrome_after}"
        "</body></html>"
    )


FACTS = (
    "Ships longer than two hundred metres will be diverted to the outer berth meanwhile.",
    "Fishing boats keep their usual moorings, although the fuel pontoon closes for a week.",
    "The contractor has promised to monitor noise and publish the readings every Friday.",
    "Residents on the quay can ask for a visit from the project team before work starts.",
    "A similar job in 2019 ran a fortnight late because of storms in the early summer.",
)


def _paragraphs(n: int) -> str:
    return "".join(f"<p>Paragraph number {i}. {PROSE} {FACTS[i % 5]}</p>" for i in range(n))


def _reasons(html: str) -> dict[str, str | None]:
    return {v.block.text: v.reason for v in classify_blocks(parse(html))}


def test_article_paragraphs_are_body() -> None:
    body = extract_body(parse(_page(_paragraphs(4))))
    assert len(body.paragraphs) == 4
    assert all(v.is_body for v in body.verdicts)


def test_navigation_outside_article_is_removed() -> None:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    html = _page(_paragraphs(3), chrome_before=nav + "</ul></nav>")
    reasons = _reasons(html)
    assert reasons["Section 3"] == "navigation"
    assert "Section 3" not in extract_body(parse(html)).text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Is This Article Trustworthy?", "feedback_widget"),
        ("Rate this article", "feedback_widget"),
        ("We value your input", "feedback_widget"),
        ("Listen to this article. Voice is AI-generated.", "audio_banner"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Already a subscriber? Log in", "subscribe"),
        ("Share this article", "share"),
        ("Follow us on Instagram", "share"),
        ("Read next: the council's budget in charts", "related"),
        ("Advertisement", "advertising"),
        ("We use cookies to improve your experience", "cookie_consent"),
        ("Leave a comment", "comments"),
        ("© 2025 Example Media. All rights reserved.", "legal"),
        ("Photo: a crane on the quay", "caption"),
        ("Lea más: el puerto en cifras", "related"),
        ("Follow The Harbour Times on Instagram for more", "share"),
        ("18.11.2026", "byline"),
        ("Jun 18th 2018", "byline"),
        ("Wednesday 9 April 2025, 4pm", "byline"),
        ("Tue 18 Nov 2025 18.05 EST", "byline"),
        ("https://www.example.org/news/harbour-dredging", "other"),
    ],
)
def test_text_cues_name_the_reason(text: str, reason: str) -> None:
    html = _page(_paragraphs(2) + f"<p>{text}</p>" + _paragraphs(2))
    assert _reasons(html)[text] == reason


def test_class_tokens_name_chrome_inside_article() -> None:
    box = "<div class='author-bio'><p>Jo Bloggs writes about ports and shipping.</p></div>"
    html = _page(_paragraphs(3) + "<div class='social-share'><span>Send</span></div>" + box)
    reasons = _reasons(html)
    assert reasons["Send"] == "share"


def test_author_bio_by_text() -> None:
    bio = (
        "About the writer: Jo Bloggs is a senior reporter covering transport and the ports. "
        "Read more"
    )
    reasons = _reasons(_page(_paragraphs(3) + f"<p>{bio}</p>"))
    assert reasons[bio] == "author_bio"


@pytest.mark.parametrize(
    "box",
    [
        "<div class='author-bio'><p>{bio}</p></div>",  # by its markup
        "<div><p>{bio}</p></div>",  # by its opening (the page's author and a bio verb)
    ],
)
def test_author_bio_with_a_follow_line_is_a_bio_not_a_share_bar(box: str) -> None:
    bio = "Mia Tanaka covers the ports and shipping. Follow her on X."
    html = _page(_paragraphs(3) + box.format(bio=bio)).replace(
        "<html>", "<html><head><meta name='author' content='Mia Tanaka'></head>"
    )
    assert _reasons(html)[bio] == "author_bio"


def test_op_ed_tagline_is_an_author_bio() -> None:
    tagline = "Mia Tanaka is a retired engineer and chairs the Harbour Users' Forum."
    html = _page(_paragraphs(3) + f"<p><em>{tagline}</em></p>").replace(
        "<html>", "<html><head><meta name='author' content='Mia Tanaka'></head>"
    )
    assert _reasons(html)[tagline] == "author_bio"


def test_a_sentence_about_someone_else_is_not_a_bio() -> None:
    line = "Oren Falk is a retired engineer and chairs the Harbour Users' Forum."
    html = _page(_paragraphs(3) + f"<p>{line}</p>").replace(
        "<html>", "<html><head><meta name='author' content='Mia Tanaka'></head>"
    )
    assert _reasons(html)[line] is None


def test_a_follow_line_alone_is_still_a_share_bar() -> None:
    line = "Follow us on X and Facebook."
    assert _reasons(_page(_paragraphs(3) + f"<p>{line}</p>"))[line] == "share"


def test_headings_inside_article_are_kept() -> None:
    html = _page(_paragraphs(2) + "<h2>What happens next</h2>" + _paragraphs(2))
    body = extract_body(parse(html))
    assert "What happens next" in body.paragraphs
    assert body.paragraphs.index("What happens next") in body.headings


def test_heading_followed_by_subheading_is_kept() -> None:
    html = _page(_paragraphs(1) + "<h2>The plan</h2><h3>Costs</h3>" + _paragraphs(2))
    body = extract_body(parse(html))
    assert "The plan" in body.paragraphs
    assert "Costs" in body.paragraphs


def test_heading_with_no_text_after_it_is_dropped() -> None:
    html = _page(_paragraphs(3) + "<h3>Further reading</h3>")
    assert "Further reading" not in extract_body(parse(html)).text


def test_title_and_byline_are_not_body() -> None:
    html = (
        "<html><head><title>Dredging to start in May</title></head><body><article>"
        "<h1>Dredging to start in May</h1><p>By Jo Bloggs</p>"
        f"{_paragraphs(3)}</article></body></html>"
    )
    reasons = _reasons(html)
    assert reasons["Dredging to start in May"] == "title"
    assert reasons["By Jo Bloggs"] == "byline"


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "<p>Jo Bloggs, Ports Correspondent · 2 May 2026</p>",
            "<meta name='author' content='Jo Bloggs'>",
        ),
        ("<p class='byline'>Jo Bloggs, Ports Correspondent · 2 May 2026</p>", ""),
    ],
)
def test_byline_without_by(line: str, head: str) -> None:
    html = (
        f"<html><head><title>Dredging to start in May</title>{head}</head><body><article>"
        f"<h1>Dredging to start in May</h1>{line}{_paragraphs(3)}</article></body></html>"
    )
    assert _reasons(html)["Jo Bloggs, Ports Correspondent · 2 May 2026"] == "byline"


def test_a_sentence_naming_the_author_after_the_prose_is_kept() -> None:
    html = (
        "<html><head><meta name='author' content='Jo Bloggs'></head><body><article>"
        f"{_paragraphs(2)}<p>Jo Bloggs, the harbour master, said dredging starts soon.</p>"
        f"{_paragraphs(2)}</article></body></html>"
    )
    assert _reasons(html)["Jo Bloggs, the harbour master, said dredging starts soon."] is None


def test_comments_section_is_not_the_article() -> None:
    comments = "<div id='comments'><h3>Comments</h3>" + "".join(
        f"<div class='comment'><p>{PROSE} Reader {i} agrees.</p></div>" for i in range(6)
    )
    html = _page(_paragraphs(3), chrome_after=comments + "</div>")
    body = extract_body(parse(html))
    assert "Reader 2 agrees" not in body.text
    assert "Paragraph number 2" in body.text


def test_related_box_with_teasers_is_removed() -> None:
    teasers = "<section><h2>More stories</h2>" + "".join(
        f"<div><a href='/t{i}'>Teaser headline number {i}</a><p>{PROSE[:120]}.</p></div>"
        for i in range(3)
    )
    html = _page(_paragraphs(4), chrome_after=teasers + "</section>")
    reasons = _reasons(html)
    assert reasons["More stories"] == "related"


def test_every_reason_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "boilerplate.md").read_text(encoding="utf-8")
    for reason in REASONS:
        assert f"`{reason}`" in doc, reason


def test_every_verdict_reason_is_in_vocabulary() -> None:
    html = _page(_paragraphs(2), chrome_before="<div class='cookie-banner'><p>Accept</p></div>")
    for v in classify_blocks(parse(html)):
        assert v.reason is None or v.reason in REASONS


def test_widget_printed_twice_is_one_duplicate_group() -> None:
    widget = (
        "<div class='reader-box'><p>Is This Article Trustworthy?</p>"
        "<p>Tell us what you think of our reporting.</p><span>Yes</span><span>No</span></div>"
    )
    html = _page(widget + _paragraphs(4) + widget)
    report = trustscore.analyze(html)
    groups = [g for g in report.boilerplate.duplicate_groups if "Trustworthy" in g.text]
    assert len(groups) == 1
    assert groups[0].occurrences == 2
    assert "Trustworthy" not in report.body.text
    assert "Tell us what you think" not in report.body.text
    assert report.signals["has_feedback_widget"] is True
    assert report.signals["duplicate_block_count"] == 1


def test_repeated_line_outside_article_is_duplicate() -> None:
    line = "<div class='x'><span>Support independent journalism today</span></div>"
    html = _page(_paragraphs(3), chrome_before=line, chrome_after=line)
    body = extract_body(parse(html))
    reasons = {v.reason for v in body.verdicts if "independent journalism" in v.block.text}
    assert reasons == {"duplicate"}
    assert [r.count for r in body.duplicates] == [2]


def test_repeated_prose_inside_article_is_kept() -> None:
    prose = "Whisk the eggs with the milk, season them well, and pour into the hot buttered pan."
    step = f"<h3>Step</h3><p>{prose}</p>"
    body = extract_body(parse(_page(step + _paragraphs(2) + step)))
    assert body.text.count(prose) == 2


def test_plain_text_duplicates_are_found() -> None:
    widget = "Is This Article Trustworthy?\n\nWe value your input."
    text = f"A headline\n\n{PROSE}\n\n{widget}\n\n{PROSE} More.\n\n{widget}"
    report = trustscore.analyze(text)
    assert report.input.kind == "text"
    assert [g.occurrences for g in report.boilerplate.duplicate_groups] == [2]
    assert "Trustworthy" not in report.body.text
    assert PROSE in report.body.text


def test_plain_text_byline_and_date_are_not_body() -> None:
    text = f"A headline\n\nBy Jo Bloggs\n\n12 March 2025\n\n{PROSE}"
    report = trustscore.analyze(text)
    assert "Jo Bloggs" not in report.body.text
    assert "12 March 2025" not in report.body.text
    assert report.body.text.endswith(PROSE)


def test_plain_text_headline_is_the_title_not_body() -> None:
    report = trustscore.analyze(f"Dredging to start in May\n\n{PROSE}")
    assert report.metadata.title == "Dredging to start in May"
    assert report.body.text == PROSE
    assert [(b.text, b.reason) for b in report.boilerplate.blocks] == [
        ("Dredging to start in May", "title")
    ]


def test_plain_text_first_sentence_is_not_a_title() -> None:
    report = trustscore.analyze(f"{PROSE}\n\n{PROSE}")
    assert report.body.text.startswith(PROSE)


def test_audio_banner_with_ai_disclosure() -> None:
    banner = "<div class='audio'><p>Listen to this story. Voice is AI-generated.</p></div>"
    report = trustscore.analyze(_page(banner + _paragraphs(3)))
    assert report.signals["has_ai_audio_disclosure"] is True
    assert "Voice is AI-generated" not in report.body.text


def test_audio_banner_without_ai_disclosure() -> None:
    banner = "<div class='audio'><p>Listen to this article</p></div>"
    report = trustscore.analyze(_page(banner + _paragraphs(3)))
    assert report.signals["has_ai_audio_disclosure"] is False


def test_report_section_and_ratio() -> None:
    nav = "<nav>" + "".join(f"<a href='/{i}'>Link {i}</a> " for i in range(5)) + "</nav>"
    report = trustscore.analyze(_page(_paragraphs(3), chrome_before=nav))
    assert 0.0 < report.boilerplate.ratio < 0.5
    assert report.signals["boilerplate_ratio"] == report.boilerplate.ratio
    assert all(b.text not in report.body.text for b in report.boilerplate.blocks)


def test_signals_have_no_evidence_spans() -> None:
    report = trustscore.analyze(_page(_paragraphs(2)))
    assert "boilerplate_ratio" in report.signals
    assert "boilerplate_ratio" not in report.evidence


def test_empty_body_page() -> None:
    report = trustscore.analyze("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert report.body.text == ""
    assert report.boilerplate.ratio == 1.0


def test_deterministic() -> None:
    html = _page(_paragraphs(3), chrome_before="<nav><a href='/'>Home</a></nav>")
    a = trustscore.analyze(html).model_dump_json()
    b = trustscore.analyze(html).model_dump_json()
    assert a == b


def test_adversarial_inputs_finish() -> None:
    long_line = "Share " * 20000 + "," * 50000 + '"' * 50000
    html = _page(f"<p>{long_line}</p>" + _paragraphs(2))
    assert extract_body(parse(html)).paragraphs
    many = "".join("<div><p>Share this</p></div>" for _ in range(3000))
    body = extract_body(parse(_page(_paragraphs(2) + many)))
    assert "Share this" not in body.text
    deep = "<div>" * 200 + PROSE + "</div>" * 200
    assert PROSE in extract_body(parse(f"<html><body>{deep}</body></html>")).text
    deeper = "<div>" * 20000 + PROSE + "</div>" * 20000
    extract_body(parse(f"<html><body>{deeper}</body></html>"))  # finishes
