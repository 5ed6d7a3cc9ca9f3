"""Source noun phrases of the attribution rules: who speaks, found around a cue.

The phrase before the cue (``source_left``: with a parenthesis, an appositive or stacked
appositives, a relative clause, an age or a place after the name), after an inverted cue
(``source_right``: "“…,” said Ana Ruiz, the minister"), the sentence's opening up to a comma
(``comma_subject``) or its opening name (``subject_at_start``), and coordinated sources
("officials and traders said"). Every walk is bounded by a token limit, so time is linear.
"""

from __future__ import annotations

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_cues import (
    anonymity_phrase,
    follows_quote,
    opens_name,
    participle,
    record_modified,
    reduced_relative,
    state_modifier,
    without_particle,
)
from trustscore._attribution_record import (
    CUE_FORMS,
    FINITE,
    MAX_RECIPIENT_TOKENS,
    MAX_RELATIVE_TOKENS,
    MAX_SOURCE_TOKENS,
    OPENING_PREPOSITIONS,
    holds_finite,
    span,
    word,
)
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import SENT_END as _SENT_END
from trustscore._sentences import STOP_PUNCT as _STOP_PUNCT
from trustscore._sentences import Token

# A parenthesis between a name and its cue ("Sen. Ana Ruiz (D-Ore.) said", party and state in
# US political news) is kept in the source when it has at most this many tokens.
MAX_PARENTHESIS_TOKENS = 8
# Words of the noun phrase before a "who" clause that a source may still take ("A senior
# broker who …").
MAX_HEAD_TOKENS = 4

_LONG_APPOSITIVE_OPENERS = frozenset(("who", "whose", "which", "a", "an", "the"))
# Appositives stacked after one name ("Ana Ruiz, a lawyer, who led the panel, said"): two seen
# in PolNeAR train's misses; the bound keeps a run of commas from recursing far.
MAX_STACKED_APPOSITIVES = 2


def _claiming_modifier(sent: list[Token], i: int) -> bool:
    """sent[i] is "claiming" after a noun, inside the source ("A person claiming
    responsibility wrote", "a man claiming to be a doctor said"), not a cue."""
    return (
        sent[i].lower == "claiming"
        and i >= 1
        and word(sent[i - 1])
        and sent[i - 1].text.islower()
        and sent[i - 1].lower not in CUE_FORMS
        and sent[i - 1].lower not in lex.PRONOUNS
    )


_RELATIVE_OPENERS = frozenset(("who", "which", "that", "whose", "whom"))
# The subject of a relative clause without "that" ("the place Pentagon officials say …").
MAX_RELATIVE_SUBJECT_TOKENS = 3
# Pronouns that make the words after an inverted cue a clause, not a name.
_CLAUSE_PRONOUNS = frozenset(("it", "they", "them", "he", "she", "him", "we", "us", "i"))
# Words that open what was said, never who said it.
_CLAUSE_OPENERS = frozenset(("that", "if", "whether", "how", "what", "why", "when"))


def _finite_outside_relative(sent: list[Token], a: int, k: int) -> int:
    """Index of a finite verb in sent[a:k] that no relative pronoun before it opens, or -1
    ("Officials who have seen the report" is a source; "X has handed in a" is no source)."""
    for j in range(a, k):
        low = sent[j].lower
        if low in _RELATIVE_OPENERS:
            return -1
        if low in FINITE and (j == a or sent[j].text.islower()):  # not the month "May"
            return j
    return -1


_DASHES = frozenset(("—", "–"))


def _source_before_dashes(sent: list[Token], k: int) -> tuple[int, int] | None:
    """ "Jason Sims — a teacher from Mount Pleasant — says": a name, then an appositive set
    off by dashes (at most MAX_RECIPIENT_TOKENS words), ending just before k."""
    j = k - 2
    while j > 0 and k - 1 - j <= MAX_RECIPIENT_TOKENS and sent[j].text not in _DASHES:
        if sent[j].text in _SENT_END or sent[j].text in _OPEN_QUOTE or sent[j].text in _CLOSE_QUOTE:
            return None
        j -= 1
    if j <= 0 or sent[j].text not in _DASHES or j == k - 2 or not sent[j + 1].text.islower():
        return None
    name = source_left(sent, j)
    if name is None or not sent[name[0]].text[:1].isupper():
        return None
    return (name[0], k - 1)


# Participles of permission inside an anonymity clause ("who was not authorised to speak").
_PERMITTED = frozenset(("authorised", "authorized", "allowed", "permitted", "cleared"))
# Clause words that may sit inside a relative clause of the source ("dealers who handled it
# before the sale said").
_INNER_BREAKS = frozenset(("before", "after", "since", "until", "than", "when", "while", "because"))


# Comparatives before "than" inside a noun phrase ("with more than 400,000 subscribers").
_COMPARATIVES = frozenset(("more", "less", "fewer"))


def _who_before(sent: list[Token], j: int, lo: int) -> int:
    """Index of the last "who" in sent[lo:j] with only words between it and j; -1 if none."""
    for m in range(j - 1, max(0, lo) - 1, -1):
        if not word(sent[m]):
            return -1
        if sent[m].lower == "who":
            return m
    return -1


def _inside_relative(sent: list[Token], j: int, k: int) -> bool:
    """sent[j] lies in a "who" clause that opens after a noun, within MAX_SOURCE_TOKENS
    before k, with no punctuation between."""
    m = _who_before(sent, j, k - MAX_SOURCE_TOKENS)
    return m > 0 and word(sent[m - 1]) and sent[m - 1].text.islower()


