"""Who a source is: named person, anonymous source or organization, with pronouns resolved.

Reads the source span of each attribution in article order and keeps a short history of the
speakers seen so far, so that "he said" / "she added" resolve to the last named speaker of
that gender, "the spokesman" to the last named speaker with that role, "Ruiz" to an earlier
"Ana Ruiz", "who" to the name just before it, and "another" to the last anonymous source.
The rules and their order are in docs/sourcing.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution import PASSIVE_CLASS, Attribution

SourceKind = Literal["named", "anonymous", "organization"]

_WORD = lex.SOURCE_WORD
# A capitalised run of at most four words ending right before a comma: the antecedent of
# "who" in "Ana Ruiz, who ...". Each repetition starts with a capital after white space, so
# the pattern cannot backtrack over the same characters twice.
_ANTECEDENT = re.compile(r"((?:[A-Z][\w’'.\-]*\s){0,3}[A-Z][\w’'.\-]*),?\s*$")
# How far back (characters) the antecedent of a relative pronoun is looked for.
ANTECEDENT_WINDOW = 80
# ", an Oklahoma Republican who …": an article after a comma right before the capitalised
# antecedent makes it a description in apposition (looked for in the few characters before it).
APPOSITIVE_LEAD = 6
_DESCRIBED_BEFORE = re.compile(r",\s+(?:an?|the)\s+$")
# "in an interview with CNN", ", according to The Associated Press": the outlet that carried
# the words. Both are one bounded character class after a literal prefix.
_VIA_INTERVIEW = re.compile(
    r"\b(?:interview|told|speaking|spoke) (?:with|to) (?:the )?([A-Z][\w’'.\- ]{1,50})"
)
# "told the Westmoor Gazette", "said on BBC Radio Westland": capitalised words (with "of",
# "and", "&" between) after the verb; each repetition starts with a space: linear.
_VIA_TOLD = re.compile(
    r"\b(?:told|said on|speaking on|spoke on|appeared on|confirmed to|explained to) (?:the )?"
    r"([A-Z][\w’'.&\-]*(?: (?:[A-Z&][\w’'.&\-]*|of|and))*)"
)
# How far after the cue an outlet told is looked for ("told the Westmoor Gazette").
VIA_TAIL_CHARS = 60
_VIA_ACCORDING = re.compile(r",? according to ([A-Z][\w’'.\- ]{1,50})")
# The platforms' names as one alternation for the patterns below ("x" alone is left out: a
# letter; "on X" has a pattern of its own).
_PLATFORM_ALTERNATION = "|".join(re.escape(p) for p in lex.SOCIAL_PLATFORMS if p != "x")
_PLATFORM = re.compile(
    r"\b(?:" + _PLATFORM_ALTERNATION + r")\b|\bin an? (?:tweet|post|video|livestream)\b"
)
# A phrase opening the sentence before the source ("In a post on Facebook, the council said",
# "Posting on X, …", "In an interview with the BBC, …"): where the words were published or
# who carried them. Bounded class and window: linear.
OPENER_WINDOW = 80
_OPENER = re.compile(r"(?:^|(?<=[.!?\n])\s*)([A-Z][a-z]+ [^,.!?\n]{1,60}), $")
# A reduced relative inside a source phrase, not introducing its agent ("by …" does: "figures
# released by the statistics office" is the office's).
_REDUCED_RELATIVE = re.compile(
    r"\s(?:"
    + "|".join(sorted(lex.RELATIVE_PARTICIPLES))
    + r")\s+(?:"
    + "|".join(sorted(lex.RELATIVE_FOLLOWERS - {"by"}))
    + r")\b"
)
# A record or statement of a body, with the body after "from" or "by" ("a statement from the
# fire service", "data from the weather service", "figures released by the statistics office",
# "a letter from Senator Ana Ruiz"): the source is the body or person, so the phrase is
# classified from there. The body must start with an article, a possessive or a capital
# ("figures from last year" keep their phrase). Fixed alternations: linear.
_RECORD_OF = re.compile(
    r"(?i:(?:an?|the|its|their|his|her|new|latest|recent|official|final|annual|internal|"
    r"joint|written|brief|preliminary|provisional|early|partial) )*"
    r"(?i:statement|statements|report|reports|data|figures|numbers|statistics|memo|letter|"
    r"filing|filings|survey|analysis|document|documents|records|release|notice|email|"
    r"estimate|estimates|assessment|review|audit|note|guidance|forecast|poll|study|results)"
    r" (?i:(?:released|published|issued|compiled|prepared|conducted|filed|sent|signed|"
    r"commissioned|produced) (?:(?:on|last|this|earlier) [A-Za-z]+ )?)?(?i:from|by) "
    r"(?=(?i:the|an?|its|their|his|her) |[A-Z])"
)
# A body's name before a record noun ("LSEG data", "Eurostat figures", "Gallup poll"): the
# body. One capitalised word class per word, at most four: linear.
_NAMED_RECORD = re.compile(
    r"(?:(?:an?|the|A|An|The) )?((?:[A-Z][\w&’'.\-]* ){0,3}[A-Z][\w&’'.\-]*) "
    r"(?:data|figures|statistics|numbers|poll|polling|survey|estimates|filings|records)"
)
# A body's own record, by possessive ("Northway’s annual report", "the IMF's latest figures").
_OWNED_RECORD = re.compile(
    r"(?:the )?((?:[A-Z][\w&.\-]* ){0,3}[A-Z][\w&.\-]*)[’']s (?:(?:latest|new|annual|"
    r"quarterly|own|final|official|internal|monthly) )?(?:report|data|figures|statement|"
    r"filing|accounts|survey|poll|records|statistics|estimates|forecast)"
)
# An outlet that saw a record is not its author ("a memo seen by Nova Science").
_CARRIED_BY = re.compile(r",? (?:seen|obtained|reviewed|viewed) by ")
# A clause saying why a source is unnamed, after the description ("An employee who asked not
# to be named", "Diplomats speaking on condition of anonymity"): not who the source is.
_ANONYMITY_CLAUSE = re.compile(
    r",?\s+(?:who|speaking|requesting|asking|because)\b[^,]{0,80}?"
    r"(?:anonymity|anonymously|named|identified|not authori[sz]ed)"
)
# "told The Washington Ledger": a capital "The" inside a sentence opens a title, an outlet's
# name (people take no article). One word class per word: linear.
_TITLE_THE = re.compile(r"The(?: [A-Z][\w’'.\-]*){1,4}$")
# A short parenthesis in a source (party and state, an age) is not part of the name.
_PARENTHESIS = re.compile(r"\s*\([^()]{0,24}\)")
# A post on a platform closing an indirect content ("… in a post on LinkedIn."), looked for in
# the content's last TAIL_CHARS characters; the platform names are one alternation, so linear.
TAIL_CHARS = 40
_PLATFORM_TAIL = re.compile(
    r"\bin an? (?:post|tweet|video|livestream|message|thread|story) (?:on|to) (?:(?i:"
    + _PLATFORM_ALTERNATION
    + r")|X)(?:,? (?:on|last|this|late|early) [A-Za-z]+)?[.!?\s]*$"
)
# How far back (characters) a post cited before still frames "he wrote" or "in the video".
POST_CONTEXT_CHARS = 300
_IN_THE_POST = re.compile(r"\bin the (?:video|clip|post|tweet|livestream|message)\b")
_QUOTE_MARKS = frozenset("“\"‘'«")
# A noun phrase object opens with one of these ("repeated the claim on Truth Social"); a
# clause ("said she had seen the clip on TikTok") does not.
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "this", "that"))
_ON_PLATFORM_TAIL = re.compile(r"\bon (?:(?i:" + _PLATFORM_ALTERNATION + r")|X)[.!?\s]*$")
_ACCOUNT = re.compile(
    r"\b(?:X|Twitter|TikTok|Instagram|Facebook|Telegram|YouTube|Threads|Bluesky) "
    r"(?:account|channel|page)\b"
)
_ON_X = re.compile(r"\b(?:[Oo]n|to) X\b")  # "wrote on X": the capital tells it from a letter
# A quantifier alone as the subject of a cue: some of a group mentioned before.
_QUANTIFIERS = lex.QUANTIFIERS  # not "all": "All told, …"
_INDEFINITE = frozenset(("a", "an", "one", "two", "three", "several", "some", "many", "most"))
_DETERMINERS = lex.words("the a an one two three several some many most other another")
_CLAUSE_OPENERS = frozenset(("who", "whom", "whose", "which"))
_DISCOURSE_ADVERBS = lex.DISCOURSE_ADVERBS
# "Niemi himself wrote": the pronoun stresses the name, it is not part of it.
_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself"))
# Time adverbs between a source and its cue ("Lionsgate yesterday announced", "The company
# today said"): not part of the source.
_TIME_TAIL = lex.TIME_ADVERBS | {"now", "again", "also"}


def _without_time_tail(raw: str) -> str:
    """The source text without the time adverbs that end it (never all of it)."""
    dated = _DATE_TAIL.search(raw)
    if dated is not None and dated.start() > 0:
        raw = raw[: dated.start()]  # "the regional health authority on Thursday"
    head, sep, last = raw.rstrip().rpartition(" ")
    while sep and head.strip() and last.lower() in _TIME_TAIL:
        raw = head
        head, sep, last = raw.rstrip().rpartition(" ")
    return raw


# A day or time phrase closing a source ("… on Thursday", "… last week").
_DATE_TAIL = re.compile(
    r" (?:on|last|this|earlier) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|morning|afternoon|evening|night)\s*$"
)
_AGE = re.compile(r"\d{1,3}")  # "Vera Hall, 43, said": the age is not a role
# "the 27-year-old", "the 64-year-old": a person described by age alone, the last one named
_AGE_DESCRIPTION = re.compile(r"the \d{1,3}-year-old(?: [a-z]+)?")  # "the 27-year-old singer"
# A capitalised run after these is a body's or a place's name, not a person's: "Ministry of
# Foreign Affairs", "bakers in Fenwick".
_NAME_BREAKERS = frozenset(("of", "for", "and", "&", "in", "at", "from", "near", "on", "with"))
_NOT_NAMES = lex.words(
    "the a an he she they it i we you his her their its one another this that these those "
    "but and or so then also however meanwhile still everyone everybody nobody both all "
    "either neither "
    # openers ("Soon, though, …", "Any library published …")
    "soon later now today yesterday tonight instead finally eventually afterwards "
    "nevertheless nonetheless again here there indeed ultimately overall yet thus hence "
    "besides otherwise any every none anyone please whoever whatever "
    "after before when while since during despite although though because if unless until "
    # labels before a colon ("Correction: …", "Built: 1964"), not speakers
    "correction clarification update updated note editor's built lost opened founded born "
    "died warning breaking watch read listen photo video citation source summary disclaimer "
    "credit credits ingredients "
    # months that are not also given names (April, May, June and August are)
    "january february march july september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


@dataclass(frozen=True)
class Speaker:
    """A classified source."""

    kind: SourceKind
    name: str
    """Name (named), the organization's name, or the description ("officials familiar ...")."""
    key: str
    """Identity for counting distinct sources: lower-case surname or description."""
    role: str | None = None
    gender: str | None = None
    """'m', 'f' or None when unknown."""
    social_media: bool = False
    via: str | None = None


