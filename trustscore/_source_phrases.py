"""The words of a source phrase: names, roles, titles, bodies and descriptions.

Pure functions and word lists that read one source phrase ("Finance Minister Ana Ruiz",
"a spokeswoman for Harlow Industries", "Two people familiar with the deal"), shared by
``_speakers.SpeakerResolver``, which reads the phrases in article order and resolves pronouns,
surnames and titles against the speakers seen before. The rules are in docs/sourcing.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from trustscore import _sourcing_lexicon as lex
from trustscore._given_names import given_name_gender

SourceKind = Literal["named", "anonymous", "organization"]

# A word of a source phrase; a closing plus sign belongs to a name ("Vireo+", "Disney+").
_WORD = re.compile(lex.SOURCE_WORD.pattern + r"\+{0,2}")
# A capitalised run of at most four words ending right before a comma: the antecedent of
# "who" in "Ana Ruiz, who ...". Each repetition starts with a capital after white space, so
# the pattern cannot backtrack over the same characters twice.
_ANTECEDENT = re.compile(
    r"((?:[A-Z][\w’'.\-]*\s(?:(?:of|for|and) (?:the )?)?){0,3}[A-Z][\w’'.\-]*),?\s*$"
)
# "a leaked internal review, which shows that …": a determiner and up to three words before a
# record's or a document's noun, right before the comma (one word class per repetition: linear).
_DOCUMENT_ANTECEDENT = re.compile(
    r"\b((?i:an?|the|its|his|her|their|this) "
    r"(?:(?!(?i:an?|the|its|his|her|their|this) )[\w\-’']+ ){0,3}([a-z]+)),\s*$"
)
# How far back (characters) the antecedent of a relative pronoun is looked for.
ANTECEDENT_WINDOW = 80
# ", an Oklahoma Republican who …": an article after a comma right before the capitalised
# antecedent makes it a description in apposition (looked for in the few characters before it).
APPOSITIVE_LEAD = 6
_DESCRIBED_BEFORE = re.compile(r",\s+(?:an?|the)\s+$")
# "in an interview with CNN", ", according to The Associated Press": the outlet that carried
# the words. Both are one bounded character class after a literal prefix.
# Nouns for a kind of news outlet, before its name ("told the broadcaster VTV", "said on
# local radio station KFM") or after it ("told the Ledgerline newsletter"): with one, the
# name is an outlet's whatever its words.
_OUTLET_KINDS = (
    "broadcaster|outlet|newspaper|paper|station|channel|network|website|site|magazine|"
    "daily|weekly|tabloid|newsletter|podcast|programme|program|show|agency|wire|radio|"
    "television|TV"
)
# "in an interview with (the broadcaster) NRT", "speaking to Radio Vell": the interviewer,
# an outlet when a kind of outlet names it.
_VIA_INTERVIEW = re.compile(
    r"\b(?:(?P<interview>interview with )|(?:told|speaking|spoke) (?:with|to) )(?P<the>the )?"
    rf"(?:(?P<kind>{_OUTLET_KINDS})(?: (?:{_OUTLET_KINDS}))? )?(?P<name>[A-Z][\w’'.\- ]{{1,50}})"
)
# "Asked by the Trevane Observer about her plans, Ferrante said": the outlet that asked
# (capitalised words only: linear).
_ASKED_BY = re.compile(r"\b[Aa]sked by (?:the )?([A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,4})")
# A full stop after a word of two lower-case letters or more, or after an acronym of two
# capitals or more, then a space: the name ran into the next sentence ("the tech site
# ByteHarbor. HomeHalo did not", "told the broadcaster SRN. Officials said"), unlike "St.
# Louis" or "U.S. News".
_SENTENCE_IN_NAME = re.compile(r"(?:[a-z]{2}|(?<![\w.])[A-Z]{2,})\. ")


# The rest of a word cut by a search window.
WORD_REST = re.compile(r"[\w’'&\-]+")


def sentence_cut(name: str) -> str:
    """name up to the end of its sentence (see _SENTENCE_IN_NAME)."""
    m = _SENTENCE_IN_NAME.search(name)
    return name[: m.end() - 2] if m else name


# "told the Westmoor Gazette", "said on BBC Radio Westland", "said in an interview with
# Channel 9 News", "told state broadcaster TNR": capitalised words (with "of", "and", "&" or
# a number between) after the verb, maybe after up to two lower-case words ending in an
# outlet kind (group "kind"), maybe followed by an outlet kind or an appositive naming one
# ("said on VTV, the state broadcaster": group "after"); each
# repetition starts with a space and a fixed class: linear.
_VIA_TOLD = re.compile(
    r"\b(?:told|said on|speaking on|spoke on|appeared on|confirmed to|explained to|"
    r"(?:said |speaking |spoke )?in an? (?:[a-z]+ )?interview (?:with|on)|"
    r"in an? (?:[a-z]+ )?(?:email|e-mail|letter|message|statement) to) (?:the )?"
    r"(?P<kind>(?:[a-z\-]+ ){0,2}(?:" + _OUTLET_KINDS + r") )?"
    r"(?P<name>[A-Z][\w’'.&\-]*(?: (?:[A-Z&0-9][\w’'.&\-]*|of|and))*)"
    r"(?P<after> (?:"
    + _OUTLET_KINDS
    + r")\b|, (?:the |an? )?(?:[a-z\-]+ ){0,2}(?:"
    + _OUTLET_KINDS
    + r")\b)?"
)
# An interview named at the end of the cue's sentence, past VIA_TAIL_CHARS ("has admitted
# using EPO during his career, in an interview with the television channel Sport Nine").
TRAILING_INTERVIEW = re.compile(r", in an? (?:[a-z]+ )?interview (?:with|on) ")
# How far after the cue a trailing interview is looked for.
INTERVIEW_REACH = 200
# How far after the cue an outlet told is looked for ("told the Westmoor Gazette").
VIA_TAIL_CHARS = 60
# A wire dateline opening a paragraph: "BRANVIK, March 3 (Northwire) - ": the agency named in
# its parenthesis is an outlet. Bounded classes after a literal start: linear.
_DATELINE_OUTLET = re.compile(
    r"(?:^|\n)[A-Z][A-Z .'\-]{1,30},[^()\n]{0,40}\(([A-Z][\w.&'\- ]{1,30})\)\s*[-–—]"
)
_VIA_ACCORDING = re.compile(r",? according to (?:the )?([A-Z][\w’'.\- ]{1,50})")
# The platforms' names as one alternation for the patterns below ("x" alone is left out: a
# letter; "on X" has a pattern of its own).
_PLATFORM_ALTERNATION = "|".join(re.escape(p) for p in lex.SOCIAL_PLATFORMS if p != "x")
# After "video", the words of one spoken, not posted ("in a video address", "video conference").
_NOT_POSTED_VIDEO = r"(?! (?:address|conference|call|link)\b)"
_PLATFORM = re.compile(
    r"\b(?:" + _PLATFORM_ALTERNATION + r")\b"
    r"|\bin an? (?:tweet|post|video" + _NOT_POSTED_VIDEO + r"|livestream)\b"
    # a web forum or message board is a platform (docs/sourcing.md section 6), not a forum
    # held somewhere ("at a forum on trade", "on the sidelines of the forum")
    r"|\bon (?:an? |the |its |their |his |her )?(?:(?!of\b)[\w’'\-]+ ){0,3}forums?\b"
    r"|\b(?:in|on) (?:an? |the )?(?:online forums?|message boards?)\b"
)
# Company nouns that often open a body's own name ("Channel Nine North", "Union Pacific",
# "Network Rail", "Club Brugge"): capitalised, they are part of it, not a description.
NAME_OPENING_COMPANY_NOUNS = frozenset(
    ("channel", "network", "union", "group", "club", "exchange", "station", "line", "party",
     "team", "service", "site", "app", "body", "bank", "brand", "label", "chain", "platform")
)  # fmt: skip
# The start of a relative clause inside a source phrase.
_RELATIVE_IN_SOURCE = re.compile(r"\b(?:who|whose|which|that)\b")
# A phrase opening the sentence before the source ("In a post on Facebook, the council said",
# "Posting on X, …", "In an interview with the BBC, …"): where the words were published or
# who carried them; it may hold commas ("Later, on Threads, Voss wrote", "In the video, posted
# last week, campaigner X said"). Without a comma, only a phrase opened by "In"/"On" and a
# determiner ("In a later post he added"). A live blog's "8:40 a.m. — " may come before it.
# Bounded classes and window: linear.
OPENER_WINDOW = 80
_OPENER = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=— ))(?:([A-Z][a-z]+[ ,][^.!?\n]{1,70}), "
    r"|((?:In|On) (?:a|an|the|his|her|their|its|one) [^,.!?\n]{1,50}) )$"
)
# A reduced relative inside a source phrase, not introducing its agent ("by …" does: "figures
# released by the statistics office" is the office's).
# Participles that place a record in a source phrase, besides lex.RELATIVE_PARTICIPLES
# ("court documents unsealed in Norwick", "a draft plan circulated among officials").
_RECORD_PARTICIPLES = lex.words("unsealed circulated distributed submitted lodged presented")
_REDUCED_RELATIVE = re.compile(
    r"\s(?:"
    + "|".join(sorted(lex.RELATIVE_PARTICIPLES | _RECORD_PARTICIPLES))
    + r")\s+(?:"
    + "|".join(sorted((lex.RELATIVE_FOLLOWERS - {"by"}) | {"among"}))
    + r")\b"
)
# A participle and what follows it, after a record's maker ("a report by the directorate
# published on Tuesday"). One alternation, then the rest: linear.
_PARTICIPLES = "|".join(sorted(lex.RELATIVE_PARTICIPLES))
_PARTICIPLE_TAIL = re.compile(r"\s(?:" + _PARTICIPLES + r")\b.*$", re.DOTALL)
# The subject of a clause: up to six words before an auxiliary or a past-tense verb ("The
# city’s weather office had issued …"). Bounded repetition: linear.
_CLAUSE_SUBJECT = re.compile(
    r"[“\"]?((?:[\w’'.\-]+ ){1,6}?)(?:has|had|have|is|was|were|are|will|would|[a-z]+ed)\b"
)
# A participle ending a source phrase once its date is cut ("a ruling published").
_LAST_PARTICIPLE = re.compile(r"\s(?:" + _PARTICIPLES + r")\s*$")
# A record or statement of a body, with the body after "from" or "by" ("a statement from the
# fire service", "data from the weather service", "figures released by the statistics office",
# "a letter from Senator Ana Ruiz"): the source is the body or person, so the phrase is
# classified from there. The body must start with an article, a possessive or a capital
# ("figures from last year" keep their phrase). Fixed alternations: linear.
_MAKING = (
    "released|published|issued|compiled|prepared|conducted|filed|sent|signed|commissioned|"
    "produced|carried out"
)
_RECORD_OF = re.compile(
    r"(?i:(?:an?|the|its|their|his|her|new|latest|recent|official|final|annual|internal|"
    r"joint|written|brief|preliminary|provisional|early|partial) )*"
    r"(?i:statement|statements|report|reports|data|figures|numbers|statistics|memo|letter|"
    r"filing|filings|survey|analysis|document|documents|records|release|notice|email|"
    r"estimate|estimates|assessment|review|audit|note|guidance|forecast|poll|study|results)"
    # "A survey of 400 parents commissioned by …": what it covers, before a participle only
    rf"(?: (?i:of) (?:[\w\-]+ ){{0,3}}[\w\-]+(?= (?:{_MAKING}) ))?"
    rf" (?i:(?:{_MAKING}) (?:(?:on|last|this|earlier) [A-Za-z]+ )?)?(?i:from|by) "
    r"(?=(?i:the|an?|its|their|his|her) |[A-Z])"
)
# A body's name before a record noun ("LSEG data", "Eurostat figures", "Gallup poll"): the
# body. One capitalised word class per word, at most four: linear.
_NAMED_RECORD = re.compile(
    r"(?:(?:an?|the|A|An|The) )?((?!(?:The|A|An) )(?:[A-Z][\w&’'.\-]* ){0,3}[A-Z][\w&’'.\-]*) "
    r"(?:data|figures|statistics|numbers|poll|polling|survey|estimates|filings|records)"
)
# What a body owns that speaks for it, after its possessive: the record nouns, and the words
# that may stand before them.
_OWNED_RECORD_ADJECTIVES = (
    "latest|new|annual|quarterly|own|final|official|internal|monthly|online|public|draft"
)
_OWNED_RECORD_NOUNS = (
    "report|data|figures|statement|filing|accounts|survey|poll|records|statistics|estimates|"
    "forecast|ruling|judgment|judgement|findings|consultation|census|audit|study|analysis|review"
)
# A body's own record, by possessive ("Northway’s annual report", "the IMF's latest figures").
_OWNED_RECORD = re.compile(
    r"(?:the )?((?:[A-Z][\w&.\-]* ){0,3}[A-Z][\w&.\-]*)[’']s "
    rf"(?:(?:{_OWNED_RECORD_ADJECTIVES}) )?(?:{_OWNED_RECORD_NOUNS})"
)
# The same with a body's common noun ("The club’s statement", "the ministry's latest figures"):
# the body, when the noun is one (checked after matching).
_NOUN_OWNED_RECORD = re.compile(
    r"((?:[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z\-]+ )?[a-z\-]+)[’']s "
    rf"(?:(?:{_OWNED_RECORD_ADJECTIVES}|brief|short|written) )?(?:{_OWNED_RECORD_NOUNS})"
)
# An outlet that saw a record is not its author ("a memo seen by Nova Science").
_SAW = r"(?:seen|obtained|reviewed|viewed) by "
_CARRIED_BY = re.compile(r",? " + _SAW)
# The outlet named there (capitalised words, a leading "the" dropped; not "this newspaper").
_SEEN_BY = re.compile(r"\b" + _SAW + r"(?:the )?([A-Z][\w&’'.\-]*(?: [A-Z][\w&’'.\-]*){0,3})")
# "A group of shopkeepers", "a coalition of residents": a group of people (plural).
_GROUP_OF_PEOPLE = re.compile(
    r"(?:(?:a|an|the|one) (?:small |large )?(?:group|coalition|handful)"
    r"|dozens|hundreds|thousands|scores|millions) of (?:\d[\d,]* )?"
    r"(?:[a-z\-]+ )?[a-z\-]+s\b"
)


def singular(noun: str) -> str:
    """A regular plural's singular ("charities" → "charity", "firms" → "firm")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# Capitalised adjectives before a record noun, not its maker ("Official figures show").
