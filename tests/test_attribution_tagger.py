"""Span tagger: features, decoding, spans, grouping into attributions, and the bundled model."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from repo_scripts import load_script

from trustscore._attribution import LEARNED_CLASS, find_attributions
from trustscore._attribution_tagger import (
    FEATURE_SCHEME,
    FORMAT_VERSION,
    LABELS,
    TEMPLATES,
    _viterbi,
    constraints,
    decode_weights,
    encode_weights,
    feature_strings,
    load_tagger,
    make_tagger,
)
from trustscore._attribution_tagging import (
    group_spans,
    sentence_units,
    tagged_attributions,
    tagged_spans,
    unit_attributes,
)
from trustscore._quotes import quote_spans
from trustscore._sentences import Sentences, tokenize
from trustscore._tagger_attributes import ATTRIBUTES, token_attributes
from trustscore.errors import ModelError

L = {name: k for k, name in enumerate(LABELS)}


def _bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _units(text: str, hints: frozenset[str] | None = None):  # type: ignore[no-untyped-def]
    bounds = _bounds(text)
    sentences = Sentences(text, quote_spans(text, bounds))
    atts, _ = find_attributions(text, bounds, learned=False, sentences=sentences)
    return sentence_units(sentences, bounds, atts, hints), atts


def test_missing_tagger_gives_none(tmp_path: Path) -> None:
    assert load_tagger(tmp_path / "absent.json") is None


@pytest.mark.parametrize(
    "content",
    ["{broken", json.dumps({"format_version": 999, "feature_scheme": "x"})],
)
def test_bad_tagger_file_raises(tmp_path: Path, content: str) -> None:
    path = tmp_path / "t.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ModelError):
        load_tagger(path)


def test_token_attributes_name_lexicon_rule_and_quote() -> None:
    text = "Ruiz said “we will win.”"
    toks = tokenize(text, 0, len(text))
    rule = ["SRC0", "CUE0", "CON0", "CON", "CON", "CON", "CON", "CON"]
    flags = [False, False, False, True, True, True, True, False]
    attrs = token_attributes(toks, rule, flags)
    assert len(attrs) == len(toks) and all(len(a) == len(ATTRIBUTES) for a in attrs)
    col = {a: k for k, a in enumerate(ATTRIBUTES)}
    assert attrs[1][col["w"]] == "said" and attrs[1][col["lex"]] == "speech"
    assert attrs[0][col["cap"]] == "B" and attrs[0][col["nc"]] == "Rsay"
    assert attrs[3][col["q"]] == "1" and attrs[0][col["sq"]] == "1"
    assert attrs[1][col["rule"]] == "CUE0"
    assert attrs == token_attributes(toks, rule, flags)  # deterministic


def test_quote_comma_and_cluster_attributes() -> None:
    text = "“No,” Ana Ruiz, the minister, said."
    toks = tokenize(text, 0, len(text))
    n = len(toks)
    attrs = token_attributes(toks, ["O"] * n, [False] * n, {"ruiz": "7", "said": "3"})
    col = {a: k for k, a in enumerate(ATTRIBUTES)}
    words = [t.lower for t in toks]
    ruiz, said, minister = words.index("ruiz"), words.index("said"), words.index("minister")
    assert attrs[0][col["qd"]] == "self" and attrs[ruiz][col["qd"]] == "L2"
    assert attrs[ruiz][col["cl"]] == "7" and attrs[said][col["cl"]] == "3"
    assert attrs[minister][col["cl"]] == "-"
    # a comma lies between "Ruiz" (and "minister") and "said"; not in "Ruiz said no."
    assert attrs[ruiz][col["cc"]] == "1" and attrs[minister][col["cc"]] == "1"
    assert attrs[said][col["cc"]] == "0" and attrs[said][col["sr"]] == "0"
    short = tokenize("Ruiz said no.", 0, 13)
    assert token_attributes(short, ["O"] * 4, [False] * 4)[0][col["cc"]] == "0"
    plain = tokenize("The sky is blue.", 0, 16)
    none = token_attributes(plain, ["O"] * 5, [False] * 5)
    assert {a[col["cc"]] for a in none} == {"none"} and {a[col["qd"]] for a in none} == {"none"}


def test_weights_survive_the_file_layout() -> None:
    state = {
        "w[0]": {"B-CUE": {"said": 1.5, "told": -0.25}, "O": {"said": -2.0}},
        "w[-1]": {"B-SRC": {"ruiz": 0.12}},
        "sh[0]": {"O": {"C": 0.5}},
    }
    values, weights = encode_weights(state)
    assert values["w"] == ["ruiz", "said", "told"]  # one list per attribute, not per template
    assert weights["w[0]"]["B-CUE"] == [1, 150, 1, -25]  # indices 1 and 2 as steps, hundredths
    assert decode_weights(values, weights) == state


def test_feature_strings_follow_the_templates() -> None:
    text = "Ruiz said no."
    toks = tokenize(text, 0, len(text))
    feats = feature_strings(token_attributes(toks, ["O"] * 4, [False] * 4))
    assert len(feats) == 4
    assert all(len(f) == len(TEMPLATES) + 1 for f in feats)
    assert "w[0]=said" in feats[1] and "w[-1]=ruiz" in feats[1] and "w[-2]=<p>" in feats[1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_viterbi_matches_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    trans, start = constraints()
    trans = trans + rng.normal(size=trans.shape)
    lens = np.array([3, 1, 0, 4, 2, 4])
    em = rng.normal(size=(int(lens.sum()), len(LABELS)))
    best = _viterbi(em, lens, trans, start)
    for s, n in enumerate(lens.tolist()):
        sent = em[int(lens[:s].sum()) :][:n]

        def score(path: tuple[int, ...], sent: np.ndarray = sent) -> float:  # type: ignore[type-arg]
            total = start[path[0]] + sum(sent[i, lab] for i, lab in enumerate(path))
            return float(total + sum(trans[a, b] for a, b in itertools.pairwise(path)))

        brute = max(itertools.product(range(len(LABELS)), repeat=n), key=score) if n else ()
        assert tuple(best[s]) == brute


def test_viterbi_decodes_each_sentence_as_if_alone() -> None:
    rng = np.random.default_rng(7)
    trans, start = constraints()
    trans = trans + rng.normal(size=trans.shape)
    lens = rng.integers(0, 30, size=200)
    em = rng.normal(size=(int(lens.sum()), len(LABELS)))
    together = _viterbi(em, lens, trans, start)
    offsets = np.cumsum(lens) - lens
    for s in range(len(lens)):
        alone = _viterbi(em[offsets[s] : offsets[s] + lens[s]], lens[s : s + 1], trans, start)
        assert together[s] == alone[0]


def _toy_tagger():  # type: ignore[no-untyped-def]
    """Tags rule cues as cues, a capitalised word before a cue as source, the rest content."""
    n = len(LABELS)

    state = {
        "rule[0]": {
            "B-CUE": {"CUE0": 9.0},
            "I-CUE": {"CUE": 9.0},
            "B-SRC": {"SRC0": 9.0},
            "I-SRC": {"SRC": 9.0},
            "B-CON": {"CON0": 9.0},
            "I-CON": {"CON": 9.0},
        },
    }
    return make_tagger(state, [1.0] + [0.0] * (n - 1), [[0.0] * n for _ in range(n)], ["said"])


def test_toy_tagger_copies_rule_spans() -> None:
    text = "Ana Ruiz said the plan will fail."
    units, atts = _units(text)
    tagger = _toy_tagger()
    labels = tagger.tag([unit_attributes(u) for u in units])
    spans = tagged_spans(units, labels)
    assert [(k, text[s:e]) for k, s, e in spans] == [
        ("SRC", "Ana Ruiz"),
        ("CUE", "said"),
        ("CON", "the plan will fail"),
    ]
    [a] = group_spans(text, spans, units, atts)
    assert a.lemma == "say" and a.cue_class == "speech"
    assert a.source is not None and text[a.source[0] : a.source[1]] == "Ana Ruiz"


def _labels_of(units, names: list[list[str]]) -> list[list[int]]:  # type: ignore[no-untyped-def]
    assert [len(u.tokens) for u in units] == [len(n) for n in names]
    return [[L[x] for x in n] for n in names]


def test_content_around_source_and_cue_is_one_span() -> None:
    text = "“We will,” she said, “win.”"
    units, _ = _units(text)
    [u] = units
    words = ["“", "We", "will", ",", "”", "she", "said", ",", "“", "win", ".", "”"]
    assert [t.text for t in u.tokens] == words
    names = ["B-CON"] + ["I-CON"] * 4 + ["B-SRC", "B-CUE", "O", "B-CON"] + ["I-CON"] * 3
    spans = tagged_spans(units, _labels_of(units, [names]))
    contents = [(s, e) for k, s, e in spans if k == "CON"]
    assert len(contents) == 1 and contents[0][0] == 0


def test_content_continues_into_the_next_sentence() -> None:
    text = "Ruiz said the plan was bad. It will fail soon."
    units, _ = _units(text, hints=None)
    assert len(units) == 2
    first = ["B-SRC", "B-CUE"] + ["B-CON"] + ["I-CON"] * (len(units[0].tokens) - 3)
    second = ["I-CON"] * len(units[1].tokens)
    spans = tagged_spans(units, _labels_of(units, [first, second]))
    [content] = [(s, e) for k, s, e in spans if k == "CON"]
    assert text[content[0] : content[1]] == "the plan was bad. It will fail soon."


def test_learned_cue_has_learned_class_and_nearest_source() -> None:
    text = "Ruiz frobnicated the plan."
    units, atts = _units(text, hints=None)
    assert atts == []
    names = [["B-SRC", "B-CUE", "B-CON", "I-CON", "O"]]
    spans = tagged_spans(units, _labels_of(units, names))
    [a] = group_spans(text, spans, units, atts)
    assert a.cue_class == LEARNED_CLASS and a.lemma == "frobnicated"
    assert a.source == (0, 4)


def test_sentence_without_cue_gives_no_attribution() -> None:
    text = "Ruiz frobnicated the plan."
    units, atts = _units(text, hints=None)
    names = [["B-SRC", "O", "B-CON", "I-CON", "O"]]
    spans = tagged_spans(units, _labels_of(units, names))
    assert group_spans(text, spans, units, atts) == []


def test_sentences_without_hints_are_not_tagged() -> None:
    text = "The weather was fine. Ruiz said it would rain."
    units, _ = _units(text, hints=frozenset({"said"}))
    assert [text[u.start : u.end].strip() for u in units] == ["Ruiz said it would rain."]


def test_tagged_attributions_are_deterministic() -> None:
    text = "“It is over,” the senator said. Officials believe the plan will fail."
    first = tagged_attributions(text, _bounds(text), _toy_tagger())
    assert first == tagged_attributions(text, _bounds(text), _toy_tagger())


def test_adversarial_runs_finish() -> None:
    for text in ("“" * 20000, "A " * 20000, ", " * 20000, "said " * 5000, "Ana said, " * 3000):
        tagged_attributions(text, [(0, len(text))], _toy_tagger())
    # many attributions in many paragraphs (the rule tags are swept once, not per sentence)
    text = "\n".join(["Ana Ruiz said the plan would fail. “It will,” he said."] * 3000)
    atts, _ = tagged_attributions(text, _bounds(text), _toy_tagger())
    assert len(atts) >= 3000


def test_quote_flags_come_from_quote_spans() -> None:
    text = "She said “yes” today."
    bounds = _bounds(text)
    quotes = quote_spans(text, bounds)
    [u] = sentence_units(Sentences(text, quotes), bounds, [], None)
    col = ATTRIBUTES.index("q")
    # the opening mark is where the quote starts; the closing mark lies inside its span
    assert [a[col] for a in unit_attributes(u)] == ["0", "0", "0", "1", "1", "0", "0"]


ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "attribution" / "polnear"


def _training_script() -> Any:
    return load_script("scripts/train_attribution_tagger.py")


@pytest.mark.skipif(not (POLNEAR / "train").exists(), reason="PolNeAR not available")
def test_retraining_is_bit_for_bit_reproducible() -> None:
    """Two fits on the same few train articles give the same JSON weights."""
    pytest.importorskip("pycrfsuite")
    mod = _training_script()
    arts = [mod.Article(text, ann) for text, ann in list(mod.files(POLNEAR, "train"))[:6]]
    first = json.dumps(mod.weights_of(mod.fit_info(arts)))
    assert first == json.dumps(mod.weights_of(mod.fit_info(arts)))
    assert '"said"' in first


@pytest.mark.skipif(not (POLNEAR / "train").exists(), reason="PolNeAR not available")
def test_trained_tagger_file_loads_and_finds_a_plain_attribution(tmp_path: Path) -> None:
    """A tagger fitted on a few train articles, written and read back as the script does."""
    pytest.importorskip("pycrfsuite")
    mod = _training_script()
    arts = [mod.Article(text, ann) for text, ann in list(mod.files(POLNEAR, "train"))[:6]]
    path = tmp_path / "tagger.json"
    mod.write_tagger(path, mod.fit_info(arts), ["said"], {"ruiz": "1", "said": "0", "told": "0"})
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == FORMAT_VERSION
    assert raw["feature_scheme"] == FEATURE_SCHEME
    assert raw["labels"] == list(LABELS)
    assert "PolNeAR" in raw["source"]
    assert raw["clusters"] == ["said told", "ruiz"]
    tagger = load_tagger(path)
    assert tagger is not None and "said" in tagger.hints
    assert dict(tagger.clusters) == {"ruiz": "1", "said": "0", "told": "0"}
    text = "Finance Minister Ana Ruiz said the budget would be cut next year."
    atts, _ = tagged_attributions(text, _bounds(text), tagger)
    assert any(text[a.cue[0] : a.cue[1]] == "said" for a in atts)
    assert any(a.source and "Ruiz" in text[a.source[0] : a.source[1]] for a in atts)


SHIPPED = ROOT / "trustscore" / "models" / "attribution_tagger.json"
# The file must stay small enough to track in git (docs/sourcing.md, "Size").
MAX_SHIPPED_BYTES = 2_000_000


@pytest.mark.skipif(not SHIPPED.exists(), reason="span tagger weights not present")
def test_shipped_tagger_is_small_and_finds_named_and_according_to_sources() -> None:
    assert SHIPPED.stat().st_size <= MAX_SHIPPED_BYTES
    tagger = load_tagger()
    assert tagger is not None and "said" in tagger.hints and tagger.clusters
    text = (
        "The council met on Monday.\n"
        "Finance Minister Ana Ruiz said the budget would be cut next year.\n"
        "The plan will fail, according to the union."
    )
    atts, _ = tagged_attributions(text, _bounds(text), tagger)
    by_cue = {text[a.cue[0] : a.cue[1]]: a for a in atts}
    said = by_cue["said"]
    assert said.source is not None and "Ana Ruiz" in text[said.source[0] : said.source[1]]
    assert said.contents and "budget" in text[said.contents[0][0] : said.contents[-1][1]]
    union = [a for a in atts if a.source and text[a.source[0] : a.source[1]].endswith("union")]
    assert union and "according to" in text[union[0].cue[0] : union[0].cue[1]]
    assert not any(a.cue[0] < text.index("\n") for a in atts)  # nothing in the first sentence


def test_content_of_a_cueless_sentence_joins_the_cue_just_before() -> None:
    text = "Ruiz said the plan was bad. The cuts will hurt everyone."
    units, atts = _units(text, hints=None)
    assert len(units) == 2
    first = ["B-SRC", "B-CUE", "B-CON"] + ["I-CON"] * (len(units[0].tokens) - 3)
    second = ["O", "B-CON"] + ["I-CON"] * (len(units[1].tokens) - 2)
    spans = tagged_spans(units, _labels_of(units, [first, second]))
    [a] = group_spans(text, spans, units, atts)
    assert text[a.contents[-1][0] : a.contents[-1][1]] == "cuts will hurt everyone."
    # with no cue in the sentence before, the content is dropped
    lone = tagged_spans(units, _labels_of(units, [["O"] * len(first), second]))
    assert group_spans(text, lone, units, atts) == []
