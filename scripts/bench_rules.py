"""Throughput of the rules layer, and of the whole pipeline, against ftfy alone, on the same
text in the same run.

The rules layer (encoding, markup, typography, boilerplate detectors and their fixes)
only calls ftfy where a fast scan finds a mojibake candidate, so on clean news it should
be several times faster than running ``ftfy.fix_text`` over everything (target: >= 3x).
The whole pipeline (every detector, no translation) is what a pipeline stage pays on text
that is mostly clean: the target is to be at least as fast as ftfy (>= 1x).
Prints figures; asserts nothing (timings on a shared machine are noisy: compare ratios).

    python scripts/bench_rules.py [--repeat 3] [--lines-per-doc 20] [--layer rules|pipeline] [--cpu]
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


def best_of_interleaved(repeat: int, *runs, clock=time.perf_counter) -> list[float]:
    """The best time of each run over ``repeat`` rounds, taking turns within each round, so
    that a burst of load on the shared machine hits both sides of the ratio alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            start = clock()
            run()
            best[index] = min(best[index], clock() - start)
    return best


#: What each layer runs, and its target against ftfy on clean news.
LAYERS = {
    "rules": ("rules layer", RULES, ">= 3x on clean news"),
    "pipeline": ("whole pipeline --no-mt", None, ">= 1x on clean news"),
}


def bench(
    layer: str, name: str, docs: list[str], repeat: int, cpu: bool = False
) -> tuple[float, float]:
    label, detectors, goal = LAYERS[layer]
    pipeline = Pipeline(RepairConfig(detectors=detectors, mt=False))
    pipeline.repair_many(docs[:5])  # warm caches (data files, word lists)
    megabytes = sum(len(d.encode()) for d in docs) / 1e6
    ours, fixer = best_of_interleaved(
        repeat,
        lambda: pipeline.repair_many(docs),
        lambda: [ftfy.fix_text(d) for d in docs],
        clock=time.process_time if cpu else time.perf_counter,
    )
    target = goal if name == "clean news" else ""
    record(layer, f"{label} vs ftfy.fix_text, {name}", round(fixer / ours, 2), "x", target)
    print(
        f"{label:<24} {name:<28} {megabytes:6.2f} MB  {megabytes / ours:7.2f} MB/s  "
        f"ftfy {megabytes / fixer:6.2f} MB/s  ratio {fixer / ours:5.2f}x"
    )
    return megabytes / ours, megabytes / fixer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lines-per-doc", type=int, default=20)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time by this process's CPU time, not the wall clock (a loaded machine)",
    )
    parser.add_argument("--layer", choices=sorted(LAYERS), nargs="+", default=["rules"])
    add_data_option(parser)
    args = parser.parse_args()
    names = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")
    dev = need_data(args.data, *(f"dev/{name}" for name in names)) / "dev"
    lines = []
    for name in names:
        lines += (dev / name).read_text(encoding="utf-8").splitlines(keepends=True)
    print(f"corpus: {len(lines)} English news lines from {dev}")
    for layer in args.layer:
        bench(layer, "clean news", articles(lines, args.lines_per_doc), args.repeat, args.cpu)
        bench(
            layer,
            "news, 5% of lines mojibaked",
            articles(damaged(lines, 0.05), args.lines_per_doc),
            args.repeat,
            args.cpu,
        )


if __name__ == "__main__":
    main()
