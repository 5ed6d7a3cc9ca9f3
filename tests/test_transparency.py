"""Transparency family: byline, dates, dateline, genre, policies, notes, citations, disclosures."""

from __future__ import annotations

import pytest
from signal_helpers import (
    FIXTURES,
    body_of,
    doc_body,
    expected,
    give_textstat_our_syllables,
    matches,
    page,
)

import trustscore
from trustscore._citations import is_primary_source
from trustscore._transparency import (
    SIGNAL_NAMES,
    copyright_year,
    find_dateline,
    is_affiliate_link,
    is_person_name,
    transparency_signals,
)

SLUGS = ("transparency-jsonld", "transparency-footer", "transparency-none")


def _cases() -> list[tuple[str, str, object]]:
    out = []
    for slug in SLUGS:
        for field in ("signals", "metadata"):
            for key, value in expected(slug)[field].items():
                out.append((slug, f"{field}.{key}", value))
    return out


@pytest.fixture(scope="module")
def reports() -> dict[str, trustscore.TrustReport]:
    out = {}
    for slug in SLUGS:
        exp = expected(slug)
        out[slug] = trustscore.analyze((FIXTURES / f"{slug}.html").read_bytes(), url=exp["url"])
    return out


@pytest.mark.parametrize(("slug", "field", "value"), _cases(), ids=lambda v: str(v)[:40])
def test_fixture_field(
    reports: dict[str, trustscore.TrustReport], slug: str, field: str, value: object
) -> None:
    section, key = field.split(".", 1)
    actual = reports[slug].model_dump(mode="json")[section].get(key, "<missing>")
    assert matches(value, actual), f"{slug} {field}: expected {value!r}, got {actual!r}"


@pytest.mark.parametrize("slug", SLUGS)
def test_fixture_body_with(reports: dict[str, trustscore.TrustReport], slug: str) -> None:
    for snippet in expected(slug)["body_with"]:
        assert snippet in reports[slug].body.text


def test_every_signal_is_reported_in_order() -> None:
    doc = page("<p>Nothing much.</p>")
    result = transparency_signals(doc, doc_body(doc))
    assert list(result.values) == list(SIGNAL_NAMES)


def test_evidence_spans_point_into_body_text(reports: dict[str, trustscore.TrustReport]) -> None:
    for report in reports.values():
        for spans in report.evidence.values():
            for s in spans:
                assert report.body.text[s.start : s.end] == s.text


# --- byline ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Jane Doe", True),
        ("Maria de la Cruz", True),
        ("J. R. Smith", True),
        ("Reuters", False),
        ("Staff Reporter", False),
        ("The Editorial Board", False),
        ("Associated Press", False),
        ("Madonna", False),
        ("newsdesk@example.org", False),
    ],
)
def test_is_person_name(name: str, person: bool) -> None:
    assert is_person_name(name) is person


def test_byline_of_an_agency_is_not_a_person() -> None:
    doc = page('<article><h1>H</h1><p class="byline">By Reuters Staff</p><p>Text.</p></article>')
    values = transparency_signals(doc, doc_body(doc)).values
    assert values["byline_names_person"] is False


def test_author_page_link_by_url_path() -> None:
    doc = page('<p>By <a href="/authors/ann-lee">Ann Lee</a></p><p>Text of the story.</p>')
    assert transparency_signals(doc, doc_body(doc)).values["has_author_link"] is True


def test_author_bio_from_sentence_naming_the_author() -> None:
    doc = page(
        '<p class="byline">By Ann Lee</p><p>The story.</p>'
        "<p>Ann Lee is a reporter who covers courts and crime.</p>"
    )
    values = transparency_signals(doc, doc_body(doc)).values
    assert values["has_author_info"] is True
    assert values["has_author_link"] is False


# --- dates ----------------------------------------------------------------------------------


