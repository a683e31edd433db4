"""The ``repair`` command line: a thin front end over the pipeline.

Exit codes follow the linters' convention: 0 done (``check``: clean), 1 damage found
(``check``), 2 bad usage or bad input. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from enum import StrEnum
from typing import Annotated, NoReturn

import typer

from repair.formats import FORMATS  # light: format modules import the pipeline lazily
from repair.io import InputError, OutputError, read_text, write_output, write_text_atomic

app = typer.Typer(
    name="repair",
    help="Detect and repair damage in machine-translated, scraped articles. "
    "Every fix is explained and can be reverted from its report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: rich-formatted help costs a quarter of a second of imports.
    rich_markup_mode=None,
)

from repair.cli.models import models_app  # noqa: E402 - light: typer only

app.add_typer(models_app, name="models")


class Errors(StrEnum):
    strict = "strict"
    replace = "replace"


PathArg = Annotated[str, typer.Argument(help="Input file, or - for standard input.")]
TargetLang = Annotated[
    str, typer.Option("--target-lang", help="Language the article should be in.")
]
SourceLang = Annotated[
    str,
    typer.Option("--source-lang", help="Language it was translated from (fr, ...) or 'auto'."),
]
ErrorsOpt = Annotated[
    Errors,
    typer.Option(
        "--errors",
        help="Invalid UTF-8: 'strict' stops with an error, 'replace' repairs it with U+FFFD.",
    ),
]
MtOpt = Annotated[
    bool, typer.Option("--mt/--no-mt", help="Retranslate foreign spans with a local model.")
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Translation model name (see 'repair models list').")
]


#: More replicas than this rarely help: a batch of spans makes only a few sub-batches.
MAX_AUTO_MT_THREADS = 4


def auto_mt_threads(jobs: int) -> int:
    """One translation thread per core left to each worker process, at least one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_AUTO_MT_THREADS, (cores or 1) // jobs))


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"repair: error: {message}", err=True)
    raise typer.Exit(code)


def _config(
    target_lang: str,
    source_lang: str,
    mt: bool = True,
    model: str | None = None,
    mt_threads: int = 1,
):
    from repair.config import RepairConfig

    return RepairConfig(
        target_lang=target_lang,
        source_lang=source_lang,
        mt=mt,
        model=model,
        mt_threads=mt_threads,
    )


def _repair(path: str, config, errors: Errors):
    from repair.pipeline import Pipeline

    text = read_text(path, errors.value)
    return Pipeline(config).repair(text)


class OnError(StrEnum):
    mark = "mark"
    drop = "drop"
    fail = "fail"


@app.command()
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
    target_lang: TargetLang = "en",
    source_lang: SourceLang = "auto",
    mt: MtOpt = True,
    model: ModelOpt = None,
    errors: ErrorsOpt = Errors.strict,
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
    if jsonl or many:
        config = _config(target_lang, source_lang, mt, model, mt_threads or auto_mt_threads(jobs))
        raise typer.Exit(
            _fix_many(paths, output, in_place, report, config, errors, jsonl, text_field,
                      id_field, on_error, max_errors, out_dir, jobs)
        )  # fmt: skip
    if not paths:
        fail("missing PATH (a file, or - for standard input)")
    path = paths[0]
    if in_place and (path == "-" or output):
        fail("--in-place needs a file path and no --output")
    if backup and not in_place:
        fail("--backup only goes with --in-place")
    config = _config(target_lang, source_lang, mt, model, mt_threads or auto_mt_threads(1))
    if _is_large(path):
        from repair.cli.large_files import fix_large_file
        from repair.pipeline import Pipeline

        fix_large_file(path, output, in_place=in_place, backup=backup, report=report,
                       pipeline=Pipeline(config), errors=errors.value)  # fmt: skip
        return
    result = _repair(path, config, errors)
    if report:
        write_text_atomic(report, json.dumps(result.report(), ensure_ascii=False, indent=2) + "\n")
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


