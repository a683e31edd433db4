"""The small core every other part builds on: documents, findings, edits and changes."""

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

__all__ = [
    "ACTIONS",
    "KINDS",
    "Change",
    "Document",
    "Edit",
    "Finding",
    "apply_changes",
    "revert_changes",
]
