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
are gathered for all sentences at once and Viterbi runs over the padded batch, so time is
linear in the number of tokens. The model is JSON, read once on first use. See
docs/sourcing.md.
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

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_model import read_json_model, word_shape
from trustscore._sentences import CLOSE_QUOTE, OPEN_QUOTE, Token
from trustscore.errors import ModelError

TAGGER_PATH = Path(__file__).parent / "models" / "attribution_tagger.json"
FORMAT_VERSION = 2
FEATURE_SCHEME = "span-crf-v2"
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
PAD = "<p>"
# Token attributes; a feature is one attribute of the token at a window offset.
ATTRIBUTES = (
    "w",
    "sh",
    "suf",
    "lex",
    "rule",
    "q",
    "cue",
    "pos",
    "cap",
    "bg",
    "nc",
    "sq",
    "s2",
    "qd",
    "cc",
    "sr",
    "shs",
    "cl",
)
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
# Sentences decoded together (sorted by length). Larger batches mean fewer Python steps of
# the Viterbi loop; 64 keeps the padded arrays small (64 x longest x 7 numbers).
BATCH = 64
# Tokens of one sentence the tagger reads; the rest are labelled O. The longest tagged
# sentence of PolNeAR train has 329 tokens; the cap bounds the Viterbi loop on adversarial
# input (one "sentence" of 20,000 words).
MAX_UNIT_TOKENS = 400
# Distances to the nearest lexicon cue word are bucketed at these bounds (tokens).
_DISTANCE_BUCKETS = (1, 2, 4, 8, 16)
_PRONOUNS = frozenset(lex.PRONOUNS)
_NEG = -1e9
# Weights are stored as integers in hundredths: on fold 1 of 5 (train), rounding to 0.01
# instead of 0.001 changed source / content overlap F1 by +0.002 / 0.000, and it keeps the
# file under 1.5 MB.
WEIGHT_SCALE = 100


def _bucket(d: int) -> str:
    for b in _DISTANCE_BUCKETS:
        if d <= b:
            return str(b)
    return "far"


def _cue_distances(sent: Sequence[Token]) -> tuple[list[str], list[str]]:
    """For each token: side and bucketed distance of the nearest lexicon cue word, and the
    side and lemma of that word."""
    n = len(sent)
    is_cue = [t.lower in lex.CUE_FORMS or t.lower == "according" for t in sent]
    left = [-1] * n
    last = -1
    for i in range(n):
        left[i] = last
        if is_cue[i]:
            last = i
    out = ["none"] * n
    which = ["none"] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        if is_cue[i]:
            out[i] = "self"
            which[i] = "self"
        else:
            dl = i - left[i] if left[i] >= 0 else 10**6
            dr = nxt - i if nxt >= 0 else 10**6
            if dl < 10**6 or dr < 10**6:
                out[i] = ("L" + _bucket(dl)) if dl <= dr else ("R" + _bucket(dr))
                j = left[i] if dl <= dr else nxt
                which[i] = ("L" if dl <= dr else "R") + _lemma(sent[j].lower)
        if is_cue[i]:
            nxt = i
    return out, which


