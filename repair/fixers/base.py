"""The fixer family: each member turns findings into edits.

Fixers see findings from many documents at once so that a costly fixer (a translation
model) makes one batched call for a whole batch of documents.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Edit, Finding
from repair.core.registry import Registry


class Fixer(ABC):
    """Base of every fixer."""

    name: ClassVar[str]

    def __init__(self, config: RepairConfig) -> None:
        self.config = config

    @abstractmethod
    def handles(self, finding: Finding) -> bool:
        """Whether this fixer can propose a text for ``finding``."""

    @abstractmethod
    def propose(self, items: list[tuple[Document, Finding]]) -> list[Edit | None]:
        """One answer per item, in order: an edit (with no replacement: a flag), or ``None``
        when a closer look shows no damage (a foreign word its writer glosses beside it), so
        that nothing is reported."""


FIXERS: Registry[type[Fixer]] = Registry("fixer")


def register(cls: type[Fixer]) -> type[Fixer]:
    FIXERS.register(cls.name)(cls)
    return cls