_RECORD_ADJECTIVES = frozenset(
    ("official", "latest", "new", "recent", "preliminary", "early", "final", "internal",
     "provisional", "initial", "separate", "further", "other", "unofficial", "leaked")
)  # fmt: skip
# How far after a cue a "seen by" outlet may come ("said in an email to staff, seen by X,").
SEEN_AFTER_CUE = 50
# State or public media told, unnamed ("told state television on Monday").
_STATE_MEDIA = re.compile(
    r" ((?:state|public|local|national) (?:television|TV|radio|media|broadcaster))\b"
)
# "A group calling itself Black Lantern", "a hacking collective known as Nullsec": a body by
# the name it gives itself (capitalised words after a fixed prefix: linear).
_CALLING_ITSELF = re.compile(
    r"(?i:(?:an?|the) (?:[a-z\-]+ ){0,2}(?:group|collective|organi[sz]ation|network|movement|"
    r"gang|cell|faction|militia|outfit|coalition|campaign) (?:calling itself|that calls itself|"
    r"known as|called|named)) ([A-Z][\w’'&.\-]*(?: (?:[A-Z][\w’'&.\-]*|of|to|for|the|and)){0,4})$"
)
# "a user calling himself Knightfall88", "A user going by the name GreyLantern": one person
# known only by the name they go by, unnamed (a fixed prefix, then one word: linear).
_SELF_NAMED = re.compile(
    r"(?i:(?:an?|one|the) (?:[a-z\-]+ ){0,2}[a-z]+ (?:calling (?:himself|herself|themselves)|"
    r"who calls (?:himself|herself|themselves)|going by the (?:name|handle|username)|"
    r"using the (?:name|handle|username)) )(?:[“\"][^“”\"]{1,40}[”\"]|\S+)"
    # "a user called MarshBird", "an account named FreshFacts": a handle, not a person's name
    r"|(?i:(?:an?|one|the) (?:[a-z\-]+ )?(?:user|poster|account|commenter|member|blogger|"
    r"reviewer|handle) (?:called|named) )\S+"
)
# People on a platform as the source ("Several fans on TikTok", "Users on Reddit"): a plural
# noun, then "on" and the platform's name (a fixed alternation: linear).
_USERS_ON = re.compile(r"\b[A-Za-z][a-z]*s on (?:(?i:" + _PLATFORM_ALTERNATION + r")|X)\b")
# The same in the source's head, before any relative clause ("a seller on a hacking forum"):
# any noun, then "on", at most two words and the platform's name or a forum (fixed
# alternations, bounded repetition: linear).
_USER_ON = re.compile(
    r"\b[A-Za-z][a-z]* on (?:(?:an? |the |his |her |their |its )?(?:[\w’'\-]+ ){0,2}?"
    r"(?i:" + _PLATFORM_ALTERNATION + r"|forums?|message boards?)|X)\b"
)


