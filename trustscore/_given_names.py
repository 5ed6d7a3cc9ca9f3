"""The usual gender of common given names, for resolving "he said" / "she added".

The list (``trustscore/data/given_names.json``) is derived by ``scripts/build_given_names.py``
from the name data of the nomquamgender package (MIT licence; notice in the file): names
borne by at least 1,000 people whose share of women is at most 5 % or at least 95 %. It is
read once, on first use. Names are looked up in lower case without accents ("Inés" as
"ines"), as the data spells them.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from types import MappingProxyType


@cache
def _table() -> Mapping[str, str]:
    raw = files("trustscore").joinpath("data").joinpath("given_names.json").read_text("utf-8")
    doc = json.loads(raw)
    table = {name: "f" for name in doc["female"]}
    table.update((name, "m") for name in doc["male"])
    return MappingProxyType(table)


def _folded(word: str) -> str:
    low = word.lower().removesuffix("’s").removesuffix("'s")
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when word is a common given name of clear usual gender, else None."""
    return _table().get(_folded(word))
