"""Labelled articles for training and evaluation, from the public data sets and users' JSONL.

Every loader returns :class:`LabelledArticle` records with one label convention: ``1`` means
trustworthy (the article is one professional raters would call reliable), ``0`` untrustworthy.
How each data set's own labels map to it is defined in docs/model-card.md. The group of a
record is the registrable domain of the site that published it (or the user's ``group``), so
grouped cross-validation never puts one publisher in both training and test folds.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from trustscore._urls import domain_of
from trustscore.errors import DataError

BUZZFEED = "buzzfeed-webis-2016"
SEMEVAL = "semeval2019-hyperpartisan-byarticle"
FAKENEWSNET = "fakenewsnet-v1"
DOMAIN_WEAK = "domain-ratings"
USER = "user"

UNKNOWN_GROUP = "unknown"
"""Group of records whose publisher cannot be told (kept together: the conservative choice)."""

BUZZFEED_LABELS: Mapping[str, int | None] = {
    "mostly true": 1,
    "mixture of true and false": 0,
    "mostly false": 0,
    "no factual content": None,
}
"""BuzzFeed-Webis veracity -> label; None excludes (see docs/model-card.md for why)."""

# Link shorteners used as article URLs in FakeNewsNet, mapped to the site they point to.
_SHORTENERS: Mapping[str, str] = {
    "politi.co": "politico.com",
    "cnn.it": "cnn.com",
    "abcn.ws": "go.com",
}

WEAK_RELIABLE_MIN = 0.6
"""Lin et al. (2023) pc1 at or above this -> weak label 1. pc1 is a 0-1 aggregate of NewsGuard,
MBFC and other ratings; 0.6 mirrors NewsGuard's pass mark of 60/100."""
WEAK_UNRELIABLE_MAX = 0.4
"""pc1 below this -> weak label 0; domains between the two bounds get no weak label."""


@dataclass(frozen=True)
class LabelledArticle:
    """One article with its label, ready for trustscore.analyze."""

    id: str
    """Unique id: '<dataset>:<id in the data set>'."""
    dataset: str
    source: str
    """The article as HTML (or plain text when the data set has no markup)."""
    url: str | None
    label: int
    """1 trustworthy, 0 untrustworthy."""
    group: str
    """Publisher: the registrable domain of its site, or the user's group."""
    raw_label: str
    """The data set's own label, for reference."""

    def fingerprints(self) -> tuple[str, ...]:
        """Keys that identify the article across sets: its opening words and its title."""
        keys = [text_fingerprint(_strip_tags(self.source))]
        title = _TITLE.search(self.source)
        if title:
            words = _TOKEN.findall(html.unescape(title.group(1)).lower())
            if len(words) >= MIN_TITLE_WORDS:
                keys.append("title:" + " ".join(words))
        return tuple(keys)


_TAG = re.compile(r"<[^<>]{0,2000}>")
_TITLE = re.compile(r"<title>([^<]{0,2000})</title>")
MIN_TITLE_WORDS = 5
"""Titles this long are specific enough to identify an article (short ones like "Live updates"
repeat across different articles)."""
MIN_WORDS = 50
"""Articles shorter than this are left out of the public sets: in them they are capture failures
("The document has moved here", empty pages), not articles a rater judged."""
_TOKEN = re.compile(r"\w+")
FINGERPRINT_WORDS = 40
"""Words of body text compared to find duplicates: enough to make chance matches impossible,
few enough that extraction differences at the end of articles do not hide a duplicate."""


def _strip_tags(source: str) -> str:
    body = source.split("</h1>", 1)[-1]
    return html.unescape(_TAG.sub(" ", body))


def text_fingerprint(text: str) -> str:
    """SHA-256 of the first FINGERPRINT_WORDS lower-cased word tokens of text."""
    words = _TOKEN.findall(text.lower())[:FINGERPRINT_WORDS]
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def _page(
    title: str | None,
    body_html: str,
    *,
    author: str | None = None,
    published: str | None = None,
) -> str:
    """A minimal HTML page around an article body (title, byline meta, date meta)."""
    head = []
    if title:
        head.append(f"<title>{html.escape(title)}</title>")
    if author:
        head.append(f'<meta name="author" content="{html.escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{html.escape(published)}">')
    h1 = f"<h1>{html.escape(title)}</h1>" if title else ""
    return (
        f"<!DOCTYPE html><html><head>{''.join(head)}</head>"
        f"<body><article>{h1}{body_html}</article></body></html>"
    )