def _dated(published: str | None, modified: str | None, footer: str = "") -> dict[str, object]:
    meta = ""
    if published:
        meta += f'<meta property="article:published_time" content="{published}">'
    if modified:
        meta += f'<meta property="article:modified_time" content="{modified}">'
    html = (
        f"<html><head>{meta}<title>T</title></head><body><p>Story text here.</p>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )
    doc = page(html)
    return dict(transparency_signals(doc, doc_body(doc)).values)


def test_dates_consistent_when_modified_after_published() -> None:
    v = _dated("2024-05-01T10:00:00Z", "2024-05-03T10:00:00Z")
    assert v["dates_consistent"] is True
    assert v["update_lag_days"] == 2.0


def test_dates_inconsistent_when_modified_before_published() -> None:
    v = _dated("2024-05-03T10:00:00Z", "2024-05-01T10:00:00Z")
    assert v["dates_consistent"] is False
    assert v["update_lag_days"] is None


def test_dates_inconsistent_when_published_after_the_pages_copyright_year() -> None:
    assert _dated("2031-05-03T10:00:00Z", None, "© 2024 Example Media")["dates_consistent"] is False
    assert _dated("2024-05-03T10:00:00Z", None, "© 2024 Example Media")["dates_consistent"] is True


def test_placeholder_year_is_inconsistent() -> None:
    assert _dated("1970-01-01T00:00:00Z", None)["dates_consistent"] is False


def test_mixed_naive_and_aware_dates_compare() -> None:
    v = _dated("2024-05-01T10:00:00", "2024-05-01T12:00:00+02:00")
    assert v["dates_consistent"] is True


def test_no_published_date_gives_none() -> None:
    v = _dated(None, "2024-05-01T10:00:00Z")
    assert v["has_published_date"] is False and v["has_modified_date"] is True
    assert v["dates_consistent"] is None


def test_copyright_year_takes_the_range_end() -> None:
    assert copyright_year("Copyright 2009-2023 Example Ltd. (c) 2021") == 2023
    assert copyright_year("No notice here") is None


def test_dates_never_use_the_clock() -> None:
    # A date far in the future is judged only against the page itself.
    assert _dated("2999-01-01T00:00:00Z", None)["dates_consistent"] is True


# --- dateline -------------------------------------------------------------------------------

LEDE = "The council voted on Monday to rebuild the bridge over the river by the end of 2027."


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON — ",
        "LONDON (Reuters) - ",
        "NEW YORK, March 3 (AP) — ",
        "SAN FRANCISCO, Calif. — ",
        "Washington (CNN) — ",
        "NEW DELHI: ",
        "KESTREL HARBOUR, Oskaria, March 4 (Meridian Wire) – ",
        "NEW YORK, March 3, 2019 (AP) — ",
    ],
)
def test_dateline_found(opening: str) -> None:
    body = body_of("A headline", opening + LEDE)
    found = find_dateline(body)
    assert found is not None
    assert body.text[found[0] : found[1]] == opening


@pytest.mark.parametrize(
    "opening", ["BREAKING: ", "UPDATE — ", "Washington — ", "Officials said - ", ""]
)
def test_dateline_not_found(opening: str) -> None:
    assert find_dateline(body_of(opening + LEDE)) is None


def test_dateline_only_in_the_first_prose_paragraphs() -> None:
    body = body_of(LEDE, LEDE, LEDE, "PARIS — " + LEDE)
    assert find_dateline(body) is None


# --- genre ----------------------------------------------------------------------------------


def _genre_values(html: str, url: str | None = "https://news.example.org/a") -> dict[str, object]:
    doc = page(html, url=url)
    return dict(transparency_signals(doc, doc_body(doc)).values)


def test_declared_opinion_type() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"OpinionNewsArticle","headline":"H"}</script></head>'
        "<body><h1>H</h1><p>Text.</p></body></html>"
    )
    v = _genre_values(html)
    assert v["is_opinion"] is True and v["article_type_labelled"] is True
    assert v["genre_label_visible"] is False


def test_visible_label_overrides_plain_news_type() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"H"}</script></head>'
        '<body><p class="kicker">Opinion</p><h1>H</h1><p>Text.</p></body></html>'
    )
    v = _genre_values(html)
    assert v["is_opinion"] is True and v["is_news"] is False and v["genre_label_visible"] is True


@pytest.mark.parametrize(
    ("label", "genre"),
    [("Sponsored", "sponsored"), ("Paid content", "sponsored"), ("Satire", "satire"),
     ("News analysis", "analysis"), ("Op-Ed", "opinion")],
)  # fmt: skip
def test_visible_labels(label: str, genre: str) -> None:
    v = _genre_values(f"<p>{label}</p><h1>Headline</h1><p>Text.</p>")
    assert v[f"is_{genre}"] is True


def test_label_far_from_headline_or_in_a_sentence_is_ignored() -> None:
    nav = "".join(f"<p>Section {i}</p>" for i in range(6))
    v = _genre_values(f"<p>Opinion</p>{nav}<h1>Headline</h1><p>An opinion was given.</p>")
    assert v["is_opinion"] is False and v["article_type_labelled"] is False


def test_section_list_items_are_not_labels() -> None:
    html = (
        '<ul class="sections"><li><a href="/world">World</a></li>'
        '<li><a href="/opinion">Opinion</a></li></ul><h1>Headline</h1><p>Text.</p>'
    )
    v = _genre_values(html)
    assert v["is_opinion"] is False and v["genre_label_visible"] is False


