"""The ``repair.report/1`` JSON report."""

from __future__ import annotations

import json

from repair.formats.base import Formatter, register
from repair.pipeline import RepairResult


@register
class JsonFormat(Formatter):
    name = "json"
    description = "the repair.report/1 JSON object (repaired text and changes)"

    def render(self, source: str, result: RepairResult) -> str:
        return json.dumps(result.report(), ensure_ascii=False, indent=2) + "\n"
