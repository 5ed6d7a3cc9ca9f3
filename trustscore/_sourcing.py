"""The sourcing family: who the article cites, how, and how evenly its voices are quoted.

``sources_and_quotes(body)`` gives the typed ``sources`` and ``quotes`` of the report;
``sourcing_signals(doc, body)`` gives the signals, each with the spans behind it. Every
signal's formula and its value when undefined are in docs/sourcing.md.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from trustscore import _source_phrases as phrases
from trustscore import _sourcing_lexicon as lex
from trustscore._attribution import Attribution, find_attributions, refused_act
from trustscore._attribution_record import BE
from trustscore._document import Document
from trustscore._lexicon import clearly_not_english
from trustscore._post_embeds import embedded_posts
from trustscore._quotes import SpokenQuote, attach_speakers
from trustscore._report import Quote, Source, Span
from trustscore._signals import _WORD as _BODY_WORD  # same words as ArticleBody.word_count
from trustscore._signals import ArticleBody, SignalSet, count_words, span
from trustscore._speakers import Speaker, SpeakerResolver, outlet_name

# One alternation of literal phrases with bounded gaps ([^.]{1,80}? is a single class with a
# fixed upper bound), so matching is linear in the body length.
_REPLY = re.compile("|".join(f"(?:{p})" for p in lex.REPLY_PATTERNS))
# The longest right-of-reply phrase is under 120 characters ("reached out to" + an 80-character
# name + "for comment"), so a match holding a hint word lies within this distance of it.
REPLY_WINDOW = 130


_ANY_WORD = re.compile(r"\w")
# Every right-of-reply pattern contains one of these words; the regex runs only if one occurs.
_REPLY_HINTS = ("comment", "respon", "reach", "return", "repl", "contacted", "request")


@dataclass(frozen=True)
class _Cited:
    attribution: Attribution
    speaker: Speaker


@dataclass(frozen=True)
class SourcingAnalysis:
    """Everything the sourcing stage found in one body."""

    cited: tuple[_Cited, ...]
    quotes: tuple[tuple[SpokenQuote, Speaker | None], ...]
    english: bool = True
    """False when the body is clearly not English (nothing is looked for then)."""


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")
# Two cues further apart than this are never in one sentence for the "via" rule.
MAX_SENTENCE_CHARS = 400


def _same_sentence(text: str, a: Attribution, b: Attribution) -> bool:
    lo, hi = min(a.cue[0], b.cue[0]), max(a.cue[1], b.cue[1])
    return hi - lo < MAX_SENTENCE_CHARS and _SENTENCE_BREAK.search(text, lo, hi) is None


# Attributions are in text order; one sentence holds at most a few, so "same sentence" checks
# look this many places either side (PolNeAR train: at most 10 cue words per sentence in 99.9%).
NEAR = 12


def _near(atts: list[Attribution], i: int) -> list[Attribution]:
    return atts[max(0, i - NEAR) : i + NEAR + 1]


# Only the first MAX_ANALYSED_CHARS characters of the body are read for sourcing: three times the
# longest PolNeAR article (about 30,000 characters), and short enough that the stage stays under
# a second on any input. The densest input found (a 19-character attribution, "“Why?” Biden
# said.", repeated) costs about 5 s per MB on this machine; at 300,000 characters, the bound
# until the third session, it took 1.6 s once such clauses became attributions.
MAX_ANALYSED_CHARS = 100_000
SIGNAL_NAMES = (
    "named_source_count",
    "anonymous_source_count",
    "organization_source_count",
    "distinct_named_sources",
    "named_source_ratio",
    "social_media_source_share",
    "quote_count",
    "quoted_word_share",
    "top_speaker_quote_share",
    "speaker_balance",
    "right_of_reply",
)
"""Every signal of the family (docs/sourcing.md, Signals)."""
NOT_ENGLISH = (
    "sourcing: the text does not look English; sources, quotes and their signals are found "
    "in English only"
)


def _prefix(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The leading paragraphs up to MAX_ANALYSED_CHARS (the last one cut); offsets unchanged."""
    total = 0
    for i, p in enumerate(paragraphs):
        if total + len(p) > MAX_ANALYSED_CHARS:
            return (*paragraphs[:i], p[: max(0, MAX_ANALYSED_CHARS - total)])
        total += len(p) + 2
    return paragraphs


