"""Attributions: who is said to say (or think) what, found with rules over tokens.

An attribution has a cue (the reporting verb group or phrase), usually a source (the noun
phrase of who speaks) and content (what is attributed), following PolNeAR's conventions:
the cue keeps its verb group ("has repeatedly said"), content includes quote marks, only
the outermost attribution of a nested one is kept, and cues inside quotes are ignored.
All offsets are into the text given (``body.text``). See docs/sourcing.md for the rules.

Every regex here is a flat alternation or a single character class repeated (no nested
quantifiers over overlapping classes), and every loop walks tokens a bounded number of
times, so time grows linearly with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_model import CueModel, load_model
from trustscore._quotes import QuoteSpan, inside, quote_spans
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import LOWER_WORD as _LOWER_WORD
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import SENT_END as _SENT_END
from trustscore._sentences import STOP_PUNCT as _STOP_PUNCT
from trustscore._sentences import Sentences, Token

CUE_FORMS = lex.CUE_FORMS

# A parenthesis between a name and its cue ("Sen. Ana Ruiz (D-Ore.) said", party and state in
# US political news) is kept in the source when it has at most this many tokens.
MAX_PARENTHESIS_TOKENS = 8
# A source noun phrase longer than this many tokens is cut (PolNeAR train: 98% of source
# spans have at most 12 tokens; longer walks mostly run into the previous clause).
MAX_SOURCE_TOKENS = 12
# Candidate cues examined per sentence. Each costs time linear in the sentence, so this cap
# keeps a sentence linear; in PolNeAR train 99.9% of sentences hold at most 10 cue words.
MAX_CUES_PER_SENTENCE = 24
# Learned cue words at most this many tokens apart form one cue ("passion for", "critical
# of"); PolNeAR train cues longer than the verb group rarely have longer gaps between words.
MAX_CUE_GAP = 3
# Class of attributions found by the learned cue model: PolNeAR counts them, the sourcing
# signals (which count speech cues only) do not.
LEARNED_CLASS = "learned"
# Class of passives with no speaker ("is said to be"): PolNeAR counts their cue and content;
# they cite no source.
PASSIVE_CLASS = "passive"
# Personal pronouns a learned cue's source may be (5-fold CV on train: adding them to
# capitalised sources raised source recall by 0.004 for 0.002 less precision).
_LEARNED_SOURCE_PRONOUNS = lex.words("he she they")
_NOT_NAMES = lex.words("it this that there what these those if when")
# A colon attribution needs this many words after the colon ("Clinton: 547." is not one).
MIN_COLON_WORDS = 3
# A recipient ("told Reuters on Monday") longer than this is not searched for.
MAX_RECIPIENT_TOKENS = 6
# A relative clause or appositive between commas after a name ("Mikkel Brandt, who grows barley
# near … and whose fields …, said"; "Ana Poulsen, a hydrologist at … who has studied …, said")
# may be longer than a source phrase; still bounded, so linear.
MAX_RELATIVE_TOKENS = 30
_LONG_APPOSITIVE_OPENERS = frozenset(("who", "whose", "a", "an", "the"))
# Appositives stacked after one name ("Ana Ruiz, a lawyer, who led the panel, said"): two seen
# in PolNeAR train's misses; the bound keeps a run of commas from recursing far.
MAX_STACKED_APPOSITIVES = 2
# A cue word right before one of these is the subject noun, not a reporting verb.
_COPULAS = frozenset(("is", "was", "are", "were", "has", "have", "had"))
# Characters between a content's end and a trailing "according to" (", " or " — ").
MAX_TRAILING_GAP = 3
# "confirmed that claim", "denied these reports": a demonstrative and a noun or two after a cue
# are its object, not reported content.
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
MAX_OBJECT_TOKENS = 3
# A quotation after a cue with at least this many words is more of the quote; shorter ones
# are titles of shows, books or slogans ("on ''Face the Nation''").
MIN_QUOTE_PIECE_WORDS = 4
_OPENING_PREPOSITIONS = frozenset(("on", "in", "at", "by", "for", "with", "from", "to", "via"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))

_CUE_NOUN_PHRASES = lex.words(
    "statement interview email e-mail letter post tweet speech video op-ed release "
    "message memo briefing conference call text column essay editorial blog"
)
# Participles saying where a statement, post or video went up ("a video posted on TikTok").
_POSTED = lex.words("posted published shared uploaded")
_TIME_WORDS = lex.TIME_ADVERBS | lex.words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
_RECIPIENT_VERBS = lex.words(
    "tell told tells telling ask asked asks asking assure assured assures warn warned warns "
    "urge urged urges inform informed informs remind reminded reminds accuse accused accuses "
    "thank thanked thanks call called calls"
)
# Before a verb group these make it a noun ("an earlier report") or an infinitive ("to be named").
_BEFORE_GROUP = (lex.NOUN_MARKERS - {"that", "which", "what"}) | {"to"}
_PARTICLES = lex.words("out up about to on for against at")


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


def _word(t: Token) -> bool:
    return t.text[0].isalnum()


def _adverb(t: Token) -> bool:
    return t.lower.endswith("ly") and len(t.lower) > 4 and t.text.islower()


def _cue_left(sent: list[Token], i: int) -> int:
    """Index of the first token of the verb group ending at sent[i]."""
    k = i
    while k > 0 and (sent[k - 1].lower in lex.VERB_GROUP or _adverb(sent[k - 1])):
        if sent[k - 1].text[:1].isupper() and k - 1 > 0 and sent[k - 2].text[:1].isupper():
            break  # "Theresa May said": a capitalised word after a name is the name's
        k -= 1
    return k


# What a platform carries, after its name in "in a Telegram post".
_PLATFORM_ITEMS = frozenset(("post", "video", "message", "tweet", "story", "thread", "statement"))
_PLATFORM_PLURALS = frozenset(("posts", "videos", "messages", "tweets", "stories"))
# Where on a platform ("on its Telegram channel").
_PLATFORM_PLACES = frozenset(("channel", "account", "page", "feed", "profile", "story"))


def _cue_right(sent: list[Token], i: int, lemma: str) -> int:
    """Index one past the cue group that starts with the verb at sent[i]."""
    r = i + 1
    n = len(sent)
    if lemma == "make":
        # only "made clear", "made it clear", "made the case", "made the point"
        words = [t.lower for t in sent[r : r + 2]]
        if words[:1] == ["clear"]:
            return r + 1
        if words in (["it", "clear"], ["the", "case"], ["the", "point"], ["a", "point"]):
            return r + 2
        return -1
    if r < n and sent[r].lower in _PARTICLES and lemma in lex.PARTICLE_VERBS:
        r += 1
    elif r < n and sent[r].lower == "in" and lemma == "weigh":
        r += 1  # "weighed in on Truth Social"
    elif lemma in lex.PARTICLE_VERBS and lemma in lex.NEEDS_PARTICLE:
        return -1
    if (
        r + 2 < n
        and sent[r].lower == "in"
        and sent[r + 1].lower in ("a", "an", "the", "his", "her", "their", "its")
        and sent[r + 2].lower in _CUE_NOUN_PHRASES
    ):
        r += 3
        if r + 1 < n and sent[r].lower == "with" and sent[r + 1].text[0].isupper():
            r += 2  # "in an interview with CNN"
            while r < n and sent[r].text[0].isupper() and _word(sent[r]):
                r += 1
    if (
        r + 3 < n
        and sent[r].lower == "in"
        and sent[r + 1].lower in ("a", "an")
        and sent[r + 2].lower in lex.SOCIAL_PLATFORMS
        and sent[r + 3].lower in _PLATFORM_ITEMS
    ):
        r += 4  # "said in a Telegram post that …", "in a Facebook video"
    elif (
        r + 3 < n
        and sent[r].lower == "on"
        and sent[r + 1].lower in ("its", "his", "her", "their", "the")
        and sent[r + 2].lower in lex.SOCIAL_PLATFORMS
        and sent[r + 3].lower in _PLATFORM_PLACES
    ):
        r += 4  # "said on its Telegram channel", "wrote on her Instagram account"
    elif r + 1 < n and sent[r].lower == "in" and sent[r + 1].lower in _PLATFORM_PLURALS:
        r += 2  # "said in videos posted on YouTube": where they went up joins below
    if (
        r + 2 < n
        and sent[r].lower in _POSTED
        and sent[r + 1].lower in ("on", "to")
        and sent[r + 2].lower in lex.SOCIAL_PLATFORMS
    ):
        r += 3  # "said in a video posted on TikTok": where the video was posted joins the cue
    elif r + 1 < n and sent[r].lower == "on" and sent[r + 1].lower in lex.SOCIAL_PLATFORMS:
        r += 2
    if r < n and sent[r].text == ":":
        r += 1
    return r


def _skip_time(sent: list[Token], r: int) -> int:
    n = len(sent)
    while r < n:
        low = sent[r].lower
        if low in _TIME_WORDS:
            r += 1
        elif (
            low in ("on", "last", "this", "next")
            and r + 1 < n
            and sent[r + 1].lower in (_TIME_WORDS | {"week", "month", "year", "night", "weekend"})
        ):
            r += 2
        else:
            break
    return r


def _source_left(sent: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [a, k) of the source noun phrase that ends just before index k."""
    if k == 0:
        return None
    prev = sent[k - 1]
    if prev.text == ")":
        return _source_before_parenthesis(sent, k)
    if _comma_after_parenthesis(sent, k):
        return _source_before_parenthesis(sent, k - 1)  # "Gov. Ana Ruiz (R-Ohio), said"
    if prev.lower in ("who", "which", "that"):
        return (k - 1, k)
    if prev.text == "," and k >= 4:
        return _appositive_source(sent, k - 1)
    a = k
    while a > 0 and k - a < MAX_SOURCE_TOKENS:
        t = sent[a - 1]
        if t.text in _STOP_PUNCT or t.text in _SENT_END:
            break
        if t.lower == "who" and a - 2 >= 0 and _word(sent[a - 2]) and a < k:
            a -= 1  # "An employee who asked not to be named said": keep the head noun
            continue
        if t.lower in lex.CLAUSE_BREAK or t.lower in ("who", "whom", "whose"):
            if (
                t.lower == "and"
                and a - 2 >= 0
                and sent[a - 2].text[:1].isupper()
                and _word(sent[a - 2])
            ):
                a -= 1
                continue
            break
        if (
            t.lower in CUE_FORMS
            and a < k
            and not (a >= 2 and sent[a - 2].lower in ("who", "to"))  # "to discuss" is no cue
            and not _state_modifier(sent, a - 1)  # "the state health department said"
            and not _without_particle(sent, a - 1)  # "the rail operator VelRail said"
            and not (a >= 2 and sent[a - 2].lower in ("a", "an", "the"))  # "A report … warned"
            and not _anonymity_phrase(sent, a)  # "Officials speaking on condition of …"
            and not _reduced_relative(sent, a - 1)  # "A study published in … found"
            and not _opens_name(sent, a - 1)  # "“…,” state Sen. Ana Ruiz said"
        ):
            break
        a -= 1
    if a == k:
        return None
    # drop leading prepositional openers ("In Iowa, ..." never reaches here; "On Monday Smith")
    while a < k and sent[a].lower in _OPENING_PREPOSITIONS:
        a += 1
        while a < k and sent[a].text[:1].isupper() is False and sent[a].lower not in lex.PRONOUNS:
            a += 1
    if a >= k or not _word(sent[a]):
        return None
    # appositive: "Mark Reyes, the commander of the unit, said"
    if a >= 2 and sent[a - 1].text == "," and sent[a].lower in ("the", "a", "an"):
        b = a - 1
        while b > 0 and _word(sent[b - 1]) and sent[b - 1].lower not in lex.CLAUSE_BREAK:
            b -= 1
        name = sent[b : a - 1]
        if (
            0 < len(name) <= MAX_RECIPIENT_TOKENS
            and all(t.text[0].isupper() for t in name)
            and name[0].lower not in _OPENING_PREPOSITIONS  # "On X, the party said"
            and not (len(name) == 1 and name[0].lower.endswith("ly"))  # "Publicly, the …"
        ):
            a = b  # "Mark Reyes, the commander of the base" (not "Last week, the campaign")
    return (a, k)


