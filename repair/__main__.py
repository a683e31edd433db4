"""The ``repair`` command and ``python -m repair``.

The command line (repair/cli/) imports typer and its command modules before it can catch
anything; an interrupt (Ctrl-C) in that first tenth of a second must end like one during the
run, with exit status 130 and one line, not a traceback through the imports.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Load the command line under a guard, then hand over to it."""
    try:
        from repair.cli.app import main as run_command_line
    except KeyboardInterrupt:
        sys.stderr.write("repair: interrupted\n")
        raise SystemExit(130) from None
    run_command_line()


if __name__ == "__main__":
    main()
