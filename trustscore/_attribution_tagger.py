"""Learned span tagger: source, cue and content tokens of attributions, trained on PolNeAR.

A linear-chain CRF (``scripts/train_attribution_tagger.py``, PolNeAR ``train`` split only;
Newell et al., LREC 2018, no licence stated, research use) labels every token of a sentence
that may hold an attribution with one of ``O``, ``B-``/``I-`` ``SRC`` / ``CUE`` / ``CON``.
Its features are categorical attributes of the tokens in a small window (word, shape,
suffix, lexicon class, the rule attribution's tag of the token, quotation, distance to the
nearest lexicon cue); the rules' own spans are attributes, so the tagger learns where to
trust them and where to add what they miss. ``I-CON`` on a sentence's first token continues
the content of the sentence before (quotes over several sentences).

Inference is numpy only: each attribute value maps to an id (one dict look-up per token and
attribute), each template (attribute at an offset) is a dense weight table, emission scores
are gathered for all sentences at once and Viterbi decodes all sentences together (one
numpy step per position of the longest sentence), so time is linear in the number of
tokens. The model is JSON, read once on first use. See docs/sourcing.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from trustscore._attribution_model import read_json_model
from trustscore._tagger_attributes import ATTRIBUTES, PAD, Encoder, make_encoder
from trustscore.errors import ModelError

TAGGER_PATH = Path(__file__).parent / "models" / "attribution_tagger.json"
FORMAT_VERSION = 2
FEATURE_SCHEME = "span-crf-v2"
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
# (attribute, offset) templates; words look two tokens either way, rule tags one.
TEMPLATES: tuple[tuple[str, int], ...] = (
    ("w", -3),
    ("w", -2),
    ("w", -1),
    ("w", 0),
    ("w", 1),
    ("w", 2),
    ("w", 3),
    ("bg", -1),
    ("bg", 0),
    ("sh", -1),
    ("sh", 0),
    ("sh", 1),
    ("suf", 0),
    ("lex", -2),
    ("lex", -1),
    ("lex", 0),
    ("lex", 1),
    ("lex", 2),
    ("rule", -2),
    ("rule", -1),
    ("rule", 0),
    ("rule", 1),
    ("rule", 2),
    ("q", 0),
    ("cue", 0),
    ("pos", 0),
    ("cap", 0),
    ("nc", 0),
    ("sq", 0),
    ("suf", -1),
    ("suf", 1),
    ("s2", 0),
    ("qd", 0),
    ("cc", 0),
    ("sr", 0),
    ("shs", 0),
    ("cl", -2),
    ("cl", -1),
    ("cl", 0),
    ("cl", 1),
    ("cl", 2),
)
_WINDOW = max(abs(off) for _, off in TEMPLATES)
_ATTRIBUTE_INDEX = {a: k for k, a in enumerate(ATTRIBUTES)}
_TEMPLATE_ATTRIBUTES = np.array([[_ATTRIBUTE_INDEX[a]] for a, _ in TEMPLATES])
_TEMPLATE_OFFSETS = np.array([[off] for _, off in TEMPLATES])
# Tokens of one sentence the tagger reads; the rest are labelled O. The longest tagged
# sentence of PolNeAR train has 329 tokens; the cap bounds the Viterbi loop on adversarial
# input (one "sentence" of 20,000 words).
MAX_UNIT_TOKENS = 400
_NEG = -1e9
# Weights are stored as integers in hundredths: on fold 1 of 5 (train), rounding to 0.01
# instead of 0.001 changed source / content overlap F1 by +0.002 / 0.000, and it keeps the
# file under 1.5 MB.
WEIGHT_SCALE = 100


def feature_strings(attrs: list[tuple[str, ...]]) -> list[list[str]]:
    """CRF feature names of each token (training); inference uses the same templates."""
    index = {a: k for k, a in enumerate(ATTRIBUTES)}
    n = len(attrs)
    out = []
    for i in range(n):
        feats = ["bias"]
        for name, off in TEMPLATES:
            j = i + off
            value = attrs[j][index[name]] if 0 <= j < n else PAD
            feats.append(f"{name}[{off}]={value}")
        out.append(feats)
    return out


@dataclass(frozen=True)
class Tagger:
    """CRF weights as dense numpy tables (read-only after loading)."""

    values: tuple[Mapping[str, int], ...]
    """Per attribute: value -> row id (0 = unknown value, whose weights are zero)."""
    tables: tuple[npt.NDArray[np.float64], ...]
    """Per template: (number of values + 2, labels) weights; row 1 is the padding value."""
    bias: npt.NDArray[np.float64]
    transitions: npt.NDArray[np.float64]
    """(from label, to label) weights, invalid BIO moves at -1e9."""
    start: npt.NDArray[np.float64]
    """Extra score of each label on a sentence's first token (invalid I- tags at -1e9)."""
    hints: frozenset[str]
    """Words that make a sentence worth tagging (as in training)."""
    clusters: Mapping[str, str]
    """Lower-case word -> id of its distributional word cluster (attribute "cl")."""
    encoder: Encoder
    """The value ids arranged for Encoder.encode (built from values and clusters)."""
    stacked: npt.NDArray[np.float64]
    """The bias, then every template's table, in one (rows, labels) array."""
    bases: npt.NDArray[np.int64]
    """(templates, 1): the row of stacked where each template's table starts."""

    def tag(self, sentences: list[list[tuple[str, ...]]]) -> list[list[int]]:
        """Best label ids of every token of every sentence (attribute strings per token)."""
        lens = [len(s) for s in sentences]
        ids = np.zeros((len(ATTRIBUTES), sum(lens)), dtype=np.int64)
        for a, vocab in enumerate(self.values):
            get = vocab.get
            ids[a] = [get(t[a], 0) for attrs in sentences for t in attrs]
        return self.tag_ids(ids, lens)

    def tag_ids(self, ids: npt.NDArray[np.int64], lens: Sequence[int]) -> list[list[int]]:
        """Best label ids of every token of consecutive sentences of the given lengths, from
        their attribute ids (len(ATTRIBUTES), tokens), e.g. Encoder.encode's.

        Emissions are summed for all tokens at once and all sentences are decoded together
        (_viterbi); tokens past MAX_UNIT_TOKENS of a sentence are labelled O.
        """
        sizes = np.asarray(lens, dtype=np.int64)
        n = int(sizes.sum())
        if n == 0:
            return [[] for _ in lens]
        starts = np.cumsum(sizes) - sizes
        seg = np.repeat(np.arange(len(sizes)), sizes)
        pos = np.arange(n) - starts[seg]
        kept = pos < MAX_UNIT_TOKENS
        tagged = np.minimum(sizes, MAX_UNIT_TOKENS)
        # kept tokens in one row, each sentence after _WINDOW padding values (id 1)
        tag_starts = np.cumsum(tagged) - tagged
        at = _WINDOW * (seg[kept] + 1) + tag_starts[seg[kept]] + pos[kept]
        padded = np.ones(
            (len(ATTRIBUTES), _WINDOW * (len(sizes) + 1) + int(tagged.sum())), np.int64
        )
        padded[:, at] = ids[:, kept]
        # one gather for all templates; the sum runs over the first axis in template order,
        # as em = bias; em += table[...] for each template (bias + first == first + bias)
        rows = padded[_TEMPLATE_ATTRIBUTES, at + _TEMPLATE_OFFSETS] + self.bases
        weights = self.stacked.take(rows, axis=0)
        weights[0] += self.bias
        em = np.add.reduce(weights, axis=0)
        paths = _viterbi(em, tagged, self.transitions, self.start)
        return [path + [0] * (k - len(path)) for path, k in zip(paths, lens, strict=True)]


