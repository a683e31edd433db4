"""Size and build time of the review page and the review-bot formats, on the seed and on
a long article (the seed repeated), so a person can see how they grow with the text.

Prints figures; asserts nothing (timings on a shared machine are noisy).

    python scripts/bench_review.py [--copies 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from repair.config import RepairConfig
from repair.formats import FORMATS
from repair.pipeline import Pipeline
from repair.review.page import build_page

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_a09c2a99a20097ac.txt"


def best_of(repeat: int, work) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = work()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50, help="seed copies in the long article")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    pipeline = Pipeline(RepairConfig(mt=False))
    print(f"{'input':>14} {'chars':>9} {'changes':>8} {'output':>8} {'ms':>8} {'KiB':>8}")
    for label, text in (("seed", seed), (f"seed x{args.copies}", "\n".join([seed] * args.copies))):
        result = pipeline.repair(text)
        outputs = {"review page": lambda r=result: build_page("a.txt", r)}
        for name in ("sarif", "rdjsonl", "unified"):
            outputs[name] = lambda r=result, n=name: FORMATS.get(n)().render("a.txt", r)
        for name, work in outputs.items():
            seconds, out = best_of(args.repeat, work)
            size = len(out.encode("utf-8")) / 1024
            print(
                f"{label:>14} {len(text):>9} {len(result.changes):>8} {name[:8]:>8} "
                f"{seconds * 1000:>8.1f} {size:>8.1f}"
            )


if __name__ == "__main__":
    main()
