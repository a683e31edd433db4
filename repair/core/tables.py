"""A compact, exact ``str -> int`` table: no Python object per entry.

A dict of a few hundred thousand words costs tens of MB (each key a string object, each
value a number, the hash table itself); the word tables a run loads (word log-odds, the
gazetteer's spellings, word frequencies) made up most of a run's peak memory. Here the keys
are one UTF-8 blob, ordered by their CRC-32 (computed in C), with that hash, the key
offsets and the values as flat arrays: about 15 bytes an entry. A lookup hashes the key,
bisects the hash array (in C) and compares the key's bytes, so the answer is exact (a hash
collision only costs a second comparison), in about a microsecond.

The parts are plain bytes, stored by :func:`repair.cache.cached` and read back without
decoding any entry.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any, TypeVar
from zlib import crc32

#: The packed form: (hashes, offsets, blob, values, values' array type code).
Packed = tuple[bytes, bytes, bytes, bytes, str]


#: A table's part: bytes (copied into an array), or a memoryview of a mapped file (read in
#: place: see :func:`repair.cache.cached_sections`).
Buffer = bytes | memoryview


def _numbers(data: Buffer, code: str) -> array | memoryview:
    if isinstance(data, memoryview):
        return data.cast(code)
    numbers = array(code)
    numbers.frombytes(data)
    return numbers


def _encoded(key: str) -> bytes:
    # Text may hold lone surrogates (decoded with surrogateescape): they must hash too.
    return key.encode("utf-8", "surrogatepass")


class KeyTable:
    """``{key: int}`` read from its packed form; ``get``, ``in``, ``len`` and iteration in
    the order the keys were packed from."""

    __slots__ = ("_hashes", "_offsets", "_blob", "_values", "_order", "_memo")
    #: Keys whose answers a table remembers at most (news repeats its words and names; the
    #: memo is cleared when full, so memory stays bounded).
    MEMO_SIZE = 20_000

    def __init__(self, hashes: Buffer, offsets: Buffer, blob: Buffer, values: Buffer, code: str,
                 order: Buffer = b"") -> None:  # fmt: skip
        self._hashes = _numbers(hashes, "I")
        self._offsets = _numbers(offsets, "I")
        self._blob = blob
        self._values = _numbers(values, code)
        #: Positions in the order of the mapping packed (empty: hash order).
        self._order = _numbers(order, "I")
        self._memo: dict[str, int] = {}

    @staticmethod
    def pack(items: Iterable[tuple[str, int]], code: str = "I") -> tuple[Packed, bytes]:
        """The packed parts of ``items`` (values fit array type ``code``), and the
        positions in the items' own order (for iteration in that order)."""
        rows = []
        for at, (key, value) in enumerate(items):
            raw = _encoded(key)
            rows.append((crc32(raw), raw, value, at))
        rows.sort()
        hashes = array("I", (row[0] for row in rows))
        offsets = array("I", [0])
        for row in rows:
            offsets.append(offsets[-1] + len(row[1]))
        values = array(code, (row[2] for row in rows))
        position = array("I", bytes(4 * len(rows)))
        for at, row in enumerate(rows):
            position[row[3]] = at
        blob = b"".join(row[1] for row in rows)
        packed = (hashes.tobytes(), offsets.tobytes(), blob, values.tobytes(), code)
        return packed, position.tobytes()

    @classmethod
    def of(cls, mapping: dict[str, int], code: str = "I") -> KeyTable:
        packed, order = cls.pack(mapping.items(), code)
        return cls(*packed, order)

    def position(self, key: str) -> int:
        """The key's position in the packed arrays, or -1 (remembered: a dict lookup for a
        key asked before)."""
        memo = self._memo
        found = memo.get(key)
        if found is None:
            if len(memo) >= self.MEMO_SIZE:
                memo.clear()
            found = memo[key] = self._search(key)
        return found

    def holds(self, key: str) -> bool:
        """Whether ``key`` is in the table, not remembered: for keys asked once (a word's
        one-letter variants), which would only crowd out the memo's useful entries."""
        return self._search(key) >= 0

    def _search(self, key: str) -> int:
        raw = _encoded(key)
        wanted = crc32(raw)
        hashes = self._hashes
        at = bisect_left(hashes, wanted)
        size = len(hashes)
        offsets = self._offsets
        while at < size and hashes[at] == wanted:
            if self._blob[offsets[at] : offsets[at + 1]] == raw:
                return at
            at += 1
        return -1

    def get(self, key: str, default: int | None = None) -> int | None:
        at = self.position(key)
        return default if at < 0 else self._values[at]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.position(key) >= 0

    def __len__(self) -> int:
        return len(self._values)

    def _key(self, at: int) -> str:
        raw = self._blob[self._offsets[at] : self._offsets[at + 1]]
        return bytes(raw).decode("utf-8", "surrogatepass")

    def keys_at(self) -> Iterator[tuple[int, str]]:
        """(position, key) of every key, in the packed arrays' order (a build's pass over a
        table whose values live elsewhere)."""
        return ((at, self._key(at)) for at in range(len(self._hashes)))

    def _positions(self) -> Iterable[int]:
        return self._order if len(self._order) else range(len(self._values))

    def __iter__(self) -> Iterator[str]:
        return (self._key(at) for at in self._positions())

    def values(self) -> Iterator[int]:
        values = self._values
        return (values[at] for at in self._positions())

    def items(self) -> Iterator[tuple[str, int]]:
        values = self._values
        return ((self._key(at), values[at]) for at in self._positions())


