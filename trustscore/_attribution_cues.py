"""Cue words of the attribution rules: the verb group around a reporting verb and when a cue word
is one.

The verb group's extent ("has repeatedly said in a statement on X"), passives, and the tests
that tell a reporting verb from the same word as a noun, adjective or other use ("the state
health department", "758 pledged delegates", "adding to his wins"), the phrases of a sought
reply that did not come ("did not comment", "had no comment"), and the subjects a weak cue
("show", "plan") needs to be a verb. Used by ``_attribution``; loops are bounded, so linear.
"""

from __future__ import annotations

from trustscore import _sourcing_lexicon as lex
from trustscore._attribution_record import BE, CUE_FORMS, FINITE, word
from trustscore._sentences import CLOSE_QUOTE as _CLOSE_QUOTE
from trustscore._sentences import OPEN_QUOTE as _OPEN_QUOTE
from trustscore._sentences import SENT_END as _SENT_END
from trustscore._sentences import Token

_CUE_NOUN_PHRASES = lex.words(
    "statement interview email e-mail letter post tweet speech video op-ed release "
    "message memo briefing conference call text column essay editorial blog address "
    "podcast livestream"
)
_CUE_NOUN_DETERMINERS = lex.NOUN_PHRASE_DETERMINERS
# Participles saying where a statement, post or video went up ("a video posted on TikTok").
_POSTED = lex.words("posted published shared uploaded")
_TIME_WORDS = lex.TIME_ADVERBS | lex.words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
# The words "on", "last", "this", … join into a time phrase ("said last week").
_PERIOD_WORDS = _TIME_WORDS | {"week", "month", "year", "night", "weekend"}

# Before a verb group these make it a noun ("an earlier report") or an infinitive ("to be named").
BEFORE_GROUP = (lex.NOUN_MARKERS - {"that", "which", "what"}) | {"to"}
PARTICLES = lex.words("out up about to on for against at")


# Nouns that end in "ly" ("The family said", "the assembly voted").
_LY_NOUNS = lex.words(
    "family families assembly supply rally ally anomaly monopoly reply bully homily jelly "
    "belly folly lily holly gully butterfly firefly dragonfly"
)


def _adverb(t: Token) -> bool:
    return (
        t.lower.endswith("ly")
        and len(t.lower) > 4
        and t.text.islower()
        and t.lower not in _LY_NOUNS
    )


def cue_left(sent: list[Token], i: int) -> int:
    """Index of the first token of the verb group ending at sent[i]."""
    k = i
    while k > 0 and (sent[k - 1].lower in lex.VERB_GROUP or _adverb(sent[k - 1])):
        if sent[k - 1].text[:1].isupper() and k - 1 > 0 and sent[k - 2].text[:1].isupper():
            break  # "Theresa May said": a capitalised word after a name is the name's
        if sent[k - 1].text == "May" and k - 1 > 0 and sent[k - 2].lower in _MONTH_OPENERS:
            break  # "the shooting last May has found": the month, not the modal
        k -= 1
    return k


# Words before "May" that make it the month ("last May", "in May", "since May").
_MONTH_OPENERS = lex.words("last next this early late mid in since until by of")
# What a platform carries, after its name in "in a Telegram post".
_PLATFORM_ITEMS = frozenset(("post", "video", "message", "tweet", "story", "thread", "statement"))
_PLATFORM_PLURALS = frozenset(("posts", "videos", "messages", "tweets", "stories"))
# Where on a platform ("on its Telegram channel").
_PLATFORM_PLACES = frozenset(("channel", "account", "page", "feed", "profile", "story"))


# What an estimate puts at a figure ("Police put the figure at about 1,200").
_ESTIMATES = lex.words("figure figures number numbers toll total cost costs turnout crowd bill")
# How far after "put it in"/"on" the colon or quote of the words may come.
_PUT_WHERE_REACH = 8


