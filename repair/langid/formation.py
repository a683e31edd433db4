"""Word formation: whether a language builds a word no list holds out of known parts.

A word missing from every list is either a coinage or glue of the language itself
(``ecotaxes``, ``sheepmeat``, ``itseemedthat``) or not the language at all (a stray word
of another one, a model's invention). The first kind is the language's own business, so
the stray-word judge (repair/langid/stray.py) and the invented-word flag
(repair/detectors/garble.py) both leave it alone. The parts and endings are data
(``word_formation.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from repair.data import load_toml
from repair.langid.frequency import zipf


@cache
def formation(lang: str) -> dict[str, Any] | None:
    """The word-formation table of ``lang``, or ``None`` if the data describes none."""
    return load_toml("word_formation.toml").get(lang)


@lru_cache(maxsize=20_000)  # bounded: a long text holds many distinct unknown words
def built(word: str, lang: str = "en", prefixed: bool = False) -> bool:
    """``lang`` builds ``word`` from known parts: words glued (two, or three when the first
    is one of the commonest: ``the|only|real``), a prefix and a word, or a word and an
    ending (a final ``e`` dropped, a consonant doubled, ``y`` made ``i``)."""
    table = formation(lang)
    if table is None:
        return False
    part, floor = int(table["min_part_letters"]), float(table["min_part_zipf"])
    short_floor = float(table.get("min_short_part_zipf", floor))
    # A glued part may be shorter when it is one of the commonest words (a, an, to, of).
    common = float(table["common_zipf"])

    def known(piece: str) -> bool:
        if len(piece) < part:
            return zipf(piece, lang) >= common
        return zipf(piece, lang) >= (short_floor if len(piece) == part else floor)

    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if known(head) and (
            known(tail) or (not prefixed and zipf(head, lang) >= common and _glued(tail, known))
        ):
            return True
    for suffix in table["suffixes"]:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= part:
            stems = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
            if stem[-1] == stem[-2]:
                stems.add(stem[:-1])
            if any(zipf(candidate, lang) > 0 for candidate in stems):
                return True
    if prefixed:
        return False
    for prefix in table["prefixes"]:
        rest = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(rest) >= part
            and (zipf(rest, lang) > 0 or built(rest, lang, prefixed=True))
        ):
            return True
    return False


def _glued(word: str, known: Callable[[str], bool]) -> bool:
    """Two known words glued (the tail of a three-word glue: ``seemed|that``)."""
    return any(known(word[:cut]) and known(word[cut:]) for cut in range(1, len(word)))