def _comma_after_parenthesis(sent: list[Token], k: int) -> bool:
    """The cue at k follows "(...)," ("Sen. Ana Ruiz (D-Ore.), said")."""
    return k >= 3 and sent[k - 1].text == "," and sent[k - 2].text == ")"


def _source_before_parenthesis(sent: list[Token], k: int) -> tuple[int, int] | None:
    """ "Sen. Ana Ruiz (D-Ore.) said": the name before a short parenthesis, which joins it."""
    j = k - 2
    while j >= 0 and k - j <= MAX_PARENTHESIS_TOKENS and sent[j].text != "(":
        j -= 1
    if (
        j <= 0
        or sent[j].text != "("
        or sent[j - 1].text == ")"
        or _comma_after_parenthesis(sent, j)
    ):
        return None  # one parenthesis only: no recursion over "(a) (b) (c)" or "(a), (b),"
    inner = _source_left(sent, j)
    return (inner[0], k) if inner is not None else None


def _appositive_source(sent: list[Token], c: int, depth: int = 0) -> tuple[int, int] | None:
    """ "Mark Reyes, the commander of the base, said": name plus appositive, ending at comma c."""
    b = c
    while b > 0 and sent[b - 1].text not in _STOP_PUNCT and sent[b - 1].text not in _SENT_END:
        b -= 1
        if c - b > MAX_RELATIVE_TOKENS:
            return None
    if b == c or b < 2 or sent[b - 1].text != ",":
        return None
    if depth > 0 and not _appositive_chunk(sent, b, c):
        return None
    if c - b == 1 and sent[b].lower in lex.DISCOURSE_ADVERBS:
        return None  # "Prices rose, too, said …": an adverb, not an appositive
    if c - b == 1 and _age(sent[b]):
        return _name_before(sent, b - 1, c, name_inside=False)  # "Vera Hall, 43, said"
    if c - b > MAX_SOURCE_TOKENS and sent[b].lower not in _LONG_APPOSITIVE_OPENERS:
        return None  # only a relative clause or a noun-phrase appositive may run long
    # "Ana Ruiz, the minister, said" or "The minister, Ana Ruiz, said"
    name_inside = c - b <= 4 and all(t.text[0].isupper() for t in sent[b:c])
    possessive = sent[b].lower.endswith(("'s", "s'")) and c - b > 1 and sent[b + 1].text.islower()
    if not (sent[b].text.islower() or name_inside or possessive):
        return None  # ("Tad Devine, Sanders's chief strategist, said": possessive)
    if b >= 4 and _age(sent[b - 2]) and sent[b - 3].text == ",":
        b -= 2  # "Vera Hall, 43, a teacher, said": the age is a second appositive
    # A relative clause may follow a whole noun phrase ("A senior diplomat from the host
    # country, who asked not to be named, said"); other appositives follow a name.
    limit = MAX_SOURCE_TOKENS if sent[b].lower in ("who", "whose") else MAX_RECIPIENT_TOKENS
    deeper = depth < MAX_STACKED_APPOSITIVES
    if name_inside and deeper and _after_place(sent, b - 1):
        # "Lina Okafor, 29, of Leeds, England, says": the region ends a place, not a name
        widened = _chunk_further_back(sent, b, c, depth)
        if widened is not None:
            return widened
    found = _name_before(sent, b - 1, c, name_inside, limit)
    if (
        found is not None
        and deeper
        and sent[b].lower in ("who", "whose")
        and found[0] > 1
        and sent[found[0]].text.islower()
        and sent[found[0] - 1].text == ","
    ):
        # "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report,
        # said": the described noun phrase before the relative clause is itself an appositive
        widened = _chunk_further_back(sent, b, c, depth)
        if widened is not None:
            return widened
    if found is None and not name_inside and deeper and _appositive_chunk(sent, b, c):
        # Stacked appositives: "Greg Raiff, chief executive of Jetco, an aviation firm, said"
        # (the chunk before this one is itself an appositive).
        return _chunk_further_back(sent, b, c, depth)
    return found


