"""Benchmark the JSONL stage: 1 against N worker processes, and the same run through Ray.

    python scripts/bench_pipeline.py                 # 10,000 records, 1 and 2 workers, Ray
    python scripts/bench_pipeline.py --records 2000 --no-ray

Records are short news articles made of consecutive English news sentences from
../shared/data (WMT news), a share of them damaged by general transformations that
scraping and machine translation cause: a mojibake sentence, a space before
punctuation, a repeated word, a repeated line, a French sentence left in, a scraped
share-button line. The script prints records/s and MB/s for each run and checks that
every run writes the same bytes. It asserts nothing about speed: the machine is shared.

Linux with ``sched_autogroup_enabled`` shares CPU between sessions, not processes: when
other sessions keep the cores busy, the workers of one ``repair fix -j 2`` together get
one session's share, while Ray's workers, started by its daemon, get one each.
``--own-sessions`` adds runs whose workers each start a session, to compare like with like.
CPU-seconds (the run's process and its workers) show what the pool itself costs.
Each run starts in a fresh process and includes the set-up, as a CLI run does.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchlib import add_data_option, need_data, record  # noqa: E402

from repair.api import Repairer
from repair.config import RepairConfig
from repair.frontends import jsonl
from repair.frontends.jsonl import run_stream

ENGLISH = [
    "dev/english-news-wmt19.en",
    "train/wmt-newstest2009.en",
    "train/wmt-newstest2010.en",
    "train/wmt-newstest2011.en",
]
FRENCH = "dev/wmt-newstest2013.fr"
SCRAPED_LINES = ["Spread the love", "Share this:", "Advertisement", "Click to share on Twitter"]


def _lines(data: Path, name: str) -> list[str]:
    text = (data / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _damage(sentences: list[str], french: list[str], rng: random.Random) -> list[str]:
    """One general kind of damage, placed at random."""
    out = list(sentences)
    where = rng.randrange(len(out))
    kind = rng.randrange(6)
    if kind == 0:  # UTF-8 read as Windows-1252
        out[where] = out[where].encode("utf-8").decode("cp1252", errors="replace") + " café"
    elif kind == 1:
        out[where] = out[where].rstrip(".") + " ."
    elif kind == 2:
        words = out[where].split()
        pick = rng.randrange(len(words))
        out[where] = " ".join(words[: pick + 1] + words[pick:])
    elif kind == 3:
        out.insert(where, out[where])
    elif kind == 4:
        out.insert(where, rng.choice(french))
    else:
        out.insert(where, rng.choice(SCRAPED_LINES))
    return out


def make_records(data: Path, count: int, seed: int = 8, damaged_share: float = 0.4) -> list[str]:
    """``count`` JSON lines with a text field and fields the stage must keep."""
    english = [line for name in ENGLISH for line in _lines(data, name)]
    french = _lines(data, FRENCH)
    rng = random.Random(seed)
    records = []
    for index in range(count):
        size = rng.randint(3, 8)
        start = rng.randrange(len(english) - size)
        sentences = english[start : start + size]
        damaged = rng.random() < damaged_share
        if damaged:
            sentences = _damage(sentences, french, rng)
        record = {
            "id": f"art-{index:05d}",
            "title": sentences[0][:60],
            "text": "\n".join(sentences) + "\n",
            "score": rng.random() + 1e-17,
            "meta": {"planted": damaged, "source": "wmt-news", "n": 10**20 + index},
        }
        records.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
    return records


@dataclass
class Run:
    name: str
    seconds: float
    output: bytes
    #: CPU seconds used by this process and its finished children (None: not measured).
    cpu: float | None = None

    def line(self, records: int, megabytes: float, base: Run | None) -> str:
        speedup = f"  x{base.seconds / self.seconds:.2f}" if base else ""
        cpu = f"  {self.cpu:6.1f} CPU-s" if self.cpu is not None else ""
        return (
            f"{self.name:<22} {self.seconds:7.2f} s  {records / self.seconds:8.1f} records/s  "
            f"{megabytes / self.seconds:6.3f} MB/s{cpu}{speedup}"
        )


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


_init_worker = jsonl._init_worker


def _init_worker_in_own_session(repairer: Repairer) -> None:
    """A worker in a session of its own, so that the scheduler's autogroups treat it as
    Ray's workers (started by a daemon) are treated: as its own group."""
    os.setsid()
    _init_worker(repairer)


def _measure(data: bytes, config: RepairConfig, jobs: int, own_sessions: bool, queue) -> None:
    """In a fresh process, as `repair fix --jsonl -j N` runs: nothing built or loaded yet."""
    jsonl._init_worker = _init_worker_in_own_session if own_sessions else _init_worker
    out = io.BytesIO()
    cpu = _cpu_seconds()
    started = time.perf_counter()
    run_stream(io.BytesIO(data), out.write, Repairer(config), jobs=jobs)
    queue.put((time.perf_counter() - started, _cpu_seconds() - cpu, out.getvalue()))


