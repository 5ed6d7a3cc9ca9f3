"""Tone family: punctuation, capitals, emoji, word lists, person, sentiment."""

from __future__ import annotations

from dataclasses import replace

import pytest
from signal_helpers import body_of, page

from trustscore._lexicon import MAX_EVIDENCE_SPANS, lexicon, sentiment_valence
from trustscore._tone import SIGNAL_NAMES, tone_signals

DOC = page("<p>x</p>")  # declares lang="en"


def tone(*paragraphs: str, doc: object = DOC) -> tuple[dict[str, object], dict[str, list[str]]]:
    result = tone_signals(doc, body_of(*paragraphs))  # type: ignore[arg-type]
    body = body_of(*paragraphs).text
    for spans in result.evidence.values():
        for s in spans:
            assert body[s.start : s.end] == s.text
    return dict(result.values), {k: [s.text for s in v] for k, v in result.evidence.items()}


def test_all_signals_reported() -> None:
    values, _ = tone("A calm sentence about the weather.")
    assert list(values) == list(SIGNAL_NAMES)


def test_empty_body_gives_none() -> None:
    values, evidence = tone()
    assert all(v is None for v in values.values()) and not evidence


def test_exclamations_and_questions_per_sentence() -> None:
    values, evidence = tone("Stop it now!! Why? It is fine. Really fine.")
    assert values["exclamations_per_sentence"] == 0.5  # 2 marks / 4 sentences
    assert values["questions_per_sentence"] == 0.25
    assert evidence["exclamations_per_sentence"] == ["Stop it now!!"]
    assert evidence["questions_per_sentence"] == ["Why?"]


def test_shouting_caps_but_not_acronyms() -> None:
    values, evidence = tone(
        "The FBI and NATO met in the US. This is TOTALLY UNACCEPTABLE, said SOMEBODY."
    )
    assert evidence["all_caps_word_share"] == ["TOTALLY", "UNACCEPTABLE", "SOMEBODY"]
    assert values["all_caps_word_share"] == round(3 / 14, 4)


def test_dateline_capitals_are_not_shouting() -> None:
    lede = "WASHINGTON — The Senate voted on Tuesday to extend the program for another two years."
    values, _ = tone(lede)
    assert values["all_caps_word_share"] == 0.0


def test_subheadings_in_capitals_are_not_shouting() -> None:
    body = body_of("WHAT HAPPENS NEXT", "The council will meet AGAIN NEXT WEEK.", headings=(0,))
    result = tone_signals(DOC, body)
    assert [s.text for s in result.evidence["all_caps_word_share"]] == ["AGAIN", "NEXT", "WEEK"]


def test_emoji_and_emoticons() -> None:
    values, evidence = tone(
        "Great news 😀🎉 for everyone :) and :-( but not 10:30 or http://x.org or a)"
    )
    assert values["emoji_count"] == 4
    assert evidence["emoji_count"] == ["😀", "🎉", ":)", ":-("]


def test_word_list_rates_per_thousand_words() -> None:
    text = "This is absolutely the best plan, and it will probably work. " * 2
    values, evidence = tone(text)
    n_words = 22
    assert values["intensifiers_per_1k_words"] == round(1000 * 2 / n_words, 4)
    assert values["superlatives_per_1k_words"] == round(1000 * 2 / n_words, 4)
    assert values["hedges_per_1k_words"] == round(1000 * 2 / n_words, 4)
    assert values["boosters_per_1k_words"] == 0.0
    assert evidence["hedges_per_1k_words"] == ["probably", "probably"]


def test_phrases_are_matched() -> None:
    values, evidence = tone("It is kind of odd. Of course it is. There is no doubt about it.")
    assert evidence["hedges_per_1k_words"] == ["kind of"]
    assert evidence["boosters_per_1k_words"] == ["Of course", "There is no doubt"]
    assert values["boosters_per_1k_words"] == round(1000 * 2 / 15, 4)


def test_month_may_is_not_a_hedge() -> None:
    values, evidence = tone("The law passed on May 3. It may change next year.")
    assert values["hedges_per_1k_words"] == round(1000 * 1 / 11, 4)
    assert evidence["hedges_per_1k_words"] == ["may"]


def test_first_and_second_person_outside_quotes_only() -> None:
    _, evidence = tone(
        '"We will win," the coach said. I think you should know that our team lost.',
        "The US economy grew.",
    )
    assert evidence["first_person_per_1k_words"] == ["I", "our"]
    assert evidence["second_person_per_1k_words"] == ["you"]