def _viterbi(
    em: npt.NDArray[np.float64],
    lens: npt.NDArray[np.int64],
    trans: npt.NDArray[np.float64],
    start: npt.NDArray[np.float64],
) -> list[list[int]]:
    """Best label path of each sentence; em holds the emissions (tokens, labels) of the
    sentences' tokens, one sentence after the other, with the given lengths.

    All sentences are decoded at once, longest first: at step i the sentences still
    running (longer than i) are a prefix of that order, and their emissions at position i
    are gathered up front into one block per step, so a step is a few numpy calls on that
    prefix (the Python loop runs once per position of the longest sentence, whatever the
    number of sentences). Each sentence gets the same float operations as when decoded
    alone. The back pointers are then followed in plain Python.
    """
    out: list[list[int]] = [[] for _ in range(len(lens))]
    if len(em) == 0:
        return out
    order = np.argsort(-lens, kind="stable")
    ranked = lens[order]
    longest = int(ranked[0])
    # running[i]: sentences longer than i; block i of em_steps is their token i, in order
    running = np.searchsorted(-ranked, -np.arange(longest), side="left")
    step_of = np.repeat(np.arange(longest), running)
    ends = np.cumsum(running)
    rank_of = np.arange(int(ends[-1])) - np.repeat(ends - running, running)
    em_steps = em[(np.cumsum(lens) - lens)[order][rank_of] + step_of]
    bounds = ends.tolist()
    running_at = running.tolist()
    score = em_steps[: running_at[0]] + start
    # cand[s, to, from] flattened; per (s, to) the best "from" (the first on a tie) and its
    # score (a max over the last axis costs more than this flat argmax and gather)
    n_labels = em.shape[1]
    to_from = np.ascontiguousarray(trans.T)
    row_starts = np.arange(running_at[0] * n_labels) * n_labels
    back: list[list[int]] = []
    for i in range(1, longest):
        m = running_at[i]
        cand = (score[:m, None, :] + to_from).reshape(-1)
        best = cand.reshape(-1, n_labels).argmax(axis=1)
        back.append(best.tolist())
        gathered = cand[row_starts[: m * n_labels] + best].reshape(m, n_labels)
        np.add(gathered, em_steps[bounds[i - 1] : bounds[i]], out=score[:m])
    last = score.argmax(axis=1).tolist()
    for r, s in enumerate(order[: running_at[0]].tolist()):
        cur = last[r]
        path = [cur]
        for i in range(int(ranked[r]) - 2, -1, -1):
            cur = back[i][r * n_labels + cur]
            path.append(cur)
        path.reverse()
        out[s] = path
    return out


