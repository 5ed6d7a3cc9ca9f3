"""Retrain the bundled default model from the public labelled data, reproducibly.

    /work/venv/bin/python scripts/train_default.py [--labels ../shared/data/labels]
        [--out trustscore/models/default.json] [--cache-dir DIR | --no-cache]

Loads BuzzFeed-Webis 2016, SemEval-2019 hyperpartisan (by article) and FakeNewsNet v1,
deduplicates them, analyses every article with trustscore (feature inputs are cached in a temp
dir keyed by content hash and code version, never in the repository), fits the calibrated
logistic regression with fixed seeds and writes the JSON model. Same code and data give the
same file bit for bit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trustscore._data import load_all  # noqa: E402
from trustscore._train import default_cache_dir, dump, train  # noqa: E402
from trustscore._version import __version__  # noqa: E402

DEFAULT_LABELS = ROOT.parent / "shared" / "data" / "labels"
DEFAULT_OUT = ROOT / "trustscore" / "models" / "default.json"
GOLDEN = ROOT / "fixtures" / "model_golden.json"
FIXTURE_PAGES = ("*.html", "*.txt")


def golden(model_text: str) -> str:
    """The golden file pinned by tests: the model's identity and its scores on our fixtures."""
    from trustscore import analyze
    from trustscore._model import Scorer

    scorer = Scorer.loads(model_text)
    pages = sorted(p for pattern in FIXTURE_PAGES for p in (ROOT / "fixtures").glob(pattern))
    scores = {}
    for page in pages:
        report = analyze(page.read_bytes(), scorer=scorer)
        scores[page.name] = {"probability": report.probability, "label": report.label}
    model = scorer.model
    pinned = {
        "name": model.name,
        "version": model.version,
        "checksum": model.checksum,
        "features": model.features,
        "metadata": model.metadata,
        "fixture_scores": scores,
    }
    return json.dumps(pinned, indent=2, sort_keys=True) + "\n"


def build(labels: Path, cache_dir: Path | None) -> str:
    """The default model file's text, trained on the public sets under labels."""
    records = load_all(labels)
    body = train(records, name="default", version=__version__, cache_dir=cache_dir)
    return dump(body)


CARD = ROOT / "docs" / "model-card.md"
START, END = "<!-- features:start -->", "<!-- features:end -->"


def feature_table(model_text: str) -> str:
    """Markdown table of the model's inputs with their weights (calibrated logit per SD)."""
    from trustscore._features import FEATURE_SPECS, MISSING_SUFFIX
    from trustscore._model import Scorer
    from trustscore._style import STYLE_FEATURE

    model = Scorer.loads(model_text).model
    slope = model.calibration.slope
    weight = {n: slope * c for n, c in zip(model.features, model.coefficients, strict=True)}
    # An indicator's effect: missing (1) against present (0), in calibrated logits.
    jump = {
        n: slope * c / s
        for n, c, s in zip(model.features, model.coefficients, model.scaler.scale, strict=True)
    }
    lines = [
        "| input | transform | missing | what it measures | weight per SD | missing vs present |",
        "|---|---|---|---|---|---|",
    ]
    for spec in FEATURE_SPECS:
        indicator = jump.get(spec.name + MISSING_SUFFIX)
        lines.append(
            f"| `{spec.name}` | {spec.transform} | "
            f"{'indicator + mean' if spec.can_be_missing else 'mean'} | {spec.description} | "
            f"{weight[spec.name]:+.3f} | {'' if indicator is None else f'{indicator:+.3f}'} |"
        )
    if STYLE_FEATURE in weight:
        lines.append(
            f"| `{STYLE_FEATURE}` | style logit | mean (no body text) | function-word and "
            f"punctuation n-grams, topic words masked (docs/style-ngrams.md) | "
            f"{weight[STYLE_FEATURE]:+.3f} |  |"
        )
    return "\n".join(lines)


def write_card_table(model_text: str) -> None:
    """Replace the features table in docs/model-card.md with the one of this model."""
    text = CARD.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    CARD.write_text(f"{head}{START}\n{feature_table(model_text)}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir())
    parser.add_argument("--no-cache", action="store_true", help="recompute every article")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    text = build(args.labels, None if args.no_cache else args.cache_dir)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f} s")
    for entry in json.loads(text)["metadata"]["skipped"]:
        print(f"left out (the pipeline failed on it): {entry}", file=sys.stderr)
    if args.out.resolve() == DEFAULT_OUT:
        GOLDEN.write_text(golden(text), encoding="utf-8")
        write_card_table(text)
        print(f"wrote {GOLDEN} and the features table of {CARD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
