"""Write the seed's and the dev benchmarks' repaired text and JSON reports, or compare them.

A redesign that promises "behaviour unchanged" is checked here, byte for byte: run it with
``--write before/`` on the old commit and ``--compare before/`` on the new one.

    python scripts/compare_reports.py --write /tmp/before
    python scripts/compare_reports.py --compare /tmp/before

The runs go through ``python -m repair fix`` (the real command line), one process each.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a09c2a99a20097ac.txt"
DEV = ROOT.parent / "shared" / "data" / "dev"

#: (name, input, extra options): the seed with and without the model, the dev sets without.
RUNS = [
    ("seed-mt", SEED, []),
    ("seed-no-mt", SEED, ["--no-mt"]),
    ("english-news-wmt19", DEV / "english-news-wmt19.en", ["--no-mt"]),
    ("wmt-newstest2013", DEV / "wmt-newstest2013.en", ["--no-mt"]),
    ("wmt-newsdiscussdev2015", DEV / "wmt-newsdiscussdev2015.en", ["--no-mt"]),
]


def write_outputs(folder: Path) -> None:
    """Run ``repair fix`` on every input: FOLDER/NAME.txt (the text) and NAME.report.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, source, options in RUNS:
        command = [sys.executable, "-m", "repair", "fix", str(source), *options]
        command += ["--report", str(folder / f"{name}.report.json")]
        command += ["-o", str(folder / f"{name}.txt")]
        subprocess.run(command, check=True, cwd=ROOT)
        print(f"wrote {name}", file=sys.stderr)


def compare(before: Path) -> int:
    """Exit status 0 when every output is byte-identical to the one in ``before``."""
    differing = []
    with tempfile.TemporaryDirectory() as scratch:
        after = Path(scratch)
        write_outputs(after)
        for name, _, _ in RUNS:
            for suffix in (".txt", ".report.json"):
                if (before / f"{name}{suffix}").read_bytes() != (
                    after / f"{name}{suffix}"
                ).read_bytes():
                    differing.append(f"{name}{suffix}")
    for name in differing:
        print(f"DIFFERS: {name}")
    print("identical" if not differing else f"{len(differing)} output(s) differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="Write the outputs into this folder.")
    action.add_argument("--compare", type=Path, help="Compare with the outputs in this folder.")
    args = parser.parse_args()
    if args.write:
        write_outputs(args.write)
        return 0
    return compare(args.compare)


if __name__ == "__main__":
    sys.exit(main())
