"""A line per change, in the ``file:line:col`` style editors and people both read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from repair.core.lines import line_col
from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult


def _short(text: str | None, width: int = 60) -> str:
    if text is None:
        return "(flag)"
    shown = repr(text)
    return shown if len(shown) <= width else shown[: width - 4] + "…" + shown[-3:]


@register
class TextFormat(Formatter):
    name = "text"
    description = "one line per change: file:line:col kind rule message"

    def render(self, source: str, result: RepairResult) -> str:
        lines = []
        for change in result.changes:
            line, col = line_col(result.input, change.start)
            what = (
                f"{_short(change.original)} → {_short(change.replacement)}"
                if change.replacement is not None
                else f"{_short(change.original)} (for review)"
            )
            lines.append(
                f"{source}:{line}:{col}: {change.kind} [{change.rule}] {change.action}: "
                f"{what} — {change.message}"
            )
        fixes = len(result.text_changes)
        flags = len(result.flags)
        lines.append(f"{source}: {fixes} fix(es), {flags} flag(s)")
        return "\n".join(lines) + "\n"