# Words that end a clause saying why a source is unnamed ("who asked not to be named
# because he was not authorised to speak").
_ANONYMITY_WORDS = frozenset(
    ("named", "identified", "anonymity", "authorised", "authorized", "publicly")
)


def _long_anonymity_relative(sent: list[Token], k: int) -> int:
    """Index of "who" opening a relative clause that ends at k, with no punctuation, and says
    why the source is unnamed ("who asked not to be named because she feared retaliation",
    where "feared" would end a plain walk back); -1 otherwise."""
    m = _who_before(sent, k, k - MAX_RELATIVE_TOKENS)
    if m < 1 or not word(sent[m - 1]):
        return -1
    return m if any(x.lower in _ANONYMITY_WORDS for x in sent[m:k]) else -1


# Words a quoted name inside an appositive may have ("who uses the name “greyfox,”").
MAX_QUOTED_NAME_TOKENS = 4
# Words right before such a quoted name.
_PSEUDONYM_WORDS = lex.words(
    "name names named called calls itself themselves nicknamed dubbed as handle username alias "
    "pseudonym self-described self-styled self-proclaimed self-confessed"
)
_NAMING_WORDS = _PSEUDONYM_WORDS | lex.words(
    "titled entitled "
    # a title ("Gilley, author of the 2017 article “The Case for Colonialism,” argued")
    "article book essay film novel report song album paper column memoir podcast documentary "
    "play poem series show"
)


def _quoted_name(sent: list[Token], end: int, naming: frozenset[str]) -> int:
    """Start of a short quoted name whose words end before sent[end] (its closing mark),
    opened by a quotation mark after one of the naming words; -1 when there is none."""
    q = end
    while q > 0 and word(sent[q - 1]) and end - q < MAX_QUOTED_NAME_TOKENS:
        q -= 1
    if q < 2 or q == end or sent[q - 1].text not in _OPEN_QUOTE:
        return -1
    return q if sent[q - 2].lower in naming else -1


def _source_before_quoted_name(sent: list[Token], k: int) -> tuple[int, int] | None:
    """ "The seller, who uses the name “greyfox,” wrote": an appositive that ends in a short
    quoted name, its comma inside the marks; the noun phrase before the appositive, with it."""
    # (not "The trailer, which promises a world that will “redefine the genre,”")
    q = _quoted_name(sent, k - 2, _NAMING_WORDS)
    if q < 0:
        return None
    c = q - 1
    while c > 0 and word(sent[c - 1]) and q - c <= MAX_RECIPIENT_TOKENS:
        c -= 1
    if c < 2 or c == q - 1 or sent[c - 1].text != ",":
        return None
    head = source_left(sent, c - 1)
    return (head[0], k) if head is not None else None


# Days and months, which are no name before an appositive ("since May, the company said").
_CALENDAR = lex.words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)
# Words that take a date or an event, not a subject, before the comma ("until June, the …").
_TIME_SUBORDINATORS = lex.words("since until after before during")


def _source_with_quoted_name(sent: list[Token], k: int) -> tuple[int, int] | None:
    """ "A seller using the name “dunewalker” wrote": a noun phrase that ends in a short
    quoted name after a naming word, with the name."""
    q = _quoted_name(sent, k - 1, _PSEUDONYM_WORDS)
    if q < 0:
        return None
    head = source_left(sent, q - 1)
    return (head[0], k) if head is not None else None


def _modified_noun(sent: list[Token], i: int) -> bool:
    """The cue word at i, in its plain form after an article and a participle, is a noun in a
    noun phrase ("a leaked call sheet", "the revised claim form"), not a verb."""
    return (
        i >= 2
        and sent[i].lower == CUE_FORMS[sent[i].lower][0]
        and sent[i - 1].lower.endswith("ed")
        and sent[i - 2].lower in ("a", "an", "the")
    )


def naming_participle(sent: list[Token], j: int) -> bool:
    """sent[j] ("called", "named") gives the name of the person before it ("a user called
    MarshBird", "a woman named Lola")."""
    return (
        sent[j].lower in ("called", "named")
        and j >= 1
        and j + 1 < len(sent)
        and (sent[j - 1].lower in lex.PERSON_NOUNS or sent[j - 1].lower in lex.ANONYMOUS_NOUNS)
        and sent[j + 1].text[:1].isupper()
    )


