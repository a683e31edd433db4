"""Reviewdog diagnostics, one JSON object a line (``reviewdog -f=rdjsonl``).

Reviewdog counts columns in UTF-8 bytes, not characters, and its ranges end exclusive;
a text change becomes a suggestion that reviewdog posts as a "suggested change".
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from repair.core.edits import Change
from repair.core.lines import LineIndex
from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult

SOURCE = {"name": "repair"}


def byte_position(lines: LineIndex, offset: int) -> dict[str, int]:
    """1-based line and UTF-8 byte column of a code-point offset."""
    line, column = lines.line_col(offset)
    prefix = lines.text[offset - (column - 1) : offset]
    return {"line": line, "column": len(prefix.encode("utf-8", "surrogatepass")) + 1}


def diagnostic(path: str, lines: LineIndex, change: Change) -> dict[str, Any]:
    """The reviewdog ``Diagnostic`` of one change."""
    span = {"start": byte_position(lines, change.start), "end": byte_position(lines, change.end)}
    record: dict[str, Any] = {
        "message": f"{change.kind}: {change.message} (confidence {change.confidence:.2f})",
        "location": {"path": path, "range": span},
        "severity": "WARNING" if change.changes_text else "INFO",
        "source": SOURCE,
        "code": {"value": change.rule},
    }
    if change.replacement is not None:
        record["suggestions"] = [{"range": span, "text": change.replacement}]
    return record


@register
class RdjsonlFormat(Formatter):
    name = "rdjsonl"
    description = "reviewdog diagnostics, one JSON object per line, with suggested changes"

    def render(self, source: str, result: RepairResult) -> str:
        lines = LineIndex(result.input)
        return "".join(
            json.dumps(diagnostic(source, lines, change), ensure_ascii=False) + "\n"
            for change in result.changes
        )
