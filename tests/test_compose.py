from __future__ import annotations

from repair.core.compose import compose
from repair.core.edits import Change, Edit, apply_changes, revert_changes


def edit(start, end, replacement, rule="r", action="fix", kind="typography"):
    return Edit(start, end, replacement, action, kind, rule, 0.9, rule)


def run(source, first, second):
    old = compose(source, [], source, first)
    middle = apply_changes(source, old)
    changes = compose(source, old, middle, second)
    out = apply_changes(source, changes)
    assert revert_changes(out, changes) == source
    for change in changes:
        assert source[change.start : change.end] == change.original
    return out, changes


def test_disjoint_rounds_keep_their_own_changes():
    out, changes = run("aa bb cc", [edit(0, 2, "A", "one")], [edit(5, 7, "C", "two")])
    assert out == "A bb C"
    assert [c.rule for c in changes] == ["one", "two"]


def test_second_round_inside_first_change_is_composed():
    # "x\x1by" -> "xZy" (first), then "Z" -> "" (second): one change of the input.
    out, changes = run("ab\x1bcd", [edit(1, 4, "BZC", "one")], [edit(2, 3, "", "two")])
    assert out == "aBCd"
    assert [(c.original, c.replacement, c.rule) for c in changes] == [("b\x1bc", "BC", "one+two")]


def test_removal_that_swallows_earlier_changes_keeps_its_identity():
    source = "keep\nSpread\u200b love\nmore"
    out, changes = run(
        source,
        [edit(11, 12, "", "invisible", kind="encoding")],
        [edit(5, 17, "", "boilerplate.line", action="remove", kind="boilerplate")],
    )
    assert out == "keep\nmore"
    assert [(c.rule, c.action, c.kind) for c in changes] == [
        ("boilerplate.line", "remove", "boilerplate")
    ]


def test_adjacent_deletions_stay_separate():
    out, changes = run("abcdef", [edit(1, 2, ""), edit(2, 3, "", "q")], [])
    assert out == "adef" and len(changes) == 2


def test_flags_widen_to_earlier_changes_and_are_not_repeated():
    source = "one two three"
    first = [edit(4, 7, "TWO", "up"), edit(0, 3, None, "flag", action="flag")]
    out, changes = run(
        source,
        first,
        [edit(5, 6, None, "flag2", action="flag"), edit(0, 3, None, "flag", action="flag")],
    )
    flags = [(c.start, c.end, c.rule) for c in changes if c.replacement is None]
    assert flags == [(0, 3, "flag"), (4, 7, "flag2")]
    assert isinstance(changes[0], Change)


def _walked(regions, offset: int, side: str) -> int:
    """The mapping by a plain walk over the regions: what the bisecting map must equal."""
    delta = 0
    for change, out_start, out_end in regions:
        if out_end < offset or (out_end == offset and (out_start < offset or side == "start")):
            delta += (out_end - out_start) - (change.end - change.start)
        elif out_start < offset < out_end:
            return change.start if side == "start" else change.end
        else:
            break
    return offset - delta


def test_output_map_agrees_with_a_plain_walk_on_random_changes():
    import random

    from repair.core.compose import _OutputMap

    rng = random.Random(7)
    for _ in range(300):
        source = "".join(rng.choice("ab ") for _ in range(40))
        edits, pos = [], 0
        while pos < len(source):
            start = pos + rng.randrange(0, 5)
            end = min(len(source), start + rng.randrange(0, 4))
            if start > len(source):
                break
            edits.append(edit(start, end, "x" * rng.randrange(0, 4), f"r{start}"))
            pos = end + 1
        changes = compose(source, [], source, edits)
        mapper = _OutputMap(changes)
        out_length = len(apply_changes(source, changes))
        for offset in range(out_length + 1):
            for side in ("start", "end"):
                assert mapper.to_input(offset, side) == _walked(mapper.regions, offset, side)
