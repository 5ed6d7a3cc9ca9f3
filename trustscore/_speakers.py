"""Who a source is: named person, anonymous source or organization, with pronouns resolved.

Reads the source span of each attribution in article order and keeps a short history of the
speakers seen so far, so that "he said" / "she added" resolve to the last named speaker of
that gender, "the spokesman" to the last named speaker with that role, "Ruiz" to an earlier
"Ana Ruiz", "who" to the name just before it, and "another" to the last anonymous source.
The words of one source phrase (names, roles, bodies, descriptions) are read by
``_source_phrases``. The rules and their order are in docs/sourcing.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from trustscore import _source_phrases as phrases
from trustscore import _sourcing_lexicon as lex
from trustscore._attribution import PASSIVE_CLASS, Attribution
from trustscore._attribution_cues import REPLY_LEMMAS
from trustscore._attribution_record import OPENING_PREPOSITIONS
from trustscore._source_phrases import Speaker as Speaker

# "spokeswoman" / "spokesman" in a source phrase: the gender of the body's speaker.
_SPOKESPERSON_GENDER = re.compile(r"\bspokes(woman|man)\b")
# The two characters before a source that stands inside its sentence ("…, Zipply said").
_INSIDE_SENTENCE = re.compile(r"[\w,;:] $")
# A capitalised word ending in "ly" inside a sentence ("The ride-hailing app Zipply").
_LY_INSIDE = re.compile(r"[\w,;:] ([A-Z][\w’'\-]*ly)\b")


# ", Lou Brenner." right after a source: a name of two to four capitalised words that closes
# the sentence (bounded repetition of one word class: linear).
_NAME_CLOSING = re.compile(r", ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3})(?=[.;]|$)")
# An outlet named again by its kind ("told the newspaper"): the outlet cited before.
_OUTLET_AGAIN = re.compile(
    r" the (?:newspaper|paper|broadcaster|channel|news agency|magazine|website|outlet|daily"
    r"|weekly|programme|program)(?=[.,;:]| that\b| on\b| in\b| last\b| this\b)"
)
# Words that open a sentence before a pronoun without naming anyone ("In a post, he wrote").
_COMMON_OPENERS = OPENING_PREPOSITIONS | lex.words("after before during later earlier then but and")
# The last lower-case word before a name that makes the words a role ("Otters head coach
# Marcus Ibsen": the opening "Otters" is then no surname).
_ROLE_HEADS = lex.ROLE_WORDS | lex.PERSON_NOUNS
# A sentence's opening phrase before its subject ("On the morning her job disappeared,
# Farah Lindqvist was …"): up to this many words, opened by one of these words, searched for
# in this many characters.
_OPENING_WORDS = _COMMON_OPENERS | lex.words(
    "when while since as until once although though because despite like last this"
)
OPENING_PHRASE_WORDS = 12
# How far before a name the person noun describing it is looked for ("influencer Mags X").
PERSON_NOUN_LEAD_CHARS = 30
# Words that open a clause whose subject a name may be ("where Leni Castellanos works").
_SUBORDINATORS = frozenset(("where", "when", "while", "after", "before", "since", "as"))
OPENING_PHRASE_REACH = 120
# Records that a body or person issues and that the text names again by their kind only ("the
# statement said"): the source cited last, this close before, issued them.
_ISSUED_RECORDS = lex.words("statement release communiqué communique")
ISSUER_WINDOW = 400
# Titles that give a person's gender ("Mrs Abernathy ... she said").
_GENDERED_TITLES = lex.words("mr mr. mrs mrs. ms ms. miss")
# Adjectives that make "figures" people, not numbers ("senior party figures").
_PEOPLE_FIGURES = lex.words("senior leading prominent influential high-ranking veteran")
# A relative "who" right after a source phrase: its head is people.
_WHO_AFTER = re.compile(r",?\s+who\b")


def _holds_body_word(ws: list[str]) -> bool:
    """A capitalised run with a body's word ("Kovas Cargo", "Halden Grid Services")."""
    return any(phrases._is_org_word(w) or w.lower() in lex.BODY_NAME_WORDS for w in ws)


def _no_person(ws: list[str]) -> bool:
    """A capitalised run that names a body ("Halden Grid Services") or a place ("Sorrel
    Canyon")."""
    return _holds_body_word(ws) or ws[-1].lower() in lex.PLACE_WORDS


def _the_body_name(ws: list[str]) -> str | None:
    """ "the Northern Robotics Trust": "the" and a body's proper name holding a body's word,
    the name without "the"; None otherwise."""
    if not ws or ws[0].lower() != "the":
        return None
    name = ws[1:]
    return " ".join(name) if phrases.body_name_shape(name) and _holds_body_word(name) else None


# A capitalised word and a space (maybe an initial too) right before a position ("Ana
# |Lotovera", "J. R. |Ewing"), and after one ("Halvern| Pay").
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w\-]*) (?:[A-Z]\. )?\Z")
_WORD_BEFORE = re.compile(r"\b([\w\-]+)\.? \Z")
_CAPITAL_AFTER = re.compile(r" (?:[A-Z]\. )?([A-Z][\w\-]*)")
# How far back a capitalised word before a name is looked for (characters).
CAPITAL_BEFORE_CHARS = 60
# What only a body has, after a name's "'s" ("Lotovera's chief executive").
_BODY_OWNED = re.compile(
    r"[’']s (?:(?:new|former|interim|acting|own) )?(?:chief executive|"
    r"chief financial officer|chief operating officer|CEO|CFO|COO|founders?|co-founders?|"
    r"shares|stock|shareholders|board|headquarters|subsidiary|parent company|revenues?|"
    r"profits?|customers|employees|stores|factory|factories|products|chairman|chairwoman)\b"
)


def _token_starts(text: str, word: str) -> list[int]:
    """Where word stands in text as a whole token (no letter, digit, "_" or "-" touching it)."""
    out = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _token_char(text[at - 1])) and (
            end == len(text) or not _token_char(text[end])
        ):
            out.append(at)
        at = text.find(word, at + 1)
    return out


def _paper_like(name: str) -> bool:
    """A capitalised title that is neither a person's name nor a body's ("Kessel Sportblad",
    not "Prime Minister Ana Ruiz" or "Home Office")."""
    ws = name.strip().rstrip(".,;").split()
    return (
        bool(ws)
        and all(w[:1].isupper() for w in ws)
        and not any(phrases._is_org_word(w) or w.lower() in lex.ROLE_WORDS for w in ws)
        and phrases.given_gender(ws[0]) is None
    )


def _token_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _without_the(ws: list[str]) -> list[str]:
    return ws[1:] if ws and ws[0].lower() == "the" else ws


def outlet_name(sp: Speaker | None) -> str | None:
    """sp's name without "the" when sp is an outlet ("the Meridian Ledger" → "Meridian
    Ledger"); None otherwise."""
    if sp is None or sp.kind != "organization" or not lex.is_outlet(sp.name):
        return None
    return " ".join(_without_the(sp.name.split()))


def _capitalised_run(ws: list[str]) -> bool:
    """ "Harbour Films", "The Salt Road Pictures": a name of two or more capitalised words
    (after "the"), not a film or a sign."""
    ws = _without_the(ws)
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws)


def _titled_surname(ws: list[str]) -> bool:
    """ws is a gendered title and a surname ("Mrs Abernathy")."""
    return len(ws) == 2 and ws[0].lower() in _GENDERED_TITLES


def _paper_name(ws: list[str]) -> bool:
    """ "The Pellham Observer", "the Daily Monitor": a capitalised name ending in an outlet's
    word, not a person's ("Economist Ruvena Haskel")."""
    if len(ws) < 2 or ws[-1].lower() not in lex.OUTLET_WORDS:
        return False  # (most phrases: tested first)
    ws = _without_the(ws)
    return (
        _capitalised_run(ws)
        and ws[0].lower() not in lex.MALE_NAMES
        and ws[0].lower() not in lex.FEMALE_NAMES
    )


def _group_in_name(ws: list[str]) -> bool:
    """A capitalised run holding a plural person noun after its first word, or anywhere in a
    run of three or more ("Justice Advocates Kessling", "Doctors Without Borders"), with no
    title after it."""
    if not _capitalised_run(ws):
        return False
    ws = _without_the(ws)
    low = [w.lower() for w in ws]
    start = 0 if len(ws) >= 3 else 1
    group = next((i for i in range(start, len(low)) if _plural_person(low[i])), None)
    # "Families Minister Ruth Ashdown", "Veterans Secretary …": the plural names a portfolio
    # and a title follows, a person
    return group is not None and not any(w in lex.ROLE_WORDS for w in low[group + 1 :])


# A title that names a body, then a person: "Secretary of State Mike Pompeo" (group 1 the
# title, group 2 the name). Bounded repetitions of one word class each: linear.
_TITLE_OF_BODY = re.compile(
    r"(?:[Tt]he )?((?:[A-Z][\w.\-]* ){0,2}[A-Z][\w.\-]* (?:of|for) (?:the )?"
    r"(?:[A-Z][\w’'.\-]* ){1,3})([A-Z][\w’'.\-]+ [A-Z][\w’'.\-]+)"
)
# Who speaks for a person named in the possessive ("Marsland’s agent", "Flint’s management",
# "Thorvald’s office", "Ruiz’s team"); an office, team or camp only as the phrase's last word
# (not "Microsoft's office in Dublin").
_AGENTS = frozenset(("agent", "agents", "management"))
_REPRESENTATIVES = _AGENTS | {"office", "team", "camp"}
# Who a post is told to ("he told his followers"), unlike reporters or a court.
_AUDIENCES = frozenset(
    ("followers", "fans", "subscribers", "viewers", "listeners", "audience", "camera")
)
_TOLD_CHARS = 40  # how far after "told" its audience is read
# Objects of "called" that are what was called so, not someone told ("called it “…”").
_THING_OBJECTS = frozenset(("it", "this", "that", "them"))
# A pronoun with a gender, as a whole word.
_GENDERED = re.compile(r"\b(she|he|her|his)\b", re.IGNORECASE)
# Plurals of people that do not end in "s".
_PEOPLE = frozenset(("men", "women", "people", "children"))
# Counts between "the" and a plural ("the two men").
_COUNTS = lex.words("two three four five six both other")


def _record(noun: str) -> bool:
    """noun is a record or a document ("documents", "budget", "notice")."""
    return noun in lex.RECORD_NOUNS or noun in phrases._DOCUMENT_NOUNS


def _plural_body(noun: str) -> bool:
    """noun is the plural of a body's noun ("governments", "ministries")."""
    return (
        noun.endswith("s") and noun not in lex.ORG_WORDS and phrases.singular(noun) in lex.ORG_WORDS
    )


def _plural_person(w: str) -> bool:
    """w is a plural person noun ("doctors", "advocates")."""
    return w in lex.ANONYMOUS_NOUNS and w.endswith("s")


def _given_and_surname(ws: list[str]) -> bool:
    """ "Marcus Ostby": a usual given name first, more words, none a body's word."""
    return len(ws) >= 2 and phrases.given_gender(ws[0]) is not None and not _holds_body_word(ws)


# Two sources joined by "and" ("Grantley and Pipwell", "Kinetta and the league both"): a
# name of up to four capitalised words, or "the" and a lower-case noun, on each side.
_PAIR = re.compile(
    r"((?:[A-Z][\w’'\-]*)(?: [A-Z][\w’'\-]*){0,3}) and "
    r"((?:[A-Z][\w’'\-]*)(?: [A-Z][\w’'\-]*){0,3}|the [a-z]+)(?: both| each)?"
)
# The word right after an attribution, with no punctuation between.
_WORD_AFTER = re.compile(r" [a-z]+\b")
# Participles of what a business does, before "by" and its name ("sold by Threadly").
_TRADED = frozenset(
    ("sold", "made", "owned", "operated", "manufactured", "marketed", "stocked", "distributed")
)
# Lower-case company nouns right after a name ("the Morrow Motorsport team").
_COMPANY_AFTER = frozenset(("team", "studio", "company", "firm", "group", "brand", "label"))
# Cue nouns of a medium that is no post ("said in an interview", "in a statement").
# Unnamed people who exist on a platform ("one user", "One poster", "several commenters").
_PLATFORM_PEOPLE = lex.words(
    "user users poster posters commenter commenters follower followers subscriber subscribers"
)
_PLATFORM_PEOPLE_WORDS = 3
_FORUM = re.compile(r"\b(?:forums?|message boards?|comments? sections?)\b", re.IGNORECASE)
_OTHER_MEDIA = frozenset(
    ("interview", "statement", "briefing", "conference", "call", "speech", "letter", "email",
     "address", "podcast", "blog")
)  # fmt: skip
# Cue words of a reply withheld ("did not respond", "declined"): no words went up anywhere.
_WITHHELD_CUE_WORDS = frozenset(("not", "never", "declined", "refused", "no"))


def _social_verb(cue: str) -> bool:
    """The cue (lower case) holds a verb of posting ("tweeted", "posted")."""
    return any(w in lex.SOCIAL_VERBS for w in phrases._words(cue))


def _given_of(name_words: list[str]) -> str | None:
    """The usual gender of a full name's given name ("Aoife Ferris"); None for a surname
    alone ("Ferris said"), which a common given name may spell too ("Grace")."""
    return phrases.given_gender(name_words[0]) if len(name_words) > 1 else None


# The nouns of phrases._IN_THE_POST, looked for before that phrase is.
_POST_WORD = re.compile(r"video|clip|post|tweet|livestream|message", re.IGNORECASE)
# A sentence's end, after a closing quotation mark too ("… milked a cow." In a TikTok …).
_QUOTED_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s|$)|\n")


