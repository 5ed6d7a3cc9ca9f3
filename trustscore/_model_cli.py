"""The model's commands: ``trustscore train`` and ``trustscore evaluate`` (wired in _cli.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from trustscore._model import Scorer
from trustscore.errors import TrustscoreError

EXIT_OK = 0
EXIT_ERROR = 1


def add_model_commands(commands: Any) -> None:
    """Add the train and evaluate subcommands to the CLI's subparsers."""
    tr = commands.add_parser(
        "train",
        help="train a model on your own labelled articles",
        description='Train a calibrated model on a JSONL file of {"html"|"text", "url"?, '
        '"label" (1 trustworthy, 0 not), "group"?} objects and write it as JSON.',
    )
    tr.add_argument("data", type=Path, metavar="DATA.jsonl")
    tr.add_argument("--out", type=Path, required=True, help="where to write the model (JSON)")
    tr.add_argument("--name", default="custom", help="model name recorded in reports")
    tr.add_argument("--model-version", default="1", help="model version recorded in reports")
    tr.set_defaults(func=train_command)

    ev = commands.add_parser(
        "evaluate",
        help="publisher-grouped evaluation with baselines",
        description="Grouped cross-validation (by publisher) of the feature model against a "
        "constant and a TF-IDF baseline, on a JSONL file or on the public labelled sets.",
    )
    source = ev.add_mutually_exclusive_group(required=True)
    source.add_argument("data", type=Path, nargs="?", metavar="DATA.jsonl")
    source.add_argument(
        "--public",
        type=Path,
        metavar="LABELS_DIR",
        help="the public sets folder (e.g. ../shared/data/labels): per-set CV, combined CV, "
        "cross-set transfer and domain-rating weak labels",
    )
    ev.add_argument("--json", action="store_true", help="print rows as JSON instead of a table")
    ev.set_defaults(func=evaluate_command)


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """Add --model PATH (a model file from `trustscore train`) to a command."""
    parser.add_argument(
        "--model", type=Path, default=None, help="score with this model file instead of the default"
    )


def scorer_from(args: argparse.Namespace) -> Scorer | None:
    """The Scorer named by --model, or None for the default."""
    path = getattr(args, "model", None)
    return None if path is None else Scorer.load(path)


def train_command(args: argparse.Namespace) -> int:
    """`trustscore train DATA.jsonl --out model.json`."""
    from trustscore._data import load_jsonl
    from trustscore._train import dump, train

    try:
        records = load_jsonl(args.data)
        body = train(records, name=args.name, version=args.model_version)
        args.out.write_text(dump(body), encoding="utf-8")
    except TrustscoreError as exc:
        print(f"trustscore: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"trustscore: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    meta = body["metadata"]
    print(f"trained on {meta['articles']} articles from {meta['groups']} groups -> {args.out}")
    return EXIT_OK


def evaluate_command(args: argparse.Namespace) -> int:
    """`trustscore evaluate DATA.jsonl` or `trustscore evaluate --public LABELS_DIR`."""
    from trustscore._data import load_jsonl
    from trustscore._evaluate import evaluate_public, evaluate_records
    from trustscore._train import default_cache_dir

    try:
        if args.public is not None:
            result = evaluate_public(args.public, cache_dir=default_cache_dir())
        else:
            result = evaluate_records(load_jsonl(args.data))
    except TrustscoreError as exc:
        print(f"trustscore: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(result.as_dicts(), indent=2))
    else:
        print(result.table())
    return EXIT_OK
