"""The detector family: each member looks at a document and reports findings.

A detector never edits text. It says where damage is, of which kind, which rule saw
it, how sure it is and why; fixers and the pipeline decide what happens next.
Detectors of the ``normalize`` stage (encoding and markup) run first, on the raw input;
the others run on the normalised text, so they see ``café`` and not ``cafÃ©``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import ClassVar, Literal

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Finding
from repair.core.registry import Registry

Stage = Literal["normalize", "language"]
STAGES: tuple[Stage, ...] = ("normalize", "language")


class Detector(ABC):
    """Base of every detector. Subclasses set ``name``, ``stage`` and ``kinds``."""

    name: ClassVar[str]
    stage: ClassVar[Stage] = "language"
    kinds: ClassVar[tuple[str, ...]] = ()
    #: Target languages the detector applies to (``None``: any).
    languages: ClassVar[tuple[str, ...] | None] = None
    #: Whether the detector runs again on a stage's output when that stage changed text.
    #: Cheap rule detectors do; a detector whose fixes are costly (translation) does not.
    rerun: ClassVar[bool] = True

    def __init__(self, config: RepairConfig) -> None:
        self.config = config

    @classmethod
    def applies_to(cls, config: RepairConfig) -> bool:
        return cls.languages is None or config.target_lang in cls.languages

    @abstractmethod
    def detect(self, doc: Document) -> Iterable[Finding]:
        """Yield findings with offsets into ``doc.text``."""

    def detect_batch(self, docs: list[Document]) -> list[list[Finding]]:
        """Findings for many documents, only those in each document's focus.

        Detectors may also use ``doc.focus`` to look at less text; this filter keeps the
        result the same whether they do or not.
        """
        return [
            [f for f in self.detect(doc) if doc.in_focus(f.start, f.end)]
            if doc.focus is not None
            else list(self.detect(doc))
            for doc in docs
        ]


DETECTORS: Registry[type[Detector]] = Registry("detector")


def register(cls: type[Detector]) -> type[Detector]:
    DETECTORS.register(cls.name)(cls)
    return cls