def _chunk_further_back(sent: list[Token], b: int, c: int, depth: int) -> tuple[int, int] | None:
    """The appositive source ending at the comma before sent[b], stretched to the comma c."""
    inner = _appositive_source(sent, b - 1, depth + 1)
    return (inner[0], c + 1) if inner is not None else None


def _words_back(sent: list[Token], end: int, limit: int) -> int | None:
    """Start of the run of words (no clause word) ending before sent[end]; None when it is
    longer than limit."""
    a = end
    while a > 0 and _word(sent[a - 1]) and sent[a - 1].lower not in lex.CLAUSE_BREAK:
        a -= 1
        if end - a > limit:
            return None
    return a


def _after_place(sent: list[Token], comma: int) -> bool:
    """The chunk ending at this comma opens with "of"/"from"/"in" ("…, of Leeds, England")."""
    a = comma
    while a > 0 and _word(sent[a - 1]) and comma - a <= MAX_RECIPIENT_TOKENS:
        a -= 1
    return a < comma and a > 0 and sent[a - 1].text == "," and sent[a].lower in _PLACE_OPENERS


_PLACE_OPENERS = frozenset(("of", "from", "in"))


def _appositive_chunk(sent: list[Token], b: int, c: int) -> bool:
    """sent[b:c] reads as an appositive: a relative clause, or a phrase with no finite verb and
    no conjunction in front ("but it is under pressure" is a clause of its own)."""
    if sent[b].lower in ("who", "whose", "which"):
        return True
    if sent[b].lower in lex.CLAUSE_BREAK:
        return False
    return not _holds_finite(sent, b, c)


def _reduced_relative(sent: list[Token], i: int) -> bool:
    """ "A study published in Thorax found …", "figures released by the office show …": a
    participle after a noun, then a preposition, with a later cue as the sentence's verb."""
    if not (0 < i < len(sent) - 1 and sent[i].lower in lex.RELATIVE_PARTICIPLES):
        return False
    noun = sent[i - 1]
    # a capital only on the sentence's first word, before an agent: "Figures released by the
    # office show …" ("Officials released on Monday …" is the officials' verb)
    opener = i == 1 and sent[i + 1].lower == "by" and noun.text[1:].islower()
    if not (noun.text.isalpha() and (noun.text.islower() or opener)) or noun.lower in lex.PRONOUNS:
        return False
    determined = i >= 2 and sent[i - 2].lower in ("a", "an", "the")  # "A report released …"
    if noun.lower in lex.VERB_GROUP or (noun.lower in CUE_FORMS and not determined):
        return False
    if sent[i + 1].lower not in lex.RELATIVE_FOLLOWERS:
        return False
    return any(t.lower in CUE_FORMS and t.text.islower() for t in sent[i + 2 :])


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
        if e > a and _skip_time(sent, e) > e:
            break  # "… by the ministry on Monday"
        if (
            e > a
            and t.lower in ("of", "for")
            and sent[e + 1 : e + 2]
            and sent[e + 1].lower.endswith("ing")
        ):
            break  # "is accused by critics of promoting …"
        e += 1
    if e == a or not _word(sent[a]):
        return None
    clause = _content_right(sent, e) if e < len(sent) and sent[e].lower == "that" else None
    if clause is not None:  # "He was told by his doctor that he must rest"
        return Attribution(cue, _span(sent, a, e), (clause,), lemma, cls)
    subject = _source_left(sent, k)
    contents = (_span(sent, *subject),) if subject is not None else ()
    return Attribution(cue, _span(sent, a, e), contents, lemma, cls)


# Words after "to" that open a noun phrase, not an infinitive ("known to the family").
_NOUN_OPENERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "our", "my", "him", "them", "us", "me")
)


def _to_a_noun(sent: list[Token], r: int) -> bool:
    """ "was already known to officers", "is known to the family": "to" before a noun phrase
    (a determiner, a name or a plural noun), not before a verb ("is said to be")."""
    if sent[r].lower != "to" or r + 1 >= len(sent):
        return False
    nxt = sent[r + 1]
    plural = nxt.lower.endswith("s") and not nxt.lower.endswith(("ss", "us", "is"))
    return nxt.lower in _NOUN_OPENERS or nxt.text[:1].isupper() or (plural and nxt.text.isalpha())


def _passive(sent: list[Token], k: int, i: int) -> bool:
    """The cue at i is a participle after a form of "be" in its verb group k..i ("is said",
    "were told", "was first reported"; not the progressive "was saying")."""
    t = sent[i]
    if t.lower.endswith("ing") or t.lower == CUE_FORMS[t.lower][0]:
        return False
    return any(sent[j].lower in _BE for j in range(k, i))


def _after_number(sent: list[Token], i: int) -> bool:
    """ "758 pledged delegates": a cue word between a number and a noun is an adjective."""
    return (
        0 < i < len(sent) - 1
        and sent[i - 1].text.replace(",", "").isdigit()
        and sent[i + 1].text.isalpha()
        and sent[i + 1].text.islower()
    )


def _opens_name(sent: list[Token], j: int) -> bool:
    """The cue word at j opens a noun phrase before a capitalised name or title ("state" in
    "“…,” state Sen. Ana Ruiz said"): it follows a quote, a comma or the sentence start."""
    return (
        j + 1 < len(sent)
        and sent[j + 1].text[:1].isupper()
        and (j == 0 or sent[j - 1].text in _CLOSE_QUOTE or sent[j - 1].text == ",")
    )


def _age(t: Token) -> bool:
    """A person's age set off by commas after the name ("Vera Hall, 43, said")."""
    return t.text.isdigit() and len(t.text) <= 3


def _name_before(
    sent: list[Token], comma: int, c: int, name_inside: bool, limit: int = MAX_RECIPIENT_TOKENS
) -> tuple[int, int] | None:
    """The source from the name ending at the comma before an appositive to the comma c."""
    a = _words_back(sent, comma, limit)
    if a is None:
        return None
    # "the People's Daily, the party's paper, said": an article and a capitalised name
    the_name = sent[a].lower == "the" and a + 1 < comma and sent[a + 1].text[0].isupper()
    if a == comma or not (sent[a].text[0].isupper() or name_inside or the_name):
        return None
    if sent[a].lower in _OPENING_PREPOSITIONS:
        return None  # "On Monday, the People's Daily, the party's paper, warned": an opener
    if _holds_finite(sent, a, comma):
        return None  # "Computers have seen impacts, too, said …": a clause, not a name
    return (a, c + 1)


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "i", "we", "you"))


def _pronoun_clause(sent: list[Token], r: int) -> bool:
    """ "…, Meera Pillai, said she supported …": a pronoun and a word after the cue open the
    content, so the cue is not inverted (an inverted pronoun source ends the sentence)."""
    return r + 1 < len(sent) and sent[r].lower in _SUBJECT_PRONOUNS and _word(sent[r + 1])


