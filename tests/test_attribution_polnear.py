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
