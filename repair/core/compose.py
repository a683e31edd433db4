"""Compose two rounds of edits into one record that still speaks of the input.

A pipeline round edits the text an earlier round produced. To keep every change in
input offsets (so that one report reverts the whole repair), the new edits are folded
into the old changes: where they touch the same text, the pieces become one change whose
``original`` is the input text and whose replacement is the final text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from repair.core.edits import Change, Edit, output_spans


def collides(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two half-open ranges cannot be applied independently."""
    if a_start < b_end and b_start < a_end:
        return True
    # Two insertions at one point, or an insertion strictly inside a replaced range.
    if a_start == a_end:
        return b_start < a_start < b_end or (b_start == b_end == a_start)
    if b_start == b_end:
        return a_start < b_start < a_end
    return False


class _OutputMap:
    """Maps offsets of the intermediate text back to the input, given the old changes.

    Lookups bisect precomputed region ends and length deltas: a linear walk per offset made
    a text with thousands of changes (an entity-laden page) quadratic.
    """

    def __init__(self, old: Sequence[Change]) -> None:
        self.regions = output_spans(old)  # (change, out_start, out_end), in order
        self._starts = [out_start for _, out_start, _ in self.regions]
        self._ends = [out_end for _, _, out_end in self.regions]
        self._deltas = [0]  # growth of the text over the first k regions
        for change, out_start, out_end in self.regions:
            growth = (out_end - out_start) - (change.end - change.start)
            self._deltas.append(self._deltas[-1] + growth)

    def to_input(self, offset: int, side: str) -> int:
        """Input offset of ``offset``; inside an old region, its edge on ``side``."""
        index = bisect_left(self._ends, offset)  # regions wholly before ``offset``
        # A region ending at ``offset`` lies before it, and so does an insertion there
        # when the start of a span is asked for.
        while (
            index < len(self._ends)
            and self._ends[index] == offset
            and (self._starts[index] < offset or side == "start")
        ):
            index += 1
        if index < len(self._ends) and self._starts[index] < offset < self._ends[index]:
            change = self.regions[index][0]
            return change.start if side == "start" else change.end
        return offset - self._deltas[index]


def compose(
    source: str,
    old: Sequence[Change],
    intermediate: str,
    new: Sequence[Edit],
    priority: dict[str, int] | None = None,
) -> list[Change]:
    """The changes from ``source`` to ``intermediate`` with ``new`` applied on top.

    ``new`` must not overlap itself (resolve it first); its offsets are in ``intermediate``.
    """
    priority = priority or {}
    mapper = _OutputMap(old)
    old_text = [(c, s, e) for c, s, e in mapper.regions]
    old_flags = [c for c in old if c.replacement is None]
    new_text = sorted((e for e in new if e.replacement is not None), key=lambda e: (e.start, e.end))

    # Group each new edit with the old regions it collides with (old regions never collide
    # with each other: they were applied together).
    items: list[tuple[int, int, object]] = [(s, e, c) for c, s, e in old_text]
    items += [(e.start, e.end, e) for e in new_text]
    items.sort(key=lambda item: (item[0], item[1], isinstance(item[2], Edit)))
    groups: list[list[tuple[int, int, object]]] = []
    for item in items:
        last = groups[-1] if groups else []
        joins = any(
            (isinstance(item[2], Edit) or isinstance(part, Edit))
            and collides(item[0], item[1], s, e)
            for s, e, part in last
        )
        if joins:
            last.append(item)
        else:
            groups.append([item])

    result: list[Change] = []
    for group in groups:
        if len(group) == 1 and isinstance(group[0][2], Change):
            result.append(group[0][2])
            continue
        start = min(s for s, _, _ in group)
        end = max(e for _, e, _ in group)
        in_start = mapper.to_input(start, "start")
        in_end = mapper.to_input(end, "end")
        pieces, pos = [], start
        for s, e, part in sorted(group, key=lambda item: (item[0], item[1])):
            if isinstance(part, Edit):
                pieces.append(intermediate[pos:s])
                pieces.append(part.replacement or "")
                pos = e
        pieces.append(intermediate[pos:end])
        parts = [part for _, _, part in group]
        result.append(_merged(source, in_start, in_end, "".join(pieces), parts, priority))

    for flag in (e for e in new if e.replacement is None):
        edit = Edit(
            mapper.to_input(flag.start, "start"),
            mapper.to_input(flag.end, "end"),
            None,
            "flag",
            flag.kind,
            flag.rule,
            flag.confidence,
            flag.message,
            flag.origin,
        )
        result.append(Change.from_edit(edit, source))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for change in sorted(result + old_flags, key=lambda c: (c.start, c.end, c.rule)):
        key = (change.start, change.end, change.rule)
        if change.replacement is None and key in seen:
            continue
        seen.add(key)
        unique.append(change)
    return unique


def _merged(
    source: str, start: int, end: int, replacement: str, parts: list, priority: dict[str, int]
) -> Change:
    """One change standing for several pieces; a single new edit keeps its own identity."""
    edits = [p for p in parts if isinstance(p, Edit)]
    swallowing = [e for e in edits if e.action == "remove" and replacement == ""]
    if len(parts) == 1 or (len(edits) == 1 and swallowing):
        part = edits[0] if edits else parts[0]
        edit = Edit(
            start,
            end,
            replacement,
            part.action,
            part.kind,
            part.rule,
            part.confidence,
            part.message,
            part.origin,
        )
        return Change.from_edit(edit, source)
    # The kind is what the widest piece did: a retranslation that swallowed a mojibake fix
    # inside its span is a ``foreign`` change, not an ``encoding`` one. Ties go by priority.
    ordered = sorted(parts, key=lambda p: (-(p.end - p.start), priority.get(p.kind, 99)))
    rules = list(dict.fromkeys(p.rule for p in parts))
    origins = list(dict.fromkeys(p.origin for p in parts))
    action = "remove" if replacement == "" and any(p.action == "remove" for p in parts) else "fix"
    edit = Edit(
        start,
        end,
        replacement,
        action,
        ordered[0].kind,
        "+".join(rules),
        min(p.confidence for p in parts),
        "; ".join(dict.fromkeys(p.message for p in parts)),
        "+".join(origins),
    )
    return Change.from_edit(edit, source)
