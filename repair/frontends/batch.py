"""Many files at once: a process pool, a progress bar and a summary table.

``repair fix DIR|GLOB ... --out-dir OUT -j N`` repairs every file into ``OUT`` under
the same relative path. Each worker process builds the pipeline (and loads any model)
once and repairs whole files, so the pool scales with files, not with records; a file
that fails is listed in the summary and never half-written.
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from repair.core.report import dump_report
from repair.frontends.jsonl import (
    EXIT_DONE,
    EXIT_FATAL,
    EXIT_TOO_MANY_ERRORS,
    StopRun,
    run_stream,
    worker_pool,
    worker_repairer,
)
from repair.frontends.records import OnError
from repair.io import InputError, OutputError, atomic_writer, read_text, write_text_atomic

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from repair.api import Repairer


@dataclass(frozen=True, slots=True)
class FileTask:
    """One input file and where its repaired text (and report) go."""

    source: Path
    output: Path
    report: Path | None
    size: int


@dataclass(frozen=True, slots=True)
class FileOptions:
    """How every file of a batch is read and repaired (sent to workers once per file)."""

    jsonl: bool = False
    errors: str = "strict"
    on_error: OnError = "mark"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What became of one file."""

    task: FileTask
    status: str  # "ok" (repaired), "unchanged" or "error"
    error: str | None = None
    changes: int = 0
    records: int = 0
    record_errors: int = 0


@dataclass
class BatchSummary:
    """Totals of a batch run and the exit code it earns."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0
    code: int = EXIT_DONE
    stop_message: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def errors(self) -> int:
        """Failed files plus bad records inside JSONL files."""
        return sum((o.status == "error") + o.record_errors for o in self.outcomes)

    @property
    def bytes_done(self) -> int:
        return sum(o.task.size for o in self.outcomes)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _glob_base(pattern: str) -> Path:
    """The folder part of a pattern before its first wildcard: outputs are relative to it."""
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and (path == folder or folder in path.parents)


def expand_inputs(
    specs: Sequence[str], out_dir: str | Path, report_dir: str | Path | None = None
) -> list[FileTask]:
    """The files named by DIR, GLOB or FILE arguments; ``InputError`` for bad input."""
    out_root = Path(out_dir).resolve()
    report_root = Path(report_dir).resolve() if report_dir else None
    for folder in (out_root, report_root):
        if folder is not None and folder.exists() and not folder.is_dir():
            # Every file would fail on its own, and the run would still end "done".
            raise InputError(f"{folder}: a file, not a folder for the outputs")
    found: list[tuple[Path, Path]] = []
    for spec in specs:
        if spec == "-":
            raise InputError("standard input (-) cannot be one of several inputs")
        path = Path(spec)
        if path.is_dir():
            matches = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if not _is_hidden(d)
                    and not _inside((Path(folder) / d).resolve(), out_root)
                    and not _inside((Path(folder) / d).resolve(), report_root)
                )
                matches.extend(Path(folder) / f for f in sorted(files) if not _is_hidden(f))
            base = path
        elif glob.has_magic(spec) and not path.exists():
            matches = [Path(m) for m in sorted(glob.glob(spec, recursive=True))]
            matches = [m for m in matches if m.is_file()]
            base = _glob_base(spec)
        elif path.is_file():
            matches, base = [path], path.parent
        else:
            raise InputError(f"{spec}: no such file or folder")
        if not matches:
            raise InputError(f"{spec}: no files to repair")
        found.extend((m, m.relative_to(base)) for m in matches)
    tasks: list[FileTask] = []
    seen: dict[Path, Path] = {}
    for source, relative in found:
        output = out_root / relative
        if output in seen:
            if seen[output] == source.resolve():
                continue  # the same file named twice
            raise InputError(f"{seen[output]} and {source} would both be written to {output}")
        seen[output] = source.resolve()
        if output == source.resolve():
            raise InputError(f"{source}: output would overwrite the input; use another --out-dir")
        report = None
        if report_root is not None:
            report = report_root / relative.with_name(relative.name + ".report.json")
        tasks.append(FileTask(source, output, report, source.stat().st_size))
    _check_reports(tasks)
    return tasks


def _check_reports(tasks: list[FileTask]) -> None:
    """``InputError`` when a report would land on an input or on another file's output
    (``--report`` naming the input folder, or the --out-dir that holds ``x.report.json``)."""
    taken = {task.source.resolve(): "the input" for task in tasks}
    taken.update({task.output: "the output" for task in tasks})
    for task in tasks:
        if task.report is not None and task.report in taken:
            raise InputError(
                f"{task.source}: its report would overwrite {taken[task.report]} "
                f"{task.report}; use another --report folder"
            )


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot create ({exc.strerror or exc})") from None


def repair_file(repairer: Repairer, task: FileTask, options: FileOptions) -> FileOutcome:
    """Repair one file into its output; any failure becomes the outcome's error."""
    try:
        _ensure_folder(task.output)
        if options.jsonl:
            return _repair_jsonl_file(repairer, task, options)
        text = read_text(str(task.source), options.errors)
        result = repairer.repair_text(text)
        if task.report is not None:
            _ensure_folder(task.report)
            write_text_atomic(task.report, dump_report(result.report()))
        write_text_atomic(task.output, result.text)
        status = "ok" if result.changed else "unchanged"
        return FileOutcome(task, status, None, len(result.changes), 1)
    except (InputError, OutputError, StopRun) as exc:
        return FileOutcome(task, "error", str(exc))
    except Exception as exc:  # one file's failure must not stop the others
        return FileOutcome(task, "error", f"{task.source}: {type(exc).__name__}: {exc}")