# Reporting verbs whose statement a gerund after a comma continues ("said …, adding that …"):
# unambiguous ones ("added fuel to the speculation, writing …" is no statement of its own).
_CONTINUED_LEMMAS = lex.words("say tell write state announce confirm post report tweet deny")
# Statements that only a gerund goes on with ("denied that …, calling the reports …"; "denied
# … and said …" is two).
_GERUND_CONTINUED = lex.words("deny")
# Stances that are no report: followed by a gerund with the same source in the same sentence,
# the gerund is the citation ("dismissed reports that …, saying …", "defended the bill,
# insisting …"; docs/sourcing.md, "How our sets are annotated": eight of eight such sentences
# in our sets were annotated so).
_STANCES = lex.words(
    "dismiss reject defend praise criticise criticize welcome condemn blame slam hail thank hit "
    "fire dispute"
)
# "… said the town would fight and urged …": "and" right before the second verb (looked for
# in this many characters before it).
_AND_REACH = 8
# Verbs that after "and" go on with the same statement ("said … and urged …", "and added
# that …", "and called the charges …", "but ruled out …": 22 of 22 such sentences in our
# sets were annotated so); others are a claim or an act of their own ("and accused …" 7 of
# 7, "and declined to comment", "and promised to repeal it"), a citation each.
_AND_CONTINUED = lex.words(
    "urge add note stress insist explain say tell warn write caution thank confirm call praise "
    "blame reject welcome pledge rule ask"
)
# Statements that "and" with a continuing verb goes on with, besides _CONTINUED_LEMMAS ("insisted
# the row had been “blown out of proportion” and said …", "called the decision “a blunt
# instrument” and warned …"); a gerund after them is not taken as going on.
_AND_STATEMENTS = lex.words("insist claim warn call argue stress explain note add")
# Statement verbs that a "but" clause goes on with ("said … but warned …").
_BUT_CONTINUED = lex.words("say tell write")


def _stance_then_gerund(text: str, a: Attribution, nxt: Attribution) -> bool:
    """a takes a stance ("dismissed reports that …") and nxt, a gerund with a's source in the
    same sentence, says what was said (", saying …")."""
    return (
        a.lemma in _STANCES
        and a.source is not None
        and nxt.source == a.source
        and text[nxt.cue[0] : nxt.cue[1]].lower().split()[0].rstrip(":,").endswith("ing")
        and _same_sentence(text, a, nxt)
    )


def _continues(text: str, a: Attribution, prev: Attribution | None) -> bool:
    """a is "adding …" / "saying …" after prev's reporting verb, with prev's source, in the
    same sentence ("The agency said on Friday that …, adding that …"): the same statement,
    one citation (docs/sourcing.md, "How our sets are annotated")."""
    return (
        prev is not None
        and a.source is not None
        and a.source == prev.source
        and (prev.lemma in _CONTINUED_LEMMAS or prev.lemma in _AND_STATEMENTS)
        and prev.cue[0] < a.cue[0]
        and _continuing_cue(text, a, prev)
        and _same_sentence(text, a, prev)
    )


def _reported_and(text: str, a: Attribution, prev: Attribution) -> bool:
    """a is the second verb of prev's reported clause, its subject a pronoun inside prev's
    content ("The association said it welcomed the plan but warned that …": what the
    association said, one citation), or a gerund going on from it ("…, adding that …")."""
    if a.source is None or a.lemma not in _AND_CONTINUED or prev.lemma not in _CONTINUED_LEMMAS:
        return False
    if text[a.source[0] : a.source[1]].lower() not in lex.PRONOUNS:
        return False
    if not any(s <= a.source[0] < e for s, e in prev.contents):
        return False
    if not _same_sentence(text, a, prev):
        return False
    if text[a.cue[0] : a.cue[1]].split(" ", 1)[0].rstrip(":,").endswith("ing"):
        return True  # "said in a statement that it had released …, adding that …"
    before = text[max(prev.cue[1], a.cue[0] - _AND_REACH) : a.cue[0]].split()
    return before[-1:] in (["but"], ["and"])


def _continuing_cue(text: str, a: Attribution, prev: Attribution) -> bool:
    """a's cue is a gerund ("adding", "citing “provocations”": a source that "citing" brings
    in is cited on its own, see _cited_np) or a continuing verb right after "and" ("and
    urged")."""
    cue = text[a.cue[0] : a.cue[1]].lower()
    if cue.split(" ", 1)[0].rstrip(":,").endswith("ing"):  # ("adding", "adding:", "pointing to")
        return prev.lemma in _CONTINUED_LEMMAS
    if prev.lemma in _GERUND_CONTINUED:
        return False  # "denied that … and said …": two claims (heldout15)
    before = text[max(prev.cue[1], a.cue[0] - _AND_REACH) : a.cue[0]].split()
    if before[-1:] == ["but"]:
        # "said the plant would reopen but warned …" goes on; "confirmed the figures but said
        # …" or "would not confirm … but said" says something else
        return a.lemma in _AND_CONTINUED and prev.lemma in _BUT_CONTINUED
    return a.lemma in _AND_CONTINUED and before[-1:] == ["and"]