def _unpossessed(w: str) -> str:
    """A word without its possessive ending ("Kellaway's" → "Kellaway")."""
    return w.removesuffix("'s").removesuffix("’s")


# "identified only as Witness B", "known only by her first name": a stand-in for a name.
_ONLY_AS = re.compile(r"\b(?:identified|known|named|referred to) only (?:as|by)\b", re.IGNORECASE)
# "The gang behind the attack, known as GreyKiln,": the name a body goes by.
_KNOWN_AS = re.compile(r"(?:known|called|named) as ([A-Z][\w+&.’'\-]*(?: [A-Z][\w+&.’'\-]*){0,3})$")
# A clause saying why a source is unnamed, after the description ("An employee who asked not
# to be named", "Diplomats speaking on condition of anonymity"): not who the source is.
_ANONYMITY_CLAUSE = re.compile(
    r",?(?:\s+(?:and|but))?\s+(?:who|speaking|requesting|asking|because)\b[^,]{0,80}?"
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
# A content opening with where it was said ("in a follow-up video on YouTube on Sunday that
# …"): "in"/"during" and a determiner, then at most POSTED_LEAD_CHARS characters before
# "that", a quotation mark or a comma. One bounded class: linear.
POSTED_LEAD_CHARS = 80
_POSTED_LEAD = re.compile(
    r"(?i:in|during|on) (?i:a|an|the|his|her|their|its)\b[^“”\"‘,;]*?(?=\bthat\b|[“”\"‘,;]|$)"
)
# How far back (characters) a post cited before still frames "he wrote" or "in the video".
POST_CONTEXT_CHARS = 300
# "in the video", "In a long post", "in her latest video": one optional word before the noun.
_IN_THE_POST = re.compile(
    r"\bin (?:the|a|an|her|his|their|its) (?:[\w\-]+ )?(?:video|clip|post|tweet|livestream|"
    r"message)\b" + _NOT_POSTED_VIDEO,
    re.IGNORECASE,
)
# A post named just before "In it, X says" (looked for this many characters back).
POST_NOUN = re.compile(r"\b(?:video|clip|post|tweet|livestream|message|reel)s?\b")
POST_NOUN_REACH = 120
_QUOTE_MARKS = frozenset("“\"‘'«")
# A noun phrase object opens with one of these ("repeated the claim on Truth Social"); a
# clause ("said she had seen the clip on TikTok") does not.
# (or a bare noun of a fixed phrase: "claimed responsibility on Telegram")
_OBJECT_OPENERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "this", "that", "responsibility", "credit")
)
_ON_PLATFORM_TAIL = re.compile(r"\bon (?:(?i:" + _PLATFORM_ALTERNATION + r")|X)[.!?\s]*$")
# "announced her retirement on Instagram on Wednesday": the platform right after a short
# object of the cue (within OBJECT_PLATFORM_CHARS of the content's start).
OBJECT_PLATFORM_CHARS = 40
_ON_PLATFORM = re.compile(r"[^,;.“”\"]*?\bon (?:(?i:" + _PLATFORM_ALTERNATION + r")|X)\b")
# What a source is when it is a post ("The post claims", "A viral Facebook post says",
# "Posts in a local Facebook group described").
POST_NOUNS = frozenset(
    (
        "post",
        "posts",
        "video",
        "videos",
        "tweet",
        "tweets",
        "clip",
        "livestream",
        "reel",
        "thread",
        "account",
        "accounts",
    )
)
_ACCOUNT = re.compile(
    r"\b(?:X|Twitter|TikTok|Instagram|Facebook|Telegram|YouTube|Threads|Bluesky) "
    r"(?:account|channel|page)\b"
)
_ON_X = re.compile(r"\b(?:[Oo]n|to) X\b")  # "wrote on X": the capital tells it from a letter
# Where the words went up, as an adjunct of the cue ("denied wrongdoing in a video on his
# YouTube channel", "said on the ministry’s Telegram channel", "claimed responsibility in a
# post on a hacking forum"): a preposition, an optional determiner or possessive, at most
# three words, then a platform or a post. Bounded repetitions: linear.
_PLATFORM_ADJUNCT = re.compile(
    r"\b(?i:on|in|via|under) (?i:an? |the |his |her |its |their |[\w\-]+[’']s )?"
    r"(?:[\w’'\-]+ ){0,3}?(?i:"
    + _PLATFORM_ALTERNATION
    + r"|forums?|message boards?|posts?|videos?|tweets?|livestreams?)\b|"
    + _ON_X.pattern
)
# A finite verb: the words around the platform are a clause reported ("said posts on TikTok
# were false"), not where the cue's words went up.
_FINITE_WORD = re.compile(r"\b(?i:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")
# Quoted words and what follows "that" are what was said, not where.
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_THAT = re.compile(r"\bthat\b")
# The start of the next sentence: a terminal mark after a word that is no initial, white
# space and a capital ("Friday. Merovane", not "the U.S. News"). Fixed classes: linear.
_NEXT_SENTENCE = re.compile(r"(?<![A-Z.])[.!?][”\"’']?\s+(?=[A-Z“\"])")
# A sentence's end in a short tail: a terminal mark before white space, or a line break.
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
MAX_ADJUNCT_OBJECT_WORDS = 3
# A phrase holding one of these nouns may run to MAX_PICTURED_WORDS before the platform.
_MEDIA_NOUNS = frozenset(("photo", "photograph", "picture", "image", "selfie", "caption", "clip"))
MAX_PICTURED_WORDS = 7
_PLACING_PARTICIPLES = frozenset(
    ("made", "posted", "shared", "spreading", "circulating", "published", "uploaded",
     "appearing", "seen", "viewed", "found", "left", "written", "sent", "spread")
)  # fmt: skip
# How far after a cue with no content after it the adjunct is looked for ("“…,” he said on
# the ministry’s Telegram channel.").
ADJUNCT_CHARS = 80


