"""Small hand-written word lists for the attribution stage (docs/sourcing.md).

The lists are written from general English usage; the choice of which reporting verbs and
belief verbs to include was informed by counting cue words in PolNeAR's ``train`` split
(frequencies only, no text from it is stored here).
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The white-space separated words of text, as a set."""
    return frozenset(text.split())


# Verbs that report speech or writing: the words of a source. Lemma -> irregular forms.
SPEECH_VERBS: frozenset[str] = words("""
    say tell add write ask note report announce suggest argue explain claim declare state
    insist warn confirm deny acknowledge admit recall reply respond comment testify tweet
    retweet post reveal predict promise vow pledge urge allege assert concede conclude
    emphasize emphasise stress describe accuse criticize criticise praise blast slam mock joke
    quip complain boast maintain contend counter retort estimate disclose indicate observe
    remark mention repeat reiterate caution advise assure dispute question demand propose
    recommend endorse defend dismiss reject condemn denounce lament cite quote show find
    brag chant shout yell scream whisper muse speculate charge decline refuse threaten
    continue tout hint concur complain proclaim recount acknowledge affirm reassure predict
    thank blame attack call echo tell inform answer urge describe highlight signal
    point refer cite offer express order admit talk speak discuss release identify
    challenge request push list share decry encourage compare portray rail remind deem
    email welcome bemoan issue address imply invoke assail applaud celebrate forecast
    wonder hail downplay lambast dub liken credit champion attribute congratulate
    rebuke apologize apologise lash weigh balk sign name focus project reference publish
    convince persuade rule authorize authorise approve appoint imagine document rebuff
    distance make fume scoff gripe return caption hit fire put snipe moan grumble sneer
    rage sob gush rant seethe
    """)

# Verbs that attribute a belief, an intention or an attitude (PolNeAR counts these too; the
# sourcing signals do not, because they are not the article citing anyone).
THOUGHT_VERBS: frozenset[str] = words("""
    think believe want hope plan expect fear worry feel know understand doubt intend wish
    prefer support oppose favor favour consider regard agree disagree realize realise
    learn assume suspect recognize recognise remember seem appear vote aim seek see back
    decide determine embrace view
    """)

IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying", "say"),
    "tell": ("told", "tells", "telling", "tell"),
    "write": ("wrote", "writes", "writing", "written", "write"),
    "find": ("found", "finds", "finding", "find"),
    "think": ("thought", "thinks", "thinking", "think"),
    "know": ("knew", "knows", "knowing", "known", "know"),
    "feel": ("felt", "feels", "feeling", "feel"),
    "understand": ("understood", "understands", "understanding", "understand"),
    "seek": ("sought", "seeks", "seeking", "seek"),
    "show": ("showed", "shows", "showing", "shown", "show"),
    "learn": ("learned", "learnt", "learns", "learning", "learn"),
    "speak": ("spoke", "speaks", "speaking", "spoken", "speak"),
    "see": ("saw", "sees", "seeing", "seen", "see"),
    "read": ("reads", "read"),
    "forecast": ("forecast", "forecasts", "forecasted"),
    "lash": ("lashed", "lashing"),
    "make": ("made", "makes", "making", "make"),
    "hit": ("hit", "hits", "hitting"),
    "put": ("put", "puts", "putting"),
}

# Verbs that put their source after them: "“...,” said Ana Ruiz", "..., wrote the minister".
INVERTING: frozenset[str] = words(
    "say tell add write ask note explain continue insist reply respond recall warn tweet "
    "argue declare answer concede joke quip observe remark repeat predict explain"
)

# Verbs whose final consonant doubles (admitted, referring) though they have two syllables.
DOUBLING: frozenset[str] = words(
    "admit commit regret refer prefer rebut omit permit submit concur occur compel quip"
)

# Verbs that take a particle into the cue ("pointed out", "talked about", "called for").
PARTICLE_VERBS: frozenset[str] = words(
    "point refer talk speak focus rail push weigh balk call lash apologize apologise"
)
# ... and count as cues only with it ("pointed out", never "pointed" alone).
NEEDS_PARTICLE: frozenset[str] = words("point refer talk focus rail weigh balk lash")
# Verbs that report only with "back" after them ("hit back", "fired back"), and take no
# other particle ("fired on the crowd" is no reply).
BACK_VERBS: frozenset[str] = words("hit fire")

