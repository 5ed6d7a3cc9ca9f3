"""Train the attribution span tagger (trustscore/models/attribution_tagger.json) on PolNeAR train.

The file (about 1.2 MB; numbers and a vocabulary of words, no article text) is kept in the
repository; re-running this script rewrites it byte for byte. Training also learns the word
clusters from the train texts (``word_clusters``).

Reproduce (from the repository root):

    /work/venv/bin/python scripts/train_attribution_tagger.py \
        --data ../shared/data/attribution/polnear

With ``--cv 5`` it first cross-validates on train (5 folds by article) and prints source,
cue and content overlap P/R/F1 of the rules alone and of the tagger. Only the ``train``
split is read. Needs python-crfsuite (``dev`` extra). Output is bit-for-bit reproducible:
L-BFGS from zero weights over the articles in name order, weights rounded to 2 decimals,
weights under MIN_WEIGHT dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import pycrfsuite  # noqa: E402
from eval_attribution import body_for, files, match, prf, read_gold, spans_of, to_file  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.decomposition import TruncatedSVD  # noqa: E402
from sklearn.preprocessing import normalize  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from trustscore._attribution import find_attributions  # noqa: E402
from trustscore._attribution_model import load_model  # noqa: E402
from trustscore._attribution_tagger import (  # noqa: E402
    FEATURE_SCHEME,
    FORMAT_VERSION,
    LABELS,
    TAGGER_PATH,
    Tagger,
    encode_weights,
    feature_strings,
    make_tagger,
)
from trustscore._attribution_tagging import (  # noqa: E402
    group_spans,
    sentence_units,
    tagged_spans,
    unit_attributes,
)
from trustscore._quotes import quote_spans  # noqa: E402
from trustscore._sentences import Sentences, tokenize  # noqa: E402
from trustscore._tagger_attributes import ATTRIBUTES, PAD  # noqa: E402

# L1 and L2 regularisation of the CRF (L1 keeps the weight file small). L2 chosen on train
# folds 1 and 2 of 5 (docs/sourcing.md, "Span tagger v3"): source / content overlap F1 on
# fold 1 0.783 / 0.801 with L2 0.01, 0.787 / 0.802 with 0.1, 0.791 / 0.807 with 0.5, 0.794 /
# 0.815 with 1.5 (O penalty 0.2); fold 2 0.769 / 0.791 with 0.01 against 0.781 / 0.802 with 1.5.
C1 = 0.1
C2 = 1.5
MAX_ITERATIONS = 150
# Attribute features seen fewer times than this in training are not used (mostly names).
MIN_FREQ = 1
# Subtracted from the O label's bias after training: the CRF's decisions are precise but
# miss many attributions (fold 1 of 5 on train: source P 0.85 / R 0.70). With L2 0.01, 0.3
# was the best of 0, 0.3 and 0.6; with L2 1.5, 0.2 beat 0.3 on fold 1 (0.794 / 0.815 against
# 0.791 / 0.810) and 0.1 on fold 2 (0.781 / 0.802 against 0.776 / 0.786).
O_PENALTY = 0.2
# Weights smaller than this in absolute value are dropped from the JSON. On fold 1 of 5
# (train), dropping weights under 0.03 left source / content overlap F1 unchanged (0.776 /
# 0.792) and cut the file from 5.4 MB to about 2 MB; 0.05 cost 0.003 / 0.004 and 0.1 cost
# 0.016 / 0.025.
MIN_WEIGHT = 0.03
# Values of these attributes (words, bigrams, suffixes, cue lemmas) seen fewer than
# MIN_VALUE_COUNT times in the training units lose their weights: rare words, mostly names.
# On fold 1 of 5 (train), source / content overlap F1 0.781 / 0.798 with every value, 0.783 /
# 0.799 with a minimum of 2, 0.784 / 0.799 with 3, 0.782 / 0.798 with 5; 3 cut that fold's
# weights and values from 1.3 to 0.8 MB. (Not training on rare features instead, crfsuite's
# feature.minfreq 3, cost 0.019 / 0.016.)
PRUNED_ATTRIBUTES = ("w", "bg", "suf", "s2", "shs", "nc")
MIN_VALUE_COUNT = 3
# Word clusters (attribute "cl"): words seen at least this often in the train texts, their
# neighbours among this many most frequent words, SVD dimensions and number of clusters.
# 10 / 1000 / 60 / 200 on first try: fold 1 of 5 on train, source / content overlap F1
# 0.777 / 0.798 without clusters, 0.781 / 0.798 with them.
CLUSTER_MIN_COUNT = 10
CLUSTER_CONTEXTS = 1000
CLUSTER_DIMS = 60
N_CLUSTERS = 200

# Sentences the tagger reads: those holding a word of the learned cue model's hints (the
# rules' cue words and the model's vocabulary), as at run time; None reads every sentence.
HINTS: frozenset[str] | None = None
CLUSTERS: dict[str, str] | None = None
FOLDS: tuple[int, ...] = ()  # quick runs: only these folds (empty: all)
DROPPED: frozenset[str] = frozenset()  # templates left out of training (exploring)

_KIND = {"Source": "SRC", "Cue": "CUE", "Content": "CON"}
_PRIORITY = ("Cue", "Source", "Content")


class Article:
    """One train article: its text, gold spans, and tagging units with gold labels."""

    def __init__(self, text: str, ann: Path) -> None:
        self.text = text
        self.gold = read_gold(ann, text)
        body, self.fs, self.bs = body_for(text)
        self.btext = body.text
        bounds = [(s, s + len(p)) for s, p in zip(self.bs, body.paragraphs, strict=True)]
        sentences = Sentences(self.btext, quote_spans(self.btext, bounds))
        self.atts, _ = find_attributions(self.btext, bounds, learned=False, sentences=sentences)
        self.units = sentence_units(sentences, bounds, self.atts, HINTS)
        self.attrs = [unit_attributes(u, CLUSTERS) for u in self.units]
        self.labels = [self._labels(u.tokens) for u in self.units]

    def _labels(self, toks: list) -> list[str]:
        out = []
        prev: tuple[str, tuple[int, int]] | None = None
        for i, t in enumerate(toks):
            a = to_file(t.start, self.fs, self.bs)
            hit = None
            for kind in _PRIORITY:
                for s, e in self.gold[kind]:
                    if s <= a < e:
                        hit = (kind, (s, e))
                        break
                if hit:
                    break
            if hit is None:
                out.append("O")
            elif prev == hit:
                out.append("I-" + _KIND[hit[0]])
            elif i == 0 and hit[0] == "Content" and hit[1][0] < a:
                out.append("I-CON")  # continues the content of the sentence before
            else:
                out.append("B-" + _KIND[hit[0]])
            prev = hit
        return out


def fit(arts: list[Article]) -> Tagger:
    """Train a CRF on the articles and export its weights (pruned as in the file)."""
    return make_tagger(*weights_of(fit_info(arts), value_counts(arts)), sorted(HINTS or ()))


def value_counts(arts: list[Article]) -> dict[str, Counter[str]]:
    """How often each value of the PRUNED_ATTRIBUTES occurs in the articles' units."""
    cols = {a: ATTRIBUTES.index(a) for a in PRUNED_ATTRIBUTES}
    counts: dict[str, Counter[str]] = {a: Counter() for a in PRUNED_ATTRIBUTES}
    for art in arts:
        for unit in art.attrs:
            for attrs in unit:
                for a, k in cols.items():
                    counts[a][attrs[k]] += 1
    return counts


