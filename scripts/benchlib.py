"""Headline figures of the benchmark scripts, collected for the one table of bench.py.

Each script prints its own detailed figures; it also calls ``record`` for the few that
belong in the project's table. When ``REPAIR_BENCH_JSON`` names a file (bench.py sets
it), every record is appended there as one JSON line.
"""

from __future__ import annotations

import json
import os


def record(bench: str, metric: str, value: float | str, unit: str = "", target: str = "") -> None:
    path = os.environ.get("REPAIR_BENCH_JSON")
    if not path:
        return
    row = {"bench": bench, "metric": metric, "value": value, "unit": unit, "target": target}
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
