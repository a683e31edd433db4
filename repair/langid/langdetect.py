"""langdetect, open-set, for long text only: which language a document or sentence is in.

On a word or two it is noisy (it calls most English single words foreign) and it is random
unless seeded, so it only names the source language of ``--source-lang auto`` from whole
sentences, with ``DetectorFactory.seed = 0`` for repeatable answers.

Its profiles (55 JSON files) cost a process about 0.4 s to parse into a table of 88,000
n-grams by 55 languages; they are loaded instead from the user's cache, each n-gram's row
packed as bytes (its few non-zero probabilities, 4 % of the table, with their languages'
indices: a 3 MB file), and a row becomes floats only when a sentence asks for it.
"""

from __future__ import annotations

from array import array
from functools import cache

from repair.core.tables import KeyedRows, KeyTable, Packed
from repair.langid.base import CLASSIFIERS, Classifier


def _pack(row: list[float]) -> bytes:
    """A row's non-zero probabilities: their indices (one byte each), then the doubles."""
    where = [index for index, probability in enumerate(row) if probability]
    return bytes(where) + array("d", [row[index] for index in where]).tobytes()


class _PackedRows(KeyedRows[list[float]]):
    """n-gram -> its probability per language, stored packed (:func:`_pack`, every row in
    one byte string, the n-grams in a :class:`KeyTable`) and unpacked on first use to the
    list langdetect builds (the same floats, 0.0 elsewhere). langdetect's detector only
    tests (``in``) and indexes it; a dict of 88,000 n-grams and their rows cost 14 MB."""

    def __init__(self, grams: Packed, starts: bytes, rows: bytes, languages: int) -> None:
        self._keys = KeyTable(*grams)
        self._starts = array("I")
        self._starts.frombytes(starts)
        self._rows = rows
        self._languages = languages
        self._unpacked: dict[str, list[float]] = {}

    def __getitem__(self, word: str) -> list[float]:
        row = self._unpacked.get(word)
        if row is None:
            at = self._keys.get(word)
            if at is None:
                raise KeyError(word)
            packed = self._rows[self._starts[at] : self._starts[at + 1]]
            count = len(packed) // 9
            row = [0.0] * self._languages
            for index, probability in zip(packed[:count], array("d", packed[count:]), strict=True):
                row[index] = probability
            self._unpacked[word] = row
        return row


def _profile_key() -> tuple:
    """What the packed table depends on: langdetect's version and its profile files."""
    import os
    from importlib.metadata import version

    from langdetect.detector_factory import PROFILES_DIRECTORY

    files = sorted(
        (entry.name, entry.stat().st_size)
        for entry in os.scandir(PROFILES_DIRECTORY)
        if not entry.name.startswith(".")
    )
    return (version("langdetect"), tuple(files), 3)


def _build_profiles() -> tuple[list[str], Packed, bytes, bytes]:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    grams = factory.word_lang_prob_map
    rows = [_pack(row) for row in grams.values()]
    starts = array("I", [0])
    for row in rows:
        starts.append(starts[-1] + len(row))
    packed, _ = KeyTable.pack(((word, at) for at, word in enumerate(grams)), "I")
    return list(factory.langlist), packed, starts.tobytes(), b"".join(rows)


@cache
def _seeded() -> None:
    """langdetect's factory, seeded, with its profiles read from the cache (the same
    table ``init_factory`` would build)."""
    from langdetect import DetectorFactory, detector_factory

    from repair.cache import cached

    DetectorFactory.seed = 0
    if detector_factory._factory is None:
        langlist, grams, starts, rows = cached(
            "langdetect-profiles", _profile_key(), _build_profiles
        )
        factory = DetectorFactory()
        factory.langlist = list(langlist)
        factory.word_lang_prob_map = _PackedRows(grams, starts, rows, len(langlist))
        detector_factory._factory = factory


@CLASSIFIERS.register("langdetect")
class LangdetectClassifier(Classifier):
    name = "langdetect"

    @classmethod
    def supports(cls, languages: tuple[str, ...]) -> bool:
        return True

    def probabilities(self, text: str) -> dict[str, float]:
        from langdetect import detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        _seeded()
        try:
            found = detect_langs(text)
        except LangDetectException:
            return {}
        # langdetect names Chinese "zh-cn"/"zh-tw"; the pair speaks ISO 639-1.
        return {str(item.lang).split("-")[0]: float(item.prob) for item in found}
