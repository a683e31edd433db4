"""One table of every word the tabled languages' lists hold, with each language's bucket.

The word lists of the languages the stray-word judge consults (``foreign.toml``
``[stray]``: the targets and the languages a stray word may be in) were each loaded four
times over: a plain-word Zipf table and a token table per language, the word log-odds of
each pair (each holding the whole English list again) and the stray-word table of the six
languages. A text with a few French, German and Spanish quotations loaded them all:
about 100 MB. Here the union of the lists (1.6 million words, none listed twice in a
list) is one packed key table, and each language a column of its wordfreq bucket
(centibels below Zipf 9) per word: every one of those tables is a look-up here, the same
numbers, in half the memory. The table is a mapped file in the user's cache: a run holds
the pages it reads (a short text few of them), and forked workers share them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from functools import cache

from repair.core.tables import KeyTable

#: A word the language's list does not hold.
ABSENT = 0xFFFF
#: Bumped when the layout or the meaning changes.
_FORMAT = 1


class _Words(KeyTable):
    """The vocabulary's words: one memo for every language's look-ups, so a larger one."""

    __slots__ = ()
    MEMO_SIZE = 50_000


class Vocabulary:
    """Word → its bucket in each covered language (``None``: not in that list)."""

    __slots__ = ("languages", "_words", "_columns")

    def __init__(self, languages: tuple[str, ...], sections: list[memoryview]) -> None:
        self.languages = languages
        hashes, offsets, blob, *columns = sections
        self._words = _Words(hashes, offsets, blob, b"", "B")
        self._columns = {
            lang: column.cast("H") for lang, column in zip(languages, columns, strict=True)
        }

    def position(self, word: str) -> int:
        """The word's row (remembered), or -1 when no covered list holds it."""
        return self._words.position(word)

    def bucket(self, word: str, lang: str) -> int | None:
        """The word's bucket in ``lang``'s list, or ``None``."""
        at = self._words.position(word)
        if at < 0:
            return None
        found = self._columns[lang][at]
        return None if found == ABSENT else found

    def rows(self) -> Iterator[tuple[int, str]]:
        """(row, word) of every word (slow: a build's pass over 1.6 million words)."""
        return self._words.keys_at()

    def column(self, lang: str) -> memoryview:
        """``lang``'s buckets by row (``ABSENT`` where its list lacks the word)."""
        return self._columns[lang]


@cache
def covered_languages() -> tuple[str, ...]:
    """The languages the vocabulary holds: the stray-word judge's targets and sources."""
    from repair.langid.base import foreign_data

    settings = foreign_data().get("stray", {})
    return tuple(dict.fromkeys([*settings.get("targets", ()), *settings.get("languages", ())]))


def vocabulary_for(lang: str) -> Vocabulary | None:
    """The shared vocabulary if it covers ``lang`` (and wordfreq has its lists)."""
    if lang not in covered_languages():
        return None
    return _vocabulary()


@cache
def _vocabulary() -> Vocabulary | None:
    from importlib.metadata import version

    from repair.cache import cached_sections

    languages = covered_languages()
    key = ("vocabulary", languages, version("wordfreq"), _FORMAT)
    sections = cached_sections("vocabulary", key, lambda: _build(languages))
    return None if sections is None else Vocabulary(languages, sections)


def _build(languages: tuple[str, ...]) -> list[bytes] | None:
    """The sections: the words' hashes, offsets and blob (a :class:`KeyTable` without
    values), then each language's column of buckets."""
    from repair.langid.frequency import list_buckets

    buckets: dict[str, list[int]] = {}
    for index, lang in enumerate(languages):
        listed = list_buckets(lang)
        if listed is None:
            return None
        for bucket, words in listed:
            for word in words:
                row = buckets.get(word)
                if row is None:
                    row = buckets[word] = [ABSENT] * len(languages)
                # A list names a word once; were it twice, the later bucket wins, as in
                # wordfreq's own dict.
                row[index] = bucket
    packed, order = KeyTable.pack(((word, 0) for word in buckets), "B")
    positions = array("I")
    positions.frombytes(order)
    columns = [array("H", bytes(2 * len(buckets))) for _ in languages]
    for at, row in zip(positions, buckets.values(), strict=True):
        for index, bucket in enumerate(row):
            columns[index][at] = bucket
    hashes, offsets, blob, _, _ = packed  # no values: a row's data are the columns
    return [hashes, offsets, blob, *(column.tobytes() for column in columns)]
