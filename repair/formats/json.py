"""The ``repair.report/1`` JSON report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from repair.core.report import dump_report
from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult


@register
class JsonFormat(Formatter):
    name = "json"
    description = "the repair.report/1 JSON object (repaired text and changes)"

    def render(self, source: str, result: RepairResult) -> str:
        return dump_report(result.report())
