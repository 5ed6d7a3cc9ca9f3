"""Evaluate the scoring model on the public labelled sets, and time loading and scoring.

    /work/venv/bin/python benchmarks/eval_model.py [--labels ../shared/data/labels]
        [--json results.json] [--skip-eval] [--card docs/model-card.md] [--fixed-c C]

Prints (1) the publisher-grouped evaluation table (per-set CV, combined CV with per-set
slices, cross-set transfer on unseen publishers, domain-rating weak labels; the feature model
against a constant and a TF-IDF baseline on the same splits) and (2) the time to load the
default model and to score one article (model plus explanations, after the signals), and
(3) the ECE bins (articles per bin) of the feature model's grouped-CV rows.

A full run takes 8 to 18 minutes on 2 cores (18 in the fourth session at load 3 to 8; about
90 s before the style n-grams, whose vocabulary size and strength are searched inside every
fold).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trustscore._train  # noqa: E402
from trustscore import Scorer, analyze  # noqa: E402
from trustscore._evaluate import evaluate_public  # noqa: E402
from trustscore._features import feature_inputs  # noqa: E402
from trustscore._model import _default_scorer  # noqa: E402
from trustscore._train import default_cache_dir  # noqa: E402

DEFAULT_LABELS = ROOT.parent / "shared" / "data" / "labels"
LOAD_RUNS = 20
SCORE_RUNS = 2000


def time_loading() -> float:
    """Median milliseconds to read, verify and validate the default model file."""
    times = []
    for _ in range(LOAD_RUNS):
        _default_scorer.cache_clear()
        start = time.perf_counter()
        Scorer.default()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def time_cold_loading() -> float:
    """Milliseconds for Scorer.default() in a fresh process (trustscore already imported)."""
    code = (
        "import time, trustscore; t = time.perf_counter(); trustscore.Scorer.default(); "
        "print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def time_scoring() -> tuple[float, float]:
    """Median milliseconds of Scorer.score (features, style n-grams, model, explanations) on
    one report, and of its style n-gram part alone (StyleModel.measure_text, what score calls:
    tokens, their ids, n-gram look-ups, counts, TF-IDF, style logit)."""
    pages = sorted((ROOT / "fixtures").glob("*.html"))
    reports = [analyze(p.read_bytes()) for p in pages]
    scorer = Scorer.default()
    for report in reports:
        feature_inputs(report)
    times, style_times = [], []
    for i in range(SCORE_RUNS):
        report = reports[i % len(reports)]
        start = time.perf_counter()
        scorer.score(report)
        times.append((time.perf_counter() - start) * 1000)
        if scorer.style is not None:
            start = time.perf_counter()
            scorer.style.measure_text(report.body.text)
            style_times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.median(style_times) if style_times else 0.0


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--json", type=Path, default=None, help="also write rows as JSON")
    parser.add_argument("--skip-eval", action="store_true", help="only the timings")
    parser.add_argument(
        "--fixed-c",
        type=float,
        default=None,
        help="evaluate the feature model with this fixed C instead of the nested choice "
        "(the recipe before nested selection was --fixed-c 1.0); never with --card",
    )
    parser.add_argument(
        "--card",
        type=Path,
        default=None,
        help="also write the figures into this model card, between its results markers",
    )
    args = parser.parse_args()
    scoring, style = time_scoring()
    timings = [
        f"load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        f"default model load, fresh process: {time_cold_loading():.2f} ms",
        f"default model load, warm: {time_loading():.2f} ms (median of {LOAD_RUNS})",
        f"scoring + explanations: {scoring:.4f} ms per article (median of {SCORE_RUNS}), "
        f"of which style n-grams {style:.4f} ms",
    ]
    print("\n".join(timings))
    if args.skip_eval:
        return 0
    if not args.labels.is_dir():
        print(f"{args.labels} is absent: no evaluation")
        return 1
    if args.fixed_c is not None:
        if args.card:
            parser.error("--fixed-c evaluates a variant: it does not write the model card")
        trustscore._train.C_GRID = (args.fixed_c,)  # select_c then has one choice
        print(f"variant: feature model with fixed C = {args.fixed_c}")
    started = time.perf_counter()
    result = evaluate_public(args.labels, cache_dir=default_cache_dir())
    print(result.table())
    print(result.reliability_table())
    print(f"evaluation took {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(result.as_dicts(), indent=2) + "\n", encoding="utf-8")
    if args.card:
        tables = result.table() + "\n\nECE bins of the feature model (grouped CV):\n\n"
        write_card(args.card, tables + result.reliability_table(), timings)
    return 0


START, END = "<!-- results:start -->", "<!-- results:end -->"


def write_card(card: Path, table: str, timings: list[str]) -> None:
    """Replace the text between the card's results markers with these figures."""
    text = card.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    command = "python benchmarks/eval_model.py --card docs/model-card.md"
    block = f"{START}\nMeasured with `{command}`:\n\n{table}\n\n"
    block += "\n".join(f"- {line}" for line in timings) + f"\n{END}"
    card.write_text(head + block + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