# Cue words that are often nouns or ordinary verbs: accepted only with a clear subject and
# content next to them (see _attribution_cues.weak_cue_subject).
WEAK_CUES: frozenset[str] = words("""
    report show find call question counter post answer signal attack thank echo continue
    charge support oppose favor favour vote aim seek appear seem know learn feel highlight
    quote state note comment plan hope fear worry tout want expect see back read order
    release issue sign name list share address view talk speak credit welcome push offer
    project rule hint blame recount champion email document caption fire dispute
    """)

# Words after a cue that mean it is not reporting content: "said little about", "known for".
NOT_CONTENT_AFTER: frozenset[str] = words(
    "little nothing much less more anything goodbye hello thanks sorry yes no"
)

PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "his": "m",
    "her": "f",
    "they": "p",
    "their": "p",
    "it": "n",
    "its": "n",
    "who": "rel",
    "which": "rel",
    "that": "rel",
    "i": "author",
    "we": "author",
    "you": "author",
    "my": "author",
    "our": "author",
}

# Adverbs set off by commas ("Hospital staff, however, said", "Prices rose, too, said"): never
# an appositive or part of a name.
DISCOURSE_ADVERBS: frozenset[str] = words("however meanwhile too though also instead")
# Adverbs that open a sentence before a comma ("However, the minister said"): not the source.
SENTENCE_ADVERBS: frozenset[str] = DISCOURSE_ADVERBS | words("""
    still yet separately later earlier nevertheless nonetheless moreover indeed similarly
    likewise again now then today yesterday overall finally afterwards afterward elsewhere
    previously otherwise ultimately initially besides furthermore additionally
    """)

# Words that may sit between the source and the cue verb: auxiliaries, modals, negation,
# frequent adverbs. They join the cue (PolNeAR's "verb group").
VERB_GROUP: frozenset[str] = words("""
    has have had having is was were are be been being am do does did not n't never also
    will would could should may might must can cannot later earlier previously repeatedly
    once then further recently publicly privately reportedly often still already just
    again first quickly frequently long even only initially since always didn't doesn't
    don't wasn't isn't hasn't haven't hadn't won't wouldn't couldn't shouldn't weren't
    aren't can't
    """)

# A token just before a candidate cue that makes it a noun or an infinitive, not a verb.
NOUN_MARKERS: frozenset[str] = words("""
    the a an this that these those his her their its our my your whose of in on for with
    by from at into about any no every which what during
    """)

# Words that end a backward walk for the source noun phrase (a clause starts here).
CLAUSE_BREAK: frozenset[str] = words("""
    that which when because but and or as while if since after before where so though
    although whether until unless than then also yet nor once how why what
    """)

# Pronouns that are a whole subject when they end a source phrase ("On Monday he said").
SUBJECT_PRONOUNS: frozenset[str] = words("he she they we i")

ANONYMOUS_NOUNS: frozenset[str] = words("""
    official officials source sources person people aide aides diplomat diplomats insider
    bosses chiefs
    insiders someone somebody employee employees staffer staffers member members witness pal
    pals mate mates chum chums surgeon surgeons physician physicians paramedic paramedics
    clinician clinicians pilot pilots witnesses resident residents officer officers analyst
    analysts expert experts investigator investigators observer observers colleague colleagues
    adviser advisers advisor advisors lawmaker lawmakers legislator legislators executive
    executives associate associates ally allies friend friends confidant confidants negotiator
    negotiators worker workers lawyer lawyers individual individuals another others third fourth
    staff trader traders driver drivers voter voters student students parent parents farmer
    farmers doctor doctors nurse nurses soldier soldiers teacher teachers survivor survivors
    protester protesters participant participants organizer organizers neighbour neighbours
    neighbor neighbors shopkeeper shopkeepers victim victims relative relatives family families
    critic critics opponent opponents supporter supporters proponent proponents advocate
    advocates activist activists campaigner campaigners demonstrator demonstrators skeptic
    skeptics sceptic sceptics commentator commentators pollster pollsters strategist strategists
    consultant consultants economist economists scientist scientists researcher researchers
    academic academics scholar scholars historian historians specialist specialists engineer
    engineers physician physicians medic medics paramedic paramedics firefighter firefighters
    rescuer rescuers eyewitness eyewitnesses bystander bystanders onlooker onlookers local
    locals villager villagers passenger passengers customer customers user users fan fans
    visitor visitors tourist tourists shopper shoppers investor investors banker bankers
    homeowner homeowners tenant tenants owner owners taxpayer taxpayers citizen citizens
    delegate delegates mediator mediators monitor monitors inspector inspectors guard guards
    pilot pilots crew veteran veterans mourner mourners rival rivals backer backers detractor
    detractors defender defenders pupil pupils regular regulars everyone everybody author
    authors fisherman fishermen judges jurors landlord landlords
    """)