# "Sofia Marin": a given name and a surname, for resolving pronouns and titles to people
# mentioned (not quoted) before. Two fixed groups, no nested repetition.
_UPPER = "[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ]"  # a capital, with the accented ones of European names
_LOWER = r"[^\W\d_A-Z]"
_PERSON = re.compile(
    rf"\b{_UPPER}{_LOWER}+(?: (?:(?:de|da|di|du|van|von|der|den|la|le|bin|al|el) )?"
    rf"(?:Mc|Mac|O’|O')?{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?){{1,3}}\b"
)
# How many earlier speakers a pronoun, title or "another" is matched against (a pronoun refers
# to someone cited recently; the bound keeps long pages linear).
MAX_HISTORY = 50
# How far back (characters) a pronoun or title looks for a person mentioned in the text.
MENTION_WINDOW = 1500
# A pronoun with no speaker of its gender before takes a person whose given name is in neither
# name list only when that person was the last one named, this close before it (characters).
UNKNOWN_GENDER_WINDOW = 400


def _name_part(part: str) -> bool:
    """A short all-capitalised piece: a name such as "Ana Ruiz"."""
    ws = _words(part)
    return 0 < len(ws) <= 4 and all(w[:1].isupper() for w in ws) and ws[0].lower() not in _NOT_NAMES


_PREPOSITIONS = frozenset(
    ("of", "with", "from", "in", "at", "for", "on", "who", "close", "familiar")
)


def _head(low: list[str]) -> str:
    """The head noun of a noun phrase: the last word before its first preposition."""
    for i, w in enumerate(low):
        if w in _PREPOSITIONS and i > 0:
            return low[i - 1].rstrip(".")
    return low[-1].rstrip(".")


def _trailing_person(name_words: list[str]) -> list[str]:
    """The capitalised words at the end that can be a person's name (no org word, acronym or
    title): "Jason La Canfora" in "CBS Sports NFL Insider Jason La Canfora"."""
    out: list[str] = []
    for w in reversed(name_words):
        low = w.lower().rstrip(".")
        if low in lex.ORG_WORDS or low in lex.OUTLET_WORDS or _acronym(w) or low in lex.ROLE_WORDS:
            break  # (outlet names such as "Fox" or "Bloomberg" are also surnames)
        out.append(w)
    return out[::-1]


def _name_run(words: list[str]) -> list[str]:
    """The capitalised words that end a phrase, particles inside kept ("Ana de la Cruz"); none
    after a _NAME_BREAKERS word."""
    i = len(words)
    while i > 0 and (
        _capitalised(words[i - 1])
        or (i < len(words) and words[i - 1].lower() in lex.NAME_PARTICLES)
    ):
        i -= 1
    while i < len(words) and words[i].lower() in lex.NAME_PARTICLES and words[i].islower():
        i += 1  # "de la Cruz" alone is no full name; "Van Der Beek" is one
    if i > 0 and words[i - 1].lower() in _NAME_BREAKERS:
        return []
    return words[i:]