# Right after a cue: a post on a platform as its object ("Morrow captioned an Instagram
# video of …", "shared a TikTok clip").
_PLATFORM_OBJECT = re.compile(
    r"\s*(?i:an?|the|his|her|its|their) (?:(?i:" + _PLATFORM_ALTERNATION + r")|X) "
    r"(?i:videos?|posts?|clips?|stor(?:y|ies)|photos?|reels?|pictures?|livestreams?)\b"
)
# After a cue that ends in a medium ("said in a short video"): where it went up ("posted to
# the festival's X account", "uploaded on YouTube").
_MEDIUM_CUE = re.compile(r"\b(?:video|clip|post|message|livestream|recording)$")
_POSTED_TO = re.compile(
    r" (?:posted|uploaded|shared|published) (?:to|on) "
    r"(?:an? |the |his |her |its |their |[\w\-]+[’']s )?(?:[\w’'\-]+ ){0,2}?"
    r"(?:(?i:" + _PLATFORM_ALTERNATION + r")|X)\b"
)


def posted_medium(cue: str, text: str, end: int) -> bool:
    """The cue ends in a medium that the words after it place on a platform ("said in a
    short video posted to the festival's X account")."""
    return _MEDIUM_CUE.search(cue) is not None and _POSTED_TO.match(text, end) is not None


def platform_adjunct(text: str) -> bool:
    """text (what follows a cue, up to its sentence's end) says where the words went up:
    a platform phrase outside quotations and before any "that", in words with no finite
    verb."""
    if _PLATFORM_OBJECT.match(text):
        return True
    text = _QUOTED.sub(" ", text)
    cut = _THAT.search(text)
    if cut is not None:
        text = text[: cut.start()]
    m = _PLATFORM_ADJUNCT.search(text)
    if m is None:
        return False
    before = text[: m.start()].lower().split()
    # right after the cue or a short object ("denied wrongdoing in a video"), not inside a
    # longer one ("warned parents about a false claim spreading on Telegram") or after a
    # participle that places the object there ("denied claims made in Weibo posts"); a
    # picture the words went up with may come between ("writing “…” under a black-and-white
    # photo on Instagram")
    pictured = len(before) <= MAX_PICTURED_WORDS and any(
        w.strip(".,;:") in _MEDIA_NOUNS for w in before
    )
    return (
        (len(before) <= MAX_ADJUNCT_OBJECT_WORDS or pictured)
        and not any(w.strip(".,;:'‘’") in _PLACING_PARTICIPLES for w in before)
        and _FINITE_WORD.search(text) is None
    )


