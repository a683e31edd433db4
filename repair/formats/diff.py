"""A word-level diff of each change in its context, with the reason beside it.

Colours for a terminal (rich markup); the wdiff convention ``[-old-]{+new+}`` otherwise,
so the output stays readable in a pipe or a log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from repair.core.edits import Change
from repair.core.lines import line_col
from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult

_CONTEXT = 40


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    left = left.rsplit("\n", 1)[-1]
    right = right.split("\n", 1)[0]
    if start - len(left) > 0 and " " in left:
        left = "…" + left.split(" ", 1)[1]
    if end + len(right) < len(text) and " " in right:
        right = right.rsplit(" ", 1)[0] + "…"
    return left, right


def escape(text: str) -> str:
    """Rich markup escaping, imported on first use (rich is slow to import)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _visible(text: str) -> str:
    return text.replace("\n", "⏎").replace("\r", "␍").replace("\t", "⇥")


@register
class DiffFormat(Formatter):
    """Plain-text word diff (``[-old-]{+new+}``)."""

    name = "diff"
    description = "word-level diff of each change in context, with its reason"
    color = False

    def render(self, source: str, result: RepairResult) -> str:
        out = [self._header(source, result)]
        for change in result.changes:
            out.append(self._change(source, result.input, change))
        return "\n".join(out) + "\n"

    def _header(self, source: str, result: RepairResult) -> str:
        header = f"{source}: {len(result.text_changes)} fix(es), {len(result.flags)} flag(s)"
        return f"[bold]{escape(header)}[/bold]" if self.color else header

    def _change(self, source: str, text: str, change: Change) -> str:
        line, col = line_col(text, change.start)
        left, right = _context(text, change.start, change.end)
        old = _visible(change.original)
        new = None if change.replacement is None else _visible(change.replacement)
        where = f"{source}:{line}:{col} {change.kind} [{change.rule}]"
        if self.color:
            left, right, old = escape(_visible(left)), escape(_visible(right)), escape(old)
            if new is None:
                body = f"{left}[yellow underline]{old}[/]{right}"
            else:
                inserted = f"[green bold]{escape(new)}[/]" if new else ""
                body = f"{left}[red strike]{old}[/]{inserted}{right}"
            return (
                f"[cyan]{escape(where)}[/]\n  {body}\n  [dim]↳ {escape(change.message)} "
                f"(confidence {change.confidence:.2f})[/]"
            )
        if new is None:
            body = f"{_visible(left)}[?{old}?]{_visible(right)}"
        else:
            inserted = f"{{+{new}+}}" if new else ""
            body = f"{_visible(left)}[-{old}-]{inserted}{_visible(right)}"
        return f"{where}\n  {body}\n  ↳ {change.message} (confidence {change.confidence:.2f})"


class ColorDiffFormat(DiffFormat):
    """The same diff as rich markup, for a terminal."""

    color = True
