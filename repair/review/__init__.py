"""Human review of a repair: the HTML review page and the decisions it exports."""

from __future__ import annotations

from repair.review.decisions import (
    DECISIONS_SCHEMA,
    Decision,
    Selection,
    apply_decisions,
    decisions_document,
    parse_decisions,
    select_changes,
)
from repair.review.page import build_page

__all__ = [
    "DECISIONS_SCHEMA",
    "Decision",
    "Selection",
    "apply_decisions",
    "build_page",
    "decisions_document",
    "parse_decisions",
    "select_changes",
]