def constraints() -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """BIO constraints: (transition mask, start mask) with 0 allowed and -1e9 forbidden."""
    n = len(LABELS)
    trans = np.zeros((n, n))
    for j, to in enumerate(LABELS):
        if to.startswith("I-"):
            kind = to[2:]
            for i, frm in enumerate(LABELS):
                if frm not in ("B-" + kind, "I-" + kind):
                    trans[i, j] = _NEG
    start = np.array([_NEG if lab in ("I-SRC", "I-CUE") else 0.0 for lab in LABELS])
    return trans, start


def make_tagger(
    state: Mapping[str, Mapping[str, Mapping[str, float]]],
    bias: list[float],
    transitions: list[list[float]],
    hints: list[str],
    clusters: Mapping[str, str] | None = None,
) -> Tagger:
    """A tagger from its weights: state[template][label][attribute value] = weight."""
    by_attr: dict[str, set[str]] = {a: set() for a in ATTRIBUTES}
    for template, rows in state.items():
        for vals in rows.values():
            by_attr[template.split("[", 1)[0]].update(v for v in vals if v != PAD)
    values = tuple(
        MappingProxyType({v: k + 2 for k, v in enumerate(sorted(by_attr[a]))} | {PAD: 1})
        for a in ATTRIBUTES
    )
    label_index = {lab: k for k, lab in enumerate(LABELS)}
    tables = []
    for name, off in TEMPLATES:
        vocab = values[_ATTRIBUTE_INDEX[name]]
        table = np.zeros((len(vocab) + 1, len(LABELS)))
        for lab, vals in state.get(f"{name}[{off}]", {}).items():
            for v, w in vals.items():
                table[vocab[v], label_index[lab]] = w
        table.setflags(write=False)
        tables.append(table)
    stacked = np.vstack([np.asarray(bias, dtype=np.float64)[None, :], *tables])
    bases = np.cumsum([1, *(len(t) for t in tables[:-1])]).reshape(-1, 1)
    for arr in (stacked, bases):
        arr.setflags(write=False)
    trans_mask, start = constraints()
    trans = np.asarray(transitions, dtype=np.float64) + trans_mask
    b = np.asarray(bias, dtype=np.float64)
    for arr in (trans, start, b):
        arr.setflags(write=False)
    words = MappingProxyType(dict(clusters or {}))
    return Tagger(
        values,
        tuple(tables),
        b,
        trans,
        start,
        frozenset(hints),
        words,
        make_encoder(values, words),
        stacked,
        bases,
    )