def _put_right(sent: list[Token], r: int) -> int:
    """End of a "put" cue starting before sent[r]: "put it" with words after it ("As one
    analyst put it, …", "put it more bluntly: …"), or "put" before an estimate ("put the
    death toll at 40"); -1 for any other "put" ("put forward a plan")."""
    n = len(sent)
    if r < n and sent[r].lower == "it":
        e = r + 1
        while e < n and e - r <= 2 and _adverb_or_degree(sent[e]):
            e += 1  # "put it more bluntly"
        if e >= n or sent[e].text in (",", ":"):
            return r + 1
        if sent[e].lower == "to" and e + 1 < n and _addressee(sent[e + 1]):
            return r + 1  # "put it to me", "put it to reporters" (not "put it to good use")
        if sent[e].lower in ("in", "on") and words_follow(sent[e + 1 : e + _PUT_WHERE_REACH]):
            return r + 1  # "put it in an email to us: …", "put it bluntly on X: …"
        return -1
    j = r + 1 if r < n and sent[r].lower in ("the", "its", "their", "his", "her") else r
    while j < n and j - r < 3 and sent[j].text.islower() and sent[j].lower not in _ESTIMATES:
        j += 1  # "put the death toll at"
    if j + 1 < n and sent[j].lower in _ESTIMATES and sent[j + 1].lower == "at":
        return r
    return -1


def words_follow(toks: list[Token]) -> bool:
    """A colon or an opening quotation mark among toks: words reported come."""
    return any(t.text == ":" or t.text in _OPEN_QUOTE for t in toks)


def _addressee(t: Token) -> bool:
    """Whom words are put to: a pronoun, a name, or people ("reporters")."""
    return (
        t.lower in ("me", "us", "him", "her", "them", "you")
        or t.text[:1].isupper()
        or people_noun(t.lower)
    )


def _adverb_or_degree(t: Token) -> bool:
    return _adverb(t) or t.lower in ("more", "most", "less", "best", "so", "well")


def cue_right(sent: list[Token], i: int, lemma: str) -> int:
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
    if lemma == "put":
        return _put_right(sent, r)
    if lemma in lex.BACK_VERBS:
        if r >= n or sent[r].lower != "back":
            return -1
        r += 1  # "hit back", "fired back"
    elif r < n and sent[r].lower in PARTICLES and lemma in lex.PARTICLE_VERBS:
        r += 1
    elif r < n and sent[r].lower == "in" and lemma == "weigh":
        r += 1  # "weighed in on Truth Social"
    elif lemma in lex.PARTICLE_VERBS and lemma in lex.NEEDS_PARTICLE:
        return -1
    det = r + 1 < n and sent[r].lower == "in" and sent[r + 1].lower in _CUE_NOUN_DETERMINERS
    if (
        det
        and r + 3 < n
        and sent[r + 2].text.isalpha()
        and sent[r + 2].text.islower()
        and sent[r + 3].lower in _CUE_NOUN_PHRASES
    ):
        r += 4  # "said in a joint statement", "in a telephone interview", "in a video address"
    elif det and r + 2 < n and sent[r + 2].lower in _CUE_NOUN_PHRASES:
        r += 3
    if (
        r > i + 1
        and sent[r - 1].lower in _CUE_NOUN_PHRASES
        and r + 1 < n
        and sent[r].lower == "with"
        and sent[r + 1].text[0].isupper()
    ):
        r += 2  # "in an interview with CNN"
        while r < n and sent[r].text[0].isupper() and word(sent[r]):
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


def skip_time(sent: list[Token], r: int) -> int:
    """Index past the time words from sent[r] on ("on Monday", "last week")."""
    n = len(sent)
    while r < n:
        low = sent[r].lower
        if low in _TIME_WORDS:
            r += 1
        elif (
            low in ("on", "last", "this", "next", "late", "early")
            and r + 1 < n
            and sent[r + 1].lower in _PERIOD_WORDS
        ):
            r += 2
        else:
            break
    return r