def source_left(sent: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [a, k) of the source noun phrase that ends just before index k."""
    if k == 0:
        return None
    who = _long_anonymity_relative(sent, k)
    if who > 0:
        # "An official who asked not to be named because he was not authorised to speak
        # said": the noun phrase before the long clause, with the clause
        head = source_left(sent, who)
        if head is not None:
            return (head[0], k)
    prev = sent[k - 1]
    if prev.text in _CLOSE_QUOTE and k >= 2 and sent[k - 2].text == ",":
        return _source_before_quoted_name(sent, k)
    if prev.text in _CLOSE_QUOTE:
        return _source_with_quoted_name(sent, k)
    if prev.text == ")":
        return _source_before_parenthesis(sent, k)
    if comma_after_parenthesis(sent, k):
        return _source_before_parenthesis(sent, k - 1)  # "Gov. Ana Ruiz (R-Ohio), said"
    if prev.lower in ("who", "which", "that"):
        return (k - 1, k)
    if prev.text == "," and k >= 4:
        return appositive_source(sent, k - 1)
    if prev.text in _DASHES:
        return _source_before_dashes(sent, k)
    a = k
    reach = MAX_SOURCE_TOKENS
    while a > 0 and k - a < reach:
        t = sent[a - 1]
        if t.text in _STOP_PUNCT or t.text in _SENT_END or _dateline_dash(sent, a - 1):
            break
        if t.lower == "who" and a - 2 >= 0 and word(sent[a - 2]) and a < k:
            a -= 1  # "An employee who asked not to be named said": keep the head noun
            # "A broker who has run small festivals in the region for a decade said": the
            # noun phrase before a long "who" clause is still reached
            reach = min(MAX_RELATIVE_TOKENS, max(reach, k - a + MAX_HEAD_TOKENS))
            continue
        if (
            t.lower in ("whom", "which")
            and a - 3 >= 0
            and sent[a - 2].lower in _RELATIVE_PREPOSITIONS
            and word(sent[a - 3])
            and a < k
        ):
            # "The club runner to whom bib 4417 was registered could not be reached": the
            # noun before the preposition
            a -= 2
            reach = min(MAX_RELATIVE_TOKENS, max(reach, k - a + MAX_HEAD_TOKENS))
            continue
        if t.lower == "that" and _relative_that(sent, a - 1, k):
            a -= 1  # "A volunteer group that fills sandbags for homes has warned"
            continue
        if t.lower in lex.CLAUSE_BREAK or t.lower in ("who", "whom", "whose"):
            if (
                t.lower == "and"
                and a - 2 >= 0
                and sent[a - 2].text[:1].isupper()
                and word(sent[a - 2])
            ):
                a -= 1
                continue
            if t.lower in _INNER_BREAKS and _inside_relative(sent, a - 1, k):
                a -= 1  # "Two dealers who handled the painting before the sale said"
                continue
            if t.lower == "than" and a >= 2 and sent[a - 2].lower in _COMPARATIVES:
                a -= 1  # "A blogger with more than 400,000 subscribers wrote"
                continue
            break
        if (
            t.lower in CUE_FORMS
            and a < k
            and not (a >= 2 and sent[a - 2].lower in ("who", "to"))  # "to discuss" is no cue
            # "The account that shared the video did not respond": a relative clause
            and not (a >= 2 and sent[a - 2].lower == "that" and _relative_that(sent, a - 2, k))
            and not state_modifier(sent, a - 1)  # "the state health department said"
            and not without_particle(sent, a - 1)  # "the rail operator VelRail said"
            and not (a >= 2 and sent[a - 2].lower in ("a", "an", "the"))  # "A report … warned"
            and not (a >= 2 and sent[a - 2].text.isdigit())  # "A 2021 planning audit"
            and not _modified_noun(sent, a - 1)  # "a leaked call sheet says"
            and not anonymity_phrase(sent, a)  # "Officials speaking on condition of …"
            and not reduced_relative(sent, a - 1)  # "A study published in … found"
            and not (a == 1 and reduced_relative(sent, a))  # "Documents released by … show"
            and not opens_name(sent, a - 1)  # "“…,” state Sen. Ana Ruiz said"
            # "A group calling itself Return to Sender has claimed": a capital inside the
            # sentence makes a name, not a verb
            and not (a >= 2 and sent[a - 1].text[:1].isupper() and word(sent[a - 2]))
            and not _inside_name(sent, a - 1)  # "the Higher Learning Trust found"
            and not (a < k and sent[a].lower in _REFLEXIVE_NAMING)  # "a group calling itself"
            and not _claiming_modifier(sent, a - 1)  # "A person claiming responsibility wrote"
            and not naming_participle(sent, a - 1)  # "a user called MarshBird wrote"
            and not record_modified(sent, a - 1)  # "Court documents filed last week show"
            # "An official who was not authorised to speak publicly said"
            and sent[a - 1].lower not in _PERMITTED
        ):
            break
        a -= 1
    if a == k:
        return None
    if a >= 2 and a < k - 1 and _clock_minutes(sent, a):
        a += 1  # "14:10 A Civic Alliance source says": a live blog's time, not the source
    if sent[a].lower == "with" and with_absolute(sent, k) == a:
        return (a + 1, k)  # "…, with the prosecution describing a heist …": an absolute clause
    # drop leading prepositional openers ("In Iowa, ..." never reaches here; "On Monday Smith")
    while a < k and sent[a].lower in OPENING_PREPOSITIONS:
        a += 1
        if k - a == 3 and sent[a].lower in ("a", "an"):
            break  # "…, in a decision critics said …": the relative clause's subject below
        while a < k and sent[a].text[:1].isupper() is False and sent[a].lower not in lex.PRONOUNS:
            a += 1
    if a < k - 1 and sent[k - 1].lower in lex.SUBJECT_PRONOUNS:
        a = k - 1  # "On Monday he said": the pronoun, not "Monday he"
    elif a <= k - 3 and sent[k - 1].lower == "it" and sent[k - 3].lower in ("a", "an", "the"):
        a = k - 1  # "…, a figure it says is …": a relative clause whose subject is "it"
    if a >= k or not word(sent[a]):
        return None
    j = _finite_outside_relative(sent, a, k)
    if j >= 0:
        # "Police had last month charged …": the subject ends before its auxiliary; "Jonas
        # Aberlund has handed in a transfer request": a clause with an object, no source;
        # "… is now the place Pentagon officials say …": the subject of a relative clause
        # without "that", after the noun it describes
        dets = [d for d in range(j + 1, k) if sent[d].lower in ("a", "an", "the")]
        if dets:
            d = dets[-1]
            if (
                d + 2 < k
                and sent[d + 1].text.isalpha()
                and sent[d + 1].text.islower()
                and (sent[k - 1].text[:1].isupper() or sent[k - 1].lower.endswith("s"))
                and k - d - 2 <= MAX_RELATIVE_SUBJECT_TOKENS
                and all(word(t) for t in sent[d + 2 : k])
            ):
                return (d + 2, k)
            return None
        if j == a:
            return None
        k = j
    if (
        k - a == 3
        and sent[a].lower in ("a", "an")
        and sent[a + 1].text.islower()
        and sent[a + 1].lower not in _GROUP_QUANTITIES
        and sent[a + 2].text.islower()
        and sent[a + 2].lower.endswith("s")
    ):
        a += 2  # "…, a move opponents said would …": the relative clause's subject speaks
    # appositive: "Mark Reyes, the commander of the unit, said"
    if a >= 2 and sent[a - 1].text == "," and sent[a].lower in ("the", "a", "an"):
        b = a - 1
        while b > 0 and word(sent[b - 1]) and sent[b - 1].lower not in lex.CLAUSE_BREAK:
            b -= 1
        name = sent[b : a - 1]
        if (
            0 < len(name) <= MAX_RECIPIENT_TOKENS
            and all(t.text[0].isupper() for t in name)
            and name[0].lower not in OPENING_PREPOSITIONS  # "On X, the party said"
            and not (len(name) == 1 and name[0].lower.endswith("ly"))  # "Publicly, the …"
            and not (len(name) == 1 and name[0].lower in lex.SENTENCE_ADVERBS)  # "However,"
            # "trapped since Tuesday, the mining company said": a date, not a name
            and not (len(name) == 1 and name[0].lower in _CALENDAR)
            and not (b > 0 and sent[b - 1].lower in _TIME_SUBORDINATORS)
        ):
            a = b  # "Mark Reyes, the commander of the base" (not "Last week, the campaign")
    return (a, k)


# Nouns counting a plural ("a few officials", "a handful of …"): the plural is their own.
_GROUP_QUANTITIES = lex.words(
    "few couple handful number lot group majority minority dozen series pair trio host "
    "score range variety bunch crowd team panel string"
)
# Prepositions of place after an inverted cue: where it was said, no speaker.
_PLACE_PREPOSITIONS = frozenset(("under", "below", "beneath", "beside", "inside", "outside"))
# Prepositions before a relative "whom"/"which" ("to whom", "for whom", "with which").
_RELATIVE_PREPOSITIONS = lex.words("to for with from by of about on in under")
# A wire dateline is at most this many tokens ("BRANVIK, March 3 (Northwire) -").
MAX_DATELINE_TOKENS = 12


def _dash(sent: list[Token], j: int) -> bool:
    """A dash at j that ends a wire dateline ("PORT ALVARA — …", "BRANVIK, March 3
    (Northwire) - …")."""
    if sent[j].text in ("—", "–"):
        return j > 0 and _dateline_before(sent, j)
    return _dateline_dash(sent, j)


# A live blog's time stamp before its dash ("08:55 - Race officials say", "9.40am – …").
_TIME_STAMP_ENDS = lex.words("am pm a.m. p.m. gmt bst cet cest utc et local")


# Words of the noun phrase between "with" and an absolute gerund.
MAX_WITH_SUBJECT_TOKENS = 4


def with_absolute(sent: list[Token], k: int) -> int:
    """Index of the "with" that opens an absolute clause before the gerund at k (", with the
    prosecution describing …", ", with officials saying …"): after a comma, with a short noun
    phrase of words and no pronoun between; -1 when there is none."""
    if k >= len(sent) or not sent[k].lower.endswith("ing"):
        return -1
    for w in range(k - 2, max(0, k - 2 - MAX_WITH_SUBJECT_TOKENS), -1):
        if sent[w].lower == "with":
            return w if w >= 1 and sent[w - 1].text == "," else -1
        if not word(sent[w + 1]) or sent[w + 1].lower in lex.PRONOUNS:
            return -1
    return -1


def _dateline_before(sent: list[Token], j: int) -> bool:
    return (
        sent[j - 1].text == ")"
        or (sent[0].text.isupper() and len(sent[0].text) > 1)
        or _time_stamp(sent, j)
    )


def _time_stamp(sent: list[Token], j: int) -> bool:
    """The tokens before j are a clock time ("08:55", "9.40am", "14:02 GMT"): a live
    blog's entry opens with it, as a wire story with its dateline."""
    if j < 3 or not (sent[0].text.isdigit() and sent[0].text.isascii() and len(sent[0].text) <= 2):
        return False
    if sent[1].text not in (":", "."):
        return False
    minutes = sent[2].lower
    if not (minutes[:2].isdigit() and (minutes[2:] == "" or minutes[2:] in _TIME_STAMP_ENDS)):
        return False
    return j == 3 or (j == 4 and sent[3].lower in _TIME_STAMP_ENDS)


def _dateline_dash(sent: list[Token], j: int) -> bool:
    """The hyphen at j ends a wire dateline ("BRANVIK, March 3 (Northwire) - The bank said",
    "LORENBURG - …"): after an agency's parenthesis or a place in capitals (a hyphen inside a
    sentence, "Ms. Epstein - a lawyer - said", is a dash within the source phrase)."""
    if sent[j].text != "-" or not 0 < j <= MAX_DATELINE_TOKENS:
        return False
    return _dateline_before(sent, j)


# "A group calling itself Black Lantern": "calling" names, it does not report.
_REFLEXIVE_NAMING = frozenset(("itself", "themselves", "himself", "herself"))


def _inside_name(sent: list[Token], j: int) -> bool:
    """The cue word at j is a capitalised word between two others, inside a name ("the Higher
    Learning Trust", "Pacific Warning Center"): not at the sentence's start."""
    return (
        0 < j < len(sent) - 1
        and sent[j].text[:1].isupper()
        and sent[j - 1].text[:1].isupper()
        and sent[j + 1].text[:1].isupper()
        and word(sent[j - 1])
        and word(sent[j + 1])
    )


def comma_after_parenthesis(sent: list[Token], k: int) -> bool:
    """The cue at k follows "(...)," ("Sen. Ana Ruiz (D-Ore.), said")."""
    return k >= 3 and sent[k - 1].text == "," and sent[k - 2].text == ")"


def _source_before_parenthesis(sent: list[Token], k: int) -> tuple[int, int] | None:
    """ "Sen. Ana Ruiz (D-Ore.) said": the name before a short parenthesis, which joins it."""
    j = k - 2
    while j >= 0 and k - j <= MAX_PARENTHESIS_TOKENS and sent[j].text != "(":
        j -= 1
    if j <= 0 or sent[j].text != "(" or sent[j - 1].text == ")" or comma_after_parenthesis(sent, j):
        return None  # one parenthesis only: no recursion over "(a) (b) (c)" or "(a), (b),"
    inner = source_left(sent, j)
    return (inner[0], k) if inner is not None else None


# The longest "Name of Body" appositive read as a name (tokens).
MAX_NAME_OF_BODY_TOKENS = 9


def _name_of_body(sent: list[Token], b: int, c: int) -> bool:
    """sent[b:c] is a name of two capitalised words or more, then "of", "at" or "from" and
    capitalised words ("Dr Hana Ilic of Corvan University Hospital")."""
    if c - b > MAX_NAME_OF_BODY_TOKENS:
        return False
    joint = next((j for j in range(b, c) if sent[j].lower in ("of", "at", "from")), None)
    return (
        joint is not None
        and joint - b >= 2
        and joint + 1 < c
        and all(t.text[0].isupper() for t in sent[b:joint])
        and all(t.text[0].isupper() or t.lower == "the" for t in sent[joint + 1 : c])
    )


def appositive_source(sent: list[Token], c: int, depth: int = 0) -> tuple[int, int] | None:
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
    # "A researcher who reviewed the data, and who asked not to be identified, told": a
    # second relative clause joined by "and"
    joined_relative = (
        sent[b].lower in ("and", "but") and b + 1 < c and sent[b + 1].lower in ("who", "whose")
    )
    opener = sent[b + 1].lower if joined_relative else sent[b].lower
    if c - b > MAX_SOURCE_TOKENS and opener not in _LONG_APPOSITIVE_OPENERS:
        return None  # only a relative clause or a noun-phrase appositive may run long
    # "Ana Ruiz, the minister, said" or "The minister, Ana Ruiz, said"
    # ("The publisher, Quill & Lantern, declined": "&" joins the words of a firm's name)
    name_inside = c - b <= 4 and all(
        t.text[0].isupper() or (t.text == "&" and b < j < c - 1) for j, t in enumerate(sent[b:c], b)
    )
    # "The trial's investigator, Dr Hana Ilic of Corvan University Hospital, said": a name,
    # then "of" or "at" and a capitalised body
    name_inside = name_inside or _name_of_body(sent, b, c)
    possessive = sent[b].lower.endswith(("'s", "s'")) and c - b > 1 and sent[b + 1].text.islower()
    if not (sent[b].text.islower() or name_inside or possessive):
        return None  # ("Tad Devine, Sanders's chief strategist, said": possessive)
    if b >= 4 and _age(sent[b - 2]) and sent[b - 3].text == ",":
        b -= 2  # "Vera Hall, 43, a teacher, said": the age is a second appositive
    # A relative clause may follow a whole noun phrase ("A senior diplomat from the host
    # country, who asked not to be named, said"); other appositives follow a name.
    # ("A survey commissioned by the Corrin Sports Council, published in April, found": a
    # participle aside, like a relative clause, follows the whole noun phrase)
    limit = (
        MAX_SOURCE_TOKENS
        if opener in ("who", "whose", "which") or participle(opener)
        else MAX_RECIPIENT_TOKENS
    )
    deeper = depth < MAX_STACKED_APPOSITIVES
    if (
        name_inside
        and deeper
        and b >= 4
        and sent[b - 2].text.isalpha()
        and sent[b - 2].text.islower()
        and sent[b - 2].lower not in lex.CLAUSE_BREAK
    ):
        # "Linnea Stroud, chief executive of the vaccine’s maker, Corvane Biologics, said": the
        # name names the noun before its comma; the speaker, a name, is further back (not
        # "Outside court, the victim’s mother, Grace Ennis, told")
        widened = _chunk_further_back(sent, b, c, depth)
        if widened is not None and _opens_with_name(sent, widened[0]):
            return widened
    if name_inside and deeper and _after_place(sent, b - 1):
        # "Lina Okafor, 29, of Leeds, England, says": the region ends a place, not a name
        widened = _chunk_further_back(sent, b, c, depth)
        if widened is not None:
            return widened
    found = _name_before(sent, b - 1, c, name_inside, limit)
    if (
        found is not None
        and deeper
        and sent[b].lower == "and"
        and b + 1 < c
        and not holds_finite(sent, b + 1, c)
    ):
        # "Dylan Nelson, a fellow at …, and co-author of the study, said": a second
        # appositive joined by "and" to the one before
        widened = _chunk_further_back(sent, b, c, depth)
        if widened is not None:
            return widened
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


def _opens_with_name(sent: list[Token], a: int) -> bool:
    """The chunk from sent[a] to the next comma is a name: capitalised words (or name
    particles), not an article, a pronoun or an opening preposition first ("Linnea Stroud",
    not "Outside court")."""
    first = sent[a]
    if first.lower in OPENING_PREPOSITIONS or first.lower in ("the", "a", "an", "outside"):
        return False
    if first.lower in lex.PRONOUNS:
        return False
    j = a
    while j < len(sent) and sent[j].text != ",":
        t = sent[j]
        if not (word(t) and (t.text[:1].isupper() or t.lower in lex.NAME_PARTICLES)):
            return False
        j += 1
    return j > a


def _chunk_further_back(sent: list[Token], b: int, c: int, depth: int) -> tuple[int, int] | None:
    """The appositive source ending at the comma before sent[b], stretched to the comma c."""
    inner = appositive_source(sent, b - 1, depth + 1)
    return (inner[0], c + 1) if inner is not None else None


def _words_back(sent: list[Token], end: int, limit: int) -> int | None:
    """Start of the run of words (no clause word, but "and" inside a capitalised name: "The
    Library and Culture Workers’ Union") ending before sent[end]; None when it is longer
    than limit."""
    a = end
    while (
        a > 0
        and word(sent[a - 1])
        and (sent[a - 1].lower not in lex.CLAUSE_BREAK or _and_in_name(sent, a - 1, end))
        and sent[a - 1].text not in _REPORTED
    ):
        a -= 1
        if end - a > limit:
            return None
    return a


# Words after "that" that open a clause of its own, not a relative clause's verb.
_THAT_CLAUSE_OPENERS = lex.words(
    "the a an this these those he she they it we i you his her their its our my there"
)


def _relative_that(sent: list[Token], i: int, k: int) -> bool:
    """sent[i], "that", opens a relative clause after a lower-case noun ("a group that fills
    sandbags"), not a clause after a verb ("said that the group …")."""
    if i < 2 or i + 2 >= k:
        return False  # "a change that historians say": the relative clause's subject speaks
    before, after = sent[i - 1], sent[i + 1]
    return (
        after.lower not in lex.ANONYMOUS_NOUNS
        and not after.lower.endswith(("ians", "ists"))
        # a verb: "fills", "carried", "has", "will" (not "that industry analysts say")
        and (after.lower.endswith(("s", "ed")) or after.lower in FINITE)
        and before.text.isalpha()
        and before.text.islower()
        and before.lower not in CUE_FORMS
        and before.lower not in lex.CLAUSE_BREAK
        and word(sent[i - 2])
        and after.text.isalpha()
        and after.text.islower()
        and after.lower not in _THAT_CLAUSE_OPENERS
    )


# Reporting verbs that end the clause before a source ("Police said a sample of the powder,
# checked by a laboratory, suggested …": the sample, not "Police said a sample …").
_REPORTED = lex.words("said says told tells")


def _and_in_name(sent: list[Token], i: int, end: int) -> bool:
    """sent[i] is "and" between two capitalised words of one name ("Library and Culture")."""
    return (
        sent[i].lower == "and"
        and 0 < i < end - 1
        and sent[i - 1].text[:1].isupper()
        and sent[i + 1].text[:1].isupper()
        and word(sent[i - 1])
    )


def _after_place(sent: list[Token], comma: int) -> bool:
    """The chunk ending at this comma opens with "of"/"from"/"in" ("…, of Leeds, England"), or
    ends with one and a capitalised name ("…, a fellow at the institute in Munich, Germany")."""
    a = comma
    while a > 0 and word(sent[a - 1]) and comma - a <= MAX_RECIPIENT_TOKENS:
        a -= 1
    if a < comma and a > 0 and sent[a - 1].text == "," and sent[a].lower in _PLACE_OPENERS:
        return True
    k = comma
    while k > a and sent[k - 1].text[:1].isupper():
        k -= 1
    return a < k < comma and sent[k - 1].lower in _PLACE_OPENERS


_PLACE_OPENERS = frozenset(("of", "from", "in"))


def _appositive_chunk(sent: list[Token], b: int, c: int) -> bool:
    """sent[b:c] reads as an appositive: a relative clause, or a phrase with no finite verb and
    no conjunction in front ("but it is under pressure" is a clause of its own)."""
    if sent[b].lower in ("who", "whose", "which"):
        return True
    if sent[b].lower in lex.CLAUSE_BREAK:
        return False
    return not holds_finite(sent, b, c)


def _age(t: Token) -> bool:
    """A person's age set off by commas after the name ("Vera Hall, 43, said")."""
    return t.text.isdigit() and len(t.text) <= 3


def _clock_minutes(sent: list[Token], a: int) -> bool:
    """sent[a] is the minutes of a clock time ("14" ":" "10")."""
    return (
        sent[a].text.isdigit()
        and len(sent[a].text) == 2
        and sent[a - 1].text == ":"
        and sent[a - 2].text.isdigit()
    )


# Conjunctions that open a sentence before its subject ("But two members …").
_OPENING_CONJUNCTIONS = lex.words("but and yet so")


def _name_before(
    sent: list[Token], comma: int, c: int, name_inside: bool, limit: int = MAX_RECIPIENT_TOKENS
) -> tuple[int, int] | None:
    """The source from the name ending at the comma before an appositive to the comma c."""
    a = _words_back(sent, comma, limit)
    if a is None:
        return None
    # "the People's Daily, the party's paper, said": an article and a capitalised name
    the_name = sent[a].lower == "the" and a + 1 < comma and sent[a + 1].text[0].isupper()
    # "But the minister, a former banker, said": the sentence's subject after its conjunction
    opens = (
        a == 1 and sent[0].lower in _OPENING_CONJUNCTIONS and sent[a].lower in _DESCRIBED_OPENERS
    )
    # "…, champion Tomasz Vereker, known to his fans as The Anvil, insisted": a role, a name
    role_name = (
        (sent[a].lower in lex.ROLE_WORDS or sent[a].lower in lex.PERSON_NOUNS)
        and a + 2 < comma
        and all(t.text[0].isupper() for t in sent[a + 1 : comma])
    )
    if a == comma or not (
        sent[a].text[0].isupper()
        or name_inside
        or the_name
        or role_name
        or opens
        or _described_after_quote(sent, a, comma)
    ):
        return None
    if sent[a].lower in OPENING_PREPOSITIONS:
        return None  # "On Monday, the People's Daily, the party's paper, warned": an opener
    if holds_finite(sent, a, comma):
        return None  # "Computers have seen impacts, too, said …": a clause, not a name
    return (a, c + 1)


# Words opening a described person or group right after a quote ("“…,” one fan, a student
# from Lisbrook, wrote"); the description runs at most this many tokens.
_DESCRIBED_OPENERS = lex.words("the a an one another two three several some")
_ARTICLES = lex.words("the a an")
MAX_DESCRIBED_TOKENS = 4


def _described_after_quote(sent: list[Token], a: int, comma: int) -> bool:
    """sent[a:comma] is a short noun phrase ("one fan", "the minister") right after a closing
    quote or a semicolon, before an appositive: the speaker of an inverted quotation, or one
    of a group just named ("Experts were split; one, a nutritionist at …, said")."""
    return (
        sent[a].lower in _DESCRIBED_OPENERS
        and comma - a <= MAX_DESCRIBED_TOKENS
        and (
            follows_quote(sent, a)
            or (a > 0 and sent[a - 1].text == ";" and sent[a].lower not in _ARTICLES)
            # "In a caption under the clip, one user, a former electrician, wrote": after the
            # comma of an opening prepositional phrase
            or (
                a > 1
                and sent[a - 1].text == ","
                and sent[0].lower in OPENING_PREPOSITIONS
                and not any(t.text == "," for t in sent[: a - 1])
            )
        )
    )


# Prepositions that open an adjunct after an inverted source's name ("wrote Carys Rowntree in
# a post on the Brenmouth Community page", "said Ana Ruiz at the rally").
_ADJUNCT_PREPOSITIONS = frozenset(("in", "on", "at", "during", "via", "after", "before"))


def _name_before_adjunct(sent: list[Token], r: int, e: int) -> int:
    """End of the source sent[r:e] at its name when an adjunct follows the name directly."""
    j = r
    while j < e and word(sent[j]) and sent[j].text[0].isupper():
        j += 1
    if r + 2 <= j < e and sent[j].lower in _ADJUNCT_PREPOSITIONS:
        return j
    return e


def source_right(sent: list[Token], r: int) -> tuple[int, int] | None:
    """Token range of the source after an inverted cue ("..., said Ana Ruiz, the minister.")."""
    n = len(sent)
    if (
        r >= n
        or not word(sent[r])
        or sent[r].lower in OPENING_PREPOSITIONS
        or sent[r].lower in _CLAUSE_OPENERS
        or sent[r].lower in ("and", "but", "or")  # "“…” suspect and declined to …"
        or sent[r].lower in _PLACE_PREPOSITIONS  # "“…,” wrote under the post"
    ):
        return None  # "“…” offered at the rally", "…, said that …": no one who spoke
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
                or sent[e + 1].lower in FINITE  # "…, says Buser, is Google's network"
            )
        ):
            break
        e += 1
    while e > r and sent[e - 1].text in (",", ")"):
        e -= 1
    e = _name_before_adjunct(sent, r, e)
    if e == r or e - r > 3 * MAX_SOURCE_TOKENS:
        return None
    relative = next((j for j in range(r, e) if sent[j].lower in _RELATIVE_OPENERS), e)
    if any(
        sent[j].lower in _CLAUSE_PRONOUNS and sent[j - 1].lower != "of"  # "one of them"
        for j in range(r + 1, min(first_comma or e, relative))
    ):
        return None  # "…, said the price put it “out of reach”": a clause, no one named
    return (r, e)