def test_genre_from_url_section() -> None:
    v = _genre_values("<h1>H</h1><p>Text.</p>", url="https://news.example.org/opinion/2025/x")
    assert v["is_opinion"] is True and v["genre_label_visible"] is False


def test_report_metadata_genre_is_set_from_the_label() -> None:
    report = trustscore.analyze(
        "<html><body><p>Analysis</p><h1>Headline</h1><p>Text.</p></body></html>",
        url="https://news.example.org/a",
    )
    assert report.metadata.genre == "analysis"


# --- corrections, updates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Correction: A caption misidentified the mayor.",
        "Correction (March 4): The vote was 7 to 2.",
        "Clarification: The grant is a loan.",
        "An earlier version of this story gave the wrong date.",
        "This article has been corrected to reflect the vote.",
    ],
)
def test_correction_note_found(note: str) -> None:
    doc = page(f"<p>{LEDE}</p><p>{note}</p>")
    result = transparency_signals(doc, doc_body(doc))
    assert result.values["has_correction_note"] is True
    assert result.evidence["has_correction_note"]


@pytest.mark.parametrize(
    "text", ["Corrections officers said the prison was full.", "She corrected the record."]
)
def test_correction_note_not_found(text: str) -> None:
    doc = page(f"<p>{text}</p>")
    assert transparency_signals(doc, doc_body(doc)).values["has_correction_note"] is False


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Updated: 3.45pm with the mayor's comments.", True),
        ("This story has been updated with new figures.", True),
        ("Updated at 10:30 GMT", True),
        ("Updates to the tax code were approved.", False),
    ],
)
def test_update_note(text: str, found: bool) -> None:
    doc = page(f"<p>{text}</p>")
    assert transparency_signals(doc, doc_body(doc)).values["has_update_note"] is found


# --- citations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "primary"),
    [
        ("https://www.cdc.gov/report", True),
        ("https://www.gov.uk/guidance/x", True),
        ("https://www.service-public.gouv.fr/x", True),
        ("https://www.army.mil/article/1", True),
        ("https://doi.org/10.1000/xyz", True),
        ("https://www.nature.com/articles/s1", True),
        ("https://example.org/files/report.PDF", True),
        ("https://arxiv.org/abs/2301.00001", True),
        ("https://www.supremecourt.gov/opinions/x.pdf", True),
        ("https://www.nytimes.com/2024/x.html", False),
        ("https://twitter.com/someone", False),
        ("https://governor.example.com/", False),
        ("not a url", False),
    ],
)
def test_primary_sources(url: str, primary: bool) -> None:
    assert is_primary_source(url) is primary


@pytest.mark.parametrize(
    ("url", "affiliate"),
    [
        ("https://www.amazon.com/dp/B0?tag=site-20", True),
        ("https://amzn.to/3abc", True),
        ("https://go.redirectingat.com/?id=1&url=x", True),
        ("https://www.amazon.com/dp/B0", False),
        ("https://www.example.com/?tag=news", False),
    ],
)
def test_affiliate_links(url: str, affiliate: bool) -> None:
    assert is_affiliate_link(url) is affiliate


def test_external_links_only_count_in_the_body() -> None:
    doc = page(
        '<p>Read <a href="https://www.cdc.gov/x">the report</a> and '
        '<a href="https://other.example.com/y">this</a> and <a href="/local">that</a>.</p>'
        '<p><a href="https://twitter.com/us">Follow us</a></p>'
    )
    body = body_of(doc.blocks[0].text)
    result = transparency_signals(doc, body)
    assert result.values["external_link_count"] == 2
    assert result.values["external_domain_count"] == 2
    assert result.values["primary_source_link_count"] == 1
    assert [s.text for s in result.evidence["external_link_count"]] == ["the report", "this"]


def test_external_links_unknown_without_a_page_url() -> None:
    doc = page('<p>See <a href="https://www.cdc.gov/x">the report</a>.</p>', url=None)
    values = transparency_signals(doc, doc_body(doc)).values
    assert values["external_link_count"] is None
    assert values["primary_source_link_count"] == 1