def run_jobs(data: bytes, config: RepairConfig, jobs: int, own_sessions: bool = False) -> Run:
    """One run in a new process: a process that has used the pipeline may hold threads
    (lingua's thread pool) and then spawns its workers instead of forking them."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_measure, args=(data, config, jobs, own_sessions, queue))
    process.start()
    seconds, cpu, output = queue.get()
    process.join()
    name = f"{jobs} worker(s)" + (", own sessions" if own_sessions else "")
    return Run(name, seconds, output, cpu)


def _best(runs: list[Run]) -> Run:
    """The fastest round: the one the machine's other load disturbed least."""
    return min(runs, key=lambda r: r.seconds)


def run_ray(source: Path, config: RepairConfig, cpus: int) -> tuple[Run, float]:
    import ray
    from ray.data import DataContext

    from repair.ray import read_json_lines, repair_dataset

    started = time.perf_counter()
    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)
    startup = time.perf_counter() - started
    DataContext.get_current().execution_options.preserve_order = True
    DataContext.get_current().enable_progress_bars = False
    try:
        started = time.perf_counter()
        rows = repair_dataset(read_json_lines(str(source)), config).take_all()
        seconds = time.perf_counter() - started
    finally:
        ray.shutdown()
    output = b"".join(row["line"] + b"\n" for row in rows)
    return Run(f"ray ({cpus} CPUs)", seconds, output), startup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--mt", action="store_true", help="Retranslate (needs a model).")
    parser.add_argument("--rounds", type=int, default=1, help="Alternating rounds per count.")
    parser.add_argument(
        "--own-sessions",
        action="store_true",
        help="Also run the pool with each worker in its own session (see the docstring).",
    )
    parser.add_argument("--no-ray", action="store_true")
    add_data_option(parser)
    args = parser.parse_args()
    need_data(args.data, *ENGLISH, FRENCH)
    config = RepairConfig(mt=args.mt)
    records = make_records(args.data, args.records)
    data = "".join(line + "\n" for line in records).encode("utf-8")
    megabytes = len(data) / 1e6
    print(f"{len(records)} records, {megabytes:.2f} MB, {os.cpu_count()} CPUs, mt={args.mt}")
    print(f"load average before: {os.getloadavg()[0]:.2f} (other work on the machine counts)")
    # Each run is timed from a fresh process, set-up included (word lists, language
    # tables: seconds), as a user's `repair fix --jsonl -j N` pays it.
    # Rounds alternate the worker counts, so that a change in the machine's other load
    # hits every count alike; the best round of each count is compared.
    variants = [(jobs, False) for jobs in args.jobs]
    if args.own_sessions:
        variants += [(jobs, True) for jobs in args.jobs if jobs > 1]
    rounds: dict[tuple[int, bool], list[Run]] = {variant: [] for variant in variants}
    for round_number in range(1, args.rounds + 1):
        for jobs, own in variants:
            run = run_jobs(data, config, jobs, own)
            rounds[jobs, own].append(run)
            print(f"round {round_number}: " + run.line(len(records), megabytes, None))
    runs = [_best(rounds[variant]) for variant in variants]
    base = runs[0]
    print(f"best of {args.rounds} round(s):")
    for run in runs:
        print(run.line(len(records), megabytes, base))
        record("pipeline", f"{run.name}: records/s", round(len(records) / run.seconds, 1), "")
        # What the pool itself costs, whatever share of the cores the machine gave the run.
        record("pipeline", f"{run.name}: CPU-seconds", round(run.cpu or 0.0, 1), "s")
    for run in runs[1:]:
        record(
            "pipeline",
            f"{run.name} vs {base.name}",
            round(base.seconds / run.seconds, 2),
            "x",
            ">= 1.8x on 2 cores",
        )
    if not args.no_ray:
        folder = Path(tempfile.mkdtemp(prefix="bench-ray-"))
        try:
            source = folder / "records.jsonl"
            source.write_bytes(data)
            ray_run, startup = run_ray(source, config, cpus=max(args.jobs))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(ray_run.line(len(records), megabytes, base) + f"  (+{startup:.1f} s ray.init)")
        record(
            "pipeline",
            "Ray Data: records/s",
            round(len(records) / ray_run.seconds, 1),
            "",
            f"+{startup:.1f} s ray.init",
        )
        runs.append(ray_run)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    stats = [json.loads(line)["repair"]["status"] for line in base.output.splitlines()]
    print("statuses:", {s: stats.count(s) for s in sorted(set(stats))})
    same = all(run.output == base.output for group in rounds.values() for run in group)
    same = same and all(run.output == base.output for run in runs)
    print("every run wrote the same bytes:", same)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
