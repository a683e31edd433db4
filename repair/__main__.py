"""The ``repair`` command and ``python -m repair``.

The command line (repair/cli/) imports typer and its command modules before it can catch
anything; an interrupt (Ctrl-C) in that first tenth of a second must end like one during the
run, with exit status 130 and one line, not a traceback through the imports. While they load,
an interrupt is only noted: raised inside an import's clean-up callback, Python would print
it as an ignored exception with a traceback and go on.
"""

from __future__ import annotations

import signal
import sys


def main() -> None:
    """Load the command line under a guard, then hand over to it."""
    interrupted: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: interrupted.append(signum))
    try:
        from repair.cli.app import main as run_command_line
    except KeyboardInterrupt:
        interrupted.append(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    if interrupted:
        sys.stderr.write("repair: interrupted\n")
        raise SystemExit(130)
    run_command_line()


if __name__ == "__main__":
    main()
