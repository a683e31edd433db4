"""langdetect, open-set, for long text only: which language a document or sentence is in.

On a word or two it is noisy (it calls most English single words foreign) and it is random
unless seeded, so it only names the source language of ``--source-lang auto`` from whole
sentences, with ``DetectorFactory.seed = 0`` for repeatable answers.

Its profiles (55 JSON files) cost a process about 0.4 s to parse into a table of 88,000
n-grams by 55 languages; they are loaded instead from the user's cache, each n-gram's row
packed as bytes, and a row becomes floats only when a sentence asks for it.
"""

from __future__ import annotations

from array import array
from functools import cache

from repair.langid.base import CLASSIFIERS, Classifier


class _PackedRows(dict):
    """n-gram -> its probability per language, stored as packed doubles and unpacked (to
    the same floats) on first use: ``word in rows`` stays a plain dict look-up."""

    def __init__(self, packed: dict[str, bytes]) -> None:
        super().__init__(packed)
        self._unpacked: dict[str, list[float]] = {}

    def __getitem__(self, word: str) -> list[float]:
        row = self._unpacked.get(word)
        if row is None:
            row = self._unpacked[word] = array("d", dict.__getitem__(self, word)).tolist()
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
    return (version("langdetect"), tuple(files), 1)


def _build_profiles() -> tuple[list[str], dict[str, bytes]]:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    rows = {word: array("d", probs).tobytes() for word, probs in factory.word_lang_prob_map.items()}
    return list(factory.langlist), rows


@cache
def _seeded() -> None:
    """langdetect's factory, seeded, with its profiles read from the cache (the same
    table ``init_factory`` would build)."""
    from langdetect import DetectorFactory, detector_factory

    from repair.cache import cached

    DetectorFactory.seed = 0
    if detector_factory._factory is None:
        langlist, rows = cached("langdetect-profiles", _profile_key(), _build_profiles)
        factory = DetectorFactory()
        factory.langlist = list(langlist)
        factory.word_lang_prob_map = _PackedRows(rows)
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
