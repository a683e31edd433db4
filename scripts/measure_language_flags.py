"""Print how often the literalism and garble detectors fire on human-written English.

Clean news must come out untouched (zero text edits) and almost unflagged: every finding
here is a false positive, unless the human text really is garbled. Each file is run line
by line and as one document. Usage:

    python scripts/measure_language_flags.py [FILE ...] [--show N]

Without files, the English dev sets of ../shared/data/dev are measured.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from benchlib import add_data_option, need_data

from repair.config import RepairConfig
from repair.core.document import Document
from repair.pipeline import Pipeline

DEFAULT_FILES = ["dev/english-news-wmt19.en", "dev/wmt-newstest2013.en"]
DETECTORS = ("literalisms", "garble")


def measure(path: Path, pipeline: Pipeline, show: int) -> None:
    text = path.read_text(encoding="utf-8")
    sentences = len(Document(text).sentences)
    for unit in ("line", "document"):
        started = time.perf_counter()
        texts = text.splitlines(keepends=True) if unit == "line" else [text]
        results = pipeline.repair_many(texts)
        elapsed = time.perf_counter() - started
        edits = [c for r in results for c in r.text_changes]
        flags = [(r.input, c) for r in results for c in r.flags]
        by_rule = Counter(c.rule for _, c in flags) + Counter(c.rule for c in edits)
        garble = sum(1 for _, c in flags if c.kind == "garble")
        print(
            f"{path.name} [{unit}] {sentences} sentences: {len(edits)} text edits, "
            f"{len(flags)} flags ({100 * len(flags) / max(sentences, 1):.2f}% of sentences; "
            f"garble {100 * garble / max(sentences, 1):.2f}%), {elapsed:.2f}s"
        )
        for rule, count in sorted(by_rule.items()):
            print(f"    {rule}: {count}")
        for source, change in flags[:show]:
            print(f"    flag {change.rule}: {source[change.start : change.end]!r}")
        for change in edits[:show]:
            print(f"    edit {change.rule}: {change.original!r} -> {change.replacement!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=10, help="examples to print per run")
    add_data_option(parser)
    args = parser.parse_args()
    files = args.files or [need_data(args.data, *DEFAULT_FILES) / name for name in DEFAULT_FILES]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"measure_language_flags: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    pipeline = Pipeline(RepairConfig(detectors=DETECTORS))
    for path in files:
        measure(path, pipeline, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
