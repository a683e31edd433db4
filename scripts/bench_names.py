"""Benchmark the gazetteer and the name detectors; prints figures, asserts nothing.

    python scripts/bench_names.py [--news PATH] [--repeat N]

Prints: gazetteer load time (cold, in a fresh interpreter, and warm re-loads), lookup
cost in microseconds (exact and folded), and the places and people detectors' cost per
sentence on clean English news (english-news-wmt19.en), with how many findings they
made there (should be 0).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchlib import DEFAULT_DATA, record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NEWS = DEFAULT_DATA / "dev" / "english-news-wmt19.en"


def cold_load_seconds() -> float:
    """Import and load in a new interpreter, as the CLI does on its first lookup."""
    code = (
        "import time; t = time.perf_counter(); "
        "from repair.detectors.names.gazetteer import gazetteer; gazetteer(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def warm_load_seconds(repeat: int) -> list[float]:
    from repair.detectors.names.gazetteer import gazetteer

    times = []
    for _ in range(repeat):
        gazetteer.cache_clear()
        start = time.perf_counter()
        gazetteer()
        times.append(time.perf_counter() - start)
    return times


def lookup_microseconds(words: list[str]) -> dict[str, float]:
    from repair.detectors.names.gazetteer import gazetteer

    places = gazetteer()
    result = {}
    for label, lookup in (
        ("own", places.own),
        ("alternate", places.alternate),
        ("folded", places.folded),
    ):
        start = time.perf_counter()
        for word in words:
            lookup(word)
        result[label] = (time.perf_counter() - start) / len(words) * 1e6
    return result


def detector_microseconds(lines: list[str]) -> dict[str, tuple[float, float, int, int]]:
    """Per detector: µs per sentence on a first and a second pass, sentences, findings.

    The first pass pays one-time costs (word frequencies, the fuzzy-match table); the
    second shows the steady state of a long batch run.
    """
    from repair.config import RepairConfig
    from repair.core.document import Document
    from repair.detectors import DETECTORS

    docs = [Document(line) for line in lines]
    sentences = sum(len(doc.sentences) for doc in docs)
    result = {}
    for name in ("places", "people"):
        detector = DETECTORS.get(name)(RepairConfig())
        passes = []
        for _ in range(2):
            start = time.perf_counter()
            found = sum(len(list(detector.detect(doc))) for doc in docs)
            passes.append((time.perf_counter() - start) / sentences * 1e6)
        result[name] = (passes[0], passes[1], sentences, found)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.news.is_file():
        print(f"bench_names: no such file: {args.news}", file=sys.stderr)
        return 2
    lines = [line for line in args.news.read_text(encoding="utf-8").splitlines() if line.strip()]

    cold = cold_load_seconds()
    print(f"gazetteer cold load (fresh interpreter, import included): {cold:.3f} s")
    record("names", "gazetteer cold load", round(cold, 2), "s", "< 1 s")
    warm = warm_load_seconds(args.repeat)
    print(f"gazetteer re-load: min {min(warm):.3f} s, median {statistics.median(warm):.3f} s")

    capitalised = [w.strip(".,;:!?\"'()") for line in lines for w in line.split()]
    capitalised = [w for w in capitalised if w[:1].isupper()]
    for label, micro in lookup_microseconds(capitalised).items():
        print(f"lookup {label:9}: {micro:.2f} µs ({len(capitalised)} capitalised words)")

    for name, (first, second, sentences, found) in detector_microseconds(lines).items():
        print(
            f"detector {name:7}: {first:.1f} µs/sentence first pass, {second:.1f} second pass, "
            f"{sentences} sentences of {args.news.name}, {found} findings"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
