"""The JSON report: ``repair.report/1``. Other programs read these names; keep them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from repair.core.edits import Change, revert_changes

REPORT_SCHEMA = "repair.report/1"


def make_report(
    text: str, changes: list[Change] | tuple[Change, ...], target_lang: str | None = None
) -> dict[str, Any]:
    """The report of a repair; ``target_lang`` is named when the tool found it itself
    (``--target-lang auto``), so a reader knows which language's rules ran."""
    report: dict[str, Any] = {"schema": REPORT_SCHEMA, "text": text}
    if target_lang is not None:
        report["target_lang"] = target_lang
    report["changes"] = [c.to_dict() for c in changes]
    return report


def dump_report(report: Mapping[str, Any]) -> str:
    """The report as a file holds it: UTF-8 as written, indented, one final newline.

    Every writer of a report file (``fix``, ``review``, ``apply``, the batch run, the json
    format) goes through here, so their files are byte-identical for the same repair.
    """
    raw = json.dumps(report, ensure_ascii=False, indent=2)
    if not encodable(raw):
        # Bytes that were not UTF-8 (``--errors replace``) are in some change's ``original``:
        # as ``\udcXX`` escapes the file stays UTF-8 and JSON reads them back exactly.
        raw = json.dumps(report, ensure_ascii=True, indent=2)
    return raw + "\n"


def encodable(text: str) -> bool:
    """Whether ``text`` is valid UTF-8 to write: no surrogate escapes of invalid bytes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_report(data: Any) -> tuple[str, list[Change]]:
    """The repaired text and changes of a report; ``ValueError`` with a one-line reason."""
    if not isinstance(data, Mapping):
        raise ValueError("a report is a JSON object")
    if data.get("schema") != REPORT_SCHEMA:
        raise ValueError(f"not a {REPORT_SCHEMA} report (schema: {data.get('schema')!r})")
    text = data.get("text")
    changes = data.get("changes")
    if not isinstance(text, str) or not isinstance(changes, list):
        raise ValueError("a report needs a 'text' string and a 'changes' list")
    return text, [Change.from_dict(c) for c in changes]


def revert_report(raw: str) -> str:
    """The original text from a report's JSON text."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
    text, changes = parse_report(data)
    return revert_changes(text, changes)