@lru_cache(maxsize=4096)
def _names_body(after: tuple[str, ...]) -> bool | None:
    """The capitalised words after a name make it a body's (True: "Halvorsen Group"), one
    usually taken from a person (False: "Gates Foundation"), or neither (None). Cached: the
    same words recur on a page and across pages."""
    ws = [w.lower().rstrip(".") for w in after]
    if any(w in phrases._NAMED_AFTER_PEOPLE for w in ws):
        return False
    if any(
        phrases._is_org_word(w) or w in lex.BODY_NAME_WORDS or w in phrases._COMPANY_SUFFIXES
        for w in ws
    ):
        return True
    return None


def _with_ampersand(name: str, raw: str) -> str:
    """A body's name as printed with its "&" ("Quill & Lantern"), which the name's words lose."""
    parts = name.split()
    for i in range(1, len(parts)):
        joined = " ".join(parts[:i]) + " & " + " ".join(parts[i:])
        if joined in raw:
            return joined
    return name


# What a person's words are called after a possessive surname opening a sentence ("Grebe’s
# reply came …"), read in the _UTTERANCE_CHARS after it.
_UTTERANCES = lex.words(
    "reply response post message statement video tweet story letter comments remarks answer"
)
_UTTERANCE_CHARS = 20
# A body's own channels: "according to its website" cites the body (docs/sourcing.md, "How
# our sets are annotated": a statement or report of a body is the body).
_CHANNELS = lex.words("website site statement blog newsletter filing accounts")
# The capitalised name opening a sentence, before a lower-case word (its verb).
_SUBJECT_NAME = re.compile(r"\s*((?:The )?[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,4}) (?=[a-z])")
_SUBJECT_LEAD_CHARS = 300
# Common nouns for who keeps records, before a record noun ("Court records", "Hospital data").
_RECORD_KEEPERS = lex.ORG_WORDS | lex.words("laboratory lab school prison clinic airport")
# How far before a name its kinship noun is looked for ("granddaughter, ").
_KIN_LEAD = 16


