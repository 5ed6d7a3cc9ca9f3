"""Specificity family: numbers, proper nouns, typed web handles."""

from __future__ import annotations

from signal_helpers import body_of, page

from trustscore._specificity import SIGNAL_NAMES, proper_noun_spans, specificity_signals

DOC = page("<p>x</p>")  # declares lang="en"


def spec(*paragraphs: str, doc: object = DOC) -> tuple[dict[str, object], dict[str, list[str]]]:
    result = specificity_signals(doc, body_of(*paragraphs))  # type: ignore[arg-type]
    text = body_of(*paragraphs).text
    for spans in result.evidence.values():
        for s in spans:
            assert text[s.start : s.end] == s.text
    return dict(result.values), {k: [s.text for s in v] for k, v in result.evidence.items()}


def test_all_signals_reported() -> None:
    values, _ = spec("A calm sentence about the weather.")
    assert list(values) == list(SIGNAL_NAMES)


def test_empty_body_gives_none() -> None:
    values, evidence = spec()
    assert all(v is None for v in values.values()) and not evidence


def test_numbers_count_once_each_with_separators() -> None:
    values, evidence = spec("In 2016 turnout rose 3.5 points to 1,200 voters by 10:30 on 9/11.")
    assert evidence["numbers_per_1k_words"] == ["2016", "3.5", "1,200", "10:30", "9/11"]
    # words: In 2016 turnout rose 3 5 points to 1 200 voters by 10 30 on 9 11 = 17
    assert values["numbers_per_1k_words"] == round(1000 * 5 / 17, 4)


def test_digits_inside_words_are_not_numbers() -> None:
    values, _ = spec("The B52 and the F35 flew over the COVID19 ward.")
    assert values["numbers_per_1k_words"] == 0.0


def test_proper_nouns_skip_sentence_openers_and_i() -> None:
    values, evidence = spec("Yesterday I met Maria Lopez of the FBI in Denver. I'm sure she left.")
    assert evidence["proper_noun_share"] == ["Maria", "Lopez", "FBI", "Denver"]
    assert values["proper_noun_share"] == round(4 / 14, 4)


def test_proper_noun_share_is_none_for_non_english_text() -> None:
    german = "Der Hund läuft über die Straße und der Mann sieht ihn nicht, weil es dunkel ist. " * 3
    values, _ = spec(german, doc=page("<html lang='de'><body><p>x</p></body></html>"))
    assert values["proper_noun_share"] is None
    assert values["numbers_per_1k_words"] == 0.0


def test_web_markers() -> None:
    values, evidence = spec(
        "Share with #MAGA and @someone at https://example.org/x or www.example.com now, "
        "but mail me@example.org."
    )
    assert evidence["web_markers_per_1k_words"] == [
        "#MAGA",
        "@someone",
        "https://example.org/x",
        "www.example.com",
    ]
    assert values["web_markers_per_1k_words"] is not None


def test_adversarial_runs_finish() -> None:
    for text in ("1." * 50_000, "#" * 100_000, "@a" * 50_000, "http://" * 20_000, "A " * 50_000):
        values, _ = spec(text)
        assert list(values) == list(SIGNAL_NAMES)


def test_proper_noun_spans_of_one_sentence() -> None:
    assert proper_noun_spans("Then Paris.") == [(5, 10)]