def _group(url: str | None) -> str:
    domain = domain_of(url)
    if not domain:
        return UNKNOWN_GROUP
    return _SHORTENERS.get(domain, domain)


def _read_json_lines(path: Path) -> Iterator[tuple[int, object]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, json.loads(line)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: invalid JSON: {exc}") from None


def _linked_paragraph(text: str, start: int, links: list[tuple[int, int, str]]) -> str:
    """One paragraph as HTML, with the data set's hyperlinks (offsets into the full text)."""
    out, pos = [], 0
    for link_start, link_end, href in links:
        a, b = link_start - start, link_end - start
        if a < pos or b > len(text) or a >= b:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f'<a href="{html.escape(href)}">{html.escape(text[a:b])}</a>')
        pos = b
    out.append(html.escape(text[pos:]))
    return "<p>" + "".join(out) + "</p>"


def load_buzzfeed(root: Path) -> list[LabelledArticle]:
    """BuzzFeed-Webis Fake News Corpus 2016 (articles.jsonl), as HTML with its links."""
    records = []
    for _, row in _read_json_lines(root / "articles.jsonl"):
        if not isinstance(row, dict):
            raise DataError(f"{root}: a line is not an object")
        label = BUZZFEED_LABELS.get(row["veracity"])
        if label is None:
            continue
        text: str = row["mainText"]
        links = sorted((int(s), int(e), str(h)) for s, e, h in row.get("hyperlinks", []))
        paragraphs = []
        for start, end in row.get("paragraphs", []):
            piece = text[start:end]
            if piece.strip():
                inside = [link for link in links if start <= link[0] and link[1] <= end]
                paragraphs.append(_linked_paragraph(piece, start, inside))
        url = row.get("uri") or None
        records.append(
            LabelledArticle(
                id=f"{BUZZFEED}:{row['id']}",
                dataset=BUZZFEED,
                source=_page(row.get("title"), "".join(paragraphs), author=row.get("author")),
                url=url,
                label=label,
                group=_group(url),
                raw_label=row["veracity"],
            )
        )
    return records


def _inner_html(element: etree._Element) -> str:
    parts = [html.escape(element.text or "")]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", method="html", with_tail=False))
        parts.append(html.escape(child.tail or ""))
    return "".join(parts)


def _parse_xml(path: Path) -> etree._Element:
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        return etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from None


def load_semeval(root: Path) -> list[LabelledArticle]:
    """SemEval-2019 Task 4 by-article training set; hyperpartisan -> 0, not -> 1."""
    truth = {
        a.get("id"): (a.get("hyperpartisan"), a.get("url"))
        for a in _parse_xml(root / "ground-truth-training-byarticle-20181122.xml")
    }
    records = []
    for article in _parse_xml(root / "articles-training-byarticle-20181122.xml"):
        key = article.get("id")
        if key not in truth:
            raise DataError(f"{root}: article {key} has no ground truth")
        hyperpartisan, url = truth[key]
        body = _inner_html(article)
        records.append(
            LabelledArticle(
                id=f"{SEMEVAL}:{key}",
                dataset=SEMEVAL,
                source=_page(article.get("title"), body, published=article.get("published-at")),
                url=url,
                label=0 if hyperpartisan == "true" else 1,
                group=_group(url),
                raw_label=f"hyperpartisan={hyperpartisan}",
            )
        )
    return records


def _fnn_authors(raw: object) -> str | None:
    # The set stores author lists as Python reprs ("['A', 'B']"): read names, never eval.
    names = re.findall(r"'([^'\n]{1,200})'", str(raw or ""))
    return ", ".join(names) or None


