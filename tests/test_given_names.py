"""The derived given-name list: its content, its lookup and its reproduction."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from trustscore._given_names import given_name_gender
from trustscore._signals import ArticleBody
from trustscore._sourcing import sources_and_quotes

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "trustscore" / "data" / "given_names.json"


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Liam", "m"),
        ("Aoife", "f"),
        ("Inés", "f"),  # looked up without its accent
        ("GIDEON", "m"),
        ("Marisol’s", "f"),  # the possessive is not part of the name
        ("Taylor", None),  # borne by men and women alike
        ("Jean", None),
        ("Minister", None),  # not a given name
        ("", None),
    ],
)
def test_given_name_gender(word: str, gender: str | None) -> None:
    assert given_name_gender(word) == gender


def test_the_file_states_its_source_and_licence() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    assert "nomquamgender" in doc["source"]
    assert "MIT" in doc["licence"] and "Ian Van Buskirk" in doc["licence"]
    assert doc["female"] == sorted(doc["female"]) and doc["male"] == sorted(doc["male"])
    assert not set(doc["female"]) & set(doc["male"])
    assert len(doc["female"]) > 5000 and len(doc["male"]) > 4000


@pytest.mark.skipif(
    importlib.util.find_spec("nomquamgender") is None, reason="nomquamgender not installed"
)
def test_the_build_script_reproduces_the_file(tmp_path: Path) -> None:
    out = tmp_path / "given_names.json"
    script = ROOT / "scripts" / "build_given_names.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True)
    assert out.read_bytes() == DATA.read_bytes()


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    sources, _ = sources_and_quotes(ArticleBody(paragraphs=tuple(text.split("\n\n"))))
    return [(s.kind, s.name, s.cue or "") for s in sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" is the sister, not the brother named first
        (
            "Liam Ferris was last seen leaving a hostel. His sister, Aoife Ferris, asked for "
            "help. “He knows these hills,” she told the Highland Herald.",
            [("named", "Aoife Ferris", "asked"), ("named", "Aoife Ferris", "told")],
        ),
        # a body whose first word is also a given name is no person for "she"
        (
            "Ellen Fetter, a physicist, said she loved the work. She studied at Florida State "
            "University. “I always had this image,” she said.",
            [("named", "Ellen Fetter", "said"), ("named", "Ellen Fetter", "said")],
        ),
    ],
)
def test_pronouns_use_the_given_name_list(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _speakers(text) == expected