def prune_rare(
    state: dict[str, dict[str, dict[str, float]]], counts: dict[str, Counter[str]]
) -> dict[str, dict[str, dict[str, float]]]:
    """The weights without those of values seen fewer than MIN_VALUE_COUNT times in training
    (padding is kept)."""
    out = {}
    for template, rows in state.items():
        seen = counts.get(template.split("[", 1)[0])
        out[template] = {
            lab: {
                v: w
                for v, w in vals.items()
                if seen is None or v == PAD or seen[v] >= MIN_VALUE_COUNT
            }
            for lab, vals in rows.items()
        }
    return out


def weights_of(
    info: object, counts: dict[str, Counter[str]] | None = None
) -> tuple[dict[str, dict[str, dict[str, float]]], list[float], list[list[float]]]:
    """(state, bias, transitions) in the JSON layout: state[template][label][value] = weight;
    with counts, rare values pruned (prune_rare)."""
    idx = {lab: k for k, lab in enumerate(LABELS)}
    state: dict[str, dict[str, dict[str, float]]] = {}
    bias = [0.0] * len(LABELS)
    bias[0] = -O_PENALTY
    for (attr, lab), w in info.state_features.items():  # type: ignore[attr-defined]
        if abs(w) < MIN_WEIGHT:
            continue
        if attr == "bias":
            bias[idx[lab]] = round(w + bias[idx[lab]], 2)
            continue
        template, _, value = attr.partition("=")
        state.setdefault(template, {}).setdefault(lab, {})[value] = round(w, 2)
    trans = [[0.0] * len(LABELS) for _ in LABELS]
    for (a, b), w in info.transitions.items():  # type: ignore[attr-defined]
        trans[idx[a]][idx[b]] = round(w, 2)
    state = {
        t: {lab: dict(sorted(vals.items())) for lab, vals in sorted(rows.items())}
        for t, rows in sorted(state.items())
    }
    return (state if counts is None else prune_rare(state, counts)), bias, trans