def _nearest(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """For each position: distance to the nearest flagged position on its left and on its
    right (10**6 when there is none), itself excluded. Two linear passes."""
    n = len(flags)
    out = [(10**6, 10**6)] * n
    last = -1
    for i in range(n):
        out[i] = (i - last if last >= 0 else 10**6, 10**6)
        if flags[i]:
            last = i
    nxt = -1
    for i in range(n - 1, -1, -1):
        out[i] = (out[i][0], nxt - i if nxt >= 0 else 10**6)
        if flags[i]:
            nxt = i
    return out


def _quote_distances(sent: Sequence[Token]) -> list[str]:
    """Side and bucketed distance of the nearest quote mark token ("self" on a quote mark)."""
    marks = [t.text in OPEN_QUOTE or t.text in CLOSE_QUOTE for t in sent]
    out = []
    for i, (dl, dr) in enumerate(_nearest(marks)):
        if marks[i]:
            out.append("self")
        elif dl == dr == 10**6:
            out.append("none")
        else:
            out.append(("L" + _bucket(dl)) if dl <= dr else ("R" + _bucket(dr)))
    return out


def _comma_between(sent: Sequence[Token]) -> list[str]:
    """Whether a comma lies between the token and the nearest lexicon cue word (the left
    one on a tie); "none" when the sentence has no cue word."""
    cues = [t.lower in lex.CUE_FORMS or t.lower == "according" for t in sent]
    if not any(cues):
        return ["none"] * len(sent)
    commas = [0]
    for t in sent:
        commas.append(commas[-1] + (t.text == ","))
    out = []
    for i, (dl, dr) in enumerate(_nearest(cues)):
        if cues[i]:
            out.append("0")
            continue
        j = i - dl if dl <= dr else i + dr
        lo, hi = (j, i) if j < i else (i, j)
        out.append("1" if commas[hi] - commas[lo + 1] > 0 else "0")
    return out


def _lemma(low: str) -> str:
    entry = lex.CUE_FORMS.get(low)
    return entry[0] if entry is not None else low


def token_attributes(
    sent: Sequence[Token],
    rule_tags: Sequence[str],
    in_quote: Sequence[bool],
    clusters: Mapping[str, str] | None = None,
) -> list[tuple[str, ...]]:
    """Attribute values (in ATTRIBUTES order) of each token of one sentence."""
    dist, which = _cue_distances(sent)
    n = len(sent)
    qdist = _quote_distances(sent)
    commas = _comma_between(sent)
    has_rule = "1" if any(tag != "O" for tag in rule_tags) else "0"
    quoted = "1" if any(t.text in OPEN_QUOTE or t.text in CLOSE_QUOTE for t in sent) else "0"
    out: list[tuple[str, ...]] = []
    for i, t in enumerate(sent):
        low = t.lower
        entry = lex.CUE_FORMS.get(low)
        if entry is not None:
            lexical = entry[1]
        elif low in _PRONOUNS:
            lexical = "pron"
        elif low == "according":
            lexical = "acc"
        else:
            lexical = "-"
        pos = str(i) if i < 3 else ("end" if i >= n - 2 else "mid")
        cap = "-"
        if t.text[0].isupper():
            prev_cap = i > 0 and sent[i - 1].text[0].isupper()
            next_cap = i + 1 < n and sent[i + 1].text[0].isupper()
            cap = ("I" if prev_cap else "B") + ("+" if next_cap else "")
        out.append(
            (
                low,
                word_shape(t.text, acronyms=True),
                low[-3:],
                lexical,
                rule_tags[i],
                "1" if in_quote[i] else "0",
                dist[i],
                pos,
                cap,
                low + "|" + (sent[i + 1].lower if i + 1 < n else PAD),
                which[i],
                quoted,
                low[-2:],
                qdist[i],
                commas[i],
                has_rule,
                (word_shape(sent[i - 1].text, acronyms=True) if i > 0 else PAD) + "|" + low[-3:],
                clusters.get(low, "-") if clusters is not None else "-",
            )
        )
    return out


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

    def tag(self, sentences: list[list[tuple[str, ...]]]) -> list[list[int]]:
        """Best label ids of every token of every sentence (attributes per token).

        Sentences are decoded in batches of similar length (sorted by length), so padding
        stays small; tokens past MAX_UNIT_TOKENS of a sentence are labelled O.
        """
        order = sorted(range(len(sentences)), key=lambda k: (len(sentences[k]), k))
        out: list[list[int]] = [[] for _ in sentences]
        for c in range(0, len(order), BATCH):
            chunk = order[c : c + BATCH]
            paths = self._tag_batch([sentences[k][:MAX_UNIT_TOKENS] for k in chunk])
            for k, path in zip(chunk, paths, strict=True):
                out[k] = path + [0] * (len(sentences[k]) - len(path))
        return out

    def _tag_batch(self, sentences: list[list[tuple[str, ...]]]) -> list[list[int]]:
        lens = [len(s) for s in sentences]
        longest = max(lens)
        if longest == 0:
            return [[] for _ in sentences]
        width = longest + 2 * _WINDOW
        # ids[a, s, _WINDOW + i]: attribute a of token i of sentence s; padding holds 1
        ids = np.ones((len(ATTRIBUTES), len(sentences), width), dtype=np.int64)
        tokens = [t for attrs in sentences for t in attrs]
        at = np.concatenate([np.arange(n) + s * width + _WINDOW for s, n in enumerate(lens)])
        for a, vocab in enumerate(self.values):
            get = vocab.get
            ids[a].flat[at] = [get(t[a], 0) for t in tokens]
        em = np.broadcast_to(self.bias, (len(sentences), longest, len(LABELS))).copy()
        for (name, off), table in zip(TEMPLATES, self.tables, strict=True):
            em += table[ids[_ATTRIBUTE_INDEX[name], :, _WINDOW + off : _WINDOW + off + longest]]
        best = _batch_viterbi(em, np.asarray(lens), self.transitions, self.start)
        return [best[s, :n].tolist() for s, n in enumerate(lens)]


def _batch_viterbi(
    em: npt.NDArray[np.float64],
    lens: npt.NDArray[np.int64],
    trans: npt.NDArray[np.float64],
    start: npt.NDArray[np.float64],
) -> npt.NDArray[np.int64]:
    """Best label paths of a batch of sentences (emissions padded to one length).

    Sentences are visited longest first, so at step i the ones still running are a prefix
    of that order and each step works on that prefix alone.
    """
    n_sent, longest, n_labels = em.shape
    order = np.argsort(-lens, kind="stable")
    em = em[order]
    running = np.searchsorted(-lens[order], -np.arange(longest), side="left")
    score = em[:, 0] + start
    back = np.zeros((n_sent, longest, n_labels), dtype=np.int64)
    for i in range(1, longest):
        m = int(running[i])
        cand = score[:m, :, None] + trans
        back[:m, i] = cand.argmax(axis=1)
        score[:m] = cand.max(axis=1) + em[:m, i]
    path = np.zeros((n_sent, longest), dtype=np.int64)
    rows = np.arange(n_sent)
    cur = score.argmax(axis=1)
    ends = lens[order] - 1
    for i in range(longest - 1, -1, -1):
        # a sentence's path starts at its own last token
        cur = np.where(ends == i, score.argmax(axis=1), cur)
        path[:, i] = cur
        prev = back[rows, i, cur]
        cur = np.where(i <= ends, prev, cur)
    out = np.empty_like(path)
    out[order] = path
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
    trans_mask, start = constraints()
    trans = np.asarray(transitions, dtype=np.float64) + trans_mask
    b = np.asarray(bias, dtype=np.float64)
    for arr in (trans, start, b):
        arr.setflags(write=False)
    return Tagger(
        values,
        tuple(tables),
        b,
        trans,
        start,
        frozenset(hints),
        MappingProxyType(dict(clusters or {})),
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
