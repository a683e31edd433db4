"""Run detectors, let fixers propose edits, resolve collisions, apply and record.

Collision policy (deterministic, documented in the README):

1. Removals of whole lines (boilerplate, repeated titles) win over anything inside them.
2. Then by kind: encoding, entity (names), literalism, foreign, duplicate, garble,
   typography — the more specific repair wins over the generic one.
3. Within a kind, the longer edit wins, then the earlier one, then the rule id.

An edit that overlaps one already kept is dropped. Flags never change text: they are
kept unless a kept removal swallows them.

Corroboration: a fix whose confidence is below ``FIX_CONFIDENCE`` (a lone space before a
full stop, a doubled word) is the kind of slip clean, human-written news also has. It is
applied only when the document shows independent damage — confident fixes by at least
``CORROBORATING_RULES`` other rules — and is otherwise kept as a flag for review.

Stages run in order (``normalize`` first); an edit of a later stage that partly
overlaps an earlier stage's change is dropped, and a later removal that covers earlier
changes replaces them in the record.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Change, Edit, Finding, apply_changes, output_spans
from repair.core.report import make_report
from repair.detectors import DETECTORS, STAGES, Detector
from repair.fixers import FIXER_ORDER, FIXERS, Fixer

#: Fixes below this confidence need corroboration (see the module docstring).
FIX_CONFIDENCE = 0.75
#: How many other rules must have made confident fixes in the document.
CORROBORATING_RULES = 2

KIND_PRIORITY: dict[str, int] = {
    "boilerplate": 0,
    "encoding": 1,
    "entity": 2,
    "literalism": 3,
    "foreign": 4,
    "duplicate": 5,
    "garble": 6,
    "typography": 7,
}


@dataclass(frozen=True)
class RepairResult:
    """The input, the repaired text and the changes between them."""

    input: str
    text: str
    changes: tuple[Change, ...]

    @property
    def changed(self) -> bool:
        return self.text != self.input

    @property
    def text_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.replacement is not None)

    @property
    def flags(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.replacement is None)

    def report(self) -> dict[str, Any]:
        return make_report(self.text, self.changes)


def sort_key(edit: Edit) -> tuple:
    return (
        0 if edit.action == "remove" else 1,
        KIND_PRIORITY.get(edit.kind, 99),
        -(edit.end - edit.start),
        edit.start,
        edit.rule,
    )


def _collides(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    if a_start < b_end and b_start < a_end:
        return True
    # Two insertions at one point, or an insertion strictly inside a replaced range.
    if a_start == a_end:
        return b_start < a_start < b_end or (b_start == b_end == a_start)
    if b_start == b_end:
        return a_start < b_start < a_end
    return False


class _Intervals:
    """Kept text edits, sorted by start, for logarithmic collision checks."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def collides(self, start: int, end: int) -> bool:
        index = bisect_left(self._spans, (start, end))
        for neighbour in self._spans[max(0, index - 1) : index + 2]:
            if _collides(start, end, *neighbour):
                return True
        return False

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))


def resolve(edits: Iterable[Edit]) -> list[Edit]:
    """Keep a deterministic, non-overlapping subset of the text edits, plus the flags."""
    edits = list(edits)
    kept: list[Edit] = []
    taken = _Intervals()
    removals: list[tuple[int, int]] = []
    for edit in sorted((e for e in edits if e.replacement is not None), key=sort_key):
        if taken.collides(edit.start, edit.end):
            continue
        taken.add(edit.start, edit.end)
        kept.append(edit)
        if edit.action == "remove":
            removals.append((edit.start, edit.end))
    seen: set[tuple[int, int, str]] = set()
    for flag in sorted((e for e in edits if e.replacement is None), key=sort_key):
        key = (flag.start, flag.end, flag.rule)
        swallowed = any(s <= flag.start and flag.end <= e for s, e in removals)
        if key not in seen and not swallowed:
            seen.add(key)
            kept.append(flag)
    return sorted(kept, key=lambda e: (e.start, e.end, e.rule))


def corroborate(edits: list[Edit], earlier: Sequence[Change] = ()) -> list[Edit]:
    """Turn unconfirmed low-confidence fixes into flags (see the module docstring)."""
    confident = {
        e.rule for e in edits if e.replacement is not None and e.confidence >= FIX_CONFIDENCE
    } | {c.rule for c in earlier if c.replacement is not None and c.confidence >= FIX_CONFIDENCE}
    result = []
    for edit in edits:
        if (
            edit.replacement is not None
            and edit.confidence < FIX_CONFIDENCE
            and len(confident - {edit.rule}) < CORROBORATING_RULES
        ):
            edit = Edit(
                edit.start,
                edit.end,
                None,
                "flag",
                edit.kind,
                edit.rule,
                edit.confidence,
                f"{edit.message} (left for review: no other damage in this document "
                "corroborates it)",
                edit.origin,
            )
        result.append(edit)
    return result