def reduced_relative(sent: list[Token], i: int) -> bool:
    """ "A study published in Thorax found …", "figures released by the office show …": a
    participle after a noun, then a preposition, with a later cue as the sentence's verb."""
    if not (0 < i < len(sent) - 1):
        return False
    finite_after = sent[i].lower in lex.FINITE_PARTICIPLES
    if not (finite_after or sent[i].lower in lex.RELATIVE_PARTICIPLES):
        return False
    noun = sent[i - 1]
    record = _record_by_name(sent, i - 1)
    if record >= 0:
        # "A report by the Marine Research Institute published last month found …"
        if sent[i + 1].lower not in lex.RELATIVE_FOLLOWERS or follows_quote(sent, record):
            return False
        return _later_cue(sent, i)
    # a capital only on the sentence's first word, before an agent: "Figures released by the
    # office show …" ("Officials released on Monday …" is the officials' verb)
    opener = i == 1 and sent[i + 1].lower == "by" and noun.text[1:].islower()
    if not (noun.text.isalpha() and (noun.text.islower() or opener)) or noun.lower in lex.PRONOUNS:
        return False
    # "A report released …", "An internal report seen by …": an article, maybe an adjective
    determined = (i >= 2 and sent[i - 2].lower in ("a", "an", "the")) or (
        i >= 3
        and sent[i - 3].lower in ("a", "an", "the")
        and sent[i - 2].text.isalpha()
        and sent[i - 2].text.islower()
    )
    # ("Documents released by the committee show …": a plural opening the sentence is no verb)
    if noun.lower in lex.VERB_GROUP or (noun.lower in CUE_FORMS and not determined and not opener):
        return False
    if sent[i + 1].lower not in lex.RELATIVE_FOLLOWERS:
        return False
    # "“…,” the bank posted on X …": right after a quote, the noun is the quote's source
    j = i - 1
    if determined:  # the article's position
        j = next(m for m in (i - 3, i - 2) if m >= 0 and sent[m].lower in ("a", "an", "the"))
    if follows_quote(sent, j):
        return False
    return _finite_after_phrase(sent, i) if finite_after else _later_cue(sent, i)


# Tokens of a participle's short phrase before the sentence's own verb ("in the spring").
MAX_PARTICIPLE_PHRASE = 4


def _finite_after_phrase(sent: list[Token], i: int) -> bool:
    """A finite verb follows the participle at i after a short phrase of lower-case words or
    a time ("The scheme promised in the spring will be …", "The cuts announced on Monday are
    …"): the participle modifies the noun before it."""
    if sent[i + 1].lower not in lex.RELATIVE_FOLLOWERS and sent[i + 1].lower not in FINITE:
        return False
    for k, t in enumerate(sent[i + 1 : i + 2 + MAX_PARTICIPLE_PHRASE]):
        if t.lower in FINITE and t.text.islower():  # (not "in May")
            return True
        if not word(t) or t.lower in lex.PRONOUNS or t.lower == "that":
            return False
        if t.text[:1].isupper() and t.lower not in _TIME_WORDS:
            return False
        if t.lower in lex.NOUN_PHRASE_DETERMINERS and (k > 1 or sent[i + 1].lower in _TIME_WORDS):
            return False  # "announced on Monday the scheme will …": a second phrase, a subject
    return False


def _later_cue(sent: list[Token], i: int) -> bool:
    """A lower-case cue after sent[i + 1], before any "that" (the sentence's verb)."""
    for t in sent[i + 2 :]:
        if t.lower == "that":
            return False  # "Several employees posted on LinkedIn that they had learned …"
        if t.lower in CUE_FORMS and t.text.islower():
            return True
    return False


# Words a record's maker follows ("a report by the Marine Research Institute").
_MAKER_PREPOSITIONS = frozenset(("by", "of", "from"))
# Capitalised words a maker's name may have before a participle.
MAX_MAKER_NAME_TOKENS = 6


def _record_by_name(sent: list[Token], e: int) -> int:
    """Index of the record noun when sent[e] ends "<record> by/of/from [the] <Name>" ("A
    report by the Marine Research Institute"); -1 otherwise."""
    j = e
    while j >= 0 and sent[j].text[:1].isupper() and word(sent[j]) and e - j < MAX_MAKER_NAME_TOKENS:
        j -= 1
    if j == e or j < 1:
        return -1
    if sent[j].lower == "the":
        j -= 1
    if j < 1 or sent[j].lower not in _MAKER_PREPOSITIONS:
        return -1
    return j - 1 if sent[j - 1].lower in lex.RECORD_NOUNS else -1


# Words after "to" that open a noun phrase, not an infinitive ("known to the family").
_NOUN_OPENERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "our", "my", "him", "them", "us", "me")
)