# Plural person nouns that open a sentence with a capital ("Forecasters say …"); a group,
# unless a person of that surname was named before. Written by hand: not surnames in practice
# ("Peters", "Sanders" are, so no "-ers" rule).
GROUP_NOUNS: frozenset[str] = words("""
    forecasters meteorologists commuters retailers lenders landlords renters motorists
    cyclists pedestrians parishioners worshippers congregants protestors petitioners
    residents shoppers bidders traders exporters importers growers breeders buyers sellers
    subscribers listeners viewers readers followers members leaders organisers organizers
    """)

# Time adverbs that sit between a source and its cue or after the cue ("Lionsgate yesterday
# announced", "said on Monday").
TIME_ADVERBS: frozenset[str] = words("today yesterday tonight earlier later recently")

# Quantifiers that can stand alone for some of a group ("Some said", "Both want", "Many fear").
QUANTIFIERS: frozenset[str] = words("some many most both several few")
# Number words that count people or things ("Forty say", "two comments"; "one" is apart).
NUMBER_WORDS: frozenset[str] = words(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred dozens hundreds thousands"
)

# Singular person nouns with no telling ending, for a bare "the …" source ("the actress
# said"): a person described, so anonymous, not a body. Only read after "the" with no name.
PERSON_NOUNS: frozenset[str] = words("""
    actress actor singer rapper songwriter poet novelist writer painter sculptor dancer
    player athlete striker goalkeeper midfielder forward swimmer runner boxer golfer
    jockey star celebrity influencer presenter host entrepreneur designer chef filmmaker
    contestant footballer cricketer model streamer podcaster youtuber creator administrator
    blogger vlogger commuter traveller traveler passenger shopper motorist
    mother father son daughter wife husband widow widower brother sister girl boy child
    teenager woman man uncle aunt nephew niece cousin grandmother grandfather grandson
    granddaughter
    headteacher headmaster headmistress teacher founder co-founder cofounder comedian coach
    farmer nurse pilot owner producer photographer researcher engineer campaigner volunteer
    surgeon paramedic firefighter curator composer author editor commentator pundit
    shopkeeper winemaker fisherman skipper steward grandmaster promoter cutman chart-topper
    hitmaker alum alumna alumnus champion challenger
    """)
# "The carmaker Volvo", "tech giant Apple": a company noun right before a capitalised name
# makes the name an organisation's, not a person's.
COMPANY_NOUNS: frozenset[str] = words("""
    firm company carmaker automaker giant maker manufacturer retailer insurer lender startup
    start-up conglomerate chain operator producer supplier developer carrier exporter
    importer miner brand label publisher distributor platform charity nonprofit non-profit
    watchdog regulator group bank airline broadcaster network newspaper magazine channel
    station outlet agency utility club team party union provider consultancy publication
    programme body service site website app exchange line tracker builder shipbuilder housebuilder
    contractor gang promoter portal
    """)
# Lower-case words inside a person's name ("Ana de la Cruz", "Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = words(
    "de la del della di da das dos du le van von der den ter bin al el ibn"
)

# Phrases that mark a source as anonymous even with a capitalised word around it.
ANONYMOUS_MARKERS: tuple[str, ...] = (
    "unnamed",
    "anonymous",
    "anonymity",
    "not authorized",
    "not authorised",
    "familiar with",
    "briefed on",
    "close to",
    "knowledgeable about",
    "with knowledge of",
    "who asked not to be named",
    "who declined to be named",
    "who spoke on condition",
    "speaking on condition",
    "identified only",
    "not want to be named",
    "not wish to be named",
    "not want to be identified",
    "not to be identified",
    "give only her first name",
    "give only his first name",
    "give only their first names",
)

# Two-word names of services whose last word alone is a person ("a guard"): bodies.
BODY_COMPOUNDS: frozenset[str] = frozenset(
    ("coast guard", "national guard", "civil guard", "home guard", "border force")
)