def _source_right(sent: list[Token], r: int) -> tuple[int, int] | None:
    """Token range of the source after an inverted cue ("..., said Ana Ruiz, the minister.")."""
    n = len(sent)
    if r >= n or not _word(sent[r]):
        return None
    e = r
    first_comma: int | None = None
    while e < n:
        t = sent[e]
        if t.text == "." and e > r and _initial(sent[e - 1]) and e + 1 < n:
            e += 1  # "said Mary E. Lovely": the dot of a middle initial
            continue
        if t.text in _SENT_END or t.text in _OPEN_QUOTE or t.text in ("“", ":", ";", "—"):
            break
        if t.lower == "that" and e > r:
            if first_comma is None:
                return None  # "..., told Reuters that ...": not an inverted source
            e = first_comma  # "said Beau Correll, angered that ..."
            break
        if t.text == "," and first_comma is None:
            first_comma = e
        if (
            t.text == ","
            and e + 1 < n
            and (
                sent[e + 1].text in _OPEN_QUOTE
                or (sent[e + 1].lower in CUE_FORMS and sent[e + 1].lower.endswith("ing"))
                or sent[e + 1].lower in ("who", "which", "but", "and", "as", "because")
                or sent[e + 1].lower in _FINITE  # "…, says Buser, is Google's network"
            )
        ):
            break
        e += 1
    while e > r and sent[e - 1].text in (",", ")"):
        e -= 1
    if e == r or e - r > 3 * MAX_SOURCE_TOKENS:
        return None
    return (r, e)


# Finite verbs: a subject and one of these after the cue make a clause, not an inverted
# source ("A diplomat from the host country, who asked not to be named, said the two sides
# had been close": the diplomat speaks; the sides are what is said).
_FINITE = _COPULAS | frozenset(
    ("will", "would", "could", "should", "may", "might", "must", "can", "cannot", "did", "does")
)


# Cue forms that are far more often nouns: they count only before "that", a colon or a quote.
_NOUN_FIRST = frozenset(("state", "states"))
# Words before "state" that make it a noun modifier ("the state health department", ", state
# officials said"): a verb "state" needs a subject on its left.
_STATE_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", ","))


def _without_particle(sent: list[Token], i: int) -> bool:
    """A verb that reports only with its particle ("rail against", "weigh in") lacks it at i:
    "the rail operator", "the weigh station"."""
    lemma = CUE_FORMS[sent[i].lower][0]
    return lemma in lex.NEEDS_PARTICLE and (
        i + 1 >= len(sent) or sent[i + 1].lower not in _PARTICLES
    )


def _state_modifier(sent: list[Token], i: int) -> bool:
    """ "state" (or "states") at i modifies the lower-case noun after it: "the state health
    department", "…, state officials said", "State media reported" (not "…, states the
    report", whose next word is an article)."""
    if sent[i].lower not in _NOUN_FIRST or i + 1 >= len(sent):
        return False
    nxt = sent[i + 1]
    opener = i == 0 or sent[i - 1].lower in _STATE_OPENERS
    noun = nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in ("the", "a", "an")
    return opener and noun


# Weak cues in their bare or -s form ("post", "posts", "report"): after "a"/"the" and a
# capitalised modifier they are nouns ("a Facebook post", "the Pentagon report").
_NOUN_LIKE_FORMS = frozenset(
    form for lemma in lex.WEAK_CUES for form in (lemma, lemma + "s") if form in CUE_FORMS
)


def _clause_opens(sent: list[Token], j: int) -> bool:
    """sent[j] opens reported content: "that", a colon or an opening quote mark (maybe after a
    comma: "Emery states, “…”")."""
    if j + 1 < len(sent) and sent[j].text == "," and sent[j + 1].text in _OPEN_QUOTE:
        return True
    return j < len(sent) and (sent[j].lower in ("that", ":") or sent[j].text in _OPEN_QUOTE)


def _holds_finite(sent: list[Token], a: int, b: int) -> bool:
    """sent[a:b] holds a finite verb ("is", "had", "will"…): a clause, not a name or appositive."""
    return any(t.lower in _FINITE for t in sent[a:b])


def _clause_chunk(sent: list[Token], c: int) -> bool:
    """The chunk between the comma before and the comma at c holds a finite verb and no relative
    clause ("spot faint, polarized waves might allow it …, says Li": content, not an appositive
    of a source)."""
    b = c
    while b > 0 and sent[b - 1].text not in _STOP_PUNCT and c - b <= MAX_RELATIVE_TOKENS:
        b -= 1
    if sent[b].lower.endswith("ing") or any(
        t.lower in lex.CLAUSE_BREAK or t.lower in ("who", "whose") for t in sent[b:c]
    ):
        # "a Republican who has refused …", "as he has in the past", "speaking on condition
        # of anonymity because the review was not public": a clause inside an appositive
        return False
    return _holds_finite(sent, b, c)


def _clause_after(sent: list[Token], r: int) -> bool:
    """What follows the cue, up to its first comma, holds a finite verb: content, no source."""
    for t in sent[r : r + 3 * MAX_SOURCE_TOKENS]:
        if t.text in (",", ";", ":") or t.text in _SENT_END or t.lower in ("who", "which"):
            return False
        if t.lower in _FINITE:
            return True
    return False


# At most this many words before "and" join a trailing source ("…, police and residents said").
MAX_COORDINATED_WORDS = 3


def _coordinated_start(sent: list[Token], conj: int) -> int:
    """Start of "officials and traders" when a comma or closing quote precedes it (else the
    source starts after "and": "The plan failed and officials said" keeps "officials")."""
    b = _words_back(sent, conj, MAX_COORDINATED_WORDS)
    if b is None:
        return conj + 1
    if b < conj and b > 1 and (sent[b - 1].text == "," or sent[b - 1].text in _CLOSE_QUOTE):
        return b  # also "“It is over,” the mayor and her deputy said."
    return conj + 1


_SUBORDINATORS = frozenset(("while", "whereas", "although", "though", "but", "and"))


def _comma_subject(sent: list[Token], comma: int) -> tuple[int, int] | None:
    """The sentence's opening up to the comma before its cue, when a clause follows the cue
    ("Brianne Stone, 29, of Huntsville, Ala., says her concern is …": the subject, however
    many commas it holds)."""
    a = 0
    while a < comma and sent[a].text in _OPEN_QUOTE:
        a += 1
    if a >= comma or comma - a > MAX_RELATIVE_TOKENS or not _word(sent[a]):
        return None
    first = sent[a]
    if not first.text[0].isupper() or first.lower in _OPENING_PREPOSITIONS:
        return None
    if first.lower.endswith("ly") or first.lower in lex.CLAUSE_BREAK:
        return None  # "Publicly, …", "But, …"
    for j in range(comma - 1, a, -1):
        if sent[j].lower in _SUBORDINATORS and sent[j - 1].text == ",":
            # "X tweeted his thanks, while party officials, speaking …, said": the subject
            # opens after the conjunction
            return (j + 1, comma) if j + 1 < comma and _word(sent[j + 1]) else None
    return (a, comma)


def _initial(t: Token) -> bool:
    """A single capital letter: a name's initial ("Mary E. Lovely")."""
    return len(t.text) == 1 and t.text.isupper()


def _span(sent: list[Token], a: int, b: int) -> tuple[int, int]:
    return (sent[a].start, sent[b - 1].end)


def _finite_cue(t: Token) -> bool:
    """A lower-case reporting verb that is no gerund ("show", "said", "showed")."""
    entry = CUE_FORMS.get(t.lower)
    return entry is not None and t.text.islower() and not t.lower.endswith("ing")