def test_lower_casing_that_moves_offsets_still_counts_without_evidence() -> None:
    values, evidence = tone("İstanbul is where we met you, and it may rain.")
    assert values["first_person_per_1k_words"] == round(1000 * 1 / 10, 4)
    assert values["second_person_per_1k_words"] == round(1000 * 1 / 10, 4)
    assert values["hedges_per_1k_words"] == round(1000 * 1 / 10, 4)
    assert "first_person_per_1k_words" not in evidence


def test_unclosed_quote_runs_to_end_of_paragraph() -> None:
    _, evidence = tone("“We are not done yet, and I mean that", "I disagree.")
    assert evidence["first_person_per_1k_words"] == ["I"]


def test_sentiment_shares() -> None:
    values, evidence = tone("A horrible, tragic disaster. A wonderful day. The bus left at noon.")
    assert values["negative_word_share"] == round(3 / 12, 4)
    assert values["positive_word_share"] == round(1 / 12, 4)
    assert values["sentiment_word_share"] == round(4 / 12, 4)
    assert evidence["negative_word_share"] == ["horrible", "tragic", "disaster"]


def test_word_lists_load_with_sources_in_headers() -> None:
    assert "probably" in lexicon("hedges").words
    assert "certainly" in lexicon("boosters").words and "certainly" not in lexicon("hedges").words
    assert sentiment_valence()["horrible"] < -1.5


def test_non_english_page_gets_none_for_word_lists() -> None:
    doc = replace(DOC, metadata=DOC.metadata.model_copy(update={"language": "de"}))
    values, _ = tone("Das ist wirklich SEHR SCHLECHT! Warum?", doc=doc)
    assert values["hedges_per_1k_words"] is None
    assert values["sentiment_word_share"] is None
    assert values["exclamations_per_sentence"] == 0.5
    assert values["all_caps_word_share"] == round(2 / 6, 4)


def test_evidence_is_capped() -> None:
    _, evidence = tone("It may rain. " * 100)
    assert len(evidence["hedges_per_1k_words"]) == MAX_EVIDENCE_SPANS


@pytest.mark.parametrize(
    "text",
    [
        "A" * 100_000,
        "WORD " * 20_000,
        "\u201c" * 50_000,
        '"' * 50_000,
        "!" * 50_000,
        ":)" * 20_000,
        "kind " * 20_000,
        "very-very-" * 10_000,
    ],
)
def test_adversarial_text_finishes(text: str) -> None:
    values, _ = tone(text)
    assert set(values) == set(SIGNAL_NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "A-" * 300_000 + "a",
        "\u201ca" * 300_000,
        "\u201e" * 300_000,
        "\u00ab" * 300_000,
        "WORD " * 300_000,
        "I " * 300_000,
    ],
    ids=["caps-hyphens", "curly-openers", "low-openers", "guillemets", "caps-run", "pronouns"],
)
def test_large_adversarial_bodies_finish(text: str) -> None:
    """Megabyte-sized hostile bodies: every pattern stays linear (the test would hang if not)."""
    values, _ = tone(text)
    assert set(values) == set(SIGNAL_NAMES)


def test_loaded_words_in_the_writers_voice() -> None:
    values, evidence = tone("The unhinged leftists pushed another witch hunt against the mayor.")
    assert evidence["loaded_words_per_1k_words"] == ["unhinged", "leftists", "witch hunt"]
    assert values["loaded_words_per_1k_words"] == round(1000 * 3 / 10, 4)


def test_quoted_loaded_words_are_the_speakers() -> None:
    values, evidence = tone('The mayor called the inquiry "a witch hunt" on Tuesday.')
    assert values["loaded_words_per_1k_words"] == 0.0
    assert "loaded_words_per_1k_words" not in evidence


def test_loaded_words_skip_words_with_a_neutral_news_use() -> None:
    values, _ = tone("The regime said the hack hit the socialist party's servers.")
    assert values["loaded_words_per_1k_words"] == 0.0


def test_loaded_list_is_lower_case_and_has_no_repeats() -> None:
    from trustscore._lexicon import _data_lines

    entries = _data_lines("loaded.txt")
    assert entries == [e.lower() for e in entries]
    assert len(set(entries)) == len(entries)