class _StageMap:
    """Maps offsets of a stage's output text back to the input of the whole run."""

    def __init__(self, changes: Sequence[Change]) -> None:
        self._regions = [(o_start, o_end, c) for c, o_start, o_end in output_spans(changes)]

    def to_input(self, edit: Edit) -> tuple[Edit, list[Change]] | None:
        """The edit in input offsets and the earlier changes it covers, or ``None``."""
        delta_start = delta_end = 0
        covered: list[Change] = []
        start, end = edit.start, edit.end
        new_start = new_end = None
        for o_start, o_end, change in self._regions:
            shift = (o_end - o_start) - (change.end - change.start)
            if o_end <= start and not (o_start == o_end == start):
                delta_start += shift
                delta_end += shift
                continue
            if o_start >= end and not (o_start == o_end == end and start < end):
                break
            if start <= o_start and o_end <= end and (start < end or edit.replacement is None):
                covered.append(change)
                delta_end += shift
                continue
            if edit.replacement is not None:
                return None  # partial overlap with an earlier change: leave it for a rerun
            # A flag simply widens to the whole earlier change.
            if o_start < start:
                new_start = change.start
                delta_end += shift
            if o_end > end:
                new_end = change.end
        mapped_start = new_start if new_start is not None else start - delta_start
        mapped_end = new_end if new_end is not None else end - delta_end
        if covered and edit.replacement is not None and edit.action != "remove":
            return None
        mapped = Edit(
            mapped_start,
            mapped_end,
            edit.replacement,
            edit.action,
            edit.kind,
            edit.rule,
            edit.confidence,
            edit.message,
            edit.origin,
        )
        return mapped, covered


class Pipeline:
    """Detectors, fixers and the collision policy, configured once and reused."""

    def __init__(self, config: RepairConfig | None = None) -> None:
        self.config = config or RepairConfig()
        self.detectors: dict[str, list[Detector]] = {stage: [] for stage in STAGES}
        names = self.config.detectors if self.config.detectors is not None else list(DETECTORS)
        for name in names:
            cls = DETECTORS.get(name)
            if name in self.config.disabled or not cls.applies_to(self.config):
                continue
            self.detectors[cls.stage].append(cls(self.config))
        self.fixers: list[Fixer] = [FIXERS.get(name)(self.config) for name in FIXER_ORDER]

    def repair(self, text: str) -> RepairResult:
        return self.repair_many([text])[0]

    def repair_many(self, texts: Sequence[str]) -> list[RepairResult]:
        """Repair a batch; each stage's fixers see the findings of the whole batch at once."""
        inputs = list(texts)
        current = list(inputs)
        records: list[list[Change]] = [[] for _ in inputs]
        for stage in STAGES:
            detectors = self.detectors[stage]
            if not detectors:
                continue
            docs = [self._document(text) for text in current]
            findings: list[list[Finding]] = [[] for _ in docs]
            for detector in detectors:
                for index, found in enumerate(detector.detect_batch(docs)):
                    findings[index].extend(found)
            edits = self._propose(docs, findings)
            for index, doc_edits in enumerate(edits):
                doc_edits = corroborate(doc_edits, records[index])
                records[index] = self._merge_stage(inputs[index], records[index], doc_edits)
                current[index] = apply_changes(inputs[index], records[index])
        return [RepairResult(inputs[i], current[i], tuple(records[i])) for i in range(len(inputs))]

    def _document(self, text: str) -> Document:
        return Document(
            text, target_lang=self.config.target_lang, source_lang=self.config.source_lang
        )

    def _propose(self, docs: list[Document], findings: list[list[Finding]]) -> list[list[Edit]]:
        edits: list[list[Edit]] = [[] for _ in docs]
        queues: dict[int, list[tuple[int, Document, Finding]]] = {}
        for index, (doc, found) in enumerate(zip(docs, findings, strict=True)):
            for finding in found:
                if finding.action == "flag":
                    edits[index].append(Edit.from_finding(finding, None))
                    continue
                for position, fixer in enumerate(self.fixers):
                    if fixer.handles(finding):
                        queues.setdefault(position, []).append((index, doc, finding))
                        break
                else:
                    edits[index].append(
                        Edit.from_finding(
                            finding,
                            None,
                            message=f"{finding.message} (no fixer for {finding.rule}: flagged)",
                        )
                    )
        for position, queue in sorted(queues.items()):
            proposed = self.fixers[position].propose([(doc, f) for _, doc, f in queue])
            for (index, _, _), edit in zip(queue, proposed, strict=True):
                edits[index].append(edit)
        return edits

    @staticmethod
    def _merge_stage(original: str, earlier: list[Change], edits: list[Edit]) -> list[Change]:
        kept = resolve(edits)
        if not earlier:
            return sorted((Change.from_edit(e, original) for e in kept), key=_order)
        stage_map = _StageMap(earlier)
        dropped: set[str] = set()
        new: list[Change] = []
        for edit in kept:
            mapped = stage_map.to_input(edit)
            if mapped is None:
                continue
            edit_in_input, covered = mapped
            if edit.replacement is not None:
                dropped.update(c.id for c in covered)
            new.append(Change.from_edit(edit_in_input, original))
        merged = [c for c in earlier if c.id not in dropped] + new
        return sorted(merged, key=_order)


def _order(change: Change) -> tuple[int, int, str]:
    return (change.start, change.end, change.rule)
