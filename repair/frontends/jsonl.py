"""The JSONL stage: one JSON record per line in, the same record repaired out, in order.

Lines are read as bytes, grouped in batches (one pipeline call, so one translation-model
call, per batch) and, with several jobs, repaired by a pool of worker processes that
each build the pipeline once. Output order is input order whatever the pool does.
A line that is not a JSON object, or a record without the text field, is an error
record: marked, dropped or fatal according to ``on_error``, and never stops the run by
itself; ``max_errors`` bounds how many a run accepts.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from repair.frontends.records import (
    OnError,
    RawRecord,
    RecordError,
    Status,
    error_line,
    record_id,
    record_text,
    repair_object,
    replace_invalid_bytes,
    scan_record,
    splice,
)

if TYPE_CHECKING:
    # Only a type: the API calls this module, so importing it here would be a cycle.
    from repair.api import Repairer

#: Exit codes of a JSONL run (``repair fix --jsonl``).
EXIT_DONE, EXIT_FATAL, EXIT_USAGE, EXIT_TOO_MANY_ERRORS = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class LineResult:
    """One input line after repair: the output line (without newline) and what happened."""

    number: int
    output: str
    status: Status
    error: str | None = None
    changes: int = 0


def decode_line(raw: bytes, errors: str = "strict", text_field: str = "text") -> str:
    """A line as text. Invalid UTF-8 is kept as surrogate escapes (strict: the record is
    then an error that keeps the bytes) or, with ``replace``, replaced with U+FFFD: by the
    pipeline in the text field (a recorded change), by the decoder elsewhere."""
    line = raw.decode("utf-8", errors="surrogateescape")
    return replace_invalid_bytes(line, text_field) if errors == "replace" else line


def _bad_utf8(line: str) -> str | None:
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"not valid UTF-8 (column {exc.start + 1}); use --errors replace to repair it"
    return None


def repair_lines(
    repairer: Repairer, lines: Sequence[str], numbers: Sequence[int | None] | None = None
) -> list[LineResult]:
    """Repair one batch of JSON lines with one pipeline call; errors stay per line.

    The error written into a record says what is wrong, not where: the output of a
    record does not depend on how the input was split (CLI, pool or Ray). The line
    number and id go into ``LineResult.error``, for messages.
    """
    numbers = list(numbers) if numbers is not None else list(range(1, len(lines) + 1))
    field_name = repairer.text_field
    parsed: dict[int, tuple[RawRecord, str]] = {}
    results: dict[int, LineResult] = {}
    for index, (number, line) in enumerate(zip(numbers, lines, strict=True)):
        record = None
        try:
            problem = _bad_utf8(line)
            if problem:
                raise RecordError(problem)
            record = scan_record(line)
            parsed[index] = (record, record_text(record, field_name))
        except RecordError as exc:
            results[index] = _error_result(repairer, number, line, record, str(exc))
    outcomes = repairer.repair_outcomes([text for _, text in parsed.values()])
    for (index, (record, _)), outcome in zip(parsed.items(), outcomes, strict=True):
        number = numbers[index]
        if outcome.result is None:
            message = outcome.error or "repair failed"
            results[index] = _error_result(repairer, number, record.line, record, message)
            continue
        result = outcome.result
        repair = repair_object(result)
        new_text = result.text if result.changed else None
        output = splice(record, field_name, new_text, repair)
        results[index] = LineResult(number, output, repair["status"], None, len(result.changes))
    return [results[index] for index in range(len(lines))]


def _error_result(
    repairer: Repairer, number: int | None, line: str, record: RawRecord | None, message: str
) -> LineResult:
    if record is None:
        output = error_line(line, message)
    else:
        output = splice(record, repairer.text_field, None, repair_object(None, message))
    ident = record_id(record, repairer.id_field)
    where = f"line {number}" if number is not None else "record"
    located = f"{where}{f' (id {ident})' if ident else ''}: {message}"
    return LineResult(number or 0, output, "error", located)


def record_lines(raw_lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """The lines that hold records, with their 1-based numbers, shared by every reader.

    Lines end at ``\n`` only (a ``\r`` before it is kept, and U+2028 inside a string is
    not a line end); blank lines hold no record; a byte-order mark is not part of one.
    """
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        body = raw[:-1] if raw.endswith(b"\n") else raw
        if body.strip():
            yield number, body


@dataclass
class StreamStats:
    """Counts of a run, for the summary line and the exit code."""

    records: int = 0
    ok: int = 0
    unchanged: int = 0
    errors: int = 0
    dropped: int = 0
    changes: int = 0
    bytes_in: int = 0
    first_error: str | None = None

    def add(self, line: LineResult) -> None:
        self.records += 1
        self.changes += line.changes
        if line.status == "ok":
            self.ok += 1
        elif line.status == "unchanged":
            self.unchanged += 1
        else:
            self.errors += 1
            self.first_error = self.first_error or line.error

    def merge(self, other: StreamStats) -> None:
        for name in ("records", "ok", "unchanged", "errors", "dropped", "changes", "bytes_in"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.first_error = self.first_error or other.first_error


class StopRun(Exception):
    """The run must stop: ``code`` is the exit code, the message one line for the user."""

    def __init__(self, code: int, message: str, stats: StreamStats | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.stats = stats


#: One batch for a worker: the line numbers and the decoded lines.
Chunk = tuple[list[int], list[str]]


def read_chunks(
    source: Iterable[bytes],
    batch_size: int,
    errors: str,
    stats: StreamStats,
    text_field: str = "text",
) -> Iterator[Chunk]:
    """Batches of record lines with their numbers; counts the bytes read."""

    def counted() -> Iterator[bytes]:
        for raw in source:
            stats.bytes_in += len(raw)
            yield raw

    numbers: list[int] = []
    lines: list[str] = []
    for number, body in record_lines(counted()):
        numbers.append(number)
        lines.append(decode_line(body, errors, text_field))
        if len(lines) == batch_size:
            yield numbers, lines
            numbers, lines = [], []
    if lines:
        yield numbers, lines


_WORKER: Repairer | None = None


#: The collector's thresholds in a worker. A worker allocates and drops millions of small
#: objects (tokens, spans, findings): at the default 700 allocations a young collection
#: ran every ~25 ms of work and cost ~0.6 ms (it visits what the young lists hold), 0.2-0.35
#: CPU-s in each worker of bench_pipeline's 10,000 records, against 0.05 s at 50,000; the
#: garbage cycles a worker then holds between collections are a few MB.
WORKER_GC_THRESHOLDS = (50_000, 20, 10)


def _init_worker(repairer: Repairer) -> None:
    global _WORKER
    _WORKER = repairer
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def worker_repairer() -> Repairer:
    """The repairer of this worker process (set once by the pool's initializer)."""
    if _WORKER is None:
        raise RuntimeError("not in a worker process started by worker_pool()")
    return _WORKER


def _repair_chunk(chunk: Chunk) -> list[LineResult]:
    numbers, lines = chunk
    return repair_lines(worker_repairer(), lines, numbers)


#: Text that runs the detectors' lazy set-up (word lists and frequency tables, the source
#: vote's language profiles, the pair's classifier, the gazetteer's near-miss index, the
#: boilerplate pattern tried on lines that end with a bracket). Its English line gives a
#: translation model nothing to do; the whole text is repaired only with translation off,
#: so that no model loads in the parent. A short foreign phrase is what asks the pair's
#: classifier (the word lists alone are trusted with a long sentence): without it each
#: worker loaded the classifier's models on its first chunk, 0.4 CPU-s apiece. An accented
#: word no list holds asks the stray-word judge's classifier of every tabled language
#: (seven languages' models: 0.6-0.8 CPU-s, paid by each worker that met such a word).
WARM_UP_ENGLISH = "The council met on Tuesday in Lyon, and the mayor's year-old plan didn't pass.\n"
WARM_UP_TEXT = (
    WARM_UP_ENGLISH
    + "Le conseil municipal s'est réuni mardi à Lyon.\n"
    + "The menu listed a brûlévarnèque and a soup.\n"
    + "Zygotes quizzically befuddle xylophonists amid jaunty whimsical kerfuffles nightly.\n"
    + "Officials flew in from Almatty to Karaganda on Monday.\n"
    + "He called it a coup de maître, and the council agreed (AFP)\n"
)


def _os_threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def fork_is_safe() -> bool:
    """Whether worker processes may be forked from this one.

    Forking hands every worker the detectors' tables already built (building them costs
    each new process seconds), but only a single-threaded process forks safely: native
    threads (a loaded CTranslate2 translator, a Rust thread pool) do not survive into
    the child, and a lock one of them held stays held there.
    """
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and _os_threads() == 1
        and "ctranslate2" not in sys.modules
    )


