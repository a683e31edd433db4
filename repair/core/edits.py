"""Findings, edits and changes: the three records a repair goes through.

A *finding* says where something is wrong and which rule saw it; a fixer turns it
into an *edit* (what to write instead, or nothing for a flag); the pipeline keeps
the edits that do not collide and records each as a *change* with the input text
it replaced, so that the record alone can undo the repair byte for byte.
All offsets are code-point offsets (Python ``str`` indices) into the input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

Kind = Literal[
    "encoding",
    "typography",
    "boilerplate",
    "duplicate",
    "foreign",
    "entity",
    "literalism",
    "garble",
]
Action = Literal["fix", "remove", "flag"]

KINDS: tuple[str, ...] = get_args(Kind)
ACTIONS: tuple[str, ...] = get_args(Action)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a detector saw: a span, what kind of damage, and which rule saw it.

    ``suggestion`` is set by detectors whose rule is data-driven (a gazetteer name, a
    literalism template); pure fix functions registered under ``rule`` need none.
    """

    start: int
    end: int
    kind: Kind
    rule: str
    confidence: float
    message: str
    action: Action = "fix"
    suggestion: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end} for rule {self.rule}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} for rule {self.rule}")
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r} for rule {self.rule}")


@dataclass(frozen=True, slots=True)
class Edit:
    """A proposed change: the replacement (``None`` for a flag) and who made it."""

    start: int
    end: int
    replacement: str | None
    action: Action
    kind: Kind
    rule: str
    confidence: float
    message: str
    origin: str = "rule"

    @classmethod
    def from_finding(
        cls,
        finding: Finding,
        replacement: str | None,
        *,
        origin: str = "rule",
        message: str | None = None,
        action: Action | None = None,
        confidence: float | None = None,
    ) -> Edit:
        return cls(
            start=finding.start,
            end=finding.end,
            replacement=replacement,
            action=action or (finding.action if replacement is not None else "flag"),
            kind=finding.kind,
            rule=finding.rule,
            confidence=finding.confidence if confidence is None else confidence,
            message=message or finding.message,
            origin=origin,
        )


@dataclass(frozen=True, slots=True)
class Change:
    """An applied edit, with the input text it replaced: the unit of the report."""

    id: str
    start: int
    end: int
    original: str
    replacement: str | None
    action: Action
    kind: Kind
    rule: str
    confidence: float
    message: str
    origin: str = "rule"

    @classmethod
    def from_edit(cls, edit: Edit, text: str) -> Change:
        original = text[edit.start : edit.end]
        return cls(
            id=change_id(edit.start, edit.end, edit.rule, original),
            start=edit.start,
            end=edit.end,
            original=original,
            replacement=edit.replacement,
            action=edit.action,
            kind=edit.kind,
            rule=edit.rule,
            confidence=round(edit.confidence, 4),
            message=edit.message,
            origin=edit.origin,
        )

    @property
    def changes_text(self) -> bool:
        return self.replacement is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        try:
            return cls(
                id=str(data["id"]),
                start=int(data["start"]),
                end=int(data["end"]),
                original=str(data["original"]),
                replacement=None if data["replacement"] is None else str(data["replacement"]),
                action=data["action"],
                kind=data["kind"],
                rule=str(data["rule"]),
                confidence=float(data["confidence"]),
                message=str(data["message"]),
                origin=str(data.get("origin", "rule")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed change record: {exc}") from exc


def change_id(start: int, end: int, rule: str, original: str) -> str:
    """A short id that stays the same when the same text is repaired again.

    Review decisions refer to changes by id, so the id must not depend on run order.
    """
    digest = hashlib.blake2s(
        f"{start}:{end}:{rule}:{original}".encode("utf-8", "surrogatepass"), digest_size=5
    )
    return "c" + digest.hexdigest()


def text_changes(changes: Iterable[Change]) -> list[Change]:
    """The changes that alter text, in input order (flags alter nothing)."""
    return sorted((c for c in changes if c.replacement is not None), key=lambda c: (c.start, c.end))


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """Write every text-changing change into ``text`` (offsets are input offsets)."""
    parts: list[str] = []
    pos = 0
    for change in text_changes(changes):
        if change.start < pos:
            raise ValueError(f"overlapping changes at {change.start} ({change.id})")
        if text[change.start : change.end] != change.original:
            raise ValueError(f"change {change.id} does not match the text at {change.start}")
        parts.append(text[pos : change.start])
        parts.append(change.replacement or "")
        pos = change.end
    parts.append(text[pos:])
    return "".join(parts)


def output_spans(changes: Iterable[Change]) -> list[tuple[Change, int, int]]:
    """Where each text-changing change's replacement sits in the repaired text."""
    result = []
    delta = 0
    for change in text_changes(changes):
        out_start = change.start + delta
        out_end = out_start + len(change.replacement or "")
        result.append((change, out_start, out_end))
        delta += (out_end - out_start) - (change.end - change.start)
    return result


def revert_changes(repaired: str, changes: Iterable[Change]) -> str:
    """Give back the input from the repaired text and the record of changes."""
    parts: list[str] = []
    pos = 0
    for change, out_start, out_end in output_spans(changes):
        if repaired[out_start:out_end] != (change.replacement or ""):
            raise ValueError(f"change {change.id} does not match the repaired text")
        parts.append(repaired[pos:out_start])
        parts.append(change.original)
        pos = out_end
    parts.append(repaired[pos:])
    return "".join(parts)