# People who speak for a body: without a name they count as the body (organization).
SPOKESPERSON_ROLES: frozenset[str] = words("""
    spokesman spokeswoman spokesperson spokespeople representative representatives publicist
    publicists rep reps
    """)

# Last words of company and institution names ("Silver Fern Pictures", "Orion Studios",
# "Kestrel Motors", "the Diocese of Wenham"): a name with one is a body, not a person.
BODY_NAME_WORDS: frozenset[str] = words("""
    studios studio pictures films records labs laboratories systems holdings partners
    industries motors airlines airways foods pharmaceuticals technologies solutions ventures
    logistics diocese church mosque synagogue temple parish school academy college museum
    library theatre theater orchestra festival dairy brewery bakery farms clinic stud
    international athletics lines railways rail energy water trust watch network
    trains buses rovers united wanderers athletic homes properties estates entertainment line
    distribution cooperative co-op partnership society fund capital
    games software insurance pharma telecom media constabulary chamber commerce week
    awards promotions airport airports zoo stadium slam cup open
    chemical chemicals freight medical cycles shipping cargo metals mining petroleum solar
    fisheries seafood seafoods
    electric electronics semiconductors devices instruments robotics biotech therapeutics
    biosciences healthcare pharmacy securities investments financial bancorp assurance realty
    construction engineering materials packaging plastics textiles apparel beverages brewing
    brands retail stores supermarkets hotels resorts leisure aviation aerospace automotive
    transit haulage couriers parcels telecoms wireless broadband utilities mobility analytics
    home guild collective semiconductor nutrition interactive maritime coal biologics bio
    nightclub restaurant cafe pub hotel shop store venue gallery cinema casino live air events
    transport motorsport motorsports racing lettings
    travel tours music sports digital global direct health care coffee kitchen wines
    rangers dairies calcio albion harriers co-operative cloud marine learning mutual
    casinos restaurants cafes pubs shops venues galleries cinemas nightclubs bakeries
    breweries clinics pharmacies academies colleges schools museums theatres kitchens
    productions mobile trading gp wash fc afc cf insolvency advisory
    """)
# Articles of other languages that open a body's or an outlet's name, never a person's ("Il
# Corriere del Porto", "Der Spiegel", "Los Angeles Times" aside, a place).
FOREIGN_ARTICLES: frozenset[str] = words("il der die het")

# Records that speak for whoever made them ("court papers show", "figures show that").
RECORD_NOUNS: frozenset[str] = words("""
    figures papers filings records minutes documents data statistics numbers results
    estimates polls surveys studies reports memos emails messages transcripts logs
    memo email document filing transcript poll survey study report analysis letters letter
    communiqué communique ruling rulings judgment judgement verdict accounts consultation
    consultations census audit audits log
    """)

# Documents that speak for whoever wrote them, besides lex.RECORD_NOUNS ("according to a draft
# plan", "an internal audit found", "radiocarbon tests show", "a leaked call sheet says"): an
# organisation, named as printed.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    (
        "plan", "plans", "draft", "audit", "audits", "letter", "letters", "complaint",
        "lawsuit", "indictment", "agreement", "affidavit", "ruling", "judgment", "judgement",
        "proposal", "contract", "assessment", "review", "tests", "test", "analyses",
        "decree", "decrees", "directive", "circular", "dossier", "briefing", "notes",
        "budget", "budgets", "text", "notice", "notices", "copy", "memorandum", "summary",
        "sheet", "sheets", "spreadsheet", "spreadsheets", "note", "invoice", "invoices",
        "manual", "handbook", "guidance", "guidelines", "schedule", "agenda", "script", "message",
        "log",
    )
)  # fmt: skip

# Things that carry words but do not speak ("The sign said the shop was closed", "The
# scoreboard said 3-1"): a source with one of these as its head is no source.
TEXT_OBJECTS: frozenset[str] = words("""
    sign signs banner banners scoreboard placard placards plaque poster posters billboard
    billboards graffiti screen clock thermometer gauge sticker stickers t-shirt inscription
    menu noticeboard film movie novel exhibition musical song album poem story stories tale
    tales documentary documentaries play memoir series episode production table show sitcom
    drama films movies novels exhibitions musicals songs albums poems plays memoirs episodes
    productions shows sitcoms dramas
    """)

