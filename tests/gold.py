"""Score a repair against a gold annotation (``*.gold.json``).

The gold file lists every damage (an exact ``match`` in the input, the ``action`` a
correct repair takes and what it may ``expect``) and the strings that must not change.
This module answers, item by item, whether the repair met it, so tests and reviewers
see exactly which damage is still there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from repair.core.edits import Change, text_changes
from repair.langid.frequency import zipf


@dataclass(frozen=True)
class ItemScore:
    id: str
    kind: str
    required: bool
    met: bool
    detail: str


def load_gold(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def occurrences(text: str, match: str) -> list[int]:
    starts, pos = [], text.find(match)
    while pos != -1:
        starts.append(pos)
        pos = text.find(match, pos + 1)
    return starts


def _output_offset(changes: list[Change], offset: int, side: str) -> int:
    """Output offset of input ``offset``; a change straddling it widens toward ``side``."""
    delta = 0
    for change in changes:
        written = len(change.replacement or "")
        if change.end <= offset and not (change.start == change.end == offset and side == "start"):
            delta += written - (change.end - change.start)
        elif change.start < offset < change.end:
            return change.start + delta + (0 if side == "start" else written)
        else:
            break
    return offset + delta


def map_span(changes: Iterable[Change], start: int, end: int) -> tuple[int, int]:
    """Where input ``[start, end)`` lies in the output; changes crossing its edges widen it."""
    ordered = text_changes(changes)
    return _output_offset(ordered, start, "start"), _output_offset(ordered, end, "end")


def _removed(changes: list[Change], start: int, end: int) -> bool:
    """Every character of ``[start, end)`` is deleted by a change that writes nothing."""
    gone = [(c.start, c.end) for c in changes if c.replacement == ""]
    return all(any(s <= i < e for s, e in gone) for i in range(start, end))


def _touched(changes: list[Change], start: int, end: int, kinds: set[str] | None) -> bool:
    return any(
        c.start < end and start < c.end and (kinds is None or c.kind in kinds) for c in changes
    )


def _reads_as(text: str, lang: str) -> bool:
    words = [w.strip(".,;:!?\"'«»()").lower() for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and all(zipf(w, lang) >= 3.0 for w in words)


def score_item(
    item: Mapping[str, Any], source: str, output: str, changes: list[Change]
) -> ItemScore:
    match = item["match"]
    starts = occurrences(source, match)
    if not starts:
        return ItemScore(
            item["id"],
            item["kind"],
            item.get("required", False),
            False,
            "match not found in the input",
        )
    if item.get("occurrence") != "all":
        starts = starts[:1]
    details = []
    for start in starts:
        end = start + len(match)
        action = item["action"]
        if action == "remove":
            ok = _removed(changes, start, end)
            details.append("removed" if ok else "still there")
        elif action == "fix":
            out_start, out_end = map_span(changes, start, end)
            got = output[out_start:out_end]
            expect = item.get("expect", [])
            ok = got in expect or _removed(changes, start, end)
            if not ok and item.get("expect_language"):
                ok = got != match and _reads_as(got, item["expect_language"])
            details.append(f"{got!r}" + ("" if ok else f" (expected one of {expect})"))
        else:  # flag
            ok = _touched(changes, start, end, {item["kind"]})
            details.append("flagged" if ok else "not flagged")
        if not ok:
            return ItemScore(
                item["id"], item["kind"], item.get("required", False), False, "; ".join(details)
            )
    return ItemScore(
        item["id"], item["kind"], item.get("required", False), True, "; ".join(details)
    )


def score(
    gold: Mapping[str, Any], source: str, output: str, changes: Iterable[Change]
) -> tuple[list[ItemScore], list[str]]:
    """Item scores, and the ``must_not_change`` strings that a text change touched."""
    changes = list(changes)
    items = [score_item(item, source, output, changes) for item in gold["damages"]]
    edits = [c for c in changes if c.replacement is not None]
    broken = []
    for protected in gold.get("must_not_change", []):
        for start in occurrences(source, protected):
            if _touched(edits, start, start + len(protected), None):
                broken.append(protected)
                break
    return items, broken
