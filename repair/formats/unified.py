"""A unified diff of the whole file, for ``patch -p1`` and ``git apply``.

Lines are split on LF only, so CRLF and lone CR survive byte for byte inside the lines;
a last line without a line end gets the ``\\ No newline at end of file`` marker that
both tools need to recreate it exactly. Paths get git's ``a/`` and ``b/`` prefixes.
"""

from __future__ import annotations

import difflib
import os
from typing import TYPE_CHECKING

from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult

NO_NEWLINE = "\\ No newline at end of file\n"
CONTEXT_LINES = 3


def split_lines(text: str) -> list[str]:
    """Lines with their LF kept (``str.splitlines`` would also split on CR, FF, U+2028...)."""
    lines = text.split("\n")
    last = lines.pop()
    kept = [line + "\n" for line in lines]
    if last:
        kept.append(last)
    return kept


def patch_path(source: str) -> str:
    """The path patch tools see: relative to the working folder when the file is below it."""
    if source in ("-", "<stdin>"):
        return "stdin"
    relative = os.path.relpath(source)
    if relative.startswith(os.pardir + os.sep) or relative == os.pardir:
        relative = os.path.abspath(source).lstrip(os.sep)
    return relative.replace(os.sep, "/")


def unified_diff(before: str, after: str, path: str) -> str:
    """The patch that turns ``before`` into ``after`` (empty when they are equal)."""
    if before == after:
        return ""
    out: list[str] = []
    for line in difflib.unified_diff(
        split_lines(before),
        split_lines(after),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
        n=CONTEXT_LINES,
    ):
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


@register
class UnifiedFormat(Formatter):
    name = "unified"
    description = "unified diff of the whole file, for patch -p1 and git apply"

    def render(self, source: str, result: RepairResult) -> str:
        return unified_diff(result.input, result.text, patch_path(source))