# At most this many words before "and" join a trailing source ("…, police and residents said").
MAX_COORDINATED_WORDS = 3


def coordinated_start(sent: list[Token], conj: int) -> int:
    """Start of "officials and traders" when a comma or closing quote precedes it (else the
    source starts after "and": "The plan failed and officials said" keeps "officials")."""
    b = _words_back(sent, conj, MAX_COORDINATED_WORDS)
    if b is None:
        return conj + 1
    if b < conj and b > 1 and (sent[b - 1].text == "," or sent[b - 1].text in _CLOSE_QUOTE):
        return b  # also "“It is over,” the mayor and her deputy said."
    return conj + 1


_SUBORDINATORS = frozenset(("while", "whereas", "although", "though", "but", "and"))


def comma_subject(sent: list[Token], comma: int) -> tuple[int, int] | None:
    """The sentence's opening up to the comma before its cue, when a clause follows the cue
    ("Brianne Stone, 29, of Huntsville, Ala., says her concern is …": the subject, however
    many commas it holds)."""
    a = 0
    while a < comma and sent[a].text in _OPEN_QUOTE:
        a += 1
    if a >= comma or comma - a > MAX_RELATIVE_TOKENS or not word(sent[a]):
        return None
    first = sent[a]
    if not first.text[0].isupper() or first.lower in OPENING_PREPOSITIONS:
        return None
    if first.lower.endswith("ly") or first.lower in lex.CLAUSE_BREAK:
        return None  # "Publicly, …", "But, …"
    for j in range(comma - 1, a, -1):
        if sent[j].text in _REPORTED:
            # "Police said a sample of the powder, checked by a laboratory, suggested …": the
            # subject of the reported clause
            return (j + 1, comma) if j + 1 < comma and word(sent[j + 1]) else None
        if sent[j].lower in _SUBORDINATORS and sent[j - 1].text == ",":
            # "X tweeted his thanks, while party officials, speaking …, said": the subject
            # opens after the conjunction
            return (j + 1, comma) if j + 1 < comma and word(sent[j + 1]) else None
    return (a, comma)