def to_a_noun(sent: list[Token], r: int) -> bool:
    """ "was already known to officers", "is known to the family": "to" before a noun phrase
    (a determiner, a name or a plural noun), not before a verb ("is said to be")."""
    if sent[r].lower != "to" or r + 1 >= len(sent):
        return False
    nxt = sent[r + 1]
    plural = nxt.lower.endswith("s") and not nxt.lower.endswith(("ss", "us", "is"))
    return nxt.lower in _NOUN_OPENERS or nxt.text[:1].isupper() or (plural and nxt.text.isalpha())


def passive(sent: list[Token], k: int, i: int) -> bool:
    """The cue at i is a participle after a form of "be" in its verb group k..i ("is said",
    "were told", "was first reported"; not the progressive "was saying")."""
    t = sent[i]
    if t.lower.endswith("ing") or t.lower == CUE_FORMS[t.lower][0]:
        return False
    return any(sent[j].lower in BE for j in range(k, i))


def follows_quote(sent: list[Token], j: int) -> bool:
    """sent[j] comes right after a closing quote, or after a comma right after one ("“…,” the
    bank", "“…”, one fan")."""
    if j <= 0:
        return False
    if sent[j - 1].text in _CLOSE_QUOTE:
        return True
    return j > 1 and sent[j - 1].text == "," and sent[j - 2].text in _CLOSE_QUOTE


# Words after a cue that open what was said: the cue is a verb, not an adjective.
_CLAUSE_WORDS = frozenset(("that", "they", "he", "she", "it", "we", "i", "the", "there", "this"))


def after_number(sent: list[Token], i: int) -> bool:
    """ "758 pledged delegates": a cue word between a number and a noun is an adjective."""
    return (
        0 < i < len(sent) - 1
        and sent[i - 1].text.replace(",", "").isdigit()
        and sent[i + 1].text.isalpha()
        and sent[i + 1].text.islower()
        # not a name ending in a number ("channel Sarnow 1 described the protesters as …")
        and not (i >= 2 and sent[i - 2].text[:1].isupper() and word(sent[i - 2]))
        # not a share of people ("About 4 in 10 say …") or a cue opening a clause ("the
        # other 2 said they …")
        and not (i >= 2 and sent[i - 2].lower == "in" and sent[i - 1].text in ("10", "100"))
        and sent[i + 1].lower not in _CLAUSE_WORDS
    )


def opens_name(sent: list[Token], j: int) -> bool:
    """The cue word at j opens a noun phrase before a capitalised name or title ("state" in
    "“…,” state Sen. Ana Ruiz said"): it follows a quote, a comma or the sentence start."""
    return (
        j + 1 < len(sent)
        and sent[j + 1].text[:1].isupper()
        and (j == 0 or sent[j - 1].text in _CLOSE_QUOTE or sent[j - 1].text == ",")
    )


# Cue forms that are far more often nouns: they count only before "that", a colon or a quote.
NOUN_FIRST = frozenset(("state", "states"))
# Words before "state" that make it a noun modifier ("the state health department", ", state
# officials said"): a verb "state" needs a subject on its left.
_STATE_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", ","))


def without_particle(sent: list[Token], i: int) -> bool:
    """A verb that reports only with its particle ("rail against", "weigh in") lacks it at i:
    "the rail operator", "the weigh station"."""
    lemma = CUE_FORMS[sent[i].lower][0]
    if lemma == "put" or lemma in lex.BACK_VERBS:
        return cue_right(sent, i, lemma) < 0  # "put forward a plan", "fired on the crowd"
    return lemma in lex.NEEDS_PARTICLE and (
        i + 1 >= len(sent) or sent[i + 1].lower not in PARTICLES
    )


def state_modifier(sent: list[Token], i: int) -> bool:
    """ "state" (or "states") at i modifies the lower-case noun after it: "the state health
    department", "…, state officials said", "State media reported" (not "…, states the
    report", whose next word is an article)."""
    if sent[i].lower not in NOUN_FIRST or i + 1 >= len(sent):
        return False
    nxt = sent[i + 1]
    opener = i == 0 or sent[i - 1].lower in _STATE_OPENERS
    # "A 2023 state audit found" (not "Section 12 states that …")
    year = i > 0 and sent[i - 1].text.isdigit() and nxt.lower != "that"
    noun = nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in ("the", "a", "an")
    return (opener or year) and noun


