"""Learned cue scorer: a logistic regression over token features, trained on PolNeAR train.

The rules (``_attribution``) know reporting and belief verbs from hand-written lists; PolNeAR
also marks cues no list holds ("distanced himself from", "his claim that", "support for").
``scripts/train_attribution.py`` fits a linear model on PolNeAR's ``train`` split (Newell et
al., LREC 2018; no licence stated, research use) that says whether a candidate token belongs
to a cue. Candidates are only the words of the model's vocabulary (words often inside a train
cue), outside quotations and not already part of a rule cue, so scoring costs a few dict
look-ups per candidate. The model is JSON (format version, feature scheme, weights,
intercept, threshold), read once on first use and never modified. See docs/sourcing.md.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from trustscore import _sourcing_lexicon as lex
from trustscore._sentences import CLOSE_QUOTE, OPEN_QUOTE, Token
from trustscore.errors import ModelError

MODEL_PATH = Path(__file__).parent / "models" / "attribution.json"
FORMAT_VERSION = 1
FEATURE_SCHEME = "cue-tokens-v2"
_PAD = "<s>"


@dataclass(frozen=True)
class CueModel:
    """Weights of the cue classifier (read-only after loading)."""

    vocabulary: frozenset[str]
    """Words the model scores (each was often inside a PolNeAR train cue)."""
    hints: frozenset[str]
    """Words that make a sentence worth tokenising: the rule cue words and the vocabulary."""
    weights: Mapping[str, float]
    """Feature name -> weight (a read-only view)."""
    intercept: float
    threshold: float

    def score(self, sent: list[Token], i: int, has_quote: bool) -> float:
        """Probability that sent[i] is part of an attribution cue."""
        w = self.weights
        z = self.intercept + sum(w.get(f, 0.0) for f in token_features(sent, i, has_quote))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def word_shape(text: str, acronyms: bool = False) -> str:
    """Capital 'C' / lower 'a' / digit '9' / quote 'q', else the mark itself. With acronyms,
    an all-capital word of two or more letters is 'X' and a mark is cut to its first character
    (the span tagger's scheme; the cue model's is the default)."""
    c = text[0]
    if c.isupper():
        return "X" if acronyms and text.isupper() and len(text) > 1 else "C"
    if c.isalpha():
        return "a"
    if c.isdigit():
        return "9"
    if c in OPEN_QUOTE or c in CLOSE_QUOTE:
        return "q"
    return text[:1] if acronyms else text


def _shape(t: Token) -> str:
    return word_shape(t.text)


def token_features(sent: list[Token], i: int, has_quote: bool) -> list[str]:
    """Feature names of token i of a sentence (shared by training and scoring)."""
    n = len(sent)
    w = sent[i].lower
    p1 = sent[i - 1].lower if i > 0 else _PAD
    p2 = sent[i - 2].lower if i > 1 else _PAD
    n1 = sent[i + 1].lower if i + 1 < n else _PAD
    n2 = sent[i + 2].lower if i + 2 < n else _PAD
    lexical = lex.CUE_FORMS.get(w)
    feats = [
        "w=" + w,
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "p1w=" + p1 + "|" + w,
        "wn1=" + w + "|" + n1,
        "s3=" + w[-3:],
        "sh=" + (_shape(sent[i - 1]) if i > 0 else _PAD) + _shape(sent[i]),
        "nsh=" + (_shape(sent[i + 1]) if i + 1 < n else _PAD),
        "lex=" + (lexical[1] if lexical else "-"),
        "q=" + str(has_quote),
        "pos=" + str(min(i, 5)),
        "p1pron=" + str(p1 in lex.PRONOUNS),
        "subj=" + str(_subject_before(sent, i)),
        "that=" + str(any(t.lower == "that" for t in sent[i + 1 : i + 5])),
        "qafter=" + str(any(t.text in OPEN_QUOTE for t in sent[i + 1 : i + 4])),
    ]
    return feats


def _subject_before(sent: list[Token], i: int) -> bool:
    """A pronoun or a capitalised word (not the first token) within three tokens before i."""
    for j in range(max(0, i - 3), i):
        t = sent[j]
        if t.lower in lex.PRONOUNS or (j > 0 and t.text[0].isupper()):
            return True
    return False


def read_json_model(
    path: Path, what: str, format_version: int, scheme: str
) -> dict[str, Any] | None:
    """A bundled JSON model's fields, None when the file is absent; ModelError when unreadable
    or of another format version or feature scheme."""
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {what} {path}: {exc}") from exc
    if (
        not isinstance(raw, dict)
        or raw.get("format_version") != format_version
        or raw.get("feature_scheme") != scheme
    ):
        raise ModelError(f"{what} {path} has an unknown format")
    return raw


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> CueModel | None:
    """The bundled cue model, or None when the file is absent."""
    raw = read_json_model(path, "attribution model", FORMAT_VERSION, FEATURE_SCHEME)
    if raw is None:
        return None
    return make_model(
        [str(w) for w in raw["vocabulary"]],
        {str(k): float(v) for k, v in raw["weights"].items()},
        float(raw["intercept"]),
        float(raw["threshold"]),
    )


def make_model(
    vocabulary: list[str], weights: dict[str, float], intercept: float, threshold: float
) -> CueModel:
    """A cue model from its parts (used by the loader and the training script)."""
    vocab = frozenset(vocabulary)
    hints = frozenset(lex.CUE_FORMS) | {"according"} | vocab
    return CueModel(vocab, hints, MappingProxyType(dict(weights)), intercept, threshold)