def _initial(t: Token) -> bool:
    """A single capital letter: a name's initial ("Mary E. Lovely")."""
    return len(t.text) == 1 and t.text.isupper()


# Participles that open a sentence with a clause before its subject ("Asked about it, …").
_OPENING_PARTICIPLES = frozenset(
    ("asked", "pressed", "questioned", "interviewed", "reached", "contacted", "speaking",
     "writing", "responding", "challenged")
)  # fmt: skip


_POSSESSIVE_OPENERS = frozenset(("his", "her", "their", "its"))


def subject_at_start(sent: list[Token]) -> tuple[int, int] | None:
    """The sentence's opening noun phrase when it is a name or pronoun ("Bush ... and says")."""
    if not sent or not word(sent[0]):
        return None
    a = 0
    if sent[0].lower in OPENING_PREPOSITIONS or sent[0].lower in _OPENING_PARTICIPLES:
        # "In May, NASA awarded …, citing …", "Asked about the report, Vantongeren smiled
        # and said …": the subject follows the opener's comma
        reach = MAX_RECIPIENT_TOKENS if sent[0].lower in OPENING_PREPOSITIONS else MAX_SOURCE_TOKENS
        comma = next((j for j, t in enumerate(sent[:reach]) if t.text == ","), -1)
        if comma < 0 or comma + 1 >= len(sent) or not word(sent[comma + 1]):
            return None
        a = comma + 1
    dash = next((j for j in range(min(len(sent), MAX_DATELINE_TOKENS + 1)) if _dash(sent, j)), -1)
    if a == 0 and dash > 0 and dash + 1 < len(sent) and word(sent[dash + 1]):
        a = dash + 1  # "PORT ALVARA — Pop singer Delphine Marr has sued …, accusing …"
    if (
        sent[a].lower in _POSSESSIVE_OPENERS
        and a + 2 < len(sent)
        and word(sent[a + 1])
        and sent[a + 2].text == ","
    ):
        # "His opponent, pharmacist Ingrid Halvorsen-Tate, shook his hand and later told …":
        # the possessive's noun and its appositive, not the pronoun
        return span(sent, a, _through_appositive(sent, a + 2))
    if sent[a].lower in lex.PRONOUNS:
        return span(sent, a, a + 1)
    e = a
    while (
        e < len(sent)
        and e - a < MAX_RECIPIENT_TOKENS
        and (
            sent[e].text[0].isupper()
            or sent[e].lower in ("the", "of")
            # "Kemble & Roe, the investment bank, cut … and said"
            or (sent[e].text == "&" and e + 1 < len(sent) and sent[e + 1].text[0].isupper())
            # a lower-case role between capitals ("Pop singer Delphine Marr")
            or (
                e > a
                and e + 1 < len(sent)
                and sent[e].text.isalpha()
                and not sent[e].lower.endswith(("ed", "s"))  # "… Tasman sighted New Zealand"
                # "The Water Authority on Friday extended …": a preposition, no role
                and sent[e].lower not in lex.RELATIVE_FOLLOWERS
                and sent[e - 1].text[0].isupper()
                and sent[e + 1].text[0].isupper()
                and word(sent[e + 1])
            )
        )
    ):
        e += 1
    if e == a + 1 and sent[a].lower in ("the", "a", "an"):
        e = _through_appositive(sent, _common_subject_end(sent, a))
    return span(sent, a, e) if e > a else None


