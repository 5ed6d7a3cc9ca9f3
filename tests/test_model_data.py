"""Loaders of labelled articles, on tiny synthetic data sets written by the tests."""

import json
from pathlib import Path

import pytest

from trustscore import _data as data
from trustscore.errors import DataError

WORDS = " ".join(f"word{i}" for i in range(60))


def _buzzfeed(tmp_path: Path) -> Path:
    root = tmp_path / data.BUZZFEED
    root.mkdir()
    text = "First paragraph with a link here. " + WORDS
    rows = [
        {
            "id": "0001",
            "veracity": "mostly true",
            "title": "A title of five words at least",
            "author": "Ann Writer",
            "uri": "https://www.example.com/a",
            "mainText": text,
            "paragraphs": [[0, 33], [34, len(text)]],
            "hyperlinks": [[23, 27, "https://source.example.org/doc"]],
        },
        {
            "id": "0002",
            "veracity": "mixture of true and false",
            "title": "Another",
            "uri": "http://politi.co/xyz",
            "mainText": "Other text " + WORDS,
            "paragraphs": [[0, 10]],
        },
        {
            "id": "0003",
            "veracity": "no factual content",
            "title": "Opinion",
            "uri": "https://example.net/c",
            "mainText": "Something",
            "paragraphs": [[0, 9]],
        },
    ]
    (root / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return root


def test_buzzfeed_labels_and_exclusions(tmp_path: Path) -> None:
    records = data.load_buzzfeed(_buzzfeed(tmp_path))
    assert [(r.id, r.label) for r in records] == [
        ("buzzfeed-webis-2016:0001", 1),
        ("buzzfeed-webis-2016:0002", 0),
    ]


def test_buzzfeed_builds_html_with_links_and_byline(tmp_path: Path) -> None:
    record = data.load_buzzfeed(_buzzfeed(tmp_path))[0]
    assert '<a href="https://source.example.org/doc">link</a>' in record.source
    assert '<meta name="author" content="Ann Writer">' in record.source
    assert record.source.count("<p>") == 2
    assert record.group == "example.com"


def test_shortener_urls_are_grouped_by_their_site(tmp_path: Path) -> None:
    assert data.load_buzzfeed(_buzzfeed(tmp_path))[1].group == "politico.com"


def _semeval(tmp_path: Path) -> Path:
    root = tmp_path / data.SEMEVAL
    root.mkdir()
    (root / "articles-training-byarticle-20181122.xml").write_text(
        '<?xml version="1.0"?><articles>'
        '<article id="1" title="T one" published-at="2017-01-02">Lead '
        '<p>Body <a href="https://x.example/y" type="external">x</a> &amp; more</p></article>'
        '<article id="2" title="T two"><p>Calm text.</p></article></articles>'
    )
    (root / "ground-truth-training-byarticle-20181122.xml").write_text(
        '<?xml version="1.0"?><articles>'
        '<article id="1" hyperpartisan="true" url="https://news.example.com/1"/>'
        '<article id="2" hyperpartisan="false" url="https://other.example.org/2"/></articles>'
    )
    return root


def test_semeval_maps_hyperpartisan_to_untrustworthy(tmp_path: Path) -> None:
    records = data.load_semeval(_semeval(tmp_path))
    assert [(r.label, r.group) for r in records] == [(0, "example.com"), (1, "example.org")]


def test_semeval_keeps_paragraph_and_link_markup(tmp_path: Path) -> None:
    source = data.load_semeval(_semeval(tmp_path))[0].source
    assert '<a href="https://x.example/y" type="external">x</a>' in source
    assert "&amp; more</p>" in source
    assert 'content="2017-01-02"' in source


def test_semeval_without_ground_truth_is_a_data_error(tmp_path: Path) -> None:
    root = _semeval(tmp_path)
    (root / "ground-truth-training-byarticle-20181122.xml").write_text("<articles/>")
    with pytest.raises(DataError):
        data.load_semeval(root)


def _fakenewsnet(tmp_path: Path) -> Path:
    root = tmp_path / data.FAKENEWSNET
    for collection, kind, name, url in [
        ("BuzzFeed", "FakeNewsContent", "BuzzFeed_Fake_1", "http://fake.example.com/a"),
        ("PolitiFact", "RealNewsContent", "PolitiFact_Real_1", "http://cnn.it/abc"),
        ("PolitiFact", "RealNewsContent", "PolitiFact_Real_2", None),
    ]:
        folder = root / "Data" / collection / kind
        folder.mkdir(parents=True, exist_ok=True)
        row = {
            "title": f"Title of {name}",
            "text": "Para one.\n\nPara two " + WORDS if "2" not in name else "",
            "authors": "['A. Person', 'B. Person']",
            "canonical_link": url,
        }
        (folder / f"{name}-Webpage.json").write_text(json.dumps(row))
    return root


def test_fakenewsnet_labels_groups_and_empty_texts(tmp_path: Path) -> None:
    records = data.load_fakenewsnet(_fakenewsnet(tmp_path))
    assert [(r.label, r.group) for r in records] == [(0, "example.com"), (1, "cnn.com")]
    assert 'content="A. Person, B. Person"' in records[0].source
    assert records[0].source.count("<p>") == 2


def test_fakenewsnet_without_files_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        data.load_fakenewsnet(tmp_path)


def test_deduplicate_keeps_first_by_text_or_title() -> None:
    def rec(i: str, title: str, body: str) -> data.LabelledArticle:
        source = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}"
        return data.LabelledArticle(i, "x", source, None, 1, "g", "r")

    records = [
        rec("a", "One two three four five", "<p>alpha beta</p>"),
        rec("b", "Different title words here now", "<p>alpha beta</p>"),
        rec("c", "One two three four five", "<p>gamma</p>"),
        rec("d", "Short", "<p>delta</p>"),
        rec("e", "Short", "<p>epsilon</p>"),
    ]
    assert [r.id for r in data.deduplicate(records)] == ["a", "d", "e"]