def _names_platform(text: str) -> bool:
    """text names a platform or a post on one ("on Telegram", "in a video", "took to X")."""
    return _PLATFORM.search(text.lower()) is not None or _ON_X.search(text) is not None


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
# A dash with a space on each side sets off an appositive as a comma does.
_SPACED_DASH = re.compile(r" [—–] ")
_AGE = re.compile(r"\d{1,3}")  # "Vera Hall, 43, said": the age is not a role
# "Mitch McConnell, R-Ky., said": a US party-and-state label is neither a name nor a role
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,8}")
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
    # months that are not also given names (April, May, June and August are)
    "january february march july september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Labels before a colon ("Correction: …", "Built: 1964", "Watch: …"): not speakers when they
# open a phrase, but a name may end in one ("Human Rights Watch", "Open Source").
_LABELS = lex.words(
    "correction clarification update updated note editor's built lost opened founded born "
    "died warning breaking watch read listen photo video citation source summary disclaimer "
    "credit credits ingredients"
)
_NOT_NAMES = _NOT_NAMES | _LABELS


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
# Up to six capitalised words: a title of several words may come first ("Deputy Finance
# Minister Ruari Kettle"); _split_role_name then keeps the name.
# (A capital with no word character before it is the leading \b: the engine then skips to
# capitals rather than trying every position.)
_PERSON = re.compile(
    rf"{_UPPER}(?<!\w{_UPPER}){_LOWER}+(?: (?:(?:de|da|di|du|van|von|der|den|la|le|bin|al|el) )?"
    rf"(?:Mc|Mac|O’|O')?{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?){{1,5}}\b"
)
# How many earlier speakers a pronoun, title or "another" is matched against (a pronoun refers
# to someone cited recently; the bound keeps long pages linear).
MAX_HISTORY = 50
# How far back (characters) a pronoun or title looks for a person mentioned in the text.
MENTION_WINDOW = 1500
# A sentence opened by a capitalised word and a lower-case verb ("Danvers hit back …"), looked
# for in the SUBJECT_WINDOW characters before a pronoun source. Fixed classes: linear.
SUBJECT_WINDOW = 250
# (or by a capitalised word and a relative clause: "Calloway, who has volunteered …, laughs")
_SURNAME_OPENER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z’'\-]+)(?:,(?= who | whose ))? (?=[a-z])"
)
# After a sentence's opening capitalised word: lower-case role words and a name of two
# capitalised words ("Otters head coach Marcus Ibsen", "Zoo chief executive Barnaby Strand").
_ROLE_AND_NAME = re.compile(r"(?:[a-z][a-z\-]* ){0,3}([a-z][a-z\-]*) [A-Z][a-z’'\-]+ [A-Z]")
# The author's colleagues at another outlet: that outlet reporting ("Our colleagues at the
# Bayside Chronicle reported").
_OUR_COLLEAGUES = re.compile(r"(?i:our) (?:colleagues|partners|friends) (?:at|from) (.+)")
# A pronoun with no speaker of its gender before takes a person whose given name is in neither
# name list only when that person was the last one named, this close before it (characters).
UNKNOWN_GENDER_WINDOW = 400


def _name_part(part: str) -> bool:
    """A short all-capitalised piece: a name such as "Ana Ruiz"."""
    ws = _words(part)
    return (
        0 < len(ws) <= 4
        and ws[0][:1].isupper()
        and ws[-1][:1].isupper()
        and all(w[:1].isupper() or w in lex.NAME_PARTICLES for w in ws)  # "Anouk de Wit"
        and ws[0].lower() not in _NOT_NAMES
        # "Brenmouth’s MP": a possessive inside is a description, no name
        and not any(w.endswith(("’s", "'s")) for w in ws[:-1])
    )


_PREPOSITIONS = frozenset(
    (
        "of",
        "with",
        "from",
        "in",
        "at",
        "for",
        "on",
        "who",
        "close",
        "familiar",
        "near",
        "to",
        "outside",
        "inside",
        "behind",
        "above",
        "across",
    )
)


def _head(low: list[str]) -> str:
    """The head noun of a noun phrase: the last word before its first preposition or
    participle ("a trade association representing the owners": "association")."""
    for i, w in enumerate(low):
        if (w in _PREPOSITIONS or w in lex.RELATIVE_PARTICIPLES) and i > 0:
            # ("figures obtained through freedom-of-information requests": "figures")
            return low[i - 1].rstrip(".")
        if (
            i > 1
            and w.endswith("ing")
            and len(w) > len("thing")
            and low[i - 1] not in _DETERMINERS
            and not _noun_modifier(low, i)
        ):
            return low[i - 1].rstrip(".")
    return low[-1].rstrip(".")


# Singular head nouns that an "-ing" noun modifies ("engineering audit", "planning officer").
_MODIFIED_HEADS = (
    lex.RECORD_NOUNS | lex.DOCUMENT_NOUNS | lex.ROLE_WORDS | lex.ORG_WORDS | lex.PERSON_NOUNS
)


def _noun_modifier(low: list[str], i: int) -> bool:
    """low[i], an "-ing" word, modifies the noun after it rather than opening a participle
    clause: after a number ("A 2019 engineering audit") or before a last, singular head noun
    ("the council planning officer"; a participle's singular object takes a determiner: "an
    association representing the owners")."""
    if low[i - 1][:1].isdigit():
        return True
    return i == len(low) - 2 and low[-1] in _MODIFIED_HEADS and not low[-1].endswith("s")


# Words that count or describe people before "poster(s)" ("one poster", "several posters",
# "an anonymous poster": placards are never anonymous).
_PEOPLE_COUNTS = frozenset(
    ("one", "another", "other", "some", "several", "many", "fellow", "anonymous", "regular")
)
_FORUM_POSTERS = frozenset(("poster", "posters"))


def _text_object(low: list[str]) -> bool:
    """The phrase is a thing that carries words without speaking: its head, its lead noun or
    the noun after "one of the" is a text object ("The sign on the door", "A new documentary
    about the collapse", "One of the films")."""
    nouns = {_head(low), _lead_noun(low)}
    if nouns <= _FORUM_POSTERS and not _PEOPLE_COUNTS.isdisjoint(low[:2]):
        return False  # "one poster wrote", "another poster": a forum's user, not a placard
    about = next((i for i, w in enumerate(low) if w in ("about", "on", "of", "by") and i > 0), 0)
    if about:
        nouns.add(low[about - 1])  # "a new documentary about the collapse"
    if len(low) > 3 and low[1] == "of" and low[2] in ("the", "his", "her", "their", "its"):
        nouns.add(low[3].rstrip(",."))
    if any(n in lex.TEXT_OBJECTS for n in nouns):
        return True
    # "a notice on the door", "the notice taped to the gate": a notice put up somewhere (not
    # "a notice seen by this newspaper", "in a notice to creditors": a document)
    return any(w in _NOTICES and nxt in _PLACED for w, nxt in pairwise(low))