_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))
# Endings of plural person nouns ("Fishermen", "Loyalists", "Ukrainians", "Retirees",
# "Republicans", "Democrats"); a lone capitalised word with one of them, naming nobody
# mentioned before, is a group. Not "-ers": Peters, Sanders and Rogers are surnames (person
# nouns in -ers are in ANONYMOUS_NOUNS).
_GROUP_ENDINGS = ("men", "ists", "ians", "ees", "icans", "crats")


def _looks_plural_group(
    word: str, named_by_key: dict[str, Speaker], endings: tuple[str, ...] = _GROUP_ENDINGS
) -> bool:
    """A single capitalised word that reads as a plural person noun, not a known surname."""
    low = word.lower()
    if _PLURAL_ACRONYM.fullmatch(word):
        return True  # "CEOs", "MPs", "GPs"
    return not _known_name(low, named_by_key) and len(low) > 5 and low.endswith(endings)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _known_name(low: str, named_by_key: dict[str, Speaker]) -> bool:
    """A given name or the key of a speaker named earlier (lower case)."""
    return low in named_by_key or low in lex.MALE_NAMES or low in lex.FEMALE_NAMES


# Before "at"/"from"/"with" a capitalised plural is a common noun opening the sentence, not a
# surname ("Astronomers at the Halden Observatory", "Volunteers with the charity"), so "-ers",
# "-ors", "-ants" and "-ents" count too.
_GROUP_PREPOSITIONS = frozenset(("at", "from", "with", "in", "for", "on"))
_PREPOSED_GROUP_ENDINGS = (*_GROUP_ENDINGS, "ers", "ors", "ants", "ents")
# Singular person nouns after "the" with no name ("the billionaire", "the historian"); other
# bare "the …" sources are bodies ("the utility", "the regulator").
_PERSON_NOUN_ENDINGS = ("aire", "ist", "ian", "woman", "man")


def _role(role_words: list[str], before: list[str]) -> str | None:
    """The role text: role words, plus the words before the name when they read as a title
    ("Former Labour MP"); not when they hold other lower-case words ("a policy Mr X calls")."""
    if all(_capitalised(w) or w.lower() in lex.ROLE_WORDS or w.lower() == "of" for w in before):
        return " ".join(role_words + before) or None
    return " ".join(role_words) or None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_CONTRACTED = re.compile(r"(\w+)['’](?:ve|re|ll|d|s|m)", re.IGNORECASE)


def _uncontracted(w: str) -> str:
    """ "We’ve" → "We", "She’d" → "She": a pronoun with an auxiliary is the pronoun."""
    m = _CONTRACTED.fullmatch(w)
    return m.group(1) if m is not None and m.group(1).lower() in lex.PRONOUNS else w


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and w.lower() not in _NOT_NAMES


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")


def _acronym(w: str) -> bool:
    letters = w.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


# At most this many capitalised words after "The" make a title-like proper noun ("The New
# York Times", "The Athletic"); longer capitalised runs are headlines or sentence openers.
MAX_ARTICLE_NAME_WORDS = 4


def _article_and_proper_noun(words: list[str]) -> bool:
    """ "The Athletic", "the Delmont Exchange": "the" and capitalised words, no role or title
    (people take no article)."""
    rest = words[1:]
    if words[0] not in ("The", "the") or not 0 < len(rest) <= MAX_ARTICLE_NAME_WORDS:
        return False
    if words[0] == "the" and rest[-1].endswith("s"):
        return False  # "the Democrats", "the Smiths": a group, not a body's name
    for w in rest:
        low = w.lower()
        if not _capitalised(w) or w.endswith(".") or low in lex.ROLE_WORDS:
            return False
        if low in lex.ANONYMOUS_NOUNS or low in lex.SPOKESPERSON_ROLES:
            return False
        if low in lex.TITLES_MALE or low in lex.TITLES_FEMALE:
            return False
    return True


# Capitalised prefixes of surnames with an inner capital ("McCain", "DeSantis", "LeBron").
_SURNAME_PREFIXES = (
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "O'", "O’"
)  # fmt: skip
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# A company name in front of a company appositive has at most this many words.
MAX_BRAND_WORDS = 3
# Words that end the head noun phrase of an appositive ("a solutions provider focused on …").
_APPOSITIVE_STOPS = frozenset(
    ("at", "in", "of", "for", "with", "on", "from", "that", "which", "who", "whose", "based",
     "focused", "owned", "led", "known")
)  # fmt: skip


# A source up to this long is taken out before looking for a platform in the attribution; a
# longer one may hold the platform as a place ("Ana Ruiz, in a post on Facebook,").
MAX_PLATFORM_SOURCE_CHARS = 30
_PLATFORM_NAMES = frozenset(p for p in lex.SOCIAL_PLATFORMS if " " not in p and p != "x")


def _camel_case_brand(w: str) -> bool:
    """ "WeWork", "SoftBank", "TramCo": a capital inside a word, not a surname's ("McCain")."""
    return _BRAND.fullmatch(w) is not None and not w.startswith(_SURNAME_PREFIXES)


def _company_appositive(appositive: str) -> bool:
    """ "a global solutions provider focused on …", "the Seattle design agency": the appositive's
    head noun is a company noun, so the name before it is a company's."""
    words = appositive.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the"):
        return False
    head = words[1]
    for w in words[2:]:
        if w.lower().strip(",.") in _APPOSITIVE_STOPS:
            break
        head = w
    return head.lower().strip(",.") in lex.COMPANY_NOUNS


def _company_noun(w: str) -> bool:
    """ "carmaker", "cheesemaker", "distributor": a noun for a company."""
    low = w.lower()
    return low in lex.COMPANY_NOUNS or low.endswith("maker")


def _is_org_word(w: str) -> bool:
    low = w.lower().rstrip(".")
    if low.endswith("s") and low[:-1] in lex.ORG_WORDS:
        return True  # "Centers for Disease Control", "Associated Newspapers"
    return low in lex.ORG_WORDS or low in lex.OUTLETS or low in lex.OUTLET_WORDS


def _gender(words: list[str], role: str | None) -> str | None:
    for w in words:
        low = w.lower()
        if low in lex.TITLES_MALE or low in lex.MALE_NAMES:
            return "m"
        if low in lex.TITLES_FEMALE or low in lex.FEMALE_NAMES:
            return "f"
    if role:
        low = role.lower()
        if "spokesman" in low or "chairman" in low:
            return "m"
        if "spokeswoman" in low or "chairwoman" in low:
            return "f"
    return None


# Words that make a company's full name out of its short one ("Microsoft Corp", "Ford Motor
# Company"); a person's name is never the short form of "X Foundation" here ("Gates said").
_COMPANY_SUFFIXES = lex.words(
    "corp corp. corporation inc inc. incorporated ltd ltd. limited llc co co. company group "
    "holdings plc ag sa nv gmbh motor motors"
)