def load_fakenewsnet(root: Path) -> list[LabelledArticle]:
    """FakeNewsNet v1 (BuzzFeed and PolitiFact collections): fake -> 0, real -> 1."""
    records = []
    files = sorted((root / "Data").glob("*/*NewsContent/*-Webpage.json"))
    if not files:
        raise DataError(f"{root}: no FakeNewsNet article files")
    for path in files:
        collection, kind = path.parent.parent.name, path.parent.name
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"cannot read {path}: {exc}") from None
        text = str(row.get("text") or "")
        if not text.strip():
            continue
        url = row.get("canonical_link") or row.get("url") or row.get("source") or None
        body = "".join(
            f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", text) if p.strip()
        )
        fake = kind.startswith("Fake")
        records.append(
            LabelledArticle(
                id=f"{FAKENEWSNET}:{path.name.removesuffix('-Webpage.json')}",
                dataset=FAKENEWSNET,
                source=_page(row.get("title"), body, author=_fnn_authors(row.get("authors"))),
                url=url,
                label=0 if fake else 1,
                group=_group(url),
                raw_label=f"{collection} {'fake' if fake else 'real'}",
            )
        )
    return records


def load_domain_ratings(root: Path) -> dict[str, float]:
    """Lin et al. (2023) domain quality pc1 (0-1) by registrable domain."""
    path = root / "lin2023" / "data" / "domain_pc1.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["domain"].lower(): float(row["pc1"]) for row in csv.DictReader(handle)}
    except (OSError, KeyError, ValueError) as exc:
        raise DataError(f"cannot read {path}: {exc}") from None


def weak_label(rating: float) -> int | None:
    """A domain rating as a weak article label: 1, 0, or None inside the uncertain band."""
    if rating >= WEAK_RELIABLE_MIN:
        return 1
    if rating < WEAK_UNRELIABLE_MAX:
        return 0
    return None


def with_domain_labels(
    records: Iterable[LabelledArticle], ratings: Mapping[str, float]
) -> list[LabelledArticle]:
    """Relabel articles by their publisher's rating (weak labels); unrated ones are dropped."""
    out = []
    for record in records:
        rating = ratings.get(record.group)
        label = None if rating is None else weak_label(rating)
        if label is not None:
            out.append(
                replace(
                    record,
                    id=f"{DOMAIN_WEAK}:{record.id}",
                    dataset=DOMAIN_WEAK,
                    label=label,
                    raw_label=f"pc1={rating:.3f}",
                )
            )
    return out


def deduplicate(records: Iterable[LabelledArticle]) -> list[LabelledArticle]:
    """Keep the first record of each article (same opening words or same long title)."""
    seen: set[str] = set()
    out = []
    for record in records:
        keys = record.fingerprints()
        if not seen.intersection(keys):
            out.append(record)
        seen.update(keys)
    return out


def long_enough(records: Iterable[LabelledArticle]) -> list[LabelledArticle]:
    """Records whose text has at least MIN_WORDS words."""
    return [r for r in records if len(_TOKEN.findall(_strip_tags(r.source))) >= MIN_WORDS]


def load_all(labels_dir: Path) -> list[LabelledArticle]:
    """The three article-level sets, deduplicated (BuzzFeed-Webis, SemEval, FakeNewsNet order)."""
    records = [
        *load_buzzfeed(labels_dir / BUZZFEED),
        *load_semeval(labels_dir / SEMEVAL),
        *load_fakenewsnet(labels_dir / FAKENEWSNET),
    ]
    return deduplicate(long_enough(records))


def _user_label(value: object, where: str) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    raise DataError(f"{where}: label must be 0, 1, true or false, not {value!r}")


def load_jsonl(path: Path) -> list[LabelledArticle]:
    """A user's JSONL: one object per line {"html"|"text", "url"?, "label", "group"?}."""
    records = []
    for number, row in _read_json_lines(path):
        where = f"{path}:{number}"
        if not isinstance(row, dict):
            raise DataError(f"{where}: each line must be a JSON object")
        source = row.get("html", row.get("text"))
        if not isinstance(source, str) or not source.strip():
            raise DataError(f'{where}: needs a non-empty "html" or "text" string')
        url = row.get("url")
        if url is not None and not isinstance(url, str):
            raise DataError(f'{where}: "url" must be a string')
        group = row.get("group")
        if group is None:
            domain = domain_of(url)
            group = domain if domain else f"line-{number}"
        records.append(
            LabelledArticle(
                id=f"{USER}:{number}",
                dataset=USER,
                source=source,
                url=url,
                label=_user_label(row.get("label"), where),
                group=str(group),
                raw_label=str(row.get("label")),
            )
        )
    if not records:
        raise DataError(f"{path}: no articles")
    return records


def article_text(record: LabelledArticle) -> str:
    """The record's article text without markup or title (what a bag-of-words model reads)."""
    return " ".join(_strip_tags(record.source).split())