ORG_WORDS: frozenset[str] = words("""
    ministry department government police army military navy company campaign committee
    agency court council office party union commission administration embassy pentagon
    kremlin congress senate parliament board bank group report study poll survey statement
    document documents data website network newspaper magazine firm corporation institute
    university hospital authority authorities regulator regulators prosecutors prosecution
    cabinet county city state center centre foundation association organization
    organisation coalition alliance federation inc corp ltd llc co. team club league
    command service services house bureau secretariat tribunal court's channel station
    paper publication broadcaster network's memo letter filing complaint lawsuit
    energy holdings airline airlines airways motors systems technologies pharmaceuticals
    capital partners industries media labs solutions logistics foods insurance telecom
    petroleum oil mining steel chemicals council channel branch division unit chapter
    street palace studies polls surveys reports research analysis analyses findings
    communiqué communique presidency directorate inspectorate prefecture registry register
    ferries ferry
    """)

ROLE_WORDS: frozenset[str] = words("""
    minister president secretary senator sen. rep. representative gov. governor colonel col.
    commander spokesman spokeswoman spokesperson chief director ceo chairman chairwoman chair
    professor prof. mayor leader ambassador general gen. judge attorney lawyer analyst
    economist official officer sergeant sgt. captain capt. lieutenant lt. major maj. admiral
    adm. dr. doctor chancellor premier king queen prince princess pope bishop rabbi imam
    reverend rev. coach manager founder author researcher scientist editor reporter
    correspondent columnist adviser advisor aide strategist pollster candidate nominee
    chancellor deputy vice head speaker whip counsel prosecutor sheriff detective inspector
    superintendent commissioner executive partner analyst historian activist mr. mrs. ms.
    miss dame sir lord lady councillor councilor councilman councilwoman alderman
    assemblyman assemblywoman congressman congresswoman lawmaker legislator sprinter striker
    midfielder defender goalkeeper quarterback pitcher winger batsman bowler jockey boxer
    trainer swimmer cyclist singer actor actress rapper chef entomologist epidemiologist virologist
    treasurer cllr cllr. harbourmaster harbormaster umpire referee trustee supervisor
    biologist ecologist geologist meteorologist psychologist boss skipper presenter host
    """)

TITLES_MALE: frozenset[str] = words("mr. mr sir lord king prince father brother")
TITLES_FEMALE: frozenset[str] = words("mrs. mrs ms. ms miss dame lady queen princess mother sister")

# A few hundred common given names by usual gender, for resolving "he said" / "she added"
# to the last named speaker of that gender. Unknown names match either pronoun.
MALE_NAMES: frozenset[str] = words("""
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis barack bernie ted marco jeb ben
    chris mike bill tom jim bob dan tim joe rand lindsey newt mitt hans pierre carlos luis
    miguel ahmed mohammed ali omar ivan dmitri sergei vladimir xi li wei hiroshi kenji rahul
    arjun olaf lars jan piotr marek antonio giovanni luca marco francesco klaus stefan jurgen
    emmanuel boris rishi keir viktor recep volodymyr benjamin naftali yair
    """)
