"""``repair fix``, ``check``, ``diff`` and ``revert``: repair a text, list or show what is
wrong, and give the original back from a report."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from repair.cli.options import (
    MAX_AUTO_MT_THREADS,
    SHARED_OPTIONS,
    Errors,
    PathArg,
    RepairOptions,
    auto_mt_threads,
    check_distinct,
    fail,
    repair_options,
    save_report,
    source_name,
)
from repair.formats import FORMATS  # light: no format module imports the pipeline
from repair.io import read_text, write_output, write_text_atomic

if TYPE_CHECKING:
    from repair.config import RepairConfig


class OnError(StrEnum):
    mark = "mark"
    drop = "drop"
    fail = "fail"


@dataclass(frozen=True)
class ManyInputs:
    """``fix --jsonl`` or ``fix ... --out-dir``: what to repair, where to, and how."""

    paths: list[str]
    output: str | None
    in_place: bool
    report: str | None
    config: RepairConfig
    errors: Errors
    jsonl: bool
    text_field: str
    id_field: str | None
    on_error: OnError
    max_errors: int | None
    out_dir: str | None
    jobs: int


@repair_options(mt=True)
def fix(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Input file, or - for standard input. With --out-dir: files, folders and "
            "glob patterns (quoted). With --jsonl and no path: standard input.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write the repaired text here.")
    ] = None,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="Overwrite the input file (atomically).")
    ] = False,
    backup: Annotated[
        bool, typer.Option("--backup", help="With --in-place: keep the original as FILE.bak.")
    ] = False,
    report: Annotated[
        str | None,
        typer.Option(
            "--report",
            help="Write the JSON report of every change here "
            "(with --out-dir: a folder for one FILE.report.json per file).",
        ),
    ] = None,
    options: RepairOptions = SHARED_OPTIONS,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help="Input is JSON Lines: repair each record's text field, keep every other "
            "field as it is and add a 'repair' object. Exit 0 done, 1 fatal, 2 bad usage, "
            "3 more errors than --max-errors.",
        ),
    ] = False,
    text_field: Annotated[
        str, typer.Option("--text-field", help="JSONL: the field holding the text.")
    ] = "text",
    id_field: Annotated[
        str | None,
        typer.Option("--id-field", help="JSONL: a field that names records in messages."),
    ] = None,
    on_error: Annotated[
        OnError,
        typer.Option(
            "--on-error",
            help="A record (or file) that cannot be repaired: 'mark' keeps it with status "
            "error, 'drop' leaves it out, 'fail' stops the run (exit 1).",
        ),
    ] = OnError.mark,
    max_errors: Annotated[
        int | None,
        typer.Option("--max-errors", min=0, help="Stop (exit 3) after more than N errors."),
    ] = None,
    out_dir: Annotated[
        str | None,
        typer.Option(
            "--out-dir", help="Repair many inputs into this folder (same relative paths)."
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=1, help="Worker processes; each loads the model once."),
    ] = 1,
    mt_threads: Annotated[
        int | None,
        typer.Option(
            "--mt-threads",
            min=1,
            help="Translation threads per process (model replicas that share each batch). "
            f"Default: the cores divided among the --jobs, at most {MAX_AUTO_MT_THREADS}.",
        ),
    ] = None,
) -> None:
    """Repair a file and write the repaired text (to standard output by default).

    With --jsonl, repair a stream of JSON records; with --out-dir, many files at once.
    """
    paths = paths or []
    many = out_dir is not None or len(paths) > 1 or any(map(_is_collection, paths))
    if report == "-" and (jsonl or many or (output in (None, "-") and not in_place)):
        fail("--report -: standard output already holds the repaired text; "
             "give --output FILE or --in-place to have the report there")  # fmt: skip
    if jsonl or many:
        request = ManyInputs(
            paths=paths,
            output=output,
            in_place=in_place,
            report=report,
            config=options.config(mt_threads or auto_mt_threads(jobs)),
            errors=options.errors,
            jsonl=jsonl,
            text_field=text_field,
            id_field=id_field,
            on_error=on_error,
            max_errors=max_errors,
            out_dir=out_dir,
            jobs=jobs,
        )
        raise typer.Exit(_fix_many(request))
    if not paths:
        fail("missing PATH (a file, or - for standard input)")
    path = paths[0]
    if in_place and (path == "-" or output):
        fail("--in-place needs a file path and no --output")
    if backup and not in_place:
        fail("--backup only goes with --in-place")
    check_distinct(path, {"--output": output, "--report": report}, input_may_be="--output")
    threads = mt_threads or auto_mt_threads(1)
    if _is_large(path):
        from repair.cli.large_files import fix_large_file
        from repair.pipeline import Pipeline

        fix_large_file(path, output, in_place=in_place, backup=backup, report=report,
                       pipeline=Pipeline(options.config(threads)),
                       errors=options.errors.value)  # fmt: skip
        return
    result = options.repair(path, threads)
    if report:
        save_report(report, result.report())
    if in_place:
        if result.changed:
            write_text_atomic(path, result.text, backup=backup)
    else:
        write_output(output, result.text)


def _is_large(path: str) -> bool:
    """A file too large to hold as one document: ``fix`` repairs it chunk by chunk."""
    from repair.cli.large_files import LARGE_INPUT

    try:
        return path != "-" and os.path.isfile(path) and os.path.getsize(path) > LARGE_INPUT
    except OSError:
        return False


def _is_collection(path: str) -> bool:
    """A folder or a glob pattern: an input that names many files."""
    import glob

    if path == "-":
        return False
    return os.path.isdir(path) or (glob.has_magic(path) and not os.path.exists(path))


def _fix_many(request: ManyInputs) -> int:
    """``fix --jsonl`` and ``fix ... --out-dir``: check the options, run, give the exit code."""
    from repair.api import Repairer
    from repair.cli import fix_many

    if request.in_place:
        fail("--in-place repairs one text file; use --out-dir for many, -o for JSONL")
    repairer = Repairer(request.config, text_field=request.text_field, id_field=request.id_field)
    paths = request.paths
    if request.out_dir is None:
        if len(paths) > 1 or any(map(_is_collection, paths)):
            fail("several inputs, a folder or a pattern need --out-dir")
        if request.report:
            fail("with --jsonl the changes are in each record's 'repair' object: drop --report")
        return fix_many.fix_jsonl(
            paths[0] if paths else "-",
            request.output,
            repairer,
            on_error=request.on_error.value,
            max_errors=request.max_errors,
            jobs=request.jobs,
            errors=request.errors.value,
        )
    if request.output:
        fail("--output names one file: with --out-dir the outputs go into that folder")
    if not paths:
        fail("--out-dir needs inputs: files, folders or glob patterns")
    return fix_many.fix_batch(
        paths,
        request.out_dir,
        request.report,
        repairer,
        jsonl=request.jsonl,
        on_error=request.on_error.value,
        max_errors=request.max_errors,
        jobs=request.jobs,
        errors=request.errors.value,
    )


#: ``check --format`` choices: every registered output format.
CheckFormat = StrEnum("CheckFormat", {name: name for name in FORMATS})


@repair_options(mt=False)
def check(
    path: PathArg,
    format: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format: sarif for code-scanning dashboards, rdjsonl for reviewdog, "
            "unified for 'patch -p1' and 'git apply'.",
        ),
    ] = CheckFormat.text,
    options: RepairOptions = SHARED_OPTIONS,
) -> None:
    """List what is wrong without changing anything. Exit 0 clean, 1 damage found, 2 bad input."""
    result = options.repair(path)
    write_output(None, FORMATS.get(format.value)().render(source_name(path), result))
    raise typer.Exit(1 if result.changes else 0)


@repair_options(mt=True)
def diff(
    path: PathArg,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colours (default: on a terminal).")
    ] = None,
    unified: Annotated[
        bool,
        typer.Option(
            "--unified", "-u", help="A unified diff of the file for 'patch -p1' or 'git apply'."
        ),
    ] = False,
    options: RepairOptions = SHARED_OPTIONS,
) -> None:
    """Show each change as a word-level diff in its context, with its reason."""
    from repair.formats.diff import ColorDiffFormat, DiffFormat

    result = options.repair(path)
    name = source_name(path)
    if unified:
        write_output(None, FORMATS.get("unified")().render(name, result))
        return
    use_color = sys.stdout.isatty() and "NO_COLOR" not in os.environ if color is None else color
    if use_color:
        from rich.console import Console

        Console(highlight=False, soft_wrap=True).print(
            ColorDiffFormat().render(name, result), end=""
        )
    else:
        write_output(None, DiffFormat().render(name, result))


def revert(
    report: Annotated[str, typer.Argument(help="A JSON report written by 'repair fix --report'.")],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write the original text here.")
    ] = None,
) -> None:
    """Print the original text a report was made from (byte for byte)."""
    from repair.core.report import revert_report

    raw = read_text(report)
    try:
        original = revert_report(raw)
    except ValueError as exc:
        fail(f"{report}: {exc}")
    write_output(output, original)
