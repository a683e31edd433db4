"""Fixes for named entities whose repair follows from the damaged text alone."""

from __future__ import annotations

import re

from repair.rules import fix

# "<place> <connector> <same place><stray marks><next place>"
_REPEATED_PLACE = re.compile(
    r"(?P<place>.+?)(?P<link>\s+\S+\s+)(?P=place)[\s.,;:]*(?P<next>.+)", re.S
)


@fix("entity.repeated-place")
def drop_repeated_place(text: str) -> str:
    """``Aktobe and Aktobe. ;Aktau`` → ``Aktobe and Aktau``: the repeat and its marks go."""
    match = _REPEATED_PLACE.fullmatch(text)
    if match is None:
        return text
    return match["place"] + match["link"] + match["next"]