class TextTable(KeyTable):
    """``{key: text}``, both packed: the keys a :class:`KeyTable` whose values are where each
    key's text ends in one UTF-8 blob. A file's rows held as a dict of strings cost ~100
    bytes a row (the word fixer's lexicons, dictionaries and bigram counts: ~60 MB); read in
    place from :func:`repair.cache.cached_sections`, a run holds the pages it looks at."""

    __slots__ = ("_texts",)
    #: Keys asked once or twice a sentence: a small memo (each table has its own).
    MEMO_SIZE = 4_096

    def __init__(self, sections: Sequence[Buffer]) -> None:
        hashes, offsets, blob, ends, order, texts = sections
        super().__init__(hashes, offsets, blob, ends, "I", order)
        self._texts = texts

    @staticmethod
    def pack_texts(items: Iterable[tuple[str, str]]) -> list[bytes]:
        """The sections of ``items`` (iterated back in their own order)."""
        rows = list(items)
        packed, order = KeyTable.pack((key, index) for index, (key, _) in enumerate(rows))
        hashes, offsets, blob, indices, _ = packed
        texts = [_encoded(rows[index][1]) for index in _numbers(indices, "I")]
        ends = array("I", accumulate(map(len, texts)))
        return [hashes, offsets, blob, ends.tobytes(), order, b"".join(texts)]

    @classmethod
    def of_texts(cls, mapping: dict[str, str]) -> TextTable:
        return cls(cls.pack_texts(mapping.items()))

    def text(self, key: str) -> str | None:
        """The key's text, or ``None`` when the key is not in the table."""
        at = self.position(key)
        if at < 0:
            return None
        start = self._values[at - 1] if at else 0
        return bytes(self._texts[start : self._values[at]]).decode("utf-8", "surrogatepass")


_Row = TypeVar("_Row")


class KeyedRows(Mapping[str, _Row]):
    """A read-only mapping whose keys live in ``self._keys`` (a dict of rows as text, a
    :class:`KeyTable`): ``in``, iteration and length are the keys'; a subclass reads a row
    in ``__getitem__``, as late as it can (the packed tables above, rows parsed on use)."""

    __slots__ = ()
    _keys: Any

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
