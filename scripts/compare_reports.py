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

from benchlib import add_data_option, need_data

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a09c2a99a20097ac.txt"
DEV_FILES = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")


def runs(data: Path) -> list[tuple[str, Path, list[str]]]:
    """(name, input, options): the seed with and without the model, the dev sets without."""
    dev = need_data(data, *(f"dev/{name}" for name in DEV_FILES)) / "dev"
    return [
        ("seed-mt", SEED, []),
        ("seed-no-mt", SEED, ["--no-mt"]),
        *((name.removesuffix(".en"), dev / name, ["--no-mt"]) for name in DEV_FILES),
    ]


def write_outputs(folder: Path, data: Path) -> None:
    """Run ``repair fix`` on every input: FOLDER/NAME.txt (the text) and NAME.report.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, source, options in runs(data):
        command = [sys.executable, "-m", "repair", "fix", str(source), *options]
        command += ["--report", str(folder / f"{name}.report.json")]
        command += ["-o", str(folder / f"{name}.txt")]
        subprocess.run(command, check=True, cwd=ROOT)
        print(f"wrote {name}", file=sys.stderr)


def compare(before: Path, data: Path) -> int:
    """Exit status 0 when every output is byte-identical to the one in ``before``."""
    differing = []
    with tempfile.TemporaryDirectory() as scratch:
        after = Path(scratch)
        write_outputs(after, data)
        for name, _, _ in runs(data):
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
    add_data_option(parser)
    args = parser.parse_args()
    if args.write:
        write_outputs(args.write, args.data)
        return 0
    return compare(args.compare, args.data)


if __name__ == "__main__":
    sys.exit(main())
