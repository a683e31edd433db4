"""Headline figures of the benchmark scripts, collected for the one table of bench.py.

Each script prints its own detailed figures; it also calls ``record`` for the few that
belong in the project's table. When ``REPAIR_BENCH_JSON`` names a file (bench.py sets
it), every record is appended there as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def record(bench: str, metric: str, value: float | str, unit: str = "", target: str = "") -> None:
    path = os.environ.get("REPAIR_BENCH_JSON")
    if not path:
        return
    row = {"bench": bench, "metric": metric, "value": value, "unit": unit, "target": target}
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


#: ``../shared/data`` beside the checkout: the default of every script's ``--data``.
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

#: Where the corpora come from, for a user whose clone has no ``../shared/data``.
CORPORA = (
    "WMT news test sets 2008-2013 and newsdiscussdev2015 (statmt.org/wmt13, wmt15), "
    "WMT19 English news (statmt.org/wmt19), Tatoeba pairs from manythings.org/anki "
    "(fra-eng 2019-04-07, spa-eng and deu-eng 2018-05-13), Europarl v7 (statmt.org/europarl) "
    "and News Commentary v8 (statmt.org/wmt13), named as scripts/data/README.md lists"
)


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """The ``--data`` option every script that reads the shared corpora takes."""
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help=f"folder with train/ and dev/ (default: {DEFAULT_DATA})",
    )


def need_data(data: Path, *files: str) -> Path:
    """``data`` when it holds every one of ``files``; else one line saying where to get them
    and exit 2 (a missing corpus is the user's setup, not a bug worth a traceback)."""
    missing = [name for name in files if not (data / name).is_file()]
    if missing:
        sys.exit(f"error: {data / missing[0]} not found: pass --data DIR; the corpora: {CORPORA}")
    return data