def evaluate(arts: list[Article], tagger: Tagger | None) -> dict[str, list[int]]:
    """Overlap matches, predictions and gold counts per span type."""
    out = {k: [0, 0, 0] for k in ("Source", "Cue", "Content")}
    for art in arts:
        pred = predicted(art, tagger)
        for kind, acc in out.items():
            acc[0] += match(pred[kind], art.gold[kind], exact=False)
            acc[1] += len(pred[kind])
            acc[2] += len(art.gold[kind])
    return out


def predicted(art: Article, tagger: Tagger | None) -> dict[str, set[tuple[int, int]]]:
    """Spans in file offsets: the tagger's attributions, or the rules' when tagger is None."""
    atts = art.atts
    if tagger is not None:
        labels = tagger.tag(art.attrs)
        atts = group_spans(art.btext, tagged_spans(art.units, labels), art.units, art.atts)
    return spans_of(atts, art.text, art.fs, art.bs)


def cross_validate(arts: list[Article], k: int, penalties: tuple[float, ...] = ()) -> None:
    """k-fold by article: the rules alone vs the tagger (and, with penalties, the tagger
    with each of these O_PENALTY values instead, from the same fit)."""
    global O_PENALTY
    default = O_PENALTY
    names = ["rules", "tagger"] + [f"O-{p:g}" for p in penalties]
    totals: dict[str, dict[str, list[int]]] = {name: {} for name in names}
    for f in range(k):
        if FOLDS and f not in FOLDS:
            continue
        test = [a for i, a in enumerate(arts) if i % k == f]
        train = [a for i, a in enumerate(arts) if i % k != f]
        info, counts = fit_info(train), value_counts(train)
        taggers: list[tuple[str, Tagger | None]] = [("rules", None)]
        for name, penalty in zip(names[1:], (default, *penalties), strict=True):
            O_PENALTY = penalty
            taggers.append((name, make_tagger(*weights_of(info, counts), sorted(HINTS or ()))))
        O_PENALTY = default
        for name, t in taggers:
            fold: dict[str, list[int]] = {}
            for kind, c in evaluate(test, t).items():
                fold[kind] = c
                acc = totals[name].setdefault(kind, [0, 0, 0])
                for j in range(3):
                    acc[j] += c[j]
            print(f"  fold {f + 1} {name:7} " + _scores(fold), flush=True)
        print(f"fold {f + 1}/{k} done", flush=True)
    print(f"\n{k}-fold CV on train (overlap):")
    for name, acc in totals.items():
        print(f"  {name:7} " + _scores(acc))


def _scores(counts: dict[str, list[int]]) -> str:
    parts = []
    for kind, (tp, np_, ng) in counts.items():
        p, r, f1 = prf(tp, np_, ng)
        parts.append(f"{kind} P {p:.3f} R {r:.3f} F1 {f1:.3f} ({np_}/{ng})")
    return " | ".join(parts)


def main() -> None:
    """Command-line entry point."""
    global HINTS, FOLDS, CLUSTERS, C1, C2, MAX_ITERATIONS, DROPPED
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/attribution/polnear"))
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--no-fit", action="store_true", help="cross-validate only")
    ap.add_argument("--out", type=Path, default=TAGGER_PATH)
    ap.add_argument("--folds", default="", help="only these folds, e.g. 0 (quick runs)")
    ap.add_argument("--hints", choices=("model", "all"), default="model")
    ap.add_argument("--c1", type=float, default=C1, help="L1 regularisation (exploring)")
    ap.add_argument("--c2", type=float, default=C2, help="L2 regularisation (exploring)")
    ap.add_argument("--iterations", type=int, default=MAX_ITERATIONS)
    ap.add_argument("--o-penalties", default="", help="with --cv: also these O penalties")
    ap.add_argument("--drop", default="", help="templates left out, e.g. w[-3],w[3]")
    args = ap.parse_args()
    C1, C2, MAX_ITERATIONS = args.c1, args.c2, args.iterations
    DROPPED = frozenset(x for x in args.drop.split(",") if x)
    FOLDS = tuple(int(x) for x in args.folds.split(",") if x)
    CLUSTERS = word_clusters(args.data)
    model = load_model()
    HINTS = model.hints if args.hints == "model" and model is not None else None
    arts = [Article(text, ann) for text, ann in files(args.data, "train")]
    n_tok = sum(len(u.tokens) for a in arts for u in a.units)
    longest = max(len(u.tokens) for a in arts for u in a.units)
    print(
        f"{len(arts)} train articles, {sum(len(a.units) for a in arts)} units, {n_tok} tokens, "
        f"longest unit {longest} tokens"
    )
    if args.cv:
        penalties = tuple(float(x) for x in args.o_penalties.split(",") if x)
        cross_validate(arts, args.cv, penalties)
    if args.no_fit:
        return
    write_tagger(args.out, fit_info(arts), sorted(HINTS or ()), CLUSTERS, value_counts(arts))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


