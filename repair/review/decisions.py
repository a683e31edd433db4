"""Review decisions (``repair.decisions/1``): which proposed changes a person keeps.

The review page exports this file and ``repair apply`` reads it. A decision names a
change by its stable id and repeats the ``original`` text it was shown, so that a
decision is never applied to text the reviewer did not see: a change whose original no
longer matches the file at its offsets is skipped with a warning.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from repair.core.edits import Change, apply_changes, text_changes

DECISIONS_SCHEMA = "repair.decisions/1"
Verdict = Literal["accept", "reject"]
VERDICTS: tuple[str, ...] = ("accept", "reject")


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    original: str
    decision: Verdict

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "original": self.original, "decision": self.decision}


def decisions_document(decisions: Iterable[Decision]) -> dict[str, Any]:
    """The JSON object of a decisions file (the shape the review page exports)."""
    return {"schema": DECISIONS_SCHEMA, "decisions": [d.to_dict() for d in decisions]}


def _decision(entry: Any, index: int) -> Decision:
    if not isinstance(entry, Mapping):
        raise ValueError(f"decision #{index + 1} is not an object")
    ident, original, verdict = entry.get("id"), entry.get("original"), entry.get("decision")
    if not isinstance(ident, str) or not ident:
        raise ValueError(f"decision #{index + 1} has no 'id' string")
    if not isinstance(original, str):
        raise ValueError(f"decision {ident} has no 'original' string")
    if verdict not in VERDICTS:
        raise ValueError(f"decision {ident}: 'decision' is 'accept' or 'reject', not {verdict!r}")
    return Decision(ident, original, verdict)


def parse_decisions(raw: str) -> dict[str, Decision]:
    """Decisions by change id; ``ValueError`` with a one-line reason for a bad file."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, Mapping):
        raise ValueError("a decisions file is a JSON object")
    if data.get("schema") != DECISIONS_SCHEMA:
        raise ValueError(f"not a {DECISIONS_SCHEMA} file (schema: {data.get('schema')!r})")
    entries = data.get("decisions")
    if not isinstance(entries, list):
        raise ValueError("a decisions file needs a 'decisions' list")
    decisions: dict[str, Decision] = {}
    for index, entry in enumerate(entries):
        decision = _decision(entry, index)
        earlier = decisions.get(decision.id)
        if earlier is not None and earlier != decision:
            raise ValueError(f"change {decision.id} has two different decisions")
        decisions[decision.id] = decision
    return decisions


@dataclass(frozen=True)
class Selection:
    """The changes to apply, and why others were left out (one line each)."""

    accepted: tuple[Change, ...]
    rejected: int
    undecided: int
    warnings: tuple[str, ...]


def _short(text: str, width: int = 40) -> str:
    shown = repr(text)
    return shown if len(shown) <= width else shown[: width - 4] + "…" + shown[-3:]


def select_changes(
    text: str,
    changes: Sequence[Change],
    decisions: Mapping[str, Decision],
    *,
    undecided: Verdict = "reject",
) -> Selection:
    """The text changes a reviewer accepted that still fit ``text``.

    ``undecided`` is the verdict for a change the file does not mention. Flags change no
    text, so a decision about one is accepted and ignored.
    """
    by_id = {change.id: change for change in changes}
    warnings = [
        f"decision for {ident} ({_short(d.original)}) skipped: the repair does not propose "
        "that change (was the file edited since the review?)"
        for ident, d in decisions.items()
        if ident not in by_id
    ]
    accepted: list[Change] = []
    rejected = undecided_count = 0
    for change in text_changes(changes):
        decision = decisions.get(change.id)
        verdict = decision.decision if decision else undecided
        undecided_count += decision is None
        if verdict != "accept":
            rejected += 1
            continue
        if decision is not None and decision.original != change.original:
            warnings.append(
                f"change {change.id} skipped: the decision was made for "
                f"{_short(decision.original)}, the repair now replaces {_short(change.original)}"
            )
        elif not 0 <= change.start <= change.end <= len(text):
            warnings.append(
                f"change {change.id} skipped: {change.start}..{change.end} is outside the file "
                f"({len(text)} characters)"
            )
        elif text[change.start : change.end] != change.original:
            warnings.append(
                f"change {change.id} skipped: the file no longer has {_short(change.original)} "
                f"at {change.start}..{change.end} (found {_short(text[change.start : change.end])})"
            )
        else:
            accepted.append(change)
    return Selection(tuple(accepted), rejected, undecided_count, tuple(warnings))


def apply_decisions(
    text: str,
    changes: Sequence[Change],
    decisions: Mapping[str, Decision],
    *,
    undecided: Verdict = "reject",
) -> tuple[str, Selection]:
    """``text`` with only the accepted changes written in."""
    selection = select_changes(text, changes, decisions, undecided=undecided)
    return apply_changes(text, selection.accepted), selection
