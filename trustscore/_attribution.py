"""Attributions: who is said to say (or think) what, found with rules over tokens.

An attribution has a cue (the reporting verb group or phrase), usually a source (the noun
phrase of who speaks) and content (what is attributed), following PolNeAR's conventions:
the cue keeps its verb group ("has repeatedly said"), content includes quote marks, only
the outermost attribution of a nested one is kept, and cues inside quotes are ignored.
All offsets are into the text given (``body.text``). See docs/sourcing.md for the rules.

This module holds the per-sentence candidate logic (``rule_candidates``: a cue word's
attribution, passives, "according to", colon lead-ins, sought replies), the pruning of nested
candidates and ``find_attributions`` / ``may_attribute``. The parts live in their own modules:
the record and token helpers (``_attribution_record``), cue words and verb groups
(``_attribution_cues``), source noun phrases (``_attribution_source``), content spans and
clause tests (``_attribution_content``) and the learned cue model's candidates
(``_attribution_learned``).

Every regex here is a flat alternation or a single character class repeated (no nested
quantifiers over overlapping classes), and every loop walks tokens a bounded number of
times, so time grows linearly with the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_content import (
    clause_chunk,
    clause_opens,
    content_left,
    content_right,
    object_only,
    quote_follows,
    right_after,
    trailer,
)
from trustscore._attribution_cues import (
    BEFORE_GROUP,
    FINDING_LEMMAS,
    FORECAST_OBJECTS,
    MOVES,
    NOUN_FIRST,
    NOUN_LIKE_FORMS,
    REPLY_LEMMAS,
    UNREACHED_MODALS,
    after_number,
    anonymity_phrase,
    cue_left,
    cue_right,
    finite_cue,
    negates,
    negation,
    no_comment_start,
    not_speech_use,
    passive,
    people_noun,
    record_subject,
    reduced_relative,
    skip_time,
    state_modifier,
    strong_subject,
    to_a_noun,
    weak_cue_subject,
    words_follow,
)
from trustscore._attribution_learned import learned_candidates
from trustscore._attribution_learned import model_candidates as model_candidates
from trustscore._attribution_model import CueModel, load_model
from trustscore._attribution_record import (
    BE,
    COPULAS,
    CUE_FORMS,
    FINITE,
    MAX_CUES_PER_SENTENCE,
    MAX_RECIPIENT_TOKENS,
    MAX_SOURCE_TOKENS,
    index_at,
    span,
    tokens_in,
    word,
)
from trustscore._attribution_record import LEARNED_CLASS as LEARNED_CLASS
from trustscore._attribution_record import PASSIVE_CLASS as PASSIVE_CLASS
from trustscore._attribution_record import Attribution as Attribution
from trustscore._attribution_source import (
    appositive_source,
    comma_after_parenthesis,
    comma_subject,
    coordinated_start,
    naming_participle,
    source_left,
    source_right,
    subject_at_start,
    with_absolute,
)
from trustscore._quotes import QuoteSpan, inside, quote_spans
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import LOWER_WORD as _LOWER_WORD
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import SENT_END as _SENT_END
from trustscore._sentences import STOP_PUNCT as _STOP_PUNCT
from trustscore._sentences import Sentences, Token

# A colon attribution needs this many words after the colon ("Clinton: 547." is not one).
MIN_COLON_WORDS = 3

# Characters between a content's end and a trailing "according to" (", " or " — ").
MAX_TRAILING_GAP = 3


def _by_agent(
    sent: list[Token], k: int, r: int, cue: tuple[int, int], lemma: str, cls: str
) -> Attribution | None:
    """A passive with its agent: "The plan was announced by the ministry on Monday" has the
    ministry as source and the subject (what was announced) as content."""
    a = r + 1
    e = a
    while e < len(sent) and e - a < MAX_SOURCE_TOKENS:
        t = sent[e]
        if t.text in _STOP_PUNCT or t.text in _SENT_END or t.lower == "that":
            break
        if e > a and skip_time(sent, e) > e:
            break  # "… by the ministry on Monday"
        if (
            e > a
            and t.lower in ("of", "for")
            and sent[e + 1 : e + 2]
            and sent[e + 1].lower.endswith("ing")
        ):
            break  # "is accused by critics of promoting …"
        e += 1
    if e == a or not word(sent[a]):
        return None
    clause = content_right(sent, e) if e < len(sent) and sent[e].lower == "that" else None
    if clause is not None:  # "He was told by his doctor that he must rest"
        return Attribution(cue, span(sent, a, e), (clause,), lemma, cls)
    subject = source_left(sent, k)
    contents = (span(sent, *subject),) if subject is not None else ()
    return Attribution(cue, span(sent, a, e), contents, lemma, cls)


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "i", "we", "you"))


def _pronoun_clause(sent: list[Token], r: int) -> bool:
    """ "…, Meera Pillai, said she supported …": a pronoun and a word after the cue open the
    content, so the cue is not inverted (an inverted pronoun source ends the sentence)."""
    return r + 1 < len(sent) and sent[r].lower in _SUBJECT_PRONOUNS and word(sent[r + 1])


def _clause_after(sent: list[Token], r: int) -> bool:
    """What follows the cue, up to its first comma, holds a finite verb: content, no source."""
    for t in sent[r : r + 3 * MAX_SOURCE_TOKENS]:
        if t.text in (",", ";", ":") or t.text in _SENT_END or t.lower in ("who", "which"):
            return False
        if t.lower in FINITE:
            return True
    return False


def _unreached(sent: list[Token], i: int) -> Attribution | None:
    """ "The owner could not be reached for comment.": a source sought for a reply that did
    not answer, cited with no content (sent[i] is "reached")."""
    if i < 2 or sent[i - 1].lower != "be":
        return None
    k = i - 2
    if k > 0 and sent[k].lower.endswith("ly") and sent[k - 1].lower in ("not", "cannot"):
        k -= 1  # "could not immediately be reached"
    if sent[k].lower == "not":
        k -= 1
    if (
        k < 0
        or sent[k].lower not in UNREACHED_MODALS
        or (sent[k].lower == "cannot") != (sent[k + 1].lower != "not")
    ):
        return None
    nxt = sent[i + 1].lower if i + 1 < len(sent) else "."
    if nxt not in ("for", ".", ";", ",") and nxt not in _UNREACHED_AFTER:
        return None
    src = source_left(sent, k)
    if src is None or sent[src[1] - 1].lower in _NOT_REACHED_BY_ASKING:
        return None  # "A deal could not be reached on Saturday": no one was asked
    return Attribution(span(sent, k, i + 1), span(sent, *src), (), "reach", "speech")


def _unavailable(sent: list[Token], i: int) -> Attribution | None:
    """ "The airline's founder was not available for comment.": a reply sought and not given
    (sent[i] is "available")."""
    if i + 2 >= len(sent) or sent[i + 1].lower not in ("for", "to"):
        return None
    if sent[i + 2].lower not in ("comment", "interview", "an", "a"):
        return None
    k = i - 1
    if k > 0 and sent[k].lower.endswith("ly") and sent[k].text.islower():
        k -= 1  # "was not immediately available"
    if k < 1 or sent[k].lower != "not" or sent[k - 1].lower not in BE:
        return None
    src = source_left(sent, k - 1)
    if src is None:
        return None
    return Attribution(span(sent, k - 1, i + 1), span(sent, *src), (), "reach", "speech")


# Words after "could not be reached" that go on with when or how the source was sought ("could
# not be reached on Saturday", "by phone", "at his office", "late on Friday").
_UNREACHED_AFTER = lex.words("on by at late in and after before over despite this last via through")
# What "could not be reached" says of a goal, not of a person sought for a reply.
_NOT_REACHED_BY_ASKING = lex.words(
    "deal agreement consensus compromise settlement decision verdict conclusion summit peak goal "
    "target quorum threshold destination site village area shore agreements deals"
)


# Words that open a clause ending a long "according to" source.
_LONG_CLAUSE_OPENERS = frozenset(("because", "as", "since", "who", "which", "while", "that"))


# Ordinals before a noun ("a third stress fracture", "the first reports").
_ORDINALS = lex.words("first second third fourth fifth sixth seventh eighth ninth tenth")
# Endings of adjectives ("individual", "legal", "positive", "serious", "public").
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ful", "ary")


def _modifies_noun(sent: list[Token], j: int) -> bool:
    """sent[j], right before a cue's base or -s form, makes it a noun: an ordinal ("a third
    stress fracture") or a lower-case adjective after a verb ("lodged individual
    challenges"; after a determiner, "his public comments", it is left to the rules after)."""
    if j < 1:
        return False
    t = sent[j]
    low = t.lower
    if low in _ORDINALS:
        return True
    before = sent[j - 1]
    return (
        t.text.islower()
        and t.text.isalpha()
        and len(low) > 4
        and low.endswith(_ADJECTIVE_ENDINGS)
        and before.text.islower()
        and before.text.isalpha()
        and before.lower not in lex.NOUN_MARKERS
    )


