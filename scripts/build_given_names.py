"""Build trustscore/data/given_names.json: given names with a clear usual gender.

Reads the name data of the nomquamgender package (Ian Van Buskirk; MIT licence; ``dev``
extra) without importing it (its module loads pandas) and keeps the
names spelled with letters (and inner hyphens) that are common (at least MIN_COUNT people)
and clearly gendered (share of women at most THRESHOLD or at least 1 - THRESHOLD). The
output is sorted and rewritten byte for byte on every run.

Reproduce (from the repository root):

    /work/venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "trustscore" / "data" / "given_names.json"
MIN_COUNT = 1000
THRESHOLD = 0.05
LICENCE = (
    "Derived from the name data of nomquamgender 0.1.4 (https://github.com/ianvanbuskirk/"
    "nomquamgender), MIT licence, Copyright (c) 2022 Ian Van Buskirk. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    'documentation files (the "Software"), to deal in the Software without restriction, '
    "including without limitation the rights to use, copy, modify, merge, publish, "
    "distribute, sublicense, and/or sell copies of the Software, and to permit persons to "
    "whom the Software is furnished to do so, subject to the following conditions: The above "
    "copyright notice and this permission notice shall be included in all copies or "
    "substantial portions of the Software."
)


def name_data_path() -> Path:
    """The JSON file shipped inside the nomquamgender package."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed (pip install -e '.[dev]')")
    return Path(next(iter(spec.submodule_search_locations))) / "name_data.json"


def build(data: dict[str, list[object]]) -> dict[str, object]:
    """The output document from nomquamgender's {name: [sources, count, p(woman), …]}."""
    female, male = [], []
    for name, row in data.items():
        count, share = row[1], row[2]
        if not isinstance(count, int) or not isinstance(share, (int, float)):
            continue
        letters = name.replace("-", "")
        if count < MIN_COUNT or not letters.isalpha() or name[0] == "-" or name[-1] == "-":
            continue
        if share >= 1 - THRESHOLD:
            female.append(name)
        elif share <= THRESHOLD:
            male.append(name)
    return {
        "source": "nomquamgender 0.1.4 name_data.json",
        "licence": LICENCE,
        "min_count": MIN_COUNT,
        "threshold": THRESHOLD,
        "female": sorted(female),
        "male": sorted(male),
    }


def main() -> None:
    """Write the given-name file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = json.loads(name_data_path().read_text(encoding="utf-8"))
    doc = build(data)
    args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(doc['female'])} female, {len(doc['male'])} male names")


if __name__ == "__main__":
    main()