def _not_speech_use(sent: list[Token], r: int, lemma: str) -> bool:
    """ "adding to his wins", "speaking in Ohio": the verb is not reporting anything here."""
    nxt = sent[r].lower if r < len(sent) else ""
    if lemma == "add":
        # "adding to his wins"; "added a goal", "added his seventh", "added three assists":
        # an object, not a statement
        return nxt == "to" or nxt in _ADDED_OBJECTS or nxt[:1].isdigit()
    if lemma in ("respond", "reply", "answer"):
        return nxt == "by"  # "responded by hitting him"
    if lemma == "compare":
        return nxt in ("to", "with")  # "$250 less compared to the Series 5"
    if lemma == "speak":
        return nxt in (
            "in",
            "at",
            "on",
            "from",
            "before",
            "after",
            "during",
            "to",
            "with",
            "through",
        )
    if lemma == "return":
        # "did not return calls seeking comment", "… a request for comment"; not "returned
        # home", "returns a promise"
        after = sent[r + 1].lower if r + 1 < len(sent) else ""
        return nxt not in _RETURNED and not (nxt in ("a", "an") and after in _RETURNED)
    if lemma == "find":
        # "found the former treasurer guilty", "was found dead": a verdict or a discovery,
        # not a finding reported
        for t in sent[r : r + _VERDICT_WINDOW]:
            if t.lower in _VERDICT_WORDS:
                return True
            if not _word(t) or t.lower == "that":
                break
    return False


# A source that did not answer gives no content but is still cited, for the right of reply:
# "The army did not comment.", "The owner has not commented.", "Police did not respond."
_REPLY_LEMMAS = frozenset(("comment", "respond", "reply", "reach"))
_NEGATIONS = frozenset(("not", "n’t", "n't", "never", "cannot", "no"))
# "had no comment", "has no immediate comment": a reply verb's noun after these.
_HAVE_FORMS = frozenset(("had", "has", "have"))
_NO_COMMENT_ADJECTIVES = frozenset(("immediate", "further", "official"))
# "could not be reached (for comment)": the modals of a source that did not answer.
_UNREACHED_MODALS = frozenset(("could", "can", "cannot"))


def _negation(t: Token) -> bool:
    """A word that negates a verb: "not", "never", or a contraction the tokenizer keeps whole
    ("didn't", "hasn’t")."""
    return t.lower in _NEGATIONS or t.lower.endswith(("n't", "n’t"))


def _no_comment_start(sent: list[Token], i: int) -> int | None:
    """Index of "had" in "had no (immediate) comment" ending at sent[i], else None."""
    j = i - 1
    if j >= 0 and sent[j].lower in _NO_COMMENT_ADJECTIVES:
        j -= 1
    if j >= 1 and sent[j].lower == "no" and sent[j - 1].lower in _HAVE_FORMS:
        return j - 1
    return None


def _unreached(sent: list[Token], i: int) -> Attribution | None:
    """ "The owner could not be reached for comment.": a source sought for a reply that did
    not answer, cited with no content (sent[i] is "reached")."""
    if i < 2 or sent[i - 1].lower != "be":
        return None
    k = i - 2
    if sent[k].lower == "not":
        k -= 1
    if (
        k < 0
        or sent[k].lower not in _UNREACHED_MODALS
        or (sent[k].lower != "cannot") == (k == i - 2)
    ):
        return None
    nxt = sent[i + 1].lower if i + 1 < len(sent) else "."
    if nxt not in ("for", ".", ";", ","):
        return None
    src = _source_left(sent, k)
    if src is None:
        return None
    return Attribution(_span(sent, k, i + 1), _span(sent, *src), (), "reach", "speech")


# What a source returns when it is a reply ("did not return calls / a request for comment").
_RETURNED = frozenset(
    ("calls", "call", "messages", "message", "emails", "email", "requests", "request", "phone")
)
# "found X guilty" / "found dead": words after "found" that make it a verdict or a discovery;
# looked for in the next few tokens, before punctuation or "that" ends the object.
_VERDICT_WORDS = frozenset(
    ("guilty", "innocent", "liable", "dead", "alive", "unconscious", "unresponsive")
)
_VERDICT_WINDOW = 6


# Words that open an object noun phrase after "added" (a count or a thing, not content).
_ADDED_OBJECTS = frozenset(
    ("a", "an", "his", "her", "their", "its", "another", "two", "three", "four", "five", "six")
)


def _anonymity_phrase(sent: list[Token], r: int) -> bool:
    """ "who asked not to be named", "speaking on condition of anonymity": not a statement."""
    nxt = " ".join(t.lower for t in sent[r : r + 5])
    if nxt.startswith(("that his name not", "that her name not", "that their names not")):
        return True  # "asking that her name not be published"
    return nxt.startswith(("not to be", "on condition of", "on the condition", "anonymously"))


def _coordinated_cue(t: Token) -> bool:
    """ "... and promised to ...": a second reporting verb sharing the subject."""
    entry = CUE_FORMS.get(t.lower)
    return entry is not None and t.text.islower() and entry[1] == "speech" and t.lower != entry[0]


COORDINATED_SUBJECT_TOKENS = 8


def _clause_cue_follows(sent: list[Token], j: int) -> bool:
    """A reporting verb follows at j, maybe after a short name or pronoun subject."""
    lowercase_subject = False
    coordinated = j < len(sent) and sent[j].lower in ("but", "and", "while", "though", "although")
    if coordinated:
        j += 1  # ", but Cook did not say when"
    # a conjunction opens a clause whose subject may be longer ("…, while a spokesman for the
    # Pallas administration told …")
    window = COORDINATED_SUBJECT_TOKENS if coordinated else 5
    for m in range(j, min(len(sent), j + window)):
        t = sent[m]
        if m == j and t.lower in CUE_FORMS and t.lower.endswith("ing"):
            return CUE_FORMS[t.lower][1] == "speech"  # "..., adding that ..."
        if t.lower in CUE_FORMS and t.text.islower() and not t.lower.endswith("ing"):
            # "..., the utility said." counts only when the verb ends the sentence or a
            # conjunction opened the clause ("…, but the utility insisted it was safe")
            active = sent[m - 1].lower not in _BE  # "and vital clues will be revealed"
            return not lowercase_subject or (coordinated and active) or m + 2 >= len(sent)
        if not (t.text[0].isupper() or t.lower in lex.PRONOUNS or t.lower in lex.VERB_GROUP):
            if not _word(t):
                return False
            lowercase_subject = True
    return False


def _content_right(sent: list[Token], r: int) -> tuple[int, int] | None:
    n = len(sent)
    while r < n and sent[r].text in (",", "—"):
        r += 1
    e = n
    for j in range(r + 1, n - 1):
        # '…,” while X told …': the clause after a quote closing with its comma
        nxt = j + 2 if sent[j + 1].text in _CLOSE_QUOTE and j + 2 < n else j + 1
        if (
            sent[j].text in (",", ";")  # "…; Sørlie blamed fatigue"
            and (_clause_cue_follows(sent, nxt) or (sent[nxt].lower == "according"))
        ) or (sent[j].lower in ("and", "but") and _coordinated_cue(sent[j + 1])):
            e = j if nxt == j + 1 else nxt  # "..., said ..." / "..., Adelson said ...": the
            break  # next attribution starts here
    while e > r and (sent[e - 1].text in (".", ",", ";", "—") or sent[e - 1].text == ")"):
        e -= 1
    if e <= r or not any(_word(t) for t in sent[r:e]):
        return None
    if sent[r].lower in lex.NOT_CONTENT_AFTER and (
        r + 1 >= e or sent[r + 1].lower in ("about", "on", "to", "in", "for")
    ):
        return None
    return _span(sent, r, e)


