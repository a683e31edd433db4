"""Run every benchmark of the project and print one table (Markdown) of the headline figures.

    python scripts/bench.py [--only rules foreign ...] [--large-mb 1 10 100] [--markdown OUT.md]

Each benchmark script prints its own detailed figures (shown with --verbose) and records
its headline ones through benchlib; this script adds start-up time, the peak RSS of a
repair, and a large-file run in bounded memory. Timings on a shared machine are noisy:
the table says which machine it ran on and its load.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import add_data_option, need_data, record

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a09c2a99a20097ac.txt"
NEWS = "dev/english-news-wmt19.en"
#: Each script, and how it is told where the data is.
SCRIPTS = {
    "rules": ["bench_rules.py", "--data", "{data}", "--layer", "rules", "pipeline"],
    "foreign": ["bench_foreign.py", "--data", "{data}"],
    "mt": ["bench_mt.py", "--data", "{data}"],
    "names": ["bench_names.py", "--news", "{data}/" + NEWS],
    "pipeline": ["bench_pipeline.py", "--data", "{data}", "--own-sessions"],
    "real-mt": ["bench_real_mt.py", "--data", "{data}"],
    "real-mt-left": [
        "bench_real_mt.py",
        "--data",
        "{data}",
        "--system",
        "left",
        "--lang",
        "fr",
        "es",
        "de",
    ],
    # Do no harm: the dev files, and English of the web (scraped pages' article text).
    "clean": ["bench_clean.py", "--data", "{data}", "--set", "dev"],
    "clean-web": ["bench_clean.py", "--set", "web"],
    # English news translated into Spanish and French: English words left in their text.
    "real-mt-into": [
        "bench_real_mt.py",
        "--data",
        "{data}",
        "--set",
        "into",
        "--lang",
        "es",
        "fr",
    ],
}

VMHWM_PROBE = """
import sys
from repair.cli.app import app
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]), file=sys.stderr)
"""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at start, {time.strftime('%Y-%m-%d')}"
    )


def peak_rss_mb(*args: str) -> tuple[float, float]:
    """Peak RSS (MB) and wall time of ``repair ARGS`` in a fresh interpreter."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", VMHWM_PROBE, *args], capture_output=True, text=True, timeout=3600
    )
    elapsed = time.perf_counter() - start
    return int(done.stderr.strip().splitlines()[-1]) / 1024, elapsed


def bench_startup(data: Path) -> None:
    # An installed package has its bytecode compiled (pip compiles it at install); an
    # editable checkout run with PYTHONDONTWRITEBYTECODE would compile every module at
    # each start and measure that instead.
    compileall.compile_dir(ROOT / "repair", quiet=1)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "repair", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    record("startup", "repair --help wall time (best of 5)", round(min(times), 2), "s", "<= 0.3 s")
    with tempfile.TemporaryDirectory() as folder:
        # One clean paragraph: what a single-article run pays before its first byte.
        article = Path(folder) / "paragraph.txt"
        article.write_text((data / NEWS).read_text(encoding="utf-8").split("\n", 1)[0] + "\n")
        rss, wall = peak_rss_mb("fix", str(article), "-o", os.devnull)
    record("startup", "repair fix one clean paragraph: wall time", round(wall, 2), "s", "<= 0.6 s")
    record("startup", "repair fix one clean paragraph: peak RSS", round(rss), "MB")
    rss, wall = peak_rss_mb("fix", str(SEED), "--no-mt", "-o", os.devnull)
    record("startup", "repair fix seed --no-mt: wall time", round(wall, 2), "s")
    record("startup", "repair fix seed --no-mt: peak RSS", round(rss), "MB")
    rss, wall = peak_rss_mb("fix", str(SEED), "-o", os.devnull)
    record("startup", "repair fix seed with MT: wall time", round(wall, 2), "s")
    record("startup", "repair fix seed with MT: peak RSS", round(rss), "MB", "<= 500 MB")


def bench_large(data: Path, megabytes: int) -> None:
    """A file of ``megabytes`` MB of news with scraped damage, repaired in bounded memory."""
    news = (data / NEWS).read_text(encoding="utf-8")
    block = "Spread the love\n\n" + news.replace("\n", "\n\n", 40) + "\nNext Article\n\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.txt"
        with path.open("w", encoding="utf-8") as handle:
            written = 0
            while written < megabytes * 1_000_000:
                handle.write(block)
                written += len(block.encode())
        rss, wall = peak_rss_mb("fix", str(path), "--no-mt", "-o", str(Path(folder) / "out.txt"))
    size = written / 1e6
    record("large", f"{size:.0f} MB file, fix --no-mt: peak RSS", round(rss), "MB", "<= 250 MB")
    record("large", f"{size:.0f} MB file, fix --no-mt: throughput", round(size / wall, 2), "MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--large-mb", type=int, nargs="+", default=[1, 10, 100], help="sizes; 0 skips them"
    )
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    parser.add_argument("--verbose", action="store_true", help="show each script's output")
    add_data_option(parser)
    args = parser.parse_args()
    need_data(args.data, NEWS)
    chosen = args.only or [*SCRIPTS, "startup", "large"]
    header = f"Machine: {machine()}"
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as sink:
        os.environ["REPAIR_BENCH_JSON"] = sink.name
        for name in chosen:
            print(f"… {name}", file=sys.stderr, flush=True)
            if name == "startup":
                bench_startup(args.data)
            elif name == "large":
                for megabytes in filter(None, args.large_mb):
                    bench_large(args.data, megabytes)
            else:
                done = subprocess.run(
                    [
                        sys.executable,
                        str(ROOT / "scripts" / SCRIPTS[name][0]),
                        *(arg.format(data=args.data) for arg in SCRIPTS[name][1:]),
                    ],
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                )
                if args.verbose or done.returncode:
                    print(done.stdout + done.stderr, file=sys.stderr)
                if done.returncode:
                    record(name, "script failed", f"exit {done.returncode}", "")
        rows = [json.loads(line) for line in sink]
    table = [header, "", "| benchmark | figure | value | target |", "|---|---|---|---|"]
    for row in rows:
        value = f"{row['value']} {row['unit']}".strip()
        table.append(f"| {row['bench']} | {row['metric']} | {value} | {row['target']} |")
    text = "\n".join(table) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
