"""PolNeAR smoke test: evaluation offsets map back to the files (skips without the data)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from repo_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "attribution" / "polnear"


def _eval_module() -> ModuleType:
    return load_script("benchmarks/eval_attribution.py")


@pytest.mark.skipif(not (DATA / "dev").exists(), reason="PolNeAR not available")
def test_predicted_spans_map_back_to_file_text() -> None:
    ev = _eval_module()
    checked = 0
    for text, ann in list(ev.files(DATA, "dev"))[:5]:
        gold = ev.read_gold(ann, text)
        assert gold["Cue"], ann
        pred = ev.predict(text)
        for spans in pred.values():
            for s, e in spans:
                assert 0 <= s < e <= len(text)
                assert text[s:e] == text[s:e].strip()
        checked += len(pred["Cue"])
    assert checked > 0


def test_overlap_matching_is_one_to_one() -> None:
    ev = _eval_module()
    gold = {(0, 10)}
    assert ev.match({(0, 5), (5, 10)}, gold, exact=False) == 1
    assert ev.match({(0, 10)}, gold, exact=True) == 1
    assert ev.match({(0, 9)}, gold, exact=True) == 0
    assert ev.match({(10, 12)}, gold, exact=False) == 0


def test_body_offsets_map_back_to_file() -> None:
    ev = _eval_module()
    text = "Title\nFirst line.\n\nSecond line."
    body, file_starts, body_starts = ev.body_for(text)
    i = body.text.index("Second")
    assert text[ev.to_file(i, file_starts, body_starts) :].startswith("Second")


def test_gold_quotes_are_direct_quote_contents_with_their_source(tmp_path: Path) -> None:
    text = "“We will win,” Ana Ruiz said. Officials said talks failed."
    ann = tmp_path / "a.ann"
    ann.write_text(
        "T1\tContent 0 14\t“We will win,”\nT2\tSource 15 23\tAna Ruiz\nT3\tCue 24 28\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
        "T4\tSource 30 39\tOfficials\nT5\tCue 40 44\tsaid\nT6\tContent 45 57\ttalks failed\n"
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n",
        encoding="utf-8",
    )
    ev = load_script("benchmarks/eval_quotes.py")
    gold = ev.read_gold_quotes(ann, text)
    assert gold == [((0, 14), (15, 23))]  # the indirect "talks failed" is no direct quote
    pred = ev.predicted_quotes(text)
    [(i, _)] = ev.match_quotes(pred, gold)
    source = pred[i][1]
    assert source is not None and text[source[0] : source[1]] == "Ana Ruiz"


def test_pieces_of_one_quote_are_one_predicted_quote() -> None:
    text = "“We will,” she said, “win the vote.”"
    ev = load_script("benchmarks/eval_quotes.py")
    assert [q for q, _ in ev.predicted_quotes(text)] == [(0, len(text))]