# Verbs that report only with a clause or a quote: with a noun object alone they are acts,
# not citations ("posted a video on TikTok", "apologised for the disruption", "approved a
# plan", "ordered the evacuation"). Measured on our sets (docs/sourcing.md, "Eighth
# session"): with an object alone, 1 of 41 such sources was annotated.
_ACTS = lex.words(
    "post share apologise apologize approve offer order speak upload livestream stream list cite "
    "boast challenge address sign celebrate reject demand concede endorse charge issue publish "
    "release inform push attack chant"
)
# A cue in the future ("will publish its findings", "will call an election") reports nothing
# yet: with a noun object alone it is an act, whatever the verb.
_FUTURE = frozenset(("will", "shall"))
# Objects that are words: posting or sharing them reports what they say.
_WORDS_POSTED = frozenset(
    (
        "message",
        "messages",
        "comment",
        "comments",
        "statement",
        "tribute",
        "tributes",
        "plea",
        "warning",
        "warnings",
        "notice",
        "appeal",
        "alert",
        "alerts",
    )
)
# What is recalled when "recall" is no memory ("Elvany recalled its ambassador", "recalled
# 40,000 cars"): envoys and products.
_RECALLED = re.compile(
    r"(?:its|their|the|his|her|some|all|about|nearly|more than|[\d,.]+)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:ambassadors?|envoys?|diplomats?|staff|troops|products?|cars|vehicles|batches|units|"
    r"models|jars|bottles|packs|items|devices|phones)\b",
    re.IGNORECASE,
)
# "Desilva did not name the players": withheld, no report (not "declined to name", a reply).
_NOT_NAMED = re.compile(r"(?:did|does|would|could) not name\b", re.IGNORECASE)
# An act in the passive ("were approved by councillors", "was ordered by the court").
_PASSIVE_AUXILIARIES = BE
# A content opening with one of these is a clause, not a noun object.
_SUBJECT_PRONOUNS = frozenset(("i", "we", "they", "he", "she", "you"))
# A that-clause opening within this many words of the content reports something.
_THAT_REACH = 5
# Who is rung, and what follows a telephone call ("called her within an hour").
_CALLED_PEOPLE = lex.words("her him them me us")
_AFTER_RANG = lex.words("within on at after before back to from in again twice every last")
_CALL_TAIL_CHARS = 30
# A quotation mark, not an apostrophe inside a word ("the company’s outflow pipe").
_QUOTATION = re.compile(r"[“”\"«»]|(?<!\w)['‘’]|['‘’](?!\w)")


def _passive(cue: list[str]) -> bool:
    """The cue words are a passive ("were approved", "has been rejected"), not a progressive
    ("have been sharing", "are warning")."""
    return any(w in _PASSIVE_AUXILIARIES for w in cue) and not cue[-1].endswith("ing")


def _reports(text: str, s: int, e: int, reach: int = _THAT_REACH) -> bool:
    """The content text[s:e] opens with a that-clause (within reach words) or holds a
    quotation mark."""
    words = text[s:e].lower().split(maxsplit=reach)[:reach]
    return "that" in words or _QUOTATION.search(text, s, e) is not None


# A request to stay unnamed ("asked that her shop not be named").
_UNNAMED_REQUEST = re.compile(r"\bnot be (?:named|identified)\b", re.IGNORECASE)
# Words that make "asked …" a question reported ("asked whether the road would reopen").
_QUESTION_WORDS = frozenset(
    ("whether", "if", "why", "how", "what", "when", "who", "where", "which")
)


def _request(text: str, s: int, e: int, cue_start: int) -> bool:
    """The content of "asked" at text[s:e] is a request, no question or demand reported:
    "asked customers to change their passwords", "asked the school board for an explanation"
    (not "asked for a delay", "asked whether …", "asked, “Why now?”")."""
    words = [w.strip(",.;:") for w in text[s:e].lower().split(maxsplit=6)[:6]]
    if s > cue_start and _UNNAMED_REQUEST.search(text, s, e) is not None:
        return True  # "He asked that his airline not be identified": why he is unnamed
    if s < cue_start or not words or _reports(text, s, e):
        return False
    if words[0] == "to":
        return True
    return words[0] not in ("for", "about") and not _QUESTION_WORDS.intersection(words)