# Prepositions before a noun compound ("over service charges"), and the cue lemmas whose
# forms after one stay verbs ("a review of records shows": a record's finding).
_COMPOUND_PREPOSITIONS = lex.words("over about against of for with from on in into at amid")
_FINDING_NOUN_LEMMAS = lex.words("show find")


def _compound_after_preposition(sent: list[Token], i: int, lemma: str) -> bool:
    """The noun-like cue form at i ends a noun compound opened by a preposition ("over service
    charges"): no verb (not after people, "of voters say", nor a pronoun)."""
    if i < 2 or sent[i].lower not in NOUN_LIKE_FORMS or lemma in _FINDING_NOUN_LEMMAS:
        return False
    mod, prep = sent[i - 1], sent[i - 2]
    return (
        prep.lower in _COMPOUND_PREPOSITIONS
        and mod.text.isalpha()
        and mod.text.islower()
        and mod.lower not in lex.PRONOUNS
        and mod.lower not in lex.QUANTIFIERS
        and not people_noun(mod.lower)
    )


def _threat_content(sent: list[Token], content: tuple[int, int]) -> bool:
    """What a threat says: "to …", "that …" or a quotation (not a noun phrase object)."""
    first = next((t for t in sent if t.start >= content[0]), None)
    return first is not None and (
        first.lower in ("to", "that") or first.text in _OPEN_QUOTE or first.text in _CLOSE_QUOTE
    )


def _participle(t: Token) -> bool:
    """A lower-case past participle ("conducted", "released")."""
    return t.text.islower() and len(t.text) > 4 and t.text.endswith("ed")


# Verbs that an anonymity phrase after them makes part of it ("speaking on condition of
# anonymity"); after other verbs it is an aside ("said on condition of anonymity that …").
_SPEAKING = frozenset(("speak", "talk", "ask", "request"))
# Anonymity phrases an aside may be, as lower-case token sequences.
_ANONYMITY_ASIDES = (
    ("on", "condition", "of", "anonymity"),
    ("on", "the", "condition", "of", "anonymity"),
    ("anonymously",),
)
_ASIDE_OPENERS = frozenset(phrase[0] for phrase in _ANONYMITY_ASIDES)


# How far after "named" an "as" makes it an appointment (tokens).
APPOINTMENT_REACH = 8


def _appoints(sent: list[Token], i: int) -> bool:
    """ "named X as interim coach", "named her the new chair": "name" gives someone a post or a
    title (an "as" or "the new" within APPOINTMENT_REACH tokens, before any punctuation or
    "that"), not a report."""
    for t in sent[i + 1 : i + 1 + APPOINTMENT_REACH]:
        if t.lower == "as" or (t.lower == "new" and t is not sent[i + 1]):
            return True
        if t.lower == "that" or not t.text[0].isalnum():
            return False
    return False


def _past_anonymity(sent: list[Token], j: int) -> int:
    """Index right after an anonymity aside opening at j and followed by "that", a comma or a
    quotation mark ("said on condition of anonymity that …"); -1 otherwise."""
    if j >= len(sent) or sent[j].lower not in _ASIDE_OPENERS:
        return -1  # (most cues: no aside after them)
    for phrase in _ANONYMITY_ASIDES:
        end = j + len(phrase)
        if end < len(sent) and tuple(t.lower for t in sent[j:end]) == phrase:
            nxt = sent[end]
            if nxt.lower == "that" or nxt.text == "," or nxt.text in _OPEN_QUOTE:
                return end + 1 if nxt.text == "," else end
    return -1


def _opening_subject(sent: list[Token]) -> bool:
    """The sentence opens with a name or pronoun as its subject (not "Although", "As in …");
    one capitalised word only before a comma, a past tense or an adverb ("Clinton paused",
    not "Consider the time …", "Human hibernation has …")."""
    subject = subject_at_start(sent)
    if subject is None:
        return False
    toks = [j for j, t in enumerate(sent) if subject[0] <= t.start < subject[1]]
    if not toks or sent[toks[0]].lower in lex.CLAUSE_BREAK or sent[toks[-1]].text.islower():
        return False  # ("Consider the …": a verb, then its object)
    if len(toks) > 1 or sent[toks[0]].lower in lex.PRONOUNS:
        return True
    nxt = sent[toks[0] + 1] if toks[0] + 1 < len(sent) else None
    return nxt is not None and (
        nxt.text == "," or (nxt.text.islower() and nxt.lower.endswith(("ed", "ly")))
    )


def _according(sent: list[Token], i: int, width: int = 2) -> Attribution | None:
    """ "according to X" at i (width 2), or "Per X" (width 1: _per)."""
    n = len(sent)
    r = i + width
    e = r
    # a spaced hyphen is a dash ("according to the Tax Policy Center - half a point of …")
    while (
        e < n
        and sent[e].text not in _STOP_PUNCT
        and sent[e].text not in _SENT_END
        and sent[e].text != "-"
    ):
        e += 1
        if e - r > MAX_SOURCE_TOKENS:
            # "according to a detective who spoke on condition of anonymity because …": the
            # source ends before a long clause
            cut = next((j for j in range(r + 1, e) if sent[j].lower in _LONG_CLAUSE_OPENERS), -1)
            if cut < 0:
                # "according to early results of the exit poll conducted by …": the source
                # ends before a participle that modifies it
                cut = next((j for j in range(r + 2, e) if _participle(sent[j])), -1)
            if cut < 0:
                return None
            e = cut
            break
    if e == r:
        return None
    contents = []
    if i > 0:
        b = i - 1 if sent[i - 1].text in (",", "—", "(") else i
        left = content_left(sent, b) if b > 0 else None
        if left:
            contents.append(left)
    right = content_right(sent, e)
    if right:
        contents.append(right)
    if not contents:
        return None
    return Attribution(
        span(sent, i, i + width), span(sent, r, e), tuple(contents), "according to", "speech"
    )


# Tokens a "Per" source may have ("Per Hoopline’s Marcus Dell,", ", per Reuters.").
MAX_PER_TOKENS = 6


def _per(sent: list[Token], i: int) -> Attribution | None:
    """ "Per Hoopline’s Marcus Dell, the Royals have …", "…, per the Tarvo Post.": "per" as
    "according to", before a capitalised name that runs to a comma or the sentence's end
    (not "per cent", "£5 per person")."""
    if i > 0 and sent[i - 1].text not in (",", "—", "–", "-"):
        return None
    if i == 0 and sent[i].text != "Per":
        return None
    j = i + 1
    if j < len(sent) and sent[j].lower == "the":
        j += 1
    if j >= len(sent) or not sent[j].text[:1].isupper() or sent[j].lower == "cent":
        return None
    e = j
    while e < len(sent) and word(sent[e]) and (sent[e].text[:1].isupper() or sent[e].lower == "of"):
        e += 1
    if e - (i + 1) > MAX_PER_TOKENS or (e < len(sent) and sent[e].text not in (",", *_SENT_END)):
        return None
    a = _according(sent, i, width=1)
    if a is None or i == 0 or sent[i - 1].text == ",":
        return a
    # "14:20 — Per …": what stands before the dash is a live blog's time, not the words
    contents = tuple(c for c in a.contents if c[0] > sent[i].start)
    return Attribution(a.cue, a.source, contents, a.lemma, a.cue_class) if contents else None


# Verbs of wishing before an object and a participle ("did not want his vineyard named").
_WANTING = frozenset(("want", "wanted", "wants", "wish", "wished", "wishes"))
# A name or identity before a participle ("did not want her name published").
_NAMING_OBJECTS = frozenset(("name", "names", "identity", "identities"))
# Participles that open an aside between a subject and its verb ("X, asked about the claim,
# said …"), at most this many tokens long.
_ASIDE_PARTICIPLES = frozenset(("asked", "pressed", "questioned", "quizzed", "challenged"))
MAX_ASIDE_TOKENS = 15


def _asked_aside(sent: list[Token], i: int) -> bool:
    """ "Anya Leclerc, asked about the claim, said only that …": the participle at i opens an
    aside set off by commas before the subject's own reporting verb; it reports nothing."""
    if sent[i].lower not in _ASIDE_PARTICIPLES or i == 0 or sent[i - 1].text != ",":
        return False
    for j in range(i + 1, min(len(sent) - 1, i + MAX_ASIDE_TOKENS)):
        if sent[j].text in _SENT_END or sent[j].text == ";":
            return False
        if sent[j].text == ",":
            nxt = sent[j + 1]
            return nxt.lower in CUE_FORMS and nxt.text.islower() and not nxt.lower.endswith("ing")
    return False


_SPEECH_GERUNDS = lex.words("saying writing adding telling")
# Words that open the question after "asked" ("Asked how she was feeling, she told …").
_QUESTION_WORDS = lex.words("how what whether if why when where who which")
# Tokens that close the question: its clause ends at a comma, colon or quote mark, or at a
# coordinated verb ("was asked whether he agreed and said no").
_QUESTION_ENDS = frozenset((",", ":", ";", "—", "and", "but", *_OPEN_QUOTE, *_CLOSE_QUOTE))