def test_long_enough_drops_short_texts() -> None:
    short = data.LabelledArticle("s", "x", "<p>too short</p>", None, 1, "g", "r")
    long = data.LabelledArticle("l", "x", f"<p>{WORDS}</p>", None, 1, "g", "r")
    assert data.long_enough([short, long]) == [long]


def test_domain_ratings_become_weak_labels(tmp_path: Path) -> None:
    folder = tmp_path / "lin2023" / "data"
    folder.mkdir(parents=True)
    (folder / "domain_pc1.csv").write_text(
        "domain,pc1\ngood.com,0.9\nbad.com,0.1\nmiddle.com,0.5\n"
    )
    ratings = data.load_domain_ratings(tmp_path)
    records = [
        data.LabelledArticle(f"x:{d}", "x", "<p>t</p>", None, 1, d, "r")
        for d in ("good.com", "bad.com", "middle.com", "unrated.com")
    ]
    weak = data.with_domain_labels(records, ratings)
    assert [(r.group, r.label, r.dataset) for r in weak] == [
        ("good.com", 1, data.DOMAIN_WEAK),
        ("bad.com", 0, data.DOMAIN_WEAK),
    ]


def test_weak_label_bounds() -> None:
    assert data.weak_label(data.WEAK_RELIABLE_MIN) == 1
    assert data.weak_label(data.WEAK_UNRELIABLE_MAX) is None
    assert data.weak_label(data.WEAK_UNRELIABLE_MAX - 0.01) == 0


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_user_jsonl_records(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        json.dumps({"html": "<p>a</p>", "url": "https://www.site.co.uk/x", "label": 1}),
        json.dumps({"text": "plain", "label": False, "group": "mine"}),
        "",
        json.dumps({"text": "plain", "label": 0}),
    )
    records = data.load_jsonl(path)
    assert [(r.label, r.group) for r in records] == [(1, "site.co.uk"), (0, "mine"), (0, "line-4")]


@pytest.mark.parametrize(
    "line",
    [
        '{"text": "a", "label": 2}',
        '{"text": "a"}',
        '{"label": 1}',
        '{"text": "  ", "label": 1}',
        '{"text": "a", "label": 1, "url": 5}',
        "[1, 2]",
        "{not json",
    ],
)
def test_user_jsonl_errors(tmp_path: Path, line: str) -> None:
    with pytest.raises(DataError):
        data.load_jsonl(_jsonl(tmp_path, line))


def test_empty_user_jsonl_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        data.load_jsonl(_jsonl(tmp_path, ""))


def test_missing_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        data.load_jsonl(tmp_path / "absent.jsonl")
