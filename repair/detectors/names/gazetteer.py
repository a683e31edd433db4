"""Places and their spellings: a gazetteer built once, loaded in a fraction of a second.

The data (repair/data/gazetteer.json.gz) is built by scripts/build_gazetteer.py from
GeoNames cities (with their alternate names), pycountry and CLDR country names, and is
committed, so run time needs none of those packages. The small, readable override table
(repair/data/place_overrides.toml) is applied at load time: it names the spelling English
news uses where GeoNames' main name differs (Karagandy → Karaganda), and marks those
places as curated so their other spellings may be rewritten with more confidence.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import marshal
import re
import sys
import tomllib
from array import array
from collections.abc import Sequence
from functools import cache, cached_property
from importlib import resources
from typing import NamedTuple

from repair.core.letters import strip_accents
from repair.core.tables import KeyTable

FORMAT = "repair.gazetteer/1"
DATA_FILE = "gazetteer.json.gz"
OVERRIDES_FILE = "place_overrides.toml"
#: The layout of :meth:`Gazetteer.state` in the disk cache (a change rebuilds the cache).
_STATE_VERSION = 4

_NOT_ALNUM = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """A key that ignores case, accents, spaces, hyphens and apostrophes.

    ``Taldy-Kurgan``, ``Taldykurgan`` and ``TALDYKURGAN`` share a key, so one alternate
    spelling in GeoNames covers the ways a translation may write it.
    """
    return _NOT_ALNUM.sub("", strip_accents(name.lower()))


def encode_table(table: dict[str, int]) -> dict[str, str]:
    """``{spelling: place index}`` as two strings (see scripts/build_gazetteer.py)."""
    names = sorted(table)
    indices = array("I", (table[name] for name in names))
    if sys.byteorder == "big":
        indices.byteswap()
    return {"names": "\n".join(names), "index": base64.b64encode(indices.tobytes()).decode()}


def decode_table(encoded: dict[str, str]) -> dict[str, int]:
    indices = array("I", base64.b64decode(encoded["index"]))
    if sys.byteorder == "big":
        indices.byteswap()
    names = encoded["names"].split("\n") if encoded["names"] else []
    if len(names) != len(indices):
        raise GazetteerError("a gazetteer table has more names than indices or fewer: rebuild it")
    return dict(zip(names, indices, strict=True))


class Place(NamedTuple):
    """One place: its English name, ISO country code, population and kind."""

    name: str
    country: str
    population: int
    kind: str  # "city" | "country"
    #: GeoNames' main name when the override table gave the place its English name.
    geonames_name: str | None = None

    @property
    def curated(self) -> bool:
        """Its English name comes from the override table."""
        return self.geonames_name is not None


class _Table(KeyTable):
    """``{spelling: place index}`` in the packed form of :class:`KeyTable` (what
    :func:`marshal.loads` gives back in milliseconds, and about 15 bytes a spelling where a
    dict of them took some 35 MB once a long run had asked it a few thousand times);
    iteration follows the dict the table was packed from."""

    __slots__ = ()

    @staticmethod
    def pack(table: dict[str, int]) -> tuple:  # type: ignore[override]
        packed, order = KeyTable.pack(table.items(), "I")
        return (*packed, order)


class _Places(Sequence[Place]):
    """The places of a table read from the disk cache, each decoded when asked for (the
    whole list of a hundred thousand places cost a run about 10 MB)."""

    #: Places remembered decoded at most (news repeats its places; cleared when full).
    MEMO_SIZE = 20_000

    def __init__(self, rows: bytes, offsets: bytes) -> None:
        self._rows = rows
        self._offsets = array("I")
        self._offsets.frombytes(offsets)
        self._memo: dict[int, Place] = {}

    @staticmethod
    def pack(places: list[Place]) -> tuple[bytes, bytes]:
        rows = [marshal.dumps(tuple(place)) for place in places]
        offsets = array("I", [0])
        for row in rows:
            offsets.append(offsets[-1] + len(row))
        return b"".join(rows), offsets.tobytes()

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index):  # type: ignore[override]
        if not isinstance(index, int):
            return [self[at] for at in range(len(self))[index]]
        place = self._memo.get(index)
        if place is not None:
            return place
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if len(self._memo) >= self.MEMO_SIZE:
            self._memo.clear()
        row = marshal.loads(self._rows[self._offsets[index] : self._offsets[index + 1]])
        place = self._memo[index] = Place(*row)
        return place


class GazetteerError(ValueError):
    """The shipped data or the override table is inconsistent."""


class Gazetteer:
    """Exact and folded spelling lookups (dict lookups: about a microsecond each)."""

    #: What the disk cache knows this table by (set when read from it; derived tables such
    #: as the near-miss index are cached under it too).
    cache_key: tuple | None = None

    def __init__(
        self, data: dict, overrides: list[dict] | None = None, keep: list[str] | None = None
    ) -> None:
        if data.get("format") != FORMAT:
            raise GazetteerError(f"gazetteer format {data.get('format')!r}, expected {FORMAT}")
        self.sources: dict[str, str] = data["sources"]
        self.places: list[Place] = [Place(*row) for row in data["places"]]
        self._own = decode_table(data["own"])
        self._alternate = decode_table(data["alternate"])
        self._exonyms = {lang: decode_table(t) for lang, t in data["exonyms"].items()}
        self._folded = decode_table(data["folded"])
        self._romanised = frozenset(data["romanised_countries"])
        for override in overrides or ():
            self._apply_override(override)
        self._keep = frozenset(keep or ())

    def state(self) -> tuple:
        """Everything a lookup reads, as ``marshal`` stores it (see :func:`gazetteer`): each
        spelling table in the compact form :class:`_Table` reads without decoding it."""
        return (
            self.sources,
            _Places.pack(self.places),
            _Table.pack(self._own),
            _Table.pack(self._alternate),
            {lang: _Table.pack(table) for lang, table in self._exonyms.items()},
            _Table.pack(self._folded),
            sorted(self._romanised),
            sorted(self._keep),
            _Table.pack(self._first_words),
        )

    @classmethod
    def from_state(cls, state: tuple, cache_key: tuple | None = None) -> Gazetteer:
        """The gazetteer :meth:`state` describes, without decoding and checking it again:
        its tables are read in place, and its places made when first asked for."""
        table = cls.__new__(cls)
        sources, rows, own, alternate, exonyms, folded, romanised, keep, first = state
        table.sources = sources
        table.places = _Places(*rows)  # type: ignore[assignment]
        table._own, table._alternate, table._folded = (
            _Table(*own),
            _Table(*alternate),
            _Table(*folded),
        )  # type: ignore[assignment]
        table._exonyms = {lang: _Table(*packed) for lang, packed in exonyms.items()}  # type: ignore[misc]
        table._romanised, table._keep = frozenset(romanised), frozenset(keep)
        table.__dict__["_first_words"] = _Table(*first)
        table.cache_key = cache_key
        return table

    def _apply_override(self, override: dict) -> None:
        old, english = override["geonames"], override["english"]
        index = self._own.get(old)
        if index is None or self.places[index].country != override["country"]:
            raise GazetteerError(f"override {old!r} ({override['country']}) is not in GeoNames")
        self.places[index] = self.places[index]._replace(name=english, geonames_name=old)
        del self._own[old]
        self._alternate[old] = index
        self._own[english] = index
        self._folded[fold(english)] = index

    def own(self, spelling: str) -> Place | None:
        """The place whose own (English or main) name is exactly ``spelling``."""
        index = self._own.get(spelling)
        return None if index is None else self.places[index]

    def alternate(self, spelling: str) -> Place | None:
        """The most populous place with ``spelling`` as an alternate (not own) name."""
        index = self._alternate.get(spelling)
        return None if index is None else self.places[index]

    def exonym(self, spelling: str, lang: str) -> Place | None:
        """The country that language ``lang`` calls ``spelling`` (``Allemagne`` in French)."""
        index = self._exonyms.get(lang, {}).get(spelling)
        return None if index is None else self.places[index]

    def folded(self, spelling: str) -> Place | None:
        """The most populous place with any spelling that folds like ``spelling``."""
        index = self._folded.get(fold(spelling))
        return None if index is None else self.places[index]

    def longest_name(self, first_word: str) -> int:
        """How many space-separated words the longest name starting with ``first_word`` has.

        Lets a scan try ``Rio de Janeiro`` after ``Rio`` without trying four-word
        phrases after every capitalised word.
        """
        return self._first_words.get(first_word, 1)

    def longest_after(self, first_two: str) -> int:
        """How many words the longest name starting with the two words ``first_two`` (one
        space between them) has, 1 when none does.

        ``The`` starts ``The Hague``, so a scan tries every phrase after ``The``; ``The
        Minister`` starts no name, and the scan stops at one word without looking up ``The
        Minister said`` and ``The Minister`` in each spelling table.
        """
        return self._first_words.get(first_two, 1)

    @cached_property
    def _first_words(self) -> dict[str, int]:
        """The longest name's size by its first word, and by its first two words."""
        longest: dict[str, int] = {}
        tables = [self._own, self._alternate, *self._exonyms.values()]
        for table in tables:
            for name in table:
                if " " in name:
                    words = name.split(" ")
                    for start in (words[0], f"{words[0]} {words[1]}"):
                        longest[start] = max(longest.get(start, 1), len(words))
        return longest

    def kept(self, spelling: str) -> bool:
        """A spelling English news uses as it is (the override table's ``keep`` list)."""
        return spelling in self._keep

    def romanised(self, place: Place) -> bool:
        """Whether the place's name is romanised from another script (so has variants)."""
        return place.country in self._romanised

    def is_place(self, spelling: str) -> bool:
        return spelling in self._own or spelling in self._alternate

    def near_misses(
        self, folded: str, min_population: int, min_score: float, limit: int = 10
    ) -> list[tuple[float, Place]]:
        """Places at least ``min_population`` big whose folded spelling scores ``min_score``
        or more (rapidfuzz ``ratio``, 0-100) against ``folded``, best first.

        The ratio is ``100 * (1 - distance / (a + b))`` for lengths ``a`` and ``b``, and the
        distance is at least ``|a - b|``, so only keys of a near length are compared: a
        few thousand instead of the whole table.
        """
        from rapidfuzz import fuzz, process

        slack = 1 - min_score / 100
        shortest = len(folded) * (1 - slack) / (1 + slack)
        longest = len(folded) * (1 + slack) / (1 - slack) if slack < 1 else float("inf")
        found: list[tuple[float, Place]] = []
        for length, (keys, indices) in _fuzzy_choices(self, min_population).items():
            if shortest <= length <= longest:
                found.extend(
                    (score, self.places[indices[position]])
                    for _, score, position in process.extract(
                        folded, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=min_score
                    )
                )
        found.sort(key=lambda item: -item[0])
        return found[:limit]