_NOTICES = frozenset(("notice", "notices"))
_PLACED = frozenset(("on", "at", "above", "outside", "pinned", "taped", "posted", "in"))


def _lead_noun(low: list[str]) -> str:
    """The last word before a description's first clause word, comma or preposition ("a
    handler who has worked at the airport" → "handler")."""
    lead = []
    for w in low:
        if w in _PREPOSITIONS or w in _CLAUSE_OPENERS or w in ("that", ",") or w.endswith(","):
            if w.endswith(",") and w != ",":
                lead.append(w.rstrip(","))
            break
        lead.append(w)
    return lead[-1].rstrip(".") if lead else ""


def _trailing_person(name_words: list[str]) -> list[str]:
    """The capitalised words at the end that can be a person's name (no org word, acronym or
    title): "Jason La Canfora" in "CBS Sports NFL Insider Jason La Canfora"."""
    out: list[str] = []
    for w in reversed(name_words):
        low = w.lower().rstrip(".")
        if low in lex.ORG_WORDS or low in lex.OUTLET_WORDS or _acronym(w) or low in lex.ROLE_WORDS:
            break  # (outlet names such as "Fox" or "Bloomberg" are also surnames)
        if _person_role_word(w) and len(out) >= 2:
            break  # "Headteacher Martin Orloff", "Conservationist Freya Holm": a role
        out.append(w)
    return out[::-1]


# First parts of "Mother-of-three", "Dad-of-two": a person described.
_DESCRIBED_PARENTS = lex.PERSON_NOUNS | lex.words("mum mom dad grandma grandad granddad mam")


def _person_role_word(w: str) -> bool:
    """A capitalised word that is a person noun before a name ("Teenager", "Skipper",
    "Singer-songwriter", "Conservationist")."""
    low = w.lower()
    last = low.rsplit("-", 1)[-1]
    return (
        low in lex.PERSON_NOUNS
        or last in lex.PERSON_NOUNS
        or (last.endswith("ist") and len(low) > 6)
        # "Mother-of-three", "Dad-of-two": a person's description
        or ("-of-" in low and low.split("-", 1)[0] in _DESCRIBED_PARENTS)
    )


def leading_roles(words: list[str]) -> int:
    """How many words open a capitalised run as person nouns, leaving a full name of two
    words ("Singer-songwriter Lola Brandt": 1; "Star Wars": 0)."""
    n = 0
    while len(words) - n > 2 and _person_role_word(words[n]):
        n += 1
    return n


def _name_run(words: list[str]) -> list[str]:
    """The capitalised words that end a phrase, particles inside kept ("Ana de la Cruz"); none
    after a _NAME_BREAKERS word."""
    i = len(words)
    while i > 0 and (
        capitalised_at(words, i - 1)
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


# How far back a sentence may open before a name for role_lead ("The tennis player ").
ROLE_LEAD_CHARS = 40
# (and the dash after a live blog's time stamp: "17:55 — Dunvale boss Georgie Lindqvist")
_SENTENCE_ENDS = (". ", "! ", "? ", "” ", '" ', "\n", " — ", " – ")


# Person nouns that describe someone by trade or fame ("the singer", "the former … contestant"),
# which a story uses for the person it just named; not family or generic words ("the man",
# "the victim's mother", "the creator", "a commuter"), which as often introduce someone new.
_OCCUPATION_NOUNS = lex.PERSON_NOUNS - lex.words(
    "mother father son daughter wife husband widow widower brother sister girl boy child "
    "teenager woman man uncle aunt nephew niece cousin grandmother grandfather grandson "
    "granddaughter creator administrator blogger vlogger commuter traveller traveler passenger "
    "shopper motorist"
)
# Titles of members of a parliament, written after a name ("Ana Ruiz MP") or alone ("one
# backbench MP": an unnamed member).
_MEMBER_TITLES = frozenset(("MP", "MSP", "MEP", "MLA", "MPP", "TD"))
# A comma that separates parts of a source phrase (not one inside a number: "40,000").
_COMMA = re.compile(r",(?!\d)")
# Documents that speak for whoever wrote them (see lex.DOCUMENT_NOUNS).
_DOCUMENT_NOUNS = lex.DOCUMENT_NOUNS
# Names only firms and associations take: two capitalised names joined by "&" ("Castell &
# Rowe", "Ember & Salt"), or "(The) Friends of" a name ("The Friends of Belmont Falls Library").
# One word class per word, bounded: linear.
_CAPS_WORD = r"[A-Z][\w’'.\-]*"
_FIRM_NAME = re.compile(
    rf"(?:The )?(?:{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}} & {_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}"
    rf"|Friends of (?:the )?{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
)
# Determiners of one unnamed person ("one fisherman", "a volunteer", "the shopkeeper").
_ONE_PERSON = frozenset(("one", "a", "an", "another"))
# A sentence opened by one unnamed person ("Another parent, a nurse, put …", "One fan posted
# …"): the words before the head noun, and the head. Bounded: linear.
_ONE_PERSON_OPENER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))((?:Another|One|An?) (?:[a-z\-]+ ){0,2}?([a-z\-]+))(?=,| [a-z])"
)
# A post and its unnamed author ("One post, from a father whose daughter has leukaemia, has
# been shared …"): the author's description up to the comma. Bounded: linear.
_POST_FROM = re.compile(
    r"\b(?:post|message|comment|video|clip|tweet|reply),? from ((?:an?|one) [^,.;:“”\"]{1,80}),"
)
# A place or body after a name in an appositive ("Prof. Hanne Vik of the University of Oslund").
_PLACE_TAIL = re.compile(r" (?:of|at|from) ")
# Lower-case words inside a body's name: "Chamber of Commerce", "Friends of the Earth".
_NAME_JOINERS = frozenset(("of", "for", "and", "&", "the", "de", "on"))