FEMALE_NAMES: frozenset[str] = words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
    frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
    lori hillary carly nikki kamala elizabeth nancy angela theresa ursula christine sanna
    jacinda mette giorgia marine ana sofia lucia carmen elena ines fatima aisha priya yuki
    mei olga natalia irina svetlana ingrid astrid greta chloe zoe leila nadia amira
    """)

# Given names borne by men and women alike in English: a pronoun after one may be either
# ("Rival candidate Jan Pemberton was unimpressed. “…,” she said."), though the lists above
# hold them as names.
UNISEX_NAMES: frozenset[str] = words("jan jordan kelly jean andrea lindsey alexis")

SOCIAL_PLATFORMS: tuple[str, ...] = (
    "twitter",
    "x",
    "facebook",
    "telegram",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "truth social",
    "weibo",
    "threads",
    "bluesky",
    "mastodon",
    "snapchat",
    "reddit",
    "whatsapp",
    "vk",
    "gab",
    "parler",
    "twitch",
    "discord",
    "wechat",
    "douyin",
    "pinterest",
    "tumblr",
    "rumble",
)
# Participles that often open a reduced relative clause after a noun ("a study published in
# Thorax found", "a report issued by the board"): reporting words in CUE_FORMS, but not the
# sentence's verb when a preposition or time word follows them.
RELATIVE_PARTICIPLES: frozenset[str] = words(
    "published released issued posted conducted commissioned compiled obtained cited quoted "
    "filed prepared written sent provided accused seen reviewed recommended proposed held kept"
)
# Articles and possessive determiners that open a noun phrase ("the claim", "his comments").
NOUN_PHRASE_DETERMINERS: frozenset[str] = words("a an the his her their its")

# Participles that, after a noun, also read as a past verb ("The scheme promised in the
# spring will be set out", "The minister promised in May that …"): a modifier only when a
# finite verb follows their short phrase.
FINITE_PARTICIPLES: frozenset[str] = words("promised announced pledged unveiled agreed planned")
# ("A man accused of arson was denied bail": "of" follows only "accused" in practice)
RELATIVE_FOLLOWERS: frozenset[str] = words(
    "in on at by for with from to via last this earlier of alongside after before during ahead "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today"
)

SOCIAL_VERBS: frozenset[str] = words(
    "tweet tweeted tweets tweeting retweet retweeted retweeting posted posting posts"
)
SOCIAL_NOUNS: frozenset[str] = words("tweet tweets post posts retweet video livestream")

# News outlets (for "via": "told Reuters", "according to The Associated Press").
OUTLETS: frozenset[str] = words("""
    reuters ap afp bloomberg cnn bbc npr pbs msnbc cnbc politico axios abc cbs nbc fox upi
    dpa efe ansa tass xinhua kyodo yonhap bernama anadolu sky itv
    """)
OUTLET_WORDS: frozenset[str] = words("""
    times post journal herald tribune gazette telegraph guardian news press agency radio
    television tv magazine daily chronicle observer independent economist globe star sun
    mirror express mail today review bulletin wire network broadcasting courier echo weekly
    podcast monthly digest sentinel inquirer dispatch examiner enquirer ledger register
    advertiser fm argus courant clarion gleaner bugle recorder evening messenger mercury beacon
    spectator voice tidende standard record report reporter insider monitor advocate
    signal lantern online
    """)

# Words that start a "right of reply" statement: the article sought the other side.
REPLY_PATTERNS: tuple[str, ...] = (
    r"declined to comment",
    r"declined (?:a |an )?(?:request|requests|invitation)s? (?:for|to) (?:comment|an interview)",
    r"did not (?:immediately )?respond to (?:a |an |several |multiple |repeated )?"
    r"(?:request|requests|inquiry|inquiries|query|queries|message|messages|email|emails|call|calls)",
    r"did not (?:immediately )?(?:return|answer) (?:a |an )?(?:call|calls|message|messages|email|"
    r"emails|request|requests)",
    r"(?:could|can) not be reached (?:for|to) comment",
    r"could not immediately be reached",
    r"couldn[’']t be reached",
    r"(?:was|were) not (?:immediately )?available (?:for|to) comment",
    r"reached out to [^.]{1,80}? for (?:comment|a response|a reply)",
    r"asked (?:for|about) (?:comment|a response|their response|his response|her response)",
    r"(?:has|have|had) been contacted for comment",
    r"(?:was|were) contacted for comment",
    r"request(?:s|ed)? for comment",
    r"refused to comment",
    r"no immediate (?:comment|response|reply)",
    r"in response to (?:questions|a question|an inquiry|a request) from",
    r"responded to (?:a |an )?(?:request|inquiry|questions)",
    r"did not reply to",
)


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    s = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("e"):
        return (lemma, s, lemma + "d", lemma[:-1] + "ing")
    one_syllable = re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) is not None
    stem = lemma + lemma[-1] if one_syllable or lemma in DOUBLING else lemma
    if stem == lemma and re.search(r"[^aeiou][aeiou]l$", lemma):
        # British spelling doubles a final "l" after one vowel: "signalled", "labelling"
        return (lemma, s, stem + "ed", stem + "ing", lemma + "led", lemma + "ling")
    return (lemma, s, stem + "ed", stem + "ing")


def _build_forms() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for cls, lemmas in (("thought", THOUGHT_VERBS), ("speech", SPEECH_VERBS)):
        for lemma in sorted(lemmas):
            for f in _forms(lemma):
                table[f] = (lemma, cls)
    return table


CUE_FORMS: dict[str, tuple[str, str]] = _build_forms()
"""Every inflected cue word -> (lemma, 'speech' | 'thought')."""


# (an en dash joins two words: "Ardent–Lusso")
SOURCE_WORD = re.compile(r"[\w’'.\-]+(?:–[\w’'.\-]+)*")


# Outlets named by kind ("told local media", "told state television").
_MEDIA_BY_KIND = re.compile(
    r"(?:the )?(?:local|state|national|regional|foreign|international|public|Western|Russian|"
    r"Chinese|Iranian|Israeli|Turkish|Ukrainian) (?:media|television|TV|radio|newspapers?|"
    r"press|outlets?|broadcaster)"
)


def is_outlet(text: str) -> bool:
    """True when text names a news outlet ("Reuters", "The Associated Press", "CNN", "local
    media")."""
    if _MEDIA_BY_KIND.fullmatch(text.strip()):
        return True
    ws = [w for w in SOURCE_WORD.findall(text) if w.lower() != "the"]
    if not ws or not all(w[:1].isupper() or w.lower() in ("of", "and") for w in ws):
        return False
    # "Radio Nord", "the Daily Glint", "Track & Field Weekly", "Northwire", "the Sunday Blaze"
    return (
        ws[0].lower() in OUTLETS
        or (len(ws) >= 2 and ws[0].lower() in ("sunday", "saturday"))
        or any(w.lower().rstrip(".") in OUTLET_WORDS for w in ws)
        or (len(ws) == 1 and len(ws[0]) > len("wire") and ws[0].lower().endswith("wire"))
    )


def phrases(text: str) -> frozenset[str]:
    """The comma-separated phrases of text, lower case, white space folded, as a set."""
    return frozenset(" ".join(p.split()).lower() for p in text.split(",") if p.strip())


# Countries and the capitals that stand for their governments ("China said", "Moscow denied",
# "South Korea warned"): a state speaking, so an organisation, not a person. Written by hand;
# a name also used as a person's ("Washington", "Jordan") counts as a person once a person of
# that name was cited before (see _speakers).
# Last words of a place's name ("Sorrel Canyon", "Vell Street"): no person's.
PLACE_WORDS: frozenset[str] = words("""
    canyon valley river lake mountain mountains bay creek hill hills island islands beach
    street road avenue lane square bridge harbour harbor forest ridge falls coast peninsula
    heights park gardens boulevard drive
    """)

PLACES: frozenset[str] = phrases("""
    Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria,
    Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan,
    Bolivia, Bosnia, Botswana, Brazil, Britain, Brunei, Bulgaria, Burkina Faso, Burundi,
    Cambodia, Cameroon, Canada, Chile, China, Colombia, Congo, Costa Rica, Croatia, Cuba,
    Cyprus, Czechia, Czech Republic, Denmark, Djibouti, Ecuador, Egypt, El Salvador, England,
    Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia,
    Germany, Ghana, Greece, Guatemala, Guinea, Guyana, Haiti, Honduras, Hungary, Iceland,
    India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan,
    Kenya, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya,
    Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta,
    Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique,
    Myanmar, Namibia, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Korea,
    North Macedonia, Norway, Oman, Pakistan, Palestine, Panama, Papua New Guinea, Paraguay,
    Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Saudi Arabia,
    Scotland, Senegal, Serbia, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia,
    South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden,
    Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tunisia, Turkey,
    Turkmenistan, Uganda, Ukraine, United Arab Emirates, United Kingdom, United States,
    Uruguay, Uzbekistan, Venezuela, Vietnam, Wales, Yemen, Zambia, Zimbabwe, Abu Dhabi, Addis
    Ababa, Ankara, Athens, Baghdad, Beijing, Beirut, Berlin, Brasilia, Brussels, Budapest,
    Cairo, Canberra, Caracas, Damascus, Delhi, New Delhi, Doha, Dublin, Havana, Islamabad,
    Jakarta, Jerusalem, Kabul, Kyiv, Kiev, Lisbon, London, Madrid, Manila, Minsk, Moscow,
    Nairobi, Ottawa, Paris, Pretoria, Pyongyang, Rabat, Riyadh, Rome, Seoul, Stockholm,
    Taipei, Tehran, Tel Aviv, Tokyo, Tripoli, Vienna, Warsaw, Washington, Wellington,
    Westminster
    """)
