"""The attribution record and the small token helpers every part of the rule extractor shares.

``Attribution`` (cue, source and content spans as offsets into ``body.text``), its classes, the
limits that bound the token walks, and tests of single tokens and token ranges (a word, a span's
offsets, a finite verb). See ``_attribution`` for the extractor itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from trustscore import _sourcing_lexicon as lex
from trustscore._sentences import Token

CUE_FORMS = lex.CUE_FORMS

# A source noun phrase longer than this many tokens is cut (PolNeAR train: 98% of source
# spans have at most 12 tokens; longer walks mostly run into the previous clause).
MAX_SOURCE_TOKENS = 12
# Candidate cues examined per sentence. Each costs time linear in the sentence, so this cap
# keeps a sentence linear; in PolNeAR train 99.9% of sentences hold at most 10 cue words.
MAX_CUES_PER_SENTENCE = 24

# Class of attributions found by the learned cue model: PolNeAR counts them, the sourcing
# signals (which count speech cues only) do not.
LEARNED_CLASS = "learned"
# Class of passives with no speaker ("is said to be"): PolNeAR counts their cue and content;
# they cite no source.
PASSIVE_CLASS = "passive"

# A recipient ("told Reuters on Monday") longer than this is not searched for.
MAX_RECIPIENT_TOKENS = 6
# A relative clause or appositive between commas after a name ("Mikkel Brandt, who grows barley
# near … and whose fields …, said"; "Ana Poulsen, a hydrologist at … who has studied …, said")
# may be longer than a source phrase; still bounded, so linear.
MAX_RELATIVE_TOKENS = 30

# A cue word right before one of these is the subject noun, not a reporting verb.
COPULAS = frozenset(("is", "was", "are", "were", "has", "have", "had"))

OPENING_PREPOSITIONS = frozenset(("on", "in", "at", "by", "for", "with", "from", "to", "via"))
BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))


@dataclass(frozen=True)
class Attribution:
    """One attribution: cue, source and content spans (offsets into the text)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    contents: tuple[tuple[int, int], ...]
    lemma: str
    """The cue's lemma, e.g. 'say' or 'according to'."""
    cue_class: str
    """'speech' (the source said or wrote it) or 'thought' (belief, intention, attitude)."""
    recipient: tuple[int, int] | None = None
    """Who was told ("told Reuters"), when found."""

    @property
    def start(self) -> int:
        """Start of the whole attribution."""
        return min([self.cue[0]] + [s for s, _ in self._parts()])

    @property
    def end(self) -> int:
        """End of the whole attribution."""
        return max([self.cue[1]] + [e for _, e in self._parts()])

    def _parts(self) -> list[tuple[int, int]]:
        parts = list(self.contents)
        if self.source:
            parts.append(self.source)
        return parts


def word(t: Token) -> bool:
    """The token is a word: it opens with a letter or a digit."""
    return t.text[0].isalnum()


# Finite verbs: a subject and one of these after the cue make a clause, not an inverted
# source ("A diplomat from the host country, who asked not to be named, said the two sides
# had been close": the diplomat speaks; the sides are what is said).
FINITE = COPULAS | frozenset(
    ("will", "would", "could", "should", "may", "might", "must", "can", "cannot", "did", "does")
)


def holds_finite(sent: list[Token], a: int, b: int) -> bool:
    """sent[a:b] holds a finite verb ("is", "had", "will"…): a clause, not a name or appositive."""
    return any(t.lower in FINITE for t in sent[a:b])


def span(sent: list[Token], a: int, b: int) -> tuple[int, int]:
    """Character offsets (start, end) of the tokens sent[a:b]."""
    return (sent[a].start, sent[b - 1].end)


def index_at(sent: list[Token], offset: int) -> int:
    """Index of the token of sent that starts at offset (-1 if none)."""
    return next((j for j, t in enumerate(sent) if t.start == offset), -1)


def tokens_in(sent: list[Token], span: tuple[int, int]) -> list[Token]:
    """The tokens of sent inside a character span."""
    return [t for t in sent if span[0] <= t.start and t.end <= span[1]]
