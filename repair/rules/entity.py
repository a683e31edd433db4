"""Fixes for named entities whose repair follows from the damaged text alone."""

from __future__ import annotations

from repair.rules import fix


@fix("entity.repeated-place")
def drop_repeated_place(text: str) -> str:
    """``Aktobe and [Aktobe. ;]Aktau``: the repeated name and its stray marks go.

    The detector hands over only the repeat and the marks glued to the next name.
    """
    return ""
