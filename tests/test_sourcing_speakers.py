"""Source kinds and speaker resolution on single sentences."""

from __future__ import annotations

import pytest

from trustscore._signals import ArticleBody
from trustscore._sourcing import sources_and_quotes


def _sources(*paragraphs: str) -> list[tuple[str, str | None]]:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=paragraphs))
    return [(s.kind, s.name) for s in sources]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Finance Minister Ana Ruiz said the deficit fell.", "named"),
        ("Officials said the deficit fell.", "anonymous"),
        ("Officials familiar with the matter said the deficit fell.", "anonymous"),
        ("A person briefed on the talks said the deficit fell.", "anonymous"),
        ("U.S. officials said the deficit fell.", "anonymous"),
        ("The Pentagon said the deficit fell.", "organization"),
        ("The ministry said in a statement that the deficit fell.", "organization"),
        ("A spokesperson for the ministry said the deficit fell.", "organization"),
        ("According to Reuters, the deficit fell.", "organization"),
        ("The report found that the deficit fell.", "organization"),
    ],
)
def test_kind(sentence: str, kind: str) -> None:
    [(got, _)] = _sources(sentence)
    assert got == kind


def test_role_and_name_split() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("Finance Minister Ana Ruiz said the deficit fell.",))
    )
    assert (sources[0].name, sources[0].role) == ("Ana Ruiz", "Finance Minister")


def test_surname_resolves_to_earlier_full_name() -> None:
    got = _sources("Ana Ruiz said taxes would fall.", "Ruiz added that spending would rise.")
    assert got == [("named", "Ana Ruiz"), ("named", "Ana Ruiz")]


def test_another_continues_anonymous() -> None:
    got = _sources("One diplomat said the talks failed. Another said: “It is over.”")
    assert [k for k, _ in got] == ["anonymous", "anonymous"]


def test_title_resolves_to_earlier_named_person() -> None:
    got = _sources("Ambassador Clara Voss met the delegation. The ambassador said it went well.")
    assert got == [("named", "Clara Voss")]


def test_author_pronouns_are_not_sources() -> None:
    assert _sources("I think the plan will fail. We said so last year.") == []


def test_social_media_and_via() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(
            paragraphs=(
                "Mayor Ellen Brandt wrote on X that the bridge would reopen.",
                "Colonel Mark Reyes told Reuters that the base was safe.",
            )
        )
    )
    assert [(s.social_media, s.via) for s in sources] == [(True, None), (False, "Reuters")]


def test_letter_x_is_not_a_platform() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("Ana Ruiz said the x factor mattered in the vote.",))
    )
    assert sources[0].social_media is False


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plural common nouns at the sentence start are groups, not surnames
        ("Critics said the plan came too late.", ("anonymous", "Critics")),
        ("Economists said prices would rise.", ("anonymous", "Economists")),
        # a company noun before a capitalised name makes it an organisation
        ("The shipping firm Balt Line said its ships would wait.", ("organization", "Balt Line")),
        ("Tech giant Orrin said it would appeal.", ("organization", "Orrin")),
        # a capitalised run after "of" names a body; the org keeps its "of"
        (
            "The Ministry of Foreign Affairs said talks would resume.",
            ("organization", "Ministry of Foreign Affairs"),
        ),
        # the name is the last capitalised run, particles kept; words before it are no name
        ("Pop star Jade Rivera said she was tired.", ("named", "Jade Rivera")),
        ("Opposition leader Ana de la Cruz said the vote was rigged.", ("named", "Ana de la Cruz")),
        # a place after a preposition is not the speaker
        ("Three bakers in Fenwick said flour had doubled in price.", ("anonymous", None)),
    ],
)
def test_kind_and_name_of_harder_sources(sentence: str, expected: tuple[str, str | None]) -> None:
    [(kind, name)] = _sources(sentence)
    assert kind == expected[0]
    if expected[1] is not None:
        assert name == expected[1]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Correction: An earlier version of this article misstated the vote.",
        "Built: 1964. Closed: 2025.",
    ],
)
def test_labels_before_a_colon_are_not_speakers(paragraph: str) -> None:
    assert all(kind != "named" for kind, _ in _sources(paragraph))


def test_role_is_not_taken_from_unrelated_words() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("Pop star Jade Rivera said she was tired.",))
    )
    assert sources[0].role is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mikkel Brandt, who grows barley near the village of Suderholm and whose fields were "
        "under water for nine days in February, said compensation had not been paid.",
        "Ana Poulsen, a hydrologist at the University of Tarrow who has studied the basin for "
        "two decades, said the agreement mattered.",
    ],
)
def test_long_appositive_keeps_the_name(paragraph: str) -> None:
    [(kind, name)] = _sources(paragraph)
    assert kind == "named" and name in ("Mikkel Brandt", "Ana Poulsen")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its authors said a second trial would follow.", ("anonymous", "Its authors")),
        ("Her record label confirmed that the tour was off.", ("organization", "Her record label")),
        ("Fishermen said they had heard that before.", ("anonymous", "Fishermen")),
        ("Downing Street said no decision had been taken.", ("organization", "Downing Street")),
        ("Peters said the dam would hold.", ("named", "Peters")),
    ],
)
def test_possessives_groups_and_institutions(sentence: str, expected: tuple[str, str]) -> None:
    assert _sources(sentence) == [expected]


def test_words_after_according_to_are_its_source_not_a_cue() -> None:
    got = _sources("According to court documents, the company paid the fine in March.")
    assert got == [("organization", "court documents")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prime Minister Theresa May said the deal was done.", "Theresa May"),
        ("April Ryan said the briefing was cancelled.", "April Ryan"),
        ("June Carter said she would sing.", "June Carter"),
    ],
)
def test_given_names_that_are_months_or_modals(sentence: str, name: str) -> None:
    assert _sources(sentence) == [("named", name)]


def test_a_pronoun_teaches_an_unknown_speakers_gender() -> None:
    """After "she said" resolves to Inés (gender unknown from the name lists), a later "he"
    looks past her to the man named before."""
    got = _sources(
        "Mr Okafor said the shop would close.",
        "Inés, his niece, said she would not take it over.",
        "“I have done my share,” she said.",
        "“It is just rice and patience,” he said.",
    )
    assert got[-1] == ("named", "Okafor")
    assert got[-2] == ("named", "Inés")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Vera Hall, 43, a teacher from Dunmore, said the bus was late.",),
            ("named", "Vera Hall"),
        ),
        (("Vera Hall, 43, said the bus was late.",), ("named", "Vera Hall")),
        (("The minister left. Ruiz himself wrote on X that she was hopeful.",), ("named", "Ruiz")),
        (
            ("A second person, who asked not to be identified, said talks would resume.",),
            ("anonymous", "A second person"),
        ),
        (
            ("Officials, speaking on condition of anonymity, said talks would resume.",),
            ("anonymous", "Officials"),
        ),
        (
            ("A study published in the journal Thorax found that the risk was overstated.",),
            ("organization", "A study"),
        ),
        (("The minister left. On X, the party said it would win.",), ("organization", "the party")),
        (
            ("Hospital staff, however, told us the number was higher.",),
            ("anonymous", "Hospital staff"),
        ),
        (
            ("The letter, signed by 300 scientists, warns that the reef will die.",),
            ("organization", "The letter"),
        ),
        (
            ("Astronomers at the Halden Observatory said they had seen it.",),
            ("anonymous", "Astronomers at the Halden Observatory"),
        ),
        (
            ("The minister left. The billionaire claimed it was rigged.",),
            ("anonymous", "The billionaire"),
        ),
    ],
)
def test_ages_reflexives_clauses_and_reduced_relatives(
    paragraphs: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _sources(*paragraphs)[-1] == expected


def test_age_is_not_the_role() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("Vera Hall, 43, a teacher from Dunmore, said the bus was late.",))
    )
    assert [s.role for s in sources] == ["a teacher from Dunmore"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "In a post on Facebook, the town council said the market would move.",
        "In a tweet, Ana Ruiz said the vote was rigged.",
        "The minister left. On X, the party said it would win.",
        "Posting on X, the billionaire claimed the vote was rigged.",
    ],
)
def test_a_sentence_opener_names_the_platform(paragraph: str) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert [s.social_media for s in sources] == [True]


def test_in_a_statement_opener_is_not_social_media() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("In a statement, the council said the market would move.",))
    )
    assert [s.social_media for s in sources] == [False]


def test_a_sentence_opener_names_the_outlet() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("In an interview with the BBC, the coach said he had no regrets.",))
    )
    assert [s.via for s in sources] == ["BBC"]


def test_state_senator_after_a_quote_and_party_letter() -> None:
    got = _sources("“We are tying their hands,” state Sen. Jason Holsman (D) said on Monday.")
    assert got == [("named", "Jason Holsman")]


def test_an_official_who_spoke_anonymously_to_discuss_is_one_anonymous_source() -> None:
    got = _sources(
        "A White House official who spoke anonymously to discuss internal strategy said "
        "talks were under way."
    )
    assert got == [("anonymous", "A White House official")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The actress said in a video that she was moved by the support.",
        "The striker said he would stay at the club.",
        "The widow said she had not been told.",
    ],
)
def test_a_bare_person_noun_is_an_anonymous_person(paragraph: str) -> None:
    [(kind, _)] = _sources(paragraph)
    assert kind == "anonymous"


def test_where_a_video_was_posted_joins_the_cue() -> None:
    text = "The actress said in a video posted on TikTok that she was moved by the support."
    [source], _ = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert (source.cue, source.social_media) == ("said in a video posted on TikTok", True)


@pytest.mark.parametrize(
    ("paragraph", "social"),
    [
        ("Ana Ruiz announced the layoffs in a post on LinkedIn.", True),
        ("Ana Ruiz confirmed her resignation in a video on Instagram on Monday.", True),
        ("Ana Ruiz said she had seen the clip on TikTok.", False),  # where the clip was
        ("Ana Ruiz said she would complain to Facebook.", False),
    ],
)
def test_a_post_closing_the_content_is_the_channel(paragraph: str, social: bool) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert [s.social_media for s in sources] == [social]


def test_a_possessive_is_not_part_of_the_name_and_a_preposition_not_of_the_role() -> None:
    text = "Coal is still sliding into history, despite President Donald Trump’s vows to revive it."
    [source], _ = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert (source.kind, source.name, source.role) == ("named", "Donald Trump", "President")


def test_a_company_short_form_is_the_company() -> None:
    got = _sources(
        "Microsoft Corp said on Thursday it aims to remove more carbon than it emits.",
        "Microsoft on Thursday reiterated its commitment to working with energy companies.",
        "The Gates Foundation said it would help. Gates said he was grateful.",
    )
    assert got == [
        ("organization", "Microsoft Corp"),
        ("organization", "Microsoft Corp"),
        ("organization", "The Gates Foundation"),
        ("named", "Gates"),
    ]


def test_a_relative_clause_after_an_appositive_keeps_the_name_before_it() -> None:
    text = (
        "Chi Ober, the Labour MP for Halden Central, who is supporting the report, said it "
        "showed that insecure work was not just an issue for delivery riders."
    )
    [source], _ = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert (source.name, source.role) == ("Chi Ober", "the Labour MP for Halden Central")


def test_a_parenthetical_inverted_cue_ends_its_source_at_the_comma() -> None:
    text = "The combination, say economists, marks a journey into uncharted territory."
    [source], _ = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert (source.kind, source.name) == ("anonymous", "economists")


def test_who_after_a_described_appositive_is_the_name_before_it() -> None:
    got = _sources(
        "Senator James Lankford, an Oklahoma Republican who warned of the deficit in the past, "
        "played down the threat. He said the tax cuts would pay for themselves."
    )
    assert got == [("named", "James Lankford"), ("named", "James Lankford")]


def test_states_before_a_comma_and_quote_is_a_cue_and_an_unquoted_opener_no_content() -> None:
    text = (
        "Attributing a quote to the president, Emery states, “Incredibly, some people actually "
        "think they have to do this.”"
    )
    [source], [quote] = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert (source.name, source.cue, quote.speaker) == ("Emery", "states", "Emery")
    assert source.start > text.index("Emery") - 1  # the opener is not quoted content


# Single paragraphs and the (kind, name) of each source they cite, from the fifth session's
# held-out sets and page reading (docs/sourcing.md).
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # verdicts are not findings
        (  # a relative clause after a whole noun phrase; a clause after the cue is content
            "A senior aide from the host city, who asked not to be named, said the two camps "
            "had been close to a deal.",
            ("anonymous", "A senior aide from the host city"),
        ),
        (  # stacked appositives
            "Oren Falk, chief executive of Tidewell, a ferry operator based in Hull, said the "
            "timetable would change.",
            ("named", "Oren Falk"),
        ),
        (  # a subject with an age and a home town, then a clause
            "Lina Okafor, 29, of Leeds, England, says her biggest worry is the rent.",
            ("named", "Lina Okafor"),
        ),
        (  # still an inversion: a name, no clause, after the cue
            "The harbour will close, said Oren Falk, the operator's chief executive.",
            ("named", "Oren Falk"),
        ),
    ],
)
def test_subjects_with_commas_before_the_cue(paragraph: str, expected: tuple[str, str]) -> None:
    assert _sources(paragraph) == [expected]


def test_a_clause_after_a_conjunction_is_not_an_appositive() -> None:
    got = _sources(
        "In Hull, the old dock is busy, but it is short of cranes, said Oren Falk, the manager."
    )
    assert got == [("named", "Oren Falk")]


@pytest.mark.parametrize(
    "sign_off",
    [
        "— Tova Lind (@tovalind) March 3, 2026",
        "A post shared by Tova Lind (@tovalind)",
    ],
)
def test_an_embedded_post_is_a_social_media_source(sign_off: str) -> None:
    paragraphs = ("The mayor resigned on Friday.", "Proud of what we built together.", sign_off)
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=paragraphs))
    [post] = sources
    assert (post.kind, post.name, post.social_media) == ("named", "Tova Lind", True)
    text = ArticleBody(paragraphs=paragraphs).text
    assert text[post.start : post.end].startswith("Proud of what we built together.")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("— Tova Lind (@tovalind) March 3, 2026",),  # nothing before it to be the post
        ("The mayor resigned.", "— Tova Lind, March 3, 2026"),  # no handle
        ("The mayor resigned.", "Write to Tova Lind (@tovalind) with tips."),  # not a sign-off
    ],
)
def test_lines_that_are_not_embed_sign_offs(paragraphs: tuple[str, ...]) -> None:
    assert _sources(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Cattle prices have fallen by a third, officials and traders say.",
            "officials and traders",
        ),
        ("“It is over,” the mayor and her deputy said.", "the mayor and her deputy"),
        ("The plan failed and officials said it was over.", "officials"),
    ],
)
def test_coordinated_sources(paragraph: str, name: str) -> None:
    assert _sources(paragraph) == [("anonymous", name)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Q: How do you plan your day?", "A: I start with the hardest task every morning."),
        ("Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp",),  # a list of quantities
        ("We’ve asked the new director to share a few thoughts about the job.",),  # the author
    ],
)
def test_labels_lists_and_contracted_author_pronouns_are_not_sources(
    paragraphs: tuple[str, ...],
) -> None:
    assert _sources(*paragraphs) == []


def test_a_colon_headline_still_names_its_speaker() -> None:
    assert _sources("Ruiz: Trump Would Put Liberals On The Court") == [("named", "Ruiz")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "On Monday, the People’s Daily, the party’s newspaper, warned that there was no room "
            "for compromise.",
            ("organization", "People’s Daily"),
        ),
        ("Ana Ruiz left. She’d said the plan would fail.", ("named", "Ana Ruiz")),
    ],
)
def test_openers_and_contractions_before_the_source(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert _sources(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The United Nations High Commissioner for Human Rights said the ruling stood.",
            [("anonymous", "The United Nations High Commissioner for Human Rights")],
        ),
        ("Van Der Beek revealed the news in a video.", [("named", "Van Der Beek")]),
        ("The key to success, says Jo Park, is the network.", [("named", "Jo Park")]),
        ("Republicans questioned the witness about the call.", [("anonymous", "Republicans")]),
        ("Democrats said the vote was rigged.", [("anonymous", "Democrats")]),
        ("It is central to any future Palestinian state, officials in Ramallah said.", None),
        ("Only two Arab states border the lake.", []),
        ("The report states that the plan failed.", [("organization", "The report")]),
    ],
)
def test_titles_particles_groups_and_nouns_that_look_like_cues(
    paragraph: str, expected: list[tuple[str, str]] | None
) -> None:
    got = _sources(paragraph)
    if expected is None:  # only the real attribution
        assert [k for k, _ in got] == ["anonymous"]
    else:
        assert got == expected