def _person_noun(noun: str) -> bool:
    """A lower-case noun for a person ("singer", "historian", "billionaire", "chairwoman")."""
    return noun in lex.PERSON_NOUNS or noun.endswith(_PERSON_NOUN_ENDINGS)


def _participle_after(low: list[str], i: int) -> bool:
    """low[i] is a participle after a plural noun ("astronomers using", "workers striking at"),
    not a noun after a possessive ("the council's planning officer")."""
    prev = low[i - 1]
    return (
        low[i].endswith("ing")
        and len(low[i]) > 4
        and prev.endswith("s")
        and not prev.endswith(("'s", "’s", "ss"))
    )


def person_lead(words: list[str]) -> int:
    """How many words open a name phrase as honorifics or a capitalised person noun ("Dr",
    "Ornithologist Dr", "Historian"), leaving at least one word."""
    n = 0
    # words before a place or body ("of", "at", …): a noun lead by its ending leaves a full
    # name of two words or more ("Historian Hannah Achterberg of …", not "Dorian Faulk of …")
    named = next((i for i, w in enumerate(words) if w.lower() in _NAME_BREAKERS), len(words))
    while n < len(words) - 1:
        low = words[n].lower()
        noun = n == 0 and len(low) > 5 and low.endswith(_PERSON_NOUN_ENDINGS) and named >= 3
        if low not in _HONORIFICS and not noun and not (n == 0 and low in lex.PERSON_NOUNS):
            break
        n += 1
    return n


def sentence_lead(text: str, at: int, reach: int) -> str | None:
    """The text of at's sentence before it, looked for in the reach characters before at;
    None when no sentence opens within reach."""
    lo = max(0, at - reach)
    window = text[lo:at]
    ends = [window.rfind(end) + len(end) for end in _SENTENCE_ENDS if end in window]
    if not ends and lo > 0:
        return None
    return window[max(ends, default=0) :]


def role_lead(text: str, at: int) -> int:
    """Length of the words that open a sentence and describe the person named at ``at`` ("The
    singer ", "TV chef ", "Pop star "): a few lower-case words, or acronyms, ending in a person
    noun or a role; 0 when there are none."""
    lead = sentence_lead(text, at, ROLE_LEAD_CHARS)
    if lead is None:
        return 0  # no sentence opens within reach
    ws = lead.split()
    if not ws or len(ws) > 3 or not lead.endswith(" "):
        return 0
    last = ws[-1].lower()
    person = _person_noun(last) or last in lex.ROLE_WORDS
    rest = ws[1:]
    plain = all(w.islower() or w.isupper() for w in rest) and (
        ws[0].lower() in ("the", "a") or ws[0].isupper() or len(ws) == 1 or ws[0][1:].islower()
    )
    return len(lead) if person and plain else 0


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
    """A capitalised word that may be part of a name (not "The", "He", "Soon", "Monday")."""
    return w[:1].isupper() and w.lower() not in _NOT_NAMES