def _content_left(sent: list[Token], b: int) -> tuple[int, int] | None:
    """Content from the sentence start to index b (the comma or closing mark before the cue)."""
    e = b
    if sent[b].text in _CLOSE_QUOTE:
        e = b + 1
    elif b > 0 and sent[b - 1].text in _CLOSE_QUOTE and sent[b - 1].start > sent[0].start:
        e = b
    a = 0
    while a < e and sent[a].lower in ("but", "and", "so", "yet", "still", "now"):
        a += 1
    if e <= a or not any(_word(t) for t in sent[a:e]):
        return None
    return _span(sent, a, e)


def _recipient(sent: list[Token], r: int) -> tuple[int, int]:
    """Skip the person told ("told Reuters on Monday that"): returns (content start, end)."""
    n = len(sent)
    for e in range(r, min(n, r + MAX_RECIPIENT_TOKENS + 1)):
        t = sent[e]
        if t.lower in ("that", "to", ":", ",") or t.text in _OPEN_QUOTE:
            return (e, e) if e > r else (r, r)
        if t.text in _SENT_END:
            if e > r and all(x.text[0].isupper() or x.lower == "the" for x in sent[r:e]):
                return (e, e)  # "told The Associated Press."
            break
    if r < n and (sent[r].text[0].isupper() or sent[r].lower in ("him", "her", "them", "me", "us")):
        return (r + 1, r + 1)
    return (r, r)


# Verbs of change that follow a plural noun subject ("shares fell", "claims rose", "waiting
# lists grew"): a cue form right before one is that noun.
_MOVES = lex.words(
    "fell rose grew jumped dropped climbed slid surged tumbled soared plunged gained doubled "
    "tripled increased decreased eased edged slumped rallied remained stood hit reached topped "
    "fall rise grow jump drop climb slide surge"
)
# What is forecast, right before "forecast" as a noun ("its full-year profit forecast"; "the
# company forecast that …" and "analysts forecast growth" stay verbs).
_FORECAST_OBJECTS = lex.words(
    "profit profits growth revenue revenues sales earnings weather inflation budget rate "
    "demand price prices production output gdp full-year annual quarterly economic earnings"
)
# Words that open a clause ending a long "according to" source.
_LONG_CLAUSE_OPENERS = frozenset(("because", "as", "since", "who", "which", "while"))


def _according(sent: list[Token], i: int) -> Attribution | None:
    n = len(sent)
    r = i + 2
    e = r
    while e < n and sent[e].text not in _STOP_PUNCT and sent[e].text not in _SENT_END:
        e += 1
        if e - r > MAX_SOURCE_TOKENS:
            # "according to a detective who spoke on condition of anonymity because …": the
            # source ends before a long clause
            e = next((j for j in range(r + 1, e) if sent[j].lower in _LONG_CLAUSE_OPENERS), -1)
            if e < 0:
                return None
            break
    if e == r:
        return None
    contents = []
    if i > 0:
        b = i - 1 if sent[i - 1].text in (",", "—", "(") else i
        left = _content_left(sent, b) if b > 0 else None
        if left:
            contents.append(left)
    right = _content_right(sent, e)
    if right:
        contents.append(right)
    if not contents:
        return None
    return Attribution(
        _span(sent, i, i + 2), _span(sent, r, e), tuple(contents), "according to", "speech"
    )


def _subject_at_start(sent: list[Token]) -> tuple[int, int] | None:
    """The sentence's opening noun phrase when it is a name or pronoun ("Bush ... and says")."""
    if not sent or not _word(sent[0]):
        return None
    a = 0
    if sent[0].lower in _OPENING_PREPOSITIONS:
        # "In May, NASA awarded …, citing …": the subject follows the opener's comma
        comma = next((j for j, t in enumerate(sent[:MAX_RECIPIENT_TOKENS]) if t.text == ","), -1)
        if comma < 0 or comma + 1 >= len(sent) or not _word(sent[comma + 1]):
            return None
        a = comma + 1
    if sent[a].lower in lex.PRONOUNS:
        return _span(sent, a, a + 1)
    e = a
    while (
        e < len(sent)
        and e - a < MAX_RECIPIENT_TOKENS
        and (sent[e].text[0].isupper() or sent[e].lower in ("the", "of"))
    ):
        e += 1
    return _span(sent, a, e) if e > a else None


def _right_after(sent: list[Token], r: int, verb: str) -> tuple[tuple[int, int] | None, int]:
    """(recipient span, index where content starts) after the cue group ending at r."""
    r2 = _skip_time(sent, r)
    if verb in _RECIPIENT_VERBS:
        cs, _ = _recipient(sent, r2)
        if cs > r2:
            return _span(sent, r2, cs), _skip_time(sent, cs)
    return None, r2


