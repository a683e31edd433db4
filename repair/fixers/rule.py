"""The fixer for rule findings: a registered pure fix function, or the detector's suggestion."""

from __future__ import annotations

from repair.core.document import Document
from repair.core.edits import Edit, Finding
from repair.fixers.base import Fixer, register
from repair.rules import FIXES


@register
class RuleFixer(Fixer):
    name = "rule"

    def handles(self, finding: Finding) -> bool:
        return finding.suggestion is not None or finding.rule in FIXES

    def propose(self, items: list[tuple[Document, Finding]]) -> list[Edit]:
        edits = []
        for doc, finding in items:
            if finding.suggestion is not None:
                replacement = finding.suggestion
            else:
                replacement = FIXES.get(finding.rule)(doc.text[finding.start : finding.end])
            edits.append(Edit.from_finding(finding, replacement))
        return edits