@cache
def _fuzzy_choices(
    gazetteer: Gazetteer, min_population: int
) -> dict[int, tuple[list[str], list[int]]]:
    """Folded keys (and their places' indices) of places at least ``min_population`` big, by
    length. Building it decodes every place (half a second, paid again by every process that
    meets a near-miss: each ``-j`` worker's warm-up); the shipped gazetteer's index is read
    from the user's disk cache, keyed like the gazetteer itself."""

    def build() -> dict[int, tuple[list[str], list[int]]]:
        by_length: dict[int, tuple[list[str], list[int]]] = {}
        for key, index in gazetteer._folded.items():
            if gazetteer.places[index].population >= min_population and len(key) >= 5:
                keys, indices = by_length.setdefault(len(key), ([], []))
                keys.append(key)
                indices.append(index)
        return by_length

    if gazetteer.cache_key is None:
        return build()
    from repair.cache import cached

    return cached("gazetteer-fuzzy", (*gazetteer.cache_key, min_population), build)


def load_overrides() -> dict:
    """The override table (examples included), as data for tests and the loader."""
    text = resources.files("repair.data").joinpath(OVERRIDES_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer with the overrides applied, loaded once per process: decoded
    and checked once, then read from the user's disk cache (keyed by both files' bytes),
    which takes a fraction of the time."""
    from repair.cache import cached

    raw = resources.files("repair.data").joinpath(DATA_FILE).read_bytes()
    overrides = resources.files("repair.data").joinpath(OVERRIDES_FILE).read_bytes()
    key = (FORMAT, hashlib.blake2s(raw + b"\0" + overrides).hexdigest(), _STATE_VERSION)
    return Gazetteer.from_state(cached("gazetteer", key, lambda: _decoded(raw).state()), key)


def _decoded(raw: bytes) -> Gazetteer:
    try:
        data = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{DATA_FILE} is unreadable ({exc}): rebuild it") from exc
    overrides = load_overrides()
    return Gazetteer(data, overrides.get("override", []), overrides.get("keep", []))