def capitalised_at(words: list[str], i: int) -> bool:
    """words[i] may be part of a name: _capitalised, or a label word right after a word
    that is ("Human Rights Watch", "Glacier Watch Oberland"; not "Watch: …")."""
    w = words[i]
    if _capitalised(w):
        return True
    return i > 0 and w[:1].isupper() and w.lower() in _LABELS and _capitalised(words[i - 1])


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
# A company name in front of a company appositive has at most this many words
# ("Larkmoor Families for Choice, a parents' group").
MAX_BRAND_WORDS = 4
# Words that end the head noun phrase of an appositive ("a solutions provider focused on …").
_APPOSITIVE_STOPS = frozenset(
    ("at", "in", "of", "for", "with", "on", "from", "that", "which", "who", "whose", "based",
     "focused", "owned", "led", "known", "behind", "by", "to", "under", "near", "across")
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
    return _appositive_head(appositive) in lex.COMPANY_NOUNS


def _appositive_head(appositive: str, gerunds_stop: bool = False) -> str | None:
    """The head noun (lower case) of an appositive opening with an article: its last word
    before a stop word ("a solutions provider focused on …": "provider"), or before a gerund
    with gerunds_stop ("the main group opposing the change": "group"); None without an
    article."""
    words = appositive.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the"):
        return None
    head = words[1]
    for w in words[2:]:
        if w.lower().strip(",.") in _APPOSITIVE_STOPS or (gerunds_stop and w.endswith("ing")):
            break
        head = w
    return head.lower().strip(",.")


# Head nouns of an appositive that make the proper name before it a body's ("The Friends of
# Pellingford Libraries, a volunteer group,", "No to Sixteen, the main group opposing the
# change,"): not documents or records, whose names are rarely set off this way.
_BODY_APPOSITIVE_HEADS = (lex.ORG_WORDS - lex.RECORD_NOUNS - _DOCUMENT_NOUNS) | lex.words(
    "charity society trust nonprofit non-profit movement collective studio school academy "
    "college museum library theatre orchestra festival dairy brewery bakery clinic church "
    "restaurant cafe pub hotel shop store venue gallery cinema casino nightclub pharmacy"
)
# Words a body's name may hold in lower case between capitalised ones ("No to Sixteen").
_BODY_NAME_JOINERS = _NAME_JOINERS | frozenset(("to", "in", "at", "against"))
MAX_BODY_NAME_WORDS = 6


def body_name_shape(words: list[str]) -> bool:
    """words (without "the") have a body's proper name's shape: one to MAX_BODY_NAME_WORDS
    words, the first and last capitalised, only joiners in lower case ("No to Sixteen")."""
    return (
        0 < len(words) <= MAX_BODY_NAME_WORDS
        and _capitalised(words[0])
        and _capitalised(words[-1])
        and all(_capitalised(w) or w in _BODY_NAME_JOINERS for w in words)
    )


def _body_appositive(words: list[str], appositive: str) -> bool:
    """ "No to Sixteen, the main group opposing the change": a proper name (capitalised first
    and last words, only joiners in lower case) whose appositive's head noun is a body."""
    if words and words[0].lower() == "the":
        words = words[1:]  # "The Friends of …"
    if not body_name_shape(words):
        return False
    if len(words) == 1 and words[0].endswith("s"):
        return False  # "Residents, a vocal group,": a plural at the sentence start
    return _appositive_head(appositive, gerunds_stop=True) in _BODY_APPOSITIVE_HEADS


# Endings of nouns for someone who does something ("cataloguer", "buyer", "referee").
_AGENT_ENDINGS = ("er", "or", "ee", "ist", "ian")
# Agent-shaped nouns for things or places, not people.
_NOT_AGENTS = lex.words(
    "computer center centre paper order letter monitor register tower border corner water "
    "power river winter summer number chamber quarter theatre theater matter member buyer "
    "bidder acquirer server compiler browser router parser interpreter processor container "
    "scheduler filter buffer converter transformer"
)


def _agent_noun(noun: str) -> bool:
    """A lower-case noun for someone who does something, not a business ("cataloguer",
    "buyer", "referee"; not "carrier", "regulator", "retailer")."""
    return (
        len(noun) > 4
        and noun.endswith(_AGENT_ENDINGS)
        and noun not in lex.ORG_WORDS
        and noun not in _NOT_AGENTS
        and not _business(noun)
        and not noun.endswith("maker")
    )


def _business(noun: str) -> bool:
    """A lower-case noun for a business or institution ("chain", "firm", "bakery", "clinic")."""
    return noun in lex.COMPANY_NOUNS or noun in lex.BODY_NAME_WORDS


def _company_noun(w: str) -> bool:
    """ "carmaker", "cheesemaker", "distributor": a noun for a company."""
    low = w.lower()
    return low in lex.COMPANY_NOUNS or low.endswith("maker")


def _is_org_word(w: str) -> bool:
    low = w.lower().rstrip(".")
    if low.endswith("s") and low[:-1] in lex.ORG_WORDS:
        return True  # "Centers for Disease Control", "Associated Newspapers"
    return low in lex.ORG_WORDS or low in lex.OUTLETS or low in lex.OUTLET_WORDS


def _listed_gender(low: str) -> str | None:
    """The gender of a lower-case given name in the curated lists (None for a name borne by
    men and women alike, or one in neither list)."""
    if low in lex.UNISEX_NAMES:
        return None
    if low in lex.MALE_NAMES:
        return "m"
    if low in lex.FEMALE_NAMES:
        return "f"
    return None


def given_gender(word: str) -> str | None:
    """The usual gender of a given name: the curated lists first, then the derived list."""
    low = word.lower()
    if low in lex.UNISEX_NAMES:
        return None
    return _listed_gender(low) or given_name_gender(word)


# Kinship nouns that give the gender of the name set beside them ("Velk’s sister, Dana
# Velkova,", "her husband Alex Moreau").
KIN_GENDER: dict[str, str] = {
    **dict.fromkeys(
        lex.words(
            "sister mother wife daughter girlfriend widow niece aunt grandmother granddaughter "
            "fiancée fiancee stepmother stepdaughter"
        ),
        "f",
    ),
    **dict.fromkeys(
        lex.words(
            "brother father husband son boyfriend widower nephew uncle grandfather grandson "
            "fiancé fiance stepfather stepson"
        ),
        "m",
    ),
}


def _gender(words: list[str], role: str | None) -> str | None:
    for w in words:
        low = w.lower()
        if low in lex.TITLES_MALE:
            return "m"
        if low in lex.TITLES_FEMALE:
            return "f"
        listed = _listed_gender(low)
        if listed is not None:
            return listed
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


_ARTICLES = lex.NOUN_PHRASE_DETERMINERS
# Honorifics before a name are not part of it (docs/sourcing.md, "How our sets are annotated").
_HONORIFICS = frozenset(
    ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "father", "justice")
)
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
            # "A lawyer who specialises in music rights, and who was not involved,"
            or (first in ("and", "but") and second in ("who", "whose"))
            or first in _DISCOURSE_ADVERBS  # "Hospital staff, however,"
            or first.endswith("ing")
            or first in _INDEFINITE_ARTICLES  # "One user, a teacher from Ohio,": the user
            or first.startswith("@")  # "One fan, @glasshouse_gemma,": the fan
            # "An official at Kessel Events, the race organiser,": the official
            # (not "His sponsor, the outdoor clothing company Fellcraft,": a name follows)
            or (first == "the" and not any(w[:1].isupper() for w in rest.split(",")[0].split()))
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
# A lower-case word, then a capitalised one ("the carmaker Volvo"): the word is tested against
# COMPANY_THEN_NAME_NOUNS after matching (whole or after its last hyphen), which finds the
# same names as one alternation of the nouns a third faster (939 texts compared).
COMPANY_THEN_NAME_NOUNS = lex.COMPANY_NOUNS | {"service", "group"}
_WORD_THEN_NAME = re.compile(r"\b([a-z][a-z\-]*) ([A-Z][\w&.\-]*)")
# (The capital first, then "no word character before it": the same matches as a leading \b,
# and the engine skips to capitals instead of trying every position; twice as fast.)
_NAME_THEN_WORDS = re.compile(r"([A-Z](?<!\w[A-Z])[\w&.\-]*)((?: [A-Z][\w&.\-]*){1,3})")
# "Brightwave, the messaging app with …", "Recycle Forward, an industry group,": a name of up
# to four capitalised words declared a body by the appositive after it. One word class per
# word, the words before the noun bounded: linear.
_DECLARING_NOUNS = "|".join(sorted(lex.COMPANY_NOUNS | {"service", "group", "app", "website"}))
# How far back the word before a name is looked for (a capitalised one: the name does not open
# its run of capitalised words there).
WORD_BEFORE_CHARS = 40
# How far into a source phrase its name may start ("figures published by Recycle Forward").
RECORD_LEAD = 40
_NAME_THEN_BODY_APPOSITIVE = re.compile(
    rf"\b([A-Z][\w&.\-]*(?: (?:[A-Z][\w&.\-]*|of|for|and)){{0,3}}), (?:(?:the|a|an) "
    rf"(?:(?!(?:of|for|at|in|on|with|from|to|by)\b)[\w’'\-]+ ){{0,3}}(?:{_DECLARING_NOUNS})"
    r"(?=[,.;:]| (?:with|that|which|based|in|of|from|on|for|whose|owned|known|behind)\b)"
    # "Northsound Link, which operates the route,": people take "who"
    r"|which (?:operates|runs|owns|makes|manages|represents|publishes|organises|organizes)\b)"
)
# Bodies that usually carry a person's name ("the Gates Foundation", "the Nobel Prize").
_NAMED_AFTER_PEOPLE = lex.words(
    "foundation trust institute center centre prize award fund school college university "
    "library museum memorial hospital"
)
# Characters looked at before a name for its honorific ("Dr ", "Mrs. ").
HONORIFIC_LEAD = 6
# Capitalised words that open a sentence before a name and are not part of it.
_NOT_MENTION_STARTS = _NOT_NAMES | lex.words("as in on at for with from by of to")
