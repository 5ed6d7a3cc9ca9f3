"""Sourcing signals and typed sources: golden tests on our annotated set, formulas, pipeline."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from repo_scripts import load_script

import trustscore
from trustscore._signals import ArticleBody
from trustscore._sourcing import SIGNAL_NAMES, sources_and_quotes, sourcing_signals

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sourcing"
SIGNALS = SIGNAL_NAMES  # the family's names, in the order it reports them


def _items() -> list[Any]:
    out = []
    for name in ("attributions.jsonl", "heldout.jsonl"):
        for n, line in enumerate((FIXTURES / name).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(pytest.param(json.loads(line), id=f"{name}:{n}"))
    return out


def _body(text: str) -> ArticleBody:
    return ArticleBody(paragraphs=tuple(text.split("\n\n")))


@pytest.mark.parametrize("item", _items())
def test_golden_sources(item: dict[str, Any]) -> None:
    sources, _ = sources_and_quotes(_body(item["text"]))
    got = sorted((s.kind, s.social_media, s.via or "") for s in sources)
    want = sorted((g["kind"], g["social_media"], g["via"] or "") for g in item["attributions"])
    assert got == want
    for s, g in zip(sorted(sources, key=lambda s: s.start), item["attributions"], strict=True):
        assert g["cue"] in (s.cue or "") or (s.cue or "") in g["cue"]


def test_fixture_set_covers_every_kind_and_hard_case() -> None:
    items = [json.loads(x) for x in (FIXTURES / "attributions.jsonl").read_text().splitlines()]
    kinds = [a["kind"] for it in items for a in it["attributions"]]
    assert len(kinds) >= 60
    assert {"named", "anonymous", "organization"} <= set(kinds)
    assert sum(a["social_media"] for it in items for a in it["attributions"]) >= 5
    assert any(not it["attributions"] for it in items)  # look-alikes with no attribution


ARTICLE = (
    "“We will not raise taxes,” said Finance Minister Ana Ruiz.",
    "Officials familiar with the talks said a deal was close. Another said: “Nothing is agreed.”",
    "The ministry said in a statement that talks would resume. Ruiz wrote on X that she was "
    "hopeful.",
    "The opposition did not respond to a request for comment.",
)


def test_signal_values_on_a_small_article() -> None:
    body = ArticleBody(paragraphs=ARTICLE)
    values = sourcing_signals(None, body).values  # type: ignore[arg-type]
    assert set(values) == set(SIGNALS)
    assert values["named_source_count"] == 2
    assert values["anonymous_source_count"] == 2
    assert values["organization_source_count"] >= 1
    assert values["distinct_named_sources"] == 1
    assert values["named_source_ratio"] == pytest.approx(2 / 4)
    assert values["quote_count"] == 2
    assert values["right_of_reply"] is True


def test_evidence_spans_point_into_body_text() -> None:
    body = ArticleBody(paragraphs=ARTICLE)
    result = sourcing_signals(None, body)  # type: ignore[arg-type]
    assert result.evidence
    for spans in result.evidence.values():
        for sp in spans:
            assert body.text[sp.start : sp.end] == sp.text
    [reply] = result.evidence["right_of_reply"]
    assert reply.text == "did not respond to a request"


def test_undefined_values_are_none_not_zero() -> None:
    values = sourcing_signals(None, ArticleBody(paragraphs=())).values  # type: ignore[arg-type]
    assert values["named_source_ratio"] is None
    assert values["social_media_source_share"] is None
    assert values["quoted_word_share"] is None
    assert values["top_speaker_quote_share"] is None
    assert values["speaker_balance"] is None
    assert values["named_source_count"] == 0
    assert values["right_of_reply"] is False


def test_speaker_balance_is_normalised_entropy() -> None:
    two_equal = ArticleBody(
        paragraphs=(
            "“One two three four,” said Ana Ruiz.",
            "“Five six seven eight,” said Mark Reyes.",
        )
    )
    values = sourcing_signals(None, two_equal).values  # type: ignore[arg-type]
    assert values["speaker_balance"] == pytest.approx(1.0)
    assert values["top_speaker_quote_share"] == pytest.approx(0.5)
    uneven = ArticleBody(
        paragraphs=(
            "“One two three four five six,” said Ana Ruiz.",
            "“Seven eight,” said Mark Reyes.",
        )
    )
    values = sourcing_signals(None, uneven).values  # type: ignore[arg-type]
    p = 6 / 8
    expected = -(p * math.log(p) + (1 - p) * math.log(1 - p)) / math.log(2)
    assert values["speaker_balance"] == pytest.approx(expected)
    one = ArticleBody(paragraphs=("“Just me talking here,” said Ana Ruiz.",))
    assert sourcing_signals(None, one).values["speaker_balance"] == 0.0  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company declined to comment.",
        "Smith did not respond to a request for comment.",
        "We reached out to the ministry for comment.",
        "The agency could not be reached for comment.",
    ],
)
def test_right_of_reply_phrases(sentence: str) -> None:
    values = sourcing_signals(None, ArticleBody(paragraphs=(sentence,))).values  # type: ignore[arg-type]
    assert values["right_of_reply"] is True


def test_no_right_of_reply_without_the_phrases() -> None:
    body = ArticleBody(paragraphs=("The comment section was closed. Requests rose.",))
    assert sourcing_signals(None, body).values["right_of_reply"] is False  # type: ignore[arg-type]


def test_deterministic() -> None:
    body = ArticleBody(paragraphs=ARTICLE)
    a = sourcing_signals(None, body)  # type: ignore[arg-type]
    b = sourcing_signals(None, body)  # type: ignore[arg-type]
    assert a == b
    assert sources_and_quotes(body) == sources_and_quotes(body)


def test_pipeline_fills_sources_quotes_and_signals() -> None:
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + "</article></body></html>"
    )
    report = trustscore.analyze(html)
    assert {s.kind for s in report.sources} == {"named", "anonymous", "organization"}
    assert report.quotes and all(report.body.text[q.start : q.end] == q.text for q in report.quotes)
    assert report.signals["named_source_count"] == 2
    assert "right_of_reply" in report.evidence


@pytest.mark.parametrize(
    "text",
    [
        "“" * 40_000,
        "comment " * 40_000,
        ("He said, " * 10_000),
        "A" * 200_000,
        ("Ana Ruiz, " * 20_000) + "said it.",
        # the sixth session's name rules: short forms of bodies, records, anonymity clauses
        "Halvorsen Group Foods said it was fine. Halvorsen declined to comment on it. " * 3_000,
        "According to Northway’s Northway’s annual report, the company said it was fine. " * 3_000,
        "An employee who asked who spoke who asked not to be named said it was over. " * 3_000,
        "Ana Bell Cole was there. Dane Eve Fox was there. “It is over,” she said. " * 3_000,
        # the twelfth session's: lone names, pairs, long anonymity clauses, quoted names
        "Shares of Halvern Pay fell. Halvern said it. Lotovera's chief executive said. " * 3_000,
        "Grantley and Pipwell declined. Kinetta and the league both declined to comment. " * 2_500,
        "An official who asked not to be named because he was not authorised said it. " * 2_500,
        "The seller, who uses the name “greyfox,” wrote that it. The family said it. " * 2_500,
    ],
)
def test_adversarial_bodies_complete(text: str) -> None:
    result = sourcing_signals(None, ArticleBody(paragraphs=(text,)))  # type: ignore[arg-type]
    assert "quote_count" in result.values


def test_huge_body_is_read_up_to_the_limit() -> None:
    from trustscore._sourcing import MAX_ANALYSED_CHARS

    para = "“We will not back down,” said Finance Minister Ana Ruiz. Officials said talks failed."
    body = ArticleBody(paragraphs=(para,) * (3 * MAX_ANALYSED_CHARS // len(para)))
    result = sourcing_signals(None, body)  # type: ignore[arg-type]
    spans = [sp for spans in result.evidence.values() for sp in spans]
    assert spans and max(sp.end for sp in spans) <= MAX_ANALYSED_CHARS
    assert all(body.text[sp.start : sp.end] == sp.text for sp in spans)


# The sets by independent authors used to develop the rules (heldout9-14 in the sixth session,
# heldout17 and 20-25 in the seventh, 28-35 in the eighth): measured 0.774-1.00 per kind
# (named, anonymous, organisation), guarded at 0.75.
SIXTH_SESSION_SETS = (
    *(f"heldout{k}.jsonl" for k in range(9, 15)),
    *(f"heldout{k}.jsonl" for k in (17, 20, 21, 22, 23, 24, 25, *range(28, 36))),
)


@pytest.mark.parametrize(
    "name",
    [
        "heldout3.jsonl",
        "heldout4.jsonl",
        "heldout5.jsonl",
        "heldout7.jsonl",
        "heldout8.jsonl",
        *SIXTH_SESSION_SETS,
    ],
)
def test_later_heldout_sets_per_kind(name: str) -> None:
    """The newer sets are not all solved (docs/sourcing.md lists the misses); guard their level:
    every kind keeps precision and recall of at least 0.85 (measured 0.875-1.00), except
    heldout8's anonymous recall (0.786: a belief cue, a weak cue and an unnamed-company call,
    see docs/sourcing.md) and the sixth session's sets, guarded at 0.75."""
    counts = load_script("benchmarks/eval_attribution.py").kind_counts(FIXTURES / name)
    newer = name in SIXTH_SESSION_SETS
    for kind in ("named", "anonymous", "organization"):
        tp, npred, ngold = counts[kind]
        floor = 0.75 if newer or (name, kind) == ("heldout8.jsonl", "anonymous") else 0.85
        assert tp / npred >= (0.75 if newer else 0.85), kind
        assert tp / ngold >= floor, kind