def worker_pool(repairer: Repairer, jobs: int) -> ProcessPoolExecutor:
    """Worker processes that each build the pipeline (and load any model) once.

    When forking is safe, a copy of ``repairer`` (never the caller's pipeline, which
    may hold a model) is warmed up here and every worker inherits it with the
    detectors' tables built; a translation model still loads in each worker, on first
    use. Otherwise workers are spawned and each sets everything up itself.

    The warm-up must start no thread, or the pool could not fork (and spawned workers each
    import and load everything again, which cost ``-j 2`` most of its gain): it imports no
    numpy (whose BLAS library starts a thread pool; only the duplicate detector's scan of a
    long text needs it, and a worker imports it then), and lingua loads its models without
    a thread pool (repair/langid/lingua.py).
    """
    warm = pickle.loads(pickle.dumps(repairer))
    if fork_is_safe():
        _warm_up(repairer, warm)
        if fork_is_safe():  # the warm-up loaded no model and started no thread
            return ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=(warm,),
            )
        warm = pickle.loads(pickle.dumps(repairer))
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(warm,),
    )


def _warm_up(repairer: Repairer, warm: Repairer) -> None:
    """Load in this process what every worker would load, into ``warm``'s pipeline.

    With translation on, the whole warm-up text goes through a pipeline without it (so
    that no model loads here) and ``warm`` only repairs its English line. The collector
    stays off meanwhile: what loads is tables, not garbage, and each collection scanned
    them again (0.1 CPU-s of the serial warm-up, which every worker waits for).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        if repairer.config.mt:
            type(repairer)(repairer.config.with_(mt=False)).repair_text(WARM_UP_TEXT)
            warm.repair_text(WARM_UP_ENGLISH)
        else:
            warm.repair_text(WARM_UP_TEXT)  # one pipeline built, not two
        # The tables just loaded are millions of objects that live as long as the process:
        # out of the collector's reach, workers neither scan them nor copy their pages.
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


#: Chunks in flight per worker. Results are taken in input order, so a slow chunk (a long
#: record, a model loading) holds the queue: with 2 a job, the other worker ran out of
#: work after three chunks and waited.
IN_FLIGHT_PER_JOB = 4


def _results(repairer: Repairer, chunks: Iterator[Chunk], jobs: int) -> Iterator[list[LineResult]]:
    """Results of every chunk, in input order, with at most ``IN_FLIGHT_PER_JOB * jobs``
    chunks in flight."""
    if jobs <= 1:
        for numbers, lines in chunks:
            yield repair_lines(repairer, lines, numbers)
        return
    pool = worker_pool(repairer, jobs)
    pending: deque[Future[list[LineResult]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_repair_chunk, chunk))
            if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def run_stream(
    source: Iterable[bytes],
    write: Callable[[bytes], object],
    repairer: Repairer,
    *,
    on_error: OnError = "mark",
    max_errors: int | None = None,
    jobs: int = 1,
    errors: str = "strict",
    on_batch: Callable[[StreamStats], None] | None = None,
) -> StreamStats:
    """Repair every record of ``source`` and ``write`` each output line, in order.

    Raises ``StopRun`` (exit 1) at the first error with ``on_error="fail"``, and
    (exit 3) when the errors outnumber ``max_errors``; what came before is written.
    """
    stats = StreamStats()
    chunks = read_chunks(source, repairer.batch_size, errors, stats, repairer.text_field)
    for batch in _results(repairer, chunks, jobs):
        out: list[str] = []
        for line in batch:
            stats.add(line)
            if line.status == "error":
                if on_error == "fail":
                    write(_joined(out))
                    raise StopRun(EXIT_FATAL, f"{line.error} (--on-error fail)", stats)
                if max_errors is not None and stats.errors > max_errors:
                    write(_joined(out))
                    raise StopRun(
                        EXIT_TOO_MANY_ERRORS,
                        f"{stats.errors} bad records, more than --max-errors {max_errors} "
                        f"(last: {line.error})",
                        stats,
                    )
                if on_error == "drop":
                    stats.dropped += 1
                    continue
            out.append(line.output)
        write(_joined(out))
        if on_batch is not None:
            on_batch(stats)
    return stats


def _joined(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8", errors="surrogateescape")


def summary_line(stats: StreamStats, seconds: float) -> str:
    """One line for stderr at the end of a run."""
    rate = stats.records / seconds if seconds > 0 else 0.0
    megabytes = stats.bytes_in / 1e6
    parts = [
        f"{stats.records} records",
        f"{stats.ok} repaired",
        f"{stats.unchanged} unchanged",
        f"{stats.errors} errors" + (f" ({stats.dropped} dropped)" if stats.dropped else ""),
        f"{stats.changes} changes",
        f"{megabytes:.1f} MB in {seconds:.1f} s ({rate:.0f} records/s)",
    ]
    return "repair: " + ", ".join(parts)