def _fix_many(
    paths: list[str],
    output: str | None,
    in_place: bool,
    report: str | None,
    config,
    errors: Errors,
    jsonl: bool,
    text_field: str,
    id_field: str | None,
    on_error: OnError,
    max_errors: int | None,
    out_dir: str | None,
    jobs: int,
) -> int:
    """``fix --jsonl`` and ``fix ... --out-dir``: check the options, run, give the exit code."""
    from repair.api import Repairer
    from repair.cli import fix_many as commands

    if in_place:
        fail("--in-place repairs one text file; use --out-dir for many, -o for JSONL")
    repairer = Repairer(config, text_field=text_field, id_field=id_field)
    if out_dir is None:
        if len(paths) > 1 or any(map(_is_collection, paths)):
            fail("several inputs, a folder or a pattern need --out-dir")
        if report:
            fail("with --jsonl the changes are in each record's 'repair' object: drop --report")
        path = paths[0] if paths else "-"
        return commands.fix_jsonl(
            path, output, repairer, on_error=on_error.value, max_errors=max_errors,
            jobs=jobs, errors=errors.value,
        )  # fmt: skip
    if output:
        fail("--output names one file: with --out-dir the outputs go into that folder")
    if not paths:
        fail("--out-dir needs inputs: files, folders or glob patterns")
    return commands.fix_batch(
        paths, out_dir, report, repairer, jsonl=jsonl, on_error=on_error.value,
        max_errors=max_errors, jobs=jobs, errors=errors.value,
    )  # fmt: skip


#: ``check --format`` choices: every registered output format.
CheckFormat = StrEnum("CheckFormat", {name: name for name in FORMATS})


@app.command()
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
    target_lang: TargetLang = "en",
    source_lang: SourceLang = "auto",
    mt: MtOpt = False,
    model: ModelOpt = None,
    errors: ErrorsOpt = Errors.strict,
) -> None:
    """List what is wrong without changing anything. Exit 0 clean, 1 damage found, 2 bad input."""
    result = _repair(path, _config(target_lang, source_lang, mt, model), errors)
    name = "<stdin>" if path == "-" else path
    write_output(None, FORMATS.get(format.value)().render(name, result))
    raise typer.Exit(1 if result.changes else 0)


@app.command()
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
    target_lang: TargetLang = "en",
    source_lang: SourceLang = "auto",
    mt: MtOpt = True,
    model: ModelOpt = None,
    errors: ErrorsOpt = Errors.strict,
) -> None:
    """Show each change as a word-level diff in its context, with its reason."""
    from repair.formats.diff import ColorDiffFormat, DiffFormat

    result = _repair(path, _config(target_lang, source_lang, mt, model), errors)
    name = "<stdin>" if path == "-" else path
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


@app.command()
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


class Verdict(StrEnum):
    accept = "accept"
    reject = "reject"


FromReportOpt = Annotated[
    str | None,
    typer.Option(
        "--from-report",
        help="Take the proposed changes from this report ('repair fix --report', "
        "'repair review --report') instead of repairing PATH again.",
    ),
]


def _proposed(path: str, from_report: str | None, config, errors: Errors, *, exact: bool):
    """The changes proposed for PATH: a fresh repair, or those of a saved report.

    ``exact`` demands that the report was made from PATH as it is now; ``apply`` does not,
    because it checks each accepted change against the file on its own.
    """
    if from_report is None:
        return _repair(path, config, errors)
    from repair.core.edits import revert_changes
    from repair.core.report import parse_report
    from repair.core.result import RepairResult

    text = read_text(path, errors.value)
    try:
        repaired, changes = parse_report(json.loads(read_text(from_report)))
        if exact and revert_changes(repaired, changes) != text:
            fail(f"{from_report}: this report was not made from {path} as it is now")
    except json.JSONDecodeError as exc:
        fail(f"{from_report}: not JSON ({exc.msg} at line {exc.lineno})")
    except ValueError as exc:
        fail(f"{from_report}: {exc}")
    return RepairResult(text, repaired, tuple(changes))


