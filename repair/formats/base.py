"""The output-format family: each member renders a repair result for one audience."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar

from repair.core.registry import Registry

if TYPE_CHECKING:
    from repair.core.result import RepairResult


class Formatter(ABC):
    """Renders the findings of ``check`` (and the diff of ``diff``) as text."""

    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def render(self, source: str, result: RepairResult) -> str:
        """The whole output for one input named ``source``."""


FORMATS: Registry[type[Formatter]] = Registry("format")


def register(cls: type[Formatter]) -> type[Formatter]:
    FORMATS.register(cls.name)(cls)
    return cls
