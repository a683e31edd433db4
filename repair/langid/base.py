"""Parts that tell which language a stretch of text is in, for one language pair.

Two families share this module. A *span finder* proposes, inside one sentence, the
stretches that look like the source language (by script, by word lists); a *classifier*
gives the probability that a piece of text is in a language. The foreign-span spotter
combines them: finders are cheap and run on every sentence, classifiers are dearer and
only confirm what a finder proposed. Members register by name, like the detectors.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar

from repair.core.registry import Registry
from repair.data import load_toml


@dataclass(frozen=True, slots=True)
class Pair:
    """The language a text was translated from (``source``) and the one it should be in."""

    source: str
    target: str


@dataclass(frozen=True, slots=True)
class LangSpan:
    """A stretch of text in ``lang``, with how sure the finder is and which rule saw it.

    ``words`` is the number of words in the span; ``score`` is the finder's own evidence
    (log-odds for the word lists), kept so that the spotter can weigh it.
    """

    start: int
    end: int
    lang: str
    confidence: float
    rule: str
    words: int = 0
    score: float = 0.0
    #: Stray words whose spelling alone hints at them: kept only beside a sure one.
    weak: bool = False


def foreign_data() -> dict[str, Any]:
    """The data file of kept phrases, name particles and scripts (read once)."""
    return load_toml("foreign.toml")


def lingua_low_accuracy() -> bool:
    """Whether lingua runs with its trigram models unless asked otherwise (foreign.toml
    ``[lingua]``): the spotter, the stray judge and the benchmarks agree on it."""
    return bool(foreign_data().get("lingua", {}).get("low_accuracy", False))


class SpanFinder(ABC):
    """Proposes source-language spans inside a sentence; never decides alone on Latin text."""

    name: ClassVar[str]
    rule: ClassVar[str]

    def __init__(self, pair: Pair) -> None:
        self.pair = pair

    @classmethod
    @abstractmethod
    def supports(cls, pair: Pair) -> bool:
        """Whether this finder can say anything about ``pair``."""

    @abstractmethod
    def find(self, text: str, start: int, end: int) -> list[LangSpan]:
        """Spans of ``text[start:end]`` (one sentence) that are not in the target language."""


class Classifier(ABC):
    """Gives language probabilities for a piece of text, over a fixed set of languages."""

    name: ClassVar[str]

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    @classmethod
    @abstractmethod
    def supports(cls, languages: tuple[str, ...]) -> bool:
        """Whether every language of ``languages`` is known to this classifier."""

    @abstractmethod
    def probabilities(self, text: str) -> dict[str, float]:
        """Language code → probability; languages it rules out may be missing."""

    def confidence(self, text: str, lang: str) -> float:
        """The probability that ``text`` is in ``lang``."""
        return self.probabilities(text).get(lang, 0.0)


FINDERS: Registry[type[SpanFinder]] = Registry("span finder")
CLASSIFIERS: Registry[type[Classifier]] = Registry("language classifier")