@pytest.mark.parametrize(
    "name",
    [f"heldout{k}.jsonl" for k in (15, 16, 18, 19, 26, 27, 36, 37, *range(38, 102))],
)
def test_last_independent_sets_per_kind(name: str) -> None:
    """heldout15/16 (sixth session), heldout18/19, 26/27 (seventh), 36/37 (eighth), 38-47
    (ninth), 48-57 (tenth), 58-63 (eleventh), 64-67 (twelfth), 68-71 (thirteenth), 72-75
    (fourteenth), 76-79 (fifteenth), 80-83 (sixteenth), 84/85 (seventeenth), 86-89
    (eighteenth), 90-95 (nineteenth), 96-99 (twentieth) and 100/101 (twenty-first) were
    written without running anything and first run by the lead (first contact: 0.686-1.00
    per kind for named, anonymous and organisation, docs/sourcing.md); guard that level at
    0.65."""
    counts = load_script("benchmarks/eval_attribution.py").kind_counts(FIXTURES / name)
    for kind in ("named", "anonymous", "organization"):
        tp, npred, ngold = counts[kind]
        assert tp / npred >= 0.65 and tp / ngold >= 0.65, kind


def test_names_agree_on_our_sets() -> None:
    """Among matched sources of all our sets, the name follows the written convention
    (docs/sourcing.md): measured 0.955-0.993 per kind at the end of the sixth session."""
    script = load_script("benchmarks/eval_attribution.py")
    matched = agreed = 0
    for path in sorted(FIXTURES.glob("*.jsonl")):
        for kind, (tp, _, _, named) in script.kind_and_name_counts(path).items():
            if kind != "social_media":
                matched += tp
                agreed += named
    assert agreed / matched >= 0.93