def _candidate(sent: list[Token], i: int, prev: Attribution | None) -> Attribution | None:
    t = sent[i]
    if t.lower == "according":
        return _according(sent, i) if i + 1 < len(sent) and sent[i + 1].lower == "to" else None
    if not t.text.islower() and not _headline_cue(sent, i):
        return None
    lemma, cls = CUE_FORMS[t.lower]
    had = _no_comment_start(sent, i) if lemma in _REPLY_LEMMAS else None
    if had is None and i > 0 and sent[i - 1].lower in lex.NOUN_MARKERS | {"to"}:
        return None
    if t.lower in _NOUN_FIRST and (not _clause_opens(sent, i + 1) or _state_modifier(sent, i)):
        return None  # "a future Palestinian state", "Arab states" (but "she states that …")
    if (
        i >= 2
        and t.lower in _NOUN_LIKE_FORMS
        and sent[i - 2].lower in lex.NOUN_MARKERS
        and sent[i - 1].text[0].isupper()
    ):
        return None  # "In a Facebook post, …", "the Pentagon report": a name as a modifier
    if _reduced_relative(sent, i) or _after_number(sent, i):
        return None
    if t.lower.endswith("s") and i + 1 < len(sent) and _finite_cue(sent[i + 1]):
        return None  # "Court documents show …", "Media reports say …": a noun before the verb
    if t.lower.endswith("s") and i + 1 < len(sent) and sent[i + 1].lower in _MOVES:
        return None  # "Halvorsen Group shares fell", "insurance claims rose": a noun
    if lemma == "forecast" and i > 0 and sent[i - 1].lower in _FORECAST_OBJECTS:
        return None  # "cut its profit forecast", "the growth forecast": a noun
    if i + 1 < len(sent) and sent[i + 1].lower in _COPULAS and not t.lower.endswith("ing"):
        return None  # "the main dispute was over …": a noun followed by its verb
    k = _cue_left(sent, i)
    left = sent[k - 1] if k > 0 else None
    if left is not None and k < i and left.lower in _BEFORE_GROUP:
        return None  # "an earlier report"
    gerund = t.lower.endswith("ing") and k == i
    if gerund and (left is None or left.lower not in (",", "and", "but", "—", "while")):
        return None  # "crystallized thinking", "Speaking on radio": not a cue here
    noun_like = lemma in lex.WEAK_CUES and t.lower in (lemma, lemma + "s", lemma + "es")
    # "did not comment": a negated reply verb is a verb
    negated = lemma in _REPLY_LEMMAS and any(_negation(sent[j]) for j in range(k, i))
    if had is not None and not negated and k == i:
        k, left, negated = had, (sent[had - 1] if had > 0 else None), True  # "had no comment"
    if noun_like and not negated and not _weak_cue_subject(sent, i, left):
        return None
    r = _cue_right(sent, i, lemma)
    if (
        r < 0
        or _anonymity_phrase(sent, r)
        or _anonymity_phrase(sent, i + 1)  # "speaking on condition …": "on" joined the cue
        or _not_speech_use(sent, r, lemma)
        or _not_speech_use(sent, i + 1, lemma)  # "speaking at a rally": "at" joined the cue
    ):
        return None
    cue = _span(sent, k, r)
    if _passive(sent, k, i):
        if r < len(sent) and sent[r].lower == "by":
            return _by_agent(sent, k, r, cue, lemma, cls)  # "… was announced by the ministry"
        # No agent: a claim reported, no one speaking ("The painting is said to be worth
        # millions", "It was reported that …"); "The plan was announced on Monday" has none.
        clause = r < len(sent) and sent[r].lower in ("to", "that") and not _to_a_noun(sent, r)
        content = _content_right(sent, r) if clause else None
        if content is None:
            subject = _source_left(sent, k)
            content = _span(sent, *subject) if subject is not None else None
        return Attribution(cue, None, (content,), lemma, PASSIVE_CLASS) if content else None
    recipient, cstart = _right_after(sent, r, t.lower)
    after = _content_right(sent, cstart)
    shared = left is not None and (
        left.lower in ("and", "but") or (left.text == "," and t.lower.endswith("ing"))
    )
    if shared:
        # "..., adding that ..." / "... and said that ...": the subject is shared
        if after is None:
            return None
        source = prev.source if prev is not None else _subject_at_start(sent)
        return Attribution(cue, source, (after,), lemma, cls, recipient)
    after_break = left is not None and (left.text in (",", "—") or left.text in _CLOSE_QUOTE)
    # "…, who asked not to be named, said the two sides had been close": content, no inversion
    clause_after = after_break and _clause_after(sent, r)
    pronoun_clause = after_break and _pronoun_clause(sent, r)
    if (
        left is not None
        and after_break
        and k > 1
        and not _comma_after_parenthesis(sent, k)
        and not clause_after
        and not pronoun_clause
    ):
        src = _source_right(sent, r)  # "“...,” said Ana Ruiz"
        c = _content_left(sent, k - 1)
        appositive = (
            left.text == ","
            and _appositive_source(sent, k - 1) is not None
            and not _clause_chunk(sent, k - 1)
        )
        if src is None or c is None or appositive:
            if not appositive:
                return None
        elif lemma not in lex.INVERTING and not _has_quote_span(sent, c):
            return None
        else:
            return _inverted(sent, cue, src, c, k, lemma, cls)
    src = _source_left(sent, k)
    if src is None and left is not None and left.text == "," and (clause_after or pronoun_clause):
        src = _comma_subject(sent, k - 1)
    if src is None:
        return None
    a, src_end = src
    if after is None and a > 1 and sent[a - 1].lower in ("and", "or"):
        a = _coordinated_start(sent, a - 1)  # "…, officials and traders said."
    source = _span(sent, a, src_end)
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
        split_quote = split_quote or (quoted_before and _quote_follows(sent, cstart))
        if after is None or split_quote or (quoted_before and _trailer(sent, cstart)):
            c = _content_left(sent, a - 1)
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
    if lemma in lex.WEAK_CUES and not _strong_subject(sent, a, k):
        return None
    if _object_only(sent, after) and not _strong_subject(sent, a, k):
        return None  # "Independent tests have not confirmed that claim" (but "The army disputed
        # that account" is the army speaking)
    return Attribution(cue, source, (after,), lemma, cls, recipient)


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
        and not any(t.lower in _FINITE or t.text in _CLOSE_QUOTE for t in left)
    ):
        rest = _content_right(sent, comma + 1)
        if rest is not None:
            return Attribution(cue, _span(sent, a, comma), (c, rest), lemma, cls)
    return Attribution(cue, _span(sent, a, b), (c,), lemma, cls)


def _tokens_in(sent: list[Token], span: tuple[int, int]) -> list[Token]:
    """The tokens of sent inside a character span."""
    return [t for t in sent if span[0] <= t.start and t.end <= span[1]]


def _object_only(sent: list[Token], content: tuple[int, int]) -> bool:
    """The "content" is a demonstrative and a noun or two: an object ("that claim")."""
    toks = _tokens_in(sent, content)
    return bool(toks) and toks[0].lower in _DEMONSTRATIVES and len(toks) <= MAX_OBJECT_TOKENS


# Capitalised plural subjects a base-form verb agrees with ("Both want", "Many fear").
_PLURAL_SUBJECTS = lex.QUANTIFIERS | {"all", "others"}


# Words after a record noun that open its modifier before the verb ("figures published by
# the audit office show", "Data from the council show").
_RECORD_MODIFIERS = frozenset(
    ("from", "of", "by", "published", "released", "filed", "compiled", "issued", "obtained")
)
_RECORD_PREPOSITIONS = frozenset(("from", "of", "by"))
# How far back the record noun of a weak cue's subject may be (tokens).
_RECORD_REACH = 10


def _record_subject(sent: list[Token], i: int) -> bool:
    """The subject of the weak cue at sent[i] is a record with a modifier after it, in the
    same clause ("Figures published by the audit office show …")."""
    for j in range(i - 2, max(-1, i - _RECORD_REACH), -1):
        t = sent[j]
        if t.text in (",", ";", ":") or t.lower in lex.CLAUSE_BREAK:
            return False
        if t.lower in CUE_FORMS and t.lower not in _RECORD_MODIFIERS:
            return False
        if t.lower in lex.RECORD_NOUNS and sent[j + 1].lower in _RECORD_MODIFIERS:
            # a participle ("published by", "filed in") or a named maker ("Data from the
            # Energy Storage Council"); not "Figures from last year show"
            return sent[j + 1].lower not in _RECORD_PREPOSITIONS or any(
                x.text[:1].isupper() for x in sent[j + 2 : i]
            )
    return False


def _weak_cue_subject(sent: list[Token], i: int, left: Token | None) -> bool:
    """A weak cue in a base or -s form ("comments", "plans", "shows") is a verb only after a
    subject: a pronoun or a name, or a body or group noun with a that-clause following ("the
    study shows that …", "data from the weather service show that …"; not "the group
    maintains an office")."""
    if left is None:
        return False
    if left.lower in lex.PRONOUNS:
        return True
    if _record_subject(sent, i):
        return True  # "figures published by the audit office show", "Data from X show"
    if left.text[0].isupper():
        if left is sent[0] and left.lower in lex.ORG_WORDS and sent[i].lower.endswith("s"):
            return False  # "Court documents filed …", "Police reports": a compound noun
        # "Arduino project", "the latest Bond release": a base form right after a singular name
        # is a noun (the verb would take -s: "Arduino projects"); "Democrats plan" and "Trump
        # would show" stay verbs
        bare = sent[i].lower == CUE_FORMS[sent[i].lower][0] and left is sent[i - 1]
        if not bare and left is sent[i - 1] and left.lower in _PLURAL_SUBJECTS:
            return False  # "Many reports suggest …": a plural determiner before a noun
        plural = (
            left.lower.endswith("s")
            or left.lower in _PLURAL_SUBJECTS
            or any(t.lower == "and" for t in sent[max(0, i - 4) : i - 1])  # "X and Y want"
        )
        return not bare or plural
    noun = (
        left.lower in lex.ORG_WORDS
        or left.lower in lex.ANONYMOUS_NOUNS
        or left.lower in lex.RECORD_NOUNS  # "court papers show", "Eurostat figures show"
    )
    # the cue before "that", or ending the sentence after its content ("…, filings show.")
    ends = i + 1 >= len(sent) or (sent[i + 1].text in _SENT_END and i + 2 >= len(sent))
    return noun and ((i + 1 < len(sent) and sent[i + 1].lower == "that") or ends)


def _headline_cue(sent: list[Token], i: int) -> bool:
    """ "Ruiz Says Plan Will Fail": a title-case speech verb in a title-case headline."""
    if i == 0 or sent[i].text not in _TITLE_CUES:
        return False
    words = [t for t in sent if t.text[0].isalpha()]
    capitals = sum(1 for t in words if t.text[0].isupper())
    return capitals >= HEADLINE_CAPITALS * len(words) and sent[i - 1].text[0].isupper()


