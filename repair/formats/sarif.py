"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, VS Code SARIF viewer).

Columns are counted in code points (``columnKind: unicodeCodePoints``), the same unit as
the report's offsets, so a region and its ``charOffset`` point at the same text. Each
text change carries a SARIF ``fix`` so that a viewer can offer the replacement; the
change id is the result's fingerprint, so a dashboard tracks one change across runs.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from repair import __version__
from repair.core.edits import Change
from repair.core.lines import LineIndex
from repair.formats.base import Formatter, register

if TYPE_CHECKING:
    from repair.core.result import RepairResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"


def _region(lines: LineIndex, start: int, end: int, *, snippet: bool) -> dict[str, Any]:
    start_line, start_column = lines.line_col(start)
    end_line, end_column = lines.line_col(end)
    region: dict[str, Any] = {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
    }
    if snippet:
        region["snippet"] = {"text": lines.text[start:end]}
    return region


def _result(uri: str, lines: LineIndex, change: Change, rule_index: int) -> dict[str, Any]:
    location = {"artifactLocation": {"uri": uri}}
    result: dict[str, Any] = {
        "ruleId": change.rule,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": "warning" if change.changes_text else "note",
        "message": {"text": change.message},
        "locations": [
            {
                "physicalLocation": {
                    **location,
                    "region": _region(lines, change.start, change.end, snippet=True),
                }
            }
        ],
        "partialFingerprints": {"repairChangeId/v1": change.id},
        "properties": {
            "changeId": change.id,
            "kind": change.kind,
            "action": change.action,
            "confidence": change.confidence,
            "origin": change.origin,
        },
    }
    if change.replacement is not None:
        verb = "Delete" if change.replacement == "" else "Replace with"
        shown = "" if change.replacement == "" else f" {change.replacement!r}"
        result["fixes"] = [
            {
                "description": {"text": f"{verb}{shown} ({change.rule})"},
                "artifactChanges": [
                    {
                        **location,
                        "replacements": [
                            {
                                "deletedRegion": _region(
                                    lines, change.start, change.end, snippet=False
                                ),
                                "insertedContent": {"text": change.replacement},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def sarif_log(source: str, result: RepairResult) -> dict[str, Any]:
    """The SARIF log object of one input (one run, one result per change)."""
    rules: dict[str, int] = {}
    descriptors: list[dict[str, Any]] = []
    for change in result.changes:
        if change.rule not in rules:
            rules[change.rule] = len(descriptors)
            descriptors.append(
                {
                    "id": change.rule,
                    "name": change.rule,
                    "shortDescription": {"text": f"{change.kind} damage ({change.rule})"},
                    "properties": {"kind": change.kind},
                }
            )
    uri = source.replace("\\", "/")
    lines = LineIndex(result.input)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "repair",
                        "version": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": uri}, "length": len(result.input)}],
                "results": [
                    _result(uri, lines, change, rules[change.rule]) for change in result.changes
                ],
            }
        ],
    }


@register
class SarifFormat(Formatter):
    name = "sarif"
    description = "SARIF 2.1.0 log (code-scanning dashboards), with a fix per change"

    def render(self, source: str, result: RepairResult) -> str:
        return json.dumps(sarif_log(source, result), ensure_ascii=False, indent=2) + "\n"
