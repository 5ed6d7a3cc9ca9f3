"""The Document: blocks, links, JSON-LD, text input."""

from __future__ import annotations

import trustscore

PAGE = """<!doctype html><html lang="en"><head><title>Storm | Gazette</title>
<base href="https://news.example.com/world/">
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits the coast</h1>
<p>The storm <a href="https://www.noaa.gov/report">hit the coast</a> on Friday.<br><br>
Second paragraph after a double break.</p>
<div>Loose text <span>with inline</span><p>nested paragraph</p>tail text</div>
<script>var hidden = "never in blocks";</script>
<p hidden>hidden paragraph</p><p style="display: none">also hidden</p>
<ul><li>first item</li><li>second item</li></ul>
<p><a href="story2.html">Relative link</a> and <a href="javascript:void(0)">js</a></p>
</article></body></html>"""


def _doc() -> trustscore.Document:
    return trustscore.parse(PAGE, url="https://news.example.com/world/storm")


def test_blocks_are_in_reading_order() -> None:
    texts = [b.text for b in _doc().blocks]
    assert texts == [
        "Home World",
        "Storm hits the coast",
        "The storm hit the coast on Friday.",
        "Second paragraph after a double break.",
        "Loose text with inline",
        "nested paragraph",
        "tail text",
        "first item",
        "second item",
        "Relative link and js",
    ]


def test_scripts_and_hidden_elements_are_not_text() -> None:
    text = _doc().text
    assert "never in blocks" not in text
    assert "hidden paragraph" not in text
    assert "also hidden" not in text


def test_block_fields() -> None:
    blocks = _doc().blocks
    heading = blocks[1]
    assert heading.tag == "h1" and heading.heading == 1
    nav = blocks[0]
    assert nav.tag == "nav"
    assert "site" in nav.tokens and "nav" in nav.tokens
    assert nav.link_count == 2
    assert nav.link_density > 0.8
    assert blocks[4].path.endswith("article>div")
    assert blocks[7].tag == "li"
    assert [b.index for b in blocks] == list(range(len(blocks)))


def test_links_are_resolved_against_base_and_classified() -> None:
    links = {link.text: link for link in _doc().links}
    assert links["Home"].url == "https://news.example.com/"
    assert links["Relative link"].url == "https://news.example.com/world/story2.html"
    assert not links["Home"].external
    assert links["hit the coast"].external
    assert links["hit the coast"].block == 2
    assert "js" not in links  # javascript: links are not links
    positions = [link.position for link in _doc().links]
    assert positions == sorted(positions)


def test_subdomains_of_the_site_are_internal() -> None:
    doc = trustscore.parse(
        '<body><p><a href="https://video.example.co.uk/x">v</a></p></body>',
        url="https://www.example.co.uk/a",
    )
    assert not doc.links[0].external


def test_jsonld_graph_arrays_and_invalid_json() -> None:
    html = """<html><head>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "NewsArticle", "headline": "From graph"},
      {"@type": "Organization", "@id": "#org", "name": "Org"}]}</script>
    <script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": "WebPage"}]
    </script>
    <script type="application/ld+json">{"@type": "Broken", </script>
    <script type="application/ld+json">
    //<![CDATA[
    {"@type": "Person", "name": "Wrapped"}
    //]]>
    </script>
    </head><body><p>x</p></body></html>"""
    doc = trustscore.parse(html)
    types = [obj.get("@type") for obj in doc.jsonld]
    assert types == ["NewsArticle", "Organization", "BreadcrumbList", "WebPage", "Person"]
    assert any("invalid JSON-LD" in w for w in doc.warnings)
    assert doc.metadata.title == "From graph"


def test_text_input_paragraphs_split_on_blank_lines() -> None:
    doc = trustscore.parse("A short headline\n\nFirst para\ncontinues here.\n\n\n  Second para.  ")
    assert [b.text for b in doc.blocks] == [
        "A short headline",
        "First para continues here.",
        "Second para.",
    ]
    assert doc.blocks[0].heading == 1
    assert doc.metadata.title == "A short headline"


def test_text_input_sentence_first_line_is_not_a_headline() -> None:
    doc = trustscore.parse("This first line is a sentence.\n\nAnd another one follows.")
    assert doc.metadata.title is None


def test_soup_is_available_lazily() -> None:
    doc = _doc()
    assert "soup" not in doc.__dict__
    assert doc.soup.find("h1").get_text() == "Storm hits the coast"


def test_document_is_frozen() -> None:
    import dataclasses

    import pytest

    with pytest.raises(dataclasses.FrozenInstanceError):
        _doc().kind = "text"  # type: ignore[misc]


def test_same_input_same_document() -> None:
    a, b = _doc(), _doc()
    assert a.blocks == b.blocks and a.links == b.links and a.metadata == b.metadata


def test_noscript_is_read_when_it_holds_most_of_the_page() -> None:
    post = " ".join(f"Sentence {i} of the post tells what the council decided." for i in range(30))
    html = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        "<script>render()</script>"
        f"<noscript><div class='post'><h1>Council decision</h1><p>{post}</p></div></noscript>"
        "<footer>Powered by a blog engine</footer></body></html>"
    )
    doc = trustscore.parse(html)
    texts = [b.text for b in doc.blocks]
    assert "Council decision" in texts and post in texts
    assert texts[:2] == ["Home", "Powered by a blog engine"]  # the rest of the page comes first


def test_noscript_is_skipped_when_the_page_has_its_own_text() -> None:
    story = " ".join(f"Paragraph sentence {i} about the river." for i in range(20))
    html = (
        f"<html><body><article><p>{story}</p></article>"
        "<noscript><p>Please enable JavaScript to see the comments.</p></noscript>"
        "</body></html>"
    )
    texts = [b.text for b in trustscore.parse(html).blocks]
    assert texts == [story]