def _act_only(text: str, a: Attribution, atts: list[Attribution], i: int) -> bool:
    """a is an act with a noun object, nothing reported: no content before the cue, none
    that opens with "that", none holding a quotation mark (unless a, atts[i], lies inside
    another source's words, whose quote it is: "X said Idris had signed the deal “behind my
    back”")."""
    if a.lemma == "recall":
        return _RECALLED.match(text, min(a.contents)[0]) is not None if a.contents else False
    if a.lemma == "call" and a.contents and "for" not in text[a.cue[0] : a.cue[1]].split():
        # "have called a 48-hour strike", "called an election": an act (not "called it “a
        # disgrace”", "called for calm")
        s, e = min(a.contents)
        if s < a.cue[0] or _QUOTATION.search(text, s, e) is not None:
            return False
        # "had called her within an hour": a telephone call (not "called him a liar")
        after = text[a.cue[1] : a.cue[1] + _CALL_TAIL_CHARS].lower().split()[:2]
        rang = len(after) == 2 and after[0] in _CALLED_PEOPLE and after[1] in _AFTER_RANG
        return text[s:e].split(maxsplit=1)[:1] in (["a"], ["an"]) or rang
    cue_text = text[a.cue[0] : a.cue[1]]
    future = False
    if " " in cue_text:  # (a passive or a future takes two words or more)
        cue = cue_text.lower().split()
        if _passive(cue) and a.lemma != "reach":
            # "Plans were approved by councillors", "The findings were welcomed by …", "has
            # not been approved by the cabinet": a passive, nothing said unless a quote or a
            # that-clause follows (not "could not be reached", a reply sought)
            return not any(_reports(text, s, e) for s, e in a.contents if s > a.cue[0])
        future = cue[0] in _FUTURE
    if a.lemma == "ask":
        return bool(a.contents) and all(_request(text, s, e, a.cue[0]) for s, e in a.contents)
    withheld_name = a.lemma == "name" and _NOT_NAMED.match(text, a.cue[0]) is not None
    if a.lemma not in _ACTS and not future and not withheld_name:
        return False
    if not a.contents:
        return False
    for s, e in a.contents:
        words = text[s:e].lower().split(maxsplit=_THAT_REACH)[:_THAT_REACH]
        if s < a.cue[0] or not words or "that" in words:  # ("on Wednesday morning that …")
            return False
        if words[0].strip(",") in _SUBJECT_PRONOUNS:
            return False  # "Lorenz later recalled, they had re-run …": a clause
        if a.lemma in ("post", "share") and any(w.strip(",.") in _WORDS_POSTED for w in words[:3]):
            return False  # "posted messages of support on Facebook": words, not a picture
        if _quoted_words(text, s, e) and not _nested(a, _near(atts, i)):
            return False
    return True


# A quotation right after one of these words is a label's or a title's, not words reported
# ("shared a screenshot of a letter headed “Your Questions Answered”").
_LABEL_BEFORE = re.compile(
    r"\b(?:headed|titled|entitled|captioned|reading|marked|labell?ed|called|named|dubbed),?\s+\Z"
)
_LABEL_REACH = 14


def _quoted_words(text: str, s: int, e: int) -> bool:
    """text[s:e] holds a quotation mark, other than the two around a label ("a letter headed
    “…”")."""
    closing = False
    for m in _QUOTATION.finditer(text, s, e):
        if closing:
            closing = False  # the label's closing mark
            continue
        if _LABEL_BEFORE.search(text, max(s, m.start() - _LABEL_REACH), m.start()) is None:
            return True
        closing = True
    return False


def _own_report(
    text: str, a: Attribution, near: list[Attribution], speaker_of: dict[int, Speaker | None]
) -> bool:
    """a, with a pronoun as source, lies inside the words of another attribution of the same
    speaker ("Constable Mira Santos told the court she found the victim …"): part of that
    statement, not a second citation."""
    if a.source is None or a.source[1] - a.source[0] > _LONGEST_PRONOUN:
        return False
    if text[a.source[0] : a.source[1]].lower() not in lex.SUBJECT_PRONOUNS:
        return False
    sp = speaker_of[id(a)]
    if sp is None:
        return False
    start = a.start
    return any(
        b is not a
        and b.cue_class == "speech"
        and b.contents
        and b.cue[1] <= start <= max(e for _, e in b.contents)
        and (other := speaker_of[id(b)]) is not None
        and other.key == sp.key
        for b in near
    )


_LONGEST_PRONOUN = max(len(p) for p in lex.SUBJECT_PRONOUNS)


def _nested(a: Attribution, near: list[Attribution]) -> bool:
    """a begins inside the content of another speech attribution near it ("said that his
    co-host, Sana Idris, had signed …": the content runs into a's source)."""
    start = a.start
    return any(
        b is not a and b.cue_class == "speech" and any(s <= start < e for s, e in b.contents)
        for b in near
    )


# Pictures, which show what happened but say nothing ("A video posted on Telegram showed the
# vehicle veering into a barrier").
_PICTURES = lex.words(
    "video videos footage clip clips photo photos photograph photographs image images picture "
    "pictures"
)


# What a person shows may be a finding after a long adjunct ("showed in a paper published in
# Biochemical Society Transactions that …"): its "that" is looked for this far.
_SHOWN_THAT_REACH = 15


def _pictured(text: str, a: Attribution, sp: Speaker | None) -> bool:
    """a is a picture that shows something: its source's first noun is a picture, its cue
    "show"; or a person shows or finds a thing ("one crew member showed the splintered mast",
    "Inspectors found cracks in the mounts"), with no that-clause or quotation (a record or a
    body shows and finds findings: "data show prices rose", "a study found no link")."""
    if a.lemma not in ("show", "find") or a.source is None:
        return False
    words = text[a.source[0] : a.source[1]].lower().split()[:3]
    if a.lemma == "show" and any(w.strip(",") in _PICTURES for w in words):
        return True
    return (
        sp is not None
        and sp.kind != "organization"
        and bool(a.contents)
        and all(s > a.cue[0] and not _reports(text, s, e, _SHOWN_THAT_REACH) for s, e in a.contents)
    )


