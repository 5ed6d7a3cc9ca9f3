"""Token attributes of the span tagger: as strings (training) and as ids (inference).

Each token of a tagged sentence has the values of ATTRIBUTES (word, shape, suffixes, lexicon
class, rule tag, quotation, distances to the nearest cue word and quote mark, ...).
``token_attributes`` spells them as strings, which the training script turns into CRF
feature names. ``Encoder.encode`` computes the same values as row ids of the tagger's weight
tables for all sentences of a text at once: one dictionary look-up per token, by its text,
for everything that depends on the text or its lower-case word alone (precomputed for the
tagger's vocabulary), a sorted search for each of the two pair attributes, and numpy for
everything that depends on the neighbours, so no string is built per token and attribute.
``tests/test_attribution_tagger.py`` checks that both give the same ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import repeat
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_model import word_shape
from trustscore._sentences import CLOSE_QUOTE, OPEN_QUOTE, Token

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
# Distances to the nearest lexicon cue word are bucketed at these bounds (tokens).
_DISTANCE_BUCKETS = (1, 2, 4, 8, 16)
_PRONOUNS = frozenset(lex.PRONOUNS)
_QUOTE_MARKS = OPEN_QUOTE | CLOSE_QUOTE
_FAR = 10**6
# Rule tags a token can carry (see _attribution_tagging._rule_tags).
RULE_TAGS = ("O", "CUE0", "CUE", "SRC0", "SRC", "CON0", "CON")


def _bucket(d: int) -> str:
    for b in _DISTANCE_BUCKETS:
        if d <= b:
            return str(b)
    return "far"


def _cue_distances(sent: Sequence[Token]) -> tuple[list[str], list[str]]:
    """For each token: side and bucketed distance of the nearest lexicon cue word, and the
    side and lemma of that word."""
    n = len(sent)
    is_cue = [_is_cue(t.lower) for t in sent]
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
    marks = [t.text in _QUOTE_MARKS for t in sent]
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
    cues = [_is_cue(t.lower) for t in sent]
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


def _is_cue(low: str) -> bool:
    """A lexicon cue word (or "according"), as the distance attributes see it."""
    return low in lex.CUE_FORMS or low == "according"


def _lexical(low: str) -> str:
    """Lexicon class of a lower-case word: its cue class, "pron", "acc" or "-"."""
    entry = lex.CUE_FORMS.get(low)
    if entry is not None:
        return entry[1]
    if low in _PRONOUNS:
        return "pron"
    return "acc" if low == "according" else "-"


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
    quoted = "1" if any(t.text in _QUOTE_MARKS for t in sent) else "0"
    out: list[tuple[str, ...]] = []
    for i, t in enumerate(sent):
        low = t.lower
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
                _lexical(low),
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


# Closed attributes: their values in the order of the codes Encoder.encode computes.
_CLOSED: dict[str, tuple[str, ...]] = {
    "rule": RULE_TAGS,
    "q": ("0", "1"),
    "sq": ("0", "1"),
    "sr": ("0", "1"),
    "pos": ("0", "1", "2", "end", "mid"),
    "cap": ("-", "B", "B+", "I", "I+"),
    "cc": ("0", "1", "none"),
}
_RULE_CODE = {tag: k for k, tag in enumerate(RULE_TAGS)}
_BUCKET_NAMES = (*(str(b) for b in _DISTANCE_BUCKETS), "far")
_COL = {a: k for k, a in enumerate(ATTRIBUTES)}
# Columns of Encoder.word_table (ids that depend on the lower-case word alone).
_W, _SUF, _S2, _LEX, _CL, _IS_CUE, _NC_LEFT, _NC_RIGHT, _BG_CODE, _SUF3_CODE = range(10)
# Columns of Encoder.text_table (ids that depend on the token's text alone).
_SH, _UPPER, _MARK, _COMMA, _SHAPE_CODE = range(5)
# Marks whose text rows are built with the encoder (others are computed when met).
_COMMON_MARKS = ",.;:!?()[]-—–/&%$#@*+=<>|…" + "".join(sorted(_QUOTE_MARKS))


def _split_pair(value: str) -> tuple[str, str]:
    """The two parts of a pair value "a|b" (a part may itself be the mark "|")."""
    if value.startswith("||"):
        return "|", value[2:]
    a, _, b = value.partition("|")
    return a, b


@dataclass(frozen=True)
class _Pairs:
    """Ids of pair values "a|b" looked up by the codes of their parts, vectorised."""

    width: int
    """Codes of the second part are below this."""
    keys: npt.NDArray[np.int64]
    """Sorted first code * width + second code of every known pair."""
    ids: npt.NDArray[np.int64]
    """Id of each key, then 0 (the id of an unknown pair)."""

    def lookup(self, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Ids of the pairs of codes (0 when the pair is unknown)."""
        key = a * self.width + b
        if len(self.keys) == 0:
            return np.zeros_like(key)
        k = np.searchsorted(self.keys, key)
        hit = self.keys[np.minimum(k, len(self.keys) - 1)] == key
        return self.ids[np.where(hit, k, len(self.keys))]