def _through_appositive(sent: list[Token], e: int) -> int:
    """The end of a subject that ends at e, past a name set off by commas after it ("The
    trailing candidate, Alder Whitcombe, requested …", "His opponent, pharmacist Ingrid
    Halvorsen-Tate, shook …"); e itself when none follows."""
    if e >= len(sent) or sent[e].text != ",":
        return e
    for j in range(e + 2, min(len(sent), e + 2 + MAX_RECIPIENT_TOKENS)):
        if sent[j].text == ",":
            return j if sent[j - 1].text[:1].isupper() and word(sent[j - 1]) else e
    return e


# Words between an opening article and the head noun of a common subject ("The central bank").
MAX_SUBJECT_MODIFIERS = 3


# Heads of such a subject: a body, a group, a role or a person ("The reality star shared …,
# captioning …").
_COMMON_HEADS = lex.ORG_WORDS | lex.ANONYMOUS_NOUNS | lex.ROLE_WORDS | lex.PERSON_NOUNS


def _common_subject_end(sent: list[Token], a: int) -> int:
    """End of a sentence-opening subject that is an article, a few lower-case modifiers and a
    body or group noun, maybe with "of" and a name ("The agency … and said", "The central bank
    of Ostmark held … but warned"); a + 1 when there is none."""
    for j in range(a + 1, min(len(sent), a + 2 + MAX_SUBJECT_MODIFIERS)):
        t = sent[j]
        if not word(t) or not t.text.islower() or t.lower in CUE_FORMS:
            return a + 1
        if t.lower in _COMMON_HEADS:
            e = j + 1
            if e + 1 < len(sent) and sent[e].lower == "of" and sent[e + 1].text[0].isupper():
                e += 1
                while e < len(sent) and word(sent[e]) and sent[e].text[0].isupper():
                    e += 1  # "of Ostmark"
            return e
    return a + 1