def _short_form(name: str) -> str | None:
    """ "Microsoft Corp" → "microsoft": the first word of a company name whose other words are
    all company suffixes (None for other names)."""
    words = name.lower().split()
    if len(words) >= 2 and all(w in _COMPANY_SUFFIXES for w in words[1:]):
        return words[0]
    return None


def _split_role_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Finance Minister Ana Ruiz" into role words and name words."""
    last_role = -1
    for i, w in enumerate(words):
        if w.lower() in lex.ROLE_WORDS:
            last_role = i
    first = 0
    while first < last_role and words[first].lower() in _LEADING_PREPOSITIONS:
        first += 1  # "despite President Donald Trump’s vows": the role is "President"
    return words[first : last_role + 1], words[last_role + 1 :]


# Prepositions a source phrase can open with before a title ("despite President X’s vows",
# "unlike Senator Y’s claim"); not part of the role.
_LEADING_PREPOSITIONS = lex.words("despite unlike like amid after before against with for from by")


def _body(name: str) -> Speaker:
    """An organisation known by its name ("Kestrel Motors", "the Delmont Exchange")."""
    return Speaker("organization", name, name.lower())


def _described(kind: SourceKind, raw: str) -> Speaker:
    """A source known by its description ("officials familiar with the talks", "the utility")."""
    text = raw.strip()
    clause = _ANONYMITY_CLAUSE.search(text)
    if clause is not None and clause.start() > 0:
        text = text[: clause.start()]  # "An employee who asked not to be named": the employee
    text = _without_clause(text)
    return Speaker(kind, text, text.lower())