def _asked_question(sent: list[Token], i: int) -> bool:
    """The cue at i is inside a question put to someone ("Asked whether he believed the
    plan would work, Ruiz said …": nobody is cited as believing anything)."""
    for j in range(i - 1, max(0, i - MAX_ASIDE_TOKENS) - 1, -1):
        x = sent[j].lower
        if x in _QUESTION_ENDS:
            return False
        if x in _QUESTION_WORDS and j > 0 and sent[j - 1].lower in _ASIDE_PARTICIPLES:
            return True
    return False


def _speech_gerund_after(sent: list[Token], i: int) -> bool:
    """A comma and a speech gerund ("saying", "writing") follow the cue at i before any
    quotation mark or colon."""
    for j in range(i + 1, len(sent) - 1):
        if sent[j].text == ":" or sent[j].text in _OPEN_QUOTE:
            return False
        if sent[j].text == "," and sent[j + 1].lower in _SPEECH_GERUNDS:
            return True
    return False


def _withheld_name(sent: list[Token], i: int) -> bool:
    """ "who did not want her name published", "who did not want his vineyard named": the
    participle at i is part of an anonymity clause, not a report."""
    if not sent[i].lower.endswith("ed"):
        return False
    return (i > 0 and sent[i - 1].lower in _NAMING_OBJECTS) or (
        i >= 3
        and sent[i - 3].lower in _WANTING
        and sent[i - 2].lower in ("his", "her", "their", "its", "my", "the")
    )


def _source_after_asides(sent: list[Token], i: int, src: tuple[int, int]) -> tuple[int, int] | None:
    """The source of the cue at i given source_left's src: none for a record placed by a
    preposition ("… in a case study published Monday in the journal BMJ"), and the phrase
    before an aside ("The officer, Anya Leclerc, asked about the claim, said")."""
    if (
        sent[i].lower in lex.RELATIVE_PARTICIPLES
        and src[0] > 0
        and sent[src[0] - 1].lower in _RECORD_PLACES
    ):
        return None
    aside = next((j for j in range(src[0] + 1, src[1]) if _asked_aside(sent, j)), None)
    return src if aside is None else (source_left(sent, aside) or src)


# Cue forms that are only past participles: without an auxiliary before them they modify a
# noun ("HTML5 apps written using …"), they report nothing.
_PARTICIPLES_ONLY = lex.words("written spoken shown known")
_AUXILIARIES = BE | COPULAS | lex.words("having get got gets")


def _auxiliary(t: Token) -> bool:
    """t is an auxiliary, alone or contracted ("had", "We’ve", "it’s")."""
    return t.lower in _AUXILIARIES or t.lower.endswith(_CONTRACTED_AUXILIARIES)


_CONTRACTED_AUXILIARIES = ("'ve", "’ve", "'s", "’s", "'d", "’d")
# A word before a cue form that makes it a noun ("the report") or an infinitive ("to say").
_MARKERS_AND_TO = lex.NOUN_MARKERS | {"to"}
# After "which" (among them), the cue forms that are a verb, not a noun: the past tense
# ("which said", "which found"; "which reports" may be a noun). Not after "that": its clause
# is mostly part of a subject ("The account that shared the video did not respond").
_PAST_FORMS = frozenset(
    f
    for f, (lemma, _) in CUE_FORMS.items()
    if f.endswith("ed") or f in lex.IRREGULAR.get(lemma, ())[:1]
)
# Verbs that after "which" report whatever follows ("which said the noise …"); others only
# with "that" soon after ("which found last year that …"; "which refused the claim" is an act).
_RELATIVE_REPORTS = lex.words("say tell write warn claim insist argue")
_RELATIVE_THAT_REACH = 6
_CONCESSIVE = lex.words("whatever whichever")
# Words that open a verb's object or clause ("disputes the figure", "reports that …").
_OBJECT_OPENERS = lex.NOUN_PHRASE_DETERMINERS | {"that"}
# Tokens after a progressive "comparing" within which "with" makes it an activity.
_COMPARED_WITH_REACH = 8
# Verbs that, negated, say what was not said: no one's words (the sets never list them).
_UNSAID_LEMMAS = lex.words("say repeat promise specify explain disclose elaborate reveal")
# (a record's findings, and "conclude")
_RELATIVE_FINDINGS = FINDING_LEMMAS | lex.words("conclude")


def _relative_report(sent: list[Token], i: int) -> bool:
    """The cue at i, after "which", reports words ("the Trust, which said …", "a leaked
    review, which shows that …")."""
    if i < 2 or sent[i - 1].lower != "which":
        return False
    if sent[i].lower not in _PAST_FORMS:
        # a finding in the present: "which shows that", "which says that"
        return (
            CUE_FORMS[sent[i].lower][0] in _RELATIVE_FINDINGS
            and i + 1 < len(sent)
            and sent[i + 1].lower == "that"
        )
    if CUE_FORMS[sent[i].lower][0] in _RELATIVE_REPORTS:
        return True
    return any(x.lower == "that" for x in sent[i + 1 : i + 1 + _RELATIVE_THAT_REACH])


def _past_cue_after(sent: list[Token], i: int) -> bool:
    """A lower-case past reporting verb follows the word at i, maybe after a comma ("the
    younger suspect, said", "the report said")."""
    if i > 0 and (negation(sent[i - 1]) or sent[i - 1].lower in ("to", *FINITE)):
        return False  # "did not answer emailed questions": the verb, before a modifier
    j = i + 1
    if j < len(sent) and sent[j].text == ",":
        j += 1
    return j < len(sent) and sent[j].lower in _PAST_FORMS and sent[j].text.islower()


