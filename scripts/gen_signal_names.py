"""Write fixtures/signal_names.json: every signal name the pipeline emits, in report order.

Run from the repository root after adding, renaming or removing a signal (on purpose):

    python scripts/gen_signal_names.py

tests/test_signal_names.py fails until the pinned list matches what ``analyze`` reports.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_PAGE = ROOT / "fixtures" / "transparency-jsonld.html"
REFERENCE_URL = "https://www.rivertonpost.example/local/2025/03/04/mill-street-bridge-vote"
OUT = ROOT / "fixtures" / "signal_names.json"


def signal_names() -> list[str]:
    """The signal names of the report on the reference fixture page, in report order."""
    sys.path.insert(0, str(ROOT))
    import trustscore

    report = trustscore.analyze(REFERENCE_PAGE.read_bytes(), url=REFERENCE_URL)
    return list(report.signals)


def main() -> None:
    """Regenerate the pinned list."""
    names = signal_names()
    OUT.write_text(json.dumps(names, indent=2) + "\n", encoding="utf-8")
    print(f"{len(names)} signal names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
