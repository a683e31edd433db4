"""Named families of interchangeable parts (detectors, fixers, formats, backends).

Each family is a folder with a ``base.py`` and one module per member; a member
registers itself under a name so that configs, reports and ``--help`` can name it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """A name → member table that refuses silent overwrites."""

    def __init__(self, family: str) -> None:
        self.family = family
        self._members: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(member: T) -> T:
            if name in self._members:
                raise ValueError(f"{self.family} {name!r} is registered twice")
            self._members[name] = member
            return member

        return decorate

    def get(self, name: str) -> T:
        try:
            return self._members[name]
        except KeyError:
            known = ", ".join(sorted(self._members)) or "none"
            raise KeyError(f"unknown {self.family} {name!r} (known: {known})") from None

    def __contains__(self, name: str) -> bool:
        return name in self._members

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._members))

    def items(self) -> list[tuple[str, T]]:
        return sorted(self._members.items())
