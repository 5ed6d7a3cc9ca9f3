"""Attributions around the learned cue model's cues (``_attribution_model``), with the rules'
span helpers.

``model_candidates`` picks the tokens the model scores (vocabulary words no rule span holds),
``learned_candidates`` groups the words it takes for cues and finds each group's source and
content. They only add to the rules' attributions (see ``_attribution``).
"""

from __future__ import annotations

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_content import content_left, content_right
from trustscore._attribution_cues import PARTICLES, cue_left, skip_time
from trustscore._attribution_model import CueModel
from trustscore._attribution_record import LEARNED_CLASS, MAX_CUES_PER_SENTENCE, Attribution, span
from trustscore._attribution_source import source_left, source_right, subject_at_start
from trustscore._quotes import QuoteSpan, inside
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import Token

# Learned cue words at most this many tokens apart form one cue ("passion for", "critical
# of"); PolNeAR train cues longer than the verb group rarely have longer gaps between words.
MAX_CUE_GAP = 3

# Personal pronouns a learned cue's source may be (5-fold CV on train: adding them to
# capitalised sources raised source recall by 0.004 for 0.002 less precision).
_LEARNED_SOURCE_PRONOUNS = lex.words("he she they")
_NOT_NAMES = lex.words("it this that there what these those if when")


def model_candidates(
    sent: list[Token], quotes: list[QuoteSpan], cands: list[Attribution], vocabulary: frozenset[str]
) -> list[int]:
    """Indices of tokens the cue model scores: vocabulary words no rule span holds."""
    taken = [c.cue for c in cands] + [x for c in cands for x in c.contents]
    out = []
    for i, t in enumerate(sent):
        if t.lower not in vocabulary or inside(quotes, t.start):
            continue
        if any(s <= t.start < e for s, e in taken):
            continue
        out.append(i)
        if len(out) >= MAX_CUES_PER_SENTENCE:
            break
    return out


def learned_candidates(
    sent: list[Token], quotes: list[QuoteSpan], cands: list[Attribution], model: CueModel
) -> list[Attribution]:
    """Attributions around the tokens the cue model takes for cues (see _attribution_model)."""
    idx = model_candidates(sent, quotes, cands, model.vocabulary)
    if not idx:
        return []
    has_quote = any(t.text in _OPEN_QUOTE or t.text in _CLOSE_QUOTE for t in sent)
    hits = [i for i in idx if model.score(sent, i, has_quote) >= model.threshold]
    groups: list[tuple[int, int]] = []
    for i in hits:
        if groups and i - groups[-1][1] <= MAX_CUE_GAP:
            groups[-1] = (groups[-1][0], i)
        else:
            groups.append((i, i))
    prev = cands[-1] if cands else None
    out = []
    for a, b in groups:
        att = _learned_attribution(sent, a, b + 1, prev)
        if att is not None:
            out.append(att)
            prev = att
    return out


def _learned_attribution(
    sent: list[Token], a: int, r: int, prev: Attribution | None
) -> Attribution | None:
    """Source and content around a learned cue sent[a:r], with the rules' span helpers."""
    k = cue_left(sent, a)
    if r < len(sent) and sent[r].lower in PARTICLES:
        r += 1
    cue = span(sent, k, r)
    lemma = sent[a].lower
    left = sent[k - 1] if k > 0 else None
    if left is not None and k > 1 and (left.text == "," or left.text in _CLOSE_QUOTE):
        src = source_right(sent, r)
        c = content_left(sent, k - 1)
        if c is not None and src is not None:
            return Attribution(cue, span(sent, *src), (c,), lemma, LEARNED_CLASS)
    after = content_right(sent, skip_time(sent, r))
    if after is None:
        return None
    if left is not None and left.lower in ("and", "but"):
        source = prev.source if prev is not None else subject_at_start(sent)
        return Attribution(cue, source, (after,), lemma, LEARNED_CLASS)
    src_left = source_left(sent, k)
    source = None
    if src_left is not None and _learned_source_ok(sent[src_left[0]]):
        source = span(sent, *src_left)
    return Attribution(cue, source, (after,), lemma, LEARNED_CLASS)


def _learned_source_ok(first: Token) -> bool:
    """A learned cue's source must open with a name-like capital or he/she/they.

    On PolNeAR train (5-fold CV) other sources of learned cues were mostly wrong: clause
    fragments before a mistaken cue.
    """
    if first.lower in _LEARNED_SOURCE_PRONOUNS:
        return True
    low = first.lower
    return first.text[0].isupper() and low not in lex.PRONOUNS and low not in _NOT_NAMES