# Weak cues in their bare or -s form ("post", "posts", "report"): after "a"/"the" and a
# capitalised modifier they are nouns ("a Facebook post", "the Pentagon report").
NOUN_LIKE_FORMS = frozenset(
    form for lemma in lex.WEAK_CUES for form in (lemma, lemma + "s") if form in CUE_FORMS
)


def finite_cue(t: Token) -> bool:
    """A lower-case reporting verb that is no gerund ("show", "said", "showed")."""
    entry = CUE_FORMS.get(t.lower)
    return entry is not None and t.text.islower() and not t.lower.endswith("ing")


# Determiners before what a reply verb returns ("a request", "our calls").
_RETURN_DETERMINERS = frozenset(("a", "an", "our", "my", "the", "his", "her", "their", "repeated"))


def not_speech_use(sent: list[Token], r: int, lemma: str) -> bool:
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
    if lemma == "push":
        # "had pushed open a service gate", "pushed past the guards": a body moving
        return nxt in ("open", "shut", "aside", "past", "through", "into", "onto", "over")
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
        # ("did not return our calls": a possessive before the calls)
        return nxt not in _RETURNED and not (nxt in _RETURN_DETERMINERS and after in _RETURNED)
    if lemma == "recall":
        # "is recalling about 40,000 bottles", "recalled three batches": a product recall
        window = [t.lower for t in sent[r : r + _RECALL_WINDOW]]
        return (
            nxt[:1].isdigit() or nxt in _QUANTITY_WORDS or any(w in _RECALLED_GOODS for w in window)
        )
    if lemma == "show":
        # "Renwick showed no emotion": a look, not a finding ("Data showed little change")
        return any(t.lower in _SHOWN_FEELINGS for t in sent[r : r + 2])
    if lemma == "find":
        # "found the former treasurer guilty", "was found dead": a verdict or a discovery,
        # not a finding reported
        for t in sent[r : r + _VERDICT_WINDOW]:
            if t.lower in _VERDICT_WORDS:
                return True
            if not word(t) or t.lower == "that":
                break
    return False


# Words after "showed" for a look or a feeling, not a finding ("showed no emotion").
_SHOWN_FEELINGS = lex.words("emotion emotions remorse composure restraint courage")
# A product recall: a quantity right after the verb, or goods within this many tokens.
_RECALL_WINDOW = 6
_QUANTITY_WORDS = lex.words(
    "about some nearly around roughly more over up all thousands hundreds millions dozens"
)
_RECALLED_GOODS = lex.words(
    "batch batches bottle bottles unit units vehicle vehicles car cars product products pack "
    "packs packet packets jar jars tablet tablets lot lots model models device devices"
)


# A source that did not answer gives no content but is still cited, for the right of reply:
# "The army did not comment.", "The owner has not commented.", "Police did not respond."
REPLY_LEMMAS = frozenset(("comment", "respond", "reply", "reach", "answer"))
NEGATIONS = frozenset(("not", "n’t", "n't", "never", "cannot", "no"))
# "had no comment", "has no immediate comment": a reply verb's noun after these.
_HAVE_FORMS = frozenset(("had", "has", "have"))
_NO_COMMENT_ADJECTIVES = frozenset(("immediate", "further", "official"))
# "could not be reached (for comment)": the modals of a source that did not answer.
UNREACHED_MODALS = frozenset(("could", "can", "cannot"))


def negates(word: str) -> bool:
    """A lower-case word that negates a verb: "not", "never", or a contraction the tokenizer
    keeps whole ("didn't", "hasn’t")."""
    return word in NEGATIONS or word.endswith(("n't", "n’t"))


def negation(t: Token) -> bool:
    """A token that negates a verb (see negates)."""
    return negates(t.lower)


def no_comment_start(sent: list[Token], i: int) -> int | None:
    """Index of "had" in "had no (immediate) comment" ending at sent[i], else None."""
    j = i - 1
    if j >= 0 and sent[j].lower in _NO_COMMENT_ADJECTIVES:
        j -= 1
    if j >= 1 and sent[j].lower == "no" and sent[j - 1].lower in _HAVE_FORMS:
        return j - 1
    return None