_ARTICLES = frozenset(("a", "an", "the", "his", "her", "their", "its"))
# Honorifics before a name are not part of it (docs/sourcing.md, "How our sets are annotated").
_HONORIFICS = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr."))
_POST_NOMINALS = frozenset(
    ("KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "PhD", "Jr.", "Jr")
)
_INDEFINITE_ARTICLES = frozenset(("a", "an"))


def _without_clause(text: str) -> str:
    """The description without a clause or adverb set off by a comma: "A second person, who asked
    not to be identified," and "Officials, speaking on condition of anonymity," are the person
    and the officials (the clause says why they are unnamed, not who they are)."""
    head, comma, rest = text.partition(",")
    words = [w.strip(",;") for w in rest.split()]
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    if (
        comma
        and head.strip()
        and first.islower()
        and (
            first in _CLAUSE_OPENERS
            or first in _DISCOURSE_ADVERBS  # "Hospital staff, however,"
            or first.endswith("ing")
            or first in _INDEFINITE_ARTICLES  # "One user, a teacher from Ohio,": the user
            # "The letter, signed by 300 scientists,", "An internal memo, seen by The Guardian,"
            # "The memo, dated 3 October,", "The report, based on 8,000 tests,"
            or first.endswith("ed")
            or (first.endswith("en") and second == "by")
            or (first in ("in", "on", "at", "during", "via") and second in _ARTICLES)
            # "The health minister, in a video posted on Facebook,": where, not who
        )
    ):
        return head.strip()
    return text.rstrip(",").strip()


# "the energy group Skarvik", "streaming service Velour": a company noun before a name; and
# a capitalised word with up to three more after it ("Halvorsen Group"). Fixed alternation,
# one word class per word: linear.
_COMPANY_ALTERNATION = "|".join(sorted(lex.COMPANY_NOUNS | {"service", "group"}))
_COMPANY_THEN_NAME = re.compile(rf"\b(?:{_COMPANY_ALTERNATION}) ([A-Z][\w&.\-]*)")
_NAME_THEN_WORDS = re.compile(r"\b([A-Z][\w&.\-]*)((?: [A-Z][\w&.\-]*){1,3})")
# Bodies that usually carry a person's name ("the Gates Foundation", "the Nobel Prize").
_NAMED_AFTER_PEOPLE = lex.words(
    "foundation trust institute center centre prize award fund school college university "
    "library museum memorial hospital"
)
# Characters looked at before a name for its honorific ("Dr ", "Mrs. ").
HONORIFIC_LEAD = 6
# Capitalised words that open a sentence before a name and are not part of it.
_NOT_MENTION_STARTS = _NOT_NAMES | lex.words("as in on at for with from by of to")


class SpeakerResolver:
    """Classifies sources in article order, remembering earlier speakers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.history: list[Speaker] = []
        self.positions: list[int] = []
        self.named_by_key: dict[str, Speaker] = {}
        self._bodies: dict[str, list[tuple[int, bool | None, tuple[str, ...]]]] | None = None
        """Where each speaker in history was cited."""

    def classify(self, a: Attribution) -> Speaker | None:
        """The speaker of one attribution, or None (the author, or no source found)."""
        if a.source is None:
            if a.lemma == "colon" or a.cue_class == PASSIVE_CLASS:
                return None
            return self._last(lambda s: True)
        raw = self.text[a.source[0] : a.source[1]]
        speaker = self._classify_text(raw, a.source[0])
        if speaker is None:
            return None
        speaker = replace(
            speaker,
            social_media=self._social(a) or self._continues_post(a, speaker),
            via=self._via(a, speaker),
        )
        self.history.append(speaker)
        self.positions.append(a.source[0])
        if speaker.kind == "named":
            self.named_by_key[speaker.key] = speaker
        return speaker

    def _recent(self) -> list[Speaker]:
        return self.history[-MAX_HISTORY:][::-1]

    def _last(self, pred: object) -> Speaker | None:
        for s in self._recent():
            if callable(pred) and pred(s):
                return s
        return None

    def _classify_text(self, raw: str, start: int) -> Speaker | None:
        raw = _PARENTHESIS.sub("", raw)  # "Jason Holsman (D)", "Ana Ruiz (R-Ohio)"
        record = _RECORD_OF.match(raw.strip())
        if record is not None:
            raw = raw.strip()[record.end() :]  # "a statement from the fire service": the service
        carried = _CARRIED_BY.search(raw)
        if carried is not None and carried.start() > 0:
            raw = raw[: carried.start()]  # "an internal memo seen by Nova Science": the memo
        owner = _OWNED_RECORD.fullmatch(raw.strip())
        if owner is not None:
            body = owner.group(1)  # "according to Northway’s annual report": Northway
            return _body(body)
        owned = _NAMED_RECORD.fullmatch(raw.strip())
        if owned is not None:
            body = owned.group(1)  # "according to LSEG data", "a Gallup poll": the body
            return _body(body)
        raw = _without_time_tail(raw)
        reduced = _REDUCED_RELATIVE.search(raw)
        if reduced is not None and reduced.start() > 0:
            raw = raw[: reduced.start()]  # "A study published in the journal Thorax": the study
        parts = [p.strip() for p in raw.split(",") if p.strip()]
        if not parts:
            return None
        parts = parts[:1] + [p for p in parts[1:] if not _AGE.fullmatch(p)]
        for i in range(2, len(parts)):
            if parts[i].split(" ", 1)[0].lower() in ("who", "whose", "which"):
                # "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the
                # report": the role is the noun phrase, not the clause after it
                parts = parts[:i]
                break
        main, appositive = parts[0], ", ".join(parts[1:])
        if len(parts) > 1 and parts[1].split(" ", 1)[0].lower() == "which":
            body = [w for w in _words(main) if w.lower() != "the"]
            if body and all(_capitalised(w) for w in body):
                # "Nordvik Lines, which operates the route,": "which" is never a person
                org = " ".join(body)
                return _body(org)
        if len(parts) > 1 and not _name_part(main):
            # "Her co-author, the entomologist Tobias Renn,", "His girlfriend, influencer X,"
            ws = _words(parts[1])
            caps = len(ws)
            while caps > 0 and _capitalised(ws[caps - 1]):
                caps -= 1
            person = _trailing_person(ws[caps:])
            lead = ws[: len(ws) - len(person)]
            if len(person) >= 2 and lead and (lead[0] == "the" or lead[0][0].islower()):
                lead_role = " ".join(w for w in lead if w != "the")
                return self._named(person, lead_role, ws, start)
        if len(parts) > 1 and _name_part(parts[1]) and not _name_part(main):
            main, appositive = parts[1], parts[0]  # "The minister, Ana Ruiz, said"
            described = _words(appositive)
            if described and _company_noun(described[-1]):
                # "The cheesemaker, Brook Farm Dairy, said", "Her distributor, Silver Fern
                # Pictures, said": the name of a company
                org = " ".join(_words(main))
                return _body(org)
        words = [_uncontracted(w) for w in _words(main)]
        if len(words) > 1 and words[-1].lower() in _REFLEXIVES:
            words = words[:-1]
        if not words:
            return None
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in lex.PRONOUNS:
            return self._pronoun(low[0], start)
        if low[0] in lex.RECORD_NOUNS and len(low) > 1 and low[1] in ("of", "from"):
            return _described("organization", raw)  # "Minutes of the policy meeting showed"
        if _head(low) in lex.TEXT_OBJECTS:
            return None  # "The sign on the door said …", "A banner read …": no one speaks
        lowered = raw.lower()
        if any(m in lowered for m in lex.ANONYMOUS_MARKERS):
            return _described("anonymous", raw)
        if low[0] in ("another", "others") and len(words) <= 2:
            return Speaker("anonymous", raw.strip(), "another")
        if low == ["one"]:
            return Speaker("anonymous", raw.strip(), "one")  # "“…,” one said." (of a group)
        if _AGE_DESCRIPTION.fullmatch(" ".join(low)):
            # "The 27-year-old said": the person named last, cited or only mentioned
            near = self._people(start - UNKNOWN_GENDER_WINDOW, start)
            if near:
                ws = near[-1][1]
                return self._named(ws, None, ws, start)
            return self._last(lambda s: s.kind == "named") or _described("anonymous", raw)
        if len(words) == 1 and low[0] in _QUANTIFIERS:
            return _described("anonymous", raw)  # "Some said they would leave", "Both said"
        if _article_and_proper_noun(words):
            # "According to The Athletic": people take no article ("the Delmont Exchange" is
            # the exchange's name without its lower-case article)
            org = " ".join(words[1:] if words[0] == "the" else words)
            return _body(org)
        state = self._states(words)
        if state is not None:
            return state
        if len(words) == 1 and low[0].endswith("ly") and not _known_name(low[0], self.named_by_key):
            return None  # "Highly recommended …": an adverb ("Kelly", "Beverly" are names)
        if len(words) == 1 and (_camel_case_brand(words[0]) or low[0] in _PLATFORM_NAMES):
            # "WeWork declined to comment", "Twitter pledged to act"
            return Speaker("organization", words[0], low[0])
        if appositive and len(words) <= MAX_BRAND_WORDS and _company_appositive(appositive):
            # "Ascom, a global solutions provider, announced"
            name = " ".join(w for w in words if w not in _DETERMINERS)
            return _body(name)
        core = [w for w in words if w.lower() not in _DETERMINERS]
        if (
            len(core) >= 2
            and _company_noun(core[0])
            and all(_capitalised(w) for w in core[1:])
            and core[0].lower() not in lex.ROLE_WORDS
        ):
            org = " ".join(core[1:])  # "Developer Coastline Leisure insisted": the developer
            return _body(org)
        role_words, rest = _split_role_name(core)
        # "Residents of the tower": a capitalised common noun at the sentence start is no name
        name_words = [w for w in rest if _capitalised(w) and w.lower() not in lex.ANONYMOUS_NOUNS]
        head = _head(low)
        run = [w for w in _name_run(rest) if w.lower() not in lex.ANONYMOUS_NOUNS]
        before = rest[: len(rest) - len(run)]  # all of rest when there is no run
        if run and before and before[-1].lower() in lex.COMPANY_NOUNS:
            org = " ".join(run)  # "the carmaker Volvo", "tech giant Apple"
            return _body(org)
        if head.endswith(("ists", "ians")) and len(head) > 6 and head not in lex.ORG_WORDS:
            return _described("anonymous", raw)  # "Independent herpetologists cautioned"
        if _PLURAL_ACRONYM.fullmatch(words[-1]):
            return _described("anonymous", raw)  # "Several MPs said", "Labour MPs", "CEOs"
        if not run and rest:
            # "Senator Mitch McConnell of Kentucky": a titled or given name before a place
            cut = next((i for i, w in enumerate(rest) if w.lower() in _NAME_BREAKERS), 0)
            before_place = _trailing_person(rest[:cut])
            titled = (
                bool(role_words)
                or _known_name(rest[0].lower(), self.named_by_key)
                # "Paula Denholm of the Save Ashby Fields group": a given name and a surname
                or (
                    cut == 2
                    and rest[cut].lower() in ("of", "from", "at")
                    and rest[0].lower() not in _NOT_MENTION_STARTS
                    and rest[0].lower() not in lex.QUANTIFIERS
                )
            )
            if titled and cut >= 2 and before_place == rest[:cut]:
                role = _role(role_words, []) or appositive or None
                return self._named(before_place, role, words, start)
        person = _trailing_person(run)
        body = any(w.lower() in lex.BODY_NAME_WORDS for w in person)  # "Orion Studios"
        if len(person) >= 2 and head not in lex.ANONYMOUS_NOUNS and not body:
            # "CBS Sports NFL Insider Jason La Canfora", "pop star Jade Rivera": a person, the
            # words before the name are the role
            return self._named(
                person,
                _role(role_words, rest[: len(rest) - len(person)]) or appositive or None,
                words,
                start,
            )
        if (
            any(_is_org_word(w) for w in name_words)
            or (name_words and all(_acronym(w) for w in name_words))
            # "NHS Westmoor" (not the initials of "P.J. Fleck")
            or (len(name_words) >= 2 and _ACRONYM_WORD.fullmatch(name_words[0]) is not None)
            # "the Diocese of Wenham", "Silver Fern Pictures" (not "Airlines said": no name)
            or (len(name_words) >= 2 and any(w.lower() in lex.BODY_NAME_WORDS for w in name_words))
        ):
            if head in lex.ANONYMOUS_NOUNS:
                return _described("anonymous", raw)
            # "Ministry of Foreign Affairs", with its "of"
            org = " ".join(rest[rest.index(name_words[0]) :])
            return _body(org)
        if len(words) == 1 and name_words and self._plural_group(words[0], start):
            return _described("anonymous", raw)  # "Fishermen said"
        if (
            len(words) > 2
            and low[1] in _GROUP_PREPOSITIONS
            and _looks_plural_group(words[0], self.named_by_key, _PREPOSED_GROUP_ENDINGS)
        ):
            return _described("anonymous", raw)  # "Astronomers at the Halden Observatory"
        if name_words and head not in lex.ANONYMOUS_NOUNS:
            if not run and role_words and rest and rest[0].lower() in _NAME_BREAKERS:
                if role_words[-1].lower() in lex.SPOKESPERSON_ROLES:
                    org_name = self._org_of(raw) or raw.strip()  # "A spokeswoman for Velmar"
                    return _body(org_name)
                # "The High Commissioner for Human Rights": a title, the name is its body's
                return _described("anonymous", raw)
            if not run and head in low and not words[low.index(head)][:1].isupper():
                # "bakers in Fenwick": the speaker is the common noun, the name a place
                if head in lex.ORG_WORDS:
                    return _described("organization", raw)
                return _described("anonymous", raw)
            if not run and "and" in low:
                # "Vindman and Williams told lawmakers": two people; their joint name is not
                # a surname a later "Williams said" should resolve to
                pair = " ".join(words[low.index(name_words[0].lower()) :])
                return Speaker("named", pair, pair.lower())
            named = [w for w in run if _capitalised(w)] or name_words
            role = _role(role_words, before if run else [])
            return self._named(named, role or appositive or None, words, start)
        if head in lex.SPOKESPERSON_ROLES or any(w in lex.SPOKESPERSON_ROLES for w in low):
            earlier = self._role_match(low)
            if earlier is not None and low[0] == "the":
                return earlier
            if len(low) == 2 and low[0] == "the":
                # "The spokesman said" after "the fire service said": the body cited last
                cited = self._last(lambda s: s.kind == "organization")
                if cited is not None:
                    return cited
            org_name = self._org_of(raw) or raw.strip()
            return _body(org_name)
        if low[0] == "the" and any(w in lex.ROLE_WORDS for w in low):
            earlier = self._role_match(low) or self._role_mention(low, start)
            if earlier is not None:
                return earlier
        if head in lex.ROLE_WORDS and head not in lex.ORG_WORDS:
            return _described("anonymous", raw)  # "The chair of the planning committee"
        if head in lex.RECORD_NOUNS:
            return _described("organization", raw)  # "court papers show", "the figures show"
        if head.endswith("s") and head[:-1] in lex.ORG_WORDS and head not in lex.ORG_WORDS:
            return _described("anonymous", raw)  # "aid groups", "rights groups": unnamed bodies
        if head in lex.ORG_WORDS and head not in lex.ANONYMOUS_NOUNS:
            return _described("organization", raw)  # "The state's largest teachers union"
        if head in lex.ANONYMOUS_NOUNS or any(w in lex.ANONYMOUS_NOUNS for w in low):
            return _described("anonymous", raw)
        if any(w in lex.ORG_WORDS for w in low):
            return _described("organization", raw)
        if any(w in lex.ROLE_WORDS for w in low):
            return _described("anonymous", raw)
        if low[0] in _INDEFINITE and len(low) > 1:
            return _described("anonymous", raw)  # "one trader"
        if low[0] == "the" and len(low) > 1 and not name_words:
            if head.endswith(_PERSON_NOUN_ENDINGS) or head in lex.PERSON_NOUNS:
                return _described("anonymous", raw)  # "the billionaire", "the historian"
            return _described("organization", raw)  # "the utility"
        if low[0] in _POSSESSIVES and len(low) > 1 and not name_words:
            if head in lex.COMPANY_NOUNS:
                return _described("organization", raw)  # "her label"
            return _described("anonymous", raw)  # "its authors"
        return None

    def _states(self, words: list[str]) -> Speaker | None:
        """ "China said", "Moscow denied", "Britain and France said": countries or capitals
        speaking for their governments, an organisation (not a person of that name cited
        before: "Washington" after "Denzel Washington")."""
        core = [w for w in words if w.lower() != "the"]
        if not core or not all(_capitalised(w) or w.lower() == "and" for w in core):
            return None
        places = " ".join(core).lower().split(" and ")
        if not all(p in lex.PLACES for p in places):
            return None
        if len(core) == 1 and core[0].lower() in self.named_by_key:
            return None
        name = " ".join(core)
        return _body(name)

    def _named(
        self, name_words: list[str], role: str | None, words: list[str], start: int
    ) -> Speaker:
        # "Donald Trump’s vows": the possessive belongs to the phrase, not to the name
        last = name_words[-1].removesuffix("’s").removesuffix("'s")
        name_words = [*name_words[:-1], last] if last else name_words
        while len(name_words) > 1 and name_words[0].lower() in _HONORIFICS:
            name_words = name_words[1:]  # "Dr Ilka Moreau", "Ms Osei": the name alone
        while len(name_words) > 2 and name_words[-1] in _POST_NOMINALS:
            name_words = name_words[:-1]  # "Philippa Grey KC", "Ana Ruiz MP"
        name = " ".join(name_words)
        key = name_words[-1].lower().rstrip(".").removesuffix("’s").removesuffix("'s")
        if len(name_words) == 1:
            earlier = self.named_by_key.get(key)
            if earlier is not None:
                return replace(earlier, role=role or earlier.role)
            for s in self._recent():
                # "Microsoft Corp said …; Microsoft on Thursday reiterated …": the short form of
                # an organisation cited before (among the last MAX_HISTORY speakers: bounded)
                if s.kind == "organization" and _short_form(s.name) == key:
                    return s
            body = self._body_named(name_words[0], start)
            if body:
                # "Halvorsen declined" after "Halvorsen Group", "Mozilla" after "the Mozilla
                # Foundation": the short form of a body named before
                return Speaker("organization", name, key)
            full = self._full_name(name_words[0], start)
            if full is not None:
                # "Ms Osei said" after "The head of the board, Miriam Osei, resigned"
                return Speaker("named", full, key, role=role, gender=_gender(words, role))
            given = name_words[0].lower() in lex.MALE_NAMES | lex.FEMALE_NAMES
            if not given and lex.is_outlet(name):
                return _body(name)
        if len(name_words) in (2, 3) and self._body_named(
            name_words[0], start, tuple(name_words[1:])
        ):
            return _body(name)  # "Calder Freight" (Holdings)
        gender = _gender(words, role)
        return Speaker("named", name, key, role=role, gender=gender)

    def _pronoun(self, p: str, start: int) -> Speaker | None:
        kind = lex.PRONOUNS[p]
        if kind == "author":
            return None
        if kind in ("m", "f"):
            for i in range(len(self.history) - 1, max(-1, len(self.history) - 1 - MAX_HISTORY), -1):
                s = self.history[i]
                if s.kind == "named" and s.gender in (kind, None):
                    mention = self._mention(start, kind, self.positions[i])
                    if mention is not None:
                        return mention
                    return s if s.gender is not None else self._learn_gender(s, kind)
            return self._mention(start, kind, -1)  # no speaker of that gender cited
        if kind == "rel":
            m = _ANTECEDENT.search(self.text, max(0, start - ANTECEDENT_WINDOW), start)
            if m is None:
                return None
            lead = self.text[max(0, m.start(1) - APPOSITIVE_LEAD) : m.start(1)]
            described = _DESCRIBED_BEFORE.search(lead) if p != "which" else None
            if described is not None:
                # "Senator James Lankford, an Oklahoma Republican who warned": the description
                # is an appositive; the person is the name before its comma
                comma = m.start(1) - len(lead) + described.start()
                named = _ANTECEDENT.search(self.text, max(0, comma - ANTECEDENT_WINDOW), comma)
                if named is not None:
                    return self._classify_text(named.group(1), named.start(1))
            return self._classify_text(m.group(1), m.start(1))
        if kind == "n":
            return self._last(lambda s: s.kind == "organization")
        return self._last(lambda s: s.kind in ("organization", "anonymous"))

    def _learn_gender(self, speaker: Speaker, gender: str) -> Speaker:
        """ "Inés …, said … “…,” she said": a pronoun that resolves to a speaker of unknown
        gender tells it, so a later "he" looks past her. Updates the recent history."""
        learned = replace(speaker, gender=gender)
        lo = max(0, len(self.history) - MAX_HISTORY)
        for i in range(lo, len(self.history)):
            if self.history[i].key == speaker.key and self.history[i].gender is None:
                self.history[i] = replace(self.history[i], gender=gender)
        if self.named_by_key.get(speaker.key) is not None:
            self.named_by_key[speaker.key] = replace(self.named_by_key[speaker.key], gender=gender)
        return learned

    def _people(self, lo: int, hi: int) -> list[tuple[list[str], list[str]]]:
        """(role words, name words) of each person named in text[lo:hi], in order."""
        out = []
        for m in _PERSON.finditer(self.text, max(0, lo), hi):
            ws = m.group().split()
            while ws and (ws[0].lower() in _HONORIFICS or ws[0].lower() in _NOT_MENTION_STARTS):
                ws = ws[1:]  # "Dr Anouk Veldt", "When Margaret Hamilton", "As Samus"
            roles, names = _split_role_name(ws)
            if len(names) >= 2:
                before = self.text[max(0, m.start() - 30) : m.start()].split()[-2:]
                out.append((roles + [w for w in before if w.lower() in lex.ROLE_WORDS], names))
        return out

    def _body_named(self, word: str, start: int, more: tuple[str, ...] = ()) -> bool:
        """The name (word, then the words in more) opened a body's name in the text before
        start ("Halvorsen" or "Calder Freight" after "Calder Freight Holdings", "Brackwater"
        after "Brackwater Foods Ltd") or followed a company noun ("the energy group Skarvik");
        not when that body's name is one usually taken from a person ("the Gates Foundation")."""
        lo = max(0, start - MENTION_WINDOW)
        found = [
            (body, after)
            for pos, body, after in self._body_index().get(word, ())
            if lo <= pos < start and after[: len(more)] == more
        ]
        if not more and any(body is None for body, _ in found):
            return True  # after a company noun
        return next((bool(body) for body, after in found if len(after) > len(more)), False)

    def _body_index(self) -> dict[str, list[tuple[int, bool | None, tuple[str, ...]]]]:
        """Per capitalised word of the text: where it opens a body's name (True, with the
        name's next words), a name usually taken from a person (False) or follows a company
        noun (None). Built once per text with two precompiled patterns."""
        if self._bodies is not None:
            return self._bodies
        index: dict[str, list[tuple[int, bool | None, tuple[str, ...]]]] = {}
        for m in _COMPANY_THEN_NAME.finditer(self.text):
            index.setdefault(m.group(1), []).append((m.start(1), None, ()))
        for m in _NAME_THEN_WORDS.finditer(self.text):
            after = tuple(m.group(2).split())
            ws = [w.lower().rstrip(".") for w in after]
            if any(w in _NAMED_AFTER_PEOPLE for w in ws):
                index.setdefault(m.group(1), []).append((m.start(), False, after))
            elif any(
                _is_org_word(w) or w in lex.BODY_NAME_WORDS or w in _COMPANY_SUFFIXES for w in ws
            ):
                index.setdefault(m.group(1), []).append((m.start(), True, after))
        self._bodies = index
        return index

    def _opens_sentence(self, ws: list[str], start: int) -> bool:
        """A person of unknown gender named as a sentence's subject ("Ilse Maranta was
        unconvinced."), not an outlet, a place or a body, in the text before start."""
        name = " ".join(ws)
        if lex.is_outlet(name) or name.lower() in lex.PLACES or any(_is_org_word(w) for w in ws):
            return False
        at = self.text.rfind(name, 0, start)
        lead = self.text[max(0, at - HONORIFIC_LEAD) : at].split()
        if lead and lead[-1].lower() in _HONORIFICS:
            at = self.text.rfind(lead[-1], 0, at)  # "Dr Anouk Veldt, a glaciologist, has …"
        before = self.text[max(0, at - 2) : at].strip()
        return at >= 0 and (at == 0 or before in ("", ".", "!", "?", "”", '"'))

    def _plural_group(self, word: str, start: int) -> bool:
        """ "Fishermen said", "Forecasters say": a plural person noun, not a surname (not
        "Peters said", nor "Sanders said" after "Bernie Sanders" was mentioned)."""
        if _looks_plural_group(word, self.named_by_key):
            return True
        low = word.lower()
        return (
            low in lex.GROUP_NOUNS
            and not _known_name(low, self.named_by_key)
            and self._full_name(word, start) is None
        )

    def _full_name(self, surname: str, start: int) -> str | None:
        """The last full name ending in this surname mentioned in the text before start."""
        found = None
        for _, ws in self._people(start - MENTION_WINDOW, start):
            if ws[-1] == surname:
                found = " ".join(ws)
        return found

    def _mention(self, start: int, gender: str, after: int) -> Speaker | None:
        """The last person named in the text between after and start whose given name has
        this gender ("Sofia Marin agreed. ... she said"); after < 0 means no speaker of that
        gender was cited, and then a person named just before whose given name is in neither
        list counts too."""
        names = lex.MALE_NAMES if gender == "m" else lex.FEMALE_NAMES
        others = lex.FEMALE_NAMES if gender == "m" else lex.MALE_NAMES
        found = None
        unknown = None  # the last person named whose given name is in neither list
        for _, ws in self._people(max(after, start - MENTION_WINDOW), start):
            if ws[0].lower() in names:
                found = ws
            elif ws[0].lower() not in others and self._opens_sentence(ws, start):
                unknown = ws
        if found is None and unknown is not None and after < 0:
            # "Ilse Maranta was unconvinced. “…,” she said": no speaker of that gender
            # before, and the nearest person named before may be her
            near = self._people(start - UNKNOWN_GENDER_WINDOW, start)
            if near and near[-1][1] == unknown:
                found = unknown
        if found is None:
            return None
        found = [w for w in found if w.lower() not in _HONORIFICS] or found  # "Mr Okafor"
        return Speaker("named", " ".join(found), found[-1].lower(), gender=gender)

    def _role_mention(self, low: list[str], start: int) -> Speaker | None:
        """ "The ambassador said" after "Ambassador Clara Voss" was mentioned without a quote."""
        roles = {w for w in low if w in lex.ROLE_WORDS}
        for role_words, ws in reversed(self._people(start - MENTION_WINDOW, start)):
            if roles & {w.lower() for w in role_words}:
                return Speaker(
                    "named",
                    " ".join(ws),
                    ws[-1].lower(),
                    role=" ".join(role_words),
                    gender=_gender(ws, None),
                )
        return None

    def _role_match(self, low: list[str]) -> Speaker | None:
        roles = [w for w in low if w in lex.ROLE_WORDS]
        for s in self._recent():
            if s.kind == "named" and s.role and any(r in s.role.lower() for r in roles):
                return s
        return None

    def _org_of(self, raw: str) -> str | None:
        """The body a spokesperson speaks for: "a spokesman for the ministry", "Pentagon ..."."""
        m = re.search(r"\bfor (?:the )?([\w’'. \-]{2,60})$", raw.strip())
        if m:
            return m.group(1).strip().rstrip(".,;")
        words = _words(raw)
        at = next((i for i, w in enumerate(words) if w.lower() in lex.SPOKESPERSON_ROLES), 0)
        body = [w for w in words[:at] if w.lower() not in _ARTICLES]
        if body and body[-1].lower().endswith(("’s", "'s")):
            body[-1] = body[-1][:-2]  # "the union’s spokeswoman": the union
        person = bool(body) and (
            body[-1].lower() in lex.ROLE_WORDS or body[-1].lower() in lex.PERSON_NOUNS
        )  # "the president’s spokesman" speaks for a person, not a body
        if body and not person and not any(_capitalised(w) for w in words[at:]):
            return " ".join(body)  # "a police spokeswoman", "a Pentagon spokesman"
        caps = [w for w in _words(raw) if _capitalised(w)]
        return " ".join(caps) or None

    def _frame(self, a: Attribution) -> str:
        """The attribution's text without its content (where the cue and source are)."""
        pieces, pos = [], a.start
        for s, e in sorted(a.contents):
            if s > pos:
                pieces.append(self.text[pos:s])
            pos = max(pos, e)
        pieces.append(self.text[pos : a.end])
        return " ".join(pieces)

    def _social(self, a: Attribution) -> bool:
        cue = self.text[a.cue[0] : a.cue[1]].lower()
        if cue.startswith("@"):
            return True  # an embedded post's handle (see _post_embeds)
        if any(w in lex.SOCIAL_VERBS for w in _words(cue)):
            return True
        frame = self._opener(a) + self._frame(a)
        if a.source is not None and a.source[1] - a.source[0] <= MAX_PLATFORM_SOURCE_CHARS:
            # the platform as the speaker ("Facebook said it would remove the posts") is a
            # company's statement, not a post: look for platforms outside a short source
            frame = frame.replace(self.text[a.source[0] : a.source[1]], " ")
        if _PLATFORM.search(frame.lower()) or _ON_X.search(frame):
            return True
        if a.source is not None and _ACCOUNT.search(self.text, a.source[0], a.source[1]):
            return True  # "The anonymous X account @TruthRider77 claimed"
        # "announced the layoffs in a post on LinkedIn", "repeated the claim on Truth Social":
        # the channel closes the content
        return any(
            _PLATFORM_TAIL.search(self.text, max(s, e - TAIL_CHARS), e)
            # a short object after the cue ("repeated the claim on Truth Social"), not a
            # clause reported before it ("Protesters shared videos on TikTok, witnesses said")
            or (
                s > a.cue[0]
                and e - s <= TAIL_CHARS
                and self.text[s:e].split(" ", 1)[0].lower() in _OBJECT_OPENERS
                and _ON_PLATFORM_TAIL.search(self.text, s, e) is not None
            )
            for s, e in a.contents
        )

    def _continues_post(self, a: Attribution, speaker: Speaker) -> bool:
        """Words from a post cited just before: the same speaker quoted again right after a
        post ("… announced on Threads. “…,” he wrote."), or "wrote" / "in the video" shortly
        after a platform is named ("… drew 80 million views on Weibo. One user wrote …")."""
        if self.history and self.history[-1].social_media and self.history[-1].key == speaker.key:
            near = a.start - self.positions[-1] <= POST_CONTEXT_CHARS
            if near and any(self.text[s] in _QUOTE_MARKS for s, _ in a.contents):
                return True
            if near and self.text[a.cue[0] : a.cue[1]].endswith("ing"):
                return True  # "…,” Friberg wrote, adding that …": the same post
        frame = self._frame(a).lower()
        if not (
            self.text[a.cue[0] : a.cue[1]].lower() in ("wrote", "writes", "writing")
            or _IN_THE_POST.search(frame)
        ):
            return False
        before = self.text[max(0, a.start - POST_CONTEXT_CHARS) : a.start]
        return _PLATFORM.search(before.lower()) is not None or _ON_X.search(before) is not None

    def _opener(self, a: Attribution) -> str:
        """The phrase opening the sentence before a's source with its comma ("" if none)."""
        opener = _OPENER.search(self.text, max(0, a.start - OPENER_WINDOW), a.start)
        return opener.group(1) + ", " if opener is not None else ""

    def _via(self, a: Attribution, speaker: Speaker) -> str | None:
        if a.recipient is not None:
            rec = self.text[a.recipient[0] : a.recipient[1]]
            if lex.is_outlet(rec) or _TITLE_THE.match(rec.strip()):
                return rec.strip().removeprefix("the ")
        m = _VIA_INTERVIEW.search(self._opener(a) + self._frame(a))
        if m and lex.is_outlet(m.group(1)):
            return m.group(1).strip().rstrip(".,;")
        m = _VIA_TOLD.search(self.text, a.cue[0], a.cue[1] + VIA_TAIL_CHARS)
        outlet = m.group(1).strip().rstrip(".,;:") if m else ""
        if outlet and lex.is_outlet(outlet) and outlet != speaker.name:
            return outlet  # "told the Westmoor Gazette", "said on BBC Radio Westland"
        m = _VIA_ACCORDING.match(self.text, a.end, a.end + ANTECEDENT_WINDOW)
        if m and lex.is_outlet(m.group(1)):
            return m.group(1).strip().rstrip(".,;")
        return None