def test_signal_names_are_what_the_family_reports() -> None:
    body = ArticleBody(paragraphs=("Ana Ruiz said the harbour would reopen on Monday.",))
    assert tuple(sourcing_signals(trustscore.parse("<p>x</p>"), body).values) == SIGNALS


PORTUGUESE = (
    "Prof. Carlos: Estou aqui ao lado do Eugênio, que já é de casa e trouxe uma série de "
    "brincadeiras para as crianças da escola.",
    "Eugênio: Estamos fazendo uma série de brincadeiras com o grupo, que é um trabalho que "
    "tenho aqui na universidade há muitos anos, com alunos e professores.",
    "Prof. Carlos: Então vamos mostrar uma pequena amostra das surpresas que estamos "
    "preparando para o próximo mês.",
)


def test_short_english_with_few_function_words_keeps_its_sources() -> None:
    text = (
        "Shares in Marlow Foods fell 9 percent after a forecast cut. “Demand has simply not "
        "come back,” chief financial officer Priya Anand told analysts on a call."
    )
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert [(s.kind, s.name) for s in sources] == [("named", "Priya Anand")]


def test_text_that_is_not_english_has_no_sources_and_no_sourcing_values() -> None:
    body = ArticleBody(paragraphs=PORTUGUESE)
    assert sources_and_quotes(body) == ([], [])
    result = sourcing_signals(trustscore.parse("<p>x</p>"), body)
    assert all(v is None for v in result.values.values())
    assert any("English" in w for w in result.warnings)