def _has_quote_span(sent: list[Token], span: tuple[int, int]) -> bool:
    return any(t.text in _OPEN_QUOTE | _CLOSE_QUOTE for t in sent if span[0] <= t.start < span[1])


def _trailer(sent: list[Token], r: int) -> bool:
    """ "“…,” he said at the time." / "“…,” Sessions said as he launched the roll call.": after a
    quote, what follows the cue is a tail, not reported content, unless it is a that-clause or
    holds another quote. (Until the third session only tails of at most 6 words were; on PolNeAR
    train, tails of any length: content overlap F1 0.737 -> 0.744, quote speaker accuracy
    0.777 -> 0.817, benchmarks/eval_quotes.py.)"""
    first = next((t for t in sent[r:] if _word(t)), None)
    return not ((first is not None and first.lower == "that") or _quote_follows(sent, r))


def _quote_follows(sent: list[Token], r: int) -> bool:
    """A quotation of several words follows r (a second piece of the quote: "“A,” she said in
    March, “but B.”"), not a title ("said on CBS's ''Face the Nation.''")."""
    words = -1
    prev = ""
    for t in sent[r:]:
        doubled = t.text == "'" and prev == "'"  # the NYT's '' is two tokens, one mark
        prev = t.text
        if doubled:
            continue
        if words < 0:
            if t.text in _OPEN_QUOTE:
                words = 0
        elif t.text in _CLOSE_QUOTE:
            if words >= MIN_QUOTE_PIECE_WORDS:
                return True
            words = -1
        elif _word(t):
            words += 1
    return words >= MIN_QUOTE_PIECE_WORDS


# Last words of a capitalised lead-in that labels what follows rather than naming a speaker.
_COLON_LABELS = lex.words(
    "image images photo photos picture pictures caption credit credits tag tags note notes "
    "update updates source sources truth myth fact facts answer question tip tips step steps "
    "warning disclaimer correction corrections summary example examples definition "
    "background context related author authors byline reporting editing photographer analysis "
    "part chapter section episode gallery"
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
        c = _content_right(sent, j + 1)
        words = sum(1 for t in sent[j + 1 :] if t.text[0].isalpha())
        numbers = sum(1 for t in sent[j + 1 :] if t.text[0].isdigit())
        if c is None or words < MIN_COLON_WORDS or 2 * numbers >= words:
            # "Clinton: 547." is a score, "Fix Containers: 1 Green, 1 Red, 1 tsp" a list of
            # quantities, not a statement
            return None
        return Attribution(_span(sent, j, j + 1), _span(sent, 0, j), (c,), "colon", "speech")
    return None


_SUBJECT_NOUNS = lex.ORG_WORDS | lex.ANONYMOUS_NOUNS | lex.ROLE_WORDS | lex.RECORD_NOUNS


def _strong_subject(sent: list[Token], a: int, k: int) -> bool:
    """A weak cue needs a person-like subject: a pronoun or a capitalised name."""
    toks = sent[a:k]
    if any(t.lower in _SUBJECT_NOUNS for t in toks):
        return True
    return any(
        t.lower in lex.PRONOUNS or (t.text[0].isupper() and t is not sent[0]) for t in toks
    ) or (len(toks) == 1 and toks[0].text[0].isupper())


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
    ordered = sorted(
        cands,
        key=lambda a: (a.lemma == "according to", -sum(e - s for s, e in a.contents), a.cue[0]),
    )
    kept: list[Attribution] = []
    for a in ordered:
        if not any(_nested(a, b) for b in kept):
            kept.append(a)
        elif a.lemma == "according to" and a.source is not None and a.contents:
            # "X found that Y, according to researchers": both speak; the first's content
            # ends where the trailing "according to" begins ("X said Y, according to
            # Reuters" is different: the outlet only carried X's words)
            host = next((b for b in kept if _nested(a, b)), None)
            # (but "X plans Y, according to Reuters": a plan or belief reported by the outlet)
            carried = host is not None and host.cue_class == "speech" and _outlet(sent, a.source)
            if host is not None and _trailing_in(a, host) and not carried:
                trimmed = _trimmed(host, a.cue[0])
                if trimmed.contents:  # not "“Y,” he said, according to Z": the host has no
                    kept[kept.index(host)] = trimmed  # content of its own after the cue
                    kept.append(a)
    return sorted(kept, key=lambda a: a.cue[0])


def _outlet(sent: list[Token], span: tuple[int, int]) -> bool:
    return lex.is_outlet(" ".join(t.text for t in _tokens_in(sent, span)))


def _trailing_in(a: Attribution, host: Attribution) -> bool:
    """a ("…, according to Z") follows host's content, which follows host's cue ("X found
    that Y, according to Z"; not "“Y,” he said, according to Z", whose content is before)."""
    if not host.contents:
        return False
    s, e = host.contents[-1]
    if s < host.cue[1] or a.cue[0] < s:
        return False
    return a.cue[0] - min(e, a.cue[0]) <= MAX_TRAILING_GAP


def _trimmed(host: Attribution, end: int) -> Attribution:
    """host with its contents cut where end begins."""
    contents = tuple((s, min(e, end)) for s, e in host.contents if s < end)
    return replace(host, contents=contents)


def _nested(a: Attribution, b: Attribution) -> bool:
    """One attribution's cue lies inside the other's content."""
    return any(s <= a.cue[0] < e for s, e in b.contents) or any(
        s <= b.cue[0] < e for s, e in a.contents
    )


def rule_candidates(sent: list[Token], quotes: list[QuoteSpan]) -> list[Attribution]:
    """Attributions the rules find in one sentence, nested ones included."""
    cands: list[Attribution] = []
    prev: Attribution | None = None
    tried = 0
    for i, t in enumerate(sent):
        if t.lower == "reached" and not inside(quotes, t.start):
            c = _unreached(sent, i)
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
    k = _cue_left(sent, a)
    if r < len(sent) and sent[r].lower in _PARTICLES:
        r += 1
    cue = _span(sent, k, r)
    lemma = sent[a].lower
    left = sent[k - 1] if k > 0 else None
    if left is not None and k > 1 and (left.text == "," or left.text in _CLOSE_QUOTE):
        src = _source_right(sent, r)
        c = _content_left(sent, k - 1)
        if c is not None and src is not None:
            return Attribution(cue, _span(sent, *src), (c,), lemma, LEARNED_CLASS)
    after = _content_right(sent, _skip_time(sent, r))
    if after is None:
        return None
    if left is not None and left.lower in ("and", "but"):
        source = prev.source if prev is not None else _subject_at_start(sent)
        return Attribution(cue, source, (after,), lemma, LEARNED_CLASS)
    src_left = _source_left(sent, k)
    source = None
    if src_left is not None and _learned_source_ok(sent[src_left[0]]):
        source = _span(sent, *src_left)
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


def _with_content(a: Attribution, extra: tuple[int, int]) -> Attribution:
    return Attribution(a.cue, a.source, (*a.contents, extra), a.lemma, a.cue_class, a.recipient)


def _has_quote(text: str, a: Attribution) -> bool:
    return any(
        text[s : s + 1] in _OPEN_QUOTE or text[e - 1 : e] in _CLOSE_QUOTE for s, e in a.contents
    )


# A colon attribution ("Ana Ruiz: ...") has its colon within the first few words.
COLON_REACH = 80
_HINTS = frozenset(CUE_FORMS) | {"according", "reached"}
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
    if a.lemma not in _REPLY_LEMMAS or a.source is None:
        return False
    cue = text[a.cue[0] : a.cue[1]].lower().replace("n’t", " not").replace("n't", " not")
    return any(w in _NEGATIONS for w in cue.split())
