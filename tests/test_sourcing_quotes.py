"""Quote marks: where quotations start and end, over paragraphs, and who said them."""

from __future__ import annotations

from trustscore._quotes import QuoteSpan, inside, quote_spans
from trustscore._signals import ArticleBody
from trustscore._sourcing import analyse, sources_and_quotes


def _quotes(*paragraphs: str) -> tuple[str, list[QuoteSpan]]:
    body = ArticleBody(paragraphs=paragraphs)
    starts = body.paragraph_offsets()
    bounds = [(s, s + len(p)) for s, p in zip(starts, paragraphs, strict=True)]
    return body.text, quote_spans(body.text, bounds)


def _inner(text: str, spans: list[QuoteSpan]) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in spans]


def test_curly_and_straight_double_quotes() -> None:
    text, spans = _quotes('He said “yes” and then "no" twice.')
    assert _inner(text, spans) == ["yes", "no"]


def test_apostrophes_are_not_quotes() -> None:
    _text, spans = _quotes("It’s the members’ vote, and they don’t like the ’90s rules.")
    assert spans == []


def test_british_single_quotes() -> None:
    text, spans = _quotes("She said: ‘We are treating this as murder.’ Then she left.")
    assert _inner(text, spans) == ["We are treating this as murder."]


def test_single_quotes_nested_in_double_belong_to_outer() -> None:
    text, spans = _quotes("“He said ‘never again’, and I believed him,” she said.")
    assert _inner(text, spans) == ["He said ‘never again’, and I believed him,"]


def test_german_low_high_quotes() -> None:
    text, spans = _quotes("Er sagte: „Wir bleiben hier.“ Dann ging er.")
    assert _inner(text, spans) == ["Wir bleiben hier."]


def test_quote_over_two_paragraphs() -> None:
    text, spans = _quotes("He said:", "“The evidence is thin.", "“The defendant is free.”")
    [q] = spans
    assert q.paragraphs == 2
    assert text[q.start : q.end] == "“The evidence is thin.\n\n“The defendant is free.”"


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text, spans = _quotes("“We will win, he said.", "Next paragraph without a quote.")
    [q] = spans
    assert text[q.inner_start : q.inner_end] == "We will win, he said."


def test_inside_is_strict() -> None:
    _text, spans = _quotes("a “b” c")
    [q] = spans
    assert inside(spans, q.start + 1)
    assert not inside(spans, q.start)
    assert not inside(spans, q.end)


def test_scare_quotes_are_not_listed() -> None:
    body = ArticleBody(paragraphs=("It was not so much a “truce” as exhaustion.",))
    assert sources_and_quotes(body)[1] == []


def test_long_unattributed_quote_is_listed_without_speaker() -> None:
    body = ArticleBody(paragraphs=("“We will rebuild every house on this street.”",))
    [q] = sources_and_quotes(body)[1]
    assert q.speaker is None
    assert q.text == "We will rebuild every house on this street."


def test_quote_speaker_resolves_pronoun_to_last_named_speaker_of_gender() -> None:
    body = ArticleBody(
        paragraphs=(
            "“We start on Monday,” said Coach Daniel Okafor.",
            "Captain Sofia Marin was calmer. “We are ready,” she said.",
            "“Nobody needs to remind us,” he added.",
        )
    )
    speakers = [q.speaker for q in sources_and_quotes(body)[1]]
    assert speakers == ["Daniel Okafor", "Sofia Marin", "Daniel Okafor"]


def test_multi_paragraph_quote_has_one_speaker() -> None:
    body = ArticleBody(
        paragraphs=(
            "Judge Harold Finch read the ruling. He said:",
            "“The evidence does not support the charge.",
            "“The defendant is free to go.”",
        )
    )
    [q] = sources_and_quotes(body)[1]
    assert q.speaker == "Harold Finch"
    assert body.text[q.start : q.end] == q.text


def test_partial_quote_inside_indirect_speech() -> None:
    body = ArticleBody(paragraphs=("Kwame Asante said the plan was “a gift to landlords”.",))
    [q] = sources_and_quotes(body)[1]
    assert (q.text, q.speaker) == ("a gift to landlords", "Kwame Asante")


def test_a_quote_right_after_an_attribution_continues_its_speaker() -> None:

    text = (
        "Mr. Holtz-Eakin, an economist, wrote after the report was released. "
        "“This represents real wage growth, which has been missing.”"
    )
    an = analyse(ArticleBody(paragraphs=(text,)))
    assert [sp.name if sp else None for _, sp in an.quotes] == ["Holtz-Eakin"]


def test_a_quote_after_another_sentence_is_not_continued() -> None:

    text = (
        "Ana Ruiz said the report was late. The weather was bad all week. "
        "“This represents real wage growth, which has been missing.”"
    )
    an = analyse(ArticleBody(paragraphs=(text,)))
    assert [sp for _, sp in an.quotes] == [None]


def test_a_long_tail_with_an_early_cue_after_a_question_quote_is_its_attribution() -> None:
    text = (
        "“Why don’t we do an international testing service?” Caudevilla told me when I "
        "visited the other lab, in Madrid."
    )
    _, quotes = sources_and_quotes(ArticleBody(paragraphs=(text,)))
    assert [q.speaker for q in quotes] == ["Caudevilla"]
