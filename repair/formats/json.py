"""The ``repair.report/1`` JSON report."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult


@register
class JsonFormat(Formatter):
    name = "json"
    description = "the repair.report/1 JSON object (repaired text and changes)"

    def render(self, source: str, result: RepairResult) -> str:
        return json.dumps(result.report(), ensure_ascii=False, indent=2) + "\n"