def test_role_is_not_a_clause_after_an_inverted_source() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(paragraphs=("The key to success, says Jo Park, is the network.",))
    )
    assert [s.role for s in sources] == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Tariffs are a tax, said Mary E. Lovely, a professor at Syracuse University.",
            ("named", "Mary E. Lovely"),
        ),
        ("Prices rose, too, said Lawrence White, an economist.", ("named", "Lawrence White")),
        ("TramCo declined to comment.", ("organization", "TramCo")),
        ("McBride declined to comment.", ("named", "McBride")),
        (
            "Ferrox, a steel producer based in Ohio, said output would fall.",
            ("organization", "Ferrox"),
        ),
        ("Ana Ruiz, the head of the agency, said output would fall.", ("named", "Ana Ruiz")),
    ],
)
def test_initials_surnames_brands_and_company_appositives(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert _sources(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Jo Park added three assists to lead Boston.", []),
        ("Jo Park added his seventh goal of the season.", []),
        ("Ana Ruiz spoke. She added that the plan would work.", [("named", "Ana Ruiz")]),
        ("Studies show that fasting is risky.", [("organization", "Studies")]),
        ("Twitter pledged to act against such accounts.", [("organization", "Twitter")]),
        ("In a Facebook post, Ana Ruiz said she would run.", [("named", "Ana Ruiz")]),
    ],
)
def test_objects_plural_studies_and_platforms(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "social"),
    [
        ("Facebook said it would remove the posts.", False),  # the company speaking
        ("In a Facebook post, Ana Ruiz said she would run.", True),
        ("Ana Ruiz wrote on Facebook that she would run.", True),
    ],
)
def test_a_platform_speaking_is_not_a_post(paragraph: str, social: bool) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert [s.social_media for s in sources] == [social]


def test_two_people_joined_by_and_are_not_a_surname_for_later() -> None:
    got = _sources(
        "Both Vindal and Wick told lawmakers the call was unusual.",
        "Wick said the call was inappropriate.",
    )
    # two sources, a citation each (docs/sourcing.md, "Twelfth session")
    assert got == [("named", "Vindal"), ("named", "Wick"), ("named", "Wick")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Highly recommended as an affordable way to add both features.", []),
        ("Citation: Hibernating astronauts would need smaller spacecraft.", []),
        (
            "In May, NASA awarded orders to three firms, saying it needed speed.",
            [("organization", "NASA")],
        ),
        ("Kelly said the plan would work.", [("named", "Kelly")]),
    ],
)
def test_adverbs_labels_and_openers_are_not_names(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a verdict or a discovery, not a finding reported
        ("A jury in Marlow found the former treasurer guilty of fraud on Tuesday.", []),
        ("Police found the missing climber alive on Sunday.", []),
        (
            "The report found that the dam had been poorly built.",
            [("organization", "The report")],
        ),
        # weak "offer", colon labels, openers, quantifiers
        # "offer" is a weak cue: a restaurant offering dishes cites no one
        ("The restaurant, Ocean Blue, offers dishes from six countries.", []),
        # a capitalised label before a colon names no speaker
        ("Header Image: People have lived in these forests for thousands of years.", []),
        # openers are not names; a quantifier alone is an anonymous group
        (
            "Soon, though, the villagers said the road had been cleared.",
            [("anonymous", "the villagers")],
        ),
        ("Some said they would leave the town.", [("anonymous", "Some")]),
        ("Both said the plan would work.", [("anonymous", "Both")]),
        ("The uncle says the family is welcome to stay.", [("anonymous", "The uncle")]),
        # inversions, time words, labels, noun cues
        ("“It was a difficult part,” quipped Pitt of his role.", [("named", "Pitt")]),
        # a comma inside the content does not make the content an appositive of a source
        (
            "Its ability to spot faint, polarized waves might find the first examples, says Li.",
            [("named", "Li")],
        ),
        (
            "One official, speaking on condition of anonymity because the review was not "
            "public, said the audit found gaps.",
            [("anonymous", "One official")],
        ),
        ("Lionsgate yesterday announced plans to finance British films.", [("named", "Lionsgate")]),
        ("The company today said it would cut 300 jobs.", [("organization", "The company")]),
        ("Analysis: Jon Sopel, the broadcaster's editor in Washington, was not convinced.", []),
        ("Judges said the trial had been dropped.", [("anonymous", "Judges")]),
        ("Anyone who has closed a deal will tell you that it is hard.", []),
        ("The convention rules will not be finalized until the event opens.", []),
        ("The city has launched a five-year project to mark its colonial past.", []),
        # base-form nouns, more openers
        # a weak cue's base form right after a singular name is a noun
        ("The open-hardware Arduino project as we know it was launched by three founders.", []),
        ("Democrats plan to block the bill, Ana Ruiz said.", [("named", "Ana Ruiz")]),
        ("Please note that this is the first half of the story.", []),
        ("Several Labour MPs said the plan would fail.", [("anonymous", "Several Labour MPs")]),
        ("Part One: The wars in heaven began long before the empire.", []),
        (
            "After sending the tests himself, Ana Ruiz said the results were clear.",
            [("named", "Ana Ruiz")],
        ),
        (
            "Vendors on the markets promise discounts to regulars, one researcher said.",
            [("anonymous", "one researcher")],
        ),
        # names before a place, plural determiners
        (
            "Senator Mitch McConnell of Kentucky called the debt the issue of our era.",
            [("named", "Mitch McConnell")],
        ),
        ("John Smith of Leeds said the roads were closed.", [("named", "John Smith")]),
        ("The president said the plan would work.", [("anonymous", "The president")]),
        (
            "The Ministry of Foreign Affairs said it was concerned.",
            [("organization", "Ministry of Foreign Affairs")],
        ),
        ("All told, it is a neat story, the author said.", [("anonymous", "the author")]),
        ("Many reports suggest that drivers are unhappy.", [("organization", "Many reports")]),
        # nouns before cues, unanswered calls, asides
        (
            "Court documents show that the firm paid the consultant.",
            [("organization", "Court documents")],
        ),
        ("His lawyer did not return calls seeking comment.", [("anonymous", "His lawyer")]),
        ("She returned home on Monday, her sister said.", [("anonymous", "her sister")]),
        ("The Fetch API returns a promise that resolves to the response.", []),
        ("The campaign did not return a request for comment.", [("organization", "The campaign")]),
        (
            "The health minister, in a video posted on Facebook, urged people to get vaccinated.",
            [("anonymous", "The health minister")],
        ),
        # states speaking are organisations
        ("China said it would retaliate against the tariffs.", [("organization", "China")]),
        ("Moscow has repeatedly denied the claims.", [("organization", "Moscow")]),
        ("South Korea warned the North against a launch.", [("organization", "South Korea")]),
        (
            "Britain and France said they would send ships.",
            [("organization", "Britain"), ("organization", "France")],
        ),
        # a person of that name cited before keeps the name a person's
        (
            "Denzel Washington said he loved the role. Washington said it was hard.",
            [("named", "Denzel Washington"), ("named", "Denzel Washington")],
        ),
        (
            "George Washington University said it would reopen.",
            [("organization", "George Washington University")],
        ),
        # sixth session: names by the written convention (docs/sourcing.md, section 6)
        (
            "An employee who asked not to be named said the plant would close.",
            [("anonymous", "An employee")],
        ),
        (
            "Diplomats speaking on condition of anonymity said the deal was close.",
            [("anonymous", "Diplomats")],
        ),
        (
            "Two engineers who worked on the project said the bridge was safe.",
            [("anonymous", "Two engineers who worked on the project")],
        ),
        (
            "One user, a teacher from Ohio, wrote on X that the app was down.",
            [("anonymous", "One user")],
        ),
        (
            "An internal memo, seen by The Guardian, said the plan was flawed.",
            [("organization", "An internal memo")],
        ),
        (
            "Data from the weather service showed the driest May on record.",
            [("organization", "the weather service")],
        ),
        (
            "A statement from the regional fire service said the blaze was out.",
            [("organization", "the regional fire service")],
        ),
        (
            "Figures released by the statistics office showed prices rose.",
            [("organization", "the statistics office")],
        ),
        ("A letter from Senator Ana Ruiz said the plan was flawed.", [("named", "Ana Ruiz")]),
        ("Figures from last year show prices rose.", []),
        ("The union’s spokeswoman said talks had failed.", [("organization", "union")]),
        ("A police spokeswoman said two men were held.", [("organization", "police")]),
        ("A Pentagon spokesman said the drills would go on.", [("organization", "Pentagon")]),
        (
            "The president’s spokesman said the trip was off.",
            [("organization", "the president")],
        ),
        (
            "A spokeswoman for Velmar said the company did not comment on speculation.",
            [("organization", "Velmar")],
        ),
        (
            "Brent crude climbed 2 percent, data from the Delmont Exchange showed.",
            [("organization", "Delmont Exchange")],
        ),
        (
            "According to the Centers for Regional Health, 14 states had cases.",
            [("organization", "Centers for Regional Health")],
        ),
        ("“The police never come,” one said.", [("anonymous", "one")]),
        (
            "“I felt it go,” Priya Nandakumar said. The 27-year-old said she would rest.",
            [("named", "Priya Nandakumar"), ("named", "Priya Nandakumar")],
        ),
        # "state" before a noun is no verb; a source that did not answer is cited
        (
            "The talks ended, state officials said.",
            [("anonymous", "state officials")],
        ),
        (
            "Hospitals are full, the state health department said on Monday.",
            [("organization", "the state health department")],
        ),
        ("Norland’s military did not comment.", [("organization", "Norland’s military")]),
        ("Police did not respond.", [("organization", "Police")]),
        # honorifics are not part of a name; a surname takes the full name mentioned before
        (
            "The head of the board, Miriam Osei, resigned. “It was time,” Ms Osei said.",
            [("named", "Miriam Osei")],
        ),
        (
            "Dr Miriam Solberg, an epidemiologist, said the curve was flat.",
            [("named", "Miriam Solberg")],
        ),
        # company names and bodies
        (
            "The cheesemaker, Brook Farm Dairy, said on Facebook that it had recalled the cheese.",
            [("organization", "Brook Farm Dairy")],
        ),
        (
            "Orion Studios, which produces the series, did not immediately respond.",
            [("organization", "Orion Studios")],
        ),
        (
            "The Diocese of Wenham said in a statement that the church would close.",
            [("organization", "Diocese of Wenham")],
        ),
        (
            "Trains will stop while a bridge is rebuilt, the rail operator VelRail said.",
            [("organization", "VelRail")],
        ),
        (
            "A poll published on Friday by the Hartwell Institute found support had fallen.",
            [("organization", "Hartwell Institute")],
        ),
        (
            "A fire burned for hours, the fire service said. The spokesman said no one was hurt.",
            [("organization", "the fire service"), ("organization", "the fire service")],
        ),
        # "according to" after a plan or belief; a long source cut before its clause
        (
            "Kestrel Motors plans to build a battery plant in Spain, according to Reuters.",
            [("organization", "Reuters")],
        ),
        (
            "The burglaries were linked, according to a detective who spoke on condition of "
            "anonymity because the inquiry is ongoing.",
            [("anonymous", "a detective")],
        ),
        # a subject after "while"; "weighed in"; "accused of" is no cue
        (
            "Ana Ruiz tweeted her thanks, while party officials, speaking on condition of "
            "anonymity, said the margin was thin.",
            [("named", "Ana Ruiz"), ("anonymous", "party officials")],
        ),
        ("A man accused of setting fire to a warehouse was denied bail.", []),
        # "she" with no woman cited before: the person just named, whose gender is unknown
        (
            "Ilse Maranta was unconvinced by the bill. “Every family will pay,” she said.",
            [("named", "Ilse Maranta")],
        ),
        ("Tom Hale left the room. “We are done,” she said.", []),
        # the head noun decides; a "which" clause is never a person's; acronyms, body words
        (
            "The chair of the planning committee said the plans were flawed.",
            [("anonymous", "The chair of the planning committee")],
        ),
        (
            "The state’s largest teachers union warned that schools would close.",
            [("organization", "The state’s largest teachers union")],
        ),
        (
            "Nordvik Lines, which operates the route, said sailings would resume.",
            [("organization", "Nordvik Lines")],
        ),
        ("NHS Westmoor said waiting lists grew.", [("organization", "NHS Westmoor")]),
        (
            "Amnesty International said the trial was unfair.",
            [("organization", "Amnesty International")],
        ),
        ("Forecasters say temperatures will fall.", [("anonymous", "Forecasters")]),
        ("Prices rose, according to LSEG data.", [("organization", "LSEG")]),
        ("A Gallup poll found support fell.", [("organization", "Gallup")]),
        ("Eurostat figures show that prices rose.", [("organization", "Eurostat")]),
        (
            "He took money from the accounts for six years, court papers show.",
            [("organization", "court papers")],
        ),
        ("Halvorsen Group shares fell 7.2 percent on Monday.", []),
        # titles, post-nominals, a comma participle, the age of a person just named
        ("Councillor Ruth Agyeman said the road was dangerous.", [("named", "Ruth Agyeman")]),
        (
            "Her barrister, Philippa Grey KC, told the court the case was weak.",
            [("named", "Philippa Grey")],
        ),
        ("The memo, dated 3 October, says the plant is unsafe.", [("organization", "The memo")]),
        (
            "“I am fine,” said Gianni Ferraro. Bram de Wit finished third. “It hurts,” the "
            "34-year-old told reporters.",
            [("named", "Gianni Ferraro"), ("named", "Bram de Wit")],
        ),
        # unnamed bodies in the plural, records of a meeting, a person at an appositive's end
        (
            "The union said it was ready, while aid groups warned that supplies were short.",
            [("organization", "The union"), ("anonymous", "aid groups")],
        ),
        (
            "Minutes of the policy meeting, published on Friday, showed that two members "
            "dissented.",
            [("organization", "Minutes of the policy meeting")],
        ),
        (
            "Her co-author, the entomologist Tobias Renn, cautioned that the sample was small.",
            [("named", "Tobias Renn")],
        ),
        (
            "The launch may slip, according to an internal memo seen by Nova Science.",
            [("organization", "an internal memo")],
        ),
        (
            "Andersen, the coach, said the team had switched off; Sørlie blamed fatigue.",
            [("named", "Andersen"), ("named", "Sørlie")],
        ),
        (
            "Transport Secretary Liam Coyle told Sky News that the strike would end. “We are "
            "close,” he said.",
            [("named", "Liam Coyle"), ("named", "Liam Coyle")],
        ),
        # a body's short form; sentence openers and initials are not names
        (
            "Halvorsen Group shares fell 7 percent. Halvorsen declined to comment.",
            [("organization", "Halvorsen")],
        ),
        ("Coach P.J. Fleck said Morgan had made progress.", [("named", "P.J. Fleck")]),
        (
            "As Samus explored, the planet shook. Samus said nothing would stop her.",
            [("named", "Samus")],
        ),
        (
            "When Margaret Hamilton arrived, the lab was empty. “He loved that computer,” "
            "Hamilton said.",
            [("named", "Margaret Hamilton")],
        ),
        # company nouns before names, a body's own report, a day closing a source, "X of Y"
        (
            "Developer Coastline Leisure insisted the plans were sound.",
            [("organization", "Coastline Leisure")],
        ),
        (
            "Shares in the energy group Skarvik fell. Skarvik said it had cooperated fully.",
            [("organization", "Skarvik")],
        ),
        (
            "Waiting times grew, according to Northway’s annual report.",
            [("organization", "Northway")],
        ),
        (
            "Cases rose, according to figures published by the regional health authority on "
            "Thursday.",
            [("organization", "the regional health authority")],
        ),
        (
            "“We will fight on,” said Paula Denholm of the Save Ashby Fields group.",
            [("named", "Paula Denholm")],
        ),
        (
            "The party lost its majority, preliminary results from the Central Electoral Board "
            "showed.",
            [("organization", "Central Electoral Board")],
        ),
        (
            "Dr Anouk Veldt, a glaciologist, has measured the glacier since 2009. “It has never "
            "retreated this fast,” she said.",
            [("named", "Anouk Veldt")],
        ),
        (
            "Calder Freight Holdings is in talks to buy a rival. Calder Freight declined to "
            "comment.",
            [("organization", "Calder Freight")],
        ),
        (
            "Independent herpetologists cautioned that one population was not enough.",
            [("anonymous", "Independent herpetologists")],
        ),
        ("The film tells the story of a lighthouse keeper.", []),
        (
            "Norrland Steel cut its full-year profit forecast, blaming weak demand.",
            [("organization", "Norrland Steel")],
        ),
        ("Analysts forecast growth of 2 percent.", [("anonymous", "Analysts")]),
        (
            "Kestrel Rovers said in a statement that the manager had left.",
            [("organization", "Kestrel Rovers")],
        ),
        (
            "Dunmore Constabulary said a man had been arrested.",
            [("organization", "Dunmore Constabulary")],
        ),
        # things that carry words do not speak
        ("The sign on the door said the shop was closed for good.", []),
        ("The scoreboard said 3-1 with four minutes left.", []),
        # a pronoun and a verb after the cue are the content, not an inverted source
        (
            "A parent at the gates, Meera Pillai, said she supported the teachers.",
            [("named", "Meera Pillai")],
        ),
    ],
)
def test_single_paragraph_sources(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "cue", "social", "via"),
    [
        (
            "The drivers’ union said on its Telegram channel that the strike would go ahead.",
            "said on its Telegram channel",
            True,
            None,
        ),
        (
            "Several said in videos posted on YouTube that the ride was unsafe.",
            "said in videos posted on YouTube",
            True,
            None,
        ),
        (
            "Easmark’s defence ministry said in a Telegram post that drones were shot down.",
            "said in a Telegram post",
            True,
            None,
        ),
        (
            "A senior official told The Washington Ledger that new sanctions were drafted.",
            "told",
            False,
            "The Washington Ledger",
        ),
        ("Residents told local media that the water was brown.", "told", False, "local media"),
        ("“It hurts,” Rob Tillet told the Westmoor Gazette.", "told", False, "Westmoor Gazette"),
        (
            "“We are ready,” Harriet Vance said on BBC Radio Westland.",
            "said",
            False,
            "BBC Radio Westland",
        ),
        ("“We won,” Ana Ruiz told Tom Hale.", "told", False, None),
        ("Lyle Garrity repeated the claim on Truth Social.", "repeated", True, None),
        (
            "The anonymous X account @TruthRider77 claimed that the senator voted against it.",
            "claimed",
            True,
            None,
        ),
        (
            "A source close to the couple told the Daily Glint that they had split.",
            "told",
            False,
            "Daily Glint",
        ),
        (
            "A video of the bridge drew 80 million views on Weibo. One user wrote that it was a "
            "disgrace.",
            "wrote",
            True,
            None,
        ),
        (
            "Former senator Rhett Calder weighed in on X, calling the organisers cowards.",
            "weighed in on X",
            True,
            None,
        ),
    ],
)
def test_platform_cues_and_outlets_told(
    paragraph: str, cue: str, social: bool, via: str | None
) -> None:
    [source] = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))[0]
    assert (source.cue, source.social_media, source.via) == (cue, social, via)