def _carried(text: str, a: Attribution, near: list[Attribution], witness: Speaker | None) -> bool:
    """The "according to" attribution a only says who carried another source's words: it
    relays their words ("“…,” Walker said, according to a transcript"; not people who heard
    them, witness, "…, he told lawmakers, according to two people who were in the room"), or
    it names an outlet in the same sentence as a speech attribution outside its content ("X
    said …, according to Reuters")."""
    if any(b is not a and b.contents == a.contents for b in near):
        return witness is None or witness.kind == "organization"
    if not lex.is_outlet(text[a.source[0] : a.source[1]] if a.source else ""):
        return False
    return any(
        b is not a
        and b.cue_class == "speech"
        # not "Rangers refused to swap the fixture back, according to the Dunhallow
        # Courier": a refusal to act, the outlet's report
        and not refused_act(text, b)
        and _same_sentence(text, a, b)
        and not any(s <= b.cue[0] < e for s, e in a.contents)
        for b in near
    )


def _merge_via(
    text: str, atts: list[Attribution], speaker_of: dict[int, Speaker | None]
) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Drop "according to <outlet>" when it only says which outlet carried another source,
    a gerund that continues the statement before it ("said …, adding …") and a stance before
    its gerund ("dismissed reports …, saying …"). Returns the attributions kept and, by id,
    the neighbour each merged one went into (the gerund's statement, the stance's gerund)."""
    out: list[Attribution] = []
    into: dict[int, Attribution] = {}
    acts = [_act_only(text, a, atts, i) for i, a in enumerate(atts)]
    for i, a in enumerate(atts):
        # after an act the gerund reports ("posted photographs on Facebook, urging walkers …")
        prev = atts[i - 1] if i > 0 and not acts[i - 1] else None
        if prev is not None and (_continues(text, a, prev) or _reported_and(text, a, prev)):
            into[id(a)] = prev
            continue
        nxt = atts[i + 1] if i + 1 < len(atts) else None
        stance = nxt is not None and _stance_then_gerund(text, a, nxt)
        if nxt is not None and stance:
            into[id(a)] = nxt
        if stance or acts[i] or _pictured(text, a, speaker_of[id(a)]) or refused_act(text, a):
            continue
        if _own_report(text, a, _near(atts, i), speaker_of):
            continue
        if a.lemma == "according to" and _carried(text, a, _near(atts, i), speaker_of[id(a)]):
            continue
        out.append(a)
    return out, into


# Beliefs and expectations of a vague group ("Many believe", "Analysts expect") are cited
# like words: the reader is asked to trust a view whose holders are not named.
_VIEW_LEMMAS = frozenset(("believe", "think", "expect", "fear", "suspect"))
_VAGUE_HOLDERS = frozenset(
    (
        "many", "some", "most", "few", "several", "others", "critics", "experts", "analysts",
        "economists", "observers", "commentators", "insiders", "pals", "people",
    )
)  # fmt: skip


_WRITER_WORDS = frozenset(("us", "we", "you"))
_AFTER_VIEW_CHARS = 12


def _vague_view(text: str, a: Attribution, sp: Speaker) -> bool:
    """ "Many believe …", "Analysts expect …": a view of an unnamed group cited as its source
    (a person's or a body's belief is not: "Ruiz believes" cites nobody)."""
    if a.cue_class != "thought" or sp.kind != "anonymous" or a.lemma not in _VIEW_LEMMAS:
        return False
    words = text[a.source[0] : a.source[1]].lower().split() if a.source else []
    after = text[a.cue[1] : a.cue[1] + _AFTER_VIEW_CHARS].lower().split()[:1]
    return (
        any(w in _VAGUE_HOLDERS for w in words[:3])
        and not any(w in _WRITER_WORDS for w in words)  # "Most of us think": the writer too
        and after not in (["about"], ["to"], ["of"])  # "others think about it": no view given
    )


# ", citing two people familiar with the talks" / ", citing court documents": the noun
# phrase a gerund "citing" brings in, up to the next comma, clause or sentence end. One
# bounded lazy class, so each attempt reads at most 120 characters.
_CITING_NP = re.compile(
    r",\s+citing\s+([^,.;:!?\n“”\"]{1,120}?)(?=\s*(?:[,.;:!?\n]|$)|\s+(?:that|as|saying)\s)"
)
# Words that end a cited noun phrase's head ("two people familiar with …", "a report by …").
_AFTER_HEAD = lex.words(
    "familiar close with who in at from of by on for briefed knowledgeable involved speaking "
    "inside within near to"
)


def _cited_np(text: str, a: Attribution, claimed: set[int]) -> Attribution | None:
    """The source a gerund "citing" brings in within a's sentence, as an attribution whose
    source is that noun phrase ("Glitterwire reported, citing two people close to the singer,
    that …"); None when there is none or an earlier attribution took it."""
    if a.cue_class != "speech":
        return None
    brk = _SENTENCE_BREAK.search(text, a.cue[1], a.cue[1] + MAX_SENTENCE_CHARS)
    end = brk.start() + 1 if brk else min(len(text), a.cue[1] + MAX_SENTENCE_CHARS)
    m = _CITING_NP.search(text, a.start, end)
    if m is None or m.start() in claimed:
        return None
    claimed.add(m.start())
    cue = m.start() + m.group(0).index("citing")
    return Attribution((cue, cue + len("citing")), m.span(1), (), "cite", "speech")


# Records that are only numbers: cited with no issuer named, they are a reason.
_FIGURE_NOUNS = lex.words("numbers figures data statistics results rates levels")


def _source_cited(text: str, c: Attribution, sp: Speaker) -> bool:
    """The phrase after "citing" is a source (people, a named person, a body or a record),
    not a reason ("citing exhaustion", "citing a shortage of midwives")."""
    assert c.source is not None
    words = text[c.source[0] : c.source[1]].lower().split()
    head = next((i for i, w in enumerate(words) if w in _AFTER_HEAD and i > 0), len(words))
    last = words[head - 1].strip("’'") if head else ""
    if sp.kind == "named":
        return sp.role is not None or len(sp.name.split()) > 1
    if sp.kind == "anonymous":
        return last in lex.ANONYMOUS_NOUNS
    phrase = text[c.source[0] : c.source[1]]
    if last in _FIGURE_NOUNS and phrase.islower():
        return False  # "citing visitor numbers that have halved": a reason, no one's figures
    return (
        last in lex.RECORD_NOUNS
        or last in lex.ORG_WORDS
        or lex.is_outlet(text[c.source[0] : c.source[1]])
    )


def analyse(body: ArticleBody) -> SourcingAnalysis:
    """Find attributions, classify their sources and attach quotes to speakers."""
    return _analyse_paragraphs(body.paragraphs)


# The pipeline asks for the analysis twice per article (signals, then the typed sources and
# quotes); it depends only on the paragraphs, so the last few results are kept. The cache
# holds immutable results of a pure function: safe under threads, same output either way.
@lru_cache(maxsize=8)
def _analyse_paragraphs(paragraphs: tuple[str, ...]) -> SourcingAnalysis:
    body = ArticleBody(paragraphs=_prefix(paragraphs))
    text = body.text
    if clearly_not_english(text):  # the rules are English: nothing to find
        return SourcingAnalysis((), (), english=False)
    starts = body.paragraph_offsets()
    bounds = [(s, s + len(p)) for s, p in zip(starts, body.paragraphs, strict=True)]
    # Rules only: the learned cues (PolNeAR's beliefs and perceptions) are not cited sources,
    # and classifying them would move the pronoun resolver's "last speaker" (docs/sourcing.md).
    atts, spans = find_attributions(text, bounds, learned=False)
    posts = embedded_posts(text, bounds)
    if posts:
        atts = sorted(atts + posts, key=lambda a: (a.start, a.cue))
    resolver = SpeakerResolver(text)
    cited: list[_Cited] = []
    speaker_of: dict[int, Speaker | None] = {}
    claimed: set[int] = set()
    brought: list[_Cited] = []  # the sources "citing" brings in
    citing = "citing" in text  # (the search per attribution only when it can find one)
    for a in atts:
        sp = resolver.classify(a)
        speaker_of[id(a)] = sp
        c = _cited_np(text, a, claimed) if citing else None
        csp = resolver.classify_if(c, partial(_source_cited, text, c)) if c is not None else None
        if c is not None and csp is not None:
            brought.append(_Cited(c, replace(csp, via=csp.via or outlet_name(sp))))
    index = {id(a): i for i, a in enumerate(atts)}
    kept, into = _merge_via(text, atts, speaker_of)
    kept_ids = {id(a) for a in kept}
    # a kept attribution takes the post of one merged into it ("announced his engagement …,
    # sharing a photo on Instagram"; "condemned it in a post on Facebook, saying …")
    posted = {
        id(t)
        for a in atts
        if (t := into.get(id(a))) is not None
        and id(t) in kept_ids
        and (sp := speaker_of[id(a)]) is not None
        and sp.social_media
    }
    for a in kept:
        sp = speaker_of[id(a)]
        if sp is not None and (a.cue_class == "speech" or _vague_view(text, a, sp)):
            if id(a) in posted and not sp.social_media:
                sp = replace(sp, social_media=True)
            via = sp.via
            if via is None:
                via = _via_from_according(text, a, _near(atts, index[id(a)]))
            sp = replace(sp, via=via)
            both = resolver.pair(a, sp)
            if both is not None:
                # "Grantley and Pipwell declined to comment": two sources, a citation each
                cited.extend(_Cited(a, s) for s in both)
            else:
                cited.append(_Cited(a, sp))
    quotes = tuple(
        (q, speaker_of.get(id(q.attribution)) if q.attribution is not None else None)
        for q in attach_speakers(text, spans, atts)
    )
    if brought:
        # the gerund's own citation gives way to the source it brings in
        taken = {b.attribution.cue for b in brought}
        cited = sorted(
            [c for c in cited if c.attribution.cue not in taken] + brought,
            key=lambda c: c.attribution.start,
        )
    cited = _revealed(cited, starts)
    return SourcingAnalysis(tuple(cited), quotes)


# How many paragraphs after a person given by role only their name may follow.
REVEAL_PARAGRAPHS = 1
_REVEAL_DETERMINERS = frozenset(("the", "her", "his", "their", "its"))


def _revealed(cited: list[_Cited], starts: list[int]) -> list[_Cited]:
    """A person first given by a role and named in the next source is that person
    (docs/sourcing.md section 6): "her coach said …. “…,” coach Tomas Birkeland told
    reporters", "The chief executive of Stellmar Rail told …. “…,” Niamh Corrigall said". The
    description is definite and singular, its head a role word; the name is the next source
    cited, a full name not cited before, within REVEAL_PARAGRAPHS paragraphs, with no role or
    one holding that head."""
    out = list(cited)
    seen: set[str] = set()
    for i, c in enumerate(cited):
        sp = c.speaker
        if sp.kind == "named":
            seen.add(sp.key)
            continue
        head = _revealable_head(sp)
        if head is None or i + 1 >= len(cited):
            continue
        nxt = cited[i + 1].speaker
        para = bisect.bisect_right(starts, c.attribution.start)
        later = bisect.bisect_right(starts, cited[i + 1].attribution.start)
        if (
            nxt.kind == "named"
            and len(nxt.name.split()) >= 2  # a full name ("Brayford" alone may be a place)
            and " and " not in nxt.name  # one person ("Johnson and Corbyn" are two)
            and nxt.key not in seen
            and later - para <= REVEAL_PARAGRAPHS
            and (
                head in (nxt.role or "").lower().split()
                # "His lawyer said …. Osei himself has said …": after a possessive the
                # name must come with the role (the owner is likelier the one named)
                or (nxt.role is None and sp.name.split()[0].lower() not in phrases._POSSESSIVES)
            )
            # not the person the role belongs to ("Ardagh’s lawyer said …. Ardagh posted …")
            and nxt.key not in sp.name.lower()
        ):
            for j in range(i + 1):
                if out[j].speaker.key == sp.key and out[j].speaker.kind == sp.kind:
                    named = replace(nxt, social_media=out[j].speaker.social_media)
                    out[j] = _Cited(out[j].attribution, replace(named, via=out[j].speaker.via))
    return out


def _revealable_head(sp: Speaker) -> str | None:
    """The head noun of a definite, singular description of one person ("her coach", "The
    chief executive of Aurelle Biotech"), or None."""
    if sp.kind != "anonymous" or not sp.name:
        return None
    words = sp.name.lower().replace("’", "'").split()
    if len(words) < 2 or (words[0] not in _REVEAL_DETERMINERS and not words[0].endswith("'s")):
        return None
    if any(m in sp.name.lower() for m in lex.ANONYMOUS_MARKERS):
        return None
    head = phrases._head(words)
    # a role ("governor", "chief executive", "coach"), not a person noun that introduces a
    # new unnamed person ("The creator of the video")
    if head.endswith("s") or head not in lex.ROLE_WORDS:
        return None
    return head


def _via_from_according(text: str, a: Attribution, atts: list[Attribution]) -> str | None:
    for b in atts:
        if (
            b.lemma == "according to"
            and b is not a
            and b.source is not None
            and _same_sentence(text, a, b)
        ):
            name = text[b.source[0] : b.source[1]]
            if lex.is_outlet(name):
                return name.strip()
    return None


def sources_and_quotes(body: ArticleBody) -> tuple[list[Source], list[Quote]]:
    """The report's typed sources and quotes."""
    return _typed(body.text, analyse(body))


def _typed(text: str, an: SourcingAnalysis) -> tuple[list[Source], list[Quote]]:
    sources = [
        Source(
            kind=c.speaker.kind,
            name=c.speaker.name,
            role=c.speaker.role,
            social_media=c.speaker.social_media,
            via=c.speaker.via,
            cue=text[c.attribution.cue[0] : c.attribution.cue[1]],
            start=c.attribution.start,
            end=c.attribution.end,
        )
        for c in an.cited
    ]
    quotes = [
        Quote(
            text=text[q.span.inner_start : q.span.inner_end],
            speaker=sp.name if sp is not None else None,
            start=q.span.inner_start,
            end=q.span.inner_end,
        )
        for q, sp in an.quotes
    ]
    return sources, quotes


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def sourcing_signals(doc: Document, body: ArticleBody) -> SignalSet:
    """The sourcing and quote-balance signals of one article (see docs/sourcing.md)."""
    del doc  # the family reads only the body
    an = analyse(body)
    if not an.english:
        return SignalSet(values=dict.fromkeys(SIGNAL_NAMES), warnings=(NOT_ENGLISH,))
    analysed = _prefix(body.paragraphs)
    whole = analysed == body.paragraphs
    text = body.text if whole else "\n\n".join(analysed)  # what was analysed
    values: dict[str, bool | int | float | None] = {}
    evidence: dict[str, tuple[Span, ...]] = {}

    def att_spans(cs: list[_Cited]) -> tuple[Span, ...]:
        return tuple(span(text, c.attribution.start, c.attribution.end) for c in cs)

    by_kind = {
        k: [c for c in an.cited if c.speaker.kind == k]
        for k in ("named", "anonymous", "organization")
    }
    for kind, name in (
        ("named", "named_source_count"),
        ("anonymous", "anonymous_source_count"),
        ("organization", "organization_source_count"),
    ):
        values[name] = len(by_kind[kind])
        evidence[name] = att_spans(by_kind[kind])
    firsts: dict[str, _Cited] = {}
    for c in by_kind["named"]:
        firsts.setdefault(c.speaker.key, c)
    values["distinct_named_sources"] = len(firsts)
    evidence["distinct_named_sources"] = att_spans(list(firsts.values()))
    n_named, n_anon = len(by_kind["named"]), len(by_kind["anonymous"])
    values["named_source_ratio"] = _ratio(n_named, n_named + n_anon)
    evidence["named_source_ratio"] = att_spans(by_kind["named"] + by_kind["anonymous"])
    social = [c for c in an.cited if c.speaker.social_media]
    values["social_media_source_share"] = _ratio(len(social), len(an.cited))
    evidence["social_media_source_share"] = att_spans(social)

    quote_spans = tuple(span(text, q.span.inner_start, q.span.inner_end) for q, _ in an.quotes)
    values["quote_count"] = len(an.quotes)
    evidence["quote_count"] = quote_spans
    quoted = [count_words(text[q.span.inner_start : q.span.inner_end]) for q, _ in an.quotes]
    if quoted:
        # the body's own count when all of it was read (counted once per body: reports show it)
        n_words = body.word_count if whole else len(_BODY_WORD.findall(text))
        values["quoted_word_share"] = _ratio(sum(quoted), n_words)
    else:  # counting the body's words is the costly part; skip it when nothing is quoted
        values["quoted_word_share"] = 0.0 if _ANY_WORD.search(text) else None
    evidence["quoted_word_share"] = quote_spans
    per_speaker: dict[str, int] = {}
    spans_of: dict[str, list[Span]] = {}
    for (q, sp), n in zip(an.quotes, quoted, strict=True):
        if sp is None:
            continue
        per_speaker[sp.key] = per_speaker.get(sp.key, 0) + n
        spans_of.setdefault(sp.key, []).append(span(text, q.span.inner_start, q.span.inner_end))
    total = sum(per_speaker.values())
    if total:
        top = max(sorted(per_speaker), key=lambda k: per_speaker[k])
        values["top_speaker_quote_share"] = per_speaker[top] / total
        evidence["top_speaker_quote_share"] = tuple(spans_of[top])
        values["speaker_balance"] = _balance(list(per_speaker.values()))
        evidence["speaker_balance"] = tuple(s for k in sorted(spans_of) for s in spans_of[k])
    else:
        values["top_speaker_quote_share"] = None
        values["speaker_balance"] = None
    replies = _right_of_reply(text)
    values["right_of_reply"] = bool(replies)
    evidence["right_of_reply"] = replies
    return SignalSet(values=values, evidence={k: v for k, v in evidence.items() if v})


def _right_of_reply(text: str) -> tuple[Span, ...]:
    """Where the article says it sought the other side's response (regex run near hints only)."""
    low = text.lower()
    windows: list[tuple[int, int]] = []
    for hint in _REPLY_HINTS:
        pos = low.find(hint)
        while pos >= 0:
            windows.append((max(0, pos - REPLY_WINDOW), pos + REPLY_WINDOW))
            pos = low.find(hint, pos + 1)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    found: dict[int, Span] = {}
    for lo, hi in merged:
        for m in _REPLY.finditer(low, lo, hi):
            found.setdefault(m.start(), span(text, m.start(), m.end()))
    return tuple(found[k] for k in sorted(found))


def _balance(words: list[int]) -> float:
    """Normalised entropy of quoted words over speakers: 0 one voice, 1 all equal."""
    total = sum(words)
    if len(words) < 2 or total == 0:
        return 0.0
    h = -sum(w / total * math.log(w / total) for w in words if w)
    return h / math.log(len(words))