def _candidate(sent: list[Token], i: int, prev: Attribution | None) -> Attribution | None:
    t = sent[i]
    if t.lower == "according":
        return _according(sent, i) if i + 1 < len(sent) and sent[i + 1].lower == "to" else None
    if not t.text.islower() and not _headline_cue(sent, i):
        return None
    lemma, cls = CUE_FORMS[t.lower]
    if _asked_aside(sent, i) or _withheld_name(sent, i) or _asked_question(sent, i):
        return None
    if (
        t.lower == lemma + "s"
        and i > 0
        and sent[i - 1].lower in _PAST_FORMS
        and sent[i - 1].text.islower()
    ):
        return None  # "The council rejected claims of a cover-up": the object, a noun
    if t.lower in (lemma, lemma + "s") and _past_cue_after(sent, i):
        return None  # "a lawyer for the younger suspect, said …": a noun, the verb's subject
    if t.lower == "known" and i + 1 < len(sent) and sent[i + 1].lower == "as":
        return None  # "A user known as “kestrel99” wrote": a name, no knowledge
    if lemma == "name" and _appoints(sent, i):
        return None  # "named youth-team coach Ilse Brandauer as interim replacement": a post
    if t.lower == lemma and i > 0 and sent[i - 1].lower in ("another", "one"):
        return None  # "Another recall, another round of …": a singular subject takes "recalls"
    if (
        i > 0
        and t.lower.endswith("s")
        and t.lower != lemma
        and (sent[i - 1].text.replace(",", "").isdigit() or sent[i - 1].lower in lex.NUMBER_WORDS)
    ):
        return None  # "has drawn 300 replies", "two comments": a counted noun, no verb
    if t.lower == "named" and 0 < i < len(sent) - 1 and _name_given(sent, i):
        # "The story follows a woman named Lola", "the capybaras, named Biscuit and Gravy,
        # had …": a name given, no words
        return None
    if t.lower == "called" and 0 < i < len(sent) - 1 and _gives_name(sent, i):
        # "who founded the group, called Parking for Parents, in January", "“…,” a user
        # called MarshBird wrote": a name
        return None
    if lemma in lex.BACK_VERBS and not words_follow(sent[i + 2 :]):
        return None  # "Danvers hit back on Threads within hours.", "Troops fired back": no words
    if lemma in lex.BACK_VERBS and _speech_gerund_after(sent, i):
        return None  # "Dunlop hit back last night, saying: “…”": the gerund reports the words
    if t.lower in _PARTICIPLES_ONLY and not any(_auxiliary(x) for x in sent[max(0, i - 3) : i]):
        return None  # "apps written using open technologies": a participle, no verb
    had = no_comment_start(sent, i) if lemma in REPLY_LEMMAS else None
    if (
        had is None
        and i > 0
        and sent[i - 1].lower in _MARKERS_AND_TO
        and not _relative_report(sent, i)
    ):
        return None  # but "the Trust, which said …": a relative clause
    if t.lower in NOUN_FIRST and (not clause_opens(sent, i + 1) or state_modifier(sent, i)):
        return None  # "a future Palestinian state", "Arab states" (but "she states that …")
    if (
        i >= 2
        and t.lower in NOUN_LIKE_FORMS
        and sent[i - 2].lower in lex.NOUN_MARKERS
        and sent[i - 1].text[0].isupper()
        and not _after_seen_by(sent, i)
        # ("The Department for Schools disputes the figure": an -s form before its object)
        and not (t.lower != lemma and i + 1 < len(sent) and sent[i + 1].lower in _OBJECT_OPENERS)
    ):
        return None  # "In a Facebook post, …", "the Pentagon report": a name as a modifier
    if reduced_relative(sent, i) or after_number(sent, i):
        return None
    if (
        t.lower in lex.RECORD_NOUNS
        and i + 1 < len(sent)
        and sent[i + 1].lower in lex.RELATIVE_PARTICIPLES
    ):
        return None  # "Internal emails obtained by the Quillby Herald show": a noun
    if t.lower.endswith("s") and i + 1 < len(sent) and finite_cue(sent[i + 1]):
        return None  # "Court documents show …", "Media reports say …": a noun before the verb
    if _participle_after_possessive_noun(sent, i, lemma):
        return None  # "The dossier’s alleged author, …": an adjective, no words
    if t.lower == lemma and i > 0 and _possessive_noun(sent[i - 1]):
        return None  # "Brackenford Airport's promise of 12,000 new jobs": a noun
    if lemma == "add" and i + 1 < len(sent) and sent[i + 1].lower == "up":
        return None  # "Why the runway numbers don't add up": a sum, no words
    if t.lower == lemma + "s" and _after_possessive(sent, i):
        return None  # "His repeated claims of …", "their comments": a noun after a possessive
    if t.lower.endswith("s") and i + 1 < len(sent) and sent[i + 1].lower in MOVES:
        return None  # "Halvorsen Group shares fell", "insurance claims rose": a noun
    if (
        t.lower in (lemma, lemma + "s", lemma + "es")
        and _modifies_noun(sent, i - 1)
        and not record_subject(sent, i)  # "Records held at the county archive show"
    ):
        return None  # "a third stress fracture", "lodged individual challenges": a noun
    if t.lower in NOUN_LIKE_FORMS and _compound_after_preposition(sent, i, lemma):
        return None  # "furious over service charges", "amid fraud claims": a noun
    if lemma == "forecast" and i > 0 and sent[i - 1].lower in FORECAST_OBJECTS:
        return None  # "cut its profit forecast", "the growth forecast": a noun
    if (
        lemma == "point"
        and i > 0
        and (
            sent[i - 1].lower in _POINT_MODIFIERS
            or sent[i - 1].lower[:1].isdigit()
            or sent[i - 1].text in _POINT_COUNTS
        )
    ):
        return None  # "by a quarter of a percentage point to 4.5 per cent": a noun
    if (
        i >= 2
        and t.lower == lemma
        and sent[i - 1].lower in _REFLEXIVE_OBJECTS
        and sent[i - 2].text.islower()
        and sent[i - 2].lower.endswith("ing")
    ):
        return None  # "watching herself say things she never said": heard, not said
    if t.lower == "said" and i + 1 < len(sent) and sent[i + 1].lower == "little":
        return None  # "the latest poll said little about who would win" ("said nothing" is
        # a reply withheld, an attribution)
    if (
        i + 1 < len(sent)
        and sent[i + 1].lower in COPULAS
        and not t.lower.endswith("ing")
        and t.lower not in _NEVER_NOUNS
    ):
        return None  # "the main dispute was over …": a noun followed by its verb (not "a
        # decision critics said had come too late")
    k = cue_left(sent, i)
    left = sent[k - 1] if k > 0 else None
    if left is not None and k < i and left.lower in BEFORE_GROUP:
        return None  # "an earlier report"
    gerund = t.lower.endswith("ing") and k == i
    if (
        gerund
        and (left is None or left.lower not in (",", "and", "but", "—", "while"))
        and not _absolute_subject(sent, k)
    ):
        return None  # "crystallized thinking", "Speaking on radio": not a cue here
    noun_like = lemma in lex.WEAK_CUES and t.lower in (lemma, lemma + "s", lemma + "es")
    # "did not comment": a negated reply verb is a verb
    negation_before = any(negation(sent[j]) for j in range(k, i))
    negated = lemma in REPLY_LEMMAS and negation_before
    if lemma in _UNSAID_LEMMAS and negation_before:
        return None  # "The report did not say who …", "has not repeated the claims": unsaid
    if lemma == "deny" and negation_before and _pronoun_object_ends(sent, i):
        return None  # "She does not deny it.": nothing denied, no words
    if had is not None and not negated and k == i:
        k, left, negated = had, (sent[had - 1] if had > 0 else None), True  # "had no comment"
    if noun_like and not negated and not weak_cue_subject(sent, i, left):
        return None
    if (
        lemma == "compare"
        and t.lower.endswith("ing")
        and sent[i - 1].lower in BE
        and any(x.lower == "with" for x in sent[i + 1 : i + 1 + _COMPARED_WITH_REACH])
    ):
        return None  # "sleuths were comparing it frame by frame with …": an activity
    r = cue_right(sent, i, lemma)
    anon_end = _past_anonymity(sent, i + 1) if lemma not in _SPEAKING else -1
    if anon_end > 0:
        r = i + 1  # "said on condition of anonymity that …": the content after the phrase
    elif (
        r < 0
        or anonymity_phrase(sent, r)
        or anonymity_phrase(sent, i + 1)  # "speaking on condition …": "on" joined the cue
        or not_speech_use(sent, r, lemma)
        or not_speech_use(sent, i + 1, lemma)  # "speaking at a rally": "at" joined the cue
    ):
        return None
    cue = span(sent, k, r)
    if passive(sent, k, i):
        if r < len(sent) and sent[r].lower == "by":
            if lemma == "call" and r == i + 1:
                return None  # "The strike was called by the union": organised, not said
            return _by_agent(sent, k, r, cue, lemma, cls)  # "… was announced by the ministry"
        # No agent: a claim reported, no one speaking ("The painting is said to be worth
        # millions", "It was reported that …"); "The plan was announced on Monday" has none.
        clause = r < len(sent) and sent[r].lower in ("to", "that") and not to_a_noun(sent, r)
        content = content_right(sent, r) if clause else None
        if content is None:
            subject = source_left(sent, k)
            content = span(sent, *subject) if subject is not None else None
        return Attribution(cue, None, (content,), lemma, PASSIVE_CLASS) if content else None
    recipient, cstart = right_after(sent, r, t.lower) if anon_end < 0 else (None, anon_end)
    after = content_right(sent, cstart)
    if lemma == "threaten" and after is not None and not _threat_content(sent, after):
        return None  # "…, threatening the busiest weekend of the summer": an effect, no words
    shared = left is not None and (
        left.lower in ("and", "but")
        or (left.text == "," and t.lower.endswith("ing"))
        # "… beat the champion on Thursday, then revealed he had …": the subject's next act
        or (
            left.text == ","
            and k < i
            and sent[k].lower == "then"
            and (prev is not None or _opening_subject(sent))
        )
    )
    if shared:
        # "..., adding that ..." / "... and said that ...": the subject is shared
        if after is None:
            return None
        source = prev.source if prev is not None else subject_at_start(sent)
        return Attribution(cue, source, (after,), lemma, cls, recipient)
    after_break = left is not None and (left.text in (",", "—") or left.text in _CLOSE_QUOTE)
    # "…, who asked not to be named, said the two sides had been close": content, no inversion
    clause_after = after_break and _clause_after(sent, r)
    pronoun_clause = after_break and _pronoun_clause(sent, r)
    if (
        left is not None
        and after_break
        and k > 1
        and not comma_after_parenthesis(sent, k)
        and not clause_after
        and not pronoun_clause
        # "X, the trial's investigator, did not respond to …": a reply withheld is no
        # inverted "“…,” said X"
        and not negated
        # "…, not declare neutrality": a negated verb is never an inverted cue
        and not any(negation(sent[j]) for j in range(k, i))
    ):
        src = source_right(sent, r)  # "“...,” said Ana Ruiz"
        c = content_left(sent, k - 1)
        appositive = (
            left.text == ","
            and appositive_source(sent, k - 1) is not None
            and not clause_chunk(sent, k - 1)
        )
        if src is None or c is None or appositive:
            # "X, a Republican who voted for Y, said that …": no inverted source, the subject
            # is before the comma
            if not appositive and (src is not None or after is None):
                return None
        elif lemma not in lex.INVERTING and not _quoted_words(sent, c):
            return None
        else:
            return _inverted(sent, cue, src, c, k, lemma, cls)
    src = source_left(sent, k)
    if src is not None:
        src = _source_after_asides(sent, i, src)
        if src is None:
            return None
    if src is None and left is not None and left.text == "," and (clause_after or pronoun_clause):
        src = comma_subject(sent, k - 1)
    if src is None:
        return None
    a, src_end = src
    if sent[a].lower in _CONCESSIVE or (a > 0 and sent[a - 1].lower in _CONCESSIVE):
        return None  # "Whatever the data eventually says, the district will …": no words cited
    if after is None and a > 1 and sent[a - 1].lower in ("and", "or"):
        a = coordinated_start(sent, a - 1)  # "…, officials and traders said."
    source = span(sent, a, src_end)
    before = sent[a - 1] if a > 0 else None
    if before is not None and (before.text == "," or before.text in _CLOSE_QUOTE) and a > 1:
        quoted_before = before.text in _CLOSE_QUOTE or sent[a - 2].text in _CLOSE_QUOTE
        split_quote = (
            quoted_before
            and r + 1 < len(sent)
            and sent[r].text == ","
            and sent[r + 1].text in _OPEN_QUOTE
        )
        # "“A,” she said in March, “but B.”": the second piece after a tail
        split_quote = split_quote or (quoted_before and quote_follows(sent, cstart))
        tail = (
            after is not None
            and not quoted_before
            and _subordinate_tail(sent, after)
            # not a parenthesis inside a quoted sentence ("“…,” X wrote, he said, after …")
            and not (src_end - a == 1 and sent[a].lower in lex.PRONOUNS)
            and not any(t.text in _CLOSE_QUOTE for t in sent[: a - 1])
        )
        if after is None or split_quote or tail or (quoted_before and trailer(sent, cstart)):
            c = content_left(sent, a - 1)
            if c is None:
                return None
            contents = [c, after] if split_quote and after is not None else [c]
            return Attribution(cue, source, tuple(contents), lemma, cls, recipient)
    if after is None:
        if sent[r - 1].text == ":" and r >= len(sent) - 1:
            return Attribution(cue, source, (), lemma, cls)  # 'he said:' + quoted paragraph
        if negated:
            return Attribution(cue, source, (), lemma, cls)  # "The army did not comment."
        return None
    if lemma in lex.WEAK_CUES and not strong_subject(sent, a, k):
        return None
    if object_only(sent, after) and not strong_subject(sent, a, k):
        return None  # "Independent tests have not confirmed that claim" (but "The army disputed
        # that account" is the army speaking)
    if lemma in _GIVING_LEMMAS and _money_object(sent, after):
        return None  # "has pledged £250,000 to flood-hit families": a gift, no words
    if lemma in _ACT_LEMMAS and _plain_object(sent, after):
        return None  # "who requested the recount last week", "ordered a partial recount"
    if lemma == "advise" and not _has_clause(sent, after):
        return None  # "who has advised ticket holders of two failed festivals": clients
    if lemma in ("authorise", "authorize") and _permission_to_speak(sent, after):
        return None  # "because the campaign had not authorised staff to speak": why unnamed
    if cls == "thought" and _lone_pronoun(sent, after):
        return None  # "how many people believe it": no belief stated
    if _as_clause_only(sent, after):
        return None  # "Rovers boss fumes as runway threatens training ground": when, not what
    return Attribution(cue, source, (after,), lemma, cls, recipient)