# --- disclosures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This article was generated with the help of AI and checked by an editor.", True),
        ("Parts of this story were drafted using ChatGPT.", True),
        ("This summary was produced by an AI tool.", True),
        ("Experts warn that AI-generated images are flooding social media.", False),
        ("Listen to this article: the audio is read by an AI voice.", False),
    ],
)
def test_ai_disclosure(text: str, found: bool) -> None:
    doc = page(f"<p>{text}</p>")
    assert transparency_signals(doc, doc_body(doc)).values["discloses_ai_content"] is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This content was paid for by Acme Bank.", True),
        ("Sponsored by Acme Bank", True),
        ("Produced in partnership with Acme Travel.", True),
        ("The bridge is funded by the state.", False),
    ],
)
def test_sponsorship_disclosure(text: str, found: bool) -> None:
    doc = page(f"<p>{text}</p>")
    assert transparency_signals(doc, doc_body(doc)).values["discloses_sponsorship"] is found


def test_undisclosed_affiliate_links() -> None:
    doc = page('<p>Buy <a href="https://amzn.to/3abc">this kettle</a> now.</p>')
    values = transparency_signals(doc, doc_body(doc)).values
    assert values["affiliate_link_count"] == 1
    assert values["discloses_affiliate_links"] is False
    assert values["undisclosed_affiliate_links"] is True


def test_disclosure_outside_the_body_counts_without_evidence() -> None:
    doc = page("<p>The story.</p><aside><p>We may earn a commission from links.</p></aside>")
    result = transparency_signals(doc, body_of("The story."))
    assert result.values["discloses_affiliate_links"] is True
    assert "discloses_affiliate_links" not in result.evidence


# --- hostile input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "A" * 50_000,
        "WASHINGTON " * 5_000 + "—",
        "(" * 20_000,
        "Correction" + " " * 20_000 + ":",
        "Updated " + "x" * 20_000,
        "\u201c" * 10_000,
        ", " * 20_000,
    ],
)
def test_adversarial_paragraphs_finish(paragraph: str) -> None:
    doc = page(f"<p>{paragraph}</p>")
    result = transparency_signals(doc, body_of(paragraph, paragraph))
    assert set(result.values) == set(SIGNAL_NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON " * 200_000,
        "Correction: " * 200_000,
        "(c) 2019 " * 200_000,
        "we may earn a " * 200_000,
        "This article was made with AI. " * 50_000,
    ],
    ids=["caps", "corrections", "copyright", "affiliate", "ai"],
)
def test_large_bodies_finish(text: str) -> None:
    doc = page(f"<p>{text[:10_000]}</p>")
    result = transparency_signals(doc, body_of(text, text))
    assert set(result.values) == set(SIGNAL_NAMES)


def test_cli_table_shows_the_article_type(capsys: pytest.CaptureFixture[str]) -> None:
    from trustscore._cli import main

    page_path = FIXTURES / "transparency-footer.html"
    main(
        [
            "analyze",
            str(page_path),
            "--format",
            "table",
            "--url",
            expected("transparency-footer")["url"],
        ]
    )
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert header.split()[:4] == ["file", "score", "label", "type"]
    assert row.split()[3] == "analysis"


@pytest.mark.parametrize("slug", SLUGS)
def test_fixture_readability_equals_textstat(
    reports: dict[str, trustscore.TrustReport], slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Readability golden values: textstat's own functions on the fixture's body text."""
    from textstat.backend import metrics

    give_textstat_our_syllables(monkeypatch)
    report = reports[slug]
    text = report.body.text + " "  # a text textstat has not cached
    signals = report.signals
    assert signals["flesch_reading_ease"] == pytest.approx(
        metrics.flesch_reading_ease(text, "en"), abs=1e-4
    )
    assert signals["flesch_kincaid_grade"] == pytest.approx(
        metrics.flesch_kincaid_grade(text, "en"), abs=1e-4
    )
    assert signals["smog_index"] == pytest.approx(metrics.smog_index(text, "en"), abs=1e-4)
    assert signals["coleman_liau_index"] == pytest.approx(
        metrics.coleman_liau_index(text), abs=1e-4
    )
    assert signals["dale_chall_score"] == pytest.approx(
        metrics.dale_chall_readability_score(text, "en"), abs=1e-4
    )
    assert signals["avg_sentence_length"] == pytest.approx(
        metrics.words_per_sentence(text), abs=1e-4
    )
    assert signals["avg_word_length"] == pytest.approx(metrics.letters_per_word(text), abs=1e-4)


def test_none_fixture_lexical_diversity(reports: dict[str, trustscore.TrustReport]) -> None:
    """Under 100 words the diversity is the plain type-token ratio of textstat's words."""
    from textstat.backend.selections import list_words

    words = [w.lower() for w in list_words(reports["transparency-none"].body.text)]
    assert len(words) < 100
    expected_ratio = len(set(words)) / len(words)
    assert reports["transparency-none"].signals["lexical_diversity"] == pytest.approx(
        expected_ratio, abs=1e-4
    )
