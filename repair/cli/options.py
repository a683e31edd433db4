"""What the commands share: the options of every repairing command (declared once), the
one-line error, and the report file.

``fix``, ``check``, ``diff``, ``review`` and ``apply`` all repair a text, so they all take
``--target-lang``, ``--source-lang``, ``--mt/--no-mt``, ``--model``, ``--errors`` and
``--cosmetic-flags``. The :func:`repair_options` decorator adds that block to a command's
signature, where the command puts its ``options`` parameter, and hands the values over as
one :class:`RepairOptions`; a new shared option is added here, once.

Nothing here imports the pipeline: ``repair --help`` must stay quick.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from repair.io import read_text, write_output

if TYPE_CHECKING:
    from repair.config import RepairConfig
    from repair.core.result import RepairResult

Command = TypeVar("Command", bound=Callable[..., Any])

#: More replicas than this rarely help: a batch of spans makes only a few sub-batches.
MAX_AUTO_MT_THREADS = 4
#: Heaps glibc's malloc may keep with the model's threads running: the main thread's and one
#: its translator replicas share. By default each new thread gets a heap of its own (up to 8
#: a core), which keeps the memory its batches freed: ``repair fix`` on 5.7 MB of varied
#: English with the model peaked 25-30 MB higher.
MALLOC_ARENAS = 2
#: glibc's ``M_ARENA_MAX`` (malloc.h).
_M_ARENA_MAX = -8


class Errors(StrEnum):
    strict = "strict"
    replace = "replace"


PathArg = Annotated[str, typer.Argument(help="Input file, or - for standard input.")]
TargetLang = Annotated[
    str,
    typer.Option(
        "--target-lang",
        help="Language the article should be in (en, fr, de, es ...), or 'auto': the "
        "article's own language, found by langdetect and named in the report.",
    ),
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
CosmeticOpt = Annotated[
    bool,
    typer.Option(
        "--cosmetic-flags",
        help="Also flag spacing slips nothing else corroborates (a space before a full stop "
        "in clean text); by default they are left unreported.",
    ),
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Translation model name (see 'repair models list').")
]


@dataclass(frozen=True)
class RepairOptions:
    """The options every repairing command takes, as the user gave them."""

    target_lang: str = "en"
    source_lang: str = "auto"
    mt: bool = True
    model: str | None = None
    errors: Errors = Errors.strict
    cosmetic_flags: bool = False

    def config(self, mt_threads: int = 1) -> RepairConfig:
        """The pipeline configuration these options ask for."""
        from repair.config import RepairConfig

        if self.mt:
            limit_malloc_arenas()
        try:
            return RepairConfig(
                target_lang=self.target_lang,
                source_lang=self.source_lang,
                mt=self.mt,
                model=self.model,
                mt_threads=mt_threads,
                cosmetic_flags=self.cosmetic_flags,
            )
        except ValueError as exc:
            fail(str(exc))

    def repair(self, path: str, mt_threads: int = 1) -> RepairResult:
        """Read PATH (or standard input) and repair it with a fresh pipeline."""
        from repair.pipeline import Pipeline

        text = read_text(path, self.errors.value)
        return Pipeline(self.config(mt_threads)).repair(text)


#: Where a command's signature takes the shared options (``options: RepairOptions =
#: SHARED_OPTIONS``); :func:`repair_options` puts the typer parameters in its place.
SHARED_OPTIONS = RepairOptions()


def _shared_parameters(mt: bool) -> list[inspect.Parameter]:
    """The typer parameters of :class:`RepairOptions`, in the order ``--help`` lists them."""
    keyword = inspect.Parameter.KEYWORD_ONLY
    return [
        inspect.Parameter("target_lang", keyword, annotation=TargetLang, default="en"),
        inspect.Parameter("source_lang", keyword, annotation=SourceLang, default="auto"),
        inspect.Parameter("mt", keyword, annotation=MtOpt, default=mt),
        inspect.Parameter("model", keyword, annotation=ModelOpt, default=None),
        inspect.Parameter("errors", keyword, annotation=ErrorsOpt, default=Errors.strict),
        inspect.Parameter("cosmetic_flags", keyword, annotation=CosmeticOpt, default=False),
    ]


def repair_options(*, mt: bool = True) -> Callable[[Command], Command]:
    """Give a command the shared options in place of its ``options: RepairOptions``
    parameter; ``mt`` is the default of ``--mt/--no-mt`` for this command."""

    def decorate(command: Command) -> Command:
        signature = inspect.signature(command, eval_str=True)
        shared = _shared_parameters(mt)
        names = [parameter.name for parameter in shared]
        parameters: list[inspect.Parameter] = []
        for parameter in signature.parameters.values():
            if parameter.name == "options":
                parameters.extend(shared)
            else:
                parameters.append(parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY))
        if len(parameters) == len(signature.parameters):
            raise TypeError(f"{command.__name__} has no 'options' parameter")

        @functools.wraps(command)
        def run(**values: Any) -> Any:
            options = RepairOptions(**{name: values.pop(name) for name in names})
            return command(**values, options=options)

        run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run  # type: ignore[return-value]

    return decorate


@functools.cache
def limit_malloc_arenas() -> None:
    """Cap malloc's heaps at :data:`MALLOC_ARENAS` before the model's threads start (a
    command's process only: a library leaves its host's malloc alone). Where malloc is not
    glibc's, nothing happens."""
    import contextlib
    import ctypes
    import sys

    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).mallopt(_M_ARENA_MAX, MALLOC_ARENAS)


def auto_mt_threads(jobs: int) -> int:
    """One translation thread per core left to each worker process, at least one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_AUTO_MT_THREADS, (cores or 1) // jobs))


def fail(message: str, code: int = 2) -> NoReturn:
    """Stop with one line on stderr (exit 2: bad usage or bad input)."""
    typer.echo(f"repair: error: {message}", err=True)
    raise typer.Exit(code)


def check_distinct(
    input_path: str, outputs: dict[str, str | None], *, input_may_be: str = ""
) -> None:
    """Stop before anything is written when two of a command's files are one file.

    Writes replace files atomically, so the later write would silently replace the earlier:
    a report written over the repaired text, or over the article it was made from.
    ``outputs`` maps each option (``--report``) to its path (None or ``-``: none);
    ``input_may_be`` names the one option allowed to replace the input (``apply -o``).
    """
    seen: dict[str, str] = {}
    if input_path != "-":
        seen[os.path.realpath(input_path)] = "the input"
    for option, path in outputs.items():
        if path is None or path == "-":
            continue
        key = os.path.realpath(path)
        if key in seen and not (option == input_may_be and seen[key] == "the input"):
            fail(f"{option} {path}: {seen[key]} is the same file; give another path")
        seen.setdefault(key, option)


def source_name(path: str) -> str:
    """How outputs name the input."""
    return "<stdin>" if path == "-" else path


def save_report(path: str, report: dict[str, Any]) -> None:
    """Write a ``repair.report/1`` file atomically, or to standard output for ``-``."""
    from repair.core.report import dump_report

    write_output(path, dump_report(report))
