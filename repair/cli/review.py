"""``repair review`` and ``apply``: a page to accept or reject each change, then only the
accepted changes applied to the file."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from repair.cli.options import (
    SHARED_OPTIONS,
    PathArg,
    RepairOptions,
    check_distinct,
    fail,
    repair_options,
    save_report,
    source_name,
)
from repair.io import read_text, write_output

if TYPE_CHECKING:
    from repair.core.result import RepairResult


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


def _proposed(
    path: str, from_report: str | None, options: RepairOptions, *, exact: bool
) -> RepairResult:
    """The changes proposed for PATH: a fresh repair, or those of a saved report.

    ``exact`` demands that the report was made from PATH as it is now; ``apply`` does not,
    because it checks each accepted change against the file on its own.
    """
    if from_report is None:
        return options.repair(path)
    from repair.core.edits import revert_changes
    from repair.core.report import parse_report
    from repair.core.result import RepairResult

    text = read_text(path, options.errors.value)
    try:
        repaired, changes = parse_report(json.loads(read_text(from_report)))
        if exact and revert_changes(repaired, changes) != text:
            fail(f"{from_report}: this report was not made from {path} as it is now")
    except json.JSONDecodeError as exc:
        fail(f"{from_report}: not JSON ({exc.msg} at line {exc.lineno})")
    except ValueError as exc:
        fail(f"{from_report}: {exc}")
    return RepairResult(text, repaired, tuple(changes))


@repair_options(mt=True)
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
    options: RepairOptions = SHARED_OPTIONS,
) -> None:
    """Write one self-contained HTML page to accept or reject each change.

    Its export button saves the decisions for 'repair apply'.
    """
    from repair.review.page import build_page, export_stem

    check_distinct(path, {"--output": output, "--report": report})
    result = _proposed(path, from_report, options, exact=True)
    name = source_name(path)
    saved = report or from_report
    stem = export_stem(name)
    hint = f"repair apply {path} --decisions {stem}.decisions.json -o {stem}.reviewed.txt" + (
        f" --from-report {saved}" if saved else ""
    )
    page = build_page(name, result, apply_hint=hint)
    if report:
        save_report(report, result.report())
    write_output(output, page)


@repair_options(mt=True)
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
    options: RepairOptions = SHARED_OPTIONS,
) -> None:
    """Apply only the accepted changes of a review to PATH (standard output by default).

    A change whose original is no longer in the file at its place is skipped with a warning.
    A change the decisions file does not mention is left out unless --undecided accept.
    """
    from repair.core.report import make_report
    from repair.review.decisions import apply_decisions, parse_decisions

    check_distinct(path, {"--output": output, "--report": report}, input_may_be="--output")
    try:
        chosen = parse_decisions(read_text(decisions))
    except ValueError as exc:
        fail(f"{decisions}: {exc}")
    result = _proposed(path, from_report, options, exact=False)
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
        save_report(report, make_report(text, selection.accepted))
    write_output(output, text)
