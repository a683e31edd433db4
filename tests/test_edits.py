from __future__ import annotations

import pytest

from repair.core.edits import Change, Edit, Finding, apply_changes, change_id, revert_changes


def make(start: int, end: int, text: str, replacement: str | None) -> Change:
    edit = Edit(
        start,
        end,
        replacement,
        "fix" if replacement is not None else "flag",
        "typography",
        "test.rule",
        0.9,
        "because",
    )
    return Change.from_edit(edit, text)


def test_apply_and_revert_round_trip():
    text = "abc def ghi"
    changes = [
        make(0, 3, text, "X"),
        make(4, 7, text, ""),
        make(8, 8, text, "new "),
        make(8, 11, text, None),
    ]
    out = apply_changes(text, changes)
    assert out == "X  new ghi"
    assert revert_changes(out, changes) == text


def test_overlapping_changes_are_refused():
    text = "abcdef"
    with pytest.raises(ValueError, match="overlapping"):
        apply_changes(text, [make(0, 3, text, "x"), make(2, 4, text, "y")])


def test_stale_change_is_refused():
    change = make(0, 3, "abc", "x")
    with pytest.raises(ValueError, match="does not match"):
        apply_changes("xyz", [change])
    with pytest.raises(ValueError, match="does not match"):
        revert_changes("q", [change])


def test_change_ids_are_stable_and_distinct():
    assert change_id(1, 2, "r", "a") == change_id(1, 2, "r", "a")
    assert change_id(1, 2, "r", "a") != change_id(1, 3, "r", "a")


def test_change_dict_round_trip_and_bad_records():
    change = make(0, 3, "abc", "x")
    assert Change.from_dict(change.to_dict()) == change
    with pytest.raises(ValueError, match="malformed"):
        Change.from_dict({"id": "x"})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": 3, "end": 1}, "bad span"),
        ({"kind": "nope"}, "unknown kind"),
        ({"action": "zap"}, "unknown action"),
    ],
)
def test_finding_validates(kwargs, message):
    base = {
        "start": 0,
        "end": 1,
        "kind": "encoding",
        "rule": "r",
        "confidence": 1.0,
        "message": "m",
    }
    with pytest.raises(ValueError, match=message):
        Finding(**(base | kwargs))