def _pronoun_object_ends(sent: list[Token], i: int) -> bool:
    """A pronoun ("it", "this", "that") is the cue's whole object, ending the sentence."""
    return (
        i + 1 < len(sent)
        and sent[i + 1].lower in ("it", "this", "that")
        and (i + 2 == len(sent) or sent[i + 2].text in (".", "!", ";"))
    )


# Words before a quotation that make it a name, not someone's words ("known as “the Iron
# Lark”", "dubbed “the magic number”").
_NAMING_WORDS = lex.words("dubbed nicknamed titled named called")


def _quoted_words(sent: list[Token], span: tuple[int, int]) -> bool:
    """A quotation inside the span that is not a name given to something ("The star, known
    as “the Iron Lark” since her first album, posted …" quotes no one)."""
    for j, t in enumerate(sent):
        if not (span[0] <= t.start < span[1]) or t.text not in _OPEN_QUOTE | _CLOSE_QUOTE:
            continue
        if t.text in _OPEN_QUOTE and j > 0:
            prev = sent[j - 1].lower
            if prev in _NAMING_WORDS or (prev == "as" and j > 1 and sent[j - 2].lower == "known"):
                return False
        return True
    return False


def _as_clause_only(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content is an "as" clause with no words reported in it ("fumed as the plan
    advanced", "said as much"; not "said as he left that …" or "as “…”")."""
    toks = tokens_in(sent, content)
    return (
        bool(toks)
        and toks[0].lower == "as"
        # not "said as many as 30 MPs could vote against it": a comparison opens the clause
        and not any(t.lower == "as" for t in toks[2:4])
        and not any(t.lower in ("that", ":") or t.text in _OPEN_QUOTE for t in toks)
    )


# Cues that with a plain noun-phrase object are acts, not words ("requested the recount",
# "ordered a recount"); with a clause or a quotation they report. ("welcomed the decision" is
# listed by four of our sets' authors and left out by three: kept as a citation.)
_ACT_LEMMAS = frozenset(("request", "order", "propose"))
_OBJECT_DETERMINERS = lex.words("the a an this these those its his her their our")


def _plain_object(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content is a noun phrase opened by a determiner, with no quotation and no clause
    before its first comma ("the recount last week", "a partial recount in …, where …")."""
    toks = tokens_in(sent, content)
    if not toks or toks[0].lower not in _OBJECT_DETERMINERS:
        return False
    for t in toks[1:]:
        if t.text == ",":
            return True  # "ordered a partial recount in …, where …": the object ends
        if t.text in _OPEN_QUOTE or t.lower in ("that", "to", ":"):
            return False
    return True


# Cues that may give money instead of words ("pledged £250,000 to …", "offered $2m for …").
_GIVING_LEMMAS = frozenset(("pledge", "promise", "offer", "vow"))
_CURRENCY = frozenset("£$€¥")
_AMOUNT_WORDS = lex.words(
    "m bn k million billion thousand pounds dollars euros pence cents a an extra additional"
)
# What may follow an amount given as a gift (a verb would make it a clause: "promised £5m
# would go to …").
_GIFT_FOLLOWERS = lex.words("to for towards toward in into of , . ;")


def _money_object(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content is a sum of money, then a preposition or its end ("£250,000 to flood-hit
    families", "$2m for the school"), not a clause about money."""
    toks = tokens_in(sent, content)
    if not toks or not (toks[0].text[:1] in _CURRENCY or toks[0].text[:1].isdigit()):
        return False
    k = 0
    while k < len(toks) and (
        toks[k].text[:1] in _CURRENCY
        or toks[k].text[:1].isdigit()
        or toks[k].lower in _AMOUNT_WORDS
    ):
        k += 1
    money = any(t.text[:1] in _CURRENCY or t.lower in _AMOUNT_WORDS for t in toks[:k])
    return money and (k == len(toks) or toks[k].lower in _GIFT_FOLLOWERS)


def _has_clause(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content holds a clause or a quotation ("residents to stay indoors", "that …",
    "stuffing the peep hole with …")."""
    toks = tokens_in(sent, content)
    return bool(toks) and (
        toks[0].lower.endswith("ing")
        or any(t.lower in ("that", "to", "whether", ":") or t.text in _OPEN_QUOTE for t in toks)
    )


_SPEAKING_VERBS = lex.words("speak talk comment discuss")


def _permission_to_speak(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content is someone allowed to speak ("staff to speak to reporters")."""
    toks = tokens_in(sent, content)
    return any(
        t.lower == "to" and j + 1 < len(toks) and toks[j + 1].lower in _SPEAKING_VERBS
        for j, t in enumerate(toks)
    )


def _lone_pronoun(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content is one pronoun ("believe it", "think so")."""
    toks = tokens_in(sent, content)
    return len(toks) == 1 and toks[0].lower in ("it", "this", "that", "so", "them")


# Words before "point" that make it a noun ("a percentage point to 4.5 per cent").
_POINT_MODIFIERS = lex.words(
    "percentage basis talking starting turning boiling focal vantage match decimal sticking "
    "tipping breaking pressure price entry flash low high quarter half full a an the one each "
    "every this that"
)
# Counts before "points", in lower case ("docked the club nine points"; "Building Twenty
# points out" is a name).
_POINT_COUNTS = lex.words(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred several many few more fewer no bonus"
)
# Reflexive pronouns as the object of a perception verb before a bare cue ("watching herself
# say").
_REFLEXIVE_OBJECTS = frozenset(("herself", "himself", "themselves", "myself", "yourself"))
# Quantifiers that are the subject of a gerund after a comma ("…, many saying …").
_ABSOLUTE_SUBJECTS = lex.words("many some others most several few one both")


def _absolute_subject(sent: list[Token], k: int) -> bool:
    """ "Others defended the singer, many saying her health came first": a quantifier after a
    comma is the subject of the gerund at k (an absolute clause), which reports."""
    if k >= 2 and sent[k - 1].lower in _ABSOLUTE_SUBJECTS and sent[k - 2].text == ",":
        return True
    # ", with the prosecution describing a heist …" (not an act: "with Arduino.org offering
    # the new model for sale")
    return CUE_FORMS[sent[k].lower][0] not in _ACTS and with_absolute(sent, k) >= 0


# Weak cues that, in a "with" absolute, are acts, not words.
_ACTS = lex.words("offer sign release issue order list share name fire back support oppose")


# Words opening a clause set off after a trailing report ("…, people close to the talks
# said on Thursday, as the saga dragged on"): a tail, not what was said.
_TAIL_OPENERS = lex.words(
    "as while after before when amid with despite because since although though following ahead"
)


# Prepositions before a record with a participle after it: a place of publication, no source.
_RECORD_PLACES = frozenset(("in", "on", "of", "from", "by", "to", "under"))
# Cue forms that are never nouns.
_NEVER_NOUNS = lex.words("said say says told believe believed think thought argued claimed")
# Spans of time that open a tail with "before" or "after" ("days before the vote").
_SPANS_OF_TIME = lex.words("minutes hours days weeks months years moments")


def _subordinate_tail(sent: list[Token], content: tuple[int, int]) -> bool:
    """The content after the cue is a subordinate clause set off by a comma."""
    i = index_at(sent, content[0])
    if i <= 0 or sent[i - 1].text != ",":
        return False
    w = sent[i].lower
    # or a participle that reports nothing ("…, the regulator found, fining the company …"),
    # or a comment on the clause with its own source ("…, its chair said, a decision critics
    # say will ruin farms")
    if w == "in" and i + 1 < len(sent) and sent[i + 1].lower in ("a", "an"):
        i, w = i + 1, sent[i + 1].lower  # "…, in a decision critics said had come too late"
    return (
        w in _TAIL_OPENERS
        or (w.endswith("ing") and len(w) > 5)
        or (
            w in ("a", "an")
            and i + 3 < len(sent)
            and sent[i + 2].lower.endswith("s")
            and sent[i + 3].lower in CUE_FORMS
        )
        # "…, growers said on Monday, days before the first flowering": a time
        or (
            w in _SPANS_OF_TIME
            and i + 1 < len(sent)
            and sent[i + 1].lower in ("before", "after", "ahead", "later", "earlier")
        )
    )


def _inverted(
    sent: list[Token],
    cue: tuple[int, int],
    src: tuple[int, int],
    c: tuple[int, int],
    k: int,
    lemma: str,
    cls: str,
) -> Attribution:
    """ "“…,” said Ana Ruiz, the minister": the source after the cue. When the words before the
    cue are a bare noun phrase ("The combination, say economists, marks a journey …"), the cue
    is a parenthetical: the source ends at its comma and the sentence goes on as content."""
    a, b = src
    left = sent[: k - 1]
    comma = next((j for j in range(a, b) if sent[j].text == ","), None)
    if (
        comma is not None
        and comma > a
        and not any(t.lower in FINITE or t.text in _CLOSE_QUOTE for t in left)
    ):
        rest = content_right(sent, comma + 1)
        if rest is not None:
            return Attribution(cue, span(sent, a, comma), (c, rest), lemma, cls)
    return Attribution(cue, span(sent, a, b), (c,), lemma, cls)


def _headline_cue(sent: list[Token], i: int) -> bool:
    """ "Ruiz Says Plan Will Fail": a title-case speech verb in a title-case headline."""
    if i == 0 or sent[i].text not in _TITLE_CUES:
        return False
    words = [t for t in sent if t.text[0].isalpha()]
    capitals = sum(1 for t in words if t.text[0].isupper())
    return capitals >= HEADLINE_CAPITALS * len(words) and sent[i - 1].text[0].isupper()


# Last words of a capitalised lead-in that labels what follows rather than naming a speaker.
_COLON_LABELS = lex.words(
    "image images photo photos picture pictures caption credit credits tag tags note notes "
    "update updates source sources truth myth fact facts answer question tip tips step steps "
    "warning disclaimer correction corrections summary example examples definition "
    "background context related author authors byline reporting editing photographer analysis "
    "part chapter section episode gallery "
    # a live blog's or a section's kicker ("LIVE: Drought emergency in …", "WATCH: …")
    "live breaking watch exclusive video opinion explainer listen review recap timeline latest "
    "podcast quiz editorial obituary"
)


def _colon_attribution(sent: list[Token]) -> Attribution | None:
    """Headline or lead-in style "Ana Ruiz: “We will not back down.”"."""
    for j, t in enumerate(sent[: MAX_RECIPIENT_TOKENS + 1]):
        if t.text != ":":
            continue
        if j == 0 or j + 1 >= len(sent):
            return None
        head = sent[:j]
        if not all(x.text[0].isupper() or x.text in (".", "-") for x in head):
            return None
        if len(head) == 1 and len(head[0].text) == 1:
            return None  # "Q: …", "A: …": an interview's labels, not a speaker's name
        if (
            any(x.lower in CUE_FORMS for x in head)
            or {head[0].lower, head[-1].lower} & _COLON_LABELS
        ):
            return None  # "Header Image: …", "Part One: …", "Truth: …": a label, not a speaker
        c = content_right(sent, j + 1)
        words = sum(1 for t in sent[j + 1 :] if t.text[0].isalpha())
        numbers = sum(1 for t in sent[j + 1 :] if t.text[0].isdigit())
        if c is None or words < MIN_COLON_WORDS or 2 * numbers >= words:
            # "Clinton: 547." is a score, "Fix Containers: 1 Green, 1 Red, 1 tsp" a list of
            # quantities, not a statement
            return None
        return Attribution(span(sent, j, j + 1), span(sent, 0, j), (c,), "colon", "speech")
    return None


_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their", "its", "our", "my", "your"))


def _after_possessive(sent: list[Token], i: int) -> bool:
    """A possessive determiner opens the noun phrase that ends at sent[i], with at most one
    lower-case word between ("his repeated claims", "their comments")."""
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        possessive_noun = (
            j == i - 1
            and sent[i].lower != "says"  # "O'Malley's campaign says", "Trump's says"
            and sent[j].lower.endswith("s'")  # a plural noun: "economists' forecasts"
            and sent[j].text.islower()  # ("Trump's comments", "Valls’ remarks" are PolNeAR's)
            and sent[j].lower not in lex.PRONOUNS
            and word(sent[j])
        )
        if sent[j].lower in _POSSESSIVE_DETERMINERS or possessive_noun:
            return all(sent[k].text.islower() for k in range(j + 1, i))
    return False


# Contractions of "is" / "has" that look like possessives ("he's claimed", "it's reported").
_CONTRACTED_SUBJECTS = frozenset(
    ("he's", "she's", "it's", "that's", "there's", "who's", "what's", "here's", "where's", "let's")
)


def _name_given(sent: list[Token], i: int) -> bool:
    """sent[i] ("called", "named") has a capitalised word after it and a comma or a noun for
    people before it ("a woman named Lola", "the capybaras, named Biscuit and Gravy,")."""
    return (sent[i - 1].text == "," and sent[i + 1].text[:1].isupper()) or naming_participle(
        sent, i
    )


def _gives_name(sent: list[Token], i: int) -> bool:
    """sent[i] ("called") after a comma or a noun for people gives a name that ends the
    clause or comes before its verb ("the group, called Parking for Parents, in January", "a
    user called MarshBird wrote"), not a verb with a name and more ("Ruiz, the minister,
    called Sanchez a liar")."""
    if not _name_given(sent, i):
        return False
    comma = sent[i - 1].text == ","
    j = i + 1
    while j < len(sent) and (
        sent[j].text[:1].isupper() or sent[j].lower in ("for", "of", "and", "the")
    ):
        j += 1
    if j == len(sent) or sent[j].text in (",", ".", ";", ")"):
        return True
    return not comma and sent[j].lower in CUE_FORMS


def _after_seen_by(sent: list[Token], i: int) -> bool:
    """The capitalised name before sent[i] is the agent of a participle ("Laboratory records
    seen by Northwire show", "Court records seen by the Herald show"): sent[i] is the verb."""
    j = i - 1
    while j > 0 and sent[j].text[:1].isupper():
        j -= 1
    if sent[j].lower == "the":
        j -= 1
    return j >= 1 and sent[j].lower == "by" and sent[j - 1].lower in lex.RELATIVE_PARTICIPLES


def _possessive_noun(t: Token) -> bool:
    """t is a noun's possessive ("Airport's", "members'"), not a contraction ("he's")."""
    return (
        (t.lower.endswith("'s") or t.lower.endswith("s'"))
        and t.lower not in _CONTRACTED_SUBJECTS
        and word(t)
    )


def _participle_after_possessive_noun(sent: list[Token], i: int, lemma: str) -> bool:
    """A past participle between a possessive noun and a lower-case noun is an adjective
    ("The dossier’s alleged author", "the firm’s claimed savings"; not "he's claimed that")."""
    t = sent[i]
    if not (0 < i < len(sent) - 1) or t.lower == lemma or not t.lower.endswith("ed"):
        return False
    after = sent[i + 1]
    return (
        _possessive_noun(sent[i - 1])
        and after.text.isalpha()
        and after.text.islower()
        and after.lower not in lex.NOUN_MARKERS
        and after.lower not in lex.CLAUSE_BREAK
        and after.lower not in lex.VERB_GROUP
        and after.lower != "to"
    )


def _outermost(cands: list[Attribution], sent: list[Token]) -> list[Attribution]:
    """Keep only the outermost of nested attributions (PolNeAR annotates only those)."""
    # "According to court documents, …": the words after "according to" are its source, so a
    # cue word among them ("documents", "reports") is a noun there, not another attribution.
    cited = [a.source for a in cands if a.lemma == "according to" and a.source is not None]
    if cited:
        cands = [
            a
            for a in cands
            if a.lemma == "according to" or not any(s <= a.cue[0] < e for s, e in cited)
        ]
    cands = [_relative_trimmed(a, cands, sent) for a in cands]
    cands = [_absolute_trimmed(a, cands, sent) for a in cands]
    # "Corvane will push back the opening, three people familiar with the plans said": each
    # holds the other's cue; the trailing report is the outer one (the first is its content)
    cands = [a for a in cands if not any(_reports_around(b, a, sent) for b in cands if b is not a)]
    ordered = sorted(
        cands,
        # a claim reported with no one speaking ("has been named the woman …") yields to an
        # attribution with a source in the same sentence ("…, according to a Gallup poll")
        key=lambda a: (
            a.source is None and a.cue_class == PASSIVE_CLASS,
            a.lemma == "according to",
            -sum(e - s for s, e in a.contents),
            a.cue[0],
        ),
    )
    kept: list[Attribution] = []
    for a in ordered:
        host = next((b for b in kept if _nested(a, b)), None)
        if host is None:
            kept.append(a)
        elif a.lemma == "according to" and a.source is not None and a.contents:
            # "X found that Y, according to researchers": both speak; the first's content
            # ends where the trailing "according to" begins ("X said Y, according to
            # Reuters" is different: the outlet only carried X's words)
            # (but "X plans Y, according to Reuters": a plan or belief reported by the outlet)
            # (not "Rangers refused to swap the fixture back, according to the Courier": a
            # refusal to act, reported by the outlet)
            carried = (
                host.cue_class == "speech"
                and _outlet(sent, a.source)
                and not _refused_act_in(sent, host)
            )
            if _trailing_in(a, host) and not carried:
                trimmed = _trimmed(host, a.cue[0])
                if trimmed.contents:  # not "“Y,” he said, according to Z": the host has no
                    kept[kept.index(host)] = trimmed  # content of its own after the cue
                    kept.append(a)
            elif _relayed(a, host):
                # "“Y,” Sanders said, according to CNN": CNN relays Sanders's words (its
                # content is theirs; the report folds an outlet into Sanders's via)
                kept.append(replace(a, contents=host.contents))
        else:
            comma = _appositive_report(a, host, sent)
            if comma is None:
                comma = _withheld_after(a, host, sent)
            if comma is not None:
                kept[kept.index(host)] = _trimmed(host, comma)
                kept.append(a)
    return sorted(kept, key=lambda a: a.cue[0])


# What one declines or refuses to do that is a reply withheld ("declined to comment", "refused
# to say", "declined to be interviewed"); other verbs are acts ("declined to send arms").
_WITHHELD = lex.words(
    "comment say discuss elaborate confirm deny give answer respond specify name identify "
    "provide detail speculate address reveal disclose explain talk speak be share release "
    "make offer put characterize characterise describe divulge state go list update clarify "
    "blame criticise criticize condemn rule commit accept apologise apologize endorse back "
    "praise guarantee promise predict admit concede"
)


def _refusal_to_act(a: Attribution, first_words: list[str]) -> bool:
    """a declines or refuses, and its content's first two words are "to" and an act."""
    return (
        a.lemma in ("decline", "refuse")
        and len(first_words) == 2
        and first_words[0] == "to"
        and first_words[1] not in _WITHHELD
    )


def refused_act(text: str, a: Attribution) -> bool:
    """ "Obama declined to send arms to Ukraine": a refusal to act, no reply withheld."""
    if not a.contents:
        return False
    s, e = min(a.contents)
    words = text[s:e].lower().split()[:2]
    return _refusal_to_act(a, words[:1] + [w.strip(",.") for w in words[1:]])


def _refused_act_in(sent: list[Token], a: Attribution) -> bool:
    """refused_act, read from the sentence's tokens."""
    if not a.contents:
        return False
    return _refusal_to_act(a, [t.lower for t in tokens_in(sent, min(a.contents))[:2]])


# Acts with an object after which a reply withheld is a second thing the subject did.
_POSTING_LEMMAS = lex.words("post share tweet upload publish release")


def _withheld_after(a: Attribution, host: Attribution, sent: list[Token]) -> int | None:
    """Where host's content ends (its "but" / "and") when a, a reply withheld by the same
    subject, follows it ("Blume posted an emoji on Instagram but did not respond to our
    calls": two things, a post and a reply not given)."""
    if (
        a.lemma not in REPLY_LEMMAS
        or host.lemma not in _POSTING_LEMMAS
        or a.source != host.source
        or a.cue[0] < host.cue[1]
        or not any(negation(t) for t in tokens_in(sent, a.cue))
    ):
        return None  # (not "said it had restored its systems and would not comment on …")
    j = index_at(sent, a.cue[0])
    if j < 1 or sent[j - 1].lower not in ("but", "and"):
        return None
    return sent[j - 1].start


def _appositive_report(a: Attribution, host: Attribution, sent: list[Token]) -> int | None:
    """Where host's content ends (its comma) when a, a report inside an appositive of that
    content, speaks on its own: "Parliament voted to cap rents, a measure landlords said
    would drive investors out" (host a vote or a plan, not a report: "said …, a move
    critics said …" stays one statement)."""
    if host.cue_class != "thought" or a.cue_class != "speech" or a.source is None:
        return None
    j = index_at(sent, a.source[0])
    # ", a measure landlords said": a comma, an article and a noun before the source
    if (
        j < 3
        or sent[j - 3].text != ","
        or sent[j - 2].lower not in ("a", "an")
        or not sent[j - 1].text.islower()
        or sent[j - 3].start <= host.cue[1]
    ):
        return None
    return sent[j - 3].start


# Relative pronouns whose attribution sits inside another source's phrase ("members who
# voted against the budget said …"), at most this many characters long.
_RELATIVES = frozenset(("who", "that", "which"))
MAX_RELATIVE_SOURCE_CHARS = 5


def _relative_trimmed(a: Attribution, cands: list[Attribution], sent: list[Token]) -> Attribution:
    """a's content cut where the source phrase holding a's cue ends, when a's source is a
    relative pronoun: in "Two council members who voted against the budget said the cuts
    were rushed", "voted" (source "who") is inside the source of "said", whose cue its content
    would otherwise swallow; and when a's source runs inside such a relative ("A resident who
    asked not to be named because she feared retaliation said …": "feared", source "… she")."""
    if a.source is None:
        return a
    if a.source[1] - a.source[0] > MAX_RELATIVE_SOURCE_CHARS:
        # (its own subject a pronoun inside the clause: "because she")
        if not any(
            t.lower == "who" and a.source[0] <= t.start < a.source[1] for t in sent
        ) or not any(t.end == a.source[1] and t.lower in lex.PRONOUNS for t in sent):
            return a
    else:
        j = index_at(sent, a.source[0])
        if j < 0 or sent[j].lower not in _RELATIVES:
            return a
    for b in cands:
        if (
            b is not a
            and b.source is not None
            and b.source[0] <= a.cue[0] < b.source[1]
            and any(s <= b.cue[0] < e for s, e in a.contents)
            # not "voters who said they would vote": there "they" is the source, and the
            # phrase before it the first cue's (but "it" after "who" is an object: "The user
            # who posted it wrote: …")
            and not any(
                t.end == b.source[1]
                and t.lower in lex.PRONOUNS
                and not (t.lower == "it" and sent[index_at(sent, a.source[0])].lower == "who")
                for t in sent
            )
        ):
            return _trimmed(a, b.source[1])
    return a


def _absolute_trimmed(a: Attribution, cands: list[Attribution], sent: list[Token]) -> Attribution:
    """a's content cut before an absolute clause that reports on its own ("Others defended
    the singer, many saying her health came first": "defended" ends at the comma)."""
    for b in cands:
        if (
            b is not a
            and b.source is not None
            and b.cue[0] > a.cue[0]
            and any(s < b.source[0] < e for s, e in a.contents)
        ):
            k = index_at(sent, b.cue[0])
            if (
                k >= 2
                and sent[k].lower.endswith("ing")
                and sent[k - 1].start == b.source[0]
                and _absolute_subject(sent, k)
            ):
                return _trimmed(a, sent[k - 2].start)
    return a


def _reports_around(b: Attribution, a: Attribution, sent: list[Token]) -> bool:
    """b reports the clause before its comma and source, which holds a's cue, and a's content
    runs on over b's cue ("A will push B, people said": b is "said", a "will push"); not
    when a is itself a report ("said", "told", …)."""
    if b.source is None or b.cue_class != "speech" or b.cue[0] <= a.cue[0]:
        return False
    if a.lemma in lex.INVERTING:
        return False  # "The commission said it was ready, the agency reported": both speak
    src = b.source[0]
    return (
        any(s <= a.cue[0] < e <= src for s, e in b.contents)
        and any(s <= b.cue[0] < e for s, e in a.contents)
        and any(t.text == "," and t.start < src and t.end >= src - 1 for t in sent)
    )


def _outlet(sent: list[Token], span: tuple[int, int]) -> bool:
    return lex.is_outlet(" ".join(t.text for t in tokens_in(sent, span)))


def _trailing_in(a: Attribution, host: Attribution) -> bool:
    """a ("…, according to Z") follows host's content, which follows host's cue ("X found
    that Y, according to Z"; not "“Y,” he said, according to Z", whose content is before)."""
    if not host.contents:
        return False
    s, e = host.contents[-1]
    if s < host.cue[1] or a.cue[0] < s:
        return False
    return a.cue[0] - min(e, a.cue[0]) <= MAX_TRAILING_GAP


def _relayed(a: Attribution, host: Attribution) -> bool:
    """a ("…, according to Z") follows host's cue, and host's words all come before it."""
    return (
        host.source is not None
        and host.cue_class == "speech"
        and bool(host.contents)
        and a.cue[0] > host.cue[1]
        and all(e <= host.cue[0] for _, e in host.contents)
    )


def _trimmed(host: Attribution, end: int) -> Attribution:
    """host with its contents cut where end begins."""
    contents = tuple((s, min(e, end)) for s, e in host.contents if s < end)
    return replace(host, contents=contents)


def _nested(a: Attribution, b: Attribution) -> bool:
    """One attribution's cue lies inside the other's content."""
    return any(s <= a.cue[0] < e for s, e in b.contents) or any(
        s <= b.cue[0] < e for s, e in a.contents
    )


# Replies withheld: after "and", their subject is the one who spoke before, not a subject
# inside that speaker's words.
_REFUSAL_LEMMAS = REPLY_LEMMAS | lex.words("decline refuse")


def _refusal_of_reporter(
    sent: list[Token], c: Attribution, prev: Attribution, cands: list[Attribution]
) -> Attribution:
    """ "The other said police had identified a suspect and declined to say where": the
    refusal after "and" shares the subject of the report whose words hold prev's cue."""
    k = index_at(sent, c.cue[0])
    if k < 1 or sent[k - 1].lower != "and":
        return c
    outer = next(
        (
            o
            for o in cands
            if o is not prev
            and o.source is not None
            and any(s <= prev.cue[0] < e for s, e in o.contents)
            and all(e <= c.cue[0] for _, e in o.contents)
        ),
        None,
    )
    if outer is None:
        return c
    return Attribution(c.cue, outer.source, c.contents, c.lemma, c.cue_class, c.recipient)


def rule_candidates(sent: list[Token], quotes: list[QuoteSpan]) -> list[Attribution]:
    """Attributions the rules find in one sentence, nested ones included."""
    cands: list[Attribution] = []
    prev: Attribution | None = None
    tried = 0
    for i, t in enumerate(sent):
        if t.lower in ("reached", "available") and not inside(quotes, t.start):
            c = _unreached(sent, i) if t.lower == "reached" else _unavailable(sent, i)
            if c is not None:
                cands.append(c)
                prev = c
            continue
        if t.lower == "per" and not inside(quotes, t.start):
            c = _per(sent, i)
            if c is not None:
                cands.append(c)
                prev = c
            continue
        if (t.lower not in CUE_FORMS and t.lower != "according") or inside(quotes, t.start):
            continue
        tried += 1
        if tried > MAX_CUES_PER_SENTENCE:
            break
        c = _candidate(sent, i, prev)
        if c is not None:
            if prev is not None and c.source == prev.source and c.lemma in _REFUSAL_LEMMAS:
                c = _refusal_of_reporter(sent, c, prev, cands)
            cands.append(c)
            prev = c
    if not cands:
        colon = _colon_attribution(sent)
        if colon is not None:
            cands.append(colon)
    return cands


def _sentence_attributions(
    sent: list[Token], quotes: list[QuoteSpan], model: CueModel | None
) -> list[Attribution]:
    cands = rule_candidates(sent, quotes)
    kept = _outermost(cands, sent)
    if model is None:
        return kept
    # Learned attributions only add: one that clashes with a rule attribution is dropped.
    extra = [
        a
        for a in _outermost(learned_candidates(sent, quotes, cands, model), sent)
        if not any(_nested(a, b) for b in kept)
    ]
    return sorted(kept + extra, key=lambda a: a.cue[0]) if extra else kept


def _with_content(a: Attribution, extra: tuple[int, int]) -> Attribution:
    return Attribution(a.cue, a.source, (*a.contents, extra), a.lemma, a.cue_class, a.recipient)


def _has_quote(text: str, a: Attribution) -> bool:
    return any(
        text[s : s + 1] in _OPEN_QUOTE or text[e - 1 : e] in _CLOSE_QUOTE for s, e in a.contents
    )


# A colon attribution ("Ana Ruiz: ...") has its colon within the first few words.
COLON_REACH = 80
_HINTS = frozenset(CUE_FORMS) | {"according", "reached", "available"}
# Speech verbs that open content in title-case headlines ("Ruiz Says Plan Will Fail"); a
# flat alternation of literals. Rare: 23 of PolNeAR train's 19,835 cues are a title-case
# "Says" or "Said" (an earlier estimate of 2.5% counted every capitalised cue: "According",
# "Asked", ...).
_TITLE_CUES = frozenset(("Says", "Said", "Tells", "Warns", "Claims", "Urges", "Vows"))
# r"\b(?:Says|Said|...)\b" with the opening \b written after each first letter as a look-behind
# ("S(?<!\wS)ays": no word character before the S): a pattern that opens with a letter lets
# the regex engine skip to those letters at C speed instead of trying the alternation at every
# position (2.5 times faster over the zyte dev pages' paragraphs and sentences).
_TITLE_CUE = re.compile(
    "(?:" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in sorted(_TITLE_CUES)) + r")\b"
)
# A sentence is a title-case headline when at least this share of its words are capitalised.
# Set by hand, not tuned: title-case headlines capitalise all but a few short words, prose
# sentences rarely half of theirs.
HEADLINE_CAPITALS = 0.6


def may_attribute(
    text: str,
    start: int,
    end: int,
    hints: frozenset[str] = _HINTS,
    colon_reach: int = COLON_REACH,
    sentences: Sentences | None = None,
) -> bool:
    """Cheap test: can this sentence hold an attribution at all? (sentences: the text's, to
    share the sentence's lower-case words with later tests of other hints)"""
    reach = min(end, start + colon_reach)
    if text.find(":", start, reach) >= 0 or text.find("According", start, end) >= 0:
        return True
    if text.find("Per ", start, end) >= 0 or text.find(", per ", start, end) >= 0:
        return True
    if _TITLE_CUE.search(text, start, end) is not None:
        return True
    if sentences is not None:
        return not hints.isdisjoint(sentences.lower_words(start, end))
    return not hints.isdisjoint(_LOWER_WORD.findall(text, start, end))


def find_attributions(
    text: str,
    paragraph_bounds: list[tuple[int, int]],
    *,
    learned: bool = True,
    cue_model: CueModel | None = None,
    sentences: Sentences | None = None,
) -> tuple[list[Attribution], list[QuoteSpan]]:
    """Every attribution in text (paragraph bounds given), and every quotation.

    With learned=False only the rules run; cue_model replaces the bundled cue model;
    sentences (of this text, with its quote_spans) lets a caller reuse the sentences read.
    """
    model = (cue_model or load_model()) if learned else None
    hints = model.hints if model is not None else _HINTS
    if sentences is None:
        sentences = Sentences(text, quote_spans(text, paragraph_bounds))
    quotes = sentences.quotes
    result: list[Attribution] = []
    last_quoted: int | None = None  # index in result of the attribution a quote may continue
    for ps, pe in paragraph_bounds:
        if text[ps : ps + 1] not in _OPEN_QUOTE and not may_attribute(text, ps, pe, hints, pe - ps):
            last_quoted = None  # nothing to find, and no quote to continue
            continue
        sents = sentences.bounds(ps, pe)
        para_found: list[int] = []
        pending: list[tuple[int, int]] = []
        quote_only = True
        for ss, se in sents:
            found: list[Attribution] = []
            if may_attribute(text, ss, se, hints, sentences=sentences):
                found = _sentence_attributions(sentences.tokens(ss, se), quotes, model)
            if found:
                quote_only = False
                for a in found:
                    result.append(a)
                    para_found.append(len(result) - 1)
                if pending and _has_quote(text, result[para_found[0]]):
                    idx = para_found[0]
                    for extra in pending:
                        result[idx] = _with_content(result[idx], extra)
                pending = []
                continue
            if text[ss] in _OPEN_QUOTE:
                span = (ss, se - (len(text[ss:se]) - len(text[ss:se].rstrip())))
                target = para_found[-1] if para_found else last_quoted
                if target is not None and (
                    _has_quote(text, result[target]) or not result[target].contents
                ):
                    result[target] = _with_content(result[target], span)
                else:
                    pending.append(span)
            else:
                quote_only = False
        if para_found:
            last = para_found[-1]
            a = result[last]
            last_quoted = last if (_has_quote(text, a) or not a.contents) else None
        elif not sents or not quote_only:
            last_quoted = None
    return [a for a in result if a.contents or _no_reply(text, a)], quotes


def _no_reply(text: str, a: Attribution) -> bool:
    """A source that did not answer ("did not comment"): cited with no content."""
    if a.lemma not in REPLY_LEMMAS or a.source is None:
        return False
    return any(negates(w) for w in text[a.cue[0] : a.cue[1]].lower().split())
