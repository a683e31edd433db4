"""The ``repair`` command line: a thin front end over the pipeline.

Exit codes follow the linters' convention: 0 done (``check``: clean), 1 damage found
(``check``), 2 bad usage or bad input. Errors are one line on stderr, never a traceback.

The commands live in one module per group (fix.py: fix, check, diff, revert; review.py:
review, apply; models.py: the ``models`` sub-command); their shared options in options.py.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Annotated

import typer
from typer.core import TyperGroup

from repair import __version__
from repair.cli import fix, review
from repair.cli.models import models_app  # light: typer only
from repair.io import InputError, OutputError


class _Commands(TyperGroup):
    """The command group: a user error (bad input, unwritable output) ends any command with
    one line and exit 2, in process as well (tests run the app with typer's CliRunner)."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except (InputError, OutputError) as exc:
            typer.echo(f"repair: error: {exc}", err=True)
            raise typer.Exit(2) from None


app = typer.Typer(
    name="repair",
    cls=_Commands,
    help="Detect and repair damage in machine-translated, scraped articles. "
    "Every fix is explained and can be reverted from its report.",
    no_args_is_help=True,
    # --install-completion and --show-completion (bash, zsh, fish, PowerShell).
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain click help: rich-formatted help costs a quarter of a second of imports.
    rich_markup_mode=None,
)


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"repair {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Detect and repair damage in machine-translated, scraped articles."""


app.command()(fix.fix)
app.command()(fix.check)
app.command()(fix.diff)
app.command()(fix.revert)
app.command()(review.review)
app.command()(review.apply)
app.add_typer(models_app, name="models")


class Terminated(BaseException):
    """SIGTERM, raised where the run is so that half-written outputs are removed on the way out
    (a ``BaseException`` like ``KeyboardInterrupt``: no ``except Exception`` may swallow it)."""


def _on_sigterm(main_pid: int):
    """The SIGTERM handler: the command unwinds (temporary outputs removed, exit 143) and ends
    its worker processes, which would otherwise finish their queue first. A forked worker
    inherits the handler and simply dies as by default."""

    def handle(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()
        raise Terminated

    return handle


#: Seconds before an interrupt lost in a finalizer is sent again: long enough for the hook and
#: the finalizer to return first.
_RESEND_AFTER = 0.05


def _redeliver_interrupts(unraisable: sys.UnraisableHookArgs) -> None:
    """An interrupt that lands while a finalizer runs (an object's ``__del__`` called by the
    garbage collector) cannot unwind the run: Python prints it, traceback and all, as an
    ignored exception and goes on, and the run ended normally (seen under load: SIGTERM in
    ``SetBase.__del__``). The signal is sent again from another thread a moment later, so
    that it lands after this hook, where the run is (raised here, it would be ignored in
    turn); any other
    unraisable exception goes to Python's own hook."""
    import threading

    kind = unraisable.exc_type
    if kind is not None and issubclass(kind, (Terminated, KeyboardInterrupt)):
        signum = signal.SIGTERM if issubclass(kind, Terminated) else signal.SIGINT
        resend = threading.Timer(_RESEND_AFTER, os.kill, args=(os.getpid(), signum))
        resend.daemon = True
        resend.start()
    else:
        sys.__unraisablehook__(unraisable)


def main() -> None:
    """Console-script entry point: a closed pipe, Ctrl-C and SIGTERM end quietly, in one line."""
    signal.signal(signal.SIGTERM, _on_sigterm(os.getpid()))
    sys.unraisablehook = _redeliver_interrupts
    try:
        app(standalone_mode=True)
    except BrokenPipeError:
        # A closed pipe (``| head``) ends quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        typer.echo("repair: interrupted", err=True)
        sys.exit(130)
    except Terminated:
        typer.echo("repair: terminated", err=True)
        sys.exit(143)
    finally:
        # The run is over, finished or not: an interrupt while the interpreter shuts down
        # must not turn its exit status into "killed by SIGINT".
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


if __name__ == "__main__":
    main()