def test_a_clause_after_a_closing_quote_and_while_is_a_second_attribution() -> None:
    got = _sources(
        "The ministry said in a statement that it “remains committed,” while a spokesman for "
        "the Pallas administration told Al Jazeera that talks had failed."
    )
    assert got == [("organization", "The ministry"), ("organization", "Pallas administration")]


def test_words_from_a_post_cited_just_before_are_from_the_post() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(
            paragraphs=(
                "Jonas Friberg announced the cuts in a post on LinkedIn. “This is the hardest "
                "day,” Friberg wrote, adding that staff would be paid. He later told reporters "
                "that the firm was sound.",
            )
        )
    )
    assert [(s.cue, s.social_media) for s in sources] == [
        ("announced", True),
        ("wrote", True),  # "…, adding that …" continues the same post: one citation
        ("later told", False),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a common noun heads the phrase; the name behind its preposition is not the speaker
        (
            "The foreign ministry of neighbouring Durvania said the talks failed.",
            [("organization", "The foreign ministry of neighbouring Durvania")],
        ),
        (
            "Astronomers using the Teller Ridge Observatory say they found a planet.",
            [("anonymous", "Astronomers using the Teller Ridge Observatory")],
        ),
        # a person's spokesperson speaks for the person's office (docs/sourcing.md §6)
        (
            "A spokesman for Senator Ada Lin said the bill was dead.",
            [("organization", "Senator Ada Lin")],
        ),
        # honorifics and a capitalised person noun before a name and a place
        (
            "Ornithologist Dr Hannah Achterberg of Coastmere University said the claim was false.",
            [("named", "Hannah Achterberg")],
        ),
        # "X, which …": a body, also with "of" inside its name
        (
            "The Kestravian Chamber of Commerce, which had lobbied, said the delay helps.",
            [("organization", "Kestravian Chamber of Commerce")],
        ),
        # vague groups, and their beliefs and expectations
        ("Pals claim the singer is exhausted.", [("anonymous", "Pals")]),
        ("Many believe the vote was rigged.", [("anonymous", "Many")]),
        (
            "Analysts at Brinkley Partners expect prices to fall.",
            [("anonymous", "Analysts at Brinkley Partners")],
        ),
        # a named person's or an unnamed investigator's belief cites nobody
        ("Ruiz believes the vote was rigged.", []),
        ("Investigators believe the fires were linked.", []),
        # records with a modifier before the verb, and documents with no issuer
        (
            "Waiting times rose, figures published by the National Health Audit Office show.",
            [("organization", "National Health Audit Office")],
        ),
        (
            "Data from the Energy Storage Council show prices fell.",
            [("organization", "Energy Storage Council")],
        ),
        (
            "An internal email, seen by this newspaper, warns that the panels were unsafe.",
            [("organization", "An internal email")],
        ),
        # a post with no named author
        (
            "A viral Facebook post says the town banned barbecues. The post claims it began.",
            [("anonymous", "A viral Facebook post"), ("anonymous", "The post")],
        ),
    ],
)
def test_head_nouns_vague_groups_records_and_posts(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "social"),
    [
        ("Sprinter Ada Okon announced her retirement on Instagram on Wednesday.", [True]),
        (
            "A viral Facebook post says the town banned barbecues. The post claims it began.",
            [True, True],
        ),
        # the platform inside a clause reported before the cue is not where the words were
        ("Protesters shared videos on TikTok, witnesses said.", [False]),
    ],
)
def test_posts_and_platforms_after_an_object(paragraph: str, social: list[bool]) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert [s.social_media for s in sources] == social


def test_pronoun_after_a_person_introduced_by_a_role_noun() -> None:
    got = _sources(
        "The singer Marisol Vantongeren cancelled her tour. “I need rest,” she wrote on Instagram."
    )
    assert got == [("named", "Marisol Vantongeren")]


@pytest.mark.parametrize(
    ("paragraph", "cue"),
    [
        ("Ms Venn had no comment.", "had no comment"),
        ("Halvard Brun could not be reached for comment.", "could not be reached"),
        ("The company could not be reached.", "could not be reached"),
        ("The owner didn't comment.", "didn't comment"),
    ],
)
def test_sought_replies_that_did_not_come_are_cited(paragraph: str, cue: str) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert [s.cue for s in sources] == [cue]


def test_a_place_reached_is_no_reply() -> None:
    assert _sources("The village could not be reached by road after the floods.") == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "he"/"she" right after one unnamed person is that person
        (
            "One fisherman in the village denied that. “Nobody paid me,” he said.",
            [("anonymous", "One fisherman in the village")] * 2,
        ),
        (
            "Ana Ruiz told the paper it was fine. At the library, a volunteer said 150 people "
            "came. “Some walked here,” she said.",
            [("named", "Ana Ruiz"), ("anonymous", "a volunteer"), ("anonymous", "a volunteer")],
        ),
        # ... but not after a group, nor when a person is named in between
        (
            "Officials said the road was shut. “It will reopen,” she said.",
            [("anonymous", "Officials")],
        ),
        # an appositive name with its institution after it
        (
            "“Move more,” said the lead author, Prof. Hanne Vik of the University of Oslund.",
            [("named", "Hanne Vik")],
        ),
        # no comma before the cue: the body is the subject, the name before it is content
        (
            "The quake shook buildings in the capital, Port Selwyn, the island's geological "
            "survey said.",
            [("organization", "the island's geological survey")],
        ),
        # a group's name with "for" before a group appositive
        (
            "Larkmoor Families for Choice, a parents' group, wrote on Threads that it would rally.",
            [("organization", "Larkmoor Families for Choice")],
        ),
        # "known to officers" is no attribution: the source after the comma is
        (
            "The man was already known to officers, a police source told the Wexmoor News.",
            [("anonymous", "a police source")],
        ),
        (
            "Two surgeons at the hospital said the plan put costs first.",
            [("anonymous", "Two surgeons at the hospital")],
        ),
    ],
)
def test_pronouns_after_one_person_appositives_and_passives(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name declared a body by its appositive, cited later or in the same phrase
        (
            "Brightwave, the messaging app, suffered an outage. Brightwave said it would pay.",
            [("organization", "Brightwave")],
        ),
        (
            "According to figures from Recycle Forward, an industry group, 40 percent return.",
            [("organization", "Recycle Forward")],
        ),
        # ... but a person described by a role in a body is still a person
        (
            "Ana Ruiz, the head of the charity, said it failed. Ruiz added that it was late.",
            [("named", "Ana Ruiz"), ("named", "Ana Ruiz")],
        ),
        # a body's short form that is a body-name word
        (
            "Kestrel Rovers manager Pablo Ferreira insisted his job was safe. Rovers said in a "
            "statement that the owners backed him.",
            [("named", "Pablo Ferreira"), ("organization", "Rovers")],
        ),
        # "the former … contestant": the person named just before
        (
            "Reality star Jonno Blaise hit back at trolls. In the clip, the former Island Hearts "
            "contestant says he is happy.",
            [("named", "Jonno Blaise")],
        ),
    ],
)
def test_declared_bodies_short_forms_and_descriptions(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The figures show that prices rose.", [("organization", "The figures")]),
        ("The IMF data show that prices rose.", [("organization", "IMF")]),
    ],
)
def test_a_sentence_initial_article_is_no_body_name(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


def test_the_spokeswoman_is_the_person_named_as_one() -> None:
    got = _sources(
        "Wexmoor police said a man was arrested. A spokeswoman for the force, Inspector Leah "
        'Dunmore, said detectives were working. "Come forward," the spokeswoman said.'
    )
    assert got == [
        ("organization", "Wexmoor police"),
        ("named", "Leah Dunmore"),
        ("named", "Leah Dunmore"),
    ]


def test_words_in_a_post_opened_by_an_adjective() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(
            paragraphs=(
                "Ines Farrow will not stand again, she announced on Facebook on Sunday.",
                "In a long post, Farrow said she wanted to spend more time with her family.",
            )
        )
    )
    assert [s.social_media for s in sources] == [True, True]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A cinema chain said the film was too long.", "organization"),
        ("One rival firm said the bid was too low.", "organization"),
        ("A teacher said the plan was poor.", "anonymous"),
    ],
)
def test_an_unnamed_company_is_a_body(sentence: str, kind: str) -> None:
    [(got, _)] = _sources(sentence)
    assert got == kind


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("One backbench MP said it failed.", [("anonymous", "One backbench MP")]),
        ("Ana Ruiz MP said it failed.", [("named", "Ana Ruiz")]),
        # a lone body-name word is a body only after a longer name ending in it
        (
            "Kestrel Rovers lost again. Rovers said in a statement that the owners backed him.",
            [("organization", "Rovers")],
        ),
    ],
)
def test_member_titles_and_lone_body_words(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # documents with no issuer are organisations; "according to plan" is an idiom
        (
            "Routes will be cut, according to a draft plan seen by the Dunmore Ledger.",
            [("organization", "a draft plan")],
        ),
        ("According to plan, the new bridge will open in May.", []),
        # a business described, not named
        (
            "A bakery in the market town of Wrenfield says its sales have tripled.",
            [("organization", "A bakery in the market town of Wrenfield")],
        ),
        # titles used like honorifics, and body-name words
        ("Father Cosmin Dral said the altarpiece would return.", [("named", "Cosmin Dral")]),
        (
            "Kettlewick Home did not respond to a request for comment.",
            [("organization", "Kettlewick Home")],
        ),
    ],
)
def test_documents_businesses_numbers_and_titles(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


def test_the_outlet_that_saw_a_document_is_its_via() -> None:
    sources, _ = sources_and_quotes(
        ArticleBody(
            paragraphs=("Routes will be cut, according to a memo seen by the Dunmore Ledger.",)
        )
    )
    assert [s.via for s in sources] == ["Dunmore Ledger"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a title of several words before the name of a person mentioned earlier
        (
            "Deputy Finance Minister Ruari Kettle resigned. “I regret it,” Kettle wrote on X.",
            [("named", "Ruari Kettle")],
        ),
        # generic person nouns describe unnamed people, not the person named before
        (
            "“It is a joke,” said one commuter stuck at Bray.",
            [("anonymous", "one commuter stuck at Bray")],
        ),
        (
            "Chef Ana Bray cooked it. The creator, who posts as @nana, told Byte Digest it "
            "was fake.",
            [("anonymous", "The creator")],
        ),
    ],
)
def test_long_titles_and_generic_person_nouns(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "“Ice is going fast,” said the study’s lead author, glaciologist Petra Lund of the "
            "University of Hallberg.",
            [("named", "Petra Lund")],
        ),
        (
            "A department veterinarian said the flock was culled.",
            [("anonymous", "A department veterinarian")],
        ),
        (
            "Orrin Semiconductor is in talks. Orrin declined to comment.",
            [("organization", "Orrin")],
        ),
    ],
)
def test_appositive_people_with_places_and_person_heads(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(paragraph) == expected


def test_an_account_on_a_platform_is_an_unnamed_author() -> None:
    got = _sources(
        "An account with a large following on X claimed on Sunday that the city will ban gas "
        "stoves. In the post, the account wrote that the ban starts in January."
    )
    assert got == [
        ("anonymous", "An account with a large following on X"),
        ("anonymous", "the account"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Castell & Rowe declined to comment.", [("organization", "Castell & Rowe")]),
        (
            "The Friends of Belmont Falls Library said on Instagram that it was sad.",
            [("organization", "The Friends of Belmont Falls Library")],
        ),
        ("Friends of the singer said she was tired.", [("anonymous", "Friends of the singer")]),
        (
            "Two officials spoke. One said it was over. The other said it was not.",
            [("anonymous", "One"), ("anonymous", "The other")],
        ),
        (
            "“It spread fast,” said a farmer near Kettle Cross.",
            [("anonymous", "a farmer near Kettle Cross")],
        ),
        (
            "An aide to county executive Simone Varga said the deal was dead.",
            [("anonymous", "An aide to county executive Simone Varga")],
        ),
        (
            "The outage-tracking site DownRadar said reports peaked at noon.",
            [("organization", "DownRadar")],
        ),
        ("Vantor Nutrition did not return calls.", [("organization", "Vantor Nutrition")]),
    ],
)
def test_firm_names_places_near_and_aides(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        ("Castell & Rowe & Smith & Jones " * 5_000) + "said it.",
        ("The Friends of Alpha Beta Gamma Delta " * 5_000) + "said it.",
        ("Deputy Finance Minister Ruari Kettle Jones Smith Brown " * 3_000) + "said it.",
        ("Brightwave, the big messaging app, said it. " * 3_000),
        ("according to a draft plan seen by the Dunmore Ledger Daily Post, " * 3_000) + "it fell.",
        ("The singer The singer " * 5_000) + "Ana Vantongeren said it. “No,” she wrote.",
        ("a study of 40,000,000,000 employees " * 5_000) + "has found it.",
    ],
)
def test_adversarial_source_phrases_finish(paragraph: str) -> None:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=(paragraph,)))
    assert isinstance(sources, list)


