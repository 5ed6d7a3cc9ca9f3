"""Headline family: clickbait cues, length, agreement with the first paragraphs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from signal_helpers import body_of, page

from trustscore._document import Document
from trustscore._headline import SIGNAL_NAMES, content_stems, headline_signals
from trustscore._lexicon import MAX_EVIDENCE_SPANS

LEDE = "The city council voted on Monday to rebuild the old bridge over the river by the year 2027."


def with_title(title: str | None, language: str | None = "en") -> Document:
    doc = page("<p>x</p>")
    return replace(
        doc, metadata=doc.metadata.model_copy(update={"title": title, "language": language})
    )


def run(
    title: str, *paragraphs: str, language: str | None = "en"
) -> tuple[dict[str, object], dict[str, list[str]]]:
    body = body_of(*paragraphs)
    result = headline_signals(with_title(title, language), body)
    for spans in result.evidence.values():
        for s in spans:
            assert body.text[s.start : s.end] == s.text
    return dict(result.values), {k: [s.text for s in v] for k, v in result.evidence.items()}


def test_plain_news_headline() -> None:
    values, evidence = run(
        "Council votes to rebuild old bridge", "Council votes to rebuild old bridge", LEDE
    )
    assert list(values) == list(SIGNAL_NAMES)
    assert values["headline_word_count"] == 6
    assert values["headline_clickbait_cues"] == 0
    assert values["headline_body_agreement"] == 1.0
    assert evidence == {}


@pytest.mark.parametrize(
    ("title", "cue", "span"),
    [
        ("Is this the end of the high street?", "headline_is_question", "?"),
        ("Council approves bridge plan!", "headline_has_exclamation", "!"),
        ("7 things to know about the bridge vote", "headline_starts_with_number", "7"),
        ("Ten reasons the bridge matters", "headline_starts_with_number", "Ten"),
        ("Why your commute is about to change", "headline_second_person", "your"),
        ("This is why the bridge closed", "headline_forward_reference", "This is why"),
        ("Here's what the council decided", "headline_forward_reference", "Here's"),
        ("You won't believe the bridge budget", "headline_sensational_phrase", "You won't believe"),
        ("Shocking twist in bridge vote", "headline_sensational_phrase", "Shocking"),
    ],
)
def test_cue_fires_with_evidence_in_the_headline_paragraph(title: str, cue: str, span: str) -> None:
    values, evidence = run(title, title, LEDE)
    assert values[cue] is True
    assert values["headline_clickbait_cues"] >= 1
    assert evidence[cue] == [span]


@pytest.mark.parametrize(
    "title", ["2020 Audi e-tron revealed as electric coupe", "One of the top stocks could surge"]
)
def test_years_and_one_are_not_listicle_numbers(title: str) -> None:
    values, _ = run(title, title, LEDE)
    assert values["headline_starts_with_number"] is False


def test_all_caps_words_in_headline() -> None:
    values, evidence = run(
        "Bridge plan is a TOTAL DISASTER", "Bridge plan is a TOTAL DISASTER", LEDE
    )
    assert values["headline_all_caps_words"] == 2
    assert evidence["headline_all_caps_words"] == ["TOTAL", "DISASTER"]
    assert values["headline_clickbait_cues"] == 1


def test_no_evidence_when_headline_is_not_in_the_body() -> None:
    values, evidence = run("You won't believe this bridge!", LEDE)
    assert values["headline_sensational_phrase"] is True
    assert values["headline_has_exclamation"] is True
    assert evidence == {}


def test_headline_matched_ignoring_case_and_space() -> None:
    _, evidence = run("Is  the bridge safe?", "is the bridge safe?", LEDE)
    assert evidence["headline_is_question"] == ["?"]


def test_agreement_with_first_prose_paragraphs() -> None:
    values, _ = run("Mayor resigns over stadium deal", "Mayor resigns over stadium deal", LEDE)
    assert values["headline_body_agreement"] == 0.0
    values, _ = run("Council bridge vote", "By Ann Lee", LEDE)
    assert values["headline_body_agreement"] == 1.0  # the byline line is skipped


def test_agreement_none_without_paragraphs_or_content_words() -> None:
    values, _ = run("Council bridge vote", "Council bridge vote")
    assert values["headline_body_agreement"] is None
    values, _ = run("What is it?", "What is it?", LEDE)
    assert values["headline_body_agreement"] is None


def test_content_stems_drop_function_words_and_fold_plurals() -> None:
    assert content_stems("The elections of the councils") == ["electi", "counci"]


def test_no_headline_gives_none() -> None:
    values, _ = run("", LEDE)
    assert all(v is None for v in values.values())


def test_first_heading_when_no_title() -> None:
    body = body_of("Bridge to close for repairs!", LEDE, headings=(0,))
    values = headline_signals(with_title(None), body).values
    assert values["headline_has_exclamation"] is True


def test_non_english_headline_language_cues_are_none() -> None:
    lede = "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss neu zu bauen."
    values, _ = run("Warum die Brücke schließt?", "Warum die Brücke schließt?", lede, language="de")
    assert values["headline_is_question"] is True
    assert values["headline_second_person"] is None
    assert values["headline_forward_reference"] is None


@pytest.mark.parametrize("title", ["A" * 50_000, "you " * 10_000, "!" * 20_000, "1" * 20_000])
def test_adversarial_headlines_finish(title: str) -> None:
    values, _ = run(title, title, LEDE)
    assert set(values) == set(SIGNAL_NAMES)


def test_evidence_is_capped() -> None:
    title = "Wow" + "!" * 500
    _, evidence = run(title, title, LEDE)
    assert len(evidence["headline_has_exclamation"]) == MAX_EVIDENCE_SPANS