def _train_lines(data: Path) -> list[list[str]]:
    """Lower-cased tokens of every line of the train split's texts (unlabelled use)."""
    out = []
    for path in sorted((data / "train" / "text").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            toks = [t.lower for t in tokenize(line, 0, len(line))]
            if toks:
                out.append(toks)
    return out


def word_clusters(data: Path) -> dict[str, str]:
    """Distributional word clusters of the train texts: word -> cluster id.

    Each word seen at least CLUSTER_MIN_COUNT times is described by the positive PMI of its
    neighbours at -2, -1, +1 and +2 among the CLUSTER_CONTEXTS most frequent words, reduced
    to CLUSTER_DIMS dimensions (SVD) and grouped by k-means into N_CLUSTERS clusters. One
    thread, fixed seeds: the same clusters on every run.
    """
    lines = _train_lines(data)
    counts = Counter(w for line in lines for w in line)
    vocab = sorted(w for w, c in counts.items() if c >= CLUSTER_MIN_COUNT)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ctx = {w: k for k, (w, _) in enumerate(ranked[:CLUSTER_CONTEXTS])}
    row_of = {w: k for k, w in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for line in lines:
        for i, w in enumerate(line):
            r = row_of.get(w)
            if r is None:
                continue
            for block, off in enumerate((-2, -1, 1, 2)):
                j = i + off
                if 0 <= j < len(line) and line[j] in ctx:
                    rows.append(r)
                    cols.append(block * len(ctx) + ctx[line[j]])
    shape = (len(vocab), 4 * len(ctx))
    m = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr().tocoo()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=shape)
    with threadpool_limits(1):
        x = TruncatedSVD(CLUSTER_DIMS, algorithm="arpack", random_state=0).fit_transform(ppmi)
        labels = KMeans(N_CLUSTERS, n_init=1, random_state=0).fit(normalize(x)).labels_
    return {w: str(int(c)) for w, c in zip(vocab, labels, strict=True)}


def write_tagger(
    path: Path,
    info: object,
    hints: list[str],
    clusters: dict[str, str] | None = None,
    counts: dict[str, Counter[str]] | None = None,
) -> None:
    """Write the tagger file load_tagger reads: the CRF's pruned weights as JSON."""
    state, bias, trans = weights_of(info, counts)
    values, weights = encode_weights(state)
    members: dict[int, list[str]] = {}
    for word, c in sorted((clusters or {}).items()):
        members.setdefault(int(c), []).append(word)
    payload = {
        "format_version": FORMAT_VERSION,
        "feature_scheme": FEATURE_SCHEME,
        "source": "PolNeAR train split (Newell et al., LREC 2018); no licence stated",
        "labels": list(LABELS),
        "hints": hints,
        "bias": bias,
        "transitions": trans,
        "clusters": [" ".join(members.get(c, [])) for c in range(max(members, default=-1) + 1)],
        "values": values,
        "weights": weights,
    }
    path.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")


def fit_info(arts: list[Article]) -> object:
    """crfsuite model info of a CRF trained on the articles."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for art in arts:
        for attrs, y in zip(art.attrs, art.labels, strict=True):
            feats = feature_strings(attrs)
            if DROPPED:
                feats = [[x for x in tok if x.split("=", 1)[0] not in DROPPED] for tok in feats]
            trainer.append(feats, y)
    trainer.set_params(
        {
            "c1": C1,
            "c2": C2,
            "max_iterations": MAX_ITERATIONS,
            "feature.possible_transitions": True,
            "feature.minfreq": MIN_FREQ,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "m.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    return info


if __name__ == "__main__":
    main()