def _kinds(text: str) -> list[tuple[str, str | None, str, bool, str | None]]:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=tuple(text.split("\n\n"))))
    return [(s.kind, s.name, s.cue or "", s.social_media, s.via) for s in sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline is not part of the source
        (
            "BRANVIK, March 3 (Northwire) - Halvern Savings Bank said on Wednesday that "
            "hackers had stolen customer data.",
            [("organization", "Halvern Savings Bank", "said", False, None)],
        ),
        # a capitalised cue word inside a name does not end the source
        (
            "A study by the Higher Learning Trust found that nine universities were in deficit.",
            [("organization", "Higher Learning Trust", "found", False, None)],
        ),
        (
            "A group calling itself Black Lantern claimed responsibility on Telegram.",
            [("organization", "Black Lantern", "claimed", True, None)],
        ),
        # a role before a place is no name; an appositive's head decides person or company
        (
            "A senior lecturer at Kellmoor said staff expected redundancies.",
            [("anonymous", "A senior lecturer at Kellmoor", "said", False, None)],
        ),
        (
            "The chief executive of Marrowgate Bank, Selina Achebe-Ward, said the bank would "
            "not pay.",
            [
                (
                    "named",
                    "Selina Achebe-Ward",
                    "said",
                    False,
                    None,
                )
            ],
        ),
        (
            "The witness, identified only as Witness B, said she saw the older brother.",
            [("anonymous", "The witness", "said", False, None)],
        ),
        # a later mention of an unnamed source; an unnamed group
        (
            "A handler who has worked there for years said the machine broke daily. Staff were "
            "told to stay quiet, the handler said.",
            [
                (
                    "anonymous",
                    "A handler who has worked there for years",
                    "said",
                    False,
                    None,
                ),
                ("anonymous", "the handler", "said", False, None),
            ],
        ),
        (
            "The hackers said on Telegram that they would publish the data.",
            [("anonymous", "The hackers", "said on Telegram", True, None)],
        ),
        # outlets named by their kind, in an interview, with a number
        (
            "Transport Minister Hanna Dries told the broadcaster VTV that the sale was near.",
            [("named", "Hanna Dries", "told", False, "VTV")],
        ),
        (
            "Two former employees told the Ledgerline newsletter that deposits were used.",
            [("anonymous", "Two former employees", "told", False, "Ledgerline")],
        ),
        (
            "Party chairman Curtis Lambe said in an interview with Channel 9 News that four "
            "candidates would run.",
            [
                (
                    "named",
                    "Curtis Lambe",
                    "said in an interview with Channel",
                    False,
                    "Channel 9 News",
                )
            ],
        ),
        # the outlet of the next paragraph is not this source's
        (
            "Flights were suspended for an hour, the airport said.\n\nA pilot told Nordic Wire "
            "he had seen lights.",
            [
                ("organization", "the airport", "said", False, None),
                ("anonymous", "A pilot", "told", False, "Nordic Wire"),
            ],
        ),
        # a trailing report is the outer attribution
        (
            "Corvane Systems will push back the opening by a year, three people familiar with "
            "the plans said on Tuesday, as costs rose.",
            [("anonymous", "three people familiar with the plans", "said", False, None)],
        ),
        (
            "Two council members who voted against the budget said the cuts were rushed.",
            [
                (
                    "anonymous",
                    "Two council members who voted against the budget",
                    "said",
                    False,
                    None,
                )
            ],
        ),
        (
            "Others defended the singer, many saying her health had to come first.",
            [
                ("anonymous", "Others", "defended", False, None),
                ("anonymous", "many", "saying", False, None),
            ],
        ),
        # a product recall is not a report; a continuing gerund is one citation, but after a
        # verb that is no report the gerund is the citation
        (
            "Belvista Pharma is recalling about 40,000 bottles of syrup, the medicines "
            "authority said on Wednesday, adding that no one was hurt.",
            [("organization", "the medicines authority", "said", False, None)],
        ),
        (
            "The finance ministry rejected the warning, saying growth would cover the gap.",
            # (the rejection with a noun object is an act since the ninth session)
            [("organization", "The finance ministry", "saying", False, None)],
        ),
        (
            "“Use a spoon,” said Hana Okafor of the allergy charity Safe Plate.",
            [("named", "Hana Okafor", "said", False, None)],
        ),
        # acts with a noun object are not citations; with a that-clause or a quote they are
        (
            "The council approved a plan to build 300 homes. Ana Ruiz posted a video on "
            "TikTok. Several employees posted on LinkedIn on Monday that they were locked out.",
            [("anonymous", "Several employees", "posted on LinkedIn", True, None)],
        ),
        # "and urged" goes on with the statement; "and declined to comment" is its own
        (
            "Mayor Elin Roarke said the town would fight and urged the government to find a "
            "buyer. Her lawyer said she had filed and declined to comment on the terms.",
            [
                ("named", "Elin Roarke", "said", False, None),
                ("anonymous", "Her lawyer", "said", False, None),
                ("anonymous", "Her lawyer", "declined", False, None),
            ],
        ),
        # where the words went up, right after the cue; "Another" in a thread of posts
        (
            "Corin Mallory said in a follow-up video on YouTube on Sunday that he had misread "
            "the numbers.",
            [("named", "Corin Mallory", "said", True, None)],
        ),
        (
            "In the exchange’s Telegram group, the mood was grim. “Lost my deposit,” one user "
            "wrote. Another said support staff had stopped answering.",
            [
                ("anonymous", "one user", "wrote", True, None),
                ("anonymous", "Another", "said", True, None),
            ],
        ),
        # a person at a place; a person's publicist; people on a platform
        (
            "A bouncer at the club said the car came fast. Quill's publicist did not respond to "
            "a request for comment. Several fans on TikTok accused the team of cheating.",
            [
                ("anonymous", "A bouncer at the club", "said", False, None),
                ("organization", "Quill", "did not respond", False, None),
                ("anonymous", "Several fans on TikTok", "accused", True, None),
            ],
        ),
        # a body's spokeswoman, then "she": the body again
        (
            "The workers were tired, a ministry spokeswoman said. She declined to say more.",
            [
                ("organization", "ministry", "said", False, None),
                ("organization", "ministry", "declined", False, None),
            ],
        ),
        (
            "Prosecutors said he had bought a ticket. The prosecution said it would appeal.",
            [
                ("anonymous", "Prosecutors", "said", False, None),
                ("organization", "The prosecution", "said", False, None),
            ],
        ),
    ],
)
def test_eighth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout28-31 (docs/sourcing.md, "Eighth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proper name whose appositive's head is a body noun
        (
            "The Friends of Pellingford Libraries, a volunteer group, said it had collected "
            "8,000 signatures. No to Sixteen, the main group opposing the change, said in a "
            "statement that the vote was rushed.",
            [
                ("organization", "Friends of Pellingford Libraries", "said", False, None),
                ("organization", "No to Sixteen", "said in a statement", False, None),
            ],
        ),
        # a name, then its description, then a comma before the cue: the name is the body
        (
            "Greenpeace, the environmental group, said it would sue the ministry.",
            [("organization", "Greenpeace", "said", False, None)],
        ),
        # a capitalised role before a full name; a given name ending like a person noun
        (
            "Headteacher Martin Orloff said a new oven would be installed. Comedian Jules "
            "Abernathy said he was sorry. Mayor Dorian Faulk of Estermoor said he would not run.",
            [
                ("named", "Martin Orloff", "said", False, None),
                ("named", "Jules Abernathy", "said", False, None),
                ("named", "Dorian Faulk", "said", False, None),
            ],
        ),
        # an unnamed person's spokesperson speaks for that person
        (
            "The star’s rep said refunds would be issued within 14 days.",
            [("organization", "the star", "said", False, None)],
        ),
        # acts with a noun object; a show that tells a story
        (
            "Elvany recalled its ambassador for consultations. The singer cancelled the tour, "
            "citing exhaustion. The show tells the story of a fishing village.",
            [],
        ),
        # "recalled" with a clause is a report
        (
            "Lorenz later recalled, they had re-run a previous weather simulation.",
            [("named", "Lorenz", "later recalled", False, None)],
        ),
        # the name a body goes by; a company after a company noun
        (
            "The gang behind the attack, known as GreyKiln, claimed to hold patient data. The "
            "builder, Kavelin Rolling Stock, said in a statement that it had delivered on time.",
            [
                ("organization", "GreyKiln", "claimed", False, None),
                ("organization", "Kavelin Rolling Stock", "said in a statement", False, None),
            ],
        ),
        # a web forum is a platform; a forum held somewhere is not; posted words
        (
            "Amateur astronomers posted images, and one wrote on a stargazing forum that the "
            "comet was visible. The minister said at a forum on trade that tariffs would fall. "
            "Some staff posted messages of support on Facebook.",
            [
                ("anonymous", "one", "wrote", True, None),
                ("anonymous", "The minister", "said", False, None),
                ("anonymous", "Some staff", "posted", True, None),
            ],
        ),
        # a platform in the source's relative clause is what the source did, not where it spoke
        (
            "A security researcher who first spotted the stolen data on a hacking forum said "
            "the files were genuine.",
            [
                (
                    "anonymous",
                    "A security researcher who first spotted the stolen data on a hacking forum",
                    "said",
                    False,
                    None,
                )
            ],
        ),
        # "he" after one unnamed person, past the outlet that person told
        (
            "One of the fishermen told the local newspaper Porto Vesca that the guards fired. "
            "“They said this was their water now,” he said.",
            [
                ("anonymous", "One of the fishermen", "told", False, "Porto Vesca"),
                ("anonymous", "One of the fishermen", "said", False, None),
            ],
        ),
        # company nouns that open a body's own name
        (
            "The broadcaster that aired the set, Channel Nine North, said it had removed the "
            "clip. Union Pacific said it would cut jobs.",
            [
                ("organization", "Channel Nine North", "said", False, None),
                ("organization", "Union Pacific", "said", False, None),
            ],
        ),
        # rules: a quarter point is a noun; "claiming" inside the source; a name ending in
        # "+"; a plural noun opening a sentence before a reduced relative; "Evening" outlets
        (
            "The Bank of Ostmere raised its main rate by a quarter point to 4.75 percent. A "
            "person claiming responsibility wrote in a post on a hacking forum that the data "
            "was for sale.",
            [("anonymous", "A person claiming responsibility", "wrote in a post", True, None)],
        ),
        (
            "The streaming service carrying the show, Vireo+, said in a statement that the "
            "season was on schedule. Documents released by the committee show that the firms "
            "disagree. The star’s rep told the Evening Lantern that refunds would be issued.",
            [
                ("organization", "Vireo+", "said in a statement", False, None),
                ("organization", "the committee", "show", False, None),
                ("organization", "the star", "told", False, "Evening Lantern"),
            ],
        ),
        # "but" with a verb that goes on with a statement: one citation (section 6); after
        # another verb, a citation of its own
        (
            "Stefan Lukic said contingency plans were in place but warned of disruption. Two "
            "engineers confirmed the problem but said a fix was possible.",
            [
                ("named", "Stefan Lukic", "said", False, None),
                ("anonymous", "Two engineers", "confirmed", False, None),
                ("anonymous", "Two engineers", "said", False, None),
            ],
        ),
        # rules: a body noun names a record's maker; a clause after a semicolon has its own
        # subject, however long
        (
            "Data from the regional public health agency show cases running above average. "
            "Critics say the office was slow; the Tolven Winegrowers' Cooperative wrote on "
            "Facebook that members had waited weeks.",
            [
                ("organization", "the regional public health agency", "show", False, None),
                ("anonymous", "Critics", "say", False, None),
                (
                    "organization",
                    "Tolven Winegrowers' Cooperative",
                    "wrote on Facebook",
                    True,
                    None,
                ),
            ],
        ),
        # refusals to act, pictures, withheld names, recalled envoys are no citations; a
        # refusal to say something is
        (
            "Obama declined to send arms. Desilva did not name the players. A video posted on "
            "Telegram showed the vehicle. The firm recalled 40,000 cars. Gianni Ferraro refused "
            "to blame the referee. Ellen Gille recalls a woman doing meteorology next door.",
            [
                ("named", "Gianni Ferraro", "refused", False, None),
                ("named", "Ellen Gille", "recalls", False, None),
            ],
        ),
        # an apostrophe is no quotation: an act with a noun object stays an act
        (
            "Blue Estuary Trust said the plant leaked, and posted drone footage on YouTube of "
            "a plume from the company’s outflow pipe.",
            [("organization", "Blue Estuary Trust", "said", False, None)],
        ),
        # outlets: "seen by" after the cue; state and local media; names and records
        (
            "Sofia Brandt said in an email to staff, seen by ByteLedger, that there would be a "
            "review. Mira Dragan told state television that talks had failed. Rovers did not "
            "respond. Promoter Lumen Live said refunds would follow. Figures show prices rose. "
            "Official figures show that rents rose.",
            [
                ("named", "Sofia Brandt", "said in an email", False, "ByteLedger"),
                ("named", "Mira Dragan", "told", False, "state television"),
                ("organization", "Rovers", "did not respond", False, None),
                ("organization", "Lumen Live", "said", False, None),
                ("organization", "Figures", "show", False, None),
                ("organization", "Official figures", "show", False, None),
            ],
        ),
        # rules: an article and a body noun open the subject of a coordinated cue; a plural
        # possessive before a noun cue; a participle tail after a trailing report
        (
            "The agency raised the alert and said further explosions were likely. The central "
            "bank of Ostmark held rates but warned that prices could rise.",
            [
                ("organization", "The agency", "said", False, None),
                ("organization", "The central bank of Ostmark", "warned", False, None),
            ],
        ),
        (
            "Prices rose 6.1 percent, the statistics office said, above economists' forecasts. "
            "The app PulseTrack shared location data with advertisers, the privacy regulator "
            "found, fining the company 18 million crowns.",
            [
                ("organization", "the statistics office", "said", False, None),
                ("organization", "the privacy regulator", "found", False, None),
            ],
        ),
        # a reply withheld is never an inverted cue; a name of a body in an appositive
        (
            "The trial’s principal investigator, Dr Hana Ilic of Corvan University Hospital, "
            "did not respond to a request for comment.",
            [
                (
                    "named",
                    "Hana Ilic",
                    "did not respond",
                    False,
                    None,
                )
            ],
        ),
        # records with a participle; a group of people; customers of a company
        (
            "Court documents filed last week show that the studio is owed money. Cover will be "
            "cut, letters sent to members show. A group of shopkeepers on Kettle Row said trade "
            "fell. Customers of the delivery app ShipSwift complained that orders vanished.",
            [
                ("organization", "Court documents", "show", False, None),
                ("organization", "letters", "show", False, None),
                ("anonymous", "A group of shopkeepers on Kettle Row", "said", False, None),
                (
                    "anonymous",
                    "Customers of the delivery app ShipSwift",
                    "complained",
                    False,
                    None,
                ),
            ],
        ),
        # a gerund after an act reports; a banner outside a hall says nothing; a lower-case
        # role before a name in an appositive
        (
            "The team later posted photographs of the ridge on Facebook, urging walkers to "
            "check the forecast. A banner outside the hall said: “Count every vote.” Her rival, "
            "Liberal councillor Derek Sallow, said he would accept the result. Observers "
            "challenged bundles of ballots.",
            [
                ("organization", "The team", "urging", True, None),
                ("named", "Derek Sallow", "said", False, None),
            ],
        ),
        # more acts with a noun object (on our sets: 16 such sources unannotated, 2 annotated)
        (
            "The finance ministry rejected the proposal. Mireille Osei addressed the crowd. "
            "Null Harbour demanded a ransom. The campaign celebrated the result. Rafael Okoro "
            "signed the treaty. The ministry rejected the claim as “pure fiction.”",
            [("organization", "The ministry", "rejected", False, None)],
        ),
        # from heldout40/41: plural agent nouns alone are groups; body-name words; a sentence
        # opened by a participle clause; an outlet cut by the search window; words posted
        (
            "Installers said demand had tripled. Detectives said they were examining footage. "
            "Marlowe Line said in a statement that the crew were safe. Kellan Distribution said "
            "in a Facebook post that nobody was hurt. “Nobody asked,” the Players’ Guild of "
            "Arvenland wrote on Threads.",
            [
                ("anonymous", "Installers", "said", False, None),
                ("anonymous", "Detectives", "said", False, None),
                ("organization", "Marlowe Line", "said in a statement", False, None),
                ("organization", "Kellan Distribution", "said in a Facebook post", True, None),
                ("organization", "Players’ Guild of Arvenland", "wrote on Threads", True, None),
            ],
        ),
        (
            "Asked about the report on Monday, Vantongeren smiled and said she was busy. Greta "
            "Solvang-Mire called the claim “desperate nonsense” in an interview with Radio "
            "Tarrow. A charity, Testwise, posted a warning on X about orange tablets.",
            [
                ("named", "Vantongeren", "said", False, None),
                ("named", "Greta Solvang-Mire", "called", False, "Radio Tarrow"),
                ("organization", "Testwise", "posted", True, None),
            ],
        ),
        # a person given by role and named in the next source is that person (section 6); a
        # creator of a video is a new unnamed person
        (
            "The sprinter withdrew, her coach said.\n\n“She felt it,” coach Tomas Birkeland "
            "told reporters.",
            [
                ("named", "Tomas Birkeland", "said", False, None),
                ("named", "Tomas Birkeland", "told", False, None),
            ],
        ),
        (
            "The creator of the video said it was a joke.\n\n“We were shocked,” Rolf "
            "Abergast said.",
            [
                ("anonymous", "The creator of the video", "said", False, None),
                ("named", "Rolf Abergast", "said", False, None),
            ],
        ),
        # "&" inside a coordinated cue's subject; person nouns opening a name
        (
            "Kemble & Roe, the investment bank, cut its target and said the delay hurt. "
            "Singer-songwriter Lola Brandt said on Instagram that it was unfair. Skipper Ronan "
            "Keane said the quota was unfair.",
            [
                ("organization", "Kemble & Roe", "said", False, None),
                ("named", "Lola Brandt", "said on Instagram", True, None),
                ("named", "Ronan Keane", "said", False, None),
            ],
        ),
        # an outlet's name ends with its sentence
        (
            "Anja Teplitz said the fix was late. “That’s far too long,” she said in an interview "
            "with the tech site ByteHarbor. HomeHalo did not return calls.",
            [
                ("named", "Anja Teplitz", "said", False, None),
                ("named", "Anja Teplitz", "said in an interview", False, "ByteHarbor"),
                ("organization", "HomeHalo", "did not return", False, None),
            ],
        ),
    ],
)
def test_ninth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout36-39 (docs/sourcing.md, "Ninth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US party-and-state label is neither the name nor the role
        (
            "“That is clear,” Senate Majority Leader Mitch McConnell, R-Ky., said. Sen. Ted "
            "Cruz, R-Texas, said the bill would pass.",
            [
                ("named", "Mitch McConnell", "said", False, None),
                ("named", "Ted Cruz", "said", False, None),
            ],
        ),
        # bodies: an article of another language, club and dairy names, an en dash inside a
        # name, a communiqué (a record with no issuer)
        (
            "According to Il Corriere del Porto, the deal is done. Castlemere Rangers did not "
            "respond. Breckon Dairies said it would appeal. The Ardent–Lusso team said the "
            "rider was suspended. The jury fined him, according to the official communiqué.",
            [
                ("organization", "Il Corriere del Porto", "According to", False, None),
                ("organization", "Castlemere Rangers", "did not respond", False, None),
                ("organization", "Breckon Dairies", "said", False, None),
                ("organization", "The Ardent–Lusso team", "said", False, None),
                ("organization", "the official communiqué", "according to", False, None),
            ],
        ),
        # a description with a possessive is a new person unless the one named before had
        # that role; a name after "the" is no person's
        (
            "Local vet Dr Siobhan Ardagh said the herd would be tested. The farm's owner could "
            "not be reached. Organisers of the Reykholm Open chess tournament expelled a "
            "player. The player wrote on Instagram that he had never cheated.",
            [
                ("named", "Siobhan Ardagh", "said", False, None),
                ("anonymous", "The farm's owner", "could not be reached", False, None),
                ("anonymous", "The player", "wrote on Instagram", True, None),
            ],
        ),
        # a stance then a gerund: the gerund is the citation; a denial goes on with a gerund
        # only; a co-operative is a body
        (
            "Manager Gareth Olsson dismissed reports that his captain would leave, saying he "
            "was happy. Amsel denied that on Friday, telling reporters the demands were old. "
            "The ministry denied that any violation had taken place and said its aircraft had "
            "stayed in international waters. Milk prices were cut by Glenlark Co-operative. "
            "Glenlark said in a statement that prices had fallen.",
            [
                ("named", "Gareth Olsson", "saying", False, None),
                ("named", "Amsel", "denied", False, None),
                ("organization", "The ministry", "denied", False, None),
                ("organization", "The ministry", "said", False, None),
                ("organization", "Glenlark", "said in a statement", False, None),
            ],
        ),
        # dashes set off an appositive as commas do
        (
            "Jason Sims — a teacher from Mount Pleasant — says he will vote for Trump.",
            [("named", "Jason Sims", "says", False, None)],
        ),
        # agent nouns are people; a person noun at a body is a person there; "who" after
        # the head noun is a person; a "which" clause about the body in a person's phrase
        (
            "The cataloguer told the Bramley Gazette that it was genuine. The referee could not "
            "be reached. A marine biologist at the University of Pellan told Island Voice that "
            "stocks were low. A miner who was on the surface when the roof fell said the alarm "
            "sounded. A curator at the Corvenne Municipal Museum, which had hoped to buy it, "
            "said the price put it out of reach. The carrier said flights would resume.",
            [
                ("anonymous", "The cataloguer", "told", False, "Bramley Gazette"),
                ("anonymous", "The referee", "could not be reached", False, None),
                (
                    "anonymous",
                    "A marine biologist at the University of Pellan",
                    "told",
                    False,
                    "Island Voice",
                ),
                (
                    "anonymous",
                    "A miner who was on the surface when the roof fell",
                    "said",
                    False,
                    None,
                ),
                ("anonymous", "A curator at the Corvenne Municipal Museum", "said", False, None),
                ("organization", "The carrier", "said", False, None),
            ],
        ),
        # films and documentaries tell stories; conceding and endorsing are acts; "did not
        # want her name published" is no report; "thanked …, writing" is cited by the gerund
        (
            "A new documentary about the mine collapse tells the story of eleven men. One of "
            "the films, shot in 1962, tells of a wedding. Mayor Cyprian Wolanek conceded defeat "
            "on Sunday. One mother, who did not want her name published, told the Lowick "
            "Gazette that parents were angry. Danov himself thanked supporters in a message on "
            "his Telegram channel, writing that he would not stop.",
            [
                ("anonymous", "One mother", "told", False, "Lowick Gazette"),
                ("named", "Danov", "writing", True, None),
            ],
        ),
        # a pronoun after a sentence opened by the surname of a person named before
        (
            "Her remarks drew a reply from businessman Leopold Danvers, who was not cited.\n\n"
            "Former mayor Isadora Quennell said she was proud.\n\nDanvers hit back on Threads "
            "within hours. “I’ve sat through plenty of meetings,” he wrote.",
            [
                ("named", "Isadora Quennell", "said", False, None),
                ("named", "Leopold Danvers", "wrote", True, None),
            ],
        ),
        # after the final pair's first contact: bare plural agent nouns, a time tail, "in a
        # decision critics said had …", "who did not want his vineyard named", "it said" after
        # a body's clause, "in an email to" an outlet, a ruling, a group of 40 scientists,
        # calling a strike, a passive act, "not authorised to speak publicly"
        (
            "Hailstorms shredded the vines over the weekend, growers said on Monday, days "
            "before the first flowering. The army will buy drones, the agency announced, in a "
            "decision critics said had come too late. One grower, who did not want his "
            "vineyard named, said prices were high. The city’s weather office had issued a red "
            "warning on Friday, it said. Merovane Marine said in an email to the Baltic Post "
            "that its prices were fair. The navy was fined, according to a ruling published on "
            "Wednesday. A group of 40 marine scientists said the plan was reckless. Rail unions "
            "have called a 48-hour strike. Plans were approved by councillors. A government "
            "official who was not authorised to speak publicly said ministers were divided.",
            [
                ("anonymous", "growers", "said", False, None),
                ("organization", "the agency", "announced", False, None),
                ("anonymous", "critics", "said", False, None),
                ("anonymous", "One grower", "said", False, None),
                ("organization", "The city’s weather office", "said", False, None),
                ("organization", "Merovane Marine", "said in an email", False, "Baltic Post"),
                ("organization", "a ruling", "according to", False, None),
                ("anonymous", "A group of 40 marine scientists", "said", False, None),
                ("anonymous", "A government official", "publicly said", False, None),
            ],
        ),
        # a record's maker without the participle after it (inspectors who found traces
        # report nothing: fourteenth session, as heldout48's author annotated)
        (
            "Inspectors found traces of an antibiotic in milk, according to a report by the Food "
            "Standards Directorate published on Tuesday.",
            [
                ("organization", "Food Standards Directorate", "according to", False, None),
            ],
        ),
        # where the words went up, after the cue or a short object: social media
        (
            "Wennerholm denied wrongdoing in a video on his YouTube channel. “I never cheated,” "
            "Ravil Osmanov said on the ministry’s Telegram channel. A group calling itself "
            "BlackFerry claimed responsibility in a post on a hacking forum on Tuesday. Lena "
            "Strand said on her Twitch stream that the rumours were old.",
            [
                ("named", "Wennerholm", "denied", True, None),
                ("named", "Ravil Osmanov", "said", True, None),
                ("organization", "BlackFerry", "claimed", True, None),
                ("named", "Lena Strand", "said", True, None),
            ],
        ),
        # not where the words went up: a clause about posts, a platform inside the object, a
        # reply withheld, an interview after a post
        (
            "The minister said posts on TikTok were false. Officials warned parents about a "
            "false claim spreading on Telegram. Castlemere Rangers did not respond to messages "
            "sent on Facebook. Dermatologist Kwame Asante said in a YouTube video that it was an "
            "allergy. “It is not the same,” he said in a later interview with the Ledger.",
            [
                ("anonymous", "The minister", "said", False, None),
                ("anonymous", "Officials", "warned", False, None),
                ("organization", "Castlemere Rangers", "did not respond", False, None),
                ("named", "Kwame Asante", "said in a YouTube video", True, None),
                ("named", "Kwame Asante", "said in a later interview", False, "Ledger"),
            ],
        ),
    ],
)
def test_tenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from PolNeAR *train* and heldout48/49 (docs/sourcing.md, "Tenth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the words went up, in an opener with commas or without one
        (
            "The track federation said the time would stand. Later, on Threads, Voss wrote: "
            "“Still can’t believe it.”",
            [
                ("organization", "The track federation", "said", False, None),
                ("named", "Voss", "wrote:", True, None),
            ],
        ),
        (
            "Hlasek wrote on Telegram that crews were working. In a later post he added that "
            "heating points had opened.",
            [
                ("named", "Hlasek", "wrote on Telegram", True, None),
                ("named", "Hlasek", "added", True, None),
            ],
        ),
        (
            "A YouTube video by a consumer campaigner was watched a million times.\n\nIn the "
            "video, posted last week, campaigner Lior Benedek said he had found the add-on.",
            [("named", "Lior Benedek", "said", True, None)],
        ),
        # a citation with no source of its own, posted
        (
            "Opposition leader Ilse Kavran claimed victory before the results, writing on X "
            "that “the people have chosen a new road.”",
            [
                ("named", "Ilse Kavran", "claimed", False, None),
                ("named", "Ilse Kavran", "writing on X", True, None),
            ],
        ),
        # a described speaker with an appositive after a quote; someone on a forum; a name
        # ending in "-ly" that the text uses inside a sentence
        (
            "“I took two days off work,” one fan, a student from Lisbrook, wrote on TikTok. "
            "Another fan told the Harbour Echo she would wait. A seller on a hacking forum "
            "claimed to have the records.",
            [
                ("anonymous", "one fan", "wrote on TikTok", True, None),
                ("anonymous", "Another fan", "told", False, "Harbour Echo"),
                ("anonymous", "A seller on a hacking forum", "claimed", True, None),
            ],
        ),
        (
            "The ride-hailing app Zipply suffered outages.\n\nZipply said on X that an error "
            "was to blame.",
            [("organization", "Zipply", "said on X", True, None)],
        ),
        # "watching herself say": heard, not said
        (
            "Singer Maya Delacroix said on TikTok that she felt “sick” watching herself say "
            "things she never said.",
            [("named", "Maya Delacroix", "said on TikTok", True, None)],
        ),
        # not posted: a platform in a relative clause of the source
        (
            "A researcher who spotted the data on a hacking forum said it was real.",
            [
                (
                    "anonymous",
                    "A researcher who spotted the data on a hacking forum",
                    "said",
                    False,
                    None,
                )
            ],
        ),
    ],
)
def test_eleventh_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from heldout58/59 and earlier sets' social-media misses (docs/sourcing.md,
    "Eleventh session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund merged into the citation before it passes on where it was posted
        (
            "Reality star Jenna Castellane has denied reports that she is leaving the show, "
            "calling them “total fiction” in a TikTok video posted on Monday.",
            [("named", "Jenna Castellane", "has denied", True, None)],
        ),
        (
            "Marchetti fuelled the rumours on Sunday, writing “new chapter” under a "
            "black-and-white photo on Instagram.",
            [("named", "Marchetti", "writing", True, None)],
        ),
        # a clause reported with a platform inside it was not posted
        (
            "The minister said the photo of the dam shared on Facebook was fake.",
            [("anonymous", "The minister", "said", False, None)],
        ),
        # bodies known from what they do or the noun after them
        (
            "Rally driver Sanna Kivelä will leave the Morrow Motorsport team. Sweatshirts sold "
            "by Threadly were pulled.\n\nMorrow Motorsport said it did not comment on rumours. "
            "Threadly said it had removed the items.",
            [
                ("organization", "Morrow Motorsport", "said", False, None),
                ("organization", "Threadly", "said", False, None),
            ],
        ),
        # "on X." ends a sentence (it is no initial); "Dozens of passengers" are people
        (
            "“Can’t pay rent,” one customer posted on X. Another wrote on Threads that she "
            "had been on hold. Dozens of passengers have written in a Facebook group that "
            "refunds never came.",
            [
                ("anonymous", "one customer", "posted on X", True, None),
                ("anonymous", "Another", "wrote on Threads", True, None),
                ("anonymous", "Dozens of passengers", "have written", True, None),
            ],
        ),
        # no citation: a look, a verdict
        (
            "Renwick showed no emotion as the sentence was read. A jury in Brenford on "
            "Wednesday found former city planning chief Victor Alcazar guilty of bribery. "
            "Data showed little change in prices.",
            [("organization", "Data", "showed", False, None)],
        ),
    ],
)
def test_eleventh_session_patterns_second_pair(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from heldout60/61 (docs/sourcing.md, "Eleventh session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive naming the body after a description of it
        (
            "The organisers, the Eastvale Chess Trust, said 90 players had entered.",
            [("organization", "Eastvale Chess Trust", "said", False, None)],
        ),
        (
            "The landlord, the Kestrel Housing Association, said repairs were due.",
            [("organization", "Kestrel Housing Association", "said", False, None)],
        ),
        # a label word inside a name ("Watch: …" opens no name, "Human Rights Watch" is one)
        (
            "Fjord Watch Nordland said the cages leaked. Human Rights Watch said it was "
            "studying the report.",
            [
                ("organization", "Fjord Watch Nordland", "said", False, None),
                ("organization", "Human Rights Watch", "said", False, None),
            ],
        ),
        # a plural business noun ends a body's name
        (
            "Silver Reef Casinos said it would appeal. Ardmore Mutual said claims rose.",
            [
                ("organization", "Silver Reef Casinos", "said", False, None),
                ("organization", "Ardmore Mutual", "said", False, None),
            ],
        ),
        # a lone name that opens a longer one and never ends one is a body's short name
        (
            "Shares of Pellick Pay fell 9 percent.\n\nPellick said the outage was fixed.",
            [("organization", "Pellick", "said", False, None)],
        ),
        # what only a body has
        (
            "Vandora said it accepted the ruling. Vandora's chief executive, Ines Roth, "
            "declined to comment.",
            [
                ("organization", "Vandora", "said", False, None),
                ("named", "Ines Roth", "declined", False, None),
            ],
        ),
        # a first name used alone is still a person ("Dale Ford" … "Ford" … "Dale wrote")
        (
            "Dale Ford buried his brother on Monday. Ford’s sister was there too.\n\n"
            "Dale wrote that the family was grateful.",
            [("named", "Dale", "wrote", False, None)],
        ),
        # "she" after one unnamed person described with "the"
        (
            "The creator, a student from Tarnby, told Clip Weekly magazine that the video "
            "was a joke. “I never thought anyone would try it,” she told the magazine.",
            [
                ("anonymous", "The creator", "told", False, "Clip Weekly"),
                # "told the magazine": the magazine named before (thirteenth session)
                ("anonymous", "The creator", "told", False, "Clip Weekly"),
            ],
        ),
        # a second relative clause joined by "and"; a long anonymity clause without commas
        (
            "A lawyer who reviewed the filing, and who asked not to be identified because "
            "of her work for the court, told the Ledger that it was weak. An official who "
            "asked not to be named because he was not authorised to speak said it would fail.",
            [
                ("anonymous", "A lawyer who reviewed the filing", "told", False, "Ledger"),
                ("anonymous", "An official", "said", False, None),
            ],
        ),
        # an appositive ending in a quoted name, the comma inside the marks
        (
            "The seller, who uses the name “nightowl,” wrote on the forum that the bank had "
            "ignored him. The group, which calls itself “Free Harbour,” said it would fight.",
            [
                ("anonymous", "The seller", "wrote", True, None),
                ("organization", "Free Harbour", "said", False, None),
            ],
        ),
        # "-ly" nouns are no adverbs ("The family said" had no attribution)
        (
            "The family said the school had been warned. A lawyer for the family said they "
            "would sue.",
            [
                ("anonymous", "The family", "said", False, None),
                ("anonymous", "A lawyer for the family", "said", False, None),
            ],
        ),
        # a threat with an object alone is an effect; "but confirmed" goes on with a statement
        (
            "Drivers will strike on Friday, threatening the busiest weekend of the year. "
            "Chief Ana Ruiz told reporters that the line was safe, but confirmed that a cable "
            "had failed.",
            [("named", "Ana Ruiz", "told", False, None)],
        ),
        # a record by a named body, then a participle: the body's finding
        (
            "A report by the Coastal Research Institute published last month found that "
            "stocks had fallen.",
            [
                (
                    "organization",
                    "Coastal Research Institute",
                    "found",
                    False,
                    None,
                )
            ],
        ),
        # a reply withheld; a person's name after a company-like role; a company's name
        # that ends in a film word
        (
            "Her ministry did not answer questions. The show’s producer, Marcus Ostby, did "
            "not return calls. Harbour Films, a distributor, said the film would open in May.",
            [
                ("organization", "Her ministry", "did not answer", False, None),
                ("named", "Marcus Ostby", "did not return", False, None),
                ("organization", "Harbour Films", "said", False, None),
            ],
        ),
        # nouns, not cues, after an ordinal or an adjective after a verb
        (
            "He retired after a third stress fracture. Lawyers lodged individual challenges, "
            "according to Justice Advocates Tarnby.",
            [("organization", "Justice Advocates Tarnby", "according to", False, None)],
        ),
        # two sources joined by "and", one citation each; one body's name with "and" is one
        (
            "Grantley Foods is in talks to buy snack maker Pipwell. Grantley and Pipwell "
            "declined to comment. Kilbride and Isles Council said it was not consulted.",
            [
                ("organization", "Grantley", "declined", False, None),
                ("organization", "Pipwell", "declined", False, None),
                ("organization", "Kilbride and Isles Council", "said", False, None),
            ],
        ),
        # an outlet's whole name before "they"; a name with an outlet word
        (
            "Several residents told Radio Tamsin they had complained. A moderator told "
            "Pixel Report that errors were common.",
            [
                ("anonymous", "Several residents", "told", False, "Radio Tamsin"),
                ("anonymous", "A moderator", "told", False, "Pixel Report"),
            ],
        ),
        # "Another" without its appositive; "more than" inside the source; a video address
        # is spoken, not posted
        (
            "Another, a retired teacher, said she would stay. A blogger with more than 4,000 "
            "followers wrote on Telegram that the army had left. “We left,” Colonel Viktor "
            "Anselm said in a video address.",
            [
                ("anonymous", "Another", "said", False, None),
                (
                    "anonymous",
                    "A blogger with more than 4,000 followers",
                    "wrote on Telegram",
                    True,
                    None,
                ),
                ("named", "Viktor Anselm", "said in a video address", False, None),
            ],
        ),
    ],
)
def test_twelfth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from heldout56/57/64 misses (docs/sourcing.md, "Twelfth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "citing" brings in a source of its own (people, a named person, a body's record),
        # carried by the outlet that reported; a reason cited is no source
        (
            "The Daily Ledger reported on Monday, citing two officials familiar with the plan, "
            "that the depot would close. The singer cancelled her tour, citing exhaustion.",
            [
                ("organization", "The Daily Ledger", "reported", False, None),
                (
                    "anonymous",
                    "two officials familiar with the plan",
                    "citing",
                    False,
                    "Daily Ledger",
                ),
            ],
        ),
        (
            "The channel reported, citing police spokesman Tom Baker, that two men were held. "
            "Rents rose 4%, the union warned, citing an analysis by the Housing Office.",
            [
                ("organization", "The channel", "reported", False, None),
                ("named", "Tom Baker", "citing", False, None),
                ("organization", "the union", "warned", False, None),
                ("organization", "Housing Office", "citing", False, None),
            ],
        ),
        # people who heard the words are a source of their own; "senior figures" are people
        (
            "“I will not sign them,” Minister Piet Nauta told lawmakers, according to two "
            "people who were in the room. The leader will go, according to four senior party "
            "figures. Official figures show that prices rose.",
            [
                ("named", "Piet Nauta", "told", False, None),
                ("anonymous", "two people who were in the room", "according to", False, None),
                ("anonymous", "four senior party figures", "according to", False, None),
                ("organization", "Official figures", "show", False, None),
            ],
        ),
        # an anonymity aside after the verb; a verb inside an anonymity relative ("feared")
        (
            "A regional official said on condition of anonymity that half the clinics had no "
            "fridges. A resident who asked not to be named because she feared retaliation "
            "said the payments were small.",
            [
                ("anonymous", "A regional official", "said", False, None),
                ("anonymous", "A resident", "said", False, None),
            ],
        ),
        # "and called …", "but ruled out …" go on with the statement ("and accused …" does not)
        (
            "Ruth Kerr, the lawyer, said her client would plead not guilty and called the "
            "charges “a fishing expedition.” Irene Salt said she would meet the unions but "
            "ruled out any delay. Tom Fenn said he was innocent and accused the police of lying.",
            [
                ("named", "Ruth Kerr", "said", False, None),
                ("named", "Irene Salt", "said", False, None),
                ("named", "Tom Fenn", "said", False, None),
                ("named", "Tom Fenn", "accused", False, None),
            ],
        ),
        # a person after a company noun; bodies ending in "Trading", "GP"; a programme's name
        (
            "Broadcaster Maria Marrow told the podcast that a sale was near. Kestrel GP "
            "declined to comment. Pellucid Trading did not respond. Tickets were resold, "
            "according to an investigation by the consumer programme Fair Deal.",
            [
                ("named", "Maria Marrow", "told", False, None),
                ("organization", "Kestrel GP", "declined", False, None),
                ("organization", "Pellucid Trading", "did not respond", False, None),
                ("organization", "Fair Deal", "according to", False, None),
            ],
        ),
        # ", then revealed": the sentence's subject (not the dateline); a pronoun after a
        # person of the other gender; a blog post after a post on X is no post
        (
            "PALMERA, April 9 - Lucas Ferreira-Lindh beat the champion on Thursday, then "
            "revealed he had played through a virus.",
            [("named", "Lucas Ferreira-Lindh", "then revealed", False, None)],
        ),
        (
            "Actor Dev Okafor has ended his engagement to producer Lina Marchetti, he announced "
            "on Instagram. Ana Ruiz, the app's founder, posted on X that no data was lost. The "
            "company said in a blog post that it would pay.",
            [
                ("named", "Dev Okafor", "announced on Instagram", True, None),
                ("named", "Ana Ruiz", "posted on X", True, None),
                ("organization", "The company", "said in a blog post", False, None),
            ],
        ),
        # a role's name closing an "according to"; a plural group noun inside a body's name
        (
            "The striker wants to leave, according to his agent, Lou Brenner. The "
            "industry group Olive Growers of Castra said the harvest would recover.",
            [
                ("named", "Lou Brenner", "according to", False, None),
                ("organization", "Olive Growers of Castra", "said", False, None),
            ],
        ),
        # "told the newspaper": the outlet cited before (not "told the newspaper Vestposten")
        (
            "Rescuers pulled a girl from the rubble, state television reported. “We heard her "
            "knocking,” a rescuer told the broadcaster. Kaja Lind told the newspaper Vestposten "
            "that pay was low.",
            [
                ("organization", "state television", "reported", False, None),
                ("anonymous", "a rescuer", "told", False, "state television"),
                ("named", "Kaja Lind", "told", False, "Vestposten"),
            ],
        ),
    ],
)
def test_thirteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from heldout62/63 misses (docs/sourcing.md, "Thirteenth session")."""
    assert _kinds(text) == expected


def test_a_phrase_rejected_after_citing_is_not_remembered() -> None:
    """classify_if forgets a speaker its test rejects ("citing exhaustion" is nobody a later
    pronoun or short name could refer to), and remembers one it keeps."""
    from trustscore._attribution_record import Attribution
    from trustscore._speakers import SpeakerResolver

    text = "The band cancelled, citing Marta Lind. Then it said more."
    resolver = SpeakerResolver(text)
    s = text.index("Marta")
    cue = (text.index("citing"), text.index("citing") + len("citing"))
    cited = Attribution(cue, (s, s + len("Marta Lind")), (), "cite", "speech")
    assert resolver.classify_if(cited, lambda sp: False) is None
    assert resolver.history == [] and resolver.named_by_key == {}
    kept = resolver.classify_if(cited, lambda sp: True)
    assert kept is not None and kept.name == "Marta Lind"
    assert resolver.history == [kept] and "lind" in resolver.named_by_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts with a noun object: issued, in the future, in the passive; requests with "asked"
        # (not "asked for", nor a question asked)
        (
            "The flood office had issued an amber warning on Monday. The audit board will "
            "publish its report in June. The bridge plans were rejected by the county council. "
            "The regulator said the fees would rise.",
            [("organization", "The regulator", "said", False, None)],
        ),
        (
            "The clinic has asked patients to bring their own masks. Teachers have asked the "
            "ministry for more staff. The union has asked for a pay review. “Why now?” a nurse "
            "asked in a post on Facebook.",
            [
                ("organization", "The union", "has asked", False, None),
                ("anonymous", "a nurse", "asked in a post on Facebook", True, None),
            ],
        ),
        # an act inside another source's words keeps no quote of its own; a person shows a
        # thing, a record a finding
        (
            "Marek Toll said on Tuesday that his partner, Ilse Varga, had signed the lease "
            "“without telling anyone.” One diver showed the broken valve to reporters. The "
            "survey showed in a chart published on Friday that rents rose.",
            [
                ("named", "Marek Toll", "said", False, None),
                ("organization", "The survey", "showed", False, None),
            ],
        ),
        # a portfolio's plural before a title; a role before "the airline Nordvale", named
        # next
        (
            "Veterans Minister Oskar Lind announced on Monday that clinics would open on "
            "Sundays. The chief executive of the airline Nordvale told the Veldt Post that "
            "fares would rise. Ines Koller said the cuts were painful.",
            [
                ("named", "Oskar Lind", "announced", False, None),
                ("named", "Ines Koller", "told", False, "Veldt Post"),
                ("named", "Ines Koller", "said", False, None),
            ],
        ),
        # definite plural bodies; "Both men"; a date before the comma is no name
        (
            "Ferries stopped for six hours, the two governments said in a joint statement. "
            "Both men said the talks had stalled. Pumps have failed at four stations since "
            "March, the water utility Aquilon said on Friday.",
            [
                ("organization", "the two governments", "said in a joint statement", False, None),
                ("anonymous", "Both men", "said", False, None),
                ("organization", "Aquilon", "said", False, None),
            ],
        ),
        # an acronym outlet ends its sentence
        (
            "“We left at dawn,” Petra Nov, a teacher in Selm, told the broadcaster RTN. "
            "Officials said 300 homes were empty.",
            [
                ("named", "Petra Nov", "told", False, "RTN"),
                ("anonymous", "Officials", "said", False, None),
            ],
        ),
        # "citing" a quoted reason goes on with the statement; "said in the clip" after a post
        (
            "The border post was shut, the regional governor said on X, citing “repeated "
            "incidents” at night. A hiker filmed the slide and posted it on TikTok. “It just "
            "kept coming,” the hiker said in the clip.",
            [
                ("anonymous", "the regional governor", "said on X", True, None),
                ("anonymous", "the hiker", "said", True, None),
            ],
        ),
        # "Trainer" is a title; a stud is a body; a portal is a company noun
        (
            "Trainer Ross Hale said the mare would run. The Oldmoor Stud posted on Instagram "
            "that it backed him. Prices rose 4 percent, according to the listings portal Roomly.",
            [
                ("named", "Ross Hale", "said", False, None),
                ("organization", "The Oldmoor Stud", "posted on Instagram", True, None),
                ("organization", "Roomly", "according to", False, None),
            ],
        ),
        # "one, a surgeon …," is "One"; a pronoun after an opener; a nested report by the
        # same speaker; "and" inside a body's name
        (
            "Vets disagreed about the rhino. One, a surgeon at the reserve, said it would "
            "live; another said it would not.",
            [
                ("anonymous", "One", "said", False, None),
                ("anonymous", "another", "said", False, None),
            ],
        ),
        (
            "Mayor Ada Brandt declined to comment on the report. On Friday she said the town "
            "would pay for repairs.",
            [
                ("named", "Ada Brandt", "declined", False, None),
                ("named", "Ada Brandt", "said", False, None),
            ],
        ),
        (
            "Sergeant Ola Finch told the court she found the door open. The Harbour and Dock "
            "Workers’ Union, which represents 400 staff, said the port was unsafe.",
            [
                ("named", "Ola Finch", "told", False, None),
                ("organization", "Harbour and Dock Workers’ Union", "said", False, None),
            ],
        ),
        # a relative "that" inside the source; a name after "calling itself" with "of the"; a
        # quoted handle; the subject of a reported clause, not "Police said …"
        (
            "A tenants’ group that runs a food bank in Selm has warned it may close. A gang "
            "calling itself Night of the Owl claimed the attack in a post on Telegram.",
            [
                (
                    "organization",
                    "A tenants’ group that runs a food bank in Selm",
                    "has warned",
                    False,
                    None,
                ),
                ("organization", "Night of the Owl", "claimed", True, None),
            ],
        ),
        (
            "A trader using the name “saltfox” wrote on a forum that the coins were fake. "
            "Police said a test of the coins, carried out by a museum, suggested they were cast "
            "last year.",
            [
                ("anonymous", "A trader using the name “saltfox”", "wrote", True, None),
                ("organization", "Police", "said", False, None),
                ("organization", "a test of the coins", "suggested", False, None),
            ],
        ),
        # a title naming a body before a name; a request to stay unnamed
        (
            "Minister of State Lena Marsh said the talks would resume. A witness said she "
            "asked that her name not be published.",
            [
                ("named", "Lena Marsh", "said", False, None),
                ("anonymous", "A witness", "said", False, None),
            ],
        ),
        # records and documents, with a participle placing them; people find things
        (
            "Fees will rise, according to a draft budget. The cuts were planned for years, "
            "according to court documents unsealed in Halden. Inspectors found rust in the "
            "beams.",
            [
                ("organization", "a draft budget", "according to", False, None),
                ("organization", "court documents", "according to", False, None),
            ],
        ),
        # a lone name never given a first name or a role is a body's
        (
            "The grocer Fennick is in talks to buy its smaller rival Basketry, two people "
            "briefed on the talks said. Basketry did not respond to a request for comment. "
            "Crumbwell is cutting 300 jobs. Crumbwell declined to comment.",
            [
                ("anonymous", "two people briefed on the talks", "said", False, None),
                ("organization", "Basketry", "did not respond", False, None),
                ("organization", "Crumbwell", "declined", False, None),
            ],
        ),
        # who speaks for a person is named by them; offices are bodies
        (
            "A publicist for Ana Ruiz did not respond to a request for comment. Ostby’s agent "
            "said he was resting. The Velmor customs directorate said the checks were legal.",
            [
                ("organization", "Ana Ruiz", "did not respond", False, None),
                ("organization", "Ostby", "said", False, None),
                ("organization", "The Velmor customs directorate", "said", False, None),
            ],
        ),
    ],
)
def test_fourteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the unseen pair heldout66/67 and the misses of heldout72/73
    (docs/sourcing.md, "Fourteenth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply sought and not given, with an adverb or a time after it; not a deal
        (
            "Council leader Ottilie Sands could not be reached on Saturday. Aranda, who took "
            "over in June, could not immediately be reached for comment. A deal could not be "
            "reached on Friday.",
            [
                ("named", "Ottilie Sands", "could not be reached", False, None),
                ("named", "Aranda", "could not immediately be reached", False, None),
            ],
        ),
        # a live blog's kicker is no speaker; its time dash opens the sentence of the subject
        (
            "LIVE: Transfer deadline day\n\n17:55 — Dunvale boss Georgie Lindqvist has just "
            "spoken to reporters. “Idris is our player until somebody tells me otherwise,” she "
            "said.",
            [
                ("named", "Georgie Lindqvist", "said", False, None),
            ],
        ),
        # an office speaks for its person; a body's statement is the body
        (
            "Mayor Agnes Thorvald spoke first. Thorvald’s office did not respond. The club’s "
            "statement praised his “energy and professionalism”. Microsoft's office in Dublin "
            "said it would close.",
            [
                ("organization", "Thorvald", "did not respond", False, None),
                ("organization", "The club", "praised", False, None),
                ("organization", "Microsoft's office in Dublin", "said", False, None),
            ],
        ),
        # an appointment is no citation; words told to reporters are not the post before them
        (
            "Steelworks Pellingrad sacked its coach on Sunday and named youth-team coach Ilse "
            "Brandauer as interim replacement. Club owner Gregor Lutsenko said in a video posted "
            "on Facebook that it was “the hardest decision”.\n\n“She knows these players,” "
            "Lutsenko told reporters at the stadium.",
            [
                ("named", "Gregor Lutsenko", "said in a video posted on Facebook", True, None),
                ("named", "Gregor Lutsenko", "told", False, None),
            ],
        ),
        # 'and' with a continuing verb goes on with a statement of any speech verb
        (
            "Solberg’s rep insisted the row had been “blown out of proportion” and said the two "
            "stars “respect each other enormously.” The Rectors’ Conference called the decision "
            "“a blunt instrument” and warned that some universities could close.",
            [
                ("organization", "Solberg", "insisted", False, None),
                ("organization", "The Rectors’ Conference", "called", False, None),
            ],
        ),
        # 'FC' and 'Car Wash' end bodies' names; a registry is a body
        (
            "Oravia FC said in a statement that every payment had been “fully compliant”. "
            "Sudsy's Car Wash, one of the two fined, did not return calls. The firm was wound "
            "up, according to the Varnish Bay companies registry.",
            [
                ("organization", "Oravia FC", "said in a statement", False, None),
                ("organization", "Sudsy's Car Wash", "did not return", False, None),
                ("organization", "the Varnish Bay companies registry", "according to", False, None),
            ],
        ),
        # a company noun before a name, or a studio after it, declares a body
        (
            "Vanholm’s company, Keystone Lets, was fined. Keystone Lets declined to comment. "
            "Palisade Vault, the studio behind the film, declined to comment.",
            [
                ("organization", "Keystone Lets", "declined", False, None),
                ("organization", "Palisade Vault", "declined", False, None),
            ],
        ),
        # a forum's poster is a person; 'Another user … called it' continues the post
        (
            "On the fan forum Gigfolk, a thread about the presale has grown long.\n\n“I had the "
            "page open at nine,” one poster wrote. Another user, a regular since 2009, called it "
            "“the end of the festival as a community thing.”",
            [
                ("anonymous", "one poster", "wrote", True, None),
                ("anonymous", "Another user", "called", True, None),
            ],
        ),
        # an anonymous source's gender is read from its own clause
        (
            "Director Halvard Brecke does not mind. “Cinema should cost you something,” he "
            "says.\n\nA producer, who asked not to be named because she was not authorised to "
            "discuss the budget, said costs had risen.\n\nBrecke waves this away. The film, he "
            "insists, will be finished by spring.",
            [
                ("named", "Halvard Brecke", "says", False, None),
                ("anonymous", "A producer", "said", False, None),
                ("named", "Halvard Brecke", "insists", False, None),
            ],
        ),
        # 'the engineer' after 'A consortium engineer who …' is that source
        (
            "A consortium engineer who has worked in the area for twenty years said the aquifer "
            "had dropped. Parish priest Anselm Dorré has started a prayer for rain. “We are "
            "drinking the future,” the engineer said.",
            [
                (
                    "anonymous",
                    "A consortium engineer who has worked in the area for twenty years",
                    "said",
                    False,
                    None,
                ),
                ("anonymous", "the engineer", "said", False, None),
            ],
        ),
        # a lone given name is the person named in full before
        (
            "Reality TV star Dexter Prynne's daughter has landed a place at the "
            "academy.\n\nDexter, 47, told Glow Weekly he was “the proudest dad alive”.",
            [
                ("named", "Dexter Prynne", "told", False, "Glow Weekly"),
            ],
        ),
    ],
)
def test_fifteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout76/77 (docs/sourcing.md, "Fifteenth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gendered title before a lone surname gives the pronoun its antecedent
        (
            "Mrs Abernathy has taught Year 4 for twenty years.\n\n“My first headteacher was "
            "right,” she said, laughing.",
            [("named", "Abernathy", "said", False, None)],
        ),
        # ... and a title's surname is the person named in full before
        (
            "Samuel Dreyer was freed. “The evidence used to convict Mr Dreyer,” Justice Helen "
            "Arkwright wrote, “would not survive scrutiny.” Outside court he said he was “numb”.",
            [
                ("named", "Helen Arkwright", "wrote", False, None),
                ("named", "Samuel Dreyer", "said", False, None),
            ],
        ),
        # 'hit back' / 'fired back' report only with words after them
        (
            "A source close to the family hit back: “Coco worked incredibly hard.” Soldiers "
            "fired back when the gunmen opened fire.",
            [("anonymous", "A source close to the family", "hit back:", False, None)],
        ),
        # a stance before its gerund: the gerund is the citation (also after a colon cue)
        (
            "Okafor-Price hit back on Instagram on Monday morning, writing: “Some of us grew "
            "up.” The Department for Schools disputes the figure, saying it ignores pensions.",
            [
                ("named", "Okafor-Price", "writing:", True, None),
                ("organization", "Department for Schools", "saying", False, None),
            ],
        ),
        # 'captioning' a post reports its words
        (
            "The reality star shared the snaps with his Instagram followers on Sunday, "
            "captioning one “Just me and my baby boy”.",
            [("anonymous", "The reality star", "captioning", True, None)],
        ),
        # a Sunday paper is an outlet
        (
            "A source close to Morano told the Sunday Blaze he was “devastated”.",
            [("anonymous", "A source close to Morano", "told", False, "Sunday Blaze")],
        ),
        # an appositive report inside what a vote decided speaks on its own
        (
            "Parliament voted on Wednesday to cap rent rises, a measure landlords said would "
            "drive investors out.",
            [("anonymous", "landlords", "said", False, None)],
        ),
        # ', which said …' after a body's name (with 'of' inside it, or after 'the group')
        (
            "The findings were welcomed by the Heart Foundation of Caledra, which said they "
            "offered “a realistic goal”. The rally was organised by the group Green Furrow, "
            "which told its followers in a message that buses would leave at dawn.",
            [
                ("organization", "Heart Foundation of Caledra", "said", False, None),
                ("organization", "Green Furrow", "told", False, None),
            ],
        ),
        # ... but not an act ("which refused the claim") nor a relative with 'that'
        (
            "The insurer, Greywell Assurance, which refused the claim last year, had no "
            "comment. The firm that shared the video did not respond.",
            [
                ("organization", "Greywell Assurance", "had no comment", False, None),
                ("organization", "The firm that shared the video", "did not respond", False, None),
            ],
        ),
        # a noun compound after a preposition is no cue ('over service charges')
        (
            "Residents are furious over service charges that have tripled. A majority of "
            "voters say the plan is bad.",
            [("anonymous", "A majority of voters", "say", False, None)],
        ),
        # 'was called by' organises; it reports nothing
        (
            "The strike was called by the Penhallow branch of the union after talks collapsed.",
            [],
        ),
        # 'his lawyer' is not the person named next (the lawyer's client)
        (
            "The headteacher, Julian Osei, was suspended.\n\nHis lawyer said the suspension "
            "was unfair. Osei himself has said nothing publicly since Monday.",
            [
                ("anonymous", "His lawyer", "said", False, None),
                ("named", "Julian Osei", "has said", False, None),
            ],
        ),
        # acts: chanting names, sharing a letter whose heading is quoted
        (
            "Marchers are chanting the names of estates. In a Telegram group, one member "
            "shared a screenshot of a letter headed “Your Questions Answered.” Another wrote: "
            "“Nothing in here answers anything.”",
            [("anonymous", "Another", "wrote:", True, None)],
        ),
        # 'put it' with words after it, 'put' before an estimate
        (
            "Police put the figure at about 1,200. As one analyst put it, “the market is "
            "dead.” She put it to good use.",
            [
                ("organization", "Police", "put", False, None),
                ("anonymous", "one analyst", "put it", False, None),
            ],
        ),
    ],
)
def test_sixteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout80/81 (docs/sourcing.md, "Sixteenth session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anonymous poster is a forum's user; the speaker after an opening phrase's comma
        (
            "On a miners’ forum, an anonymous poster claimed that drills had been cancelled. "
            "In a caption under the clip, one user, a former electrician, wrote: “We told "
            "them.”",
            [
                ("anonymous", "an anonymous poster", "claimed", True, None),
                ("anonymous", "one user", "wrote:", False, None),
            ],
        ),
        # a capitalised name ending in an outlet's word is a paper, even after "A poll by"
        (
            "A poll by the Pellham Observer found that 58 per cent of voters were satisfied.",
            [("organization", "the Pellham Observer", "found", False, None)],
        ),
        # the surname that opened the sentence before, past an opening "In …"
        (
            "Supporters of the losing candidate, Glen Moravec, insist the machines were "
            "rigged.\n\n“You have to accept the arithmetic,” said Theo Brannigan.\n\nMoravec "
            "has been careful. In a long post on Telegram on Sunday he wrote that “questions "
            "remain unanswered”.",
            [
                ("anonymous", "Supporters of the losing candidate", "insist", False, None),
                ("named", "Theo Brannigan", "said", False, None),
                ("named", "Glen Moravec", "wrote", True, None),
            ],
        ),
        # a reply sought and not given; an outlet carrying the words after "according to the"
        (
            "The airline’s founder, Rasmus Egede, was not available for comment. Holub said "
            "that he respected the court, according to the Ostrava Daily Standard.",
            [
                ("named", "Rasmus Egede", "was not available", False, None),
                ("named", "Holub", "said", False, "Ostrava Daily Standard"),
            ],
        ),
        # "a.m." ends a sentence before "Another"; a described subject after "But"
        (
            "Residents said they had heard a bang at about 3 a.m. Another said the street had "
            "been “full of smoke”. But two members of his staff, speaking on condition of "
            "anonymity, said they had raised concerns.",
            [
                ("anonymous", "Residents", "said", False, None),
                ("anonymous", "Another", "said", False, None),
                ("anonymous", "two members of his staff", "said", False, None),
            ],
        ),
        # a live blog's clock time before the source is not part of it
        (
            "14:10 A Civic Alliance source says the vote will be close.",
            [("anonymous", "A Civic Alliance source", "says", False, None)],
        ),
        # the interviewer named by a kind of outlet carries the words
        (
            "In a later interview with broadcaster NRT, the minister said the plan was fine.",
            [("anonymous", "the minister", "said", False, "NRT")],
        ),
        # a record's maker after what it covers; figures with no maker are a reason
        (
            "A survey of 400 parents commissioned by the Ashcombe Schools Action Group found "
            "that 82 percent opposed the closures. The owner confirmed the closure, citing "
            "visitor numbers that have halved since 2019.",
            [
                ("organization", "Ashcombe Schools Action Group", "found", False, None),
                ("anonymous", "The owner", "confirmed", False, None),
            ],
        ),
        # a description before the name; a body's ruling, with its participle aside
        (
            "Mother-of-three Kerry Blythe said the queue was three hours long. The "
            "commission’s ruling, published on its website, described the donor as “a shell”.",
            [
                ("named", "Kerry Blythe", "said", False, None),
                ("organization", "The commission", "described", False, None),
            ],
        ),
    ],
)
def test_sixteenth_session_second_round(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """More patterns from the misses of heldout80/81 (docs/sourcing.md, "Sixteenth
    session")."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb inside the question put to someone cites nobody
        (
            "Asked whether she believed the deal would hold, Mina Castell told reporters: "
            "“Ask me in a year.”",
            [("named", "Mina Castell", "told", False, None)],
        ),
        (
            "Asked how he was feeling, Rudi Vance told our reporter he was tired.",
            [("named", "Rudi Vance", "told", False, None)],
        ),
        # a name given to men and women alike takes either pronoun
        (
            "Kelly Fielder was not convinced. “The figures do not add up,” he said.",
            [("named", "Kelly Fielder", "said", False, None)],
        ),
        # the subject after a short opening phrase may be the pronoun's antecedent
        (
            "On the day the plant closed, Tove Halvard was on a night shift.\n\n"
            "“Nobody told us anything,” she said.",
            [("named", "Tove Halvard", "said", False, None)],
        ),
        # a surname opening the sentence before, even after an unnamed source
        (
            "Marit Olsen runs the shop. One customer wrote online that prices had doubled. "
            "Olsen, who has run it since 1998, shrugs. “Costs doubled too,” she said.",
            [
                ("anonymous", "One customer", "wrote", False, None),
                ("named", "Marit Olsen", "said", False, None),
            ],
        ),
        # "Cllr" and "Treasurer" are roles, not names
        (
            "Cllr Ravi Mehta said the vote was close. Treasurer Ilse Brandt said funds were low.",
            [
                ("named", "Ravi Mehta", "said", False, None),
                ("named", "Ilse Brandt", "said", False, None),
            ],
        ),
        # a document's plain noun after a participle; "it" in a relative clause
        (
            "Yet a leaked call sheet says a row is expected in every episode.",
            [("organization", "a leaked call sheet", "says", False, None)],
        ),
        # a preposition after a body's name is not a role ("on Friday")
        (
            "The Orrin Valley Water Board on Friday widened the ban, saying reservoirs were low.",
            [("organization", "The Orrin Valley Water Board", "saying", False, None)],
        ),
        # "the statement" is the body that spoke in a statement just before
        (
            "The transport ministry said in a statement that fares would rise. Off-peak "
            "tickets are exempt, the statement said.",
            [
                ("organization", "The transport ministry", "said in a statement", False, None),
                ("organization", "The transport ministry", "said", False, None),
            ],
        ),
        # a record noun before a participle is no verb; a record with a participle aside
        (
            "Internal emails obtained by the Harwick Post show that managers knew. The "
            "firm’s accounts, filed in March, show a loss.",
            [
                ("organization", "Internal emails", "show", False, "Harwick Post"),
                ("organization", "The firm", "show", False, None),
            ],
        ),
        # "nine points" is a penalty, not a cue; "hit back …, saying" reports by the gerund
        (
            "The league docked the club nine points for the breach. Chairman Ron Tate hit "
            "back, saying: “We will appeal.”",
            [("named", "Ron Tate", "saying:", False, None)],
        ),
    ],
)
def test_seventeenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout78/79 and heldout84/85 (docs/sourcing.md,
    "Seventeenth session"), in sentences written for the test."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive inside a capitalised run is a description, not a name
        (
            "Harwick’s MP, Lionel Crabb, said on X that the ward should stay open.",
            [("named", "Lionel Crabb", "said on X", True, None)],
        ),
        # an inverted source ends at its name when an adjunct follows
        (
            "“We waited nine hours,” wrote Edda Morrow in a post on the Ferrin Parents page.",
            [("named", "Edda Morrow", "wrote", True, None)],
        ),
        # "&" joins a firm's name, printed as such
        (
            "The agency, Birch & Lowe, declined to comment. Sales fell, according to trade "
            "newsletter Hops & Malt.",
            [
                ("organization", "Birch & Lowe", "declined", False, None),
                ("organization", "Hops & Malt", "according to", False, None),
            ],
        ),
        # a description after the outlet that carried the person's words is that person
        (
            "Nadia Ferro has spoken about the fire, telling Harbour Weekly it was terrifying.\n\n"
            "“I ran with the baby,” the actress told the paper.",
            [
                ("named", "Nadia Ferro", "telling", False, "Harbour Weekly"),
                ("named", "Nadia Ferro", "told", False, "Harbour Weekly"),
            ],
        ),
    ],
)
def test_seventeenth_session_second_round(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """More patterns from the misses of heldout84/85 (docs/sourcing.md, "Seventeenth
    session"), in sentences written for the test."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long "who" clause still reaches the noun phrase before it
        (
            "A surveyor who has inspected old mills across the valley for two decades said "
            "the roof would not last.",
            [
                (
                    "anonymous",
                    "A surveyor who has inspected old mills across the valley for two decades",
                    "said",
                    False,
                    None,
                )
            ],
        ),
        # "said one of them, Name": the name in the appositive
        (
            "“We stay because we care,” said one of them, Petra Lindqvist.",
            [("named", "Petra Lindqvist", "said", False, None)],
        ),
        # "what one steward called “…”": a person noun makes a weak cue's subject
        (
            "The car park became what one steward called “a lake with cones”.",
            [("anonymous", "one steward", "called", False, None)],
        ),
        # a team's word opening the sentence before a role and a name is not a surname
        (
            "The Marlow Kestrels lost again.\n\nKestrels assistant coach Dario Fenn was blunt. "
            "“We were slow,” he said.",
            [("named", "Dario Fenn", "said", False, None)],
        ),
        # a possessive subject with a name in apposition, sharing its verb with the cue
        (
            "His rival, engineer Colm Easterby, shook hands and later told the Brindle Courier "
            "he was proud.",
            [("named", "Colm Easterby", "later told", False, "Brindle Courier")],
        ),
        # "requested/ordered" a thing is an act; "a woman named …" is a name given
        (
            "Vera Holt, who requested the audit, was absent. The tribunal ordered a review of "
            "the case, where observers say errors were made. It follows a woman named Ida.",
            [("anonymous", "observers", "say", False, None)],
        ),
        # a post as the object of "captioned"; a medium posted to a platform
        (
            "“Best day ever,” Lena Brook captioned a TikTok video. “Thank you all,” she said "
            "in a short video posted to her Instagram account.",
            [
                ("named", "Lena Brook", "captioned", True, None),
                ("named", "Lena Brook", "said in a short video", True, None),
            ],
        ),
        # a live blog's clock and dash before an opening platform phrase
        (
            "10:05 a.m. — Over on Facebook, the parents’ group wrote: “We are not giving up.”",
            [("organization", "the parents’ group", "wrote:", True, None)],
        ),
        # "Another recall," is a noun; a name followed by "which runs" is a body
        (
            "Another recall, another apology. According to Westerly Lines, which runs the "
            "route, the fault was minor.",
            [("organization", "Westerly Lines", "According to", False, None)],
        ),
        # an audit with a year before "state"; a log is a document; a permission to speak
        # explains anonymity and is no citation
        (
            "A 2021 state audit found that the depot was short of staff. A repair log "
            "describes the lift as “unsafe”. One nurse, who asked not to be named because "
            "the trust had not authorised staff to talk to the press, said wards were full.",
            [
                ("organization", "A 2021 state audit", "found", False, None),
                ("organization", "A repair log", "describes", False, None),
                ("anonymous", "One nurse", "said", False, None),
            ],
        ),
        # tabloid verbs; the age description passes over a place after "the"
        (
            "Singer Rory Vane is stuck after the Grimsby Dock strike.\n\nThe 31-year-old "
            "moaned: “No gear, no gig.” His ex sniped: “Typical.”",
            [
                ("named", "Rory Vane", "moaned:", False, None),
                ("anonymous", "His ex", "sniped:", False, None),
            ],
        ),
        # a name given in apposition ("…, named …,") is no cue; "pushed open" is a body moving
        (
            "Head keeper Jon Alder said the otters, named Pip and Moss, had pushed open a "
            "hatch that nobody had locked.",
            [("named", "Jon Alder", "said", False, None)],
        ),
        # the author's colleagues at an outlet are that outlet
        (
            "Our colleagues at the Fenwick Gazette reported that the ferry had been sold.",
            [("organization", "the Fenwick Gazette", "reported", False, None)],
        ),
        # a pronoun after a sentence in which one unnamed person posted on a platform
        (
            "“We were stuck for hours,” Ilse Marr wrote on Facebook.\n\nOne commuter, a "
            "student, shared a clip on TikTok of the empty platform. “No one told us "
            "anything,” she says in the video.",
            [
                ("named", "Ilse Marr", "wrote on Facebook", True, None),
                ("anonymous", "One commuter", "says in the video", True, None),
            ],
        ),
    ],
)
def test_eighteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout88/89 (docs/sourcing.md, "Eighteenth session"), in
    sentences written for the test."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age after a description with a show's name re-describes the person named last;
        # tabloid verbs "raged", "sobbed"
        (
            "Talk-show host Priya Landers has fallen out with her neighbours.\n\nThe Sunrise "
            "Sofa presenter, 41, blasted the council in an Instagram video. “Nobody asked "
            "us,” she raged.",
            [
                ("named", "Priya Landers", "blasted", True, None),
                ("named", "Priya Landers", "raged", True, None),
            ],
        ),
        # a person noun before the name lets the given name alone stand for the full name
        (
            "Baking influencer Tully Marsh lost her channel last week.\n\nTully addressed fans "
            "in a YouTube video on Friday. “I will be back,” she said.",
            [("named", "Tully Marsh", "said", True, None)],
        ),
        # "proposed" with a plain object is an act; "Trustee" is a role; a negated "say" cites
        # no one
        (
            "Trustee Oren Falk, who proposed the levy, said it would fund two buses. The "
            "board has not said when it will vote.",
            [("named", "Oren Falk", "said", False, None)],
        ),
        # a document as the antecedent of "which"; a draft with a participle after its "of"
        # phrase
        (
            "The union cited an internal review, which shows that shifts ran over 14 hours. A"
            " copy of the rota obtained by the Ashby Courier shows the ward was left with two"
            " nurses.",
            [
                ("organization", "an internal review", "shows", False, None),
                ("organization", "A copy of the rota", "shows", False, "Ashby Courier"),
            ],
        ),
        # a sentence adverb and its comma open the sentence, not the source
        (
            "However, the inspector said the plant would reopen. Meanwhile, two engineers "
            "said the pumps had failed.",
            [
                ("anonymous", "the inspector", "said", False, None),
                ("anonymous", "two engineers", "said", False, None),
            ],
        ),
        # a user known by the name they go by is unnamed; users of a forum named before post
        # there
        (
            "On CheeseTalk, a forum popular with dairy farmers, a thread about the fines has "
            "drawn 300 replies. One poster claimed the inspector never came. A user calling "
            "himself Curdlord99 wrote that the fines were fair.",
            [
                ("anonymous", "One poster", "claimed", True, None),
                ("anonymous", "A user calling himself Curdlord99", "wrote", True, None),
            ],
        ),
        # a role before a name set off before an aside; "tells Radio X" with a quote in the
        # clause
        (
            "Three days before the final, champion Rosa Ilves, known to her fans as The "
            "Comet, insisted she was ready. Coach Ben Ode tells Radio Vellmar the team will "
            "“definitely” travel.",
            [
                ("named", "Rosa Ilves", "insisted", False, None),
                ("named", "Ben Ode", "tells", False, "Radio Vellmar"),
            ],
        ),
        # "Asked by <outlet>" gives the via and ends a post's run; a place is no person
        (
            "Mayor Ines Dorr wrote on X that the bridge would reopen. Asked by the Harbin "
            "Ledger about the cost, Dorr said, “Not today.”\n\nFirefighters reached Cobble "
            "Canyon at noon. “It is gone,” she said.",
            [
                ("named", "Ines Dorr", "wrote on X", True, None),
                ("named", "Ines Dorr", "said", False, "Harbin Ledger"),
                ("named", "Ines Dorr", "said", False, None),
            ],
        ),
        # a survey commissioned by a body speaks for it; a concessive "whatever" cites no one
        (
            "But a survey commissioned by the Pell Sports Trust, published in May, found that"
            " few children swim. Whatever the figures say, the pool will close.",
            [("organization", "Pell Sports Trust", "found", False, None)],
        ),
    ],
)
def test_nineteenth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout86/87 and heldout92/93 (docs/sourcing.md,
    "Nineteenth session"), in sentences written for the test."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who posted it": "it" is the object, the source is the poster; a possessive before
        # a participle makes an adjective; a kinship noun gives the gender of the name after it
        (
            "Footage shared on TikTok shows the dam breaking. The user who posted it wrote: "
            "“We ran for the hill.”",
            [("anonymous", "The user who posted it", "wrote:", True, None)],
        ),
        (
            "The memo’s alleged author, former clerk Ivo Marek, could not be reached. His "
            "sister, Lumi Marek, spoke out on Tuesday with a long post on Facebook. “He is "
            "innocent,” she wrote.",
            [
                ("named", "Ivo Marek", "could not be reached", False, None),
                ("named", "Lumi Marek", "wrote", True, None),
            ],
        ),
        # a year before an "-ing" modifier; a person "at" a body; an appositive with "the"
        (
            "A 2021 planning audit warned that the dam was weak. A clerk at Varo Bank, the "
            "region’s largest lender, said the vaults were empty.",
            [
                ("organization", "A 2021 planning audit", "warned", False, None),
                ("anonymous", "A clerk at Varo Bank", "said", False, None),
            ],
        ),
        # money pledged is a gift, no words
        ("The club has pledged €40,000 to the families of the crew.", []),
        # the article's own agency saw the draft: no via; "Court records" is not a body
        (
            "TARVO, May 3 (Eastwire) – Fares will rise in June, according to a draft budget "
            "seen by Eastwire. Court records seen by the Tarvo Post show the loan was never "
            "repaid.",
            [
                ("organization", "a draft budget", "according to", False, None),
                ("organization", "Court records", "show", False, "Tarvo Post"),
            ],
        ),
        # an interview at the end of the sentence gives the via
        (
            "The skater Ona Brill has admitted taking painkillers before races, in an "
            "interview with the radio station Wave Four broadcast on Monday.",
            [("named", "Ona Brill", "has admitted", False, "Wave Four")],
        ),
        # "called" gives a name; "One message, from a nurse …": the author of the post
        (
            "“It is over,” said Mira Holt, who runs the group, called Save the Pier, from her "
            "kitchen. One message, from a nurse whose ward closed, has been shared 9,000 "
            "times. “We were not told,” she wrote.",
            [
                ("named", "Mira Holt", "said", False, None),
                ("anonymous", "a nurse whose ward closed", "wrote", False, None),
            ],
        ),
        # a role with an event's name before the person; ", adding:" goes on with "said"
        (
            "Former Tour of Vell winner Arno Lutz said the race was clean, adding: “Nobody "
            "cheated.”",
            [("named", "Arno Lutz", "said", False, None)],
        ),
        # "In it," after a video posted on a platform
        (
            "The Save the Pier group posted a video on Instagram. In it, organiser Mira Holt "
            "says the pier can be saved.",
            [("named", "Mira Holt", "says", True, None)],
        ),
        # no words: "fumes as", "promise of" after a possessive, "add up", "does not deny
        # it"; "said it welcomed … but warned" is one citation
        (
            "Coach fumes as league delays fixture\n\nThe council's promise of 500 homes "
            "doesn't add up, critics say. The builders’ federation said it welcomed the plan "
            "but warned that costs were rising. Holt does not deny it.",
            [
                ("anonymous", "critics", "say", False, None),
                ("organization", "The builders’ federation", "said", False, None),
            ],
        ),
        # a handle in an appositive, "a user called X": unnamed; "Eighty stalls": a count
        (
            "Eighty stalls, two stages and a pier. One reader, @pierfan, wrote on X: “Save "
            "it.” “Too late,” a user called Gullwing wrote.",
            [
                ("anonymous", "One reader", "wrote on X:", True, None),
                ("anonymous", "a user called Gullwing", "wrote", True, None),
            ],
        ),
        # "its website" is the body's; a refusal to act reported by an outlet is the outlet's
        (
            "Tarvo Ferries will publish a new timetable soon, according to its website. The "
            "operator refused to restore the night service, according to the Tarvo Post.",
            [
                ("organization", "Tarvo Ferries", "according to", False, None),
                ("organization", "the Tarvo Post", "according to", False, None),
            ],
        ),
        # a post, then a reply withheld: the reply is no post
        (
            "Pier owner Sasha Imre posted a photo of the storm damage on Instagram but did "
            "not respond to our questions.",
            [("named", "Sasha Imre", "did not respond", False, None)],
        ),
        # "Vasko’s reply came …. In it, he said": the reply's author
        (
            "Chef Tamsin Roe and her former partner, baker Imre Vasko, have fallen out. "
            "Vasko’s reply came on Sunday in a post that was later deleted. In it, he said Roe "
            "had taken the recipes.",
            [("named", "Imre Vasko", "said", True, None)],
        ),
    ],
)
def test_twentieth_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout96/97 and what checking them on all sets showed
    (docs/sourcing.md, "Twentieth session"), in sentences written for the test."""
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted by a number word are unnamed, not a name "Forty"
        (
            "Forty of the tenants say they will withhold rent. Twelve told the housing board "
            "they had been threatened.",
            [
                ("anonymous", "Forty of the tenants", "say", False, None),
                ("anonymous", "Twelve", "told", False, None),
            ],
        ),
        # a live blog's clock time before its dash is no part of the source
        (
            "07:40 - Festival stewards say the gates will open late.\n\n"
            "08:15 – A trader at the north gate tells us the queue is a mile long.",
            [
                ("anonymous", "Festival stewards", "say", False, None),
                ("anonymous", "A trader at the north gate", "tells", False, None),
            ],
        ),
        # a participle after a noun, with the sentence's own verb after its short phrase
        (
            "The relief fund promised in March will be paid “soon,” the finance office said. "
            "The minister promised in May that the fund would open.",
            [
                ("organization", "the finance office", "said", False, None),
                ("anonymous", "The minister", "promised", False, None),
            ],
        ),
        # a bare or -s cue word that is a noun: before a past cue, or the object of one
        (
            "A lawyer for the second suspect said his client was abroad. The board rejected "
            "claims of bias, saying its members had no stake. The company did not answer "
            "emailed questions.",
            [
                ("anonymous", "A lawyer for the second suspect", "said", False, None),
                ("organization", "The board", "saying", False, None),
                ("organization", "The company", "did not answer", False, None),
            ],
        ),
        # "dispute" as a noun after a modifier; an -s form before its object is a verb
        (
            "A hearing on the grazing dispute ended early. The Office for Farming disputes "
            "the figure, saying it ignores winter feed.",
            [("organization", "Office for Farming", "saying", False, None)],
        ),
        # "with X describing": an absolute clause that reports; not with a weak cue
        (
            "The inquiry opened on Monday, with the prosecution describing a fraud “years in "
            "the making.” The two shops compete, with one offering the same model for less.",
            [("organization", "the prosecution", "describing", False, None)],
        ),
        # a noun before "to whom": the relative's head; a service named "coast guard"
        (
            "The driver to whom the van was leased could not be reached. The Orsk coast guard "
            "said two sailors were missing.",
            [
                (
                    "anonymous",
                    "The driver to whom the van was leased",
                    "could not be reached",
                    False,
                    None,
                ),
                ("organization", "The Orsk coast guard", "said", False, None),
            ],
        ),
        # "the teacher" again after "Another passenger, a retired teacher from …,"; a
        # possessive's fisheries company; "were comparing … with" is an activity
        (
            "Ellen Stromberg, a nurse, said the ship shook. Another passenger, a retired "
            "teacher from Holm, said the lights failed. “We waited an hour,” the teacher said. "
            "The trawler’s owners, Vik Fisheries, said they were shocked. Fans were comparing "
            "it frame by frame with old photos.",
            [
                ("named", "Ellen Stromberg", "said", False, None),
                ("anonymous", "Another passenger", "said", False, None),
                ("anonymous", "the teacher", "said", False, None),
                ("organization", "Vik Fisheries", "said", False, None),
            ],
        ),
        # "Per" as "according to" (not "per cent"); a possessive body before a person's name
        (
            "09:10 — Per Courtside’s Nina Holm, the Owls have made an offer. Rents rose 4 per "
            "cent, per the Tarvo Post.",
            [
                ("named", "Nina Holm", "Per", False, None),
                ("organization", "the Tarvo Post", "per", False, None),
            ],
        ),
        # a notice on a door carries words, no one speaks; "One follower posted:"; "did not
        # return our calls"
        (
            "A notice on the gate says “No entry.” One follower posted: “Leave them alone.” "
            "Club bosses did not return our calls.",
            [
                ("anonymous", "One follower", "posted:", True, None),
                ("anonymous", "Club bosses", "did not return", False, None),
            ],
        ),
        # records with "held at"; a refusal after "and" is the reporter's, not a subject's in
        # the reported words; an appositive with a self-described quoted nickname; "Online"
        (
            "Two officials spoke to us. The other said police had found “at least one” "
            "witness and declined to say where. Records held at the town archive show the "
            "well was dug in 1820. One reader, a self-described “history nut,” wrote under the "
            "post: “Fascinating.” A source told Lark Online that the well would reopen.",
            [
                ("anonymous", "The other", "said", False, None),
                ("anonymous", "The other", "declined", False, None),
                ("organization", "Records", "show", False, None),
                ("anonymous", "One reader", "wrote", True, None),
                ("anonymous", "A source", "told", False, "Lark Online"),
            ],
        ),
    ],
)
def test_twenty_first_session_patterns(
    text: str, expected: list[tuple[str, str | None, str, bool, str | None]]
) -> None:
    """Patterns from the misses of heldout94/95 (now dev sets) and heldout100/101 and what
    checking them on all sets showed (docs/sourcing.md, "Twenty-first session"), in
    sentences written for the test."""
    assert _kinds(text) == expected