def encode_weights(
    state: Mapping[str, Mapping[str, Mapping[str, float]]],
) -> tuple[dict[str, list[str]], dict[str, dict[str, list[int]]]]:
    """The file layout of the weights: each attribute's values listed once (sorted), and per
    template and label a flat list [value index step, weight * WEIGHT_SCALE, ...] in index
    order, where the step is the index minus the previous index (small numbers, a small file)."""
    by_attr: dict[str, set[str]] = {}
    for template, rows in state.items():
        for vals in rows.values():
            by_attr.setdefault(template.split("[", 1)[0], set()).update(vals)
    values = {a: sorted(v) for a, v in sorted(by_attr.items())}
    index = {a: {v: k for k, v in enumerate(vs)} for a, vs in values.items()}
    weights: dict[str, dict[str, list[int]]] = {}
    for template, rows in sorted(state.items()):
        ids = index[template.split("[", 1)[0]]
        for lab, vals in sorted(rows.items()):
            flat: list[int] = []
            prev = 0
            for k, w in sorted((ids[v], w) for v, w in vals.items()):
                flat += [k - prev, round(w * WEIGHT_SCALE)]
                prev = k
            weights.setdefault(template, {})[lab] = flat
    return values, weights


def decode_weights(
    values: Mapping[str, Sequence[str]], weights: Mapping[str, Mapping[str, Sequence[int]]]
) -> dict[str, dict[str, dict[str, float]]]:
    """state[template][label][value] = weight from the file layout (see encode_weights)."""
    state: dict[str, dict[str, dict[str, float]]] = {}
    for template, rows in weights.items():
        vs = values[template.split("[", 1)[0]]
        state[template] = {}
        for lab, flat in rows.items():
            ids = itertools.accumulate(flat[0::2])
            state[template][lab] = {
                vs[k]: w / WEIGHT_SCALE for k, w in zip(ids, flat[1::2], strict=True)
            }
    return state


@lru_cache(maxsize=1)
def load_tagger(path: Path = TAGGER_PATH) -> Tagger | None:
    """The trained tagger (scripts/train_attribution_tagger.py writes it), or None if absent."""
    raw = read_json_model(path, "attribution tagger", FORMAT_VERSION, FEATURE_SCHEME)
    if raw is None:
        return None
    if list(raw.get("labels", [])) != list(LABELS):
        raise ModelError(f"attribution tagger {path} has other labels")
    state = decode_weights(raw["values"], raw["weights"])
    clusters = {w: str(c) for c, words in enumerate(raw["clusters"]) for w in words.split()}
    return make_tagger(state, raw["bias"], raw["transitions"], raw["hints"], clusters)
