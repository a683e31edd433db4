"""The small core every other part builds on: documents, findings, edits and changes, the
result of a repair, line numbers and the report."""

from repair.core.document import Document
from repair.core.edits import (
    ACTIONS,
    KINDS,
    Change,
    Edit,
    Finding,
    apply_changes,
    revert_changes,
)
from repair.core.lines import LineIndex, line_col
from repair.core.result import RepairResult

__all__ = [
    "ACTIONS",
    "KINDS",
    "Change",
    "Document",
    "Edit",
    "Finding",
    "LineIndex",
    "RepairResult",
    "apply_changes",
    "line_col",
    "revert_changes",
]
