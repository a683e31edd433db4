"""Reviewdog diagnostics, one JSON object a line (``reviewdog -f=rdjsonl``).

Reviewdog counts columns in UTF-8 bytes, not characters, and its ranges end exclusive;
a text change becomes a suggestion that reviewdog posts as a "suggested change".
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from repair.core.edits import Change
from repair.formats.base import Formatter, line_col, register

if TYPE_CHECKING:
    from repair.pipeline import RepairResult

SOURCE = {"name": "repair"}


def byte_position(text: str, offset: int) -> dict[str, int]:
    """1-based line and UTF-8 byte column of a code-point offset."""
    line, column = line_col(text, offset)
    line_start = offset - (column - 1)
    prefix = text[line_start:offset]
    return {"line": line, "column": len(prefix.encode("utf-8", "surrogatepass")) + 1}


def _range(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": byte_position(text, start), "end": byte_position(text, end)}


def diagnostic(path: str, text: str, change: Change) -> dict[str, Any]:
    """The reviewdog ``Diagnostic`` of one change."""
    span = _range(text, change.start, change.end)
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
        return "".join(
            json.dumps(diagnostic(source, result.input, change), ensure_ascii=False) + "\n"
            for change in result.changes
        )
