"""What ``repair fix`` does with ``--jsonl`` or several inputs; the CLI only dispatches here.

Each function returns the exit code: 0 done, 1 fatal (or ``--on-error fail``), 2 bad usage
or input, 3 more errors than ``--max-errors``. Messages are one line on stderr.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from repair.api import Repairer
from repair.frontends.jsonl import (
    EXIT_DONE,
    EXIT_FATAL,
    EXIT_USAGE,
    StopRun,
    run_stream,
    summary_line,
)
from repair.frontends.records import OnError
from repair.io import InputError, OutputError, atomic_writer


def _say(message: str) -> None:
    print(f"repair: {message}", file=sys.stderr, flush=True)


def _error(message: str, code: int) -> int:
    _say(f"error: {message}")
    return code


#: One line for the user for the usual reasons a file does not open.
_OPEN_ERRORS: dict[type[OSError], str] = {
    FileNotFoundError: "no such file",
    IsADirectoryError: "is a directory; give --out-dir to repair a folder",
    PermissionError: "permission denied",
}


@contextlib.contextmanager
def _source(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, errors become InputError
    except OSError as exc:
        reason = next(
            (text for kind, text in _OPEN_ERRORS.items() if isinstance(exc, kind)),
            f"cannot read ({exc.strerror or exc})",
        )
        raise InputError(f"{path}: {reason}") from None
    with handle:
        yield handle


@contextlib.contextmanager
def _sink(output: str | None) -> Iterator[BinaryIO]:
    if output is None or output == "-":
        yield sys.stdout.buffer
    else:
        with atomic_writer(output) as handle:
            yield handle


def _quiet_stdout() -> None:
    """After the reader closed the pipe (``| head``): drop what is left, say nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def fix_jsonl(
    path: str,
    output: str | None,
    repairer: Repairer,
    *,
    on_error: OnError,
    max_errors: int | None,
    jobs: int,
    errors: str,
) -> int:
    """Repair one JSONL stream (a file or standard input) into ``output`` or stdout."""
    started = time.perf_counter()
    to_stdout = output is None or output == "-"

    def write(data: bytes) -> None:
        sink.write(data)
        if to_stdout:
            sink.flush()  # downstream stages see each batch as soon as it is done

    try:
        with _source(path) as source, _sink(output) as sink:
            stats = run_stream(
                source,
                write,
                repairer,
                on_error=on_error,
                max_errors=max_errors,
                jobs=jobs,
                errors=errors,
            )
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_DONE
    except StopRun as stop:
        return _error(str(stop), stop.code)
    except (InputError, OutputError) as exc:
        return _error(str(exc), EXIT_USAGE)
    except Exception as exc:  # a failure outside any one record: fatal, but one line
        return _error(f"{type(exc).__name__}: {exc}", EXIT_FATAL)
    seconds = time.perf_counter() - started
    if stats.errors:
        _say(f"{stats.errors} bad records (first: {stats.first_error})")
    if sys.stderr.isatty():
        _say(summary_line(stats, seconds).removeprefix("repair: "))
    return EXIT_DONE


def fix_batch(
    specs: Sequence[str],
    out_dir: str,
    report_dir: str | None,
    repairer: Repairer,
    *,
    jsonl: bool,
    on_error: OnError,
    max_errors: int | None,
    jobs: int,
    errors: str,
) -> int:
    """Repair many files into ``out_dir`` with a pool of ``jobs`` workers."""
    from rich.console import Console

    from repair.frontends.batch import (
        FileOptions,
        ProgressDisplay,
        expand_inputs,
        run_batch,
        summary_tables,
    )

    try:
        tasks = expand_inputs(specs, out_dir, report_dir)
    except InputError as exc:
        return _error(str(exc), EXIT_USAGE)
    console = Console(stderr=True, highlight=False)
    options = FileOptions(jsonl=jsonl, errors=errors, on_error=on_error)
    display = ProgressDisplay(console, tasks)
    try:
        summary = run_batch(
            tasks, repairer, options, jobs=jobs, max_errors=max_errors, on_progress=display.update
        )
    except Exception as exc:  # a broken pool or a failure outside any one file
        return _error(f"{type(exc).__name__}: {exc}", EXIT_FATAL)
    finally:
        display.close()
    for table in summary_tables(summary, jsonl):
        console.print(table)
    if summary.stop_message:
        return _error(summary.stop_message, summary.code)
    return summary.code