# What a source returns when it is a reply ("did not return calls / a request for comment").
_RETURNED = frozenset(
    ("calls", "call", "messages", "message", "emails", "email", "requests", "request", "phone")
)
# "found X guilty" / "found dead": words after "found" that make it a verdict or a discovery;
# looked for in the next few tokens, before punctuation or "that" ends the object.
_VERDICT_WORDS = frozenset(
    ("guilty", "innocent", "liable", "dead", "alive", "unconscious", "unresponsive")
)
_VERDICT_WINDOW = 8  # "found former city planning chief Victor Alcazar guilty"


# Words that open an object noun phrase after "added" (a count or a thing, not content).
_ADDED_OBJECTS = frozenset(
    ("a", "an", "his", "her", "their", "its", "another", "two", "three", "four", "five", "six")
)


def anonymity_phrase(sent: list[Token], r: int) -> bool:
    """ "who asked not to be named", "speaking on condition of anonymity": not a statement."""
    nxt = " ".join(t.lower for t in sent[r : r + 5])
    if nxt.startswith(("that his name not", "that her name not", "that their names not")):
        return True  # "asking that her name not be published"
    return nxt.startswith(("not to be", "on condition of", "on the condition", "anonymously"))


def coordinated_cue(t: Token) -> bool:
    """ "... and promised to ...": a second reporting verb sharing the subject."""
    entry = CUE_FORMS.get(t.lower)
    return entry is not None and t.text.islower() and entry[1] == "speech" and t.lower != entry[0]


# Verbs of change that follow a plural noun subject ("shares fell", "claims rose", "waiting
# lists grew"): a cue form right before one is that noun.
MOVES = lex.words(
    "fell rose grew jumped dropped climbed slid surged tumbled soared plunged gained doubled "
    "tripled increased decreased eased edged slumped rallied remained stood hit reached topped "
    "fall rise grow jump drop climb slide surge"
)
# What is forecast, right before "forecast" as a noun ("its full-year profit forecast"; "the
# company forecast that …" and "analysts forecast growth" stay verbs).
FORECAST_OBJECTS = lex.words(
    "profit profits growth revenue revenues sales earnings weather inflation budget rate "
    "demand price prices production output gdp full-year annual quarterly economic earnings"
)

# Capitalised plural subjects a base-form verb agrees with ("Both want", "Many fear").
_PLURAL_SUBJECTS = lex.QUANTIFIERS | {"all", "others"}


# Words after a record noun that open its modifier before the verb ("figures published by
# the audit office show", "Data from the council show").
_RECORD_MODIFIERS = frozenset(
    (
        "from",
        "of",
        "by",
        "published",
        "released",
        "filed",
        "compiled",
        "issued",
        "obtained",
        "sent",
        "seen",
        "leaked",
        "shared",
        "held",
        "kept",
    )
)
_RECORD_PREPOSITIONS = frozenset(("from", "of", "by"))
# How far back the record noun of a weak cue's subject may be (tokens).
_RECORD_REACH = 10


def record_modified(sent: list[Token], j: int) -> bool:
    """sent[j] is a record or document noun with a modifier after it ("documents filed",
    "data from", "A draft of the framework obtained by …")."""
    return (
        j + 1 < len(sent)
        and (sent[j].lower in lex.RECORD_NOUNS or sent[j].lower in lex.DOCUMENT_NOUNS)
        and sent[j + 1].lower in _RECORD_MODIFIERS
    )


def record_subject(sent: list[Token], i: int) -> bool:
    """The subject of the weak cue at sent[i] is a record with a modifier after it, in the
    same clause ("Figures published by the audit office show …")."""
    for j in range(i - 2, max(-1, i - _RECORD_REACH), -1):
        t = sent[j]
        if t.text in (",", ";", ":") or t.lower in lex.CLAUSE_BREAK:
            return False
        record = record_modified(sent, j)
        if t.lower in CUE_FORMS and t.lower not in _RECORD_MODIFIERS and not record:
            return False  # ("Court documents filed …": "documents" is no verb there)
        if record:
            # a participle ("published by", "filed in") or a named maker ("Data from the
            # Energy Storage Council"); not "Figures from last year show"
            # ("Data from the regional public health agency show …": a body noun names it too)
            return sent[j + 1].lower not in _RECORD_PREPOSITIONS or any(
                x.text[:1].isupper() or x.lower in lex.ORG_WORDS for x in sent[j + 2 : i]
            )
    return False


