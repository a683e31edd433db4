"""Throughput of the rules layer against ftfy alone, on the same text in the same run.

The rules layer (encoding, markup, typography, boilerplate detectors and their fixes)
only calls ftfy where a fast scan finds a mojibake candidate, so on clean news it should
be several times faster than running ``ftfy.fix_text`` over everything (target: >= 3x).
Prints figures; asserts nothing (timings on a shared machine are noisy: compare ratios).

    python scripts/bench_rules.py [--repeat 3] [--lines-per-doc 20]
"""

from __future__ import annotations

import argparse
import random
import time

import ftfy
from benchlib import add_data_option, need_data, record

from repair.config import RepairConfig
from repair.pipeline import Pipeline

RULES = ("mojibake", "entities", "invisible", "stray-capital", "typography", "boilerplate")


def articles(lines: list[str], per_doc: int) -> list[str]:
    return ["".join(lines[i : i + per_doc]) for i in range(0, len(lines), per_doc)]


def damaged(lines: list[str], share: float, seed: int = 7) -> list[str]:
    """Plant UTF-8-as-cp1252 mojibake in a share of the lines (a general transformation)."""
    rng = random.Random(seed)
    out = []
    for line in lines:
        if rng.random() < share:
            line = line.replace("'", "’").encode("utf-8").decode("cp1252", errors="replace")
        out.append(line)
    return out


def best_of_interleaved(repeat: int, *runs) -> list[float]:
    """The best time of each run over ``repeat`` rounds, taking turns within each round, so
    that a burst of load on the shared machine hits both sides of the ratio alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def bench(name: str, docs: list[str], repeat: int) -> tuple[float, float]:
    pipeline = Pipeline(RepairConfig(detectors=RULES, mt=False))
    pipeline.repair_many(docs[:5])  # warm caches (data files, word lists)
    megabytes = sum(len(d.encode()) for d in docs) / 1e6
    rules, fixer = best_of_interleaved(
        repeat, lambda: pipeline.repair_many(docs), lambda: [ftfy.fix_text(d) for d in docs]
    )
    target = ">= 3x on clean news" if name == "clean news" else ""
    record("rules", f"rules layer vs ftfy.fix_text, {name}", round(fixer / rules, 2), "x", target)
    print(
        f"{name:<34} {megabytes:6.2f} MB  rules {megabytes / rules:7.2f} MB/s  "
        f"ftfy {megabytes / fixer:6.2f} MB/s  ratio {fixer / rules:5.2f}x"
    )
    return megabytes / rules, megabytes / fixer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lines-per-doc", type=int, default=20)
    add_data_option(parser)
    args = parser.parse_args()
    names = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")
    dev = need_data(args.data, *(f"dev/{name}" for name in names)) / "dev"
    lines = []
    for name in names:
        lines += (dev / name).read_text(encoding="utf-8").splitlines(keepends=True)
    print(f"corpus: {len(lines)} English news lines from {dev}")
    bench("clean news", articles(lines, args.lines_per_doc), args.repeat)
    bench(
        "news, 5% of lines mojibaked",
        articles(damaged(lines, 0.05), args.lines_per_doc),
        args.repeat,
    )


if __name__ == "__main__":
    main()
