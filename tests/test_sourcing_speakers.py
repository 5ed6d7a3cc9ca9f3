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