def participle(low: str) -> bool:
    """A lower-case word that opens a participle aside ("filed", "published", "known")."""
    return low in lex.RELATIVE_PARTICIPLES or (low.endswith("ed") and low.isalpha())


def _record_aside(sent: list[Token], i: int) -> bool:
    """The weak cue at sent[i] follows a record and a participle aside set off by commas
    ("The club’s accounts, filed in January, show …")."""
    if i < 4 or sent[i - 1].text != ",":
        return False
    for j in range(i - 2, max(0, i - _RECORD_REACH), -1):
        if sent[j].text == ",":
            return sent[j - 1].lower in lex.RECORD_NOUNS and participle(sent[j + 1].lower)
        if sent[j].text in (";", ":") or sent[j].lower in lex.CLAUSE_BREAK:
            return False
    return False


# What a record does when it reports ("a poll shows", "records suggest"; not "email list").
FINDING_LEMMAS = frozenset(("show", "find", "suggest", "indicate", "reveal", "say"))
# Words after "shows" that make it no finding ("the poll shows up", "shows off", "show in").
_RECORD_NOT_CONTENT = frozenset(("up", "off", "in", "on", "at", "for", "to", "as", "how"))


def weak_cue_subject(sent: list[Token], i: int, left: Token | None) -> bool:
    """A weak cue in a base or -s form ("comments", "plans", "shows") is a verb only after a
    subject: a pronoun or a name, or a body or group noun with a that-clause following ("the
    study shows that …", "data from the weather service show that …"; not "the group
    maintains an office")."""
    if left is None:
        return False
    if left.lower in lex.PRONOUNS:
        return True
    if record_subject(sent, i) or _record_aside(sent, i):
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
    if (
        noun
        and not ends
        and left.lower in lex.RECORD_NOUNS
        and left is sent[i - 1]
        and CUE_FORMS[sent[i].lower][0] in FINDING_LEMMAS
    ):
        # "a poll shows Trump leading", "records show, …": a record's finding needs no "that"
        nxt = sent[i + 1]
        return nxt.text == "," or (word(nxt) and nxt.lower not in _RECORD_NOT_CONTENT)
    return noun and ((i + 1 < len(sent) and sent[i + 1].lower == "that") or ends)


def people_noun(noun: str) -> bool:
    """A plural noun for people ("employees", "residents", "users", "analysts")."""
    return noun in lex.ANONYMOUS_NOUNS or noun.endswith(("ers", "ees", "ists", "ians", "ents"))


_COUNTING = lex.QUANTIFIERS | lex.words("two three four five dozens hundreds thousands")
_SUBJECT_NOUNS = (
    lex.ORG_WORDS | lex.ANONYMOUS_NOUNS | lex.ROLE_WORDS | lex.RECORD_NOUNS | lex.PERSON_NOUNS
)


def strong_subject(sent: list[Token], a: int, k: int) -> bool:
    """A weak cue needs a person-like subject: a pronoun or a capitalised name."""
    toks = sent[a:k]
    if any(t.lower in _SUBJECT_NOUNS for t in toks):
        return True
    if k < len(sent) and record_subject(sent, k):
        return True  # "Court documents filed last week show", "letters sent to members show"
    if len(toks) >= 2 and toks[0].lower in _COUNTING and people_noun(toks[-1].lower):
        return True  # "Several employees posted on LinkedIn that …": a group of people
    if len(toks) == 2 and toks[0].lower in ("one", "another") and people_noun(toks[1].lower + "s"):
        return True  # "One follower posted: “…”": one person of a group
    return (
        any(t.lower in lex.PRONOUNS or (t.text[0].isupper() and t is not sent[0]) for t in toks)
        or (len(toks) == 1 and toks[0].text[0].isupper())
        # "Ardagh himself posted …": a name and a reflexive pronoun
        or (
            len(toks) == 2
            and toks[0].text[0].isupper()
            and toks[1].lower in ("himself", "herself", "themselves", "itself")
        )
        # "Bellmar, a shipping line, posted …": an opening name before its appositive
        or (
            len(toks) > 2
            and toks[0] is sent[0]
            and toks[0].text[0].isupper()
            and toks[1].text == ","
            and toks[0].lower not in lex.CLAUSE_BREAK
            and not toks[0].lower.endswith("ly")
        )
    )
