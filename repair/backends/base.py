"""The translation-backend family: something that translates many short texts in one call.

Fixers never talk to a translation library directly: they hand a backend every span of a
batch at once and get one scored hypothesis per span, so the cost of a model call is paid
once per batch, whatever the number of documents.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from repair.core.registry import Registry
from repair.io import InputError


class ModelError(InputError):
    """A model is missing, broken, of an unknown layout or for another pair (exit 2)."""


@dataclass(frozen=True, slots=True)
class TranslationRequest:
    """One text to translate and its language pair (ISO 639-1 codes)."""

    text: str
    source_lang: str
    target_lang: str


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """The best translation of one request.

    ``score`` is the model's mean log-probability per output token (0 is certain,
    more negative is less sure); the fixer compares it with its documented threshold.
    """

    text: str
    score: float
    source_tokens: int
    target_tokens: int


@dataclass
class BackendStats:
    """What a backend did, for benchmarks and for the one-call-per-batch tests."""

    calls: int = 0
    requests: int = 0


class TranslationBackend(ABC):
    """Base of every backend: a loaded model that translates a batch of requests."""

    name: ClassVar[str]

    def __init__(self) -> None:
        self.stats = BackendStats()

    @abstractmethod
    def covers(self, source_lang: str, target_lang: str) -> bool:
        """Whether the loaded model translates this pair."""

    @abstractmethod
    def translate_batch(self, requests: Sequence[TranslationRequest]) -> list[Hypothesis]:
        """One hypothesis per request, in order, from a single call to the model."""

    def translate_n_best(
        self, requests: Sequence[TranslationRequest], n_best: int
    ) -> list[list[Hypothesis]]:
        """Up to ``n_best`` hypotheses per request, best first (a stray word is chosen
        among them by its sentence). Backends without beam lists give their one best."""
        return [[hypothesis] for hypothesis in self.translate_batch(requests)]

    def score_targets(
        self, requests: Sequence[TranslationRequest], targets: Sequence[str]
    ) -> list[float] | None:
        """The model's mean log-probability per token of writing ``targets[i]`` for
        ``requests[i]`` (forced decoding): how the model ranks a dictionary's senses of a stray
        word it cannot translate alone. ``None`` from a backend that cannot score."""
        return None


BACKENDS: Registry[type[TranslationBackend]] = Registry("translation backend")


def register(cls: type[TranslationBackend]) -> type[TranslationBackend]:
    BACKENDS.register(cls.name)(cls)
    return cls
