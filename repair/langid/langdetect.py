"""langdetect, open-set, for long text only: which language a document or sentence is in.

On a word or two it is noisy (it calls most English single words foreign) and it is random
unless seeded, so it only names the source language of ``--source-lang auto`` from whole
sentences, with ``DetectorFactory.seed = 0`` for repeatable answers.
"""

from __future__ import annotations

from functools import cache

from repair.langid.base import CLASSIFIERS, Classifier


@cache
def _seeded() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0


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
