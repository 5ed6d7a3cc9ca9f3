"""Metadata: title, authors, dates, publisher, type, policies."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import trustscore


def page(head: str = "", body: str = "<p>Body text.</p>", lang: str = "en") -> str:
    """A small HTML page."""
    return f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def ld(obj: Any) -> str:
    """A JSON-LD script element."""
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta_of(html: str, url: str | None = None) -> trustscore.Metadata:
    return trustscore.parse(html, url=url).metadata


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Ann Lee", ["Ann Lee"]),
        ({"@type": "Person", "name": "Ann Lee"}, ["Ann Lee"]),
        ([{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}], ["Ann Lee", "Bo Chen"]),
        ({"@type": "Person", "givenName": "Ann", "familyName": "Lee"}, ["Ann Lee"]),
        ("By Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ],
    ids=["string", "person", "list", "given-family", "byline-string"],
)
def test_jsonld_author_forms(author: Any, expected: list[str]) -> None:
    html = page(ld({"@context": "https://schema.org", "@type": "NewsArticle", "author": author}))
    assert meta_of(html).authors == expected


def test_jsonld_author_by_graph_id() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "H", "author": {"@id": "#p1"}},
            {"@type": "Person", "@id": "#p1", "name": "Ann Lee"},
        ],
    }
    assert meta_of(page(ld(graph))).authors == ["Ann Lee"]


def test_meta_author_and_rel_author_and_visible_byline() -> None:
    assert meta_of(page('<meta name="author" content="Ann Lee">')).authors == ["Ann Lee"]
    rel = page(body='<h1>H</h1><p>By <a rel="author" href="/a/ann">Ann Lee</a></p><p>x</p>')
    assert meta_of(rel).authors == ["Ann Lee"]
    text = page(body="<h1>Headline</h1><p>By Ann Lee and Bo Chen, Gazette staff</p><p>x</p>")
    assert meta_of(text).authors == ["Ann Lee", "Bo Chen"]


def test_meta_author_url_is_not_a_name() -> None:
    html = page('<meta property="article:author" content="https://facebook.com/someone">')
    assert meta_of(html).authors == []


def test_credentials_and_job_titles_are_not_names() -> None:
    html = page(body='<h1>H</h1><div class="byline">By Ann Lee, MD</div><p>x</p>')
    assert meta_of(html).authors == ["Ann Lee"]
    html = page(body='<h1>H</h1><div class="author-name">Ben Cole Games Editor</div><p>x</p>')
    assert meta_of(html).authors == ["Ben Cole"]


def test_dates_are_timezone_aware_when_given() -> None:
    html = page(
        ld({"@type": "NewsArticle", "datePublished": "2025-03-01T10:00:00+01:00"})
        + '<meta property="article:modified_time" content="2025-03-02T08:30:00Z">'
    )
    meta = meta_of(html)
    assert meta.published == datetime(2025, 3, 1, 10, tzinfo=timezone(timedelta(hours=1)))
    assert meta.modified == datetime(2025, 3, 2, 8, 30, tzinfo=timezone.utc)


def test_time_element_and_named_zones() -> None:
    html = page(body='<p><time datetime="2024-05-06 14:00 EDT">May 6</time></p>')
    published = meta_of(html).published
    assert published is not None
    assert published.utcoffset() == timedelta(hours=-4)


def test_unparseable_dates_are_none() -> None:
    html = page('<meta property="article:published_time" content="last Tuesday-ish">')
    assert meta_of(html).published is None


def test_title_sources_and_site_suffix() -> None:
    title = "<title>Big storm hits coast | Daily Planet</title>"
    assert meta_of(page(title)).title == "Big storm hits coast"
    og = '<meta property="og:title" content="Declared headline">'
    assert meta_of(page(og + "<title>Other | Site</title>")).title == "Declared headline"
    head = ld({"@type": "NewsArticle", "headline": "JSON-LD headline"}) + og
    assert meta_of(page(head)).title == "JSON-LD headline"
    site = '<meta property="og:site_name" content="Planet"><meta property="og:title" content='
    assert meta_of(page(site + '"A headline - Planet">')).title == "A headline"
    assert meta_of(page(body="<h1>Only an h1</h1><p>x</p>")).title == "Only an h1"


def test_publisher_canonical_language_section_description() -> None:
    head = (
        ld(
            {
                "@type": "NewsArticle",
                "publisher": {"@type": "NewsMediaOrganization", "name": "The Gazette"},
                "articleSection": "World",
            }
        )
        + '<link rel="canonical" href="/world/storm">'
        + '<meta name="description" content="A storm summary.">'
    )
    meta = meta_of(page(head, lang="en_GB"), url="https://gazette.example/x?utm=1")
    assert meta.publisher == "The Gazette"
    assert meta.canonical_url == "https://gazette.example/world/storm"
    assert meta.language == "en-GB"
    assert meta.section == "World"
    assert meta.description == "A storm summary."


@pytest.mark.parametrize(
    ("declared", "genre"),
    [
        ("NewsArticle", "news"),
        ("ReportageNewsArticle", "news"),
        ("OpinionNewsArticle", "opinion"),
        ("AnalysisNewsArticle", "analysis"),
        ("AdvertiserContentArticle", "sponsored"),
        ("SatiricalArticle", "satire"),
        ("BlogPosting", "other"),
    ],
)
def test_article_type_and_genre(declared: str, genre: str) -> None:
    meta = meta_of(page(ld({"@type": declared, "headline": "H"})))
    assert meta.article_type == declared
    assert meta.genre == genre


def test_most_specific_type_wins_in_a_list() -> None:
    meta = meta_of(page(ld({"@type": ["NewsArticle", "OpinionNewsArticle"], "headline": "H"})))
    assert meta.article_type == "OpinionNewsArticle"


def test_opinion_section_sets_genre_of_plain_news_type() -> None:
    head = ld({"@type": "NewsArticle", "headline": "H", "articleSection": "Opinion"})
    assert meta_of(page(head)).genre == "opinion"


def test_policies_from_jsonld_publisher_and_link_text() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Gazette",
                "correctionsPolicy": "https://gazette.example/corrections",
                "ethicsPolicy": {"@type": "CreativeWork", "url": "https://gazette.example/ethics"},
            },
        }
    )
    body = (
        "<p>Story.</p><footer><a href='/standards/anonymous-sources'>Our use of anonymous "
        "sources</a> <a href='/masthead'>Masthead</a> <a href='/about'>About us</a></footer>"
    )
    meta = meta_of(page(head, body), url="https://gazette.example/a")
    assert meta.policies == {
        "correctionsPolicy": "https://gazette.example/corrections",
        "ethicsPolicy": "https://gazette.example/ethics",
        "unnamedSourcesPolicy": "https://gazette.example/standards/anonymous-sources",
        "masthead": "https://gazette.example/masthead",
        "about": "https://gazette.example/about",
    }


def test_long_link_text_is_not_a_policy_link() -> None:
    text = "Read how the council issued corrections to its flood budget after a review"
    body = f"<p><a href='/x'>{text}</a></p>"
    assert meta_of(page(body=body)).policies == {}


def test_listing_page_has_no_byline_or_date() -> None:
    teasers = "".join(
        f'<article><h2>Story {i}</h2><p class="byline">By Writer Number{i}</p>'
        f'<time datetime="2025-01-0{i}T10:00:00Z">Jan {i}</time></article>'
        for i in range(1, 6)
    )
    meta = meta_of(page('<meta property="og:type" content="website">', teasers))
    assert meta.authors == []
    assert meta.published is None


def test_plain_text_byline() -> None:
    meta = meta_of("Council backs bridge\n\nBy Ann Lee and Bo Chen\n\nThe council voted on Monday.")
    assert meta.authors == ["Ann Lee", "Bo Chen"]