class SpeakerResolver:
    """Classifies sources in article order, remembering earlier speakers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.history: list[Speaker] = []
        self.positions: list[int] = []
        """Where each speaker in history was cited."""
        self.named_by_key: dict[str, Speaker] = {}
        self._bodies: dict[str, list[tuple[int, bool | None, tuple[str, ...]]]] | None = None
        self._datelines: frozenset[str] | None = None
        self._phrases: dict[str, str] = {}
        """Per named speaker's key: the source phrase that named them (lower case)."""
        self._inside_ly: frozenset[str] | None = None
        """Capitalised words ending in "ly" that the text uses inside a sentence (one pass)."""
        self._lone: dict[str, bool] = {}
        """Per lone name: whether it is a body's short form (_lone_body)."""
        self._unintroduced: dict[str, bool] = {}
        """Per lone name: whether it is never introduced as a person's (_never_a_surname)."""
        self._text_bodies: set[str] = set()
        """Lone names found to be bodies' from the whole text (see _named)."""
        self._word_starts: dict[str, list[int]] = {}
        """Per word: where it stands in the text as a whole token (_starts)."""
        self._last_frame: tuple[Attribution, str] | None = None
        """The attribution read last by _opened_frame, and what it read."""
        self._described_heads: set[str] = set()
        """Head nouns of appositives describing an unnamed source ("Another passenger, a
        retired teacher, said": "teacher")."""

    def classify(self, a: Attribution) -> Speaker | None:
        """The speaker of one attribution, or None (the author, or no source found)."""
        if a.source is None:
            if a.lemma == "colon" or a.cue_class == PASSIVE_CLASS:
                return None
            last = self._last(lambda s: True)
            if last is not None and not last.social_media and self._posted_here(a):
                # "… claimed victory, writing on X that …": this citation was posted
                return replace(last, social_media=True)
            return last
        raw = self.text[a.source[0] : a.source[1]]
        subject = self._content_subject(a) if raw.strip().lower() == "it" else None
        # "The city’s weather office had issued a red warning on Friday, it said.": the body
        # that opens the content, else the body cited last
        speaker = subject or self._classify_text(raw, a.source[0])
        if speaker is None:
            return None
        if speaker.kind != "anonymous" and " & " in raw and speaker.name:
            joined = _with_ampersand(speaker.name, raw)
            if joined != speaker.name:
                # "Quill & Lantern", "trade newsletter Frame & Focus": a firm's name, no person
                speaker = phrases._body(joined)
        if a.lemma == "according to" and speaker.kind == "anonymous":
            # "according to his agent, Lou Brenner.": the role's name closes the sentence
            named = _NAME_CLOSING.match(self.text, a.source[1])
            if named is not None:
                speaker = (
                    self._classify_text(f"{raw.strip()}, {named.group(1)}", a.source[0]) or speaker
                )
        if speaker.kind == "anonymous" and speaker.gender is None:
            # "A producer, who asked not to be named because she was not authorised, said":
            # the clause's pronoun is the source's gender
            clause = raw.find("who ")
            pronoun = _GENDERED.search(raw, clause) if clause >= 0 else None
            if pronoun is not None:
                speaker = replace(speaker, gender=lex.PRONOUNS[pronoun.group(1).lower()])
        if speaker.kind == "organization" and speaker.gender is None:
            # "A ministry spokeswoman said …. She declined …": the body's speaker has a gender
            spoke = _SPOKESPERSON_GENDER.search(raw.lower())
            if spoke is not None:
                speaker = replace(speaker, gender="f" if spoke.group(1) == "woman" else "m")
        speaker = replace(
            speaker,
            social_media=self._social(a) or self._continues_post(a, speaker),
            via=self._via(a, speaker),
        )
        self.history.append(speaker)
        self.positions.append(a.source[0])
        if speaker.kind == "named":
            self.named_by_key[speaker.key] = speaker
            self._phrases[speaker.key] = raw.lower()  # "A spokeswoman for the force, Inspector X"
        return speaker

    def classify_if(self, a: Attribution, keep: Callable[[Speaker], bool]) -> Speaker | None:
        """classify(a), remembered (for later pronouns and short names) only when keep holds
        for the speaker; None otherwise ("citing exhaustion" is no one to refer back to)."""
        n, named, said = len(self.history), dict(self.named_by_key), dict(self._phrases)
        speaker = self.classify(a)
        if speaker is None or keep(speaker):
            return speaker
        del self.history[n:], self.positions[n:]
        self.named_by_key, self._phrases = named, said
        return None

    def pair(self, a: Attribution, speaker: Speaker) -> tuple[Speaker, Speaker] | None:
        """The two sources of "Grantley and Pipwell declined to comment", "Kinetta and the
        league both declined": each a name or a body, not one body's name ("Kilbride and Isles
        Council"); with speaker's social_media and via. None otherwise."""
        if a.source is None:
            return None
        raw = self.text[a.source[0] : a.source[1]]
        m = _PAIR.fullmatch(raw)
        if m is None:
            return None
        second = m.group(2).split()
        if second[0] != "the" and _holds_body_word(second[-1:]):
            return None  # "Kilbride and Isles Council", "Fire and Rescue Service": one name
        out = []
        for g in (1, 2):
            part = self._classify_text(m.group(g), a.source[0] + m.start(g))
            if part is None or part.kind == "anonymous":
                return None
            out.append(replace(part, social_media=speaker.social_media, via=speaker.via))
        return out[0], out[1]

    def _content_subject(self, a: Attribution) -> Speaker | None:
        """The body that opens a's content before the cue ("The city’s weather office had
        issued a red warning on Friday, it said."): "it" with no body cited before."""
        before = [(s, e) for s, e in a.contents if e <= a.cue[0]]
        if not before:
            return None
        s, e = before[0]
        m = phrases._CLAUSE_SUBJECT.match(self.text, s, e)
        if m is None:
            return None
        subject = self._classify_text(m.group(1), s)
        return subject if subject is not None and subject.kind == "organization" else None

    def _recent(self) -> list[Speaker]:
        return self.history[-phrases.MAX_HISTORY :][::-1]

    def _issuer_before(self, start: int, record: str) -> Speaker | None:
        """The source cited last, within ISSUER_WINDOW characters before start, when it is a
        person or a body that spoke in such a record ("said in a statement"): the issuer of
        "the statement" that follows."""
        if not self.history or start - self.positions[-1] > ISSUER_WINDOW:
            return None
        last = self.history[-1]
        if last.kind not in ("named", "organization"):
            return None
        between = self.text[self.positions[-1] : start].lower()
        return last if f" a {record}" in between or f" an {record}" in between else None

    def _subject_body(self, start: int) -> Speaker | None:
        """The body named as the subject of start's sentence ("Harbourlight Live will
        publish …"), or None."""
        lead = phrases.sentence_lead(self.text, start, _SUBJECT_LEAD_CHARS)
        m = _SUBJECT_NAME.match(lead or "")
        if m is None:
            return None
        at = start - len(lead or "") + m.start(1)
        sp = self._classify_text(m.group(1), at)
        return sp if sp is not None and sp.kind == "organization" else None

    def _last(self, pred: object) -> Speaker | None:
        for s in self._recent():
            if callable(pred) and pred(s):
                return s
        return None

    def _classify_text(self, raw: str, start: int) -> Speaker | None:
        both = raw.split(maxsplit=1) if raw[:5].lower() == "both " else []
        if len(both) == 2 and both[1][:1].islower():
            # "Both ministries said", "Both men told reporters": the two, as with "the"
            inner = self._classify_text("the " + both[1], start + 1)
            if inner is None or inner.kind == "named":
                return inner
            return phrases._described(inner.kind, raw)
        raw = phrases._PARENTHESIS.sub("", raw)  # "Jason Holsman (D)", "Ana Ruiz (R-Ohio)"
        raw = phrases._SPACED_DASH.sub(", ", raw)  # "Jason Sims — a teacher from Mount …"
        record = phrases._RECORD_OF.match(raw.strip())
        if record is not None:
            raw = raw.strip()[record.end() :]  # "a statement from the fire service": the service
            # "a report by the directorate published on Tuesday": the directorate
            raw = phrases._PARTICIPLE_TAIL.sub("", raw)
        carried = phrases._CARRIED_BY.search(raw)
        if carried is not None and carried.start() > 0:
            raw = raw[: carried.start()]  # "an internal memo seen by Nova Science": the memo
        if _paper_name(raw.split()):
            return phrases._body(raw.strip())  # "The Pellham Observer": a paper, no observer
        colleagues = phrases._OUR_COLLEAGUES.match(raw.strip())
        if colleagues is not None and lex.is_outlet(colleagues.group(1)):
            return phrases._body(colleagues.group(1))  # "Our colleagues at the Bayside Chronicle"
        head_part = raw.split(",", 1)[0].strip()  # "The commission’s ruling, published …,"
        owner = phrases._OWNED_RECORD.fullmatch(head_part)
        if owner is not None:
            body = owner.group(1)  # "according to Northway’s annual report": Northway
            return phrases._body(body)
        noun_owner = phrases._NOUN_OWNED_RECORD.fullmatch(head_part)
        owner_head = noun_owner.group(1).rsplit(" ", 1)[-1] if noun_owner is not None else ""
        if noun_owner is not None and (
            phrases._business(owner_head) or owner_head in lex.ORG_WORDS
        ):
            return phrases._described("organization", noun_owner.group(1))  # "The club’s statement"
        owned = phrases._NAMED_RECORD.fullmatch(raw.strip())
        if owned is not None and (
            owned.group(1).lower() in phrases._RECORD_ADJECTIVES
            # "Court records show", "Laboratory records seen by …": a common noun, capitalised
            # as the sentence's first word, not a body's name
            or owned.group(1).lower() in _RECORD_KEEPERS
        ):
            return phrases._described("organization", raw)  # "Official figures show"
        if owned is not None:
            body = owned.group(1)  # "according to LSEG data", "a Gallup poll": the body
            return phrases._body(body)
        raw = phrases._without_time_tail(raw)
        channel = raw.lower().split()
        if len(channel) == 2 and channel[0] in ("its", "their") and channel[1] in _CHANNELS:
            channel_owner = self._subject_body(start)
            if channel_owner is not None:
                return channel_owner  # "Harbourlight Live will publish …, according to its website"
        self_named = phrases._SELF_NAMED.match(raw.strip())
        if self_named is not None:
            # "a user calling himself Knightfall88": unnamed, known by the name they go by
            return phrases._described("anonymous", self_named.group().rstrip(",.;:"))
        calling = phrases._CALLING_ITSELF.match(raw.strip())
        if calling is not None:
            return phrases._body(calling.group(1))  # "A group calling itself Black Lantern"
        # "a ruling published on Wednesday" without its date: "a ruling"
        raw = phrases._LAST_PARTICIPLE.sub("", raw) or raw
        reduced = phrases._REDUCED_RELATIVE.search(raw)
        if reduced is not None and reduced.start() > 0:
            raw = raw[: reduced.start()]  # "A study published in the journal Thorax": the study
        parts = [p.strip() for p in phrases._COMMA.split(raw) if p.strip()]  # not "40,000"
        if not parts:
            return None
        # "the Island Lovers alum, 29,": an age right after a description
        aged = len(parts) > 1 and phrases._AGE.fullmatch(parts[1]) is not None
        parts = parts[:1] + [
            p
            for p in parts[1:]
            if not phrases._AGE.fullmatch(p) and not phrases._PARTY_STATE.fullmatch(p)
        ]
        for i in range(2, len(parts)):
            if parts[i].split(" ", 1)[0].lower() in ("who", "whose", "which"):
                # "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the
                # report": the role is the noun phrase, not the clause after it
                parts = parts[:i]
                break
        main, appositive = parts[0], ", ".join(parts[1:])
        # the second part without a place or body after its name ("Prof. X of the University")
        person_part = phrases._PLACE_TAIL.split(parts[1], maxsplit=1)[0] if len(parts) > 1 else ""
        if len(parts) == 2 and self._body_after_comma(raw, start, parts):
            # "… in the capital, Port Selwyn, the island's geological survey said": no comma
            # before the cue, so the last part is the subject and the name before it content
            return phrases._described("organization", parts[1])
        if len(parts) > 1 and parts[1].split(" ", 1)[0].lower() == "which":
            body = [w for w in phrases._words(main) if w.lower() != "the"]
            if (
                body
                and phrases._capitalised(body[0])
                and phrases._capitalised(body[-1])
                and all(phrases._capitalised(w) or w in phrases._NAME_JOINERS for w in body)
            ):
                # "Nordvik Lines, which operates the route,": "which" is never a person
                org = " ".join(body)
                return phrases._body(org)
        known = phrases._KNOWN_AS.fullmatch(parts[-1]) if len(parts) > 1 else None
        if known is not None and any(
            phrases._company_noun(w) for w in phrases._words(main.lower())[:3]
        ):
            return phrases._body(known.group(1))  # "The gang behind the attack, known as GreyKiln"
        if len(parts) > 1 and phrases._ONLY_AS.search(parts[1]):
            # "The witness, identified only as Witness B,": a pseudonym, not a name
            return phrases._described("anonymous", main)
        if len(parts) > 1 and not phrases._name_part(main):
            body_name = _the_body_name(phrases._words(parts[1]))
            if body_name is not None:
                # "The organisers, the Northern Robotics Trust, said", "The owner, the Harbour
                # Group,": the appositive names the body
                return phrases._body(body_name)
            # "Her co-author, the entomologist Tobias Renn,", "His girlfriend, influencer X,",
            # "The study's lead author, glaciologist Petra Lund of the University of Hallberg"
            ws = phrases._words(person_part)
            caps = len(ws)
            while caps > 0 and phrases._capitalised(ws[caps - 1]):
                caps -= 1
            person = phrases._trailing_person(ws[caps:])
            lead = ws[: len(ws) - len(person)]
            if len(person) >= 1 and lead and lead[-1].lower() in ("itself", "themselves"):
                # "The group, which calls itself “Free Harbour,”": the body's own name
                return phrases._body(" ".join(person))
            if (
                len(person) >= 2
                and lead
                and lead[0].lower() not in ("who", "which", "whose", "that")
                # "the entomologist Tobias Renn", "Liberal councillor Derek Sallow"
                and (lead[0] == "the" or any(w[0].islower() for w in lead))
            ):
                lead_role = " ".join(w for w in lead if w != "the")
                return self._named(person, lead_role, ws, start)
        if len(parts) > 1 and phrases._name_part(person_part) and not phrases._name_part(main):
            # "The minister, Ana Ruiz, said", "the lead author, Prof. Hanne Vik of the
            # University of Oslund": the name is the speaker
            low_main = main.lower().split()
            if len(low_main) > 2 and low_main[1] == "of" and _plural_person(low_main[0]):
                # "Supporters of the losing candidate, Glen Moravec,": the name is the
                # candidate's; the supporters speak
                return phrases._described("anonymous", main)
            main, appositive = person_part, parts[0]
            described = phrases._words(appositive)
            # the head of the description ("The chief executive of Marrowgate Bank, Selina
            # Achebe-Ward": an executive, not the bank)
            name_words = phrases._words(main)
            if (
                described
                and phrases._company_noun(phrases._head([w.lower() for w in described]))
                and not _given_and_surname(name_words)  # "The show’s producer, Marcus Ostby,"
            ):
                # "The cheesemaker, Brook Farm Dairy, said", "Her distributor, Silver Fern
                # Pictures, said": the name of a company
                return phrases._body(" ".join(name_words))
        title_of_body = (
            _TITLE_OF_BODY.fullmatch(main.strip()) if " of " in main or " for " in main else None
        )
        if title_of_body is not None:
            role_words, person = title_of_body.group(1).split(), title_of_body.group(2).split()
            if role_words[0].lower() in lex.ROLE_WORDS and phrases.given_gender(person[0]):
                # "Secretary of State Mike Pompeo", "Minister for Health Ana Ruiz": the title
                # names a body; the person follows
                return self._named(person, " ".join(role_words), person, start)
        words = [phrases._uncontracted(w) for w in phrases._words(main)]
        if len(words) > 1 and words[-1].lower() in phrases._REFLEXIVES:
            words = words[:-1]
        if not words:
            return None
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in lex.PRONOUNS:
            return self._pronoun(low[0], start)
        if low[0] in lex.RECORD_NOUNS and len(low) > 1 and low[1] in ("of", "from"):
            return phrases._described("organization", raw)  # "Minutes of the policy meeting showed"
        if (
            len(low) == 1
            and low[0] in phrases._DOCUMENT_NOUNS
            and words[0].islower()
            and not low[0].endswith("s")  # ("letters sent to members show": the letters)
        ):
            return None  # "According to plan, the bridge will open": an idiom, no document
        if phrases._text_object(low) and not _capitalised_run(words):
            return None  # "The sign on the door said …", "A banner read …": no one speaks
        lowered = raw.lower()
        if any(m in lowered for m in lex.ANONYMOUS_MARKERS):
            return phrases._described("anonymous", raw)
        if phrases._head(low) == "prosecutors" and not any(
            phrases._capitalised(w) for w in words[1:]
        ):
            # "Prosecutors said": unnamed lawyers for the state, people ("the prosecution",
            # "the district attorney's office" are bodies; docs/sourcing.md)
            return phrases._described("anonymous", raw)
        if (
            len(low) >= 3
            and low[1] in ("who", "whose")
            and low[0].endswith("s")
            and not low[0].endswith(("ss", "’s", "'s"))
            and low[0] not in self.named_by_key
        ):
            return phrases._described("anonymous", raw)  # "Anglers who fish the river said"
        group = phrases._GROUP_OF_PEOPLE.match(" ".join(low))
        if group is not None and not phrases._company_noun(
            phrases.singular(group.group().split()[-1])
        ):
            # "A group of shopkeepers on Kettle Row said", "A group of 40 marine scientists":
            # people, unnamed
            return phrases._described("anonymous", raw)
        if low in (["the", "other"], ["the", "others"]):
            return Speaker("anonymous", raw.strip(), "another")  # "The other said" (of two)
        if _group_in_name(words):
            # "Justice Advocates Kessling", "Doctors Without Borders": a body's name holds
            # the people it stands for
            return phrases._body(" ".join(_without_the(words)))
        if phrases._FIRM_NAME.fullmatch(raw.strip()) is not None:
            return phrases._body(raw.strip())  # "Castell & Rowe declined", "Friends of the Earth"
        if appositive and phrases._body_appositive(words, appositive):
            # "The Friends of Pellingford Libraries, a volunteer group,": the body's name
            return phrases._body(" ".join(_without_the(words)))
        if low[0] in ("another", "others") and len(words) <= 2:
            if appositive:
                # "Another passenger, a retired teacher from Ostby, said …. “…,” the teacher
                # said": the appositive's noun may name this source again
                described = phrases._words(phrases._PLACE_TAIL.split(appositive, maxsplit=1)[0])
                if described:
                    self._described_heads.add(phrases._lead_noun([w.lower() for w in described]))
            return Speaker("anonymous", main.strip(), "another")  # not its appositive
        if low == ["one"]:
            return Speaker("anonymous", main.strip(), "one")  # "“…,” one said." (of a group)
        if phrases._AGE_DESCRIPTION.fullmatch(" ".join(low)):
            # "The 27-year-old said": the person named last, cited or only mentioned
            return (
                self._named_just_before(start, bodies=True, people=True)
                or self._last(lambda s: s.kind == "named")
                or phrases._described("anonymous", raw)
            )
        if aged and len(parts) == 1 and self._aged_description(words, low):
            # "“They had ONE job,” the Island Lovers alum, 29, wrote" after "Reality star Kiki
            # Brandauer": a description with an age re-describes the person named last
            described_person = self._named_just_before(start, bodies=False, people=True)
            if described_person is not None:
                return described_person
        if self._person_description(words, low):
            # "the former Island Hearts contestant says", "the singer added": the same
            # "The farm's owner" after "Local vet Siobhan Ardagh": a possessive describes a
            # new person unless the one named before was given that role
            strict = any("'" in w or "’" in w for w in low[:-1])
            if low[0] == "the" and len(low) == 2 and self._anonymous_before(low[-1]):
                # "“…,” the engineer said." after "A consortium engineer who has worked in the
                # area … said": that source again, not a person named in between
                return phrases._described("anonymous", raw)
            described_person = self._named_just_before(
                # "The singer, 26, gushed" after "Chart-topper Kaia Sundell": with an age, the
                # description is the person's, whatever role was given before
                start,
                bodies=False,
                head=None if aged and not strict else low[-1],
                strict=strict,
                people=aged,
            )
            if described_person is not None:
                return described_person
        if (
            len(words) >= 2
            and words[-1] in phrases._MEMBER_TITLES
            and low[0] in phrases._ONE_PERSON
        ):
            return phrases._described("anonymous", raw)  # "One backbench MP said"
        if low[0] in lex.NUMBER_WORDS and (len(low) == 1 or low[1] == "of"):
            # "Forty say they will vote no", "Twelve of the tenants said": people counted
            return phrases._described("anonymous", raw)
        if len(words) == 1 and low[0] in phrases._QUANTIFIERS:
            return phrases._described("anonymous", raw)  # "Some said they would leave", "Both said"
        if phrases._article_and_proper_noun(words):
            # "According to The Athletic": people take no article ("the Delmont Exchange" is
            # the exchange's name without its lower-case article)
            org = " ".join(words[1:] if words[0] == "the" else words)
            return phrases._body(org)
        state = self._states(words)
        if state is not None:
            return state
        if (
            len(words) == 1
            and low[0].endswith("ly")
            and not phrases._known_name(low[0], self.named_by_key)
            and not self._capital_inside(words[0], start)
        ):
            return None  # "Highly recommended …": an adverb ("Kelly", "Beverly" are names)
        if len(words) == 1 and (
            phrases._camel_case_brand(words[0]) or low[0] in phrases._PLATFORM_NAMES
        ):
            # "WeWork declined to comment", "Twitter pledged to act"
            return Speaker("organization", words[0], low[0])
        if (
            appositive
            and len(words) <= phrases.MAX_BRAND_WORDS
            and phrases._company_appositive(appositive)
            and not _given_and_surname(words)  # "Marcus Ostby, the show’s producer,"
        ):
            # "Ascom, a global solutions provider, announced"
            name = " ".join(w for w in words if w not in phrases._DETERMINERS)
            return phrases._body(name)
        core = [w for w in words if w.lower() not in phrases._DETERMINERS]
        if (
            len(core) >= 2
            and phrases._company_noun(core[0])
            and all(phrases._capitalised(w) for w in core[1:])
            and core[0].lower() not in lex.ROLE_WORDS
            # "broadcaster Maria Marrow": a person
            and (
                core[0].lower() in phrases.NAME_OPENING_COMPANY_NOUNS
                or not _given_and_surname(core[1:])
            )
        ):
            if core[0].lower() in phrases.NAME_OPENING_COMPANY_NOUNS:
                return phrases._body(" ".join(core))  # "Channel Nine North", "Union Pacific"
            org = " ".join(core[1:])  # "Developer Coastline Leisure insisted": the developer
            return phrases._body(org)
        role_words, rest = phrases._split_role_name(core)
        # "Residents of the tower": a capitalised common noun at the sentence start is no name
        name_words = [
            w
            for i, w in enumerate(rest)
            if phrases.capitalised_at(rest, i) and w.lower() not in lex.ANONYMOUS_NOUNS
        ]
        head = phrases._head(low)
        run = [w for w in phrases._name_run(rest) if w.lower() not in lex.ANONYMOUS_NOUNS]
        before = rest[: len(rest) - len(run)]  # all of rest when there is no run
        person_of = self._person_of_body(rest, run)
        if person_of is not None:
            # "Hana Okafor of the allergy charity Safe Plate": the person, not the body
            return self._named(person_of, appositive or None, words, start)
        if (
            run
            and before
            and before[-1].lower() in lex.COMPANY_NOUNS
            # not "Customers of the delivery app ShipSwift": the head is the customers
            and (head == run[-1].lower().rstrip(".") or not head.endswith("s"))
        ):
            if head in lex.ROLE_WORDS and head not in lex.SPOKESPERSON_ROLES | {run[-1].lower()}:
                # "The chief executive of the carrier Aerolinea Brava": a person, unnamed
                # here (a spokesperson of the carrier is the carrier)
                return phrases._described("anonymous", raw)
            org = " ".join(run)  # "the carmaker Volvo", "tech giant Apple"
            return phrases._body(org)
        if head.endswith(("ists", "ians")) and len(head) > 6 and head not in lex.ORG_WORDS:
            return phrases._described("anonymous", raw)  # "Independent herpetologists cautioned"
        if phrases._PLURAL_ACRONYM.fullmatch(words[-1]):
            return phrases._described("anonymous", raw)  # "Several MPs said", "Labour MPs", "CEOs"
        if not run and rest:
            # "Senator Mitch McConnell of Kentucky": a titled or given name before a place;
            # "Dr Hannah Achterberg of …", "Ornithologist Hannah Achterberg of …": titled too
            n_lead = phrases.person_lead(rest)
            described = [w for w in rest[:n_lead] if w.lower() not in phrases._HONORIFICS]
            named_part = rest[n_lead:]
            cut = next(
                (i for i, w in enumerate(named_part) if w.lower() in phrases._NAME_BREAKERS), 0
            )
            before_place = phrases._trailing_person(named_part[:cut])
            titled = (
                bool(role_words)
                or n_lead > 0
                or phrases._known_name(named_part[0].lower(), self.named_by_key)
                # "Paula Denholm of the Save Ashby Fields group": a given name and a surname
                or (
                    cut == 2
                    and named_part[cut].lower() in ("of", "from", "at")
                    and named_part[0].lower() not in phrases._NOT_MENTION_STARTS
                    and named_part[0].lower() not in lex.QUANTIFIERS
                )
            )
            if (
                titled
                and cut >= 2
                and before_place == named_part[:cut]
                # "A senior lecturer at Kellmoor": a role before a place, no name
                and all(phrases._capitalised(w) for w in before_place)
                # "the Players’ Guild of Arvenland": a body's name, no person's
                and not any(w.lower() in lex.BODY_NAME_WORDS for w in before_place)
            ):
                role = phrases._role(role_words, []) or " ".join(described) or appositive or None
                return self._named(before_place, role, words, start)
        governed = self._head_before_name(words, low, run)
        if governed is not None:
            return governed
        person = phrases._trailing_person(run)
        # "Orion Studios", "Il Corriere del Porto"
        body = any(w.lower() in lex.BODY_NAME_WORDS for w in person) or (
            bool(person) and person[0].lower() in lex.FOREIGN_ARTICLES
        )
        if len(person) >= 2 and head not in lex.ANONYMOUS_NOUNS and not body:
            # "CBS Sports NFL Insider Jason La Canfora", "pop star Jade Rivera": a person, the
            # words before the name are the role
            return self._named(
                person,
                phrases._role(role_words, rest[: len(rest) - len(person)]) or appositive or None,
                words,
                start,
            )
        if (
            any(phrases._is_org_word(w) for w in name_words)
            or (name_words and all(phrases._acronym(w) for w in name_words))
            # "NHS Westmoor" (not the initials of "P.J. Fleck")
            or (len(name_words) >= 2 and phrases._ACRONYM_WORD.fullmatch(name_words[0]) is not None)
            # "the Diocese of Wenham", "Silver Fern Pictures" (not "Airlines said": no name)
            or (
                len(name_words) >= 2
                and (
                    any(w.lower() in lex.BODY_NAME_WORDS for w in name_words)
                    # "Olive Growers of Castra": a plural group noun inside the name
                    or any(w.lower() in lex.GROUP_NOUNS for w in name_words[1:])
                )
            )
            or (len(name_words) >= 2 and name_words[0].lower() in lex.FOREIGN_ARTICLES)
        ):
            if (
                head in lex.ANONYMOUS_NOUNS
                or (
                    phrases._person_noun(head)
                    and head not in lex.SPOKESPERSON_ROLES  # "A spokeswoman for X" is X
                    and words[low.index(head)].islower()
                    if head in low
                    else False
                )
                # "A clerk at Varo Bank": one of its people, whatever the noun
                or (
                    len(low) > 3
                    and low[0] in ("a", "an", "one", "another")
                    and low[2] == "at"
                    and words[1].islower()
                    and not phrases._is_org_word(low[1])
                    and head not in lex.SPOKESPERSON_ROLES
                )
            ):
                # "A curator at the Corvenne Municipal Museum": a person there
                return phrases._described("anonymous", raw)
            # "Ministry of Foreign Affairs", with its "of"
            org = " ".join(rest[rest.index(name_words[0]) :])
            return phrases._body(org)
        if len(words) == 1 and name_words and self._plural_group(words[0], start):
            return phrases._described("anonymous", raw)  # "Fishermen said"
        if (
            len(words) > 2
            and low[1] in phrases._GROUP_PREPOSITIONS
            and phrases._looks_plural_group(
                words[0], self.named_by_key, phrases._PREPOSED_GROUP_ENDINGS
            )
        ):
            return phrases._described("anonymous", raw)  # "Astronomers at the Halden Observatory"
        if name_words and head not in lex.ANONYMOUS_NOUNS:
            if not run and role_words and rest and rest[0].lower() in phrases._NAME_BREAKERS:
                if role_words[-1].lower() in lex.SPOKESPERSON_ROLES:
                    return self._spoken_for(raw)  # "A spokeswoman for Velmar"
                # "The High Commissioner for Human Rights": a title, the name is its body's
                return phrases._described("anonymous", raw)
            represents = head in lex.SPOKESPERSON_ROLES or (
                head in _REPRESENTATIVES
                and low[0].endswith(("’s", "'s"))
                and (head in _AGENTS or low[-1] == head)  # not "X's office in Dublin"
            )
            if represents and low[0] not in phrases._INDEFINITE:
                # "Kellaway's publicist", "Marsland’s agent", "Flint’s management": speaks for
                # the person, named by them (section 6)
                owners = [phrases._unpossessed(w) for w in name_words]
                return phrases._body(" ".join(owners))
            if not run and head in low and not words[low.index(head)][:1].isupper():
                # "bakers in Fenwick": the speaker is the common noun, the name a place ("a
                # bakery in Wrenfield": a body)
                if head in lex.SPOKESPERSON_ROLES:
                    # "A publicist for Ana Ruiz": speaks for her, named by her (section 6)
                    return self._spoken_for(raw)
                business = not head.endswith("s") and phrases._business(head)
                if head in lex.ORG_WORDS or business or _record(head):
                    # "a bakery in Wrenfield", "court documents unsealed in Norwick"
                    return phrases._described("organization", raw)
                return phrases._described("anonymous", raw)
            if not run and "and" in low:
                # "Vindman and Williams told lawmakers": two people; their joint name is not
                # a surname a later "Williams said" should resolve to
                pair = " ".join(words[low.index(name_words[0].lower()) :])
                return Speaker("named", pair, pair.lower())
            named = [w for i, w in enumerate(run) if phrases.capitalised_at(run, i)] or name_words
            n_roles = phrases.leading_roles(named)
            if n_roles and not role_words:
                role_words, named = named[:n_roles], named[n_roles:]  # "Skipper Ronan Keane"
            if len(named) == 1 and len(words) == 1 and low[0] in lex.BODY_NAME_WORDS:
                return phrases._body(words[0])  # "Rovers did not respond", "United said"
            if len(words) == 1 and low[0] in lex.RECORD_NOUNS:
                return phrases._described("organization", raw)  # "Figures show …"
            role = phrases._role(role_words, before if run else [])
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
            return self._spoken_for(raw)
        if low[0] == "the" and any(w in lex.ROLE_WORDS for w in low):
            earlier = self._role_match(low) or self._role_mention(low, start)
            if earlier is not None:
                return earlier
        if head in lex.ROLE_WORDS and head not in lex.ORG_WORDS:
            return phrases._described("anonymous", raw)  # "The chair of the planning committee"
        one = phrases.singular(head)
        if (
            one != head
            and (one in lex.ROLE_WORDS or phrases._person_noun(one))
            and one not in lex.ORG_WORDS
            and not phrases._business(one)
        ):
            return phrases._described("anonymous", raw)  # "Two county directors"
        if head in _ISSUED_RECORDS and low[0] == "the" and len(low) <= 3:
            issuer = self._issuer_before(start, head)
            if issuer is not None:
                return issuer  # "…, the ministry said in a statement. … the statement said"
        if head in lex.RECORD_NOUNS or head in phrases._DOCUMENT_NOUNS:
            if head == "figures" and (
                _PEOPLE_FIGURES & set(low) or _WHO_AFTER.match(self.text, start + len(raw))
            ):
                # "four senior party figures, who spoke on condition …": people
                return phrases._described("anonymous", raw)
            # "court papers show", "the figures show", "according to a draft plan"
            return phrases._described("organization", raw)
        if low[0] == "the" and _plural_body(head) and not name_words:
            # "the two governments said in a joint statement", "the ministries": bodies the
            # text has named
            return phrases._described("organization", raw)
        if head.endswith("s") and head[:-1] in lex.ORG_WORDS and head not in lex.ORG_WORDS:
            return phrases._described(
                "anonymous", raw
            )  # "aid groups", "rights groups": unnamed bodies
        if head in lex.ORG_WORDS and head not in lex.ANONYMOUS_NOUNS:
            return phrases._described("organization", raw)  # "The state's largest teachers union"
        if " ".join(low[-2:]) in lex.BODY_COMPOUNDS:
            return phrases._described("organization", raw)  # "the Marland coast guard"
        if head in lex.ANONYMOUS_NOUNS or any(w in lex.ANONYMOUS_NOUNS for w in low):
            return phrases._described("anonymous", raw)
        if phrases._person_noun(head):
            # "A department veterinarian", "the billionaire", "the historian"
            return phrases._described("anonymous", raw)
        lead_noun = phrases._lead_noun(low)
        if (
            low[0] in phrases._INDEFINITE
            and lead_noun in low
            and low[low.index(lead_noun) + 1 :][:1] == ["who"]
        ):
            return phrases._described("anonymous", raw)  # "A miner who was …": "who", a person
        if low[0] in phrases._INDEFINITE and any(
            noun.endswith(("er", "or", "ant", "ent"))
            and noun in low
            and words[low.index(noun)].islower()  # not "An internal memo dated September"
            and noun not in lex.ORG_WORDS
            and not phrases._business(noun)
            for noun in (head, lead_noun)
        ):
            # "A lecturer at the same university", "A bouncer at the club", "A miner who was
            # on the surface when the roof collapsed": a person there
            return phrases._described("anonymous", raw)
        if any(w in lex.ORG_WORDS for w in low):
            return phrases._described("organization", raw)
        if any(w in lex.ROLE_WORDS for w in low):
            return phrases._described("anonymous", raw)
        if (
            low[0] in phrases._INDEFINITE
            and len(low) > 1
            and (phrases._business(head) or _record(head))
        ):
            # "a cinema chain", "one rival firm", "a draft budget", "a copy of the final text"
            return phrases._described("organization", raw)
        if low[0] in phrases._INDEFINITE and len(low) > 1:
            return phrases._described("anonymous", raw)  # "one trader"
        if head in phrases.POST_NOUNS and not name_words and low[0] not in ("this", "my", "our"):
            return phrases._described("anonymous", raw)  # "The post claims": its unnamed author
        if low[0] == "the" and len(low) > 1 and not name_words:
            if phrases._agent_noun(low[1]) and (
                low[1] == head or low[2:] == [head] == ["involved"]
            ):
                # "The cataloguer told …", "The buyer could not be reached": a person
                return phrases._described("anonymous", raw)
            plural = head in _PEOPLE or (head.endswith("s") and not head.endswith("ss"))
            if self._anonymous_before(head) or (
                plural and (len(low) == 2 or (len(low) == 3 and low[1] in _COUNTS))
            ):
                # "the handler said" after "A handler who has worked there for years said";
                # "the hackers said", "the two men": an unnamed group (an unnamed body is
                # "the utility")
                return phrases._described("anonymous", raw)
            return phrases._described("organization", raw)  # "the utility"
        if low[0] in phrases._POSSESSIVES and len(low) > 1 and not name_words:
            if head in lex.COMPANY_NOUNS:
                return phrases._described("organization", raw)  # "her label"
            return phrases._described("anonymous", raw)  # "its authors"
        if (
            not name_words
            and words[-1].islower()
            and head.endswith("s")
            and (phrases._agent_noun(head[:-1]) or phrases._person_noun(head[:-1]))
        ):
            return phrases._described("anonymous", raw)  # "growers said", "local winemakers"
        return None

    @staticmethod
    def _person_of_body(rest: list[str], run: list[str]) -> list[str] | None:
        """A two- or three-word name before "of" / "at" / "from", with a body's name after
        it ("Hana Okafor of the allergy charity Safe Plate"; not "Royal Bank of Scotland")."""
        cut = next((i for i, w in enumerate(rest) if w.lower() in ("of", "at", "from")), -1)
        if not run or cut < 2 or len(rest) - len(run) <= cut:
            return None
        name = rest[:cut]
        before_run = rest[len(rest) - len(run) - 1]
        if (
            # "Former Tour of Kessel winner Bruno Castellane": a role ends before the person
            (before_run.islower() and _given_and_surname(run))
            or len(name) > 3
            or not all(phrases._capitalised(w) for w in name)
            or name[0].lower() in phrases._NOT_MENTION_STARTS
            or any(phrases._is_org_word(w) or w.lower() in lex.BODY_NAME_WORDS for w in name)
        ):
            return None
        return name

    def _anonymous_before(self, head: str) -> bool:
        """A recent anonymous source was described with this head noun ("A handler who …")."""
        return head in self._described_heads or (
            self._last(
                lambda s: (
                    s.kind == "anonymous"
                    and phrases._lead_noun((s.name or "").lower().split()) == head
                )
            )
            is not None
        )

    def _body_after_comma(self, raw: str, start: int, parts: list[str]) -> bool:
        """parts are "Name, the <body noun>" with no comma between the body and the cue."""
        low = phrases._words(parts[1].lower())
        if raw.rstrip().endswith(","):
            return False  # "Greenpeace, the environmental group, said": the name is the subject
        end = start + len(raw.rstrip())
        return (
            phrases._name_part(parts[0])
            and len(low) > 1
            and low[0] == "the"
            and phrases._head(low) in lex.ORG_WORDS
            and not self.text[end : end + 2].lstrip().startswith(",")
        )

    def _head_before_name(self, words: list[str], low: list[str], run: list[str]) -> Speaker | None:
        """ "The foreign ministry of neighbouring Durvania", "a spokesman for Senator Ada Lin",
        "Astronomers using the Teller Ridge Observatory": a common noun heads the phrase and the
        name after it, behind a preposition or a participle, is not the speaker."""
        tail = len(words) - len(run)
        k = next(
            (
                i
                for i in range(tail - 1)
                if low[i + 1] in phrases._PREPOSITIONS or phrases._participle_after(low, i + 1)
            ),
            None,
        )
        if not run or k is None:
            return None
        head = low[k].rstrip(".")
        raw = " ".join(words)
        if phrases._capitalised(words[k]):
            # only a sentence-initial plural group ("Astronomers using …")
            if k == 0 and phrases._looks_plural_group(
                words[0], self.named_by_key, phrases._PREPOSED_GROUP_ENDINGS
            ):
                return phrases._described("anonymous", raw)
            return None
        if head in lex.SPOKESPERSON_ROLES and low[k + 1] == "for":
            # a spokesperson for a person or a body speaks for its office: the office
            office = [w for w in words[k + 2 :] if w.lower() != "the"]
            return phrases._body(" ".join(office))
        if head in lex.ORG_WORDS:
            return phrases._described("organization", raw)
        if head in lex.ANONYMOUS_NOUNS or head.endswith(phrases._PREPOSED_GROUP_ENDINGS):
            return phrases._described("anonymous", raw)
        if phrases._person_noun(head) and low[0] in phrases._INDEFINITE:
            return phrases._described("anonymous", raw)  # "A pharmacist in central Maradi"
        return None

    def _states(self, words: list[str]) -> Speaker | None:
        """ "China said", "Moscow denied", "Britain and France said": countries or capitals
        speaking for their governments, an organisation (not a person of that name cited
        before: "Washington" after "Denzel Washington")."""
        core = [w for w in words if w.lower() != "the"]
        if not core or not all(phrases._capitalised(w) or w.lower() == "and" for w in core):
            return None
        places = " ".join(core).lower().split(" and ")
        if not all(p in lex.PLACES for p in places):
            return None
        if len(core) == 1 and core[0].lower() in self.named_by_key:
            return None
        name = " ".join(core)
        return phrases._body(name)

    def _named(
        self, name_words: list[str], role: str | None, words: list[str], start: int
    ) -> Speaker:
        # "Donald Trump’s vows": the possessive belongs to the phrase, not to the name
        last = name_words[-1].removesuffix("’s").removesuffix("'s")
        name_words = [*name_words[:-1], last] if last else name_words
        while len(name_words) > 1 and name_words[0].lower() in phrases._HONORIFICS:
            name_words = name_words[1:]  # "Dr Ilka Moreau", "Ms Osei": the name alone
        owner = name_words[0].removesuffix("’s").removesuffix("'s")
        if (
            len(name_words) == 3
            and owner != name_words[0]
            and phrases.given_gender(name_words[1]) is not None
        ):
            # "Hoopline’s Marcus Dell", "Apple’s Tim Cook": the person, of that body
            name_words = name_words[1:]
            role = role or owner
        while len(name_words) > 2 and name_words[-1] in phrases._POST_NOMINALS:
            name_words = name_words[:-1]  # "Philippa Grey KC", "Ana Ruiz MP"
        name = " ".join(name_words)
        key = name_words[-1].lower().rstrip(".").removesuffix("’s").removesuffix("'s")
        if len(name_words) == 1:
            earlier = self.named_by_key.get(key)
            if earlier is not None:
                return replace(earlier, role=role or earlier.role)
            if name in self._text_bodies and len(words) == 1 and role is None:
                # a lone body's name read from the whole text before (below): the same answer
                return Speaker("organization", name, key)
            for s in self._recent():
                # "Microsoft Corp said …; Microsoft on Thursday reiterated …": the short form of
                # an organisation cited before (among the last MAX_HISTORY speakers: bounded)
                if s.kind == "organization" and phrases._short_form(s.name) == key:
                    return s
            body = (
                self._body_named(name_words[0], start)
                or self._declared_body(name, start)
                or self._after_company_noun(name, start)
            )
            if body:
                # "Halvorsen declined" after "Halvorsen Group", "Mozilla" after "the Mozilla
                # Foundation": the short form of a body named before
                return Speaker("organization", name, key)
            if key in lex.BODY_NAME_WORDS and self._ends_name_before(name_words[0], start):
                return Speaker("organization", name, key)  # "Rovers said" after "Kestrel Rovers"
            full = self._full_name(name_words[0], start)
            if full is not None:
                # "Ms Osei said" after "The head of the board, Miriam Osei, resigned"
                gender = phrases._gender(words, role) or _given_of(full.split())
                return Speaker("named", full, key, role=role, gender=gender)
            first = name_words[0].lower()
            given = first in lex.MALE_NAMES or first in lex.FEMALE_NAMES
            if not given and lex.is_outlet(name):
                return phrases._body(name)
            full = self._full_name_of_given(name_words[0], start)
            if (
                len(words) == 1
                and role is None
                and full is None  # "Mags addressed …" after "Fitness influencer Mags Delacroix"
                and phrases.given_gender(name_words[0]) is None
                and (self._lone_body(name_words[0]) or self._never_a_surname(name_words[0]))
            ):
                # "Halvern said" after "Shares of Halvern Pay", "Lotovera said" with
                # "Lotovera's chief executive": a body's short name, never a person's surname
                self._text_bodies.add(name)
                return Speaker("organization", name, key)
            if full is not None:
                # "Dexter, 47, … told Glow Weekly" after "Reality TV star Dexter Prynne's
                # daughter": a person called by the given name, keyed by the surname
                ws = full.split()
                cited = self.named_by_key.get(ws[-1].lower())
                if cited is not None:
                    return replace(cited, role=role or cited.role)
                gender = phrases._gender(words, role) or _given_of(ws)
                return Speaker("named", full, ws[-1].lower(), role=role, gender=gender)
        if len(name_words) in (2, 3) and (
            self._body_named(name_words[0], start, tuple(name_words[1:]))
            # not "Marcus Ostby, the show’s producer,": a given name, a person's appositive
            or (self._declared_body(name, start) and not _given_and_surname(name_words))
            or self._after_company_noun(name, start)
        ):
            return phrases._body(name)  # "Calder Freight" (Holdings), "Recycle Forward, a group"
        gender = phrases._gender(words, role) or _given_of(name_words)
        return Speaker("named", name, key, role=role, gender=gender)

    def _pronoun(self, p: str, start: int) -> Speaker | None:
        kind = lex.PRONOUNS[p]
        if kind == "author":
            return None
        if kind in ("m", "f"):
            subject = self._surname_subject_before(kind, start)
            if subject is not None:
                # "Danvers hit back on Threads. “…,” he wrote." (also after an unnamed
                # source: "… one regular poster wrote …. Calloway laughs at that. “…,” she said")
                return subject
            single = self._single_anonymous(start)
            if single is not None and single.gender in (kind, None):
                return single  # "One fisherman denied that. “…,” he said."
            poster = self._poster_before(start) or self._post_author_before(kind, start)
            if poster is not None:
                return poster  # "Another parent … put a video on TikTok. “…,” she says"
            spokesperson = self._spokesperson_before(kind, start)
            if spokesperson is not None:
                return spokesperson  # "A ministry spokeswoman said …. She declined …"
            for i in range(
                len(self.history) - 1, max(-1, len(self.history) - 1 - phrases.MAX_HISTORY), -1
            ):
                s = self.history[i]
                if s.kind == "named" and s.gender in (kind, None):
                    mention = self._mention(start, kind, self.positions[i])
                    if mention is not None and mention.key != s.key:
                        return mention  # a person of that gender named after the speaker
                    return s if s.gender is not None else self._learn_gender(s, kind)
            return self._mention(start, kind, -1)  # no speaker of that gender cited
        if kind == "rel":
            if p == "which":
                doc = phrases._DOCUMENT_ANTECEDENT.search(
                    self.text, max(0, start - phrases.ANTECEDENT_WINDOW), start
                )
                if doc is not None and (
                    doc.group(2) in lex.RECORD_NOUNS or doc.group(2) in lex.DOCUMENT_NOUNS
                ):
                    # "the conclusion of a leaked internal review, which shows that …"
                    return phrases._described("organization", doc.group(1))
            m = phrases._ANTECEDENT.search(
                self.text, max(0, start - phrases.ANTECEDENT_WINDOW), start
            )
            if m is None:
                return None
            lead = self.text[max(0, m.start(1) - phrases.APPOSITIVE_LEAD) : m.start(1)]
            described = phrases._DESCRIBED_BEFORE.search(lead) if p != "which" else None
            if described is not None:
                # "Senator James Lankford, an Oklahoma Republican who warned": the description
                # is an appositive; the person is the name before its comma
                comma = m.start(1) - len(lead) + described.start()
                named = phrases._ANTECEDENT.search(
                    self.text, max(0, comma - phrases.ANTECEDENT_WINDOW), comma
                )
                if named is not None:
                    return self._classify_text(named.group(1), named.start(1))
            sp = self._classify_text(m.group(1), m.start(1))
            if sp is not None and sp.kind == "named" and self._after_company_noun(sp.name, start):
                return phrases._body(sp.name)  # "the group Green Furrow, which told …"
            return sp
        if kind == "n":
            return self._last(lambda s: s.kind == "organization")
        return self._last(lambda s: s.kind in ("organization", "anonymous"))

    def _surname_subject_before(self, gender: str, start: int) -> Speaker | None:
        """A person named in full earlier and opening, by surname, the sentence just before
        the pronoun's sentence, after the last cited source ("… businessman Leopold Danvers.
        Danvers hit back on Threads. “…,” he wrote."): the likeliest antecedent. Not when the
        given name has the other gender."""
        lo = self._since_last_cited(start, phrases.SUBJECT_WINDOW)
        openers = list(phrases._SURNAME_OPENER.finditer(self.text, lo, start))
        # the last sentence opened by a surname ("Moravec has been careful. In a long post
        # on Telegram he wrote …": not "In")
        while openers and openers[-1].group(1).lower() in _COMMON_OPENERS:
            openers.pop()
        if not openers:
            return None
        opener = openers[-1]
        role = phrases._ROLE_AND_NAME.match(self.text, opener.end())
        if role is not None and role.group(1) in _ROLE_HEADS:
            return None  # "Otters head coach Marcus Ibsen was …": a team's word, then a role
        surname = opener.group(1)
        if surname.endswith(("’s", "'s")):
            # "Grebe’s reply came the next morning …. In it, he said": the reply's author
            following = self.text[opener.end() : opener.end() + _UTTERANCE_CHARS].split()
            if not following or following[0].strip(".,;") not in _UTTERANCES:
                return None
            surname = surname[:-2]
        other = "f" if gender == "m" else "m"
        for _, ws in reversed(
            self._people(opener.start(1) - phrases.MENTION_WINDOW, opener.start(1))
        ):
            if (
                # or by the given name alone ("Fitness influencer Mags Delacroix …. Mags
                # addressed the scandal in an Instagram Story. “…,” she said")
                (ws[-1] == surname or (len(ws) == 2 and ws[0] == surname))
                and phrases.given_gender(ws[0]) != other
                and not _holds_body_word(ws)
            ):
                cited = self.named_by_key.get(ws[-1].lower())
                if cited is not None:
                    return cited  # with the role it was cited with
                return Speaker("named", " ".join(ws), ws[-1].lower(), gender=gender)
        return None

    def _named_just_before(
        self,
        start: int,
        bodies: bool,
        head: str | None = None,
        strict: bool = False,
        people: bool = False,
    ) -> Speaker | None:
        """The person named last in the phrases.UNKNOWN_GENDER_WINDOW characters before start,
        cited or only mentioned (with bodies False, None when that name holds a body's word;
        with a head noun, None when that person was given another role: "Local vet Siobhan
        Ardagh said …. The farm's owner could not be reached"; with people, names after "the"
        are passed over: "… stuck in the Port Ellery strike. The 29-year-old moaned")."""
        near = self._mentions(start - phrases.UNKNOWN_GENDER_WINDOW, start)
        while people and near and (near[-1][2] or _no_person(near[-1][1])):
            near.pop()  # nor a body's, an event's or a place's ("at Cardova Fashion Week")
        while not bodies and near and lex.is_outlet(" ".join(near[-1][1])):
            near.pop()  # "Kiki Marlowe …, telling Vantage Daily …. “…,” the singer told"
        if not near or (not bodies and _holds_body_word(near[-1][1])):
            return None
        roles = [w.lower() for w in near[-1][0]]
        if head is not None and (roles or strict) and head not in roles:
            return None
        if not bodies and near[-1][2]:
            return None  # "the Reykholm Open": a name after "the" is a body's or an event's
        ws = near[-1][1]
        cited = self.named_by_key.get(ws[-1].lower())
        if cited is not None and cited.name == " ".join(ws):
            return cited  # with the role it was cited with
        return self._named(ws, None, ws, start)

    @staticmethod
    def _person_description(words: list[str], low: list[str]) -> bool:
        """ "the former Island Hearts contestant", "the singer": "the", then a description
        ending in a person noun, with no name at its end."""
        return (
            len(low) >= 2
            and low[0] == "the"
            and low[-1] in phrases._OCCUPATION_NOUNS
            and not phrases._capitalised(words[-1])
            and not any(w in phrases._PREPOSITIONS for w in low)
        )

    @staticmethod
    def _aged_description(words: list[str], low: list[str]) -> bool:
        """ "the Island Lovers alum", "The Morning Brew host": "the", a capitalised name (a
        show's, a team's) and a lower-case noun that is no body's ("The plant's oldest worker,
        71," and "The oldest worker, 71," are new people)."""
        return (
            3 <= len(low) <= 6
            and low[0] == "the"
            and any(phrases._capitalised(w.strip('“”"')) for w in words[1:-1])
            and not any("'" in w or "’" in w for w in words)
            and words[-1].isalpha()
            and words[-1].islower()
            and not phrases._is_org_word(low[-1])
            and low[-1] not in lex.COMPANY_NOUNS
            and not any(w in phrases._PREPOSITIONS for w in low)
        )

    def _spokesperson_before(self, gender: str, start: int) -> Speaker | None:
        """The body cited last, when its spokesperson of this gender spoke for it within
        phrases.POST_CONTEXT_CHARS before start, with no person named in between."""
        if not self.history:
            return None
        last, at = self.history[-1], self.positions[-1]
        if (
            last.kind != "organization"
            or last.gender != gender
            or start - at > phrases.POST_CONTEXT_CHARS
            or self._people(at, start)
        ):
            return None
        return last

    def _since_last_cited(self, start: int, window: int) -> int:
        """Where a search back from start begins: window characters before it, or the last
        cited source's position when that is nearer."""
        lo = max(0, start - window)
        return max(lo, self.positions[-1]) if self.positions else lo

    def _poster_before(self, start: int) -> Speaker | None:
        """One unnamed person opening a sentence, after the last cited source and within
        phrases.POST_CONTEXT_CHARS before start, whose sentence names a platform ("Another
        parent, a night-shift nurse, put a video on TikTok of …"), with no person named
        between: who posted the words a pronoun then cites."""
        lo = self._since_last_cited(start, phrases.POST_CONTEXT_CHARS)
        openers = list(phrases._ONE_PERSON_OPENER.finditer(self.text, lo, start))
        if not openers:
            return None
        m = openers[-1]
        head = m.group(2).lower()
        end = phrases.SENTENCE_END.search(self.text, m.end(), start)
        if (
            not (phrases._person_noun(head) or head in lex.ANONYMOUS_NOUNS)
            or end is None
            or not phrases._names_platform(self.text[m.end() : end.start()])
            or self._people(m.end(), start)
        ):
            return None
        return phrases._described("anonymous", m.group(1))

    def _post_author_before(self, gender: str, start: int) -> Speaker | None:
        """The unnamed author of a post described after the last cited source ("One post,
        from a father whose daughter has leukaemia, has been shared …. “…,” he wrote"), of
        that gender or none known, with no person named between."""
        lo = self._since_last_cited(start, phrases.POST_CONTEXT_CHARS)
        found = list(phrases._POST_FROM.finditer(self.text, lo, start))
        if not found:
            return None
        m = found[-1]
        words = m.group(1).lower().split()
        head = words[1] if len(words) > 1 else ""
        if (
            not (phrases._person_noun(head) or head in lex.ANONYMOUS_NOUNS)
            or phrases.KIN_GENDER.get(head, gender) != gender
            or self._people(m.end(), start)
        ):
            return None
        return phrases._described("anonymous", m.group(1))

    def _single_anonymous(self, start: int) -> Speaker | None:
        """The source cited last, when it is one unnamed person ("One fisherman …", "a
        volunteer said"), cited within phrases.POST_CONTEXT_CHARS before start, with no
        person named in between."""
        if not self.history or self.history[-1].kind != "anonymous":
            return None
        last, at = self.history[-1], self.positions[-1]
        words = last.name.lower().split() if last.name else []
        head = phrases._head(words) if words else ""
        if (
            start - at > phrases.POST_CONTEXT_CHARS
            or len(words) < 2
            or not (
                words[0] in phrases._ONE_PERSON
                # "The creator, a student, told …. “…,” she told": one person, described
                or (words[0] == "the" and len(words) == 2 and phrases._person_noun(head))
            )
            or head.endswith("s")
            or any(
                # "told the local newspaper Porto Vesca", "told Byte Digest magazine": no person
                " ".join(ws) not in (last.via or "")
                for _, ws in self._people(at + len(last.name or ""), start)
            )
        ):
            return None
        return last

    def _learn_gender(self, speaker: Speaker, gender: str) -> Speaker:
        """ "Inés …, said … “…,” she said": a pronoun that resolves to a speaker of unknown
        gender tells it, so a later "he" looks past her. Updates the recent history."""
        learned = replace(speaker, gender=gender)
        lo = max(0, len(self.history) - phrases.MAX_HISTORY)
        for i in range(lo, len(self.history)):
            if self.history[i].key == speaker.key and self.history[i].gender is None:
                self.history[i] = replace(self.history[i], gender=gender)
        if self.named_by_key.get(speaker.key) is not None:
            self.named_by_key[speaker.key] = replace(self.named_by_key[speaker.key], gender=gender)
        return learned

    def _people(self, lo: int, hi: int, titled: bool = False) -> list[tuple[list[str], list[str]]]:
        """(role words, name words) of each person named in text[lo:hi], in order (titled: a
        surname after a gendered title too, title kept: "Mrs Abernathy")."""
        return [(roles, names) for roles, names, _ in self._mentions(lo, hi, titled)]

    def _mentions(
        self, lo: int, hi: int, titled: bool = False
    ) -> list[tuple[list[str], list[str], bool]]:
        """(role words, name words, after "the" with no role) of each capitalised run that
        may name a person in text[lo:hi], in order."""
        out: list[tuple[list[str], list[str], bool]] = []
        for m in phrases._PERSON.finditer(self.text, max(0, lo), hi):
            ws = m.group().split()
            while ws and (
                ws[0].lower() in phrases._HONORIFICS or ws[0].lower() in phrases._NOT_MENTION_STARTS
            ):
                if titled and _titled_surname(ws):
                    break  # "Mrs Abernathy": the title gives the gender
                ws = ws[1:]  # "Dr Anouk Veldt", "When Margaret Hamilton", "As Samus"
            if titled and _titled_surname(ws):
                out.append(([], ws, False))
                continue
            roles, names = phrases._split_role_name(ws)
            n_roles = phrases.leading_roles(names)
            roles, names = roles + names[:n_roles], names[n_roles:]  # "Teenager Mio Tanabe-Ross"
            if len(names) >= 2:
                before = self.text[max(0, m.start() - 30) : m.start()].split()[-2:]
                roles = roles + [w for w in before if w.lower() in lex.ROLE_WORDS]
                # "of the Reykholm Open chess tournament": people take no article
                out.append((roles, names, not roles and bool(before) and before[-1] == "the"))
        return out

    def _body_named(self, word: str, start: int, more: tuple[str, ...] = ()) -> bool:
        """The name (word, then the words in more) opened a body's name in the text before
        start ("Halvorsen" or "Calder Freight" after "Calder Freight Holdings", "Brackwater"
        after "Brackwater Foods Ltd") or followed a company noun ("the energy group Skarvik");
        not when that body's name is one usually taken from a person ("the Gates Foundation")."""
        lo = max(0, start - phrases.MENTION_WINDOW)
        found = [
            (body, after)
            for pos, body, after in self._body_index().get(word, ())
            if lo <= pos < start and after[: len(more)] == more
        ]
        if not more and any(body is None for body, _ in found):
            return True  # after a company noun
        return next((bool(body) for body, after in found if len(after) > len(more)), False)

    def _after_company_noun(self, name: str, start: int) -> bool:
        """The full name followed a company noun in the phrases.MENTION_WINDOW characters
        before start ("the charity Open Hands" before "Open Hands said"), came before one
        ("the Morrow Motorsport team") or followed what a business does ("sweatshirts sold by
        Threadly")."""
        lo = max(0, start - phrases.MENTION_WINDOW)
        at = self.text.find(name, lo, start)
        while at >= 0:
            before = self.text[max(lo, at - phrases.RECORD_LEAD) : at].split()
            if before and phrases._company_noun(before[-1]):
                return True
            if (
                before
                and before[-1].endswith(",")
                and phrases._company_noun(before[-1][:-1])
                and self.text.startswith(",", at + len(name))
            ):
                return True  # "Vanholm’s company, Keystone Lets, was ordered …"
            if len(before) >= 2 and before[-1] == "by" and before[-2] in _TRADED:
                return True
            end = at + len(name)
            after = self.text[end : end + phrases.RECORD_LEAD].split()
            if after and self.text[end : end + 1] == " " and after[0] in _COMPANY_AFTER:
                return True
            at = self.text.find(name, at + 1, start)
        return False

    def _ends_name_before(self, word: str, start: int) -> bool:
        """word ended a longer capitalised name in the phrases.MENTION_WINDOW characters before
        start ("Kestrel Rovers" before "Rovers said"; not "Airlines said" alone)."""
        pattern = re.compile(r"[A-Z][\w&.\-]* " + re.escape(word) + r"\b")
        return pattern.search(self.text, max(0, start - phrases.MENTION_WINDOW), start) is not None

    def _declared_body(self, name: str, start: int) -> bool:
        """The name was declared a body by an appositive ("Brightwave, the messaging app")
        where it is cited or in the phrases.MENTION_WINDOW characters before."""
        lo = max(0, start - phrases.MENTION_WINDOW)
        hi = min(len(self.text), start + phrases.RECORD_LEAD + len(name))
        at = self.text.find(name + ", ", lo, hi + 2)
        while at >= 0:
            # the name opens its capitalised run there ("Alpha Beta, the group" declares
            # "Alpha Beta", not "Beta"), and the appositive after it is a body's
            before = self.text[max(0, at - phrases.WORD_BEFORE_CHARS) : at]
            word_before = before.rstrip(" ").rsplit(" ", 1)[-1] if before.endswith(" ") else ""
            opens = not before[-1:].isalnum() and not word_before[:1].isupper()
            m = phrases._NAME_THEN_BODY_APPOSITIVE.match(self.text, at) if opens else None
            if m is not None and m.group(1) == name:
                return True
            at = self.text.find(name + ", ", at + 1, hi + 2)
        return False

    def _body_index(self) -> dict[str, list[tuple[int, bool | None, tuple[str, ...]]]]:
        """Per capitalised word of the text: where it opens a body's name (True, with the
        name's next words), a name usually taken from a person (False) or follows a company
        noun (None). Built once per text with two precompiled patterns."""
        if self._bodies is not None:
            return self._bodies
        index: dict[str, list[tuple[int, bool | None, tuple[str, ...]]]] = {}
        nouns = phrases.COMPANY_THEN_NAME_NOUNS
        for m in phrases._WORD_THEN_NAME.finditer(self.text):
            word = m.group(1)
            if word in nouns or word.rsplit("-", 1)[-1] in nouns:
                index.setdefault(m.group(2), []).append((m.start(2), None, ()))
        for m in phrases._NAME_THEN_WORDS.finditer(self.text):
            after = tuple(m.group(2).split())
            body = _names_body(after)
            if body is not None:
                index.setdefault(m.group(1), []).append((m.start(), body, after))
        self._bodies = index
        return index

    def _opens_sentence(self, ws: list[str], start: int) -> bool:
        """A person of unknown gender named as a sentence's subject ("Ilse Maranta was
        unconvinced."), not an outlet, a place or a body, in the text before start."""
        name = " ".join(ws)
        if (
            lex.is_outlet(name)
            or name.lower() in lex.PLACES
            or any(phrases._is_org_word(w) for w in ws)
        ):
            return False
        at = self.text.rfind(name, 0, start)
        lead = self.text[max(0, at - phrases.HONORIFIC_LEAD) : at].split()
        if lead and lead[-1].lower() in phrases._HONORIFICS:
            at = self.text.rfind(lead[-1], 0, at)  # "Dr Anouk Veldt, a glaciologist, has …"
        if at < 0:
            return False
        at -= phrases.role_lead(self.text, at)  # "The singer Marisol Vantongeren has …"
        before = self.text[max(0, at - 2) : at].strip()
        if before == ",":
            return self._after_opening_phrase(at)
        if self._in_opening_clause(at):
            return True
        # (a dash after a live blog's time: "17:55 — Dunvale boss Georgie Lindqvist has …")
        return at == 0 or before in ("", ".", "!", "?", "”", '"', "—", "–")

    def _in_opening_clause(self, at: int) -> bool:
        """The name at `at` is the subject of a clause inside its sentence's opening phrase
        ("In the converted warehouse where Leni Castellanos now works, the walls …")."""
        lead = phrases.sentence_lead(self.text, at, OPENING_PHRASE_REACH)
        phrase = lead.split() if lead is not None else []
        return (
            1 < len(phrase) <= OPENING_PHRASE_WORDS
            and phrase[0].lower() in _OPENING_WORDS
            and phrase[-1] in _SUBORDINATORS
            and not any("," in w for w in phrase)
        )

    def _after_opening_phrase(self, at: int) -> bool:
        """The name at `at` follows a short opening phrase of its sentence and its comma ("On
        the morning her job disappeared, Farah Lindqvist was …"): still the subject."""
        lead = phrases.sentence_lead(self.text, at, OPENING_PHRASE_REACH)
        phrase = lead[:-2].split() if lead is not None else []
        return (
            0 < len(phrase) <= OPENING_PHRASE_WORDS
            and phrase[0].lower() in _OPENING_WORDS
            and not any("," in w for w in phrase)
        )

    def _plural_group(self, word: str, start: int) -> bool:
        """ "Fishermen said", "Forecasters say": a plural person noun, not a surname (not
        "Peters said", nor "Sanders said" after "Bernie Sanders" was mentioned)."""
        if phrases._looks_plural_group(word, self.named_by_key):
            return True
        low = word.lower()
        # "Installers said", "Truckers complained": an agent noun in the plural, unless a
        # person of that surname was named before ("Peters said" after "Tom Peters")
        agents = len(low) > 6 and low.endswith(("ers", "ors", "ives"))  # "Detectives said"
        return (
            (low in lex.GROUP_NOUNS or agents)
            and not phrases._known_name(low, self.named_by_key)
            and self._full_name(word, start) is None
        )

    def _last_name(self, start: int, keep: Callable[[list[str], list[str]], object]) -> str | None:
        """The last name mentioned in the phrases.MENTION_WINDOW before start whose (role
        words, name words) keep accepts, joined."""
        found = None
        for roles, ws in self._people(start - phrases.MENTION_WINDOW, start):
            if keep(roles, ws):
                found = ws
        return " ".join(found) if found is not None else None

    def _full_name(self, surname: str, start: int) -> str | None:
        """The last full name ending in this surname mentioned in the text before start."""
        return self._last_name(start, lambda _, ws: ws[-1] == surname)

    def _full_name_of_given(self, given: str, start: int) -> str | None:
        """The last two-word name opening with this given name mentioned before start ("Dexter
        Prynne" for "Dexter"), not a body's."""
        return self._last_name(
            start,
            lambda roles, ws: (
                len(ws) == 2
                and ws[0] == given
                and not _holds_body_word(ws)
                # a person's name: a role or a person noun before it ("Fitness influencer
                # Mags Delacroix") or a known given name ("Caskwell Power" is a body's)
                and (
                    roles
                    or phrases.given_gender(given) is not None
                    or self._person_noun_before(" ".join(ws), start)
                )
            ),
        )

    def _person_noun_before(self, name: str, start: int) -> bool:
        """The last mention of name before start follows a person noun ("influencer")."""
        at = self.text.rfind(name, 0, start)
        before = self.text[max(0, at - PERSON_NOUN_LEAD_CHARS) : at].split()[-1:] if at > 0 else []
        return bool(before) and before[0].lower() in lex.PERSON_NOUNS

    def _mention(self, start: int, gender: str, after: int) -> Speaker | None:
        """The last person named in the text between after and start whose given name has
        this gender ("Sofia Marin agreed. ... she said"); after < 0 means no speaker of that
        gender was cited, and then a person named just before whose given name is in neither
        list counts too."""
        found = None
        unknown = None  # the last person named whose given name is in neither list
        for _, ws in self._people(max(after, start - phrases.MENTION_WINDOW), start, True):
            if _no_person(ws) or ws[0].lower() in lex.PLACES:
                continue  # "Florida State University": a body, whatever its first word
            given = (
                phrases._gender(ws[:1], None)
                or phrases.given_gender(ws[0])
                or self._kin_gender(ws, start)
            )
            if given == gender:
                found = ws
            elif given is None and self._opens_sentence(ws, start):
                unknown = ws
        if found is None and unknown is not None and after < 0:
            # "Ilse Maranta was unconvinced. “…,” she said": no speaker of that gender
            # before, and the nearest person named before may be her
            # (a person of the other gender between them does not count: "Actor Dev Okafor
            # has ended his engagement to Lina Marchetti, he announced")
            near = [
                ws
                for _, ws in self._people(start - phrases.UNKNOWN_GENDER_WINDOW, start)
                if phrases.given_gender(ws[0]) in (gender, None)
            ]
            if near and near[-1] == unknown:
                found = unknown
        if found is None:
            return None
        if found[0].lower() in _GENDERED_TITLES:
            # "Mr Dreyer" after "Samuel Dreyer": the full name
            full = self._full_name(found[-1], start)
            found = full.split() if full else found
        found = [w for w in found if w.lower() not in phrases._HONORIFICS] or found  # "Mr Okafor"
        return Speaker("named", " ".join(found), found[-1].lower(), gender=gender)

    def _kin_gender(self, ws: list[str], start: int) -> str | None:
        """The gender a kinship noun just before the name gives it ("Velk’s sister, Dana
        Velkova," is a woman), in the text before start."""
        at = self.text.rfind(" ".join(ws), 0, start)
        if at < 0:
            return None
        before = self.text[max(0, at - _KIN_LEAD) : at].split()
        return phrases.KIN_GENDER.get(before[-1].rstrip(",").lower()) if before else None

    def _role_mention(self, low: list[str], start: int) -> Speaker | None:
        """ "The ambassador said" after "Ambassador Clara Voss" was mentioned without a quote."""
        roles = {w for w in low if w in lex.ROLE_WORDS}
        for role_words, ws in reversed(self._people(start - phrases.MENTION_WINDOW, start)):
            if roles & {w.lower() for w in role_words}:
                return Speaker(
                    "named",
                    " ".join(ws),
                    ws[-1].lower(),
                    role=" ".join(role_words),
                    gender=phrases._gender(ws, None) or _given_of(ws),
                )
        return None

    def _role_match(self, low: list[str]) -> Speaker | None:
        """The last named speaker whose role, or the phrase that named them ("A spokeswoman
        for the force, Inspector Leah Dunmore"), holds one of the role words of low."""
        roles = [w for w in low if w in lex.ROLE_WORDS]
        for s in self._recent():
            if s.kind != "named":
                continue
            described = f"{(s.role or '').lower()} {self._phrases.get(s.key, '')}"
            if any(r in phrases._words(described) for r in roles):
                return s
        return None

    def _spoken_for(self, raw: str) -> Speaker:
        """The body a spokesperson's phrase speaks for (_org_of), or the phrase itself."""
        return phrases._body(self._org_of(raw) or raw.strip())

    def _org_of(self, raw: str) -> str | None:
        """The body a spokesperson speaks for: "a spokesman for the ministry", "Pentagon ..."."""
        m = re.search(r"\bfor (?:the )?([\w’'. \-]{2,60})$", raw.strip())
        if m:
            return m.group(1).strip().rstrip(".,;")
        words = phrases._words(raw)
        at = next((i for i, w in enumerate(words) if w.lower() in lex.SPOKESPERSON_ROLES), 0)
        body = [w for w in words[:at] if w.lower() not in phrases._ARTICLES]
        if body and body[-1].lower().endswith(("’s", "'s")):
            body[-1] = body[-1][:-2]  # "the union’s spokeswoman": the union
        person = bool(body) and (
            body[-1].lower() in lex.ROLE_WORDS or body[-1].lower() in lex.PERSON_NOUNS
        )  # "the president’s spokesman" speaks for a person, not a body
        if body and not any(phrases._capitalised(w) for w in words[at:]):
            if person:
                # "the star’s rep", "the president’s spokesman": speaks for that person, named
                # as printed (docs/sourcing.md section 6)
                lead = "the " if words[0].lower() == "the" else ""
                return lead + " ".join(body)
            return " ".join(body)  # "a police spokeswoman", "a Pentagon spokesman"
        caps = [w for w in phrases._words(raw) if phrases._capitalised(w)]
        return " ".join(caps) or None

    def _lone_body(self, word: str) -> bool:
        """word, cited alone, never ends a capitalised run in the text (no "Ana Halvern"), and
        either opens one whose other word never stands without it ("Halvern Pay"; not "Dale
        Ford", whose "Ford" is used alone: a first name and a surname; not "Gates" of "the
        Gates Foundation", a name usually taken from a person) or owns what only a body has
        ("Lotovera's chief executive", "Caskwell’s shares"). Read once per word and text."""
        known = self._lone.get(word)
        if known is None:
            known = self._lone[word] = self._read_lone_body(word)
        return known

    def _never_a_surname(self, word: str) -> bool:
        """Cached _read_never_a_surname: read once per word and text."""
        known = self._unintroduced.get(word)
        if known is None:
            known = self._unintroduced[word] = self._read_never_a_surname(word)
        return known

    def _read_never_a_surname(self, word: str) -> bool:
        """word stands at least twice in the text and never after a capitalised word or a
        person's noun ("Brightwave is preparing to cut …. Brightwave did not respond"): people
        are introduced by their full name or a role, so a lone name never introduced so is a
        body's."""
        text = self.text
        starts = self._starts(word)
        # named once ("Sørlie blamed fatigue"): a player, maybe, too little to go on
        if len(starts) < 2:
            return False
        for at in starts:
            before = _WORD_BEFORE.search(text, max(0, at - CAPITAL_BEFORE_CHARS), at)
            prev = before.group(1) if before is not None else ""  # (none: after punctuation)
            if prev and (
                phrases._capitalised(prev)
                or phrases._person_noun(prev)
                or prev in lex.ROLE_WORDS
                or prev in ("and", "or")
            ):
                return False  # "Ana Gobble", "singer Gobble", "Vindal and Wick"
            after = _CAPITAL_AFTER.match(text, at + len(word))
            if after is not None and phrases._capitalised(after.group(1)):
                return False  # "Dale Ford", "the Gates Foundation": inside a longer name
        return True

    def _starts(self, word: str) -> list[int]:
        """_token_starts of word in the text, read once per word."""
        found = self._word_starts.get(word)
        if found is None:
            found = self._word_starts[word] = _token_starts(self.text, word)
        return found

    def _read_lone_body(self, word: str) -> bool:
        text = self.text
        if not phrases._capitalised(word):
            return False
        pairs: Counter[str] = Counter()
        owned = eponym = False
        for at in self._starts(word):
            before = _CAPITAL_BEFORE.search(text, max(0, at - CAPITAL_BEFORE_CHARS), at)
            if before is not None and phrases._capitalised(before.group(1)):
                return False  # "Ana Halvern": a surname
            end = at + len(word)
            after = _CAPITAL_AFTER.match(text, end)
            if after is not None and phrases._capitalised(after.group(1)):
                pairs[after.group(1)] += 1
                eponym = eponym or after.group(1).lower() in phrases._NAMED_AFTER_PEOPLE
            owned = owned or _BODY_OWNED.match(text, end) is not None
        if owned:
            return True
        return not eponym and any(len(self._starts(b)) == n for b, n in pairs.items())

    def _capital_inside(self, word: str, start: int) -> bool:
        """word (capitalised) stands inside a sentence at start or elsewhere in the text: a
        name ("The ride-hailing app Zipply …. Zipply said"), where an adverb would not be."""
        if _INSIDE_SENTENCE.search(self.text[max(0, start - 2) : start]):
            return True
        if self._inside_ly is None:
            self._inside_ly = frozenset(m.group(1) for m in _LY_INSIDE.finditer(self.text))
        return word in self._inside_ly

    def _frame(self, a: Attribution) -> str:
        """The attribution's text without its content (where the cue and source are)."""
        pieces, pos = [], a.start
        for s, e in sorted(a.contents):
            if s > pos:
                pieces.append(self.text[pos:s])
            pos = max(pos, e)
        pieces.append(self.text[pos : a.end])
        return " ".join(pieces)

    def _post_in_tail(self, a: Attribution) -> bool:
        """The words after a, in its sentence, say it was in a post ("said in the clip")."""
        end = a.end
        if _POST_WORD.search(self.text, end, end + phrases.ADJUNCT_CHARS) is None:
            return False  # (most attributions: no regex over their tail)
        return phrases._IN_THE_POST.search(self._tail(a)) is not None

    def _tail(self, a: Attribution) -> str:
        """The words after a, to its sentence's end (at most phrases.ADJUNCT_CHARS)."""
        if any(ch in ".!?" for ch in self.text[max(0, a.end - 2) : a.end]):
            return ""  # the attribution ends its sentence ("… milked a cow.”")
        tail = self.text[a.end : a.end + phrases.ADJUNCT_CHARS]
        end = _QUOTED_SENTENCE_END.search(tail)
        return tail[: end.start()] if end is not None else tail

    def _opened_frame(self, a: Attribution) -> str:
        """_opener(a) + _frame(a), kept for the attribution classified last (three checks of
        one classification read it)."""
        if self._last_frame is None or self._last_frame[0] is not a:
            self._last_frame = (a, self._opener(a) + self._frame(a))
        return self._last_frame[1]

    def _framed(self, a: Attribution) -> str:
        """The opener and frame of a, with the word right after it ("said in a video|
        address": what the cue's noun is)."""
        nxt = _WORD_AFTER.match(self.text, a.end)
        return self._opened_frame(a) + (nxt.group() if nxt is not None else "")

    def _social(self, a: Attribution) -> bool:
        cue = self.text[a.cue[0] : a.cue[1]].lower()
        if cue.startswith("@"):
            return True  # an embedded post's handle (see _post_embeds)
        if _social_verb(cue) or phrases.posted_medium(cue, self.text, a.cue[1]):
            return True
        frame = self._framed(a)
        if a.lemma in REPLY_LEMMAS and a.source is not None:
            between = self.text[a.source[1] : a.cue[0]].split()
            if between[-1:] in (["but"], ["and"]):
                # "Blume posted an emoji on Instagram but did not respond to our calls": the
                # platform was the post's, not the reply's
                frame = self.text[a.cue[0] : a.end]
        if a.source is not None and a.source[1] - a.source[0] <= phrases.MAX_PLATFORM_SOURCE_CHARS:
            # the platform as the speaker ("Facebook said it would remove the posts") is a
            # company's statement, not a post: look for platforms outside a short source
            frame = frame.replace(self.text[a.source[0] : a.source[1]], " ")
        elif a.source is not None:
            # a relative clause in the source says what the speaker did, not where these
            # words went up ("a researcher who spotted the data on a hacking forum said")
            source = self.text[a.source[0] : a.source[1]]
            head = self._source_head(a)
            if len(head) < len(source):
                frame = frame.replace(source[len(head) :], " ")
        if phrases._names_platform(frame):
            return True
        if a.source is not None and phrases._ACCOUNT.search(self.text, a.source[0], a.source[1]):
            return True  # "The anonymous X account @TruthRider77 claimed"
        if a.source is not None and (
            phrases._USERS_ON.search(self.text, a.source[0], a.source[1])
            or phrases._USER_ON.search(self._source_head(a))
        ):
            # "Several fans on TikTok accused …", "users on Reddit called …", "a seller on a
            # hacking forum claimed"
            return True
        if self._posted_after_cue(a):
            return True
        if a.source is not None and self._platform_people(a):
            return True  # "On AgriTalk, a forum popular with growers, …. One poster claimed"
        # "announced the layoffs in a post on LinkedIn", "repeated the claim on Truth Social":
        # the channel closes the content
        return (
            any(
                phrases._PLATFORM_TAIL.search(self.text, max(s, e - phrases.TAIL_CHARS), e)
                # a short object after the cue ("repeated the claim on Truth Social"), not a
                # clause reported before it ("Protesters shared videos on TikTok, witnesses said")
                or (
                    s > a.cue[0]
                    and e - s <= phrases.TAIL_CHARS
                    and self.text[s:e].split(" ", 1)[0].lower() in phrases._OBJECT_OPENERS
                    and phrases._ON_PLATFORM_TAIL.search(self.text, s, e) is not None
                    # a clause reported ("said the photo shared on Facebook was fake")
                    and phrases._FINITE_WORD.search(self.text, s, e) is None
                )
                or (
                    s > a.cue[0]
                    and self.text[s:e].split(" ", 1)[0].lower() in phrases._OBJECT_OPENERS
                    and phrases._ON_PLATFORM.match(
                        self.text, s, min(e, s + phrases.OBJECT_PLATFORM_CHARS)
                    )
                    is not None
                    and phrases._FINITE_WORD.search(self.text, s, e) is None
                )
                for s, e in a.contents
            )
            or self._post_source(a)
        )

    def _platform_people(self, a: Attribution) -> bool:
        """a's source is one or more unnamed users of a platform ("one user", "One poster",
        "a commenter", "A user calling himself Curdlord99") and a platform was named within
        phrases.POST_CONTEXT_CHARS before."""
        assert a.source is not None
        head = self._source_head(a)
        words = phrases._words(head.lower())
        short = 0 < len(words) <= _PLATFORM_PEOPLE_WORDS
        if not (
            (short and phrases._head(words) in _PLATFORM_PEOPLE)
            or (
                phrases._SELF_NAMED.match(head) is not None
                and any(w in _PLATFORM_PEOPLE for w in words[:_PLATFORM_PEOPLE_WORDS])
            )
        ):
            return False
        before = self.text[max(0, a.source[0] - phrases.POST_CONTEXT_CHARS) : a.source[0]]
        # ("a forum popular with growers": for its users, a forum anywhere is where they post)
        return phrases._names_platform(before) or _FORUM.search(before) is not None

    def _source_head(self, a: Attribution) -> str:
        """a's source without a relative clause ("a researcher who spotted the data on a
        hacking forum": "a researcher")."""
        assert a.source is not None
        source = self.text[a.source[0] : a.source[1]]
        clause = phrases._RELATIVE_IN_SOURCE.search(source)
        return source[: clause.start()] if clause is not None else source

    def _posted_here(self, a: Attribution) -> bool:
        """a's cue or what follows it names where its words went up ("…, writing on X that",
        "…, saying in a video on TikTok that"), for a citation with no source of its own."""
        cue = self.text[a.cue[0] : a.cue[1]]
        return (
            _social_verb(cue.lower()) or phrases._names_platform(cue) or self._posted_after_cue(a)
        )

    def _posted_after_cue(self, a: Attribution) -> bool:
        """What follows a's cue names where the words went up: its content opens with it ("said
        in a follow-up video on YouTube that …") or an adjunct does ("denied wrongdoing in a
        video on his YouTube channel")."""
        return any(
            self._posted_lead(s, e) for s, e in a.contents if s > a.cue[0]
        ) or self._adjunct_platform(a)

    def _adjunct_platform(self, a: Attribution) -> bool:
        """What follows a's cue in its sentence names where the words went up (see
        phrases.platform_adjunct): its contents after the cue, or, with none, the words up
        to the sentence's end."""
        cue = self.text[a.cue[0] : a.cue[1]].lower().split()
        if not a.contents or any(w in _WITHHELD_CUE_WORDS for w in cue):
            return False  # "did not respond to messages sent through the forum": no words
        after = [(s, e) for s, e in a.contents if s >= a.cue[1]]
        if after and any(phrases.platform_adjunct(self.text[s:e]) for s, e in after):
            return True
        if after and self.text[after[-1][0]] not in phrases._QUOTE_MARKS:
            return False
        # nothing after the cue, or a quotation, then the rest of the sentence ("writing “new
        # chapter” under a photo on Instagram")
        at = after[-1][1] if after else a.cue[1]
        tail = self.text[at : at + phrases.ADJUNCT_CHARS]
        end = phrases.SENTENCE_END.search(tail)
        return phrases.platform_adjunct(tail[: end.start()] if end is not None else tail)

    def _posted_lead(self, s: int, e: int) -> bool:
        """The content after the cue opens with where the words went up ("in a follow-up
        video on YouTube", "in a farewell message on Instagram", "in the same post"): a
        phrase of phrases.POSTED_LEAD_CHARS at most, before any "that" or quotation, naming a
        platform or a post."""
        m = phrases._POSTED_LEAD.match(self.text, s, min(e, s + phrases.POSTED_LEAD_CHARS))
        if m is None:
            return False
        lead = m.group()
        if phrases._names_platform(lead):
            return True
        if phrases._IN_THE_POST.search(lead) is None:
            return False
        # "in the same post", "in the clip": a post only where a platform was named just before
        return phrases._names_platform(self.text[max(0, s - phrases.POST_CONTEXT_CHARS) : s])

    def _post_source(self, a: Attribution) -> bool:
        """ "A viral Facebook post says", "The post claims" (a platform named just before):
        the source is a post."""
        if a.source is None:
            return False
        phrase = self.text[a.source[0] : a.source[1]].split(",", 1)[0]  # "The post, shared …,"
        words = phrases._words(phrase.lower())
        if not words or phrases._head(words) not in phrases.POST_NOUNS:
            return False
        around = self.text[max(0, a.source[0] - phrases.POST_CONTEXT_CHARS) : a.source[1]]
        return phrases._names_platform(around)

    def _continues_post(self, a: Attribution, speaker: Speaker) -> bool:
        """Words from a post cited just before: the same speaker quoted again right after a
        post ("… announced on Threads. “…,” he wrote."), or "wrote" / "in the video" shortly
        after a platform is named ("… drew 80 million views on Weibo. One user wrote …")."""
        cue = self.text[a.cue[0] : a.cue[1]].lower().split()
        if any(w in _OTHER_MEDIA for w in cue):
            return False  # "“…,” he said in a later interview": not the post
        if phrases._ASKED_BY.search(self._opened_frame(a)) is not None:
            return False  # "Asked by the Trevane Observer about her plans, Ferrante said"
        if a.lemma == "tell":
            told = self.text[a.cue[1] : a.cue[1] + _TOLD_CHARS].lower().split()[:3]
            if not any(w.strip(".,:;") in _AUDIENCES for w in told):
                return False  # "“…,” Lutsenko told reporters at the stadium": not the post
        if self.history and self.history[-1].social_media and self.history[-1].key == speaker.key:
            near = a.start - self.positions[-1] <= phrases.POST_CONTEXT_CHARS
            if near and any(self.text[s] in phrases._QUOTE_MARKS for s, _ in a.contents):
                return True
            if near and self.text[a.cue[0] : a.cue[1]].endswith("ing"):
                return True  # "…,” Friberg wrote, adding that …": the same post
        if (
            speaker.key == "another"
            # not "Another fan told the Harbour Echo …": words to someone, not a post ("called
            # it “…”": "it" is what was called so, no one told)
            and (
                a.recipient is None
                # ("called the chef “a snob”": what was called so, no one told)
                or a.lemma == "call"
                or self.text[a.recipient[0] : a.recipient[1]].lower() in _THING_OBJECTS
            )
            and a.lemma != "tell"
            and self.history
            and self.history[-1].social_media
            and self.history[-1].kind == "anonymous"
            and a.start - self.positions[-1] <= phrases.POST_CONTEXT_CHARS
        ):
            return True  # "“Lost my deposit,” one user wrote on Telegram. Another said …"
        frame = self._framed(a).lower()  # "In a long post, X said"
        if not (
            self.text[a.cue[0] : a.cue[1]].lower() in ("wrote", "writes", "writing")
            or phrases._IN_THE_POST.search(frame)
            # "… has posted a video to TikTok. In it, campaign coordinator Bea Lindqvist says"
            or (
                frame.lstrip().startswith("in it,")
                and phrases.POST_NOUN.search(
                    self.text, max(0, a.start - phrases.POST_NOUN_REACH), a.start
                )
                is not None
            )
            or self._post_in_tail(a)  # "“…,” the rower said in the clip."
        ):
            return False
        return phrases._names_platform(
            self.text[max(0, a.start - phrases.POST_CONTEXT_CHARS) : a.start]
        )

    def _last_outlet(self) -> str | None:
        """The outlet cited last among recent sources: one speaking ("the Meridian Ledger
        reported") or carrying a source's words (its via)."""
        for s in self._recent():
            name = s.via or outlet_name(s)
            if name is not None:
                return name
        return None

    def _dateline_outlets(self) -> frozenset[str]:
        """The agencies named in the text's wire datelines ("BRANVIK, March 3 (Northwire) -")."""
        if self._datelines is None:
            found = phrases._DATELINE_OUTLET.finditer(self.text)
            self._datelines = frozenset(m.group(1).strip() for m in found)
        return self._datelines

    def _opener(self, a: Attribution) -> str:
        """The phrase opening the sentence before a's source with its comma ("" if none)."""
        opener = phrases._OPENER.search(self.text, max(0, a.start - phrases.OPENER_WINDOW), a.start)
        return (opener.group(1) or opener.group(2)) + ", " if opener is not None else ""

    def _trailing_interview(self, a: Attribution) -> str | None:
        """The outlet of an interview that ends the cue's sentence (", in an interview with
        the television channel Sport Nine aired on Sunday")."""
        lo, hi = a.cue[1], a.cue[1] + phrases.INTERVIEW_REACH
        line_end = self.text.find("\n", lo, hi)
        hi = hi if line_end < 0 else line_end
        end = phrases._NEXT_SENTENCE.search(self.text, lo, hi)
        hi = end.start() if end is not None else hi
        found = phrases.TRAILING_INTERVIEW.search(self.text, lo, hi)
        if found is None:
            return None
        m = phrases._VIA_TOLD.match(self.text, found.start() + 2, hi + 1)
        if m is None:
            return None
        outlet = phrases.sentence_cut(m.group("name")).strip().rstrip(".,;:")
        if outlet and (lex.is_outlet(outlet) or m.group("kind") or m.group("after")):
            return outlet
        return None

    def _other_outlet(self, outlet: str) -> str | None:
        """The outlet that saw a document, unless it is the article's own agency under its
        dateline ("KESSINGTON, March 12 (Northwire) – … a draft seen by Northwire": no one
        carried it to the reader but the article itself)."""
        return None if outlet in self._dateline_outlets() else outlet

    def _via(self, a: Attribution, speaker: Speaker) -> str | None:
        if a.recipient is not None:
            rec = self.text[a.recipient[0] : a.recipient[1]]
            if lex.is_outlet(rec) or phrases._TITLE_THE.match(rec.strip()):
                return rec.strip().removeprefix("the ")
        if a.lemma == "tell" and _OUTLET_AGAIN.match(self.text, a.cue[1]) is not None:
            return self._last_outlet()  # "the people told the newspaper": the one cited before
        asked = phrases._ASKED_BY.search(self._opened_frame(a))
        if asked is not None and lex.is_outlet(asked.group(1)):
            return asked.group(1)  # "Asked by the Trevane Observer about her plans, X said"
        m = phrases._VIA_INTERVIEW.search(self._opened_frame(a))
        interviewer = phrases.sentence_cut(m.group("name")) if m else ""
        if interviewer and (
            lex.is_outlet(interviewer)
            or (m and m.group("kind"))
            or (m and m.group("interview") and m.group("the") and _paper_like(interviewer))
        ):
            # (a kind: "with broadcaster NRT"; "the": "in an interview with the Kessel
            # Sportblad", a title no person takes)
            return interviewer.strip().rstrip(".,;")
        tail = a.cue[1] + phrases.VIA_TAIL_CHARS
        after = [e for s, e in a.contents if s >= a.cue[1]]
        if after:
            tail = min(tail, max(after))  # not the next sentence's outlet
        line_end = self.text.find("\n", a.cue[1], tail)  # not the next paragraph's outlet
        bound = tail if line_end < 0 else line_end
        if not after:
            # "“…,” it said. Merovane said in an email to the Baltic Post": not the next
            # sentence's outlet
            end = phrases._NEXT_SENTENCE.search(self.text, a.cue[1], bound)
            bound = end.start() if end is not None else bound
        m = phrases._VIA_TOLD.search(self.text, a.cue[0], bound)
        name = m.group("name") if m else ""
        if m is not None and m.end("name") == bound:
            # the search window ended inside the name ("Radio T|arrow"): read the word out
            rest = phrases.WORD_REST.match(self.text, bound)
            name += rest.group() if rest else ""
        outlet = phrases.sentence_cut(name).strip().rstrip(".,;:")
        if (
            m is not None
            and outlet
            and outlet != speaker.name
            and (
                # numbers aside ("Channel 9 News")
                lex.is_outlet(" ".join(w for w in outlet.split() if not w[0].isdigit()))
                or m.group("kind")  # "told the broadcaster VTV"
                or m.group("after")  # "told the Ledgerline newsletter"
                or outlet in self._dateline_outlets()  # "told Northwire" under its dateline
            )
        ):
            return outlet  # "told the Westmoor Gazette", "said on BBC Radio Westland"
        interview = self._trailing_interview(a)
        if interview is not None:
            return interview
        if a.source is not None:
            # "according to a draft plan seen by the Dunmore Ledger": the outlet that saw it
            seen = phrases._SEEN_BY.search(self.text, a.source[0], a.source[1])
            if seen is not None:
                return self._other_outlet(seen.group(1).strip())
        # "said in an email to staff, seen by ByteLedger, that …": what she wrote, as seen
        seen = phrases._SEEN_BY.search(self.text, a.cue[1], a.cue[1] + phrases.SEEN_AFTER_CUE)
        if seen is not None and "," in self.text[a.cue[1] : seen.start()]:
            return self._other_outlet(seen.group(1).strip())
        state = phrases._STATE_MEDIA.match(self.text, a.cue[1])
        if state is not None and a.lemma == "tell":
            return state.group(1)  # "told state television"
        m = phrases._VIA_ACCORDING.match(self.text, a.end, a.end + phrases.ANTECEDENT_WINDOW)
        carrier = phrases.sentence_cut(m.group(1)).strip().rstrip(".,;") if m else ""
        if carrier and lex.is_outlet(carrier):
            return carrier  # "X said …, according to Reuters."
        return None