def _pairs(vocab: Mapping[str, int], first: Mapping[str, int], second: Mapping[str, int]) -> _Pairs:
    """The pair values of an attribute ("a|b") keyed by the codes of their parts."""
    width = len(second) + 1
    found = []
    for value, k in vocab.items():
        if value != PAD:
            a, b = _split_pair(value)
            found.append((first[a] * width + second[b], k))
    found.sort()
    keys = np.array([key for key, _ in found], dtype=np.int64)
    ids = np.array([k for _, k in found] + [0], dtype=np.int64)
    for arr in (keys, ids):
        arr.setflags(write=False)
    return _Pairs(width, keys, ids)


def _codes(words: set[str]) -> dict[str, int]:
    return {w: k for k, w in enumerate(sorted(words))}


@dataclass(frozen=True)
class Encoder:
    """A tagger's value ids arranged to compute a whole text's attribute ids at once."""

    vocab: tuple[Mapping[str, int], ...]
    """Per attribute: value -> id (0 = unknown)."""
    clusters: Mapping[str, str]
    word_index: Mapping[str, int]
    """Lower-case word -> row of word_table, for every word the tagger knows. This and
    text_index are plain dicts behind the read-only type, not mappingproxy views: they are
    read once per token, and a view's get adds a method call each time (about 0.1 ms on the
    median zyte dev page)."""
    word_table: npt.NDArray[np.int64]
    text_index: Mapping[str, int]
    """Token text -> row of text_table, for the usual spellings of the known words."""
    text_table: npt.NDArray[np.int64]
    text_words: npt.NDArray[np.int64]
    """Per row of text_table: the row in word_table of the text's lower-case form (-1: none)."""
    bg_codes: Mapping[str, int]
    """Words of the "bg" values -> code (PAD included; others get len(bg_codes))."""
    shape_codes: Mapping[str, int]
    """Shapes in the "shs" values -> code (PAD included)."""
    suffix_codes: Mapping[str, int]
    """Last three letters in the "shs" values -> code."""
    bigrams: _Pairs
    shape_suffix: _Pairs
    closed: Mapping[str, npt.NDArray[np.int64]]
    """Ids of the closed attributes' values (_CLOSED order)."""
    distance: Mapping[str, npt.NDArray[np.int64]]
    """"cue" and "qd": ids of L-buckets then R-buckets, then "self", then "none"."""
    nc_self_none: tuple[int, int]
    unknown_row: npt.NDArray[np.int64]
    """The word_table row of a word without an id of its own, suffix columns aside."""

    def word_row(self, low: str) -> tuple[int, ...]:
        """The word_table row of a lower-case word (computed as token_attributes would)."""
        v = self.vocab
        cue = _is_cue(low)
        nc = v[_COL["nc"]]
        return (
            v[_COL["w"]].get(low, 0),
            v[_COL["suf"]].get(low[-3:], 0),
            v[_COL["s2"]].get(low[-2:], 0),
            v[_COL["lex"]].get(_lexical(low), 0),
            v[_COL["cl"]].get(self.clusters.get(low, "-"), 0),
            int(cue),
            nc.get("L" + _lemma(low), 0) if cue else 0,
            nc.get("R" + _lemma(low), 0) if cue else 0,
            self.bg_codes.get(low, len(self.bg_codes)),
            self.suffix_codes.get(low[-3:], len(self.suffix_codes)),
        )

    def text_row(self, text: str) -> tuple[int, ...]:
        """The text_table row of a token's text."""
        shape = word_shape(text, acronyms=True)
        return (
            self.vocab[_COL["sh"]].get(shape, 0),
            int(text[0].isupper()),
            int(text in _QUOTE_MARKS),
            int(text == ","),
            self.shape_codes.get(shape, len(self.shape_codes)),
        )

    def word_ids(
        self, lows: list[str], texts: list[str], text_at: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """Row in word_table of each token's lower-case form (-1: none), read from
        text_words where the token's text has a row (one look-up per token, not two).

        text_words holds the row of each text's str.lower (typographic apostrophe folded),
        which is the token's lower-case form (a slice of its sentence's): str.lower maps
        every character to one character regardless of its neighbours, except "İ" (two
        characters, which shifts the slices after it) and "Σ" (final sigma); with either
        in the tokens (they hold every character of their sentences but white space), every
        form is looked up itself.
        """
        joined = "".join(texts)
        if "İ" in joined or "Σ" in joined:
            return np.fromiter(map(self.word_index.get, lows, repeat(-1)), np.int64, len(lows))
        ids = np.where(text_at >= 0, self.text_words[np.maximum(text_at, 0)], -1)
        missing = np.flatnonzero(text_at < 0).tolist()
        if missing:
            ids[missing] = [self.word_index.get(lows[k], -1) for k in missing]
        return ids

    def word_rows(self, lows: list[str], at: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """word_row of each lower-case word, given its row in word_table (-1: none).

        Every word with an id of its own (in a vocabulary, a cluster, the lexicon or a
        pair value) has a row, so another word's row is an unknown word's: only its
        suffix columns depend on it (word_row's values, computed without calling it).
        """
        rows = self.word_table[np.maximum(at, 0)]
        missing = np.flatnonzero(at < 0).tolist()
        if missing:
            unknown = [lows[k] for k in missing]
            v = self.vocab
            suf, s2, code = v[_COL["suf"]].get, v[_COL["s2"]].get, self.suffix_codes.get
            extra = np.repeat(self.unknown_row[None, :], len(missing), axis=0)
            extra[:, _SUF] = [suf(w[-3:], 0) for w in unknown]
            extra[:, _S2] = [s2(w[-2:], 0) for w in unknown]
            extra[:, _SUF3_CODE] = [code(w[-3:], len(self.suffix_codes)) for w in unknown]
            rows[missing] = extra
        return rows

    def text_rows(self, texts: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """text_row of each token text (from text_table where the text has a row), and that
        row's index (-1: none)."""
        at = np.fromiter(map(self.text_index.get, texts, repeat(-1)), np.int64, len(texts))
        rows = self.text_table[np.maximum(at, 0)]
        missing = np.flatnonzero(at < 0).tolist()
        if missing:
            made: dict[str, tuple[int, ...]] = {}
            for k in missing:
                text = texts[k]
                row = made.get(text)
                if row is None:
                    row = made[text] = self.text_row(text)
                rows[k] = row
        return rows, at

    def encode(
        self,
        tokens: Sequence[Token],
        lens: Sequence[int],
        rule_tags: Sequence[str],
        in_quote: Sequence[bool],
    ) -> npt.NDArray[np.int64]:
        """Ids (len(ATTRIBUTES), tokens) of the tokens of consecutive sentences of the given
        lengths; the same values as token_attributes of each sentence."""
        n = len(tokens)
        out = np.empty((len(ATTRIBUTES), n), dtype=np.int64)
        if n == 0:
            return out
        lows = [t.lower for t in tokens]
        texts = [t.text for t in tokens]
        tok, text_at = self.text_rows(texts)
        word = self.word_rows(lows, self.word_ids(lows, texts, text_at))
        sizes = np.asarray(lens, dtype=np.int64)
        n_units = len(sizes)
        seg = np.repeat(np.arange(n_units), sizes)
        first = (np.cumsum(sizes) - sizes)[seg]
        last = first + sizes[seg] - 1
        idx = np.arange(n)
        pos = idx - first
        for name, col in (("w", _W), ("suf", _SUF), ("s2", _S2), ("lex", _LEX), ("cl", _CL)):
            out[_COL[name]] = word[:, col]
        out[_COL["sh"]] = tok[:, _SH]
        # pair attributes: the next word / the shape before, padded at sentence edges
        nxt = np.concatenate((word[1:, _BG_CODE], [0]))
        out[_COL["bg"]] = self.bigrams.lookup(
            word[:, _BG_CODE], np.where(idx < last, nxt, self.bg_codes[PAD])
        )
        prev = np.concatenate(([0], tok[:-1, _SHAPE_CODE]))
        out[_COL["shs"]] = self.shape_suffix.lookup(
            np.where(pos > 0, prev, self.shape_codes[PAD]), word[:, _SUF3_CODE]
        )
        upper = tok[:, _UPPER].astype(bool)
        mark = tok[:, _MARK].astype(bool)
        cue = word[:, _IS_CUE].astype(bool)
        closed = self.closed
        rule = np.fromiter(map(_RULE_CODE.__getitem__, rule_tags), np.int64, len(rule_tags))
        out[_COL["rule"]] = closed["rule"][rule]
        out[_COL["q"]] = closed["q"][np.asarray(in_quote, dtype=np.int64)]
        has_mark = np.bincount(seg, weights=mark, minlength=n_units) > 0
        out[_COL["sq"]] = closed["sq"][has_mark[seg].astype(np.int64)]
        has_rule = np.bincount(seg, weights=rule > 0, minlength=n_units) > 0
        out[_COL["sr"]] = closed["sr"][has_rule[seg].astype(np.int64)]
        late = np.where(pos >= sizes[seg] - 2, 3, 4)
        out[_COL["pos"]] = closed["pos"][np.where(pos < 3, pos, late)]
        prev_up = (pos > 0) & np.concatenate(([False], upper[:-1]))
        next_up = (idx < last) & np.concatenate((upper[1:], [False]))
        out[_COL["cap"]] = closed["cap"][np.where(upper, 1 + 2 * prev_up + next_up, 0)]
        # nearest cue word and quote mark on each side, within the sentence
        dl, dr, left, right = _nearest_in(cue, idx, first, last)
        on_left = dl <= dr
        out[_COL["cue"]] = _distance_ids(self.distance["cue"], cue, dl, dr, on_left)
        j = np.clip(np.where(on_left, left, right), 0, n - 1)
        nc = np.where(on_left, word[j, _NC_LEFT], word[j, _NC_RIGHT])
        nc_self, nc_none = self.nc_self_none
        none = np.minimum(dl, dr) >= _FAR
        out[_COL["nc"]] = np.where(cue, nc_self, np.where(none, nc_none, nc))
        counts = np.concatenate(([0], np.cumsum(tok[:, _COMMA])))
        lo = np.minimum(idx, j)
        between = counts[np.maximum(idx, j)] - counts[np.minimum(lo + 1, n)] > 0
        has_cue = (np.bincount(seg, weights=cue, minlength=n_units) > 0)[seg]
        cc = np.where(~has_cue, 2, np.where(cue, 0, between.astype(np.int64)))
        out[_COL["cc"]] = closed["cc"][cc]
        qdl, qdr, _, _ = _nearest_in(mark, idx, first, last)
        out[_COL["qd"]] = _distance_ids(self.distance["qd"], mark, qdl, qdr, qdl <= qdr)
        return out


def _nearest_in(
    flags: npt.NDArray[np.bool_],
    idx: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    last: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], ...]:
    """Distance to the nearest flagged token on the left and on the right within the token's
    sentence (_FAR when none; itself excluded), and the positions of those tokens."""
    n = len(flags)
    left = np.maximum.accumulate(np.where(flags, idx, -1))
    left = np.concatenate(([-1], left[:-1]))
    right = np.minimum.accumulate(np.where(flags, idx, n + _FAR)[::-1])[::-1]
    right = np.concatenate((right[1:], [n + _FAR]))
    dl = np.where(left >= first, idx - left, _FAR)
    dr = np.where(right <= last, right - idx, _FAR)
    return dl, dr, left, right


def _distance_ids(
    ids: npt.NDArray[np.int64],
    flags: npt.NDArray[np.bool_],
    dl: npt.NDArray[np.int64],
    dr: npt.NDArray[np.int64],
    on_left: npt.NDArray[np.bool_],
) -> npt.NDArray[np.int64]:
    """Ids of the side-and-bucket values ("L4", "Rfar", "self", "none")."""
    d = np.where(on_left, dl, dr)
    side = np.where(on_left, 0, len(_BUCKET_NAMES))
    k = np.searchsorted(np.asarray(_DISTANCE_BUCKETS), d) + side
    self_id, none_id = 2 * len(_BUCKET_NAMES), 2 * len(_BUCKET_NAMES) + 1
    return ids[np.where(flags, self_id, np.where(d >= _FAR, none_id, k))]


def make_encoder(vocab: tuple[Mapping[str, int], ...], clusters: Mapping[str, str]) -> Encoder:
    """The encoder of a tagger with these value ids and word clusters."""
    get = {a: vocab[k].get for k, a in enumerate(ATTRIBUTES)}
    bg_parts = [_split_pair(v) for v in vocab[_COL["bg"]] if v != PAD]
    bg_codes = _codes({p for pair in bg_parts for p in pair} | {PAD})
    shs_parts = [_split_pair(v) for v in vocab[_COL["shs"]] if v != PAD]
    shape_codes = _codes({a for a, _ in shs_parts} | {PAD})
    suffix_codes = _codes({b for _, b in shs_parts})
    known = set(vocab[_COL["w"]]) | set(clusters) | set(lex.CUE_FORMS) | set(bg_codes)
    known |= {"according"} | _PRONOUNS
    known.discard(PAD)
    closed = {
        a: np.array([get[a](v, 0) for v in values], dtype=np.int64) for a, values in _CLOSED.items()
    }
    distance = {
        a: np.array(
            [get[a](side + b, 0) for side in "LR" for b in _BUCKET_NAMES]
            + [get[a]("self", 0), get[a]("none", 0)],
            dtype=np.int64,
        )
        for a in ("cue", "qd")
    }
    enc = Encoder(
        vocab,
        clusters,
        MappingProxyType({}),
        np.zeros((0, 10), dtype=np.int64),
        MappingProxyType({}),
        np.zeros((0, 5), dtype=np.int64),
        np.zeros(0, dtype=np.int64),
        MappingProxyType(bg_codes),
        MappingProxyType(shape_codes),
        MappingProxyType(suffix_codes),
        _pairs(vocab[_COL["bg"]], bg_codes, bg_codes),
        _pairs(vocab[_COL["shs"]], shape_codes, suffix_codes),
        MappingProxyType(closed),
        MappingProxyType(distance),
        (get["nc"]("self", 0), get["nc"]("none", 0)),
        np.zeros(10, dtype=np.int64),
    )
    words = sorted(known)
    # each known word as written in lower case, capitalised and in capitals, with the
    # typographic apostrophe too ("don’t", whose lower-case form is "don't")
    spelt = [w.replace("'", "’") for w in words if "'" in w]
    texts = sorted({f for w in words + spelt for f in (w, w[:1].upper() + w[1:], w.upper())})
    texts += [c for c in _COMMON_MARKS if c not in set(texts)]
    word_table = np.array([enc.word_row(w) for w in words], dtype=np.int64).reshape(-1, 10)
    text_table = np.array([enc.text_row(t) for t in texts], dtype=np.int64).reshape(-1, 5)
    unknown_row = np.array(
        (0, 0, 0, get["lex"]("-", 0), get["cl"]("-", 0), 0, 0, 0, len(bg_codes), 0), np.int64
    )
    word_index = {w: k for k, w in enumerate(words)}
    text_words = np.array(
        [word_index.get(t.lower().replace("’", "'"), -1) for t in texts], dtype=np.int64
    )
    for table in (word_table, text_table, text_words, unknown_row):
        table.setflags(write=False)
    return replace(
        enc,
        word_index=word_index,
        word_table=word_table,
        text_index={t: k for k, t in enumerate(texts)},
        text_table=text_table,
        text_words=text_words,
        unknown_row=unknown_row,
    )