def _repair_jsonl_file(repairer: Repairer, task: FileTask, options: FileOptions) -> FileOutcome:
    try:
        with task.source.open("rb") as source, atomic_writer(task.output) as sink:
            stats = run_stream(
                source, sink.write, repairer, on_error=options.on_error, errors=options.errors
            )
    except OSError as exc:
        raise InputError(f"{task.source}: cannot read ({exc.strerror or exc})") from None
    except StopRun as exc:
        raise StopRun(exc.code, f"{task.source}: {exc}") from None
    status = "ok" if stats.ok else "unchanged"
    return FileOutcome(task, status, None, stats.changes, stats.records, stats.errors)


def _repair_in_worker(task: FileTask, options: FileOptions) -> FileOutcome:
    return repair_file(worker_repairer(), task, options)


def run_batch(
    tasks: Sequence[FileTask],
    repairer: Repairer,
    options: FileOptions,
    *,
    jobs: int = 1,
    max_errors: int | None = None,
    on_progress: Callable[[FileOutcome, BatchSummary], None] | None = None,
) -> BatchSummary:
    """Repair every task; stops early on ``on_error=fail`` (exit 1) or too many errors (3)."""
    summary = BatchSummary()
    started = time.perf_counter()

    def record(outcome: FileOutcome) -> bool:
        """Add an outcome; ``False`` when the run must stop."""
        summary.outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome, summary)
        if options.on_error == "fail" and (outcome.status == "error" or outcome.record_errors):
            summary.code = EXIT_FATAL
            summary.stop_message = f"{outcome.error or outcome.task.source} (--on-error fail)"
            return False
        if max_errors is not None and summary.errors > max_errors:
            summary.code = EXIT_TOO_MANY_ERRORS
            summary.stop_message = f"{summary.errors} error(s), more than --max-errors {max_errors}"
            return False
        return True

    if jobs <= 1:
        for task in tasks:
            if not record(repair_file(repairer, task, options)):
                break
    else:
        _run_pool(tasks, repairer, options, jobs, record)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(
    tasks: Sequence[FileTask],
    repairer: Repairer,
    options: FileOptions,
    jobs: int,
    record: Callable[[FileOutcome], bool],
) -> None:
    # Biggest files first: the pool does not end waiting on one large straggler.
    queue = sorted(tasks, key=lambda t: t.size, reverse=True)
    pool = worker_pool(repairer, jobs)
    pending: set[Future[FileOutcome]] = set()
    try:
        position = 0
        while position < len(queue) or pending:
            while position < len(queue) and len(pending) < 2 * jobs:
                pending.add(pool.submit(_repair_in_worker, queue[position], options))
                position += 1
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                if not record(future.result()):
                    return
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class ProgressDisplay:
    """A rich progress bar over bytes with files, MB/s, ETA and errors (on a terminal).

    It starts with the first finished file, after the pool's workers were forked: the
    bar's refresh thread would make forking unsafe.
    """

    def __init__(self, console: Console, tasks: Sequence[FileTask]) -> None:
        from rich.progress import (
            BarColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self.enabled = console.is_terminal
        self.progress = Progress(
            TextColumn("[bold]repair"),
            BarColumn(),
            TextColumn("{task.fields[files]}/{task.fields[file_total]} files"),
            TransferSpeedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("[red]{task.fields[errors]} errors"),
            console=console,
            transient=True,
        )
        total = sum(t.size for t in tasks) or 1
        self.task_id = self.progress.add_task(
            "files", total=total, files=0, file_total=len(tasks), errors=0
        )
        self.started = False

    def update(self, _: FileOutcome, summary: BatchSummary) -> None:
        if not self.enabled:
            return
        if not self.started:
            self.progress.start()
            self.started = True
        self.progress.update(
            self.task_id,
            completed=summary.bytes_done,
            files=len(summary.outcomes),
            errors=summary.errors,
        )

    def close(self) -> None:
        if self.started:
            self.progress.stop()


def summary_tables(summary: BatchSummary, jsonl: bool, shown_errors: int = 10) -> list[Table]:
    """The end-of-run tables: files (and records) by outcome with speed, then failed files."""
    from rich.table import Table

    megabytes = summary.bytes_done / 1e6
    speed = megabytes / summary.seconds if summary.seconds > 0 else 0.0
    table = Table(
        title="repair fix: summary",
        caption=f"{megabytes:.2f} MB in {summary.seconds:.1f} s ({speed:.2f} MB/s)",
    )
    table.add_column("outcome")
    table.add_column("files", justify="right")
    if jsonl:
        table.add_column("records", justify="right")
        table.add_column("bad records", justify="right")
    table.add_column("changes", justify="right")
    for status, label in (("ok", "repaired"), ("unchanged", "unchanged"), ("error", "failed")):
        rows = [o for o in summary.outcomes if o.status == status]
        cells = [label, str(len(rows))]
        if jsonl:
            cells += [str(sum(o.records for o in rows)), str(sum(o.record_errors for o in rows))]
        cells.append(str(sum(o.changes for o in rows)))
        table.add_row(*cells, style="red" if status == "error" and rows else None)
    failed = [o for o in summary.outcomes if o.status == "error"]
    if not failed:
        return [table]
    errors = Table(title="failed files", show_header=False, title_style="red")
    errors.add_column("why", overflow="fold")
    for outcome in failed[:shown_errors]:
        errors.add_row(outcome.error)
    if len(failed) > shown_errors:
        errors.add_row(f"... and {len(failed) - shown_errors} more")
    return [table, errors]
