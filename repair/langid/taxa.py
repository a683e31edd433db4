"""Scientific names: the Latin epithets after a genus are no stray words.

Web English names plants and animals by their binomials (`Sansevieria trifasciata`,
`Ficus elastica`, `Begonia maculata wightii`, `Maranta leuconeura var. kerchoveana`): the
epithets are in no English list, and some Portuguese or Italian list holds a few of them
(`seguine`, `elastica`), so the stray-word and invented-word rules would take them for a
translation's leftovers. A run of lower-case words is a name's epithets when each ends as
Latin epithets end, in plain letters, and is hardly in any listed language, and a genus
stands before it: a capitalised word that is rare too (no `Casa blanca`, no `Comunidad
valenciana`: their first words are common Spanish), with only epithets and rank words
(`var.`, `subsp.`) between (foreign.toml ``[scientific_names]``, whose examples and
negatives are tests).
"""

from __future__ import annotations

import re
from functools import cache

from repair.langid.base import foreign_data
from repair.langid.frequency import zipf


@cache
def _rules() -> tuple[tuple[str, ...], int, float, float, tuple[str, ...], re.Pattern[str]] | None:
    table = foreign_data().get("scientific_names")
    if not table:
        return None
    ranks = "|".join(map(re.escape, table["rank_words"]))
    least = int(table["min_letters"])
    # The genus, then epithets and rank words, up to the run (spaces only between).
    before = re.compile(
        rf"(?<![\w.])([A-Z][a-z]{{{least - 1},}})((?:\s+(?:[a-z]{{{least},}}|(?:{ranks})\.))*)\s+\Z"
    )
    return (
        tuple(table["epithet_endings"]),
        least,
        float(table["max_epithet_zipf"]),
        float(table["max_genus_zipf"]),
        tuple(table["languages"]),
        before,
    )


def _rare(word: str, most: float, languages: tuple[str, ...]) -> bool:
    low = word.lower()
    return all(zipf(low, lang) < most for lang in languages)


def epithets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (lower-case words) continues a scientific name."""
    rules = _rules()
    if rules is None:
        return False
    endings, least, most, genus_most, languages, before = rules
    words = text[start:end].split()

    def epithet(word: str) -> bool:
        return (
            len(word) >= least
            and word.isascii()
            and word.isalpha()
            and word.islower()
            and word.endswith(endings)
            and _rare(word, most, languages)
        )

    if not words or not all(map(epithet, words)):
        return False
    found = before.search(text, max(0, start - 200), start)
    if found is None:
        return False
    between = [w for w in found.group(2).split() if not w.endswith(".")]
    return _rare(found.group(1), genus_most, languages) and all(map(epithet, between))