@app.command()
def review(
    path: PathArg,
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write the HTML page here.")
    ] = None,
    report: Annotated[
        str | None,
        typer.Option("--report", help="Also write the JSON report the page shows."),
    ] = None,
    from_report: FromReportOpt = None,
    target_lang: TargetLang = "en",
    source_lang: SourceLang = "auto",
    mt: MtOpt = True,
    model: ModelOpt = None,
    errors: ErrorsOpt = Errors.strict,
) -> None:
    """Write one self-contained HTML page to accept or reject each change.

    Its export button saves the decisions for 'repair apply'.
    """
    from repair.review.page import build_page, export_stem

    result = _proposed(
        path, from_report, _config(target_lang, source_lang, mt, model), errors, exact=True
    )
    name = "<stdin>" if path == "-" else path
    saved = report or from_report
    stem = export_stem(name)
    hint = f"repair apply {path} --decisions {stem}.decisions.json -o {stem}.reviewed.txt" + (
        f" --from-report {saved}" if saved else ""
    )
    page = build_page(name, result, apply_hint=hint)
    if report:
        write_text_atomic(report, json.dumps(result.report(), ensure_ascii=False, indent=2) + "\n")
    write_output(output, page)


@app.command()
def apply(
    path: PathArg,
    decisions: Annotated[
        str,
        typer.Option("--decisions", help="The repair.decisions/1 JSON the review page exports."),
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write the text here.")
    ] = None,
    report: Annotated[
        str | None,
        typer.Option("--report", help="Write the JSON report of the applied changes here."),
    ] = None,
    from_report: FromReportOpt = None,
    undecided: Annotated[
        Verdict,
        typer.Option(
            "--undecided",
            help="A change the decisions file does not mention: 'reject' leaves the text "
            "as it is, 'accept' applies it.",
        ),
    ] = Verdict.reject,
    target_lang: TargetLang = "en",
    source_lang: SourceLang = "auto",
    mt: MtOpt = True,
    model: ModelOpt = None,
    errors: ErrorsOpt = Errors.strict,
) -> None:
    """Apply only the accepted changes of a review to PATH (standard output by default).

    A change whose original is no longer in the file at its place is skipped with a warning.
    A change the decisions file does not mention is left out unless --undecided accept.
    """
    from repair.core.report import make_report
    from repair.review.decisions import apply_decisions, parse_decisions

    try:
        chosen = parse_decisions(read_text(decisions))
    except ValueError as exc:
        fail(f"{decisions}: {exc}")
    result = _proposed(
        path, from_report, _config(target_lang, source_lang, mt, model), errors, exact=False
    )
    try:
        text, selection = apply_decisions(
            result.input, result.changes, chosen, undecided=undecided.value
        )
    except ValueError as exc:
        fail(f"{from_report or path}: {exc}")
    for warning in selection.warnings:
        typer.echo(f"repair: warning: {warning}", err=True)
    typer.echo(
        f"repair: applied {len(selection.accepted)} change(s); {selection.rejected} rejected "
        f"({selection.undecided} without a decision: {undecided.value}ed), "
        f"{len(selection.warnings)} warning(s)",
        err=True,
    )
    if report:
        record = make_report(text, selection.accepted)
        write_text_atomic(report, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    write_output(output, text)


def main() -> None:
    """Console-script entry point: user errors become one line and exit 2."""
    try:
        app(standalone_mode=True)
    except (InputError, OutputError) as exc:
        typer.echo(f"repair: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        # A closed pipe (``| head``) ends quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        typer.echo("repair: interrupted", err=True)
        sys.exit(130)
    finally:
        # The run is over, finished or not: an interrupt while the interpreter shuts down
        # must not turn its exit status into "killed by SIGINT".
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    main()
